// The report's sections beyond the KPI tiles: each renders what the core computed, or nothing.
import { banded, chart, colours, marks, stepped } from "./charts.js";
import { coreText } from "./core_messages.js";
import { el, estimate, fmt, int, money, note, num, pct, prob, range, section, t, table, tOr, ui } from "./ui.js";

const PERIODS = ["week", "month", "quarter"];
const METRICS = { nps: "NPS", csat: "CSAT", ces: "CES" };
/** A flag in a table cell, e.g. "small sample"; empty when off. */
function badge(on, key, testid, className = "badge") {
  if (!on) return "";
  const node = el("span", t(key), className);
  if (testid) node.dataset.testid = testid;
  return node;
}

function subheading(text) {
  return el("h3", text);
}

// ---- Satisfaction: trend by period, by segment, changes ------------------------------------

function satisfactionTrend(byPeriod, rerender) {
  const box = el("div");
  const switcher = el("div", undefined, "switch");
  switcher.setAttribute("role", "group");
  for (const period of PERIODS) {
    if (!byPeriod[period]?.length) continue;
    const button = el("button", t(`period_${period}`), period === ui.period ? "on" : "");
    button.type = "button";
    button.dataset.testid = `period-${period}`;
    button.setAttribute("aria-pressed", String(period === ui.period));
    button.addEventListener("click", () => {
      ui.period = period;
      rerender();
    });
    switcher.append(button);
  }
  const rows = byPeriod[ui.period]?.length ? byPeriod[ui.period] : byPeriod[PERIODS.find((p) => byPeriod[p]?.length)];
  const value = (key) => rows.map((r) => r[key]?.value ?? null);
  const lo = (key) => rows.map((r) => r[key]?.ci95[0] ?? null);
  const hi = (key) => rows.map((r) => r[key]?.ci95[1] ?? null);
  const series = [
    ...banded("NPS", colours[0], value("nps"), lo("nps"), hi("nps")),
    ...banded("CSAT %", colours[1], value("csat"), lo("csat"), hi("csat")),
    marks(t("small_sample"), colours[4], rows.map((r) => (r.small_sample ? r.nps?.value ?? r.csat?.value ?? null : null))),
  ];
  const axes = [{ label: t("axis_points") }];
  if (rows.some((r) => r.ces)) {
    series.push(...banded("CES", colours[3], value("ces"), lo("ces"), hi("ces"), "ces"));
    axes.push({ scale: "ces", label: "CES" });
  }
  box.append(
    switcher,
    chart("satisfaction-chart", { x: rows.map((_, i) => i), xLabels: rows.map((r) => r.period), series, axes }),
    note(t("satisfaction_chart_hint")),
  );
  const details = el("details");
  details.append(el("summary", t("show_table")));
  details.append(table("satisfaction-periods", [t("col_period"), t("col_responses"), t("col_nps"), t("col_csat"), t("col_ces"), ""],
    rows.map((r) => ({
      testid: "period-row",
      cells: [r.period, num(int(r.responses)), estimate(r.nps), estimate(r.csat), estimate(r.ces, (v) => fmt(v, 2)),
        badge(r.small_sample, "small_sample")],
    }))));
  box.append(details);
  return box;
}

function bySegment(segments) {
  const box = el("div");
  box.append(subheading(t("by_segment_title")));
  for (const dimension of segments) {
    box.append(el("h4", t("segment_column", { column: dimension.column, n: int(dimension.distinct_values) })));
    const wrapped = table("segment-table", [dimension.column, t("col_responses"), t("col_nps"), t("col_csat"), t("col_ces"), ""],
      dimension.groups.map((g) => ({
        testid: "segment-row",
        cells: [g.value, num(int(g.responses)), estimate(g.nps), estimate(g.csat), estimate(g.ces, (v) => fmt(v, 2)),
          badge(g.small_sample, "small_sample")],
      })));
    wrapped.firstChild.dataset.column = dimension.column;
    box.append(wrapped);
  }
  return box;
}

function dimensionLabel(change) {
  const base = ["recent", "week", "month", "quarter"].includes(change.dimension) ? t(`dim_${change.dimension}`) : change.dimension;
  return change.segment ? `${base} · ${change.segment.column} = ${change.segment.value}` : base;
}

