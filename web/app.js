// The page: picks files, hands them to the worker, and shows the report in seven views reached
// by URL hash. It computes nothing: each view renders what the report holds.
import { Msg } from "../wasm/js/messages.js";
import { el, saveFile, t, ui } from "./ui.js";
import { mountSettings, renderSettings, settingOptions } from "./settings.js";
import { mappingOption, withChange } from "./mapping.js";
import { clearAll, openCorrections, openStore } from "./store.js";
import { labelKey, labelRecord, labelsJsonl } from "./learning.js";
import { learningPanel } from "./learning_view.js";
import { coreText } from "./core_messages.js";
import { demoFiles } from "./demo/manifest.js";
import { VIEWS, parseHash } from "./shell/router.js";
import { createOverviewView } from "./views/overview.js";
import { createSignalsView } from "./views/signals.js";
import { createCustomersView } from "./views/customers.js";
import { createSatisfactionView } from "./views/satisfaction.js";
import { createRetentionView } from "./views/retention.js";
import { createFilesView } from "./views/files.js";
import { createQualityView } from "./views/quality.js";

/* global __WORKER_SOURCE__ */
// The worker is built from a Blob of inlined source: Chromium refuses new Worker("x.js") on
// file:// pages, and a Blob worker inherits this page's CSP (connect-src 'none').
const worker = new Worker(URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: "text/javascript" })));

const $ = (selector) => document.querySelector(selector);
const state = {
  report: null,
  files: null, // the files of the last analysis, analysed again when a setting changes
  generation: 0, // the latest analysis; an older one that finishes later is not shown
  options: "", // the options of the latest analysis, as JSON text
  status: "",
  corrections: new Map(), // header signature → the user's {kind?, columns?} for files with that header
  store: null, // where the corrections are kept (IndexedDB), set once opened
  open: new Map(), // file → whether its column list was left open, kept across re-renders
  labels: new Map(), // label key → the user's verdict on a signal's evidence (learning.js)
  labelStore: null,
  model: null, // {json, labels}: the intent model learnt here, passed to the core as `model`
  modelStore: null,
  learning: { busy: false, message: "" },
  prefs: null, // where the theme and language chosen are kept (IndexedDB), set once opened
};

// Corrections from earlier visits are read before the first analysis, so they apply to it.
const correctionsReady = openCorrections().then(async (store) => {
  state.store = store;
  try {
    state.corrections = await store.all();
  } catch {
    state.corrections = new Map();
  }
});

function applyLanguage() {
  document.documentElement.lang = ui.lang;
  $("#lang").value = ui.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  if (state.status) $("#status").textContent = t(state.status);
  renderSettings();
  renderLearning();
  // Every view is drawn again in the new language, the one on screen now, the others when shown.
  rendered.clear();
  showRoute();
}

function setStatus(key, detail) {
  state.status = key;
  $("#status").textContent = detail ? `${t(key)}: ${detail}` : t(key);
  $("#status").dataset.state = key;
}

/** One progress bar per file; returns the rows, by file name, for onProgress. */
function showProgress(files) {
  const list = $("#progress");
  list.replaceChildren();
  const rows = new Map();
  for (const file of files) {
    const row = el("li");
    const bar = el("progress");
    bar.max = file.size || 1;
    bar.value = 0;
    row.append(el("span", file.name), bar, el("span", "0%", "pct"));
    row.dataset.testid = "file-progress";
    list.append(row);
    rows.set(file.name, { bar, pct: row.lastChild, size: file.size, start: 0 });
  }
  let offset = 0;
  for (const file of files) {
    rows.get(file.name).start = offset;
    offset += file.size;
  }
  return rows;
}

function onProgress(rows, { file, bytes_done }) {
  $("#progress").hidden = false;
  const row = rows.get(file);
  if (!row) return;
  const done = Math.min(row.size, bytes_done - row.start);
  row.bar.value = done;
  row.pct.textContent = `${Math.round((100 * done) / (row.size || 1))}%`;
}

// The worker's replies carry no request id, so requests take turns: one at a time, in order.
let queue = Promise.resolve();
let pending = null;

