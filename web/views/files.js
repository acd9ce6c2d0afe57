// Files & mapping (#/files): each file's kind, encoding, rows and column roles, with the mapping
// editor (files.js draws it; app.js keeps the corrections).
import { renderFiles } from "../files.js";
import { el, note, t } from "../ui.js";

/** @param filesContext () => the ctx renderFiles takes (corrections, editable, change, ...) */
export function createFilesView(filesContext) {
  const root = el("div", undefined, "files-view");
  return {
    root,
    render(report) {
      root.replaceChildren(el("h1", t("view_files")), note(t("view_files_hint")), renderFiles(report, filesContext()));
    },
    route() {},
  };
}
