// The page: picks files, hands them to the worker, renders the report. It computes nothing.
import { Msg } from "../wasm/js/messages.js";
import { el, fmt, int, money, pct, saveFile, t, ui } from "./ui.js";
import { rfmLabel, renderRetention, renderSatisfaction, renderScorecard, renderSegments, renderSignals, renderSurvival, renderRenewals, renderValue } from "./sections.js";
import { mountSettings, renderSettings, settingOptions } from "./settings.js";
import { renderFiles } from "./files.js";
import { mappingOption, withChange } from "./mapping.js";
import { openCorrections, openStore } from "./store.js";
import { labelKey, labelRecord, labelsJsonl } from "./learning.js";
import { learningPanel } from "./learning_view.js";
import { demoFiles } from "./demo/manifest.js";

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
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  if (state.status) $("#status").textContent = t(state.status);
  renderSettings();
  if (state.report) renderReport(state.report);
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
    state.report = report;
    setStatus("done");
    renderReport(report);
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

function renderNps(nps) {
  const tile = $("[data-testid=kpi-nps-tile]");
  if (!nps) {
    $("[data-testid=kpi-nps]").textContent = "—";
    $("[data-testid=kpi-nps-ci]").textContent = t("nps_none");
    $("[data-testid=kpi-nps-n]").textContent = "";
    tile.querySelector(".kpi-split-text").textContent = "";
    $("[data-testid=kpi-nps-warning]").hidden = true;
    return;
  }
  $("[data-testid=kpi-nps]").textContent = fmt(nps.value);
  $("[data-testid=kpi-nps-ci]").textContent = t("nps_ci", { lo: fmt(nps.ci95[0]), hi: fmt(nps.ci95[1]) });
  $("[data-testid=kpi-nps-n]").textContent = t("nps_n", { n: nps.n.toLocaleString() });
  tile.querySelector(".kpi-split-text").textContent = t("nps_split", {
    p: nps.promoters.toLocaleString(), pa: nps.passives.toLocaleString(), d: nps.detractors.toLocaleString(),
  });
  const [det, pas, pro] = tile.querySelectorAll(".split span");
  det.style.flex = String(nps.detractors);
  pas.style.flex = String(nps.passives);
  pro.style.flex = String(nps.promoters);
  $("[data-testid=kpi-nps-warning]").hidden = nps.n >= 30;
}

function renderCsat(csat) {
  $("[data-testid=kpi-csat]").textContent = csat ? fmt(csat.value) : "—";
  $("[data-testid=kpi-csat-ci]").textContent = csat
    ? t("csat_ci", { lo: fmt(csat.ci95[0]), hi: fmt(csat.ci95[1]) })
    : t("csat_none");
  $("[data-testid=kpi-csat-n]").textContent = csat
    ? t("csat_n", { s: csat.satisfied.toLocaleString(), n: csat.n.toLocaleString() })
    : "";
}

function renderCes(ces) {
  $("[data-testid=kpi-ces-tile]").hidden = !ces;
  if (!ces) return;
  $("[data-testid=kpi-ces]").textContent = fmt(ces.value, 2);
  $("[data-testid=kpi-ces-ci]").textContent = t("ces_ci", { lo: fmt(ces.ci95[0], 2), hi: fmt(ces.ci95[1], 2) });
  $("[data-testid=kpi-ces-n]").textContent = t("ces_n", { n: int(ces.n), lo: ces.scale[0], hi: ces.scale[1], sd: fmt(ces.sd, 2) });
}

const MAX_CUSTOMER_ROWS = 200;

function renderCustomers(customers, sources) {
  $("[data-testid=kpi-customers]").textContent = customers.count.toLocaleString();
  const body = $("[data-testid=customers] tbody");
  body.replaceChildren();
  // Most recently seen first; the report lists them sorted by key.
  const rows = [...customers.profiles].sort((a, b) => String(b.last_seen ?? "").localeCompare(String(a.last_seen ?? "")));
  for (const profile of rows.slice(0, MAX_CUSTOMER_ROWS)) {
    const row = el("tr");
    row.dataset.testid = "customer-row";
    const revenue = Object.entries(profile.revenue).map(([currency, amount]) => `${fmt(amount, 2)} ${currency}`).join(", ");
    row.append(
      el("td", profile.names[0] ?? profile.keys[0]), el("td", profile.emails.join(", ")),
      el("td", profile.sources.join(", ")), el("td", String(profile.orders), "num"), el("td", revenue),
      el("td", String(profile.tickets), "num"), el("td", profile.last_nps ?? "—", "num"),
      el("td", (profile.last_seen ?? "").slice(0, 10)),
      ...customerModels(profile.models ?? {}),
      healthCell(profile.health),
    );
    body.append(row);
  }
  $("[data-testid=customers-more]").textContent = t("customers_more", {
    shown: Math.min(rows.length, MAX_CUSTOMER_ROWS).toLocaleString(), count: customers.count.toLocaleString(),
  });
}

