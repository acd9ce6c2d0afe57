// The pure parts of the Signals inbox and customer views (web/views/inbox_model.js), the signal
// state store's file format (web/signal_states.js) and the views' string tables, in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  resolveStates, signalKey, evidencePieces, facets, filterFromQuery, filterSignals, groupByType, indexSignals, queryOfFilter, searchCustomers,
  signalsCsv,
} from "../../web/views/inbox_model.js";
import { StatesImportError, parseStatesJson, statesJson } from "../../web/signal_states.js";
import signalStrings from "../../web/views/signals_i18n.js";
import customerStrings from "../../web/views/customers_i18n.js";

const route = (team, owner = null) => ({ team, owner, due_by: "2026-10-02", rule: "default" });
const signal = (id, type, severity, score, extra = {}) => ({
  id, type, severity, score, customer_id: null, segment: null, title: `${type} ${id}`, cause: "c", evidence: [],
  evidence_count: 0, route: route("cx"), detected_at: "2026-09-01", ...extra,
});
// Five signals, counted by hand below.
const report = {
  signals: [
    signal("s-1", "churn_risk", "high", 80, { customer_id: "c-1", route: route("customer_success", "ana@acme.example") }),
    signal("s-2", "competitor", "medium", 60, { customer_id: "c-2", evidence: [{ source: "t.csv", row: 2, record_id: "9", field: "Body",
      text: "We are moving to Orbitly", matched: "moving to", span: [7, 16] }] }),
    signal("s-3", "churn_risk", "low", 95, { customer_id: "c-2" }),
    signal("s-4", "satisfaction_change", "high", 100, { segment: "Country=DE" }),
    signal("s-5", "churn_risk", "high", 80, { customer_id: "c-3", title: "=HYPERLINK(\"http://x\")" }),
  ],
  customers: { profiles: [
    { id: "c-1", keys: ["ana@cedar.example"], emails: ["ana@cedar.example"], names: ["Cedar Foods"] },
    { id: "c-2", keys: ["bo@delta.example", "zendesk:77"], emails: ["bo@delta.example"], names: ["Delta Ltd"] },
    { id: "c-3", keys: ["+81312345678"], emails: [], names: [] },
  ] },
};

test("signals are ordered by score, ties in report order, and grouped by type", () => {
  const index = indexSignals(report);
  assert.deepEqual(index.entries.map((e) => e.signal.id), ["s-4", "s-3", "s-1", "s-5", "s-2"]);
  const groups = groupByType(filterSignals(index, filterFromQuery(null), new Map()));
  assert.deepEqual(groups.map((g) => [g.type, g.signals.map((s) => s.id)]),
    [["satisfaction_change", ["s-4"]], ["churn_risk", ["s-3", "s-1", "s-5"]], ["competitor", ["s-2"]]]);
});

test("each filter and the search narrow the list as counted by hand", () => {
  const index = indexSignals(report);
  const states = new Map([["s-1", { state: "done", note: "", owner: "", updated: "" }],
    ["s-2", { state: "in_progress", note: "", owner: "kim", updated: "" }]]);
  const ids = (query) => filterSignals(index, filterFromQuery(new URLSearchParams(query)), states).map((s) => s.id);
  assert.deepEqual(ids("type=churn_risk"), ["s-3", "s-1", "s-5"]);
  assert.deepEqual(ids("type=churn_risk&severity=high"), ["s-1", "s-5"]);
  assert.deepEqual(ids("team=customer_success"), ["s-1"]);
  assert.deepEqual(ids("owner=ana@acme.example"), ["s-1"]);
  assert.deepEqual(ids("owner=kim"), ["s-2"]); // the owner the user set
  assert.deepEqual(ids("segment=Country%3DDE"), ["s-4"]);
  assert.deepEqual(ids("state=new"), ["s-4", "s-3", "s-5"]);
  assert.deepEqual(ids("state=open"), ["s-4", "s-3", "s-5", "s-2"]);
  assert.deepEqual(ids("state=done"), ["s-1"]);
  assert.deepEqual(ids("q=delta"), ["s-3", "s-2"]); // the customer's name
  assert.deepEqual(ids("q=ORBITLY"), ["s-2"]); // evidence text, any case
  assert.deepEqual(ids("q=bo%40delta.example churn"), ["s-3"]); // every word
  assert.deepEqual(ids("q=nothing-like-this"), []);
  assert.equal(queryOfFilter(filterFromQuery(new URLSearchParams("type=churn_risk&q=a+b&x=1"))), "type=churn_risk&q=a+b");
  const f = facets(index, states);
  assert.deepEqual(f.type, ["churn_risk", "competitor", "satisfaction_change"]);
  assert.deepEqual(f.owner, ["ana@acme.example", "kim"]);
  assert.equal(f.typeCounts.get("churn_risk"), 3);
});

