// The intent signals on the blind intent corpus (tests/data/intents), in `npm test`.
//
// Issue 13's targets (churn_risk precision ≥ 0.90 and recall ≥ 0.85 per language, switching
// ≥ 0.90 / 0.85, expansion ≥ 0.85 / 0.75, benign firing ≤ 3%, severity ≥ 90%) are NOT met on
// the blind `holdout` round (see RESULTS.md). This test is a ratchet on the counts measured
// when the rules were frozen: no count may get worse. Raise a floor when the reader improves;
// never lower one to make a change pass.
//
// History: `test` was the first blind half (frozen at e588e06); its misses were read in the
// second round, so it is a development set now, and `holdout` (tests/data/intents/holdout) is
// the blind one. One `dev` floor was lowered in that round, on purpose: English churn 57 → 55,
// because a comparison with a competitor alone no longer counts as churn (the label definitions
// say a quote or a comparison is low switching, and churn only when the writer says they might
// move); the same change removed false churn on `test` and the holdout.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fire, items, score } from "./score.mjs";

/** Per split and language: [type, tp floor, fp ceiling]; benign firing ceiling. */
const FLOORS = {
  holdout: {
    en: { churn_risk: [60, 9], competitor_switch: [9, 1], expansion: [17, 5], benign: 11 },
    ja: { churn_risk: [70, 28], competitor_switch: [7, 0], expansion: [22, 5], benign: 29 },
  },
  test: {
    en: { churn_risk: [49, 3], competitor_switch: [8, 0], expansion: [18, 3], benign: 6 },
    ja: { churn_risk: [48, 5], competitor_switch: [7, 0], expansion: [12, 1], benign: 5 },
  },
  dev: {
    en: { churn_risk: [55, 2], competitor_switch: [12, 0], expansion: [20, 1], benign: 1 },
    ja: { churn_risk: [49, 3], competitor_switch: [8, 0], expansion: [12, 0], benign: 2 },
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
