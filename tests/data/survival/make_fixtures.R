# Reference values for tests/core/models/kaplan_meier_test.cpp and logrank_test.cpp, computed
# by R's survival package (Therneau). Run from this folder: Rscript make_fixtures.R
# Writes the inputs (<dataset>.csv: time,event,group) and the references:
#   km_reference.csv      summary(survfit(Surv(time, event) ~ 1)) per group and pooled ("all")
#   median_reference.csv  quantile(fit, 0.5): median and its 95% CI (NA when not reached), and
#                         the restricted mean up to the last observed time with its SE
#                         (summary(fit)$table, rmean and se(rmean))
#   logrank_reference.csv survdiff(Surv(time, event) ~ group) (rho = 0)
library(survival)
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

# lung: status 1 = censored, 2 = dead; groups by sex, and (lung_ecog) by the four ECOG scores
# 0-3, dropping the one subject without a score. ovarian: fustat 1 = dead; groups by rx.
# ties: nine subjects written out by hand, with a death and a censoring at the same time (2, 4)
# and a survival that lands exactly on 0.5 (at time 4), so the median is averaged (4.5).
datasets <- list(
  lung = data.frame(time = lung$time, event = as.integer(lung$status == 2), group = lung$sex),
  lung_ecog = with(lung[!is.na(lung$ph.ecog), ],
    data.frame(time = time, event = as.integer(status == 2), group = ph.ecog)),
  ovarian = data.frame(time = ovarian$futime, event = ovarian$fustat, group = ovarian$rx),
  ties = data.frame(time = c(1, 2, 2, 2, 3, 4, 4, 5, 6), event = c(1, 1, 1, 0, 0, 1, 0, 1, 1),
                    group = c(1, 1, 2, 2, 1, 2, 1, 2, 1)))

km <- list(); med <- list(); lr <- list()
for (name in names(datasets)) {
  d <- datasets[[name]]
  write.csv(d, paste0(name, ".csv"), row.names = FALSE, quote = FALSE)
  for (g in c("all", sort(unique(d$group)))) {
    part <- if (g == "all") d else d[d$group == as.numeric(g), ]
    fit <- survfit(Surv(time, event) ~ 1, data = part)  # conf.type = "log", conf.int = 0.95
    s <- summary(fit)
    km[[length(km) + 1]] <- data.frame(dataset = name, group = g, time = num(s$time),
      n_risk = s$n.risk, n_event = s$n.event, n_censor = s$n.censor, surv = num(s$surv),
      std_err = num(s$std.err), lower = num(s$lower), upper = num(s$upper))
    q <- quantile(fit, 0.5)
    med[[length(med) + 1]] <- data.frame(dataset = name, group = g, median = num(q$quantile),
      lower = num(q$lower), upper = num(q$upper),
      rmean = num(summary(fit)$table[["rmean"]]), rmean_se = num(summary(fit)$table[["se(rmean)"]]))
  }
  sd <- survdiff(Surv(time, event) ~ group, data = d)
  df <- sum(sd$exp > 0) - 1
  lr[[length(lr) + 1]] <- data.frame(dataset = name, group = sort(unique(d$group)),
    observed = num(sd$obs), expected = num(sd$exp), chisq = num(sd$chisq), df = df,
    p = num(pchisq(sd$chisq, df, lower.tail = FALSE)))
}
write.csv(do.call(rbind, km), "km_reference.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, med), "median_reference.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, lr), "logrank_reference.csv", row.names = FALSE, quote = FALSE)
