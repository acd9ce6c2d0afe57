// The Overview (#/overview): the KPI tiles, the signals by type, and the two trend charts. It
// shows what the report holds; where the report has no figure the tile says so.
import { banded, chart, colours } from "../charts.js";
import { day, el, fmt, int, money, note, pct, prob, t, tOr, ui } from "../ui.js";

const DIMENSIONS = ["recent", "week", "month", "quarter"];
const dimensionText = (dimension) => (DIMENSIONS.includes(dimension) ? t(`dim_${dimension}`) : dimension);

/** One tile: title, value, interval line, n line and a trend slot, each with its test id. */
function tile(key, titleKey) {
  const node = el("article", undefined, "kpi");
  node.dataset.testid = `kpi-${key}-tile`;
  const head = el("div", undefined, "kpi-head");
  head.append(el("h2", t(titleKey)));
  const trend = el("span", "", "trend");
  trend.dataset.testid = `kpi-${key}-trend`;
  trend.hidden = true;
  head.append(trend);
  const value = el("p", "—", "kpi-value");
  value.dataset.testid = `kpi-${key}`;
  const ci = el("p", "", "kpi-ci");
  ci.dataset.testid = `kpi-${key}-ci`;
  const n = el("p", "", "kpi-n");
  n.dataset.testid = `kpi-${key}-n`;
  node.append(head, value, ci, n);
  return { node, value, ci, n, trend };
}

/** The significant change of a metric over all answers (no segment), if the report has one:
 *  the most significant by q. The arrow follows the sign of the difference the core gives. */
function significantChange(changes, metric) {
  const overall = (changes ?? []).filter((c) => c.metric === metric && !c.segment && c.significant);
  overall.sort((a, b) => a.q_value - b.q_value);
  return overall[0] ?? null;
}

function showTrend(slot, change, digits = 1) {
  if (!change) return;
  const up = change.difference > 0;
  slot.hidden = false;
  slot.textContent = up ? "▲" : "▼";
  slot.className = `trend ${up ? "up" : "down"}`;
  slot.dataset.direction = up ? "up" : "down";
  const text = t(up ? "trend_up" : "trend_down", {
    dimension: dimensionText(change.dimension), a: change.a, b: change.b,
    diff: `${change.difference > 0 ? "+" : ""}${fmt(change.difference, digits)}`, q: prob(change.q_value),
  });
  slot.title = text;
  slot.setAttribute("role", "img");
  slot.setAttribute("aria-label", text);
}

function npsTile(metrics) {
  const k = tile("nps", "nps_title");
  const nps = metrics.nps;
  const split = el("div", undefined, "split");
  split.dataset.testid = "kpi-nps-split";
  split.setAttribute("aria-hidden", "true");
  const parts = ["det", "pas", "pro"].map((c) => el("span", undefined, c));
  split.append(...parts);
  const splitText = el("p", "", "kpi-split-text");
  const warning = el("p", t("nps_small"), "warn");
  warning.dataset.testid = "kpi-nps-warning";
  warning.hidden = true;
  k.node.append(split, splitText, warning);
  if (!nps) {
    k.ci.textContent = t("nps_none");
    split.hidden = true;
    return k.node;
  }
  k.value.textContent = fmt(nps.value);
  k.ci.textContent = t("nps_ci", { lo: fmt(nps.ci95[0]), hi: fmt(nps.ci95[1]) });
  k.n.textContent = t("nps_n", { n: int(nps.n) });
  splitText.textContent = t("nps_split", { p: int(nps.promoters), pa: int(nps.passives), d: int(nps.detractors) });
  parts[0].style.flex = String(nps.detractors);
  parts[1].style.flex = String(nps.passives);
  parts[2].style.flex = String(nps.promoters);
  warning.hidden = nps.n >= 30;
  showTrend(k.trend, significantChange(metrics.changes, "nps"));
  return k.node;
}

function csatTile(metrics) {
  const k = tile("csat", "csat_title");
  const csat = metrics.csat;
  k.value.textContent = csat ? fmt(csat.value) : "—";
  k.ci.textContent = csat ? t("csat_ci", { lo: fmt(csat.ci95[0]), hi: fmt(csat.ci95[1]) }) : t("csat_none");
  k.n.textContent = csat ? t("csat_n", { s: int(csat.satisfied), n: int(csat.n) }) : "";
  if (csat) showTrend(k.trend, significantChange(metrics.changes, "csat"));
  return k.node;
}

