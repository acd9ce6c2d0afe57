# Reference lagged correlations for tests/core/signals/co_movement_test.cpp, by base R.
# Run: Rscript tests/data/co_movement/make_reference.R   (writes series.csv and reference.csv here)
# Lag k pairs x'_t with y'_{t+k} (k > 0: y moves after x); x', y' differenced or detrended.
# r, p-value and the Fisher-z 95% interval are cor.test(method = "pearson")'s.
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
f <- function(v) sprintf("%.17g", v)

set.seed(19150101)
n <- 60
complaints <- 20 + cumsum(rnorm(n, sd = 2))   # a wandering level, so levels alone would mislead
sales <- 500 + 2 * (1:n) - 6 * c(rep(0, 2), complaints[1:(n - 2)]) + rnorm(n, sd = 4)
pairs <- list(
  sales_vs_complaints = list(x = sales, y = complaints),  # complaints lead sales by 2 periods
  independent = list(x = cumsum(rnorm(n)), y = 3 * (1:n) + rnorm(n, sd = 5)),
  short = list(x = c(5, 7, 6, 9, 12, 11, 14, 13, 17, 16, 19, 18),
               y = c(1, 2, 2, 4, 6, 5, 8, 7, 9, 9, 12, 11))
)
long <- do.call(rbind, lapply(names(pairs), function(nm)
  data.frame(pair = nm, index = seq_along(pairs[[nm]]$x) - 1, x = f(pairs[[nm]]$x),
             y = f(pairs[[nm]]$y))))
write.csv(long, file.path(here, "series.csv"), row.names = FALSE, quote = FALSE)

prep <- function(v, how) if (how == "difference") diff(v) else unname(residuals(lm(v ~ seq_along(v))))
out <- do.call(rbind, lapply(names(pairs), function(nm) {
  max_lag <- if (nm == "short") 2 else 4
  do.call(rbind, lapply(c("difference", "detrend"), function(how) {
    a <- prep(pairs[[nm]]$x, how); b <- prep(pairs[[nm]]$y, how); m <- length(a)
    do.call(rbind, lapply(-max_lag:max_lag, function(k) {
      s <- abs(k)
      xs <- if (k < 0) a[(1 + s):m] else a[1:(m - s)]
      ys <- if (k > 0) b[(1 + s):m] else b[1:(m - s)]
      ct <- cor.test(xs, ys)
      data.frame(pair = nm, transform = how, max_lag = max_lag, lag = k, n = length(xs),
                 r = f(ct$estimate), p_value = f(ct$p.value), lo = f(ct$conf.int[1]),
                 hi = f(ct$conf.int[2]))
    }))
  }))
}))
write.csv(out, file.path(here, "reference.csv"), row.names = FALSE, quote = FALSE)
