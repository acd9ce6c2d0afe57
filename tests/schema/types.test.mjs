// The package's types (dist/pkg/index.d.ts, generated from the schemas) under strict tsc: a
// realistic consumer type-checks, and misuse.ts fails on exactly its marked lines. Both import
// "cxsignals", which resolves to the built package through package.json's exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { root } from "./report_schema.mjs";

const run = promisify(execFile);
const tsc = `${root}node_modules/.bin/tsc`;

async function typeCheck(project) {
  try {
    await run(tsc, ["-p", `tests/schema/${project}`], { cwd: root });
    return { code: 0, output: "" };
  } catch (error) {
    return { code: error.code, output: error.stdout + error.stderr };
  }
}

test("example.ts, a consumer of every report section, type-checks under strict", async () => {
  const { code, output } = await typeCheck("tsconfig.json");
  assert.equal(code, 0, output);
});

test("misuse.ts fails to type-check on each marked line and no other", async () => {
  const source = await readFile(`${root}tests/schema/misuse.ts`, "utf8");
  const marked = source.split("\n").flatMap((line, i) => (/\/\/ expect-error/.test(line) ? [i + 1] : []));
  const { code, output } = await typeCheck("tsconfig.misuse.json");
  assert.notEqual(code, 0, "tsc accepted misuse.ts");
  const failed = [...new Set([...output.matchAll(/misuse\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1])))];
  assert.deepEqual(failed, marked, output);
});
