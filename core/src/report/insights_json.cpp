// The insight sections of the report as JSON; see json_parts.hpp.
#include <cmath>

#include "cxs/date_cell.hpp"
#include "cxs/detail/portable_math.hpp"
#include "cxs/distributions.hpp"
#include "cxs/period.hpp"
#include "json_parts.hpp"

namespace cxs::detail {
namespace {

/// NaN and infinity have no JSON spelling: a number that is not finite is null.
Json number_json(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

Json estimate_json(const Estimate& e) {
  return Json{{"value", number_json(e.value)},
              {"n", e.n},
              {"ci95", {number_json(e.ci95[0]), number_json(e.ci95[1])}},
              {"method", to_string(e.method)}};
}

Json optional_interval_json(const std::array<std::optional<double>, 2>& ci) {
  return Json{ci[0] ? Json(*ci[0]) : Json(nullptr), ci[1] ? Json(*ci[1]) : Json(nullptr)};
}

Json optional_json(const std::optional<double>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json groups_json(const std::vector<GroupSatisfaction>& groups, const char* key_name) {
  Json out = Json::array();
  for (const GroupSatisfaction& group : groups) {
    out.push_back({{key_name, group.key},
                   {"responses", group.responses},
                   {"small_sample", group.small_sample},
                   {"nps", nps_json(group.nps)},
                   {"csat", csat_json(group.csat)},
                   {"ces", ces_json(group.ces)}});
  }
  return out;
}

/// A segment as "column"/"value" text ("Country × Plan", "DE × Pro") and its `parts`.
Json segment_json(const std::string& column, const std::string& value,
                  const std::vector<SegmentPart>& parts) {
  Json list = Json::array();
  for (const SegmentPart& part : parts)
    list.push_back({{"column", part.column}, {"value", part.value}});
  return Json{{"column", column}, {"value", value}, {"parts", std::move(list)}};
}

/// The two-way cell a drop is explained by, and the same test without the cell's answers.
Json explanation_json(const CellExplanation& explanation) {
  Json without = nullptr;
  if (const auto& c = explanation.without_cell) {
    without = Json{{"difference", c->difference},      {"ci95", {c->ci95[0], c->ci95[1]}},
                   {"method", to_string(c->interval)}, {"test", c->test},
                   {"statistic", c->statistic},        {"p_value", c->p_value},
                   {"small_sample", c->small_sample}};
  }
  return Json{
      {"segment", segment_json(explanation.segment_column, explanation.segment, explanation.cell)},
      {"n_a", explanation.n_a},
      {"n_b", explanation.n_b},
      {"without_cell", std::move(without)}};
}

Json change_list_json(const std::vector<SatisfactionChange>& changes) {
  Json out = Json::array();
  for (const SatisfactionChange& change : changes) {
    const Comparison& c = change.comparison;
    Json item{{"metric", change.metric}, {"dimension", change.dimension}};
    if (!change.segment_column.empty()) {
      item["segment"] = segment_json(change.segment_column, change.segment, change.segment_parts);
    }
    item["a"] = change.a;
    if (!change.a_msg.empty()) item["a_msg"] = message_json(change.a_msg);
    item["b"] = change.b;
    if (!change.b_msg.empty()) item["b_msg"] = message_json(change.b_msg);
    item.update(Json{{"n_a", change.n_a},
                     {"n_b", change.n_b},
                     {"difference", c.difference},
                     {"ci95", {c.ci95[0], c.ci95[1]}},
                     {"method", to_string(c.interval)},
                     {"test", c.test},
                     {"statistic", c.statistic},
                     {"p_value", c.p_value},
                     {"q_value", change.q_value},
                     {"significant", change.significant},
                     {"small_sample", c.small_sample}});
    if (change.explained_by) item["explained_by"] = explanation_json(*change.explained_by);
    out.push_back(std::move(item));
  }
  return out;
}

Json segment_list_json(const std::vector<SegmentSatisfaction>& segments) {
  Json out = Json::array();
  for (const SegmentSatisfaction& segment : segments) {
    out.push_back({{"column", segment.column},
                   {"distinct_values", segment.distinct_values},
                   {"groups", groups_json(segment.groups, "value")}});
  }
  return out;
}

Json scorecard_list_json(const std::vector<ScorecardPeriod>& periods) {
  Json out = Json::array();
  for (const ScorecardPeriod& p : periods) {
    out.push_back(
        {{"period", p.period},
         {"acquisition", {{"new_customers", p.new_customers}}},
         {"retention",
          {{"active_customers", p.active_customers},
           {"retained_customers", p.retained_customers},
           {"rate", optional_json(p.retention)}}},
         {"satisfaction",
          {{"responses", p.responses}, {"nps", nps_json(p.nps)}, {"csat", csat_json(p.csat)}}},
         {"profitability",
          {{"orders", p.orders},
           {"revenue", p.revenue},
           {"revenue_per_customer", optional_json(p.revenue_per_customer)}}},
         {"action", {{"orders", p.orders}, {"tickets", p.tickets}}}});
  }
  return Json{{"periods", std::move(out)}};
}

Json kaplan_meier_json(const std::string& name, const KaplanMeierFit& fit) {
  Json curve = Json::array();
  for (const KaplanMeierStep& step : fit.curve) {
    curve.push_back({{"time", step.time},
                     {"n_risk", step.n_risk},
                     {"n_event", step.n_event},
                     {"n_censor", step.n_censor},
                     {"survival", step.survival},
                     {"std_err", step.std_err},
                     {"ci95", step.ci95 ? Json{(*step.ci95)[0], (*step.ci95)[1]} : Json(nullptr)}});
  }
  return Json{{"name", name},
              {"n", fit.n},
              {"events", fit.events},
              {"median", optional_json(fit.median)},
              {"median_ci95", optional_interval_json(fit.median_ci95)},
              {"restricted_mean", fit.restricted_mean},
              {"curve", std::move(curve)}};
}

Json survival_json(const SurvivalModel& model) {
  Json groups = Json::array();
  for (const auto& group : model.groups) groups.push_back(kaplan_meier_json(group.name, group.fit));
  Json logrank = nullptr;
  if (model.logrank) {
    Json per_group = Json::array();
    for (const LogRankGroup& g : model.logrank->groups) {
      per_group.push_back({{"name", model.logrank_groups[static_cast<std::size_t>(g.group)]},
                           {"n", g.n},
                           {"observed", g.observed},
                           {"expected", g.expected}});
    }
    logrank = {{"chisq", model.logrank->chisq},
               {"df", model.logrank->df},
               {"p", model.logrank->p},
               {"groups", std::move(per_group)}};
  }
  return Json{{"unit", "days"},
              {"subject", "subscription"},
              {"method", "kaplan_meier_greenwood_log_ci"},
              {"segments", std::move(groups)},
              {"logrank", std::move(logrank)}};
}

Json parameter_json(double value, const std::optional<double>& se) {
  Json out{{"value", value}, {"se", se ? number_json(*se) : Json(nullptr)}};
  // Wald interval on the log scale, which keeps a positive parameter positive:
  // exp(log θ ± 1.96 se/θ) by the delta method.
  if (se && std::isfinite(*se) && value > 0) {
    const double spread = pmath::exp(kZ95 * *se / value);
    out["ci95"] = {value / spread, value * spread};
  } else {
    out["ci95"] = nullptr;
  }
  return out;
}

Json sbg_json(const SbgModel& model) {
  const SbgFit& fit = model.fit;
  Json check = nullptr;
  if (fit.fit_check) {
    check = {{"test", "chi_square_goodness_of_fit"},
             {"chisq", fit.fit_check->chisq},
             {"df", fit.fit_check->df},
             {"p", fit.fit_check->p},
             {"observed_churn", fit.fit_check->observed_churn},
             {"expected_churn", fit.fit_check->expected_churn}};
  }
  return Json{{"params",
               {{"alpha", parameter_json(fit.alpha, fit.alpha_se)},
                {"beta", parameter_json(fit.beta, fit.beta_se)}}},
              {"log_likelihood", fit.log_likelihood},
              {"converged", fit.converged},
              {"period", "month"},
              {"cohort_size", fit.cohort_size},
              {"periods", fit.periods},
              {"alive", model.alive},
              {"fit_check", std::move(check)},
              {"projected_survival", model.projected_survival},
              {"projected_retention", model.projected_retention}};
}

template <std::size_t N>
Json params_json(const std::array<Parameter, N>& params) {
  Json out = Json::object();
  for (const Parameter& p : params) {
    out[std::string(p.name)] = {{"value", p.value},
                                {"se", p.has_se ? Json(p.se) : Json(nullptr)},
                                {"ci95", p.has_se ? Json{p.ci95[0], p.ci95[1]} : Json(nullptr)}};
  }
  return out;
}

template <typename Fit>
Json fit_json(const std::optional<Fit>& fit) {
  if (!fit) return nullptr;
  return Json{{"params", params_json(fit->params)},
              {"log_likelihood", fit->log_likelihood},
              {"converged", fit->converged},
              {"n", fit->n},
              {"method", "maximum_likelihood_nelder_mead_log_scale"}};
}

void add_value_models(Json& out, const CustomerValueModels& m) {
  out["calibration"] = {
      {"calibration_end", m.calibration_end},
      {"holdout_end", text_or_null(m.holdout_end)},
      {"currency", m.currency},
      {"other_currency_orders", m.other_currency_orders},
      {"customers", m.customers},
      {"same_day_merged", m.histories.same_day_merged},
      {"first_purchase_after_calibration", m.histories.first_purchase_after_calibration},
      {"unit", "week"}};
  out["bgnbd"] = fit_json(m.bgnbd);
  out["pareto_nbd"] = fit_json(m.pareto_nbd);
  Json gg = fit_json(m.gamma_gamma);
  if (m.gamma_gamma) {
    gg["without_repeat"] = m.gamma_gamma->without_repeat;
    gg["non_positive_value"] = m.gamma_gamma->non_positive_value;
  }
  out["gamma_gamma"] = std::move(gg);
  if (m.holdout_actual) {
    Json by_x = Json::array();
    for (const auto& row : m.holdout_by_x) {
      by_x.push_back(
          {{"x", row.x},
           {"customers", row.customers},
           {"actual", row.actual},
           // null, as the totals, for a model that was not fitted (not 0)
           {"bgnbd", m.holdout_bgnbd ? number_json(row.bgnbd) : Json(nullptr)},
           {"pareto_nbd", m.holdout_pareto_nbd ? number_json(row.pareto_nbd) : Json(nullptr)}});
    }
    out["holdout"] = {{"weeks", m.histories.holdout_weeks},
                      {"actual", *m.holdout_actual},
                      {"bgnbd", optional_json(m.holdout_bgnbd)},
                      {"pareto_nbd", optional_json(m.holdout_pareto_nbd)},
                      {"by_x", std::move(by_x)}};
  } else {
    out["holdout"] = nullptr;
  }
}

}  // namespace

Json by_period_json(const Insights& insights) {
  return Json{{"week", groups_json(insights.by_week, "period")},
              {"month", groups_json(insights.by_month, "period")},
              {"quarter", groups_json(insights.by_quarter, "period")}};
}

Json by_segment_json(const Insights& insights) { return segment_list_json(insights.by_segment); }

Json changes_json(const Insights& insights) { return change_list_json(insights.changes); }

Json scorecard_json(const Insights& insights) { return scorecard_list_json(insights.scorecard); }

Json retention_json(const Insights& insights) {
  Json out = Json::object();
  if (insights.churn) {
    Json months = Json::array();
    for (const ChurnMonth& m : insights.churn->months) {
      months.push_back({{"month", month_key(m.month)},
                        {"active_at_start", m.active_at_start},
                        {"new_customers", m.new_customers},
                        {"churned", m.churned},
                        {"reactivated", m.reactivated},
                        {"churn_rate", estimate_json(m.churn_rate)},
                        {"mrr_start", m.mrr_start},
                        {"new_mrr", m.new_mrr},
                        {"churned_mrr", m.churned_mrr},
                        {"expansion_mrr", m.expansion_mrr},
                        {"contraction_mrr", m.contraction_mrr},
                        {"net_revenue_retention", optional_json(m.net_revenue_retention)},
                        {"gross_revenue_retention", optional_json(m.gross_revenue_retention)}});
    }
    out["subscriptions"] = {{"mrr_currency", insights.mrr_currency},
                            {"months", std::move(months)},
                            {"invalid", insights.churn->invalid_subscriptions.size()}};
  } else {
    out["subscriptions"] = nullptr;
  }
  if (insights.cohorts) {
    Json cohorts = Json::array();
    for (const Cohort& c : insights.cohorts->cohorts) {
      Json retained = Json::array(), revenue = Json::array();
      for (const CohortCell& cell : c.cells) {
        retained.push_back({{"age", cell.age},
                            {"active", cell.active},
                            {"share", cell.retention.value},
                            {"ci95", {cell.retention.ci95[0], cell.retention.ci95[1]}}});
        revenue.push_back(optional_json(cell.revenue_retention));
      }
      cohorts.push_back({{"cohort", month_key(c.month)},
                         {"size", c.size},
                         {"first_month_revenue", c.first_month_revenue},
                         {"retention", std::move(retained)},
                         {"revenue_retention", std::move(revenue)}});
    }
    out["cohorts"] = {{"period", "month"},
                      {"method", "wilson"},
                      {"last_month", month_key(insights.cohorts->last_month)},
                      {"rows", std::move(cohorts)}};
  } else {
    out["cohorts"] = nullptr;
  }
  if (insights.lapse) {
    out["lapse"] = {{"rule", insights.lapse->rule},
                    {"rule_msg", message_json(insights.lapse->rule_msg)},
                    {"lapsed", insights.lapse->lapsed}};
  } else {
    out["lapse"] = nullptr;
  }
  return out;
}

Json segments_json(const Insights& insights) {
  Json out = Json::object();
  if (insights.rfm) {
    Json segments = Json::array();
    for (const RfmSegmentSummary& s : insights.rfm->segments) {
      segments.push_back({{"segment", to_string(s.segment)},
                          {"count", s.count},
                          {"share", s.share},
                          {"mean_monetary", optional_json(s.mean_monetary)}});
    }
    out["rfm"] = {{"method", "quintiles"},
                  {"currency", insights.order_currency},
                  {"segments", std::move(segments)}};
  } else {
    out["rfm"] = nullptr;
  }
  if (insights.personas) {
    const Personas& p = *insights.personas;
    Json personas = Json::array();
    for (std::size_t i = 0; i < p.personas.size(); ++i) {
      const Persona& persona = p.personas[i];
      Json centroid = Json::object(), features = Json::array();
      for (std::size_t c = 0; c < p.columns.size(); ++c)
        centroid[p.columns[c]] = persona.centroid[c];
      for (const auto& f : persona.distinguishing_features)
        features.push_back({{"column", f.column}, {"z", f.z}, {"direction", f.direction}});
      const auto& outcome = insights.persona_outcomes[i];
      personas.push_back({{"index", i},
                          {"size", persona.size},
                          {"share", persona.share},
                          {"nps", nps_json(outcome.nps)},
                          {"churned", estimate_json(outcome.churned)},
                          {"mean_revenue", outcome.mean_revenue},
                          {"mean_expected_value", optional_json(outcome.mean_expected_value)},
                          {"centroid", std::move(centroid)},
                          {"distinguishing_features", std::move(features)}});
    }
    Json tried = Json::array();
    for (const KTried& k : p.tried)
      tried.push_back({{"k", k.k}, {"silhouette", k.silhouette}, {"within_ss", k.within_ss}});
    Json dropped = Json::array(), imputed = Json::array();
    for (const auto& d : p.dropped_columns)
      dropped.push_back({{"column", d.column}, {"reason", d.reason}});
    for (const auto& m : p.imputed)
      imputed.push_back({{"column", m.column}, {"missing", m.missing}, {"median", m.median}});
    out["personas"] = {{"method", "kmeans_silhouette"},  {"k", p.k},
                       {"rows", insights.persona_rows},  {"silhouette_rows", p.silhouette_rows},
                       {"columns", p.columns},           {"dropped_columns", std::move(dropped)},
                       {"imputed", std::move(imputed)},  {"tried", std::move(tried)},
                       {"personas", std::move(personas)}};
  } else {
    out["personas"] = nullptr;
  }
  return out;
}

Json models_json(const Insights& insights) {
  Json out = Json::object();
  out["survival"] = insights.survival ? survival_json(*insights.survival) : Json(nullptr);
  out["sbg"] = insights.sbg ? sbg_json(*insights.sbg) : Json(nullptr);
  if (insights.value) {
    add_value_models(out, *insights.value);
  } else {
    for (const char* name : {"calibration", "bgnbd", "pareto_nbd", "gamma_gamma", "holdout"})
      out[name] = nullptr;
  }
  Json not_fitted = Json::object(), not_fitted_msg = Json::object();
  for (const auto& [model, error] : insights.not_fitted) {
    not_fitted[model] = error.message;
    if (!error.message_msg.empty()) not_fitted_msg[model] = message_json(error.message_msg);
  }
  out["not_fitted"] = std::move(not_fitted);
  out["not_fitted_msg"] = std::move(not_fitted_msg);
  return out;
}

Json customer_insight_json(const CustomerInsight& insight) {
  Json rfm = nullptr;
  if (insight.rfm) {
    rfm = {{"r", insight.rfm->recency_score},
           {"f", insight.rfm->frequency_score},
           {"m", insight.rfm->monetary_score},
           {"segment", to_string(insight.rfm->segment)}};
  }
  return Json{{"rfm", std::move(rfm)},
              {"persona", insight.persona ? Json(*insight.persona) : Json(nullptr)},
              {"lapsed", insight.lapsed},
              {"p_alive", optional_json(insight.p_alive)},
              {"expected_purchases", optional_json(insight.expected_purchases)},
              {"expected_value", optional_json(insight.expected_value)}};
}

}  // namespace cxs::detail