function cesTile(metrics) {
  const k = tile("ces", "ces_title");
  const ces = metrics.ces;
  k.node.hidden = !ces;
  if (!ces) return k.node;
  k.value.textContent = fmt(ces.value, 2);
  k.ci.textContent = t("ces_ci", { lo: fmt(ces.ci95[0], 2), hi: fmt(ces.ci95[1], 2) });
  k.n.textContent = t("ces_n", { n: int(ces.n), lo: ces.scale[0], hi: ces.scale[1], sd: fmt(ces.sd, 2) });
  showTrend(k.trend, significantChange(metrics.changes, "ces"), 2);
  return k.node;
}

/** The latest month the core gives a churn rate for (one with subscribers at its start). */
function latestChurnMonth(report) {
  const months = report.retention?.subscriptions?.months ?? [];
  return [...months].reverse().find((m) => m.churn_rate?.n) ?? null;
}

function churnTile(report) {
  const k = tile("churn", "kpi_churn_title");
  const month = latestChurnMonth(report);
  if (!month) {
    k.ci.textContent = t("kpi_none");
    return k.node;
  }
  k.value.textContent = pct(month.churn_rate.value);
  k.ci.textContent = t("kpi_churn_ci", { lo: pct(month.churn_rate.ci95[0]), hi: pct(month.churn_rate.ci95[1]) });
  k.n.textContent = t("kpi_churn_n", { month: month.month, churned: int(month.churned), n: int(month.churn_rate.n) });
  return k.node;
}

function nrrTile(report) {
  const k = tile("nrr", "kpi_nrr_title");
  const month = latestChurnMonth(report);
  if (!month || month.net_revenue_retention === null || month.net_revenue_retention === undefined) {
    k.ci.textContent = t("kpi_none");
    return k.node;
  }
  k.value.textContent = pct(month.net_revenue_retention);
  k.n.textContent = t("kpi_nrr_n", { month: month.month, grr: pct(month.gross_revenue_retention),
    mrr: money(month.mrr_start, report.retention.subscriptions.mrr_currency) });
  return k.node;
}

function customersTile(report) {
  const k = tile("customers", "customers_title");
  k.value.textContent = int(report.customers?.count);
  k.n.textContent = t("customers_hint");
  return k.node;
}

/** The latest month of the scorecard with orders: revenue as the core summed it. */
function revenueTile(report) {
  const k = tile("revenue", "kpi_revenue_title");
  const period = [...(report.scorecard?.periods ?? [])].reverse().find((p) => p.profitability?.orders);
  if (!period) {
    k.ci.textContent = t("kpi_none");
    return k.node;
  }
  const currency = report.models?.calibration?.currency;
  k.value.textContent = money(period.profitability.revenue);
  k.ci.textContent = currency ?? "";
  k.n.textContent = t("kpi_revenue_n", { period: period.period, orders: int(period.profitability.orders),
    per: money(period.profitability.revenue_per_customer) });
  return k.node;
}

/** Expected value: the report gives it per customer (no total), so the tile says where it is
 *  and on how many customers the Gamma–Gamma fit rests; or why it was not fitted. */
function valueTile(report, ctx) {
  const k = tile("ev", "kpi_ev_title");
  const models = report.models ?? {};
  if (models.gamma_gamma?.params && models.bgnbd?.params) {
    k.value.textContent = t("kpi_ev_value");
    k.value.classList.add("small");
    k.n.textContent = t("kpi_ev_n", { n: int(models.gamma_gamma.n), currency: models.calibration?.currency ?? "" });
    const link = el("a", t("view_customers"));
    link.href = "#/customers";
    k.node.append(link);
  } else {
    const reason = models.not_fitted?.gamma_gamma ?? models.not_fitted?.bgnbd;
    k.ci.textContent = reason
      ? t("not_fitted", { reason: ctx.coreText(reason.message_msg, reason.message ?? reason.code ?? String(reason), ui.lang) })
      : t("kpi_none");
  }
  return k.node;
}

