// The bad-input corpus (bad_inputs.mjs) through the native CLI, the npm CLI and the npm API:
// every file gives a report (never a crash or a hang), valid against the report schema (so no
// NaN or Infinity reached it), with the hand-counted answers and the expected issues; both
// CLIs print the same bytes; and the API's next analysis on the same instance works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { makeBadInputs } from "./bad_inputs.mjs";
import { assertValidReport } from "../schema/report_schema.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const nativeCli = `${root}/build/native/core/cli/cxsignals`;
const npmBin = `${root}/dist/pkg/cli.js`;
const cases = makeBadInputs(`${tmpdir()}/cxs-bad-inputs-${process.pid}`);

async function cli(command, args) {
  return run(command[0], [...command.slice(1), ...args], { maxBuffer: 256 << 20, cwd: root })
    .then((r) => ({ code: 0, ...r }), (e) => ({ code: e.code ?? e.signal, stdout: e.stdout, stderr: e.stderr }));
}

function checkReport(report, item) {
  assertValidReport(report, item.name);
  const source = report.sources[0];
  assert.equal(source.name, item.name);
  if (item.expect.rows !== undefined) assert.equal(source.rows, item.expect.rows, `${item.name}: rows`);
  if (item.expect.nps_n !== undefined) assert.equal(report.metrics.nps?.n ?? 0, item.expect.nps_n, `${item.name}: NPS answers`);
  const text = JSON.stringify(report);
  for (const absent of item.expect.absent ?? []) assert.ok(!text.includes(absent), `${item.name}: ${absent} in the report`);
  for (const code of item.expect.issues ?? []) {
    assert.ok(report.data_quality.totals.by_code[code] > 0, `${item.name}: ${code} in ${JSON.stringify(report.data_quality.totals.by_code)}`);
  }
}

for (const item of cases) {
  test(`CLIs: ${item.name}`, async () => {
    const args = ["report", "--as-of", "2026-11-25", item.path];
    const [native, wasm] = await Promise.all([cli([nativeCli], args), cli([process.execPath, npmBin], args)]);
    assert.equal(native.code, 0, `native: ${native.stderr}`);
    assert.equal(wasm.code, 0, `npm: ${wasm.stderr}`);
    assert.ok(wasm.stdout === native.stdout, "both CLIs print the same report");
    checkReport(JSON.parse(native.stdout), item);
  });
}

test("API: every bad input gives a report, and the next analysis on the instance works", async () => {
  const { analyze } = await import(`${root}/dist/pkg/index.js`);
  const survey = { name: "survey_bom_crlf.csv", data: await readFile(`${root}/tests/data/surveys/survey_bom_crlf.csv`) };
  for (const item of cases) {
    checkReport(await analyze([{ name: item.name, data: await readFile(item.path) }], { as_of: "2026-11-25" }), item);
    assert.equal((await analyze([survey], { as_of: "2026-11-25" })).metrics.nps.n, 6, `after ${item.name}`);
  }
});
