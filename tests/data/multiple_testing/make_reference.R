# Reference Benjamini-Hochberg q-values for tests/core/metrics/multiple_testing_test.cpp.
# Run: Rscript tests/data/multiple_testing/make_reference.R > tests/data/multiple_testing/reference.csv
# One row per p-value; `set` groups the rows of one call to p.adjust, in input order.
sets <- list(
  c(0.04, 0.01, 0.03, 0.04, 0.2, 0.5, 0.001, 0.03, 1, 0.04),  # ties, unsorted
  c(0.9, 0.8, 0.7, 0.6),                                      # none small: q stays >= p
  c(0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240,
    0.4262, 0.5719, 0.6528, 0.7590, 1.000),                   # Benjamini & Hochberg (1995) 4.1
  c(0.5),
  c(0.02, 0.02, 0.02))
rows <- do.call(rbind, lapply(seq_along(sets), function(i) {
  data.frame(set = i, p = sprintf("%.17g", sets[[i]]),
             q = sprintf("%.17g", p.adjust(sets[[i]], method = "BH")))
}))
write.csv(rows, stdout(), row.names = FALSE, quote = FALSE)
