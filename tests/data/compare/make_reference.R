# Reference two-group tests for tests/core/metrics/compare_test.cpp, by base R.
# Run: Rscript tests/data/compare/make_reference.R   (writes proportions.csv and means.csv here)
# Every difference is group B minus group A, so R is called with B first.
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
f <- function(v) sprintf("%.17g", v)

# Two proportions: prop.test without continuity correction is the pooled two-proportion z-test
# (X-squared = z^2). Wilson limits of each group come from one-sample prop.test(correct = FALSE).
props <- data.frame(
  satisfied_a = c(48, 3, 2, 0, 81, 120, 15, 29),
  total_a     = c(80, 10, 7, 29, 263, 200, 148, 30),
  satisfied_b = c(56, 9, 6, 5, 95, 131, 12, 30),
  total_b     = c(70, 10, 7, 56, 250, 200, 160, 30))
out <- do.call(rbind, lapply(seq_len(nrow(props)), function(i) {
  r <- props[i, ]
  test <- prop.test(c(r$satisfied_b, r$satisfied_a), c(r$total_b, r$total_a), correct = FALSE)
  wa <- prop.test(r$satisfied_a, r$total_a, correct = FALSE)$conf.int
  wb <- prop.test(r$satisfied_b, r$total_b, correct = FALSE)$conf.int
  pa <- r$satisfied_a / r$total_a
  pb <- r$satisfied_b / r$total_b
  d <- pb - pa
  # Newcombe (1998) method 10 from R's Wilson limits (an independent route to the same formula).
  lo <- d - sqrt((pb - wb[1])^2 + (wa[2] - pa)^2)
  hi <- d + sqrt((wb[2] - pb)^2 + (pa - wa[1])^2)
  z <- sign(d) * sqrt(unname(test$statistic))
  data.frame(r, difference = f(d), z = f(z), p_value = f(test$p.value), lo = f(lo), hi = f(hi))
}))
write.csv(out, file.path(here, "proportions.csv"), row.names = FALSE, quote = FALSE)

# Two means: Welch's t.test (var.equal = FALSE, R's default), called as t.test(b, a).
set.seed(20260212)
groups <- list(
  list(a = round(rnorm(12, 4.2, 1.1), 1), b = round(rnorm(15, 4.9, 1.6), 1)),
  list(a = round(rnorm(40, 5.0, 0.8), 2), b = round(rnorm(35, 5.1, 0.9), 2)),
  list(a = c(1, 2, 2, 3), b = c(6, 7, 7, 7, 5, 6)),
  list(a = c(3, 3, 3, 3, 3), b = c(2, 4, 4, 5)),
  list(a = sample(1:7, 60, replace = TRUE, prob = c(1, 2, 4, 6, 5, 3, 1)),
       b = sample(1:7, 45, replace = TRUE, prob = c(2, 3, 5, 5, 3, 2, 1))))
out <- do.call(rbind, lapply(groups, function(g) {
  t <- t.test(g$b, g$a)
  data.frame(a = paste(g$a, collapse = " "), b = paste(g$b, collapse = " "),
             difference = f(unname(t$estimate[1] - t$estimate[2])), lo = f(t$conf.int[1]),
             hi = f(t$conf.int[2]), t = f(unname(t$statistic)), df = f(unname(t$parameter)),
             p_value = f(t$p.value))
}))
write.csv(out, file.path(here, "means.csv"), row.names = FALSE, quote = FALSE)
