// The Signals inbox view (#/signals, #/signals/<id>, #/signals?type=...). Stub: the full view
// follows in the next commits.
//
// ctx, as the shell passes it:
//   t(key, values)            UI strings (signals_i18n.js merged into i18n.js's tables)
//   lang()                    "en" | "ja"
//   navigate(hash)            sets location.hash, e.g. navigate("#/customers/c42")
//   coreText(msg, fallback, lang)  web/core_messages.js
//   labels                    the on-device learning hooks, the object app.js today calls
//                             ui.learning, or null when learning is off:
//     labels.verdict(signal, evidence) -> "right" | "wrong" | undefined
//     labels.label(signal, evidence, verdict) -> Promise   (verdict "right" | "wrong"; the same
//                             verdict again takes the label back, as app.js does today)
//   Marking a signal not_a_signal calls labels.label(signal, e, "wrong") for each piece of
//   evidence not already labelled "wrong", when INTENT_OF[signal.type] (learning.js) exists.
export function createSignalsView(ctx) {
  const root = document.createElement("section");
  root.dataset.testid = "view-signals";
  root.className = "view inbox";
  return {
    root,
    render(report) {
      root.textContent = ctx.t("inbox_count", { n: String(report?.signals?.length ?? 0) });
    },
    route(param, query) {
      void param;
      void query;
    },
  };
}