test("evidence: the span marks [start, end) in UTF-16 units, and a bad span falls back to the words", () => {
  assert.deepEqual(evidencePieces("We are moving to Orbitly", [7, 16], "moving to"),
    [{ text: "We are ", mark: false }, { text: "moving to", mark: true }, { text: " Orbitly", mark: false }]);
  // An emoji is two UTF-16 units: "😀" occupies [2, 4), so "解約" starts at 4.
  const text = "あ😀解約したい";
  assert.deepEqual(evidencePieces(text, [4, 6], "解約"),
    [{ text: "あ😀", mark: false }, { text: "解約", mark: true }, { text: "したい", mark: false }]);
  assert.deepEqual(evidencePieces("cancel now", [50, 60], "cancel"), [{ text: "cancel", mark: true }, { text: " now", mark: false }]);
  assert.deepEqual(evidencePieces("NPS 9, then 6", null, null), [{ text: "NPS 9, then 6", mark: false }]);
  assert.deepEqual(evidencePieces("<img src=x>", [0, 4], "<img"), [{ text: "<img", mark: true }, { text: " src=x>", mark: false }]);
});

test("the CSV has one row per piece of evidence, the state beside it, and formulas escaped", () => {
  const index = indexSignals(report);
  const states = new Map([["s-5", { state: "acknowledged", note: "+call them", owner: "kim", updated: "2026-10-01T00:00:00Z" }]]);
  const csv = signalsCsv(filterSignals(index, filterFromQuery(new URLSearchParams("type=churn_risk")), states), index.customers, states);
  const lines = csv.replace(/^\ufeff/, "").trimEnd().split("\r\n");
  assert.equal(lines.length, 4); // header + s-3, s-1, s-5 (none has evidence: one row each)
  const s5 = lines.find((l) => l.startsWith("s-5,"));
  assert.ok(s5.includes(",acknowledged,kim,'+call them,"), s5);
  assert.ok(s5.includes(`"'=HYPERLINK(""http://x"")"`), s5);
});

test("states: kept by signal id, else found by the signal's key (files in another order), the newest first", () => {
  const a = report.signals[1]; // s-2, with evidence from t.csv row 2
  const moved = { ...a, id: "s-2-moved" };
  assert.equal(signalKey(moved), signalKey(a));
  assert.notEqual(signalKey({ ...a, evidence: [{ ...a.evidence[0], row: 3 }] }), signalKey(a));
  const states = new Map([
    ["s-2", { state: "done", note: "", owner: "", updated: "2026-10-01T00:00:00Z", key: signalKey(a) }],
    ["s-old", { state: "acknowledged", note: "", owner: "", updated: "2026-09-01T00:00:00Z", key: signalKey(a) }],
    ["s-3", { state: "in_progress", note: "", owner: "", updated: "" }],
  ]);
  const resolved = resolveStates([moved, report.signals[2], report.signals[3]], states);
  assert.equal(resolved.get("s-2-moved").state, "done"); // by key, the newer of two
  assert.equal(resolved.get("s-3").state, "in_progress"); // by id
  assert.equal(resolved.has("s-4"), false);
  // The id wins over the key.
  assert.equal(resolveStates([{ ...a, id: "s-old" }], states).get("s-old").state, "acknowledged");
});

