// The vendor catalogue (tests/data/vendors, written blind to the mapping rules) scored in
// `npm test`: every check that passes must keep passing, and the checks that still miss are
// listed by name in known_misses.json, so a fix shows up as a test to update and a
// regression as a failure. `node tests/vendors/score.mjs --split all` prints the shares.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { scoreCatalogue, summarise } from "./score.mjs";

const known = JSON.parse(readFileSync(new URL("known_misses.json", import.meta.url), "utf8")).misses;
const checks = scoreCatalogue({ split: "all" });
const id = (c) => `${c.tool}/${c.file} ${c.what}`;
const misses = checks.filter((c) => !c.ok).map(id);

test("catalogue: every file was scored", () => {
  const files = new Set(checks.map((c) => `${c.tool}/${c.file}`));
  assert.ok(files.size >= 166, `${files.size} files`);
  for (const [cls, s] of summarise(checks)) console.log(`# ${cls}: ${s.ok}/${s.n}`);
});

test("catalogue: nothing that was read right is read wrong now", () => {
  assert.deepEqual(misses.filter((m) => !known.includes(m)), []);
});

test("catalogue: each known miss still misses (remove it from known_misses.json when fixed)", () => {
  assert.deepEqual(known.filter((m) => !misses.includes(m)), []);
});
