// The Signals inbox's pure parts (no DOM): the filter, the groups, the facets, the CSV, the
// marked spans of evidence. The page computes no figure: it picks, counts and orders what the
// report holds.
import { toCsv } from "../csv.js";

export const SEVERITIES = ["high", "medium", "low"];
export const FILTER_KEYS = ["type", "severity", "team", "owner", "segment", "state", "q"];
/** "open" stands for the states still to act on. */
export const OPEN_STATES = ["new", "acknowledged", "in_progress"];

/** The route's query as URLSearchParams: the shell may pass those, a plain object or a string. */
export function asParams(query) {
  if (!query) return new URLSearchParams();
  if (typeof query.get === "function" && typeof query.keys === "function") return query;
  return new URLSearchParams(query);
}

/** A hash part decoded once (the shell may have decoded it already: ids hold no "%"). */
export function decoded(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const emptyFilter = () => Object.fromEntries(FILTER_KEYS.map((key) => [key, ""]));

/** The filter a hash's query asks for (URLSearchParams), unknown keys ignored. */
export function filterFromQuery(query) {
  const filter = emptyFilter();
  for (const key of FILTER_KEYS) filter[key] = query?.get?.(key) ?? "";
  return filter;
}

/** The query string (without "?") of a filter: only the keys set. */
export function queryOfFilter(filter) {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) query.set(key, filter[key]);
  return query.toString();
}

/** The words a search looks in, lower-cased once per report. */
function haystack(signal, customer) {
  const route = signal.route ?? {};
  const parts = [signal.id, signal.type, signal.title, signal.cause, signal.segment, signal.customer_id,
    route.team, route.owner];
  if (customer) parts.push(...(customer.names ?? []), ...(customer.emails ?? []), ...(customer.keys ?? []));
  for (const e of signal.evidence ?? []) parts.push(e.text, e.source, e.record_id);
  return parts.filter((part) => part !== null && part !== undefined && part !== "").join("\n").toLowerCase();
}

/**
 * The report's signals made ready to filter: sorted by score (highest first, ties in report
 * order), each with its search text, and the customers by id.
 */
export function indexSignals(report) {
  const customers = new Map((report?.customers?.profiles ?? []).map((p) => [p.id, p]));
  const signals = (report?.signals ?? []).map((signal, order) => ({ signal, order }));
  signals.sort((a, b) => (b.signal.score ?? 0) - (a.signal.score ?? 0) || a.order - b.order);
  const entries = signals.map(({ signal }) => ({ signal, text: haystack(signal, customers.get(signal.customer_id)) }));
  return { entries, customers, byId: new Map(entries.map((entry) => [entry.signal.id, entry.signal])) };
}

/**
 * A signal's facts as the core forms its id from (type, customer, segment, cause, the first
 * evidence's file and row), with the file's name where the id has the file's index: the same
 * signal from the same files given in another order has another id, but this key.
 */
export function signalKey(signal) {
  const first = signal.evidence?.[0];
  return JSON.stringify([signal.type, signal.customer_id ?? "", signal.segment ?? "", signal.cause ?? "",
    first?.source ?? null, first?.row ?? null]);
}

/**
 * The user's states for this report's signals, by signal id: the record kept under the id, else
 * the newest kept under another id with the same signalKey.
 */
export function resolveStates(signals, states) {
  const byKey = new Map();
  for (const record of states.values()) {
    if (!record.key) continue;
    const known = byKey.get(record.key);
    if (!known || String(record.updated ?? "") > String(known.updated ?? "")) byKey.set(record.key, record);
  }
  const out = new Map();
  for (const signal of signals ?? []) {
    const record = states.get(signal.id) ?? (byKey.size ? byKey.get(signalKey(signal)) : undefined);
    if (record) out.set(signal.id, record);
  }
  return out;
}

/** The state of a signal: the user's, else "new". */
export const stateOf = (states, id) => states?.get(id)?.state ?? "new";

/**
 * The signals the filter lets through, in the index's order (by score). `states` is the Map of
 * the user's states; the owner filter matches the route's owner or the owner the user set.
 */
export function filterSignals(index, filter, states) {
  return filterAndCount(index, filter, states).shown;
}

/**
 * filterSignals in one pass, and beside it how many signals of each type the other filters
 * let through (the counts of the type chips): {shown, typeCounts: Map, others}.
 */
