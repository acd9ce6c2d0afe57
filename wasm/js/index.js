// The npm package entry: analyze(files, options) on this machine, in Node, browsers and workers.
import { createEngine, CxsError, CHUNK_BYTES } from "./analyze.js";

export { CxsError, CHUNK_BYTES };

/** Instantiates the wasm core of this realm. */
async function instantiate() {
  const isNode = typeof process !== "undefined" && process.versions?.node;
  if (isNode) {
    // Node: the CommonJS build with the wasm inlined (see wasm/CMakeLists.txt for why).
    const { createRequire } = await import("node:module");
    return createRequire(import.meta.url)("./cxsignals_core_node.cjs")();
  }
  const { default: createCxsCore } = await import("./cxsignals_core.mjs");
  return createCxsCore();
}

// One instance per realm, replaced if it ever traps (analyze.js: createEngine).
const engine = createEngine(instantiate);

/** The instantiated core module (the same one until an analysis traps). */
export function loadModule() {
  return engine.module();
}

/**
 * Analyses export files on this machine; resolves to a cxsignals.report/1 document.
 * Nothing is sent anywhere: the files are read in chunks and decoded inside the wasm core.
 */
export async function analyze(files, options = {}) {
  return JSON.parse(await engine.analyzeToJson(files, options));
}

/** analyze(), but resolves to the report's JSON text, byte for byte what the native CLI prints. */
export async function analyzeToJson(files, options = {}) {
  return engine.analyzeToJson(files, options);
}

/** The version of the core, as the report's generator.version prints it. */
export async function version() {
  return (await loadModule()).version();
}

/**
 * Trains the intent model (the churn, switching and expansion signals) on labelled texts, on
 * this machine: `labels` is JSON Lines, one {"text", "subject"?, "labels": [...]} per line;
 * `options` are analyze()'s (`competitors` and `lexicon` shape the features, `model` is the
 * model to start from). Resolves to the model, to pass back as analyze()'s `model` option.
 */
export async function trainIntentModel(labels, options = {}) {
  return JSON.parse(await trainIntentModelToJson(labels, options));
}

/** trainIntentModel(), but resolves to the model's JSON text, as `cxsignals train` prints it. */
export async function trainIntentModelToJson(labels, options = {}) {
  return engine.trainIntentModelToJson(labels, options);
}
