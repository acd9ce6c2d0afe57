// The schema rejects what the writer must not write: a misspelled enum value, null where a
// number is required (the writer's spelling of NaN), a key the contract does not have. Each
// case breaks one valid report in one place and names the path ajv must report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { cliReport, describeErrors, reportErrors, root } from "./report_schema.mjs";

// The demo set: every section filled (signals, customers with revenue, models, personas).
const valid = JSON.parse(gunzipSync(await readFile(`${root}tests/data/reports/demo-all.json.gz`)).toString("utf8"));

function rejects(name, path, keyword, breakIt) {
  test(name, () => {
    const report = structuredClone(valid);
    breakIt(report);
    const errors = reportErrors(report);
    assert.ok(errors.length > 0, "the broken report validated");
    assert.ok(
      errors.some((e) => e.instancePath === path && e.keyword === keyword),
      `expected ${keyword} at ${path}, got:\n${describeErrors(errors)}`,
    );
  });
}

test("the unbroken report validates", () => assert.deepEqual(reportErrors(valid), []));

const customerWithRevenue = valid.customers.profiles.findIndex((p) => Object.keys(p.revenue).length > 0);

rejects("a signal severity outside its enum", "/signals/0/severity", "enum", (r) => {
  r.signals[0].severity = "urgent";
});
rejects("a signal type outside its enum", "/signals/0/type", "enum", (r) => {
  r.signals[0].type = "churn";
});
rejects("null for the pooled NPS value (how NaN would be written)", "/metrics/nps/value", "type", (r) => {
  r.metrics.nps.value = null;
});
rejects("null for an NPS interval bound", "/metrics/nps/ci95/1", "type", (r) => {
  r.metrics.nps.ci95[1] = null;
});
rejects("null for a signal's score", "/signals/0/score", "type", (r) => {
  r.signals[0].score = null;
});
rejects("null for a customer's revenue in a currency", `/customers/profiles/${customerWithRevenue}/revenue/USD`, "type", (r) => {
  r.customers.profiles[customerWithRevenue].revenue.USD = null;
});
rejects("an unknown top-level key", "", "additionalProperties", (r) => {
  r.summary = {};
});
rejects("a misspelled key inside a signal", "/signals/0", "additionalProperties", (r) => {
  r.signals[0].severty = r.signals[0].severity;
});
rejects("a required key left out", "/sources/0", "required", (r) => {
  delete r.sources[0].kind;
});
rejects("an interval with one bound", "/metrics/nps/ci95", "minItems", (r) => {
  r.metrics.nps.ci95 = [r.metrics.nps.ci95[0]];
});
rejects("a probability above 1", "/sources/0/kind_confidence", "maximum", (r) => {
  r.sources[0].kind_confidence = 1.5;
});
rejects("an as_of that is no calendar date", "/as_of", "format", (r) => {
  r.as_of = "2026-02-30";
});
rejects("an issue code outside its enum, in the totals", "/data_quality/totals/by_code", "propertyNames", (r) => {
  r.data_quality.totals.by_code.bad_row = 1;
});

// An amount too large for a double ("1" and 400 zeros) was read as infinity and written as a
// null revenue where the contract says number; read_amount (row_events.cpp) now refuses
// non-finite amounts as it refuses text.
test("an amount too large for a double does not become a null revenue", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cxs-schema-"));
  try {
    const huge = `1${"0".repeat(400)}`;
    const rows = ["Order ID,Email,Created at,Total,Currency"];
    // More rows than the mapping sample (200), so the Total column is mapped as an amount
    // before the huge value is read.
    for (let i = 1; i <= 210; ++i) rows.push(`${1000 + i},c${i % 40}@example.com,2026-0${(i % 9) + 1}-1${i % 9},${(i % 50) + 5}.50,USD`);
    rows.push(`2001,c1@example.com,2026-05-05,${huge},USD`);
    const file = join(dir, "orders.csv");
    await writeFile(file, rows.join("\n") + "\n");
    const errors = reportErrors(await cliReport([file]));
    assert.deepEqual(errors, [], describeErrors(errors));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
