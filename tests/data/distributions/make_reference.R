# Reference values for tests/core/metrics/distributions_test.cpp, computed by base R.
# Run: Rscript tests/data/distributions/make_reference.R > tests/data/distributions/reference.csv
cases <- rbind(
  data.frame(fn = "normal_cdf", a = c(-8, -1.96, -0.5, 0, 0.3, 1.959963984540054, 5), b = NA, x = NA),
  data.frame(fn = "normal_quantile", a = c(1e-12, 0.001, 0.025, 0.3, 0.5, 0.975, 0.999999), b = NA, x = NA),
  data.frame(fn = "student_t_cdf", a = c(-3.2, -0.4, 0, 1.5, 2.7, 12), b = c(1, 2.5, 4, 9, 30, 3), x = NA),
  data.frame(fn = "student_t_quantile", a = c(0.975, 0.975, 0.975, 0.025, 0.9, 0.995), b = c(1, 2, 9, 29, 4.5, 120), x = NA),
  data.frame(fn = "chi_squared_upper_tail", a = c(0.01, 3.841458820694124, 10, 42.5, 0.7, 150), b = c(1, 1, 3, 2, 7, 100), x = NA),
  data.frame(fn = "regularized_beta", a = c(0.5, 2, 10, 0.3), b = c(0.5, 3, 1.5, 40), x = c(0.2, 0.6, 0.95, 0.01)),
  data.frame(fn = "regularized_gamma_p", a = c(0.5, 1, 3, 10, 50), b = NA, x = c(0.1, 2, 2.5, 15, 45)))
value <- mapply(function(fn, a, b, x) switch(fn,
  normal_cdf = pnorm(a),
  normal_quantile = qnorm(a),
  student_t_cdf = pt(a, b),
  student_t_quantile = qt(a, b),
  chi_squared_upper_tail = pchisq(a, b, lower.tail = FALSE),
  regularized_beta = pbeta(x, a, b),
  regularized_gamma_p = pgamma(x, a)), cases$fn, cases$a, cases$b, cases$x)
cases$value <- sprintf("%.17g", value)
cases$a <- sprintf("%.17g", cases$a)
cases[is.na(cases)] <- 0
write.csv(cases, stdout(), row.names = FALSE, quote = FALSE)