/** Posts `message` to the worker; resolves to its reply, rejects with {code, message}. */
function runWorker(message, progress) {
  const job = queue.then(() => new Promise((resolve, reject) => {
    pending = { resolve, reject, progress };
    worker.postMessage(message);
  }));
  queue = job.catch(() => {});
  return job;
}

/** Runs the core in the worker; resolves to the report, rejects with {code, message}. */
const runCore = (files, options, progress) => runWorker({ type: Msg.ANALYZE, files, options }, progress);

/** The first lines of each demo file: enough rows to run every stage of the core once. */
function warmupFiles() {
  return demoFiles.map(({ name, data }) => {
    let end = 0;
    for (let lines = 0; end < data.length && lines < 400; end++) if (data[end] === 10) lines++;
    return { name, data: data.slice(0, end), size: end };
  });
}

// The core (several MB of wasm) is compiled on its first use: an analysis of no files now, while
// the reader looks at the welcome screen, so the first real analysis does not wait for it.
runCore(warmupFiles(), {}).catch(() => {}); // as of today, as the demo: every model is fitted

/** Trains the intent model in the worker; resolves to the model's JSON text. */
const runTrain = (labels, options) => runWorker({ type: Msg.TRAIN, labels, options });

worker.onmessage = ({ data: message }) => {
  const request = pending;
  if (!request) return;
  if (message.type === Msg.PROGRESS) request.progress?.(message);
  if ([Msg.REPORT, Msg.MODEL, Msg.FAILED].includes(message.type)) pending = null;
  if (message.type === Msg.REPORT) request.resolve(message.report);
  if (message.type === Msg.MODEL) request.resolve(message.model);
  if (message.type === Msg.FAILED) request.reject(message);
};

/** The comma-separated list settings, each passed as the core option of the same name. */
const listSettings = ["competitors", "company_domains", "own_accounts"];

/** The settings as the core's options: the list settings and the accepted JSON settings. */
function analysisOptions() {
  const options = {};
  for (const key of listSettings) {
    const list = $(`#${key}`).value.split(",").map((item) => item.trim()).filter(Boolean);
    if (list.length) options[key] = list;
  }
  // The report's date: empty means today (UTC), as the package decides.
  if ($("#as_of").value) options.as_of = $("#as_of").value;
  // Every remembered correction, keyed by header signature: the core applies each to the files
  // whose header matches, whatever their names.
  const mapping = mappingOption(state.corrections);
  if (mapping) options.mapping = mapping;
  // The intent model learnt here from the user's labels, if any.
  if (state.model) options.model = JSON.parse(state.model.json);
  return { ...options, ...settingOptions() };
}

async function analyse(files) {
  if (!files.length) return;
  state.files = files;
  const generation = ++state.generation;
  performance.mark("cxs:analyse");
  await correctionsReady;
  await learningReady;
  if (generation !== state.generation) return;
  const rows = showProgress(files.map((f) => ({ name: f.name, size: f.size ?? f.data.byteLength })));
  setStatus("analysing");
  const options = analysisOptions();
  state.options = JSON.stringify(options);
  try {
    const report = await runCore(files, options, (message) => onProgress(rows, message));
    if (generation !== state.generation) return;
    for (const row of rows.values()) {
      row.bar.value = row.bar.max;
      row.pct.textContent = "100%";
    }
    performance.mark("cxs:report"); // the core's part ends here, the page's begins (see README: speed)
    setStatus("done");
    showReport(report);
    performance.mark("cxs:shown");
  } catch (failure) {
    if (generation === state.generation) setStatus("failed", `${failure.code}: ${failure.message}`);
  }
}

// A routing-rules or lexicon document is checked by the core itself (an analysis of no files),
// so its message names the bad rule or phrase; the page only shows it.
mountSettings($("#signal-settings"), {
  check: async (key, value) => {
    const { routes, lexicon, as_of, mapping, ...lists } = analysisOptions();
    try {
      await runCore([], { ...lists, [key]: value });
      return null;
    } catch (failure) {
      return failure;
    }
  },
  changed: reanalyse,
});
for (const key of [...listSettings, "as_of"]) $(`#${key}`).addEventListener("change", reanalyse);

/** Analyses the same files again when the options differ from those of the last analysis. */
function reanalyse() {
  if (state.files && JSON.stringify(analysisOptions()) !== state.options) analyse(state.files);
}

