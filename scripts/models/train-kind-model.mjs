// Fits the source-kind model (core/data/models/source_kind.json) on labelled exports and
// reports how well it does on vendors it was not fitted on.
//
//   node scripts/models/train-kind-model.mjs [--cli PATH] [--cache FILE] [--dry-run]
//
// The model is multinomial logistic regression over the evidence features of
// core/src/mapping/source_kind.cpp (role confidences, collection names, record types, header
// vocabularies, id prefixes), which the CLI reports per source as `kind_features`. The
// weights are penalised towards the hand-set prior of the same file, scaled by a fitted
// factor s:  loss = mean(−log p(kind | x)) + λ/2 ‖W − s·W₀‖² + λ/2 ‖b‖²
// (ridge towards a prior mean: the MAP estimate under W ~ N(s·W₀, 1/λ); Bishop, Pattern
// Recognition and Machine Learning, 2006, §4.3.4 for the softmax gradient), so a weight moves
// from its hand value only as far as the labelled files pull it.
//
// Data: the files of tests/data/vendors whose split the model file lists in
// `training_splits` (kind from its expected.json; a new blind split is not trained on until
// it has been scored and added to that list), and the generated corpus (tests/data/corpus/expected.json). Header words are
// features too, when at least three training vendors use them. Whether to use them, and λ,
// are chosen by vendor-grouped 10-fold accuracy (all files of one vendor, e.g. every Stripe
// export, held out together), printed beside the prior's; the chosen fit is written to the
// model file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { analyse, catalogue, nativeCli, tools } from "../../tests/vendors/score.mjs";
import { argument, wilson } from "../../tests/lib/evaluation.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const modelPath = join(root, "core", "data", "models", "source_kind.json");
const cli = argument("--cli") ?? nativeCli;
const model = JSON.parse(readFileSync(modelPath, "utf8"));
const splits = model.training_splits;
const kinds = model.kinds;
const K = kinds.length;

