// The intent signals on the blind intent corpus (tests/data/intents), in `npm test`.
//
// Issue 13's targets (churn_risk precision ≥ 0.90 and recall ≥ 0.85 per language, switching
// ≥ 0.90 / 0.85, expansion ≥ 0.85 / 0.75, benign firing ≤ 3%, severity ≥ 90%) are NOT met on
// the `test` half (see RESULTS.md). This test is a ratchet on the counts measured when the
// intent reader's rules were frozen (commit e588e06) and scored on `test` once: no count may
// get worse. Raise a floor when the reader improves; never lower one to make a change pass.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fire, items, score } from "./score.mjs";

/** Per split and language: [type, tp floor, fp ceiling]; benign firing ceiling. */
const FLOORS = {
  test: {
    en: { churn_risk: [38, 16], competitor_switch: [8, 0], expansion: [11, 5], benign: 19 },
    ja: { churn_risk: [40, 20], competitor_switch: [4, 1], expansion: [7, 0], benign: 18 },
  },
  dev: {
    en: { churn_risk: [57, 4], competitor_switch: [12, 0], expansion: [19, 1], benign: 2 },
    ja: { churn_risk: [49, 3], competitor_switch: [8, 0], expansion: [12, 0], benign: 3 },
  },
};

for (const [split, langs] of Object.entries(FLOORS)) {
  for (const [lang, floors] of Object.entries(langs)) {
    test(`intents ${split} ${lang}: no count worse than when the rules were frozen`, () => {
      const list = items({ split, lang });
      const { rows, benign } = score(list, fire(list));
      for (const r of rows) {
        const [tp, fp] = floors[r.type];
        console.log(`# ${split} ${lang} ${r.type}: tp ${r.tp} (floor ${tp}), fp ${r.fp} (ceiling ${fp}), severity ${r.severity_right}/${r.tp}`);
        assert.ok(r.tp >= tp, `${r.type} true positives ${r.tp} < ${tp}`);
        assert.ok(r.fp <= fp, `${r.type} false positives ${r.fp} > ${fp}`);
      }
      assert.ok(benign.fired <= floors.benign, `benign texts firing ${benign.fired} > ${floors.benign}`);
    });
  }
}
