// auc.mjs against base R (tests/data/auc/make_reference.R): wilcox.test's W / (m n) and
// DeLong's variance by midranks. Run: node --test tests/bench/signals/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { auc, aucDifference } from "./auc.mjs";

const cases = JSON.parse(readFileSync(new URL("../../data/auc/reference.json", import.meta.url)));
const close = (got, want, what) =>
  assert.ok(Math.abs(got - want) <= 1e-12, `${what}: ${got} vs R ${want}`);

for (const c of cases) {
  test(`AUC, DeLong SE and paired difference match R on ${c.name}`, () => {
    const pos = (s) => s.filter((_, i) => c.positive[i]), neg = (s) => s.filter((_, i) => !c.positive[i]);
    const a = auc(pos(c.a), neg(c.a));
    close(a.auc, c.auc_a_wilcox, "AUC vs wilcox.test");
    close(a.se, c.se_a, "DeLong SE");
    close(auc(pos(c.b), neg(c.b)).auc, c.auc_b, "AUC of b");
    const d = aucDifference(c.a, c.b, c.positive);
    close(d.difference, c.difference, "difference");
    close(d.se, c.se_difference, "SE of the difference");
  });
}

test("a score that separates perfectly has AUC 1; a reversed one 0; a constant ½", () => {
  assert.equal(auc([3, 4], [1, 2]).auc, 1);
  assert.equal(auc([1, 2], [3, 4]).auc, 0);
  assert.equal(auc([1, 1], [1, 1]).auc, 0.5);
});