/** Keeps one correction (or drops a file's), shows it at once, and analyses the files again. */
async function correct(signature, change) {
  const next = withChange(state.corrections.get(signature), change);
  if (next) state.corrections.set(signature, next);
  else state.corrections.delete(signature);
  redraw("files");
  try {
    await (next ? state.store.put(signature, next) : state.store.remove(signature));
  } catch {
    // Not remembered after this tab; the analysis below still uses it.
  }
  reanalyse();
}

async function forgetCorrections() {
  state.corrections = new Map();
  redraw("files");
  try {
    await state.store.clear();
  } catch {
    // Nothing was kept.
  }
  reanalyse();
}

// ---- Learning from the user's labels (learning.js; the core trains, the page keeps) ----------

const learningReady = Promise.all([openStore("labels"), openStore("models")]).then(async ([labels, models]) => {
  state.labelStore = labels;
  state.modelStore = models;
  state.labels = await labels.all();
  state.model = (await models.all()).get("intent") ?? null;
}).catch(() => {}).finally(() => renderLearning());

function renderLearning() {
  $("#learning").replaceChildren(learningPanel({
    labels: state.labels,
    model: state.model,
    persistent: (state.labelStore?.persistent ?? false) && (state.modelStore?.persistent ?? false),
    busy: state.learning.busy,
    message: state.learning.message,
    learn: learnFromLabels,
    exportModel: () => saveFile("cxsignals-intent-model.json", state.model.json + "\n", "application/json"),
    importModel,
    forget: forgetLearning,
  }));
}

/** The learning hooks the signal views use ("Not a signal" records a label through them). */
const learningHooks = {
  verdict: (signal, evidence) => state.labels.get(labelKey(signal, evidence))?.verdict,
  async label(signal, evidence, verdict) {
    const key = labelKey(signal, evidence);
    // The same choice again takes the label back.
    if (state.labels.get(key)?.verdict === verdict) {
      state.labels.delete(key);
      await state.labelStore?.remove(key);
    } else {
      const record = labelRecord(signal, evidence, verdict);
      state.labels.set(key, record);
      await state.labelStore?.put(key, record);
    }
    renderLearning();
  },
};

/** The options the model is trained with: the analysis's, without a model (it starts afresh). */
function trainingOptions() {
  const { model, mapping, routes, ...options } = analysisOptions();
  return options;
}

async function useModel(json, labels) {
  state.model = { json, labels };
  await state.modelStore?.put("intent", state.model);
}

async function learnFromLabels() {
  state.learning = { busy: true, message: "" };
  renderLearning();
  try {
    await useModel(await runTrain(labelsJsonl(state.labels), trainingOptions()), state.labels.size);
    state.learning = { busy: false, message: t("learning_done") };
    renderLearning();
    reanalyse();
  } catch (failure) {
    state.learning = { busy: false, message: t("learning_failed", { message: `${failure.code}: ${failure.message}` }) };
    renderLearning();
  }
}

/** A model file from elsewhere (another browser, the CLI's `train`): the core checks it first. */
async function importModel(file) {
  try {
    const json = await file.text();
    const model = JSON.parse(json);
    await runCore([], { ...trainingOptions(), model });
    await useModel(JSON.stringify(model), model.labels_seen ?? 0);
    state.learning = { busy: false, message: t("learning_done") };
    renderLearning();
    reanalyse();
  } catch (failure) {
    state.learning = { busy: false, message: t("learning_failed", { message: failure.message ?? String(failure) }) };
    renderLearning();
  }
}

async function forgetLearning() {
  state.labels = new Map();
  state.model = null;
  state.learning = { busy: false, message: "" };
  try {
    await state.labelStore?.clear();
    await state.modelStore?.clear();
  } catch {
    // Nothing was kept.
  }
  renderLearning();
  reanalyse();
}

/** What the Files view's mapping editor needs from the page (files.js). */
function filesContext() {
  return {
    corrections: state.corrections,
    editable: Boolean(state.files),
    persistent: state.store?.persistent ?? false,
    open: state.open,
    change: correct,
    forget: forgetCorrections,
    // The CLI's --mapping file: the corrections that apply to these files, by file name.
    download: (mapping) => saveFile("cxsignals-mapping.json", JSON.stringify(mapping, null, 2) + "\n", "application/json"),
  };
}