function changesTable(changes) {
  const box = el("div");
  box.append(subheading(t("changes_title")), note(t("changes_hint")));
  // Significant first, then by q: the core's order is by p over all tests.
  const sorted = [...changes].sort((a, b) => Number(b.significant) - Number(a.significant) || a.q_value - b.q_value);
  const digits = (metric) => (metric === "ces" ? 2 : 1);
  const unit = (metric) => t(metric === "ces" ? "unit_scale_points" : metric === "csat" ? "unit_pp" : "unit_points");
  box.append(table("changes", [t("col_metric"), t("col_dimension"), t("col_compared"), t("col_difference"), "p", t("col_q"), ""],
    sorted.map((c) => ({
      testid: "change-row",
      className: c.significant ? "significant" : "",
      cells: [
        METRICS[c.metric] ?? c.metric, dimensionLabel(c), `${c.a} (n = ${int(c.n_a)}) → ${c.b} (n = ${int(c.n_b)})`,
        num(`${fmt(c.difference, digits(c.metric))} ${unit(c.metric)} (${range(c.ci95, (v) => fmt(v, digits(c.metric)))})`,
          `${c.method}, ${c.test}`),
        num(prob(c.p_value)), num(prob(c.q_value)),
        c.significant ? badge(true, "significant", "significant", "badge on") : badge(c.small_sample, "small_sample"),
      ],
    })), "scroll tall"));
  return box;
}

export function renderSatisfaction(report) {
  const m = report.metrics;
  const byPeriod = m.by_period ?? {};
  const hasTrend = PERIODS.some((p) => byPeriod[p]?.length);
  if (!hasTrend && !m.by_segment?.length && !m.changes?.length) return null;
  const node = section("satisfaction", "satisfaction_title");
  if (hasTrend) node.append(satisfactionTrend(byPeriod, () => node.replaceWith(renderSatisfaction(report))));
  if (m.by_segment?.length) node.append(bySegment(m.by_segment));
  if (m.changes?.length) node.append(changesTable(m.changes));
  return node;
}

// ---- Retention: churn and revenue retention, cohorts, lapse ---------------------------------

function subscriptionMonths(subs) {
  const box = el("div");
  const months = subs.months;
  const c = subs.mrr_currency;
  const rate = (r) => (r.churn_rate?.n ? r.churn_rate : null);
  box.append(subheading(t("churn_title")));
  box.append(chart("retention-chart", {
    x: months.map((_, i) => i),
    xLabels: months.map((r) => r.month),
    series: [
      ...banded(t("churn_rate"), colours[2], months.map((r) => (rate(r) ? rate(r).value * 100 : null)),
        months.map((r) => (rate(r) ? rate(r).ci95[0] * 100 : null)), months.map((r) => (rate(r) ? rate(r).ci95[1] * 100 : null)), "churn"),
      { label: "NRR %", stroke: colours[0], width: 2, scale: "rr", values: months.map((r) => (r.net_revenue_retention ?? null) !== null ? r.net_revenue_retention * 100 : null) },
      { label: "GRR %", stroke: colours[1], width: 2, scale: "rr", values: months.map((r) => (r.gross_revenue_retention ?? null) !== null ? r.gross_revenue_retention * 100 : null) },
    ],
    axes: [{ scale: "churn", label: t("axis_churn") }, { scale: "rr", label: t("axis_rr") }],
  }));
  box.append(table("retention-months",
    [t("col_month"), t("col_active_start"), t("col_new"), t("col_churned"), t("col_reactivated"), t("col_churn_rate"),
      t("col_mrr_start", { c }), t("col_new_mrr"), t("col_churned_mrr"), t("col_expansion"), t("col_contraction"), "NRR", "GRR"],
    months.map((r) => ({
      testid: "retention-row",
      cells: [r.month, num(int(r.active_at_start)), num(int(r.new_customers)), num(int(r.churned)), num(int(r.reactivated)),
        num(rate(r) ? `${pct(r.churn_rate.value)} (${range(r.churn_rate.ci95, (v) => pct(v))})` : "—"),
        num(money(r.mrr_start)), num(money(r.new_mrr)), num(money(r.churned_mrr)), num(money(r.expansion_mrr)),
        num(money(r.contraction_mrr)), num(pct(r.net_revenue_retention)), num(pct(r.gross_revenue_retention))],
    }))));
  if (subs.invalid) box.append(note(t("subs_invalid", { n: int(subs.invalid) })));
  return box;
}

