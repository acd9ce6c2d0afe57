// The Files section: each file's kind and every column's role as the core detected them, each
// with a select to correct it. Corrections are handed to app.js; nothing is computed here.
import { KINDS, NO_ROLE, ROLES, exportMapping, isUncertain, orderSources, shownRole, uncertainMessages } from "./mapping.js";
import { el, fmt, int, note, t, ui } from "./ui.js";
import { coreText } from "./core_messages.js";

/** The core's sentence in `object[field]`, in the page's language where the core gives its code
 *  (`field_msg`); else as written. */
const prose = (object, field) => coreText(object?.[`${field}_msg`], object?.[field] ?? "", ui.lang);
const issueText = (issue) => prose(issue, "message");

const share = (value) => (value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`);

function select(testid, label, values, current, labelOf, onChange, enabled) {
  const node = el("select");
  node.dataset.testid = testid;
  node.setAttribute("aria-label", label);
  const all = values.includes(current) ? values : [...values, current];
  for (const value of all) {
    const option = el("option", labelOf(value));
    option.value = value;
    node.append(option);
  }
  node.value = current;
  node.disabled = !enabled;
  node.addEventListener("change", () => onChange(node.value));
  return node;
}

function badge(key, testid, className) {
  const node = el("span", t(key), `badge ${className}`);
  node.dataset.testid = testid;
  return node;
}

function sourceRow(report, source, corrected) {
  const row = el("tr");
  row.dataset.testid = "source-row";
  const kind = el("td");
  kind.append(el("span", source.kind));
  if (isUncertain(report, source)) {
    const flag = badge("uncertain", "uncertain-badge", "warn");
    flag.title = uncertainMessages(report, source, issueText).join("\n"); // what the core is unsure of, on hover
    kind.append(" ", flag);
  }
  if (corrected) kind.append(" ", badge("corrected", "corrected-badge", "fixed"));
  const nps = source.metrics.nps;
  const csat = source.metrics.csat;
  row.append(
    el("td", source.name, "file-name"), kind, el("td", source.rows.toLocaleString(), "num"),
    el("td", source.rows_rejected.toLocaleString(), "num"), el("td", source.format),
    el("td", source.bom ? `${source.encoding} (BOM)` : source.encoding),
    el("td", nps ? `${fmt(nps.value)} (${fmt(nps.ci95[0])} – ${fmt(nps.ci95[1])}), n = ${nps.n}` : "—"),
    el("td", csat ? `${fmt(csat.value)}% (${fmt(csat.ci95[0])} – ${fmt(csat.ci95[1])}), n = ${csat.n}` : "—"),
  );
  return row;
}

function kindLine(source, correction, editable, change) {
  const line = el("div", undefined, "kind-line");
  const current = correction?.kind ?? source.kind;
  const label = el("label", undefined, "kind-choice");
  label.append(el("span", t("kind_label")),
    select("kind-select", t("kind_for", { file: source.name }), KINDS, current, (kind) => kind,
      (kind) => change({ kind }), editable));
  const parts = [];
  if (source.kind_confidence !== undefined) parts.push(share(source.kind_confidence));
  if (source.kind_runner_up) parts.push(t("runner_up", { kind: source.kind_runner_up }));
  const confidence = el("span", parts.join(" · "), "confidence");
  confidence.dataset.testid = "kind-confidence";
  line.append(label, confidence);
  if (source.kind_evidence) line.append(el("span", prose(source, "kind_evidence"), "hint evidence-note"));
  if (correction) {
    const reset = el("button", t("reset_file"), "link");
    reset.type = "button";
    reset.dataset.testid = "reset-file";
    reset.disabled = !editable;
    reset.addEventListener("click", () => change({ reset: true }));
    line.append(reset);
  }
  return line;
}

function columnRow(column, correction, source, editable, change) {
  const row = el("tr");
  row.dataset.testid = "column-row";
  row.dataset.header = column.header;
  const role = shownRole(correction, column);
  const evidence = el("td", undefined, "evidence-cell");
  evidence.append(el("div", prose(column, "evidence")));
  const alternatives = (column.alternatives ?? []).filter((a) => a.role !== role);
  if (alternatives.length) {
    evidence.append(el("div", t("alternatives", {
      list: alternatives.map((a) => `${a.role} ${share(a.confidence)}`).join(", "),
    }), "hint"));
  }
  const roleCell = el("td");
  roleCell.append(select("role-select", t("role_for", { column: column.header, file: source.name }),
    [NO_ROLE, ...ROLES], role, (r) => (r === NO_ROLE ? t("role_none") : r),
    (value) => change({ header: column.header, role: value }), editable));
  row.append(el("td", column.header, "column-header"), el("td", column.profile ?? "", "hint"), roleCell,
    el("td", role === NO_ROLE && !column.confidence ? "—" : share(column.confidence), "num"), evidence);
  return row;
}

/** Columns listed per file: a file of 10,000 columns would otherwise hold 10,000 selects. */
export const MAX_COLUMNS = 200;

function columnsTable(source, correction, editable, change) {
  const node = el("table", undefined, "columns");
  node.dataset.testid = "columns";
  const head = el("tr");
  for (const key of ["col_column", "col_values", "col_role", "col_confidence", "col_evidence"]) head.append(el("th", t(key)));
  node.append(el("thead"));
  node.tHead.append(head);
  const body = el("tbody");
  for (const column of source.columns.slice(0, MAX_COLUMNS)) body.append(columnRow(column, correction, source, editable, change));
  node.append(body);
  if (source.columns.length <= MAX_COLUMNS) return node;
  const box = el("div");
  box.append(node, note(t("columns_more", { n: int(source.columns.length - MAX_COLUMNS), max: int(MAX_COLUMNS) }), "columns-more"));
  return box;
}

/** The roles the core gave, as a list: for reports made before every column was listed, and
 *  for the collections inside a JSON file (which the mapping does not reach). */
function roleList(columns, prefix = "") {
  const list = el("ul", undefined, "mapping");
  for (const column of columns) list.append(el("li", `${prefix}${column.header} → ${column.role} (${share(column.confidence)})`));
  return list;
}

function mappingRow(report, source, ctx) {
  const signature = source.header_signature;
  const correction = signature ? ctx.corrections.get(signature) : undefined;
  const editable = ctx.editable && Boolean(signature);
  const change = (what) => ctx.change(signature, what);
  const row = el("tr", undefined, "mapping-row");
  row.dataset.testid = "source-mapping";
  row.dataset.file = source.name;
  const cell = el("td");
  cell.colSpan = 8;
  row.append(cell);
  cell.append(kindLine(source, correction, editable, change));
  for (const message of uncertainMessages(report, source, issueText)) cell.append(note(message, "uncertain-message", "warn"));
  if (Array.isArray(source.columns)) {
    const details = el("details");
    details.dataset.testid = "columns-details";
    const key = signature ?? source.name;
    details.open = ctx.open.get(key) ?? isUncertain(report, source);
    details.addEventListener("toggle", () => ctx.open.set(key, details.open));
    const mapped = source.columns.filter((c) => shownRole(correction, c) !== NO_ROLE).length;
    details.append(el("summary", t("columns_summary", { n: int(source.columns.length), mapped: int(mapped) })),
      columnsTable(source, correction, editable, change));
    cell.append(details);
  } else if (source.mapping?.columns?.length) {
    cell.append(roleList(source.mapping.columns));
  }
  for (const collection of source.collections ?? []) {
    if (collection.mapping?.columns?.length) cell.append(roleList(collection.mapping.columns, `[${collection.name}] `));
  }
  return row;
}

/**
 * The Files section.
 * @param ctx.corrections Map of header signature → correction ({kind?, columns?})
 * @param ctx.editable whether the files can be analysed again (false for a saved report)
 * @param ctx.persistent whether corrections outlive the tab (IndexedDB is available)
 * @param ctx.open Map of file → whether its column list was left open
 * @param ctx.change (signature, {kind} | {header, role} | {reset}) a correction
 * @param ctx.forget () forgets every correction; ctx.download (mapping) saves the --mapping file
 */
export function renderFiles(report, ctx) {
  const node = el("section", undefined, "report-section files");
  node.dataset.testid = "files";
  node.append(el("h2", t("sources_title")));
  const tools = el("div", undefined, "filters");
  const exported = exportMapping(report.sources, ctx.corrections);
  const exportButton = el("button", t("export_mapping"));
  exportButton.type = "button";
  exportButton.dataset.testid = "export-mapping";
  exportButton.disabled = !Object.keys(exported).length;
  exportButton.addEventListener("click", () => ctx.download(exported));
  const forget = el("button", t("forget_corrections", { n: int(ctx.corrections.size) }), "secondary");
  forget.type = "button";
  forget.dataset.testid = "forget-corrections";
  forget.disabled = !ctx.corrections.size;
  forget.addEventListener("click", () => ctx.forget());
  tools.append(exportButton, forget);
  node.append(note(t(ctx.persistent ? "mapping_hint" : "mapping_hint_memory")), tools);
  if (!ctx.editable) node.append(note(t("mapping_needs_files"), "mapping-needs-files"));

  const box = el("div", undefined, "scroll");
  const table = el("table", undefined, "sources");
  table.dataset.testid = "sources";
  const head = el("tr");
  for (const key of ["col_file", "col_kind", "col_rows", "col_rejected", "col_format", "col_encoding", "col_nps", "col_csat"]) {
    head.append(el("th", t(key)));
  }
  table.append(el("thead"));
  table.tHead.append(head);
  const body = el("tbody");
  for (const source of orderSources(report)) {
    const corrected = Boolean(source.header_signature && ctx.corrections.get(source.header_signature));
    body.append(sourceRow(report, source, corrected), mappingRow(report, source, ctx));
  }
  table.append(body);
  box.append(table);
  node.append(box);
  return node;
}