function customerModels(models) {
  const rfm = models.rfm ? `${rfmLabel(models.rfm.segment)} (${models.rfm.r}${models.rfm.f}${models.rfm.m})` : "—";
  return [
    el("td", pct(models.p_alive), "num"), el("td", fmt(models.expected_purchases, 2), "num"),
    el("td", money(models.expected_value), "num"), el("td", rfm),
    el("td", models.persona === null || models.persona === undefined ? "—" : t("persona_n", { n: models.persona + 1 })),
  ];
}

/** The health score and, beneath it, each named component with its contribution (as text). */
function healthCell(health) {
  const cell = el("td");
  cell.dataset.testid = "health";
  if (!health) {
    cell.textContent = "—";
    return cell;
  }
  const score = el("strong", String(health.score));
  score.dataset.testid = "health-score";
  const parts = health.components.map((c) => {
    const line = el("div", `${c.name} ${c.contribution >= 0 ? "+" : ""}${c.contribution}`, "health-part");
    line.title = c.detail;
    line.dataset.testid = "health-component";
    return line;
  });
  cell.append(score, ...parts);
  return cell;
}

/** Keeps one correction (or drops a file's), shows it at once, and analyses the files again. */
async function correct(signature, change) {
  const next = withChange(state.corrections.get(signature), change);
  if (next) state.corrections.set(signature, next);
  else state.corrections.delete(signature);
  if (state.report) renderSources(state.report);
  try {
    await (next ? state.store.put(signature, next) : state.store.remove(signature));
  } catch {
    // Not remembered after this tab; the analysis below still uses it.
  }
  reanalyse();
}

async function forgetCorrections() {
  state.corrections = new Map();
  if (state.report) renderSources(state.report);
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

ui.learning = {
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
    if (state.report) renderReport(state.report);
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

function renderSources(report) {
  $("#files").replaceChildren(renderFiles(report, {
    corrections: state.corrections,
    editable: Boolean(state.files),
    persistent: state.store?.persistent ?? false,
    open: state.open,
    change: correct,
    forget: forgetCorrections,
    // The CLI's --mapping file: the corrections that apply to these files, by file name.
    download: (mapping) => saveFile("cxsignals-mapping.json", JSON.stringify(mapping, null, 2) + "\n", "application/json"),
  }));
}

function renderQuality(quality) {
  const { totals, issues } = quality;
  $("[data-testid=quality-summary]").textContent = totals.issues
    ? t("quality_summary", { issues: totals.issues.toLocaleString(), rows: totals.rows.toLocaleString(), listed: totals.listed.toLocaleString() })
    : t("quality_none");
  const body = $("[data-testid=quality] tbody");
  body.replaceChildren();
  for (const issue of issues) {
    const row = el("tr");
    row.dataset.testid = "quality-row";
    row.append(
      el("td", issue.source), el("td", String(issue.row), "num"), el("td", issue.column ?? ""),
      el("td", issue.code), el("td", issue.value ?? ""), el("td", issue.message),
    );
    body.append(row);
  }
}

function renderReport(report) {
  $("#results").hidden = false;
  renderNps(report.metrics.nps);
  renderCsat(report.metrics.csat);
  renderCes(report.metrics.ces);
  const renderers = [renderSignals, renderSatisfaction, renderRetention, renderSurvival, renderRenewals, renderValue, renderSegments, renderScorecard];
  $("#report-sections").replaceChildren(...renderers.map((render) => render(report)).filter(Boolean));
  renderCustomers(report.customers, report.sources);
  renderSources(report);
  renderQuality(report.data_quality);
}

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
  state.report = report;
  setStatus("report_opened");
  renderReport(report);
});
$("#load-demo").addEventListener("click", () => {
  analyse(demoFiles.map(({ name, data }) => ({ name, data: data.slice(), size: data.byteLength })));
});
const zone = $("#load");
zone.addEventListener("dragover", (event) => {
  event.preventDefault();
  zone.classList.add("over");
});
zone.addEventListener("dragleave", () => zone.classList.remove("over"));
zone.addEventListener("drop", (event) => {
  event.preventDefault();
  zone.classList.remove("over");
  analyse([...event.dataTransfer.files].map((file) => ({ name: file.name, data: file, size: file.size })));
});
$("#download").addEventListener("click", () => {
  if (!state.report) return;
  saveFile(`cxsignals-report-${state.report.as_of ?? "undated"}.json`, JSON.stringify(state.report, null, 2) + "\n", "application/json");
});
$("#language").addEventListener("click", () => {
  ui.lang = ui.lang === "ja" ? "en" : "ja";
  applyLanguage();
});
applyLanguage();
