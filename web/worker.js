// The page's Web Worker: runs the wasm core on the files it is sent, reports progress.
import createCxsCore from "../dist/pkg/cxsignals_core_single.mjs";
import { analyzeWith, trainIntentModelToJsonWith } from "../wasm/js/analyze.js";
import { Msg } from "../wasm/js/messages.js";

let modulePromise;

self.onmessage = async ({ data: message }) => {
  if (message?.type === Msg.TRAIN) {
    try {
      modulePromise ??= createCxsCore();
      const model = trainIntentModelToJsonWith(await modulePromise, message.labels, message.options);
      self.postMessage({ type: Msg.MODEL, model });
    } catch (error) {
      self.postMessage({ type: Msg.FAILED, code: error.code ?? "internal", message: String(error.message ?? error) });
    }
    return;
  }
  if (message?.type !== Msg.ANALYZE) return;
  try {
    modulePromise ??= createCxsCore();
    const report = await analyzeWith(await modulePromise, message.files, {
      ...message.options,
      onProgress: (progress) => self.postMessage({ type: Msg.PROGRESS, ...progress }),
    });
    self.postMessage({ type: Msg.REPORT, report });
  } catch (error) {
    self.postMessage({ type: Msg.FAILED, code: error.code ?? "internal", message: String(error.message ?? error) });
  }
};
