// Page helpers shared by the renderers: language, strings, DOM building, number display.
import { strings, format } from "./i18n.js";
import { el, saveFile } from "./dom.js";

export const ui = {
  lang: (navigator.language || "en").toLowerCase().startsWith("ja") ? "ja" : "en",
  period: "month", // satisfaction chart: week, month or quarter
};

export function t(key, values) {
  return format(strings[ui.lang][key] ?? strings.en[key] ?? key, values);
}

/** The string for key, or fallback (a report value such as a column name) when there is none. */
export function tOr(key, fallback) {
  return strings[ui.lang][key] ?? strings.en[key] ?? fallback;
}

export { el, saveFile };

/** The locale numbers and dates are written in: the UI language's. */
export const locale = () => (ui.lang === "ja" ? "ja-JP" : "en-US");

/** An ISO date or date-time (UTC) as the reader's locale writes a day; the text itself when unparsable. */
export function day(iso) {
  if (!iso) return "—";
  const date = new Date(String(iso).length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleDateString(locale(), { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
}

const missing = (number) => number === null || number === undefined || !Number.isFinite(Number(number));

/** A number as the reader's locale writes it, with a fixed number of decimals; "—" when absent. */
export function fmt(number, digits = 1) {
  if (missing(number)) return "—";
  return Number(number).toLocaleString(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export const int = (number) => (missing(number) ? "—" : Number(number).toLocaleString(locale()));
/** A share (0..1) shown as a percentage. */
export const pct = (share, digits = 1) => (missing(share) ? "—" : `${fmt(share * 100, digits)}%`);
/** p- and q-values span many orders of magnitude: three significant digits. */
export const prob = (p) => (missing(p) ? "—" : Number(p).toPrecision(3));
export const money = (amount, currency) => (missing(amount) ? "—" : currency ? `${fmt(amount, 2)} ${currency}` : fmt(amount, 2));

/** "lo – hi" for an interval; an open end (null) is shown as "—". */
export function range(ci, show = (v) => fmt(v)) {
  if (!ci) return "";
  return `${show(ci[0])} – ${show(ci[1])}`;
}

/** "value (lo – hi)" for an estimate {value, ci95}, or "—". */
export function estimate(est, show = (v) => fmt(v)) {
  if (!est) return "—";
  return `${show(est.value)} (${range(est.ci95, show)})`;
}

/** A cell: a string, a node, or {text, className, title}. Numbers right-align with className "num". */
function cell(tag, content) {
  if (content instanceof Node) {
    const node = el(tag);
    node.append(content);
    return node;
  }
  if (content && typeof content === "object") {
    const node = el(tag, content.text ?? "", content.className);
    if (content.title) node.title = content.title;
    if (content.style) Object.assign(node.style, content.style);
    if (content.testid) node.dataset.testid = content.testid;
    return node;
  }
  return el(tag, content ?? "");
}

/** A table in a horizontally scrolling box; rows are arrays of cells, or {cells, testid, className}. */
export function table(testid, headers, rows, scrollClass = "scroll") {
  const box = el("div", undefined, scrollClass);
  // A box that scrolls by itself is reached with the keyboard too (Tab, then the arrow keys).
  if (scrollClass.includes("tall")) box.tabIndex = 0;
  const node = el("table");
  node.dataset.testid = testid;
  const head = el("tr");
  for (const header of headers) head.append(cell("th", header));
  node.append(el("thead"));
  node.tHead.append(head);
  const body = el("tbody");
  for (const row of rows) {
    const cells = Array.isArray(row) ? row : row.cells;
    const tr = el("tr", undefined, row.className);
    if (row.testid) tr.dataset.testid = row.testid;
    for (const content of cells) tr.append(cell("td", content));
    body.append(tr);
  }
  node.append(body);
  box.append(node);
  return box;
}

export const num = (text, title) => ({ text, className: "num", title });

/** A report section with its heading; testid names it for the tests. */
export function section(testid, titleKey) {
  const node = el("section", undefined, "report-section");
  node.dataset.testid = testid;
  node.append(el("h2", t(titleKey)));
  return node;
}

export function note(text, testid, className = "hint") {
  const node = el("p", text, className);
  if (testid) node.dataset.testid = testid;
  return node;
}

