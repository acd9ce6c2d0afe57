// The learning panel (learning.js holds the labels; the Signals view has the Right / Not a signal buttons).
import { el, int, t } from "./ui.js";

function button(text, testid, onClick, disabled = false) {
  const node = el("button", text);
  node.type = "button";
  node.dataset.testid = testid;
  node.disabled = disabled;
  node.addEventListener("click", onClick);
  return node;
}

/**
 * The learning panel: how many labels, whether a model is in use, and the actions (learn,
 * export, import, forget).
 */
export function learningPanel({ labels, model, persistent, busy, message, learn, exportModel, importModel, forget }) {
  const box = el("div");
  box.append(el("h3", t("learning_title")));
  const right = [...labels.values()].filter((l) => l.verdict === "right").length;
  box.append(el("p", labels.size ? t("learning_labels", { n: int(labels.size), right: int(right), wrong: int(labels.size - right) })
    : t("learning_none"), "hint"));
  const status = el("p", model ? t("learning_model", { n: int(model.labels) }) : t("learning_no_model"));
  status.dataset.testid = "learning-status";
  box.append(status);
  if (message) box.append(el("p", message, "hint"));
  if (!persistent) box.append(el("p", t("learning_memory_only"), "hint"));
  const file = el("input");
  file.type = "file";
  file.accept = "application/json,.json";
  file.hidden = true;
  file.dataset.testid = "learning-import-file";
  file.addEventListener("change", () => {
    const [chosen] = file.files;
    file.value = "";
    if (chosen) importModel(chosen);
  });
  const actions = el("div", undefined, "filters");
  actions.append(
    button(t("learning_learn"), "learning-learn", learn, busy || labels.size === 0),
    button(t("learning_export"), "learning-export", exportModel, !model),
    button(t("learning_import"), "learning-import", () => file.click(), busy),
    button(t("learning_forget"), "learning-forget", forget, busy || (!model && labels.size === 0)),
    file,
  );
  box.append(actions);
  return box;
}
