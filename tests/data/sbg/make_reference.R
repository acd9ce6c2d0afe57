# Reference sBG fits for tests/core/models/sbg_test.cpp, by base R only.
# Run from this folder: Rscript make_reference.R > reference.csv
# Data: Fader & Hardie (2007), "How to project customer retention", J. Interactive Marketing
# 21(1):76-90, Table 1: customers (of 1000) alive at the start of years 0..12. The fit uses
# years 0..7 (seven renewal periods), as the paper does; years 8..12 are the holdout.
# The likelihood is written with lbeta (P(T = t) = B(a + 1, b + t - 1) / B(a, b),
# S(t) = B(a, b + t) / B(a, b)), not with the recursion the C++ code uses, and the standard
# errors come from the exact Hessian (trigamma), so neither side copies the other's method.
cohorts <- list(
  high_end = c(1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394),
  regular = c(1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173))
periods <- 7
num <- function(x) sprintf("%.17g", x)
rows <- list()
for (name in names(cohorts)) {
  alive <- cohorts[[name]][1:(periods + 1)]
  lost <- -diff(alive)
  t <- seq_len(periods)
  ll <- function(p) {
    a <- p[1]; b <- p[2]
    sum(lost * (lbeta(a + 1, b + t - 1) - lbeta(a, b))) +
      alive[periods + 1] * (lbeta(a, b + periods) - lbeta(a, b))
  }
  # Gradient and Hessian of ll in (a, b): d lbeta(x, y)/dx = digamma(x) - digamma(x + y), etc.
  grad_hess <- function(p) {
    a <- p[1]; b <- p[2]
    g <- c(0, 0); h <- matrix(0, 2, 2)
    add <- function(w, x, y) {  # w * (lbeta(x, y) - lbeta(a, b)), x = a + i, y = b + j
      g <<- g + w * c(digamma(x) - digamma(x + y) - digamma(a) + digamma(a + b),
                      digamma(y) - digamma(x + y) - digamma(b) + digamma(a + b))
      h <<- h + w * matrix(c(trigamma(x) - trigamma(x + y) - trigamma(a) + trigamma(a + b),
                             -trigamma(x + y) + trigamma(a + b),
                             -trigamma(x + y) + trigamma(a + b),
                             trigamma(y) - trigamma(x + y) - trigamma(b) + trigamma(a + b)), 2)
    }
    for (i in t) add(lost[i], a + 1, b + i - 1)
    add(alive[periods + 1], a, b + periods)
    list(g = g, h = h)
  }
  start <- optim(c(1, 1), function(p) if (any(p <= 0)) Inf else -ll(p),
                 control = list(reltol = 1e-14, maxit = 5000))$par
  p <- start
  for (i in 1:50) {  # Newton polish on the exact derivatives
    gh <- grad_hess(p)
    p <- p - solve(gh$h, gh$g)
  }
  gh <- grad_hess(p)
  se <- sqrt(diag(solve(-gh$h)))
  a <- p[1]; b <- p[2]
  horizon <- 12
  s <- exp(lbeta(a, b + 1:horizon) - lbeta(a, b))
  prob <- exp(lbeta(a + 1, b + 1:horizon - 1) - lbeta(a, b))
  r <- (b + 1:horizon - 1) / (a + b + 1:horizon - 1)
  # Pearson chi-square over the seven churn cells and the "still alive after year 7" cell:
  # 8 cells - 1 - 2 parameters = 5 df.
  expected <- alive[1] * c(prob[t], s[periods])
  observed <- c(lost, alive[periods + 1])
  chisq <- sum((observed - expected)^2 / expected)
  df <- periods - 2
  add_row <- function(quantity, period, value)
    rows[[length(rows) + 1]] <<- data.frame(cohort = name, quantity = quantity, period = period,
                                             value = num(value))
  add_row("alpha", 0, a); add_row("beta", 0, b)
  add_row("alpha_se", 0, se[1]); add_row("beta_se", 0, se[2])
  add_row("log_likelihood", 0, ll(p)); add_row("gradient_norm", 0, sqrt(sum(gh$g^2)))
  add_row("chisq", 0, chisq); add_row("df", 0, df)
  add_row("p", 0, pchisq(chisq, df, lower.tail = FALSE))
  for (i in 1:horizon) {
    add_row("survival", i, s[i]); add_row("retention", i, r[i]); add_row("churn_probability", i, prob[i])
  }
}
write.csv(do.call(rbind, rows), stdout(), row.names = FALSE, quote = FALSE)
