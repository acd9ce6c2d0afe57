# Weekly series with a known order break and a known complaint spike before it, and the numbers
# tests/core/signals/volume_change_test.cpp expects, by base R.
# Run: Rscript tests/data/volume_change/make_reference.R   (writes series.csv and reference.csv here)
# The break: orders 22-26 a week, then 12-16 from week 40 (0-based). The spike: 9 and 12
# complaint texts (all about "delivery") in weeks 38-39 against 0-1 a week before.
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
f <- function(v) sprintf("%.17g", v)

n <- 52; i <- 0:(n - 1)
orders <- ifelse(i < 40, 24 + (i * 7) %% 5 - 2, 14 + (i * 3) %% 5 - 2)
texts <- 15 + i %% 3
complaints <- ifelse(i %% 9 == 0, 1, 0); complaints[39:40] <- c(9, 12)  # weeks 38, 39
praise <- ifelse(i %% 4 == 0, 2, 1)
delivery_complaints <- ifelse(i %in% 38:39, complaints, 0)
delivery_texts <- delivery_complaints + ifelse(i %% 13 == 0, 1, 0)
invoice_complaints <- ifelse(i %% 9 == 0 & !(i %in% 38:39), 1, 0)
invoice_texts <- rep(2, n)
revenue <- orders * 50
write.csv(data.frame(week = i, orders, texts, complaints, praise, delivery_complaints,
                     delivery_texts, invoice_complaints, invoice_texts, revenue),
          file.path(here, "series.csv"), row.names = FALSE, quote = FALSE)

# The spike (weeks 38-39) against the 26 weeks before it, as a share of all texts:
# poisson.test's exact conditional test (rate_change.hpp).
spike <- 39:40; base <- 13:38
x1 <- sum(complaints[spike]); t1 <- sum(texts[spike]); x0 <- sum(complaints[base]); t0 <- sum(texts[base])
pt <- poisson.test(c(x1, x0), c(t1, t0), alternative = "greater")
# "delivery" rises in the same window; "invoice" does not (its share is flat).
pd <- poisson.test(c(sum(delivery_texts[spike]), sum(delivery_texts[base])), c(t1, t0), alternative = "greater")
pi <- poisson.test(c(sum(invoice_texts[spike]), sum(invoice_texts[base])), c(t1, t0), alternative = "greater")
q <- p.adjust(c(pd$p.value, pi$p.value), "BH")
# Lagged co-movement: week-to-week changes of complaints (x) against orders (y) at lags 0..4
# (y moves k weeks after x); the strongest |r| with cor.test's interval.
lagged <- function(x, y) {
  a <- diff(x); b <- diff(y); m <- length(a)
  rows <- lapply(0:4, function(k) {
    ct <- cor.test(a[1:(m - k)], b[(1 + k):m])
    data.frame(lag = k, r = unname(ct$estimate), lo = ct$conf.int[1], hi = ct$conf.int[2], n = m - k)
  })
  d <- do.call(rbind, rows); d[which.max(abs(d$r)), ]
}
cm <- lagged(complaints, orders); pm <- lagged(praise, orders)
out <- data.frame(
  name = c("spike_recent_count", "spike_recent_total", "spike_baseline_count", "spike_baseline_total",
           "spike_p_value", "spike_rate_ratio", "delivery_q", "invoice_q",
           "orders_before_mean", "orders_after_mean",
           "complaints_lag", "complaints_r", "complaints_lo", "complaints_hi", "complaints_n",
           "praise_lag", "praise_r", "praise_lo", "praise_hi", "praise_n"),
  value = f(c(x1, t1, x0, t0, pt$p.value, (x1 / t1) / (x0 / t0), q[1], q[2],
              mean(orders[1:40]), mean(orders[41:52]),
              cm$lag, cm$r, cm$lo, cm$hi, cm$n, pm$lag, pm$r, pm$lo, pm$hi, pm$n)))
write.csv(out, file.path(here, "reference.csv"), row.names = FALSE, quote = FALSE)
