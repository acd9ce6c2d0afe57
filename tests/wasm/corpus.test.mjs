// Issue 5's acceptance check: the whole export corpus (tests/data/corpus, written by
// scripts/make-corpus.mjs with its expected values counted by construction) through the
// npm package in one analysis: per-file kind, format, encoding, rows, NPS and CSAT counts,
// invalid cells, and the number of distinct customers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

const dir = new URL("../data/corpus/", import.meta.url);
const expected = JSON.parse(await readFile(new URL("expected.json", dir), "utf8"));
const names = Object.keys(expected.files).sort();
const files = await Promise.all(
  names.map(async (name) => ({ name, data: new Uint8Array(await readFile(new URL(name, dir))) })));
const { analyze } = await import("../../dist/pkg/index.js");
const report = await analyze(files, { as_of: "2026-11-25" });
const byName = new Map(report.sources.map((s) => [s.name, s]));

for (const name of names) {
  const want = expected.files[name];
  test(`corpus: ${name}`, () => {
    const got = byName.get(name);
    assert.equal(got.kind, want.kind, "kind");
    assert.equal(got.format, want.format, "format");
    assert.equal(got.encoding, want.encoding, "encoding");
    const rows = want.kind === "orders" ? got.orders : got.rows;
    assert.equal(rows, want.rows, "rows");
    if (want.nps) {
      assert.ok(got.metrics.nps, "has NPS");
      assert.deepEqual(
        [got.metrics.nps.promoters, got.metrics.nps.passives, got.metrics.nps.detractors],
        [want.nps.promoters, want.nps.passives, want.nps.detractors], "NPS counts");
    } else {
      assert.equal(got.metrics.nps, null, "no NPS");
    }
    if (want.csat) {
      assert.ok(got.metrics.csat, "has CSAT");
      assert.deepEqual([got.metrics.csat.satisfied, got.metrics.csat.n],
        [want.csat.satisfied, want.csat.total], "CSAT counts");
    } else {
      assert.equal(got.metrics.csat, null, "no CSAT");
    }
    const invalid = report.data_quality.issues
      .filter((i) => i.source === name && i.code === "invalid_score").map((i) => i.row);
    assert.deepEqual(invalid, (want.invalid_cells ?? []).map((c) => c.row), "invalid cells");
  });
}

test("corpus: distinct customers across all files", () => {
  // Customers are compared by their global keys (e-mails, international phones, Stripe ids,
  // X handles): tool-scoped ids are named after the tool in the corpus ("hubspot:51120") and
  // after the file in the report, and some tools' ids are keys only on one side.
  const global = (key) => !key.includes(":") || key.startsWith("stripe:") || key.startsWith("twitter:");
  const keysOf = (keys) => keys.filter(global).sort().join(" ");
  const got = report.customers.profiles.map((p) => keysOf(p.keys)).sort();
  const want = expected.customer_keys.map(keysOf).sort();
  const missing = want.filter((k) => !got.includes(k));
  const extra = got.filter((k) => !want.includes(k));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
  assert.equal(report.customers.count, expected.customers);
});