/** Labelled files with their features: {group, name, kind, x: Map(feature → value)}. */
function labelledFiles() {
  const out = [];
  for (const tool of tools("all")) {
    if (!splits.includes(tool.expected.split)) continue;
    // One vendor, one group: "Stripe (Sigma)" and "Stripe" exports are held out together.
    const group = tool.expected.tool.split(/[\s(/]/)[0].toLowerCase();
    for (const [file, want] of Object.entries(tool.expected.files)) {
      const report = analyse(cli, join(catalogue, tool.slug, file), tool.expected.company_domains);
      out.push({ group, name: `${tool.slug}/${file}`, kind: want.kind, x: report.sources[0].kind_features });
    }
  }
  const corpus = join(root, "tests", "data", "corpus");
  const expected = JSON.parse(readFileSync(join(corpus, "expected.json"), "utf8"));
  for (const [file, want] of Object.entries(expected.files)) {
    if (/\.(mbox|eml)$/.test(file)) continue; // mail is a kind by format, not weighed
    const report = analyse(cli, join(corpus, file), [expected.company.domain]);
    out.push({ group: "corpus:" + file.split(/[_.]/)[0], name: `corpus/${file}`, kind: want.kind, x: report.sources[0].kind_features });
  }
  return out;
}

// --cache FILE keeps the files' features between runs (analysing them takes most of a minute).
const cache = argument("--cache");
const files = cache && existsSync(cache) ? JSON.parse(readFileSync(cache, "utf8")) : labelledFiles();
if (cache) writeFileSync(cache, JSON.stringify(files));
const kindIndex = new Map(kinds.map((k, i) => [k, i]));
for (const f of files) if (!kindIndex.has(f.kind)) throw new Error(`${f.name}: kind ${f.kind} is not a model kind`);

/**
 * The design of one fit: the features it weighs (every non-word feature; a header word only
 * when files of at least `minVendors` of the training vendors use it, so that no word
 * particular to one tool is learnt), the prior as a flat F × K array, and sparse samples.
 */
function design(train, minVendors = 3) {
  const vendorsOf = new Map();
  for (const f of train)
    for (const name of Object.keys(f.x)) {
      if (!vendorsOf.has(name)) vendorsOf.set(name, new Set());
      vendorsOf.get(name).add(f.group);
    }
  const names = new Set(Object.keys(model.prior));
  for (const [name, vendors] of vendorsOf) if (!name.startsWith("word:") || vendors.size >= minVendors) names.add(name);
  const features = [...names].sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const prior = new Float64Array(features.length * K);
  for (const [feature, perKind] of Object.entries(model.prior))
    for (const [kind, w] of Object.entries(perKind)) prior[index.get(feature) * K + kindIndex.get(kind)] = w;
  return { features, index, prior };
}

/** A file as the design sees it: the indices and values of its known features. */
function encode(d, f) {
  const idx = [], val = [];
  for (const [name, v] of Object.entries(f.x)) if (d.index.has(name)) { idx.push(d.index.get(name)); val.push(v); }
  return { idx, val, y: kindIndex.get(f.kind) };
}

function logits(W, b, s) {
  const z = Float64Array.from(b);
  for (let j = 0; j < s.idx.length; ++j) for (let k = 0; k < K; ++k) z[k] += W[s.idx[j] * K + k] * s.val[j];
  return z;
}
function argmax(z) {
  let best = 0;
  for (let k = 1; k < z.length; ++k) if (z[k] > z[best]) best = k;
  return best;
}

/** Adam on the penalised loss; returns {W, b, scale}. */
function fit(d, train, lambda, iterations = 800) {
  const F = d.features.length, prior = d.prior;
  const W = Float64Array.from(prior);
  const b = new Float64Array(K);
  let scale = 1;
  const mW = new Float64Array(F * K), vW = new Float64Array(F * K);
  const mb = new Float64Array(K), vb = new Float64Array(K);
  let ms = 0, vs = 0;
  const rate = 0.05, beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  const gW = new Float64Array(F * K), gb = new Float64Array(K);
  for (let t = 1; t <= iterations; ++t) {
    gW.fill(0);
    gb.fill(0);
    for (const s of train) {
      const z = logits(W, b, s);
      const top = z[argmax(z)];
      let sum = 0;
      for (let k = 0; k < K; ++k) sum += (z[k] = Math.exp(z[k] - top));
      for (let k = 0; k < K; ++k) {
        const g = (z[k] / sum - (k === s.y ? 1 : 0)) / train.length;
        gb[k] += g;
        for (let j = 0; j < s.idx.length; ++j) gW[s.idx[j] * K + k] += g * s.val[j];
      }
    }
    let gs = 0;
    for (let i = 0; i < F * K; ++i) {
      const diff = W[i] - scale * prior[i];
      gW[i] += lambda * diff;
      gs -= lambda * diff * prior[i];
    }
    for (let k = 0; k < K; ++k) gb[k] += lambda * b[k];
    const c1 = 1 - beta1 ** t, c2 = 1 - beta2 ** t;
    for (let i = 0; i < F * K; ++i) {
      mW[i] = beta1 * mW[i] + (1 - beta1) * gW[i];
      vW[i] = beta2 * vW[i] + (1 - beta2) * gW[i] ** 2;
      W[i] -= (rate * mW[i]) / c1 / (Math.sqrt(vW[i] / c2) + eps);
    }
    for (let k = 0; k < K; ++k) {
      mb[k] = beta1 * mb[k] + (1 - beta1) * gb[k];
      vb[k] = beta2 * vb[k] + (1 - beta2) * gb[k] ** 2;
      b[k] -= (rate * mb[k]) / c1 / (Math.sqrt(vb[k] / c2) + eps);
    }
    ms = beta1 * ms + (1 - beta1) * gs;
    vs = beta2 * vs + (1 - beta2) * gs ** 2;
    scale -= (rate * ms) / c1 / (Math.sqrt(vs / c2) + eps);
  }
  return { W, b, scale };
}

/**
 * Grouped 10-fold cross-validation: vendors are dealt to ten folds in name order, and each
 * fold's files are predicted by a fit (vocabulary included) on the other nine.
 */
function crossValidate(lambda, useWords) {
  const groups = [...new Set(files.map((f) => f.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % 10]));
  const wrong = [];
  let right = 0;
  for (let fold = 0; fold < 10; ++fold) {
    const train = files.filter((f) => foldOf.get(f.group) !== fold);
    const held = files.filter((f) => foldOf.get(f.group) === fold);
    const d = design(train, useWords ? 3 : Infinity);
    const m = fit(d, train.map((f) => encode(d, f)), lambda);
    for (const f of held) {
      const k = argmax(logits(m.W, m.b, encode(d, f)));
      if (k === kindIndex.get(f.kind)) right += 1;
      else wrong.push(`${f.name}: ${kinds[k]} (is ${f.kind})`);
    }
  }
  return { right, n: files.length, wrong };
}

const share = (r, n) => { const [lo, hi] = wilson(r, n); return `${r}/${n} = ${(r / n).toFixed(3)} [${lo.toFixed(2)}, ${hi.toFixed(2)}]`; };
const everything = design(files);
const priorRight = files.filter((f) => argmax(logits(everything.prior, new Float64Array(K), encode(everything, f))) === kindIndex.get(f.kind)).length;
console.log(`${files.length} labelled files, ${new Set(files.map((f) => f.group)).size} vendors, ${everything.features.length} features; splits: ${splits.join(", ")} and the corpus`);
console.log(`prior alone (hand weights, in-sample):  ${share(priorRight, files.length)}`);
let best = null;
for (const useWords of [false, true]) {
  for (const lambda of [0.1, 0.03, 0.01, 0.003]) {
    const cv = crossValidate(lambda, useWords);
    console.log(`${useWords ? "with" : "without"} header words, λ = ${lambda}: vendor-grouped 10-fold ${share(cv.right, cv.n)}`);
    if (!best || cv.right > best.cv.right) best = { lambda, useWords, cv };
  }
}
console.log(`chosen: ${best.useWords ? "with" : "without"} header words, λ = ${best.lambda}; files still wrong when their vendor is held out:`);
for (const w of best.cv.wrong) console.log(`  ${w}`);

const d = design(files, best.useWords ? 3 : Infinity);
const final = fit(d, files.map((f) => encode(d, f)), best.lambda);
const fittedRight = files.filter((f) => argmax(logits(final.W, final.b, encode(d, f))) === kindIndex.get(f.kind)).length;
console.log(`final fit, in-sample: ${share(fittedRight, files.length)}; prior scale s = ${final.scale.toFixed(3)}`);

const round = (v) => Math.round(v * 1e4) / 1e4;
const weights = {};
d.features.forEach((feature, f) => {
  const row = {};
  for (let k = 0; k < K; ++k) if (round(final.W[f * K + k]) !== 0) row[kinds[k]] = round(final.W[f * K + k]);
  if (Object.keys(row).length) weights[feature] = row;
});
const out = {
  ...model,
  bias: Object.fromEntries(kinds.map((k, i) => [k, round(final.b[i])])),
  weights,
  training: {
    script: "scripts/models/train-kind-model.mjs",
    files: files.length,
    vendors: new Set(files.map((f) => f.group)).size,
    header_words: best.useWords,
    lambda: best.lambda,
    prior_scale: round(final.scale),
    prior_in_sample: `${priorRight}/${files.length}`,
    vendor_grouped_10_fold: `${best.cv.right}/${best.cv.n}`,
  },
};
if (process.argv.includes("--dry-run")) process.exit(0);
writeFileSync(modelPath, JSON.stringify(out, null, 1) + "\n");
console.log(`wrote ${modelPath.slice(root.length + 1)}`);
