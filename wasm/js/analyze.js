// The wrapper around the core's Analysis: chunked feeding, progress, errors. No analytics here.

/** Bytes per call into wasm: short repeated calls reach V8's optimised tier (DESIGN.md "Speed"). */
export const CHUNK_BYTES = 4 << 20;

/** An error reply from the core ({"error": {code, message}}), thrown as an Error. */
export class CxsError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "CxsError";
    this.code = code;
  }
}

/** Today's date in UTC as YYYY-MM-DD: the default `as_of` (the core reads no clock). */
export function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

function sizeOf(data) {
  if (data instanceof Uint8Array || data instanceof ArrayBuffer) return data.byteLength;
  if (typeof Blob !== "undefined" && data instanceof Blob) return data.size;
  return undefined; // an async iterable: unknown until read
}

/** Throws a TypeError, before the engine is touched, for a file whose data cannot be read. */
function checkFiles(files) {
  if (!Array.isArray(files)) throw new TypeError("files must be an array of {name, data}");
  for (const file of files) {
    const data = file?.data;
    const readable = data instanceof Uint8Array || data instanceof ArrayBuffer ||
      (typeof Blob !== "undefined" && data instanceof Blob) ||
      (data && typeof data[Symbol.asyncIterator] === "function");
    if (!readable) {
      throw new TypeError(`file ${JSON.stringify(String(file?.name))}: data must be a Uint8Array, ArrayBuffer, Blob or async iterable of bytes`);
    }
  }
}

/** Options as JSON text for the core; options JS cannot write as JSON (a cycle, a BigInt,
 *  nesting past the JS stack) are the caller's error, reported before the engine is touched. */
function optionsText(options) {
  try {
    return JSON.stringify(options);
  } catch (error) {
    throw new CxsError("invalid_options", `options cannot be written as JSON: ${error.message}`);
  }
}

/** Yields `data` as Uint8Array pieces of at most CHUNK_BYTES, without ever joining them. */
async function* chunksOf(data) {
  if (data instanceof ArrayBuffer) data = new Uint8Array(data);
  if (data instanceof Uint8Array) {
    for (let at = 0; at < data.byteLength; at += CHUNK_BYTES) {
      yield data.subarray(at, Math.min(at + CHUNK_BYTES, data.byteLength));
    }
    return;
  }
  if (typeof Blob !== "undefined" && data instanceof Blob) {
    for (let at = 0; at < data.size; at += CHUNK_BYTES) {
      yield new Uint8Array(await data.slice(at, at + CHUNK_BYTES).arrayBuffer());
    }
    return;
  }
  if (data && typeof data[Symbol.asyncIterator] === "function") {
    for await (const piece of data) yield* chunksOf(piece);
    return;
  }
  throw new TypeError("file.data must be a Uint8Array, ArrayBuffer, Blob or async iterable of bytes");
}

/**
 * Runs one analysis on an instantiated core module; resolves to the report as JSON text,
 * exactly as the core (and the native CLI) writes it.
 * @param mod the Embind module (createCxsCore())
 * @param files [{name, data}] with data a Uint8Array, ArrayBuffer, Blob or async iterable
 * @param options report options (as_of, ...) plus onProgress({file, bytes_done, bytes_total})
 */
export async function analyzeToJsonWith(mod, files, options = {}) {
  checkFiles(files);
  const { onProgress, ...coreOptions } = options;
  if (coreOptions.as_of === undefined) coreOptions.as_of = todayUtc();
  const sizes = files.map((file) => sizeOf(file.data));
  const bytesTotal = sizes.every((size) => size !== undefined)
    ? sizes.reduce((sum, size) => sum + size, 0)
    : undefined;
  let bytesDone = 0;
  const analysis = new mod.Analysis(optionsText(coreOptions));
  try {
    for (const file of files) {
      analysis.addSource(String(file.name));
      for await (const chunk of chunksOf(file.data)) {
        // The view is re-made each time: memory growth detaches earlier views.
        analysis.inputBuffer(chunk.byteLength).set(chunk);
        analysis.feed(chunk.byteLength);
        bytesDone += chunk.byteLength;
        onProgress?.({ file: file.name, bytes_done: bytesDone, bytes_total: bytesTotal });
      }
    }
    const text = analysis.finish();
    // An error reply is a small object; a report never starts with {"error".
    if (text.startsWith('{\n  "error"')) {
      const { error } = JSON.parse(text);
      throw new CxsError(error.code, error.message);
    }
    return text;
  } finally {
    try {
      analysis.delete(); // Embind objects are not garbage-collected
    } catch {
      // A trapped instance cannot free anything; the engine drops it whole (createEngine).
    }
  }
}

/**
 * Trains the intent model with a loaded core: `labels` is JSON Lines text (one {"text",
 * "subject"?, "labels"} per line), `options` are analyze()'s. Returns the model's JSON text.
 */
export function trainIntentModelToJsonWith(mod, labels, options = {}) {
  const text = mod.trainIntentModel(labels, optionsText(options));
  // An error reply is a small object; a model never starts with {"error".
  if (text.startsWith('{\n  "error"')) {
    const { error } = JSON.parse(text);
    throw new CxsError(error.code, error.message);
  }
  return text;
}

/**
 * One wasm instance at a time, made by `factory` (createCxsCore) when first needed. If the
 * instance ever fails other than by a CxsError reply (a trap: WebAssembly.RuntimeError, an
 * abort, a C++ exception escaping as a bare thrown value), its memory can no longer be
 * trusted: the engine drops it, throws a CxsError with code "engine_failed", and the next call
 * instantiates a fresh one. Used by the npm package (index.js) and the page's worker.
 */
export function createEngine(factory) {
  let instance;
  const module = () => (instance ??= Promise.resolve().then(factory));
  const guarded = async (work) => {
    const mod = await module();
    try {
      return await work(mod);
    } catch (error) {
      if (error instanceof CxsError || error instanceof TypeError) throw error;
      instance = undefined;
      const what = error instanceof Error ? `${error.name}: ${error.message}` : `a thrown ${typeof error} (${String(error)})`;
      throw new CxsError("engine_failed",
        `The analysis engine stopped (${what}). It has been restarted; the next analysis runs on a fresh instance.`);
    }
  };
  return {
    module,
    analyzeToJson: (files, options) => guarded((mod) => analyzeToJsonWith(mod, files, options)),
    trainIntentModelToJson: (labels, options) => guarded((mod) => trainIntentModelToJsonWith(mod, labels, options)),
  };
}
