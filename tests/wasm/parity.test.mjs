// Native CLI and wasm (the npm bin under Node) print byte-identical reports on the same files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const nativeCli = `${root}/build/native/core/cli/cxsignals`;
const npmBin = `${root}/dist/pkg/cli.js`;

async function both(args) {
  const options = { maxBuffer: 64 << 20, cwd: root };
  const [native, wasm] = await Promise.all([
    run(nativeCli, args, options).then((r) => ({ code: 0, ...r }), (e) => e),
    run(process.execPath, [npmBin, ...args], options).then((r) => ({ code: 0, ...r }), (e) => e),
  ]);
  return { native, wasm };
}

const corpora = ["tests/data/surveys", "tests/data/corpus", "tests/data/pipeline", "web/demo"];
const files = [];
for (const dir of corpora) {
  for (const name of (await readdir(`${root}/${dir}`)).sort()) {
    if (/\.(csv|tsv|txt|json|ndjson|mbox|eml)$/.test(name) && name !== "expected.json") files.push(`${dir}/${name}`);
  }
}

for (const file of files) {
  test(`parity: ${file}`, async () => {
    const { native, wasm } = await both(["report", "--as-of", "2026-11-25", file]);
    assert.equal(native.code, 0, native.stderr);
    assert.equal(wasm.stdout, native.stdout);
  });
}

// The vendor catalogue (issue 12): profiles, label scales and kind scores in both builds. The
// wasm side runs in this process through the package's API (what the npm bin calls), so the
// module is instantiated once rather than once per file.
const vendorFiles = [];
for (const tool of (await readdir(`${root}/tests/data/vendors`, { withFileTypes: true })).filter((d) => d.isDirectory())) {
  for (const name of (await readdir(`${root}/tests/data/vendors/${tool.name}`)).sort()) {
    if (!/^(README\.md|expected\.json)$/.test(name)) vendorFiles.push(`tests/data/vendors/${tool.name}/${name}`);
  }
}
test("parity: every file of the vendor catalogue, each analysed alone", async () => {
  const { analyzeToJson } = await import("../../dist/pkg/index.js");
  for (const file of vendorFiles) {
    const native = await run(nativeCli, ["report", "--as-of", "2026-11-25", file], { maxBuffer: 64 << 20, cwd: root });
    const data = new Uint8Array(await readFile(`${root}/${file}`));
    const wasm = await analyzeToJson([{ name: basename(file), data }], { as_of: "2026-11-25" });
    assert.equal(wasm, native.stdout, file);
  }
});

// The models: maximum-likelihood fits, 2F1 series, k-means and Kaplan–Meier must give the
// same bits in both builds.
test("parity: CDNOW orders with a calibration/holdout split", async () => {
  const args = ["report", "--as-of", "1998-06-30", "--calibration-end", "1997-09-30",
    "--horizon-weeks", "39", "tests/data/cdnow/cdnow_orders.csv"];
  const { native, wasm } = await both(args);
  assert.equal(native.code, 0, native.stderr);
  assert.ok(JSON.parse(native.stdout).models.bgnbd.converged);
  assert.equal(wasm.stdout, native.stdout);
});

test("parity: all files in one report", async () => {
  const { native, wasm } = await both(["report", "--as-of", "2026-11-25", ...files]);
  assert.equal(native.code, 0);
  assert.equal(wasm.stdout, native.stdout);
  assert.ok(JSON.parse(native.stdout).sources.length === files.length);
});

test("parity: usage errors, help and unreadable files give the same exit codes and text", async () => {
  for (const args of [[], ["report"], ["report", "--bogus", "x.csv"], ["--help"], ["--version"],
    ["report", "no/such/file.csv"]]) {
    const { native, wasm } = await both(args);
    assert.equal(wasm.code, native.code, `exit code for ${JSON.stringify(args)}`);
    assert.equal(wasm.stdout, native.stdout, `stdout for ${JSON.stringify(args)}`);
    if (args[1] !== "no/such/file.csv") assert.equal(wasm.stderr, native.stderr, `stderr for ${JSON.stringify(args)}`);
  }
});

// The intent model: trained by either build on the same labels, the same bytes; a report with
// it, the same bytes; a bad labels line, the same error.
test("parity: cxsignals train and report --model", async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(`${tmpdir()}/cxs-train-`);
  const dev = readFileSync(`${root}/tests/data/intents/en.jsonl`, "utf8").split("\n").filter(Boolean)
    .map((line) => JSON.parse(line)).filter((item) => item.split === "dev").slice(0, 40);
  writeFileSync(`${dir}/labels.jsonl`, dev.map((i) => JSON.stringify({ subject: i.subject ?? "", text: i.text, labels: i.labels })).join("\n"));
  const trained = await both(["train", "--competitors", "Orbitly,DataNest", `${dir}/labels.jsonl`]);
  assert.equal(trained.native.code, 0, trained.native.stderr);
  assert.equal(trained.wasm.stdout, trained.native.stdout);
  assert.equal(JSON.parse(trained.native.stdout).labels_seen, 40);
  writeFileSync(`${dir}/model.json`, trained.native.stdout);
  const report = await both(["report", "--as-of", "2026-11-25", "--competitors", "Orbitly,DataNest",
    "--model", `${dir}/model.json`, "tests/data/corpus/zendesk_tickets.csv"]);
  assert.equal(report.native.code, 0, report.native.stderr);
  assert.equal(report.wasm.stdout, report.native.stdout);
  writeFileSync(`${dir}/bad.jsonl`, '{"text": "fine", "labels": []}\n{"text": 3}\n');
  const bad = await both(["train", `${dir}/bad.jsonl`]);
  assert.equal(bad.native.code, 70);
  assert.equal(bad.wasm.code, 70);
  assert.equal(bad.wasm.stderr, bad.native.stderr);
  assert.match(bad.native.stderr, /labels line 2/);
});
