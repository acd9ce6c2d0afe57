# Reference recent-vs-baseline term rates for tests/core/signals/rate_change_test.cpp, base R.
# Run: Rscript tests/data/rate_change/make_reference.R   (writes reference.csv here)
# Recent window = last 2 periods, baseline = up to 8 periods before it. p-value and the rate
# ratio are poisson.test(c(x1, x0), c(T1, T0), alternative = "greater"), the exact conditional
# test. The 95% interval is the log-scale Wald one, exp(log RR +- qnorm(0.975) sqrt(1/x1 + 1/x0)),
# with 1/2 added to both counts when either is 0 (poisson.test's own interval is exact, not this).
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
f <- function(v) sprintf("%.17g", v)
cases <- list(
  defect_rising = list(counts = c(2, 1, 3, 2, 2, 1, 2, 3, 7, 9),
                       totals = c(200, 190, 210, 205, 198, 202, 199, 201, 210, 205)),
  flat = list(counts = c(12, 15, 11, 14, 13, 12, 16, 14, 13, 15),
              totals = c(400, 410, 390, 405, 398, 402, 399, 401, 395, 405)),
  falling = list(counts = c(30, 28, 31, 29, 33, 27, 30, 32, 12, 10),
                 totals = rep(500, 10)),
  small_counts = list(counts = c(0, 1, 0, 0, 1, 0, 0, 0, 2, 1), totals = rep(80, 10)),
  large_counts = list(counts = c(150, 160, 145, 155, 170, 150, 148, 152, 210, 230),
                      totals = c(5000, 5100, 4900, 5050, 5200, 4950, 5000, 5020, 5100, 5150)),
  short_baseline = list(counts = c(3, 4, 2, 9, 11), totals = c(300, 320, 310, 305, 315)),
  long_series = list(counts = c(50, 1, 1, 2, 1, 1, 2, 1, 1, 2, 6, 8),   # period 1 is outside
                     totals = c(100, rep(150, 11))),
  new_term = list(counts = c(0, 0, 0, 0, 0, 0, 0, 0, 4, 6), totals = rep(300, 10)),
  gone_quiet = list(counts = c(3, 2, 4, 3, 2, 3, 4, 3, 0, 0), totals = rep(250, 10))
)
out <- do.call(rbind, lapply(names(cases), function(nm) {
  cnt <- cases[[nm]]$counts; tot <- cases[[nm]]$totals; n <- length(cnt)
  recent <- (n - 1):n; base <- max(1, n - 9):(n - 2)
  x1 <- sum(cnt[recent]); x0 <- sum(cnt[base]); T1 <- sum(tot[recent]); T0 <- sum(tot[base])
  pt <- poisson.test(c(x1, x0), c(T1, T0), alternative = "greater")
  a <- x1; b <- x0; if (x1 == 0 || x0 == 0) { a <- a + 0.5; b <- b + 0.5 }
  rr <- (a / T1) / (b / T0); hw <- qnorm(0.975) * sqrt(1 / a + 1 / b)
  data.frame(case = nm, counts = paste(cnt, collapse = ";"), totals = paste(tot, collapse = ";"),
             recent_count = x1, recent_total = T1, baseline_count = x0, baseline_total = T0,
             baseline_periods = length(base), estimate = f(unname(pt$estimate)),
             p_value = f(pt$p.value), rate_ratio = f(rr), lo = f(rr * exp(-hw)),
             hi = f(rr * exp(hw)))
}))
write.csv(out, file.path(here, "reference.csv"), row.names = FALSE, quote = FALSE)