// ---- Views and the router ---------------------------------------------------------------------

const navigate = (hash) => {
  if (location.hash !== hash) location.hash = hash;
  else showRoute();
};
const viewContext = { t, lang: () => ui.lang, navigate, coreText, labels: learningHooks };
const views = {
  overview: createOverviewView(viewContext),
  signals: createSignalsView(viewContext),
  customers: createCustomersView(viewContext),
  satisfaction: createSatisfactionView(viewContext),
  retention: createRetentionView(viewContext),
  files: createFilesView(filesContext),
  quality: createQualityView(viewContext),
};
const containers = {};
for (const name of VIEWS) {
  const box = el("section", undefined, `view view-${name}`);
  box.id = `view-${name}`;
  box.dataset.testid = `view-${name}`;
  box.dataset.view = name;
  box.tabIndex = -1;
  box.hidden = true;
  // A view's own root may carry the same test id; the container is the one the tests find.
  if (views[name].root.dataset.testid === box.dataset.testid) delete views[name].root.dataset.testid;
  box.append(views[name].root);
  containers[name] = box;
}
$("#views").append(...VIEWS.map((name) => containers[name]));

/** Which report (and language) each view was last drawn for: a view is drawn once per report,
 *  when first shown. */
const rendered = new Map();
let current = null;

function ensureRendered(name) {
  const done = rendered.get(name);
  if (done && done.report === state.report && done.lang === ui.lang) return;
  views[name].render(state.report);
  rendered.set(name, { report: state.report, lang: ui.lang });
}

/** Draws a view again now if it is on screen, else when it is next shown. */
function redraw(name) {
  rendered.delete(name);
  if (state.report && current === name) ensureRendered(name);
}

