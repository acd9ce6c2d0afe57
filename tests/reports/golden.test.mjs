// Every committed report (tests/data/reports/, written by make-golden.mjs) is printed again byte
// for byte by the native CLI. The parity test holds the wasm build to the native bytes, so both
// builds are held here. A difference names the first differing line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import { goldenDir, invocations, root } from "./invocations.mjs";

const run = promisify(execFile);
const cli = join(root, "build/native/core/cli/cxsignals");

function firstDifference(expected, actual) {
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); ++i) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  golden: ${a[i]?.slice(0, 300)}\n  now:    ${b[i]?.slice(0, 300)}`;
  }
  return "";
}

for (const { name, args } of await invocations()) {
  test(`report unchanged: ${name}`, async () => {
    const expected = gunzipSync(await readFile(join(goldenDir, `${name}.json.gz`))).toString("utf8");
    const { stdout } = await run(cli, args, { cwd: root, maxBuffer: 256 << 20 });
    if (stdout !== expected) assert.fail(`${name} differs from the committed report, ${firstDifference(expected, stdout)}`);
  });
}