test("customers are found by e-mail, name, key or id", () => {
  const { profiles } = report.customers;
  assert.deepEqual(searchCustomers(profiles, "").map((p) => p.id), ["c-1", "c-2", "c-3"]);
  assert.deepEqual(searchCustomers(profiles, "BO@DELTA").map((p) => p.id), ["c-2"]);
  assert.deepEqual(searchCustomers(profiles, "cedar foods").map((p) => p.id), ["c-1"]);
  assert.deepEqual(searchCustomers(profiles, "c-3").map((p) => p.id), ["c-3"]);
  assert.deepEqual(searchCustomers(profiles, "zendesk:77").map((p) => p.id), ["c-2"]);
});

test("state files: an export reads back; a bad file is refused whole with the reason", () => {
  const states = new Map([["s-b", { state: "done", note: "called", owner: "", updated: "2026-10-01T00:00:00.000Z" }],
    ["s-a", { state: "not_a_signal", note: "", owner: "kim", updated: "" }]]);
  const text = statesJson(states);
  assert.deepEqual([...parseStatesJson(text)], [...states].sort(([a], [b]) => a.localeCompare(b)));
  const refused = (input, code) => assert.throws(() => parseStatesJson(input),
    (error) => error instanceof StatesImportError && error.code === code, `${code}: ${input}`);
  refused("{not json", "states_error_json");
  refused("[]", "states_error_schema");
  refused(JSON.stringify({ schema: "cxsignals.report/1", states: {} }), "states_error_schema");
  refused(JSON.stringify({ schema: "cxsignals.signal_states/1", states: [] }), "states_error_states");
  refused(JSON.stringify({ schema: "cxsignals.signal_states/1", states: { "s-1": { state: "closed" } } }), "states_error_state");
  refused(JSON.stringify({ schema: "cxsignals.signal_states/1", states: { "s-1": "done" } }), "states_error_record");
  refused(JSON.stringify({ schema: "cxsignals.signal_states/1", states: { "s-1": { state: "done", note: 3 } } }), "states_error_field");
  refused(JSON.stringify({ schema: "cxsignals.signal_states/1", states: { "s-1": { state: "done", note: "x".repeat(4001) } } }), "states_error_long");
  refused(JSON.stringify({ schema: "cxsignals.signal_states/1", states: { "s-1": { state: "done", colour: "red" } } }), "states_error_unknown");
  refused(JSON.stringify({ schema: "cxsignals.signal_states/1", states: { "": { state: "done" } } }), "states_error_id");
  // Missing note and owner read as "".
  assert.deepEqual(parseStatesJson(JSON.stringify({ schema: "cxsignals.signal_states/1", states: { "s-1": { state: "done" } } })).get("s-1"),
    { state: "done", note: "", owner: "", updated: "" });
});

test("the views' strings: the same keys in English and Japanese, every placeholder in both", () => {
  for (const table of [signalStrings, customerStrings]) {
    assert.deepEqual(Object.keys(table.ja).sort(), Object.keys(table.en).sort());
    for (const key of Object.keys(table.en)) {
      const holes = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(holes(table.ja[key]), holes(table.en[key]), key);
    }
  }
  const shared = Object.keys(signalStrings.en).filter((key) => key in customerStrings.en);
  assert.deepEqual(shared, []);
});

test("the views use only keys their tables hold", async () => {
  const { readFile } = await import("node:fs/promises");
  for (const [file, table] of [["signals.js", signalStrings], ["customers.js", customerStrings]]) {
    const source = await readFile(new URL(`../../web/views/${file}`, import.meta.url), "utf8");
    for (const [, key] of source.matchAll(/\bt\("((?:inbox|states|cust)_\w+)"/g)) assert.ok(key in table.en, `${file}: ${key}`);
  }
});
