# Reference NPS changes for two_way_survey.csv (tests/core/report/insights_test.cpp), by base R.
# Run: Rscript tests/data/pipeline/make_two_way_reference.R   (writes two_way_reference.csv here)
# Counts the answers of each group from the CSV itself: the recent window is the 60 days up to
# the last answer (strictly after its start), as the report defines it. Each change is recent
# minus before. Test: Wald z on the trinomial variances, (pP + pD) - (pP - pD)^2 over n for
# each group; interval: adjusted Wald, the same after adding 3/4 promoter, 3/2 passive and 3/4
# detractor to each group (Rocks 2016, The American Statistician 70(4)); 1.96 is qnorm(0.975).
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
f <- function(v) sprintf("%.17g", v)

survey <- read.csv(file.path(here, "two_way_survey.csv"), check.names = FALSE)
time <- as.POSIXct(survey[["Submitted At"]], tz = "UTC")
recent <- time > max(time) - 60 * 86400
score <- survey[["How likely are you to recommend us?"]]

counts <- function(rows) c(promoters = sum(score[rows] >= 9), passives = sum(score[rows] %in% 7:8),
                           detractors = sum(score[rows] <= 6))
nps_moments <- function(k) {
  n <- sum(k)
  nps <- (k[["promoters"]] - k[["detractors"]]) / n
  c(n = n, nps = nps, var = (k[["promoters"]] + k[["detractors"]]) / n - nps^2)
}
compare <- function(name, rows) {
  a <- counts(rows & !recent)
  b <- counts(rows & recent)
  ma <- nps_moments(a)
  mb <- nps_moments(b)
  d <- mb[["nps"]] - ma[["nps"]]
  z <- d / sqrt(ma[["var"]] / ma[["n"]] + mb[["var"]] / mb[["n"]])
  pseudo <- c(promoters = 0.75, passives = 1.5, detractors = 0.75)
  aa <- nps_moments(a + pseudo)
  ab <- nps_moments(b + pseudo)
  centre <- ab[["nps"]] - aa[["nps"]]
  half <- qnorm(0.975) * sqrt(aa[["var"]] / aa[["n"]] + ab[["var"]] / ab[["n"]])
  data.frame(group = name, n_a = ma[["n"]], n_b = mb[["n"]], difference = f(100 * d),
             lo = f(100 * (centre - half)), hi = f(100 * (centre + half)), z = f(z),
             p_value = f(2 * pnorm(-abs(z))))
}
country <- survey$Country
plan <- survey$Plan
out <- rbind(
  compare("DE x Pro", country == "DE" & plan == "Pro"),
  compare("US x Pro", country == "US" & plan == "Pro"),
  compare("DE", country == "DE"),
  compare("DE without DE x Pro", country == "DE" & plan != "Pro"),
  compare("Pro", plan == "Pro"),
  compare("Pro without DE x Pro", plan == "Pro" & country != "DE"),
  compare("FR", country == "FR"),
  compare("FR without FR x Pro", country == "FR" & plan != "Pro"))
write.csv(out, file.path(here, "two_way_reference.csv"), row.names = FALSE, quote = FALSE)
