// The signal settings that are JSON documents: routing rules (the core's `routes` option) and
// lexicon edits (`lexicon`). Loaded from a file or pasted, checked by the core, kept in memory only.
import { el, t } from "./ui.js";

const EXAMPLES = {
  routes: '{"rules": [{"match": {"type": "churn_risk"}, "team": "customer_success", "owner": "retention@example.com"}]}',
  lexicon: '{"add": {"churn_risk": ["pull the plug"]}, "remove": {"quality_issue": ["error"]}}',
};

/** Per key: the file name, its text, and either the parsed value the core accepted or an error. */
const settings = {
  routes: { name: "", text: "", value: null, error: "", checking: false },
  lexicon: { name: "", text: "", value: null, error: "", checking: false },
};
const nodes = {};
let hooks = { check: async () => null, changed: () => {} };

/** The accepted settings as analysis options ({routes, lexicon}); a rejected one is left out. */
export function settingOptions() {
  const options = {};
  for (const [key, setting] of Object.entries(settings)) if (setting.value) options[key] = setting.value;
  return options;
}

const entries = (group) => (group && typeof group === "object" ? Object.values(group) : []);
const phraseCount = (...groups) => groups.flatMap(entries).reduce((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);

function summary(key, setting) {
  if (setting.checking) return t("setting_checking", { name: setting.name });
  if (!setting.value) return t(key === "routes" ? "routes_none" : "lexicon_none");
  const v = setting.value;
  const counts = key === "routes"
    ? t("routes_count", { n: Array.isArray(v.rules) ? v.rules.length : 0 })
    : t("lexicon_count", { added: phraseCount(v.add, v.add_decoys), removed: phraseCount(v.remove, v.remove_decoys) });
  return `${setting.name} · ${counts}`;
}

/** Redraws what depends on the language or the state (labels with data-i18n are the page's). */
export function renderSettings() {
  for (const [key, setting] of Object.entries(settings)) {
    const n = nodes[key];
    if (!n) continue;
    n.summary.textContent = summary(key, setting);
    n.summary.classList.toggle("on", Boolean(setting.value));
    n.remove.hidden = !setting.value && !setting.error;
    n.error.hidden = !setting.error;
    n.error.textContent = setting.error;
  }
}

/** Parses `text`, has the core check it, and keeps it only if the core accepts it. A rejected
 *  document leaves the setting at the core's defaults, with the core's message shown. */
async function apply(key, name, text) {
  const setting = settings[key];
  Object.assign(setting, { name, text, value: null, error: "", checking: true });
  nodes[key].text.value = text;
  renderSettings();
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    setting.error = t("setting_not_json", { name, message: error.message });
  }
  if (value !== undefined) {
    const failure = await hooks.check(key, value);
    if (failure) setting.error = `${name}: ${failure.message}`;
    else setting.value = value;
  }
  setting.checking = false;
  renderSettings();
  hooks.changed();
}

function clear(key) {
  Object.assign(settings[key], { name: "", text: "", value: null, error: "", checking: false });
  nodes[key].text.value = "";
  renderSettings();
  hooks.changed();
}

function control(key) {
  const box = el("div", undefined, "setting-file");
  box.dataset.testid = `${key}-setting`;
  const label = el("span", undefined, "setting-label");
  label.dataset.i18n = `${key}_label`;
  const pick = el("label", undefined, "button secondary small");
  const pickText = el("span");
  pickText.dataset.i18n = "load_json";
  const input = el("input");
  input.type = "file";
  input.accept = ".json,application/json,text/plain";
  input.dataset.testid = `${key}-input`;
  input.addEventListener("change", async () => {
    const [file] = input.files;
    input.value = "";
    if (file) await apply(key, file.name, await file.text());
  });
  pick.append(pickText, input);
  const summaryNode = el("span", undefined, "setting-summary");
  summaryNode.dataset.testid = `${key}-summary`;
  const remove = el("button", undefined, "link");
  remove.type = "button";
  remove.dataset.i18n = "remove";
  remove.dataset.testid = `${key}-remove`;
  remove.addEventListener("click", () => clear(key));
  const edit = el("details");
  const editSummary = el("summary");
  editSummary.dataset.i18n = "edit_json";
  const text = el("textarea");
  text.rows = 5;
  text.spellcheck = false;
  text.placeholder = EXAMPLES[key];
  text.dataset.testid = `${key}-text`;
  const applyButton = el("button", undefined, "small");
  applyButton.type = "button";
  applyButton.dataset.i18n = "apply";
  applyButton.dataset.testid = `${key}-apply`;
  applyButton.addEventListener("click", () => {
    const base = settings[key].name.replace(/ \(.*\)$/, "");
    apply(key, base ? `${base} (${t("edited")})` : t("pasted"), text.value);
  });
  edit.append(editSummary, text, applyButton);
  const error = el("p", undefined, "setting-error");
  error.setAttribute("role", "alert");
  error.dataset.testid = `${key}-error`;
  box.append(label, pick, summaryNode, remove, edit, error);
  nodes[key] = { summary: summaryNode, remove, error, text };
  return box;
}

/**
 * Builds the two controls into `container`.
 * @param hooks.check (key, value) → null when the core accepts {[key]: value}, else {code, message}
 * @param hooks.changed called after a setting was applied or removed (the page re-runs)
 */
export function mountSettings(container, options) {
  hooks = options;
  container.append(control("routes"), control("lexicon"));
  renderSettings();
}