export function filterAndCount(index, filter, states) {
  const words = (filter.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const out = [];
  const typeCounts = new Map();
  let others = 0;
  for (const { signal, text } of index.entries) {
    if (filter.severity && signal.severity !== filter.severity) continue;
    if (filter.team && signal.route?.team !== filter.team) continue;
    if (filter.owner && signal.route?.owner !== filter.owner && states?.get(signal.id)?.owner !== filter.owner) continue;
    if (filter.segment && signal.segment !== filter.segment) continue;
    if (filter.state) {
      const state = stateOf(states, signal.id);
      if (filter.state === "open" ? !OPEN_STATES.includes(state) : state !== filter.state) continue;
    }
    if (words.length && !words.every((word) => text.includes(word))) continue;
    others += 1;
    typeCounts.set(signal.type, (typeCounts.get(signal.type) ?? 0) + 1);
    if (filter.type && signal.type !== filter.type) continue;
    out.push(signal);
  }
  return { shown: out, typeCounts, others };
}

/** The signals grouped by type, each group keeping the score order; groups by their top score. */
export function groupByType(signals) {
  const groups = new Map();
  for (const signal of signals) {
    if (!groups.has(signal.type)) groups.set(signal.type, []);
    groups.get(signal.type).push(signal);
  }
  return [...groups].map(([type, list]) => ({ type, signals: list }));
}

const distinct = (values) => [...new Set(values.filter((v) => v !== null && v !== undefined && v !== ""))].sort();

/** The values each filter can take, from the whole report (and the owners the user set). */
export function facets(index, states) {
  const signals = index.entries.map((entry) => entry.signal);
  const counts = new Map();
  for (const s of signals) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  const userOwners = states ? [...states.values()].map((record) => record.owner) : [];
  return {
    type: [...counts.keys()].sort(),
    typeCounts: counts,
    severity: SEVERITIES.filter((v) => signals.some((s) => s.severity === v)),
    team: distinct(signals.map((s) => s.route?.team)),
    owner: distinct([...signals.map((s) => s.route?.owner), ...userOwners]),
    segment: distinct(signals.map((s) => s.segment)),
  };
}

/**
 * The pieces of an evidence text, each {text, mark}: the matched words marked. The core gives
 * [start, end) in UTF-16 units (JavaScript's string indexes); a span that does not fit the text
 * (an older report, a cut text) falls back to finding `matched`, and to no mark at all.
 */
export function evidencePieces(text, span, matched) {
  const value = text ?? "";
  let range = null;
  if (Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) && Number.isInteger(span[1]) &&
      span[0] >= 0 && span[0] < span[1] && span[1] <= value.length &&
      (!matched || value.slice(span[0], span[1]) === matched || value.slice(span[0], span[1]).toLowerCase() === matched.toLowerCase())) {
    range = span;
  } else if (matched) {
    let at = value.indexOf(matched);
    if (at < 0 && value.toLowerCase().length === value.length) at = value.toLowerCase().indexOf(matched.toLowerCase());
    if (at >= 0) range = [at, at + matched.length];
  }
  if (!range) return [{ text: value, mark: false }];
  return [
    { text: value.slice(0, range[0]), mark: false },
    { text: value.slice(range[0], range[1]), mark: true },
    { text: value.slice(range[1]), mark: false },
  ].filter((piece) => piece.text.length > 0);
}

const SIGNAL_CSV_HEADER = ["id", "type", "severity", "score", "state", "state_owner", "state_note", "state_updated",
  "customer_id", "customer", "segment", "title", "cause", "team", "owner", "due_by", "rule", "detected_at",
  "evidence_count", "source", "row", "record_id", "field", "text", "matched"];

/**
 * One CSV row per piece of evidence (a signal without any still gets one), keys as in the report,
 * with the user's state beside each; formula-looking cells escaped by csv.js.
 */
export function signalsCsv(signals, customers, states) {
  const rows = [SIGNAL_CSV_HEADER];
  for (const s of signals) {
    const route = s.route ?? {};
    const record = states?.get(s.id);
    const customer = s.customer_id ? customers.get(s.customer_id) : null;
    const name = customer ? customer.names?.[0] ?? customer.emails?.[0] ?? customer.keys?.[0] ?? null : null;
    const head = [s.id, s.type, s.severity, s.score, record?.state ?? "new", record?.owner ?? "", record?.note ?? "",
      record?.updated ?? "", s.customer_id, name, s.segment, s.title, s.cause, route.team, route.owner, route.due_by,
      route.rule, s.detected_at, s.evidence_count];
    const evidence = s.evidence?.length ? s.evidence : [{}];
    for (const e of evidence) rows.push([...head, e.source, e.row, e.record_id, e.field, e.text, e.matched]);
  }
  return toCsv(rows);
}

/** The customers made ready to search: each with its id, e-mails, names and keys, lower-cased once. */
export function indexCustomers(profiles) {
  return profiles.map((p) => ({ profile: p, text: [p.id, ...(p.emails ?? []), ...(p.names ?? []), ...(p.keys ?? [])].join("\n").toLowerCase() }));
}

/** Customers whose e-mail, name, key or id holds every word of the query; all when it is empty.
 *  `index` is indexCustomers(profiles), or the profiles themselves. */
export function searchCustomers(index, query) {
  const entries = index.length && !index[0].profile ? indexCustomers(index) : index;
  const words = (query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const out = [];
  for (const { profile, text } of entries) if (words.every((word) => text.includes(word))) out.push(profile);
  return out;
}
