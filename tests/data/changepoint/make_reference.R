# Reference segmentations for tests/core/signals/change_points_test.cpp, by base R.
# Run: Rscript tests/data/changepoint/make_reference.R   (writes series.csv and reference.csv here)
# Optimal partitioning (Jackson et al. 2005): the exact O(n^2) dynamic programme over every
# last change point, with the same costs and penalties as the C++ PELT. PELT (Killick,
# Fearnhead & Eckley 2012) must return the identical segmentation.
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
f <- function(v) sprintf("%.17g", v)

# Cost of periods s+1..t (1-based), -2 log-likelihood at the segment MLE, constants dropped.
op <- function(x, cost, penalty, minseg, sigma) {
  n <- length(x)
  if (cost == "normal_mean") x <- x - mean(x)
  cs <- c(0, cumsum(x)); cq <- c(0, cumsum(x^2))
  seg_cost <- function(s, t) {
    m <- t - s; S <- cs[t + 1] - cs[s + 1]
    if (cost == "poisson") ifelse(S > 0, 2 * (S - S * log(S / m)), 0)
    else pmax(0, cq[t + 1] - cq[s + 1] - S^2 / m) / sigma^2
  }
  # MBIC (Zhang & Siegmund 2007): 3 log n per change + sum log(m_i / n) = per segment
  # log m_i + 2 log n, up to a constant. BIC: 2 log n per change = per segment.
  seg_pen <- function(m) if (penalty == "mbic") log(m) + 2 * log(n) else rep(2 * log(n), length(m))
  F <- c(0, rep(Inf, n)); last <- integer(n + 1)
  for (t in seq_len(n)) {
    if (t < minseg) next
    s <- 0:(t - minseg)
    v <- F[s + 1] + seg_cost(s, t) + seg_pen(t - s)
    k <- which.min(v)  # first minimum: the earliest start, as the C++ code breaks ties
    F[t + 1] <- v[k]; last[t + 1] <- s[k]
  }
  cps <- integer(0); t <- n
  while (last[t + 1] > 0) { cps <- c(last[t + 1], cps); t <- last[t + 1] }
  list(changes = cps, criterion = F[n + 1])  # 0-based first period of each new segment
}

set.seed(20121201)
steps <- function(levels, lengths) rep(levels, lengths)
series <- list(
  normal_three_breaks = steps(c(10, 14, 9, 12), c(60, 50, 40, 50)) + rnorm(200, sd = 1.5),
  normal_small_shift = steps(c(100, 101.2), c(150, 150)) + rnorm(300, sd = 1),
  normal_no_break = 50 + rnorm(250, sd = 3),
  normal_short_regime = steps(c(0, 5, 0), c(80, 4, 80)) + rnorm(164),
  revenue_weekly = steps(c(12000, 15500, 15000, 11000), c(40, 30, 26, 34)) + rnorm(130, sd = 900),
  poisson_counts = rpois(240, steps(c(4, 9, 6), c(90, 70, 80))),
  poisson_low_counts = rpois(200, steps(c(0.6, 2.0), c(120, 80))),
  poisson_no_break = rpois(300, 7),
  # Long series with many changes of mixed size, where PELT actually prunes.
  normal_many_breaks = steps(cumsum(c(0, sample(c(-1, 1), 14, TRUE) * runif(14, 0.4, 2.5))),
                             c(rep(60, 14), 160)) + rnorm(1000),
  poisson_many_breaks = rpois(900, steps(runif(12, 1, 15), rep(75, 12)))
)
cases <- expand.grid(name = names(series), penalty = c("mbic", "bic"), minseg = c(1, 2, 5),
                     stringsAsFactors = FALSE)
long <- do.call(rbind, lapply(names(series), function(nm)
  data.frame(series = nm, index = seq_along(series[[nm]]) - 1, value = f(series[[nm]]))))
write.csv(long, file.path(here, "series.csv"), row.names = FALSE, quote = FALSE)

out <- do.call(rbind, lapply(seq_len(nrow(cases)), function(i) {
  cs <- cases[i, ]; x <- series[[cs$name]]
  cost <- if (startsWith(cs$name, "poisson")) "poisson" else "normal_mean"
  sigma <- if (cost == "normal_mean") mad(diff(x)) / sqrt(2) else NA
  # long_run_variance = true: rho from (mad(diff lag 2) / mad(diff lag 1))^2 - 1 (Chakar et al.
  # 2017) kept in [0, 0.9], and the AR(1) long-run sd (checked on sigma; no segmentation here).
  rho <- if (cost == "normal_mean") min(max((mad(diff(x, lag = 2)) / mad(diff(x)))^2 - 1, 0), 0.9) else NA
  sigma_long_run <- sigma / sqrt(1 - rho) * sqrt((1 + rho) / (1 - rho))
  r <- op(x, cost, cs$penalty, cs$minseg, sigma)
  data.frame(series = cs$name, cost = cost, penalty = cs$penalty, min_segment_length = cs$minseg,
             sigma = f(sigma), rho = f(rho), sigma_long_run = f(sigma_long_run), changes = paste(r$changes, collapse = ";"), criterion = f(r$criterion))
}))
write.csv(out, file.path(here, "reference.csv"), row.names = FALSE, quote = FALSE)

# prefer_linear_trend: one straight line on the same scale, −2 log-likelihood at the MLE with the
# segment costs' constants (normal: Σ residual² / σ², σ as above; Poisson: a straight line in
# the rate, glm(y ~ t, poisson(link = "identity")), 2 Σ(μ − y log μ)), plus one segment's MBIC term 3 log n, plus log n for the slope. The
# segmentation is kept only when its criterion is lower. Two trending series are added here, with
# their own seed, so the series above stay as they were.
set.seed(20260907)
trending <- list(
  poisson_trend = rpois(78, seq(3, 34, length.out = 78)),
  normal_trend = 1000 + 25 * (1:90) + rnorm(90, sd = 120)
)
long <- do.call(rbind, lapply(names(trending), function(nm)
  data.frame(series = nm, index = seq_along(trending[[nm]]) - 1, value = f(trending[[nm]]))))
write.csv(long, file.path(here, "trend_series.csv"), row.names = FALSE, quote = FALSE)
all_series <- c(series, trending)
trend_out <- do.call(rbind, lapply(names(all_series), function(nm) {
  x <- all_series[[nm]]; n <- length(x); t <- seq_len(n)
  cost <- if (startsWith(nm, "poisson")) "poisson" else "normal_mean"
  sigma <- if (cost == "normal_mean") mad(diff(x)) / sqrt(2) else NA
  trend_cost <- if (cost == "poisson") {
    mu <- fitted(glm(x ~ t, family = poisson(link = "identity"), start = c(mean(x), 0),
                     control = glm.control(epsilon = 1e-14, maxit = 100)))
    2 * sum(mu - ifelse(x > 0, x * log(mu), 0))
  } else sum(residuals(lm(x ~ t))^2) / sigma^2
  trend_criterion <- trend_cost + 3 * log(n) + log(n)
  steps <- op(x, cost, "mbic", 2, sigma)
  data.frame(series = nm, cost = cost, min_segment_length = 2, trend_cost = f(trend_cost),
             trend_criterion = f(trend_criterion), steps_criterion = f(steps$criterion),
             trend_preferred = trend_criterion < steps$criterion)
}))
write.csv(trend_out, file.path(here, "trend.csv"), row.names = FALSE, quote = FALSE)