function signalsByType(report, ctx) {
  const box = el("section", undefined, "panel");
  box.dataset.testid = "overview-signals";
  box.append(el("h2", t("top_signals_title")));
  const signals = report.signals ?? [];
  if (!signals.length) {
    box.append(note(t("no_signals")));
    return box;
  }
  // Types in the order of their best signal (the core ranks the list by score).
  const types = new Map();
  for (const s of signals) {
    if (!types.has(s.type)) types.set(s.type, { count: 0, high: 0 });
    const entry = types.get(s.type);
    entry.count += 1;
    if (s.severity === "high") entry.high += 1;
  }
  const list = el("ul", undefined, "type-list");
  for (const [type, { count, high }] of types) {
    const item = el("li");
    item.dataset.testid = "top-signal-type";
    item.dataset.type = type;
    const link = el("a", tOr(`signal_${type}`, type));
    link.href = `#/signals?type=${encodeURIComponent(type)}`;
    const counts = el("span", undefined, "counts");
    const total = el("strong", int(count));
    total.dataset.testid = "top-signal-count";
    counts.append(total);
    if (high) counts.append(el("span", t("top_signals_high", { n: int(high) }), "badge high"));
    item.append(link, counts);
    list.append(item);
  }
  box.append(list);
  box.append(el("h3", t("top_signals_best")));
  const best = el("ol", undefined, "best-signals");
  for (const s of signals.slice(0, 5)) {
    const item = el("li");
    item.dataset.testid = "top-signal";
    const link = el("a", ctx.coreText(s.title_msg, s.title, ui.lang));
    link.href = `#/signals/${encodeURIComponent(s.id)}`;
    link.dataset.prose = "core"; // the core's sentence, in the page's language where it gives a code
    item.append(link, el("span", `${tOr(`signal_${s.type}`, s.type)} · ${t(`severity_${s.severity}`)} · ${fmt(s.score, 0)}`, "hint"));
    best.append(item);
  }
  const open = el("a", t("open_inbox"), "button secondary");
  open.href = "#/signals";
  box.append(best, open);
  return box;
}

/** Beside the signals panel on a wide screen (style.css: .overview-lower), beneath it on a narrow one. */
const chartShare = () => (matchMedia("(min-width: 1100px)").matches ? 0.6 : 1);

function charts(report) {
  const box = el("section", undefined, "panel charts");
  box.append(el("h2", t("overview_charts_title")));
  const rows = report.metrics?.by_period?.month ?? [];
  if (rows.length) {
    const value = (key) => rows.map((r) => r[key]?.value ?? null);
    const lo = (key) => rows.map((r) => r[key]?.ci95[0] ?? null);
    const hi = (key) => rows.map((r) => r[key]?.ci95[1] ?? null);
    box.append(el("h3", t("overview_nps_chart")), chart("overview-satisfaction-chart", {
      x: rows.map((_, i) => i), xLabels: rows.map((r) => r.period), height: 220, share: chartShare(),
      series: [...banded("NPS", colours[0], value("nps"), lo("nps"), hi("nps")),
        ...banded("CSAT %", colours[1], value("csat"), lo("csat"), hi("csat"))],
      axes: [{ label: t("axis_points") }],
    }));
  }
  const months = report.retention?.subscriptions?.months ?? [];
  if (months.length) {
    const rate = (r) => (r.churn_rate?.n ? r.churn_rate : null);
    const share = (v) => (v === null || v === undefined ? null : v * 100);
    box.append(el("h3", t("overview_churn_chart")), chart("overview-retention-chart", {
      x: months.map((_, i) => i), xLabels: months.map((r) => r.month), height: 220, share: chartShare(),
      series: [
        ...banded(t("churn_rate"), colours[2], months.map((r) => share(rate(r)?.value)),
          months.map((r) => share(rate(r)?.ci95[0])), months.map((r) => share(rate(r)?.ci95[1])), "churn"),
        { label: "NRR %", stroke: colours[0], width: 2, scale: "rr", values: months.map((r) => share(r.net_revenue_retention)) },
      ],
      axes: [{ scale: "churn", label: t("axis_churn") }, { scale: "rr", label: t("axis_rr") }],
    }));
  }
  return rows.length || months.length ? box : null;
}

/** @param ctx {coreText} */
export function createOverviewView(ctx) {
  const root = el("div", undefined, "overview");
  return {
    root,
    render(report) {
      const heading = el("div", undefined, "view-head");
      heading.append(el("h1", t("view_overview")), el("span", t("as_of_short", { date: day(report.as_of) }), "hint as-of"));
      const kpis = el("div", undefined, "kpis");
      kpis.append(npsTile(report.metrics), csatTile(report.metrics), cesTile(report.metrics), churnTile(report),
        nrrTile(report), customersTile(report), revenueTile(report), valueTile(report, ctx));
      const lower = el("div", undefined, "overview-lower");
      lower.append(signalsByType(report, ctx));
      // The charts are drawn after the tiles are on screen: the tiles are what the reader waits for.
      root.replaceChildren(heading, kpis, lower);
      const drawn = charts(report);
      if (drawn) lower.append(drawn);
    },
    route() {},
  };
}