function cohortMatrix(cohorts) {
  const box = el("div");
  box.append(subheading(t("cohorts_title")), note(t("cohorts_hint", { method: cohorts.method, last: cohorts.last_month })));
  const ages = Math.max(0, ...cohorts.rows.map((r) => r.retention.length));
  const headers = [t("col_cohort"), t("col_size"), ...Array.from({ length: ages }, (_, age) => `+${age}`)];
  const rows = cohorts.rows.map((r) => ({
    testid: "cohort-row",
    cells: [r.cohort, num(int(r.size)), ...r.retention.map((cell) => ({
      text: pct(cell.share, 0),
      className: "num heat",
      title: t("cohort_cell", { active: int(cell.active), size: int(r.size), lo: pct(cell.ci95[0]), hi: pct(cell.ci95[1]) }),
      // Colour only: darker blue for a larger share, read from the share the core computed.
      style: { background: `hsl(220 70% ${Math.round(97 - 52 * cell.share)}%)`, color: cell.share > 0.6 ? "#fff" : "#1d2330" },
    }))],
  }));
  box.append(table("cohort-matrix", headers, rows));
  return box;
}

export function renderRetention(report) {
  const r = report.retention;
  const subs = r?.subscriptions?.months?.length ? r.subscriptions : null;
  const cohorts = r?.cohorts?.rows?.length ? r.cohorts : null;
  if (!subs && !cohorts && !r?.lapse) return null;
  const node = section("retention", "retention_title");
  if (subs) node.append(subscriptionMonths(subs));
  if (cohorts) node.append(cohortMatrix(cohorts));
  if (r.lapse) node.append(note(t("lapse", { n: int(r.lapse.lapsed), rule: coreText(r.lapse.rule_msg, r.lapse.rule, ui.lang) }), "lapse", "lapse"));
  return node;
}

// ---- Survival (Kaplan–Meier per plan, log-rank) ---------------------------------------------

/** The curves on one shared time axis. A KM estimate holds between event times, so each
 *  curve keeps its last value until its next point, and ends at its own last time. */
function survivalChart(survival) {
  const times = [...new Set([0, ...survival.segments.flatMap((s) => s.curve.map((p) => p.time))])].sort((a, b) => a - b);
  const hold = (curve, pick, start) => {
    const out = [];
    let i = 0;
    let last = start;
    const end = curve.length ? curve[curve.length - 1].time : 0;
    for (const time of times) {
      while (i < curve.length && curve[i].time <= time) last = pick(curve[i++]);
      out.push(time <= end ? last : null);
    }
    return out;
  };
  const series = [];
  survival.segments.forEach((s, k) => {
    const colour = colours[k % colours.length];
    if (k === 0) {
      series.push(...banded(s.name, colour, hold(s.curve, (p) => p.survival, 1), hold(s.curve, (p) => p.ci95[0], 1),
        hold(s.curve, (p) => p.ci95[1], 1)).map(stepped));
    } else {
      series.push(stepped({ label: s.name, stroke: colour, width: 2, values: hold(s.curve, (p) => p.survival, 1) }));
    }
  });
  return chart("survival-chart", {
    x: times, xLabel: t("axis_days", { unit: survival.unit }), series,
    axes: [{ label: t("axis_survival"), values: (_, splits) => splits.map((v) => `${Math.round(v * 100)}%`) }],
  });
}

export function renderSurvival(report) {
  const survival = report.models?.survival;
  if (!survival?.segments?.length) return null;
  const node = section("survival", "survival_title");
  node.append(note(t("survival_hint", { subject: survival.subject, unit: survival.unit, method: survival.method })));
  node.append(survivalChart(survival));
  const groups = new Map((survival.logrank?.groups ?? []).map((g) => [g.name, g]));
  const day = (v) => (v === null || v === undefined ? "—" : fmt(v, 0));
  node.append(table("survival-table",
    [t("col_plan"), "n", t("col_events"), t("col_median", { unit: survival.unit }), t("col_rmst", { unit: survival.unit }),
      t("col_observed"), t("col_expected")],
    survival.segments.map((s) => ({
      testid: "survival-row",
      cells: [s.name, num(int(s.n)), num(int(s.events)),
        num(s.median === null ? `${t("not_reached")} (${range(s.median_ci95, day)})` : `${day(s.median)} (${range(s.median_ci95, day)})`),
        num(fmt(s.restricted_mean, 0)), num(groups.has(s.name) ? fmt(groups.get(s.name).observed, 0) : ""),
        num(groups.has(s.name) ? fmt(groups.get(s.name).expected, 1) : "")],
    }))));
  node.append(note(t("survival_note")));
  const lr = survival.logrank;
  if (lr) node.append(note(t("logrank", { chisq: fmt(lr.chisq, 2), df: lr.df, p: prob(lr.p) }), "logrank", "stat"));
  return node;
}

// ---- Renewals (shifted-beta-geometric) ------------------------------------------------------

