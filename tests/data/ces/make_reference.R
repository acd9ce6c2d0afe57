# Reference CES means and t intervals for tests/core/metrics/ces_test.cpp, by base R's t.test.
# Run: Rscript tests/data/ces/make_reference.R > tests/data/ces/reference.csv
# Each case is a count of answers per scale point, scale_min first; x repeats each point.
cases <- list(
  list(min = 1, max = 7, counts = c(3, 8, 12, 20, 15, 9, 4)),
  list(min = 1, max = 7, counts = c(0, 0, 1, 1, 0, 0, 0)),
  list(min = 1, max = 7, counts = c(0, 2, 0, 5, 0, 9, 1)),
  list(min = 1, max = 5, counts = c(40, 122, 301, 187, 55)),
  list(min = 1, max = 5, counts = c(1, 0, 2, 0, 1)),
  list(min = 1, max = 5, counts = c(0, 0, 7, 1, 0)))
rows <- lapply(cases, function(k) {
  x <- rep(k$min:k$max, k$counts)
  ci <- t.test(x)$conf.int
  data.frame(scale_min = k$min, scale_max = k$max, counts = paste(k$counts, collapse = " "),
             n = length(x), mean = sprintf("%.17g", mean(x)), sd = sprintf("%.17g", sd(x)),
             lo = sprintf("%.17g", ci[1]), hi = sprintf("%.17g", ci[2]))
})
write.csv(do.call(rbind, rows), stdout(), row.names = FALSE, quote = FALSE)
