// The intent model's learning curve (issue 13): precision and recall of the churn_risk,
// competitor-switching and expansion signals on the blind `test` half of tests/data/intents
// after the model is trained on 0, 25, 50, 100 and all labelled texts of the `dev` half, drawn
// in a fixed pseudo-random order (as a user would label the texts that reach them), per
// language. 0 labels is the phrase rules alone.
//
//   node tests/bench/intent_learning.mjs [--cli PATH] [--sizes 0,25,50,100,all] [--json]
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { argument } from "../lib/evaluation.mjs";
import { COMPETITORS, fire, items, nativeCli, score } from "../intents/score.mjs";

const cli = argument("--cli", nativeCli);
const sizes = argument("--sizes", "0,25,50,100,all").split(",");
const dir = mkdtempSync(join(tmpdir(), "cxs-learning-"));

/** The dev texts in a fixed shuffled order (Fisher–Yates over a 32-bit LCG, seed 13). */
function shuffled(list) {
  const out = [...list];
  let state = 13;
  for (let i = out.length - 1; i > 0; --i) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Trains a model on `labels` with the CLI; returns its path (null for 0 labels: the rules). */
export function train(labels, name) {
  if (labels.length === 0) return null;
  const labelsPath = join(dir, `${name}.jsonl`);
  writeFileSync(labelsPath, labels.map((item) => JSON.stringify({ subject: item.subject ?? "", text: item.text, labels: item.labels })).join("\n") + "\n");
  const model = execFileSync(cli, ["train", "--competitors", COMPETITORS, labelsPath], { encoding: "utf8", maxBuffer: 1 << 28 });
  const modelPath = join(dir, `${name}.json`);
  writeFileSync(modelPath, model);
  return modelPath;
}

const dev = shuffled(items({ split: "dev" }));
const rows = [];
for (const size of sizes) {
  const n = size === "all" ? dev.length : Number(size);
  const modelPath = train(dev.slice(0, n), `labels-${n}`);
  for (const lang of ["en", "ja"]) {
    const test = items({ split: "test", lang });
    const { rows: types, benign } = score(test, fire(test, cli, modelPath ? ["--model", modelPath] : []));
    rows.push({ labels: n, lang, types, benign });
  }
}
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 1));
} else {
  const f = (x) => (x === null ? "  -  " : x.toFixed(2));
  console.log("| dev labels | lang | churn P | churn R | switching P | switching R | expansion P | expansion R | benign firing |");
  console.log("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const [c, s, e] = r.types;
    console.log(`| ${r.labels} | ${r.lang} | ${f(c.precision)} | ${f(c.recall)} | ${f(s.precision)} | ${f(s.recall)} | ${f(e.precision)} | ${f(e.recall)} | ${r.benign.fired}/${r.benign.n} |`);
  }
}