function paramsTable(testid, params) {
  return table(testid, [t("col_param"), t("col_value"), t("col_se"), t("col_ci")],
    Object.entries(params).map(([name, p]) => ({
      testid: "param-row",
      cells: [name, num(fmt(p.value, 3)), num(fmt(p.se, 3)), num(range(p.ci95, (v) => fmt(v, 3)))],
    })));
}

function fitLine(fit) {
  const line = t("fit_line", { ll: fmt(fit.log_likelihood, 2), converged: t(fit.converged ? "yes" : "no") });
  return fit.n === undefined ? line : `${line} · n = ${int(fit.n)}`;
}

export function renderRenewals(report) {
  const sbg = report.models?.sbg;
  if (!sbg) {
    const reason = report.models?.not_fitted?.sbg;
    if (!reason) return null;
    const node = section("renewals", "renewals_title");
    node.append(note(t("not_fitted", { reason: reasonText(reason) }), "sbg-not-fitted"));
    return node;
  }
  const node = section("renewals", "renewals_title");
  node.append(note(t("sbg_hint", { size: int(sbg.cohort_size), periods: int(sbg.periods), period: t(`period_${sbg.period}`) })));
  node.append(paramsTable("sbg-params", sbg.params));
  node.append(note(fitLine(sbg), "sbg-fit", "stat"));
  const fc = sbg.fit_check;
  if (fc) node.append(note(t("fit_check", { test: fc.test, chisq: fmt(fc.chisq, 2), df: fc.df, p: prob(fc.p) }), "sbg-fit-check", "stat"));
  const observed = sbg.alive ?? [];
  const projected = sbg.projected_survival ?? [];
  const length = observed.length + projected.length;
  // Shares of the starting cohort, so observed and projected sit on one 0..100% axis.
  node.append(chart("sbg-chart", {
    x: Array.from({ length }, (_, i) => i),
    xLabel: t("axis_periods", { period: t(`period_${sbg.period}`) }),
    series: [
      { label: t("observed_alive"), stroke: colours[0], width: 2, values: [...observed.map((a) => (100 * a) / sbg.cohort_size), ...projected.map(() => null)], points: { show: true, size: 6 } },
      { label: t("projected_survival"), stroke: colours[2], width: 2, dash: [6, 4], values: [...observed.map(() => null), ...projected.map((s) => 100 * s)] },
    ],
    axes: [{ label: t("axis_share") }],
  }));
  return node;
}

// ---- Customer value (BG/NBD, Pareto/NBD, Gamma–Gamma, holdout) -------------------------------

/** A not_fitted reason in the page's language: {code, message, message_msg} from the core. */
function reasonText(reason) {
  if (typeof reason === "string") return reason;
  if (!reason) return "";
  return coreText(reason.message_msg, reason.message ?? reason.code ?? JSON.stringify(reason), ui.lang);
}

const VALUE_MODELS = [["bgnbd", "BG/NBD"], ["pareto_nbd", "Pareto/NBD"], ["gamma_gamma", "Gamma–Gamma"]];

export function renderValue(report) {
  const models = report.models;
  if (!models) return null;
  const node = section("value", "value_title");
  for (const [key, name] of VALUE_MODELS) {
    const block = el("div", undefined, "model");
    block.dataset.testid = `model-${key}`;
    block.append(subheading(name));
    const fit = models[key];
    if (fit?.params) {
      block.append(paramsTable(`${key}-params`, fit.params), note(fitLine(fit), undefined, "stat"));
    } else {
      block.append(note(t("not_fitted", { reason: reasonText(models.not_fitted?.[key]) || t("not_in_report") }), undefined, "not-fitted"));
    }
    node.append(block);
  }
  const holdout = models.holdout;
  node.append(subheading(t("holdout_title")));
  if (holdout) {
    // Totals first, then the mean per customer by calibration-period frequency x.
    node.append(note(t("holdout_hint", { end: String(models.calibration?.calibration_end ?? "—") })));
    const cell = (v, digits) => num(v === null || v === undefined ? "—" : fmt(v, digits));
    node.append(table("holdout", ["x", t("col_customers"), t("col_actual"), "BG/NBD", "Pareto/NBD"], [
      ["all", num(int(models.calibration?.customers)), cell(holdout.actual, 2), cell(holdout.bgnbd, 2), cell(holdout.pareto_nbd, 2)],
      ...(holdout.by_x ?? []).map((r) => [r.x, num(int(r.customers)), cell(r.actual, 3), cell(r.bgnbd, 3), cell(r.pareto_nbd, 3)]),
    ]));
  } else {
    node.append(note(t("not_fitted", { reason: reasonText(models.not_fitted?.holdout) || t("not_in_report") }), "holdout-none", "not-fitted"));
  }
  return node;
}