/** Shows the view the URL names (the welcome screen until there is a report). */
function showRoute({ focus = false } = {}) {
  const { view, param, query } = parseHash(location.hash);
  current = view;
  const hasReport = Boolean(state.report);
  $("#welcome").hidden = hasReport;
  for (const name of VIEWS) containers[name].hidden = !hasReport || name !== view;
  for (const link of document.querySelectorAll("#viewnav a[data-view]")) {
    if (link.dataset.view === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${t(`view_${view}`)} · cxsignals`;
  if (!hasReport) return;
  ensureRendered(view);
  views[view].route(param, query);
  // Moved here from the navigation: the focus goes to the view's heading, so a screen reader
  // reads where it is and Tab continues inside the view.
  if (focus) {
    const heading = containers[view].querySelector("h1, h2") ?? containers[view];
    if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

/** A new report: every view is drawn again, the one on screen at once. */
function showReport(report) {
  state.report = report;
  rendered.clear();
  $("#download").disabled = false;
  showRoute();
}

// The skip link moves the focus past the bars without touching the hash (the router's).
$(".skip").addEventListener("click", (event) => {
  event.preventDefault();
  $("#main").focus();
});

let focusNext = false;
window.addEventListener("hashchange", () => {
  showRoute({ focus: focusNext });
  focusNext = false;
});
const nav = $("#viewnav");
nav.addEventListener("click", (event) => {
  if (event.target.closest("a[data-view]")) focusNext = true;
});
// Left and right arrows move between the views' links, as in a tab list.
nav.addEventListener("keydown", (event) => {
  if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
  const links = [...nav.querySelectorAll("a[data-view]")];
  const at = links.indexOf(document.activeElement);
  if (at < 0) return;
  const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: links.length - 1 }[event.key];
  links[(next + links.length) % links.length].focus();
  event.preventDefault();
});

// ---- Top bar: files, settings, language, theme --------------------------------------------------

$("#file-input").addEventListener("change", (event) => {
  analyse([...event.target.files].map((file) => ({ name: file.name, data: file, size: file.size })));
  event.target.value = "";
});
// A report saved earlier (the page's download, or the CLI's output) is shown as it is: the
// page only reads it, so a report made natively shows the same numbers here.
$("#report-input").addEventListener("change", async (event) => {
  const [file] = event.target.files;
  event.target.value = "";
  if (!file) return;
  let report;
  try {
    report = JSON.parse(await file.text());
  } catch {
    report = null;
  }
  if (report?.schema !== "cxsignals.report/1") {
    setStatus("failed", t("not_a_report", { name: file.name }));
    return;
  }
  $("#progress").replaceChildren();
  state.files = null; // a saved report has no files to analyse again
  state.generation++;
  setStatus("report_opened");
  showReport(report);
});
const loadDemo = () => analyse(demoFiles.map(({ name, data }) => ({ name, data: data.slice(), size: data.byteLength })));
$("#load-demo").addEventListener("click", loadDemo);
$("#welcome-demo").addEventListener("click", loadDemo);
// Files can be dropped anywhere on the page, not only on the welcome screen.
const zone = document.body;
zone.addEventListener("dragover", (event) => {
  event.preventDefault();
  zone.classList.add("over");
});
zone.addEventListener("dragleave", (event) => {
  if (!event.relatedTarget) zone.classList.remove("over");
});
zone.addEventListener("drop", (event) => {
  event.preventDefault();
  zone.classList.remove("over");
  if (!event.dataTransfer?.files?.length) return;
  analyse([...event.dataTransfer.files].map((file) => ({ name: file.name, data: file, size: file.size })));
});
$("#download").addEventListener("click", () => {
  if (!state.report) return;
  saveFile(`cxsignals-report-${state.report.as_of ?? "undated"}.json`, JSON.stringify(state.report, null, 2) + "\n", "application/json");
});
$("#settings-toggle").addEventListener("click", () => {
  const panel = $("#settings");
  panel.hidden = !panel.hidden;
  $("#settings-toggle").setAttribute("aria-expanded", String(!panel.hidden));
  if (!panel.hidden) panel.querySelector("input, button, select")?.focus();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !$("#settings").hidden) {
    $("#settings").hidden = true;
    $("#settings-toggle").setAttribute("aria-expanded", "false");
    $("#settings-toggle").focus();
  }
});

// The language and theme chosen are kept in IndexedDB (prefs), nothing else: no cookie, no
// localStorage. The theme follows the system until one is chosen.
const prefsReady = openStore("prefs").then(async (store) => {
  state.prefs = store;
  const prefs = await store.all();
  return { theme: prefs.get("theme")?.value, lang: prefs.get("lang")?.value };
}).catch(() => ({}));
const darkQuery = matchMedia("(prefers-color-scheme: dark)");

function applyTheme(choice) {
  ui.theme = ["light", "dark"].includes(choice) ? choice : "system";
  $("#theme").value = ui.theme;
  const dark = ui.theme === "dark" || (ui.theme === "system" && darkQuery.matches);
  const theme = dark ? "dark" : "light";
  if (document.documentElement.dataset.theme === theme) return;
  document.documentElement.dataset.theme = theme;
  // The charts take their axis colours from the theme when drawn: draw the views again.
  if (state.report) {
    rendered.clear();
    showRoute();
  }
}
darkQuery.addEventListener("change", () => applyTheme(ui.theme));

const savePref = (key, value) => state.prefs?.put(key, { value }).catch(() => {});
$("#theme").addEventListener("change", () => {
  applyTheme($("#theme").value);
  savePref("theme", ui.theme);
});
$("#lang").addEventListener("change", () => {
  ui.lang = $("#lang").value === "ja" ? "ja" : "en";
  applyLanguage();
  savePref("lang", ui.lang);
});

$("#clear-local").addEventListener("click", async () => {
  try {
    await clearAll();
  } catch {
    // Nothing was kept.
  }
  await views.signals.clearStates?.().catch(() => {});
  state.corrections = new Map();
  state.labels = new Map();
  state.model = null;
  state.learning = { busy: false, message: "" };
  renderLearning();
  applyTheme("system");
  redraw("files");
  setStatus("cleared");
  reanalyse();
});

applyTheme("system");
applyLanguage();
prefsReady.then(({ theme, lang }) => {
  if (theme) applyTheme(theme);
  if (lang && lang !== ui.lang) {
    ui.lang = lang;
    applyLanguage();
  }
});
