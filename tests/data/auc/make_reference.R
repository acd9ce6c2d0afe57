# Reference AUCs for tests/bench/signals/auc.mjs, computed once with base R (4.2).
# Run: Rscript make_reference.R > reference.json
# AUC = wilcox.test's W / (m n) (W counts ties as 1/2). DeLong's variance is computed here by the
# midrank formulas of Sun & Xu (2014, IEEE Signal Processing Letters 21(11)), not by the pairwise
# placements auc.mjs uses, so the two implementations share no code path.
set.seed(20261126)
cases <- list()
# 1. Hand-sized, with ties within and across groups.
cases[[1]] <- list(name = "small_with_ties",
                   a = c(5, 3, 3, 8, 1, 7, 3, 9, 2, 5),
                   b = c(1, 4, 2, 6, 1, 5, 3, 7, 3, 2),
                   positive = c(TRUE, FALSE, TRUE, TRUE, FALSE, TRUE, FALSE, TRUE, FALSE, FALSE))
# 2. Two correlated scores on 60 people, coarse (integer) values so ties are common.
n <- 60
y <- runif(n) < 0.4
a <- round(2 * y + rnorm(n, sd = 1.5))
b <- round(a + rnorm(n, sd = 1.2))
cases[[2]] <- list(name = "correlated_60", a = a, b = b, positive = y)

midrank_delong <- function(score, positive) {
  x <- score[positive]; yv <- score[!positive]; m <- length(x); n <- length(yv)
  tz <- rank(c(x, yv)); tx <- rank(x); ty <- rank(yv)
  aucv <- (sum(tz[1:m]) - m * (m + 1) / 2) / (m * n)
  v10 <- (tz[1:m] - tx) / n          # share of negatives below each positive (ties 1/2)
  v01 <- 1 - (tz[(m + 1):(m + n)] - ty) / m
  list(auc = aucv, v10 = v10, v01 = v01, m = m, n = n)
}
num <- function(v) paste0("[", paste(sprintf("%.17g", v), collapse = ", "), "]")
lgl <- function(v) paste0("[", paste(ifelse(v, "true", "false"), collapse = ", "), "]")
out <- character()
for (cs in cases) {
  w <- unname(wilcox.test(cs$a[cs$positive], cs$a[!cs$positive], exact = FALSE)$statistic)
  auc_w <- w / (sum(cs$positive) * sum(!cs$positive))
  da <- midrank_delong(cs$a, cs$positive); db <- midrank_delong(cs$b, cs$positive)
  se_a <- sqrt(var(da$v10) / da$m + var(da$v01) / da$n)
  vd <- (var(da$v10) + var(db$v10) - 2 * cov(da$v10, db$v10)) / da$m +
        (var(da$v01) + var(db$v01) - 2 * cov(da$v01, db$v01)) / da$n
  out <- c(out, sprintf(paste0('  {"name": "%s", "a": %s, "b": %s, "positive": %s,\n',
                               '   "auc_a_wilcox": %.17g, "auc_a": %.17g, "se_a": %.17g,\n',
                               '   "auc_b": %.17g, "difference": %.17g, "se_difference": %.17g}'),
                        cs$name, num(cs$a), num(cs$b), lgl(cs$positive), auc_w, da$auc, se_a,
                        db$auc, da$auc - db$auc, sqrt(vd)))
}
cat("[\n", paste(out, collapse = ",\n"), "\n]\n", sep = "")
