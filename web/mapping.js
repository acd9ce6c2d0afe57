// The user's corrections to a file's kind and column roles: how they are kept, sent to the core
// (its `mapping` option) and exported (the CLI's --mapping file). Pure functions, no DOM.

/** File kinds, spelled as the core's SourceKind (core/include/cxs/events.hpp). */
export const KINDS = ["survey_responses", "tickets", "conversations", "orders", "payments", "subscriptions",
  "contacts", "campaign_members", "mentions", "unknown"];

/** Column roles, spelled and ordered as the core's Role (core/include/cxs/column_roles.hpp). */
export const ROLES = ["record_id", "customer_email", "customer_name", "customer_first_name", "customer_last_name",
  "customer_phone", "customer_id", "customer_handle", "agent", "platform", "score_nps", "nps_group", "score_csat",
  "score_ces", "comment", "subject", "body", "part_body", "part_author_type", "submitted_at", "created_at",
  "canceled_at", "ended_at", "responded_at", "order_id", "amount", "currency", "status", "plan", "billing_interval",
  "billing_interval_count", "current_period_end", "cancel_at_period_end", "followers", "campaign", "url", "segment"];

/** A column with no role: the report says "attribute", a mapping file says "ignore". */
export const NO_ROLE = "attribute";
const IGNORE = "ignore";

/** A correction as a mapping entry ({kind?, columns?}); null when it fixes nothing. */
function entry(correction) {
  if (!correction) return null;
  const out = {};
  if (correction.kind) out.kind = correction.kind;
  if (correction.columns && Object.keys(correction.columns).length) out.columns = { ...correction.columns };
  return Object.keys(out).length ? out : null;
}

/**
 * The correction after one change: {kind}, {header, role} (role "attribute" is written
 * "ignore") or {reset: true}. Returns null when nothing is left to correct.
 */
export function withChange(correction, change) {
  if (change.reset) return null;
  const next = { kind: correction?.kind, columns: { ...(correction?.columns ?? {}) } };
  if ("kind" in change) next.kind = change.kind || undefined;
  if ("header" in change) next.columns[change.header] = change.role === NO_ROLE ? IGNORE : change.role;
  return entry(next);
}

/** The role a column's select shows: the user's correction if any, else what the report says. */
export function shownRole(correction, column) {
  const fixed = correction?.columns?.[column.header];
  if (fixed) return fixed === IGNORE ? NO_ROLE : fixed;
  return column.role ?? NO_ROLE;
}

/**
 * Every stored correction as the core's `mapping` option, keyed "sig:<header signature>" so it
 * applies to any file with that header, whatever its name; null when there is none.
 * @param corrections Map of header signature → correction
 */
export function mappingOption(corrections) {
  const option = {};
  for (const [signature, correction] of [...corrections].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const value = entry(correction);
    if (value) option[`sig:${signature}`] = value;
  }
  return Object.keys(option).length ? option : null;
}

/** The corrections that apply to the report's files, keyed by file name: the CLI's --mapping file. */
export function exportMapping(sources, corrections) {
  const out = {};
  for (const source of sources) {
    const value = entry(corrections.get(source.header_signature));
    if (value) out[source.name] = value;
  }
  return out;
}

const UNCERTAIN_CODES = new Set(["uncertain_kind", "uncertain_role"]);

/** The messages of a source's uncertain_kind / uncertain_role issues (they name the alternatives).
 *  They are looked for in `sources[i].issues` when it is a list, else in `data_quality.issues`.
 *  `text` gives an issue's message (the page passes the core's text in its language). */
export function uncertainMessages(report, source, text = (issue) => issue.message) {
  const issues = Array.isArray(source.issues)
    ? source.issues
    : (report.data_quality?.issues ?? []).filter((issue) => issue.source === source.name);
  return [...new Set(issues.filter((issue) => UNCERTAIN_CODES.has(issue.code)).map(text))];
}

/** Whether the core flagged the source's kind or a key role as uncertain. */
export function isUncertain(report, source) {
  return source.uncertain === true || uncertainMessages(report, source).length > 0;
}

/** The sources with the uncertain ones first, each group in the report's order. */
export function orderSources(report) {
  const sources = report.sources ?? [];
  return [...sources.filter((s) => isUncertain(report, s)), ...sources.filter((s) => !isUncertain(report, s))];
}
