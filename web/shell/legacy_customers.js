// The customer table the page had before the Customer 360 view: shown in #/customers below that
// view until it lists customers itself; then this file goes.
import { rfmLabel } from "../sections.js";
import { el, fmt, int, money, pct, t, table } from "../ui.js";

const MAX_CUSTOMER_ROWS = 200;

function customerModels(models) {
  const rfm = models.rfm ? `${rfmLabel(models.rfm.segment)} (${models.rfm.r}${models.rfm.f}${models.rfm.m})` : "—";
  return [
    { text: pct(models.p_alive), className: "num" }, { text: fmt(models.expected_purchases, 2), className: "num" },
    { text: money(models.expected_value), className: "num" }, rfm,
    models.persona === null || models.persona === undefined ? "—" : t("persona_n", { n: models.persona + 1 }),
  ];
}

/** The health score and, beneath it, each named component with its contribution (as text). */
function healthCell(health, coreText, lang) {
  const cell = el("div");
  cell.dataset.testid = "health";
  if (!health) {
    cell.textContent = "—";
    return cell;
  }
  const score = el("strong", String(health.score));
  score.dataset.testid = "health-score";
  const parts = health.components.map((c) => {
    const line = el("div", `${c.name} ${c.contribution >= 0 ? "+" : ""}${c.contribution}`, "health-part");
    line.title = coreText(c.detail_msg, c.detail, lang);
    line.dataset.testid = "health-component";
    return line;
  });
  cell.append(score, ...parts);
  return cell;
}

export function renderLegacyCustomers(report, { coreText, lang }) {
  const box = el("section", undefined, "report-section");
  box.append(el("h2", t("customers_list_title")));
  // Most recently seen first; the report lists them sorted by key.
  const rows = [...report.customers.profiles].sort((a, b) => String(b.last_seen ?? "").localeCompare(String(a.last_seen ?? "")));
  const headers = ["col_customer", "col_emails", "col_sources", "col_orders", "col_revenue", "col_tickets", "col_last_nps",
    "col_last_seen", "col_p_alive", "col_expected_purchases", "col_expected_value", "col_rfm", "col_persona", "col_health"].map((k) => t(k));
  box.append(table("customers", headers, rows.slice(0, MAX_CUSTOMER_ROWS).map((profile) => ({
    testid: "customer-row",
    cells: [
      profile.names[0] ?? profile.keys[0], profile.emails.join(", "), profile.sources.join(", "),
      { text: String(profile.orders), className: "num" },
      Object.entries(profile.revenue).map(([currency, amount]) => `${fmt(amount, 2)} ${currency}`).join(", "),
      { text: String(profile.tickets), className: "num" }, { text: String(profile.last_nps ?? "—"), className: "num" },
      (profile.last_seen ?? "").slice(0, 10), ...customerModels(profile.models ?? {}), healthCell(profile.health, coreText, lang),
    ],
  }))));
  const more = el("p", t("customers_more", { shown: int(Math.min(rows.length, MAX_CUSTOMER_ROWS)), count: int(report.customers.count) }), "hint");
  more.dataset.testid = "customers-more";
  box.append(more);
  return box;
}
