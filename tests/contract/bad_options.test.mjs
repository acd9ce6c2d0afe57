// The bad-options corpus (bad_options.mjs) through the native CLI, the npm CLI and the npm API:
// each gives the expected exit code and a message that names the place, the two CLIs agree,
// and the next call after a refused one works. The page's worker runs the same table in
// tests/e2e/contract.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { badOptions } from "./bad_options.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const nativeCli = `${root}/build/native/core/cli/cxsignals`;
const npmBin = `${root}/dist/pkg/cli.js`;
const survey = "tests/data/surveys/survey_bom_crlf.csv";
const dir = mkdtempSync(`${tmpdir()}/cxs-bad-options-`);
const flag = { mapping: "--mapping", routes: "--routes", lexicon: "--lexicon", model: "--model" };

async function cli(command, args) {
  const options = { maxBuffer: 64 << 20, cwd: root };
  return run(command[0], [...command.slice(1), ...args], options)
    .then((r) => ({ code: 0, ...r }), (e) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));
}

function cliArgs(item, index) {
  if (item.args) return ["report", "--as-of", "2026-11-25", ...item.args, survey];
  const path = `${dir}/case-${index}.json`;
  writeFileSync(path, item.file.text);
  return ["report", "--as-of", "2026-11-25", flag[item.file.key], path, survey];
}

badOptions.forEach((item, index) => {
  if (!item.args && !item.file) return; // an API-only case
  test(`CLIs: ${item.name}`, async () => {
    const args = cliArgs(item, index);
    const expected = `cxsignals: ${item.expect.replace("{FILE}", `${dir}/case-${index}.json`)}`;
    const [native, wasm] = await Promise.all([cli([nativeCli], args), cli([process.execPath, npmBin], args)]);
    for (const [name, got] of [["native", native], ["npm", wasm]]) {
      assert.equal(got.code, item.exit, `${name} exit code; stderr: ${got.stderr}`);
      assert.equal(got.stdout, "", `${name} printed no report`);
      // exit 70 comes from the analysis: "cxsignals: invalid_options: <message>"
      const line = got.stderr.split("\n")[0].replace("cxsignals: invalid_options: ", "cxsignals: ");
      assert.ok(line.startsWith(expected), `${name}: ${line}\n   expected to start: ${expected}`);
    }
    assert.equal(wasm.stderr, native.stderr, "both CLIs print the same message");
  });
});

test("API: each bad option is a CxsError naming the place, and the next analysis works", async () => {
  const { analyze, CxsError } = await import(`${root}/dist/pkg/index.js`);
  const { readFile } = await import("node:fs/promises");
  const file = { name: "survey_bom_crlf.csv", data: await readFile(`${root}/${survey}`) };
  let tried = 0;
  for (const item of badOptions) {
    let options;
    if (item.options) options = { as_of: "2026-11-25", ...item.options };
    else if (item.file && item.json !== false) options = { as_of: "2026-11-25", [item.file.key]: JSON.parse(item.file.text) };
    else if (item.file && item.name.includes("nested")) options = { as_of: "2026-11-25", [item.file.key]: JSON.parse(item.file.text) };
    else continue;
    // V8's JSON.stringify gives up on 10,000 levels before the core sees them.
    const expect = item.name.includes("nested") ? "options cannot be written as JSON: " : item.apiExpect ?? item.expect;
    await assert.rejects(analyze([file], options), (error) => {
      assert.ok(error instanceof CxsError, `${item.name}: a CxsError, not ${error}`);
      assert.equal(error.code, "invalid_options", item.name);
      assert.ok(error.message.startsWith(expect), `${item.name}: ${error.message}\n   expected to start: ${expect}`);
      return true;
    });
    // The same instance analyses the next good request: hand count of the fixture, 6 answers.
    const report = await analyze([file], { as_of: "2026-11-25" });
    assert.equal(report.metrics.nps.n, 6, `after ${item.name}`);
    tried += 1;
  }
  assert.ok(tried >= 25, `${tried} cases reached the API`);
});
