// The page's Web Worker: runs the wasm core on the files it is sent, reports progress.
import createCxsCore from "../dist/pkg/cxsignals_core.mjs";
import wasmBinary from "../dist/pkg/cxsignals_core.wasm"; // bytes, inlined by the bundler
import { createEngine } from "../wasm/js/analyze.js";
import { Msg } from "../wasm/js/messages.js";

// One instance, replaced by a fresh one if an analysis ever traps (createEngine).
// The module is handed its bytes, so it fetches nothing; locateFile only keeps the glue from
// resolving the .wasm's URL against import.meta.url, which an inlined worker does not have.
const engine = createEngine(() => createCxsCore({ wasmBinary, locateFile: (path) => path }));

function failed(error) {
  self.postMessage({ type: Msg.FAILED, code: error?.code ?? "internal", message: String(error?.message ?? error) });
}

self.onmessage = async ({ data: message }) => {
  if (message?.type === Msg.TRAIN) {
    try {
      const model = await engine.trainIntentModelToJson(message.labels, message.options);
      self.postMessage({ type: Msg.MODEL, model });
    } catch (error) {
      failed(error);
    }
    return;
  }
  if (message?.type !== Msg.ANALYZE) return;
  try {
    const text = await engine.analyzeToJson(message.files, {
      ...message.options,
      onProgress: (progress) => self.postMessage({ type: Msg.PROGRESS, ...progress }),
    });
    self.postMessage({ type: Msg.REPORT, report: JSON.parse(text) });
  } catch (error) {
    failed(error);
  }
};
