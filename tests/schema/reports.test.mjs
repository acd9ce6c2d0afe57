// Every report the tests make validates against core/data/schemas/report.schema.json: the
// committed golden reports, and fresh ones from the native CLI and the npm package on the demo
// set and on every export of the vendor catalogue. A failure lists each offending path.
import { describe, test } from "node:test";
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { gunzipSync } from "node:zlib";
import { assertValidReport, cliReport, npmReport, root, errorReplyErrors, describeErrors } from "./report_schema.mjs";

const goldenDir = `${root}tests/data/reports/`;
const golden = (await readdir(goldenDir)).filter((name) => name.endsWith(".json.gz")).sort();

const exportFile = /\.(csv|tsv|txt|json|ndjson|mbox|eml)$/;
const demoFiles = (await readdir(`${root}web/demo`)).filter((name) => exportFile.test(name)).sort().map((name) => `web/demo/${name}`);

// As tests/reports/invocations.mjs lists the catalogue: every file in a tool's folder but its
// README and expected.json.
const vendorFiles = [];
for (const tool of (await readdir(`${root}tests/data/vendors`, { withFileTypes: true })).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
  for (const name of (await readdir(`${root}tests/data/vendors/${tool.name}`)).sort()) {
    if (!/^(README\.md|expected\.json)$/.test(name)) vendorFiles.push(`tests/data/vendors/${tool.name}/${name}`);
  }
}

describe("golden reports (tests/data/reports) validate", () => {
  for (const name of golden) {
    test(name, async () => {
      const report = JSON.parse(gunzipSync(await readFile(goldenDir + name)).toString("utf8"));
      assertValidReport(report, name);
    });
  }
});

describe("native CLI reports validate", { concurrency: availableParallelism() }, () => {
  test("the demo set, all files together", async () => assertValidReport(await cliReport(demoFiles), "demo set"));
  for (const file of [...demoFiles, ...vendorFiles]) {
    test(`${file}, alone`, async () => assertValidReport(await cliReport([file]), file));
  }
});

describe("npm package reports validate (analyze())", () => {
  test("the demo set, all files together", async () => assertValidReport(await npmReport(demoFiles), "demo set"));
  test("each demo file alone", async () => {
    for (const file of demoFiles) assertValidReport(await npmReport([file]), file);
  });
  // The catalogue in four runs: every file is read by analyze() once, and the mixed sources
  // fill the customer, retention and model sections that single files leave empty.
  const runs = 4;
  for (let i = 0; i < runs; ++i) {
    const part = vendorFiles.filter((_, index) => index % runs === i);
    test(`vendor catalogue, run ${i + 1} of ${runs} (${part.length} files)`, async () => {
      assertValidReport(await npmReport(part), `vendor run ${i + 1}`);
    });
  }
  test("an error reply instead of a report is the schema's error_reply", async () => {
    const { loadModule } = await import("../../dist/pkg/index.js");
    const analysis = new (await loadModule()).Analysis(JSON.stringify({ as_of: "not a date" }));
    try {
      const reply = JSON.parse(analysis.finish());
      const errors = errorReplyErrors(reply);
      if (errors.length) throw new Error(`${JSON.stringify(reply)} is not an error_reply:\n${describeErrors(errors)}`);
    } finally {
      analysis.delete();
    }
  });
});
