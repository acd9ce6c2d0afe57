// Runs the JS cases against the built npm package (dist/pkg) under node:test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { npsCases } from "./cases/nps_cases.js";

const data = new URL("../data/surveys/", import.meta.url);
const expected = JSON.parse(await readFile(new URL("expected.json", data), "utf8"));
const runner = {
  load: () => import("../../dist/pkg/index.js"),
  fixture: async (name) => ({ name, data: new Uint8Array(await readFile(new URL(name, data))) }),
  assert,
  expected,
};

for (const [name, body] of Object.entries(npsCases(runner))) test(name, body);

test("the core's version is the package's version (CMake project() and package.json agree)", async () => {
  const pkgJson = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
  const pkg = await runner.load();
  assert.equal(await pkg.version(), pkgJson.version);
});