// ---- Segments (RFM, personas) ----------------------------------------------------------------

export const rfmLabel = (segment) => tOr(`rfm_${segment}`, segment);
const feature = (column) => tOr(`feat_${column}`, column);

function personaCard(persona, columns) {
  const card = el("article", undefined, "card");
  card.dataset.testid = "persona-card";
  card.append(el("h4", t("persona_n", { n: persona.index + 1 })));
  card.append(el("p", t("persona_size", { size: int(persona.size), share: pct(persona.share) }), "persona-size"));
  const features = el("ul", undefined, "features");
  for (const f of persona.distinguishing_features) {
    features.append(el("li", `${feature(f.column)} ${tOr(`dir_${f.direction}`, f.direction)} (z = ${fmt(f.z, 2)})`, f.direction));
  }
  card.append(features);
  const centroid = el("dl", undefined, "centroid");
  for (const column of columns) {
    if (!(column in persona.centroid)) continue;
    centroid.append(el("dt", feature(column)), el("dd", fmt(persona.centroid[column], 2)));
  }
  card.append(centroid);
  return card;
}

export function renderSegments(report) {
  const rfm = report.segments?.rfm?.segments?.length ? report.segments.rfm : null;
  const personas = report.segments?.personas?.personas?.length ? report.segments.personas : null;
  if (!rfm && !personas) return null;
  const node = section("segments", "segments_title");
  if (rfm) {
    node.append(subheading(t("rfm_title")), note(t("rfm_hint", { method: rfm.method })));
    node.append(table("rfm-table", [t("col_segment"), t("col_count"), t("col_share"), t("col_mean_spend")],
      rfm.segments.map((s) => ({ testid: "rfm-row", cells: [rfmLabel(s.segment), num(int(s.count)), num(pct(s.share)), num(fmt(s.mean_monetary, 2))] }))));
  }
  if (personas) {
    node.append(subheading(t("personas_title")));
    node.append(note(t("personas_hint", { k: personas.k, rows: int(personas.rows), method: personas.method }), "personas-k"));
    const cards = el("div", undefined, "cards");
    for (const persona of personas.personas) cards.append(personaCard(persona, personas.columns));
    node.append(cards);
    node.append(table("personas-tried", ["k", t("col_silhouette"), t("col_within_ss"), ""],
      personas.tried.map((k) => ({ testid: "tried-row", cells: [String(k.k), num(fmt(k.silhouette, 3)), num(fmt(k.within_ss, 1)), k.k === personas.k ? t("chosen") : ""] }))));
    const dropped = personas.dropped_columns ?? [];
    const imputed = personas.imputed ?? [];
    if (dropped.length || imputed.length) {
      node.append(note([
        ...dropped.map((d) => t("persona_dropped", { column: d.column, reason: coreText(d.reason_msg, d.reason, ui.lang) })),
        ...imputed.map((d) => t("persona_imputed", { column: d.column, n: int(d.missing), median: fmt(d.median, 2) })),
      ].join(" ")));
    }
  }
  return node;
}

// ---- Scorecard -------------------------------------------------------------------------------

export function renderScorecard(report) {
  const periods = report.scorecard?.periods;
  if (!periods?.length) return null;
  const node = section("scorecard", "scorecard_title");
  node.append(note(t("scorecard_hint")));
  node.append(table("scorecard-table",
    [t("col_period"), t("col_new"), t("col_active"), t("col_retained"), "NPS", "CSAT", t("col_orders"), t("col_revenue"),
      t("col_revenue_per_customer"), t("col_tickets")],
    periods.map((p) => ({
      testid: "scorecard-row",
      cells: [p.period, num(int(p.acquisition?.new_customers)), num(int(p.retention?.active_customers)),
        num(p.retention?.rate === null || p.retention?.rate === undefined ? "—" : `${pct(p.retention.rate)} (${int(p.retention.retained_customers)})`),
        num(p.satisfaction?.nps ? `${fmt(p.satisfaction.nps.value)} (n = ${int(p.satisfaction.nps.n)})` : "—"),
        num(p.satisfaction?.csat ? `${fmt(p.satisfaction.csat.value)}%` : "—"),
        num(int(p.profitability?.orders)), num(fmt(p.profitability?.revenue, 2)), num(fmt(p.profitability?.revenue_per_customer, 2)),
        num(int(p.action?.tickets))],
    }))));
  return node;
}
