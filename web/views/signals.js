// The Signals inbox view: #/signals (the inbox), #/signals/<signal id> (that signal's detail
// beside the inbox), #/signals?type=churn_risk&severity=high&team=..&owner=..&segment=..&state=..&q=..
// (the inbox filtered; state is one of STATES or "open"). The page computes nothing here: it
// filters, counts and orders the report's signals, and keeps the user's states (signal_states.js).
//
// ctx, as the shell passes it (createSignalsView(ctx)):
//   t(key, values)     UI strings; this view's are in signals_i18n.js (keys inbox_*, states_*),
//                      merged into i18n.js's tables by the shell. Returns the key when missing.
//   lang()             "en" | "ja"
//   navigate(hash)     goes to a hash, e.g. navigate("#/signals/s-0123456789ab"); the shell's
//                      router then calls route(). Links in the view are plain <a href="#/...">.
//   coreText(msg, fallback, lang)   web/core_messages.js: the core's prose in the page's language
//                      (title, cause, evidence text of a computed fact).
//   labels             the on-device learning hooks, i.e. the object app.js keeps as ui.learning
//                      today, or null when there is no learning:
//                        labels.verdict(signal, evidence) -> "right" | "wrong" | undefined
//                        labels.label(signal, evidence, verdict) -> Promise  (verdict "right" or
//                          "wrong"; the same verdict given again takes the label back)
//                      It may re-render the report (the shell calling render() again); the view
//                      keeps its filters, scroll and open signal across render().
//   Marking a signal not_a_signal calls labels.label(signal, e, "wrong") for each piece of its
//   evidence that has a source and text and is not already labelled "wrong", when the signal's
//   type is learnable (INTENT_OF in learning.js: churn_risk, competitor, opportunity); moving it
//   back out of not_a_signal takes those "wrong" labels back. The evidence lines also carry the
//   "Right" / "Not a signal" buttons (label-right, label-wrong) the old signal table had.
//
// The shell calls render(report) when a report arrives and when the language changes, and
// route(param, query) on every #/signals... hash (param: the part after "#/signals/", or "";
// query: URLSearchParams of the part after "?", or a plain object of it). clearStates() is there for a "clear local
// data" button (it clears this view's IndexedDB database too).
import { INTENT_OF } from "../learning.js";
import { STATES, StatesImportError, openSignalStates, parseStatesJson, statesJson } from "../signal_states.js";
import { button, el, saveFile, selectBox, virtualList } from "./inbox_dom.js";
import {
  asParams, decoded, evidencePieces, facets, filterAndCount, filterFromQuery, groupByType, indexSignals, queryOfFilter, resolveStates,
  signalKey, signalsCsv, stateOf,
} from "./inbox_model.js";

const ROW_HEIGHT = 56;


export function createSignalsView(ctx) {
  const t = (key, values) => ctx.t(key, values);
  const lang = () => ctx.lang?.() ?? "en";
  const prose = (obj, field) => (ctx.coreText ? ctx.coreText(obj?.[`${field}_msg`], obj?.[field] ?? "", lang()) : obj?.[field] ?? "");
  const formats = new Map();
  const int = (n) => {
    const locale = lang() === "ja" ? "ja-JP" : "en-US";
    if (!formats.has(locale)) formats.set(locale, new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
    return formats.get(locale).format(Number(n));
  };
  const typeName = (type) => {
    const key = `inbox_type_${type}`;
    const text = t(key);
    return text === key ? type : text;
  };

  const root = el("section", undefined, "inbox-view");
  root.dataset.testid = "view-signals";

  let report = null;
  let index = indexSignals(null);
  let filter = filterFromQuery(null);
  let selected = "";
  let shown = [];
  let focusAfterRoute = ""; // the row to focus once the detail has closed
  let verdictUpdates = []; // the open detail's verdict buttons, to show a new label
  let states = new Map(); // signal id → {state, note, owner, updated, key}, as kept in IndexedDB
  let current = new Map(); // the states of this report's signals (resolveStates), by their ids
  let store = null;
  let facetCache = null; // the filters' choices: from the report, and the owners the user set
  const choices = () => (facetCache ??= facets(index, current));
  let message = { key: "", values: {}, error: false };
  const ready = openSignalStates().then(async (opened) => {
    store = opened;
    try {
      states = await opened.all();
    } catch {
      states = new Map(); // a store that cannot be read starts empty; writes still try to keep
    }
    resolve();
    if (report) draw();
  });

  /** After the report or the kept states change: which state each signal of the report has. */
  function resolve() {
    current = resolveStates(report?.signals, states);
    facetCache = null;
  }

  // ---- layout: heading, toolbar, groups, filters, list | detail ------------------------------
  const heading = el("h1");
  const count = el("p", undefined, "inbox-count");
  count.dataset.testid = "signals-count";
  count.setAttribute("aria-live", "polite");
  const toolbar = el("div", undefined, "inbox-toolbar");
  const status = el("p", undefined, "inbox-message");
  status.dataset.testid = "states-message";
  status.setAttribute("role", "status");
  const groups = el("div", undefined, "inbox-groups");
  groups.dataset.testid = "signal-groups";
  const filters = el("div", undefined, "inbox-filters");
  const search = el("input");
  search.type = "search";
  search.dataset.testid = "signal-search";
  search.addEventListener("input", () => {
    filter = { ...filter, q: search.value };
    refreshList();
    syncAddress();
  });
  const list = virtualList({ rowHeight: ROW_HEIGHT, renderRow, testid: "signal-list", className: "vlist inbox-list",
    focusable: (item) => Boolean(item.signal), keyOf: (item) => item.signal?.id ?? `group:${item.group}` });
  const detail = el("aside", undefined, "inbox-detail");
  detail.dataset.testid = "signal-detail";
  // Escape in the detail closes it, and the focus goes back to its row in the list.
  detail.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !selected || event.target.tagName === "SELECT") return;
    event.preventDefault();
    focusAfterRoute = selected;
    ctx.navigate(hashOf(""));
  });
  const body = el("div", undefined, "inbox-body");
  body.append(list.root, detail);
  const empty = el("p", undefined, "inbox-empty");
  root.append(heading, toolbar, status, groups, filters, count, body, empty);

  // ---- the list ------------------------------------------------------------------------------
  function renderRow(item) {
    if (item.group) {
      const row = el("div", undefined, "inbox-group-row");
      row.dataset.testid = "signal-group-header";
      row.append(el("span", typeName(item.group), "inbox-group-name"), el("span", int(item.count), "inbox-group-count"));
      return row;
    }
    const s = item.signal;
    const link = el("a", undefined, `signal-item severity-${s.severity}`);
    link.href = hashOf(s.id);
    link.dataset.testid = "signal-item";
    link.dataset.id = s.id;
    if (s.id === selected) link.setAttribute("aria-current", "true");
    const state = stateOf(current, s.id);
    const top = el("span", undefined, "signal-item-top");
    top.append(el("span", t(`inbox_severity_${s.severity}`), `inbox-badge severity-${s.severity}`),
      el("span", prose(s, "title"), "signal-item-title"));
    const meta = el("span", undefined, "signal-item-meta");
    const who = s.customer_id ? customerName(s.customer_id) ?? s.customer_id : s.segment ?? "";
    meta.append(el("span", `${typeName(s.type)} · ${who} · ${s.detected_at ?? ""}`),
      el("span", t(`inbox_state_${state}`), `inbox-state state-${state}`));
    const score = el("span", int(s.score), "signal-item-score");
    score.title = t("inbox_score");
    link.append(score, top, meta);
    return link;
  }

  function customerName(id) {
    const p = index.customers.get(id);
    return p ? p.names?.[0] ?? p.emails?.[0] ?? p.keys?.[0] ?? null : null;
  }

  /** The filtered signals as list rows: a header per type, then its signals by score. */
  function refreshList({ keepScroll = false } = {}) {
    const counted = filterAndCount(index, filter, current);
    shown = counted.shown;
    const rows = [];
    for (const group of groupByType(shown)) {
      rows.push({ group: group.type, count: group.signals.length });
      for (const signal of group.signals) rows.push({ signal });
    }
    list.setItems(rows, { keepScroll });
    count.textContent = t("inbox_count", { shown: int(shown.length), total: int(index.entries.length) });
    count.dataset.shown = String(shown.length);
    drawGroups(counted);
  }

  /** One chip per type with its count among the signals the other filters let through. */
  function drawGroups(counted = filterAndCount(index, filter, current)) {
    const counts = counted.typeCounts;
    const chips = [];
    const chip = (type, text, n) => {
      const node = button(`${text} ${int(n)}`, "signal-group", () => setFilter("type", filter.type === type ? "" : type), "inbox-chip");
      node.dataset.type = type;
      node.dataset.count = String(n);
      node.setAttribute("aria-pressed", String(filter.type === type));
      chips.push(node);
    };
    chip("", t("inbox_all_types"), counted.others);
    for (const type of choices().type) chip(type, typeName(type), counts.get(type) ?? 0);
    groups.replaceChildren(...chips);
  }

  /** The address of the inbox with the filters in force, and a signal open when id is given. */
  function hashOf(id) {
    const query = queryOfFilter(filter);
    return `#/signals${id ? `/${encodeURIComponent(id)}` : ""}${query ? `?${query}` : ""}`;
  }

  /** A filter changed here: the address shows it (replaced, not a new history entry, and no
   *  hashchange), so a reload, a link or the back button from a signal keep the filters. */
  function syncAddress() {
    if (!root.isConnected || !/^#\/signals(\/|\?|$)/.test(location.hash)) return;
    const next = hashOf(selected);
    if (location.hash !== next) history.replaceState(history.state, "", next);
  }

  function setFilter(key, value) {
    filter = { ...filter, [key]: value };
    // The select keeps its focus: only its value is set (a chip sets the type too).
    const select = filters.querySelector(`[data-testid=signal-filter-${key}]`);
    if (select && select.value !== value) select.value = value;
    refreshList();
    syncAddress();
  }

  function drawFilters() {
    const f = choices();
    const all = t("inbox_all");
    const option = (values, text = (v) => v) => values.map((v) => ({ value: v, text: text(v) }));
    const searchBox = el("label", undefined, "inbox-filter inbox-search");
    searchBox.append(el("span", t("inbox_search"), "inbox-filter-label"), search);
    search.placeholder = t("inbox_search_hint");
    if (search.value !== filter.q) search.value = filter.q;
    filters.replaceChildren(
      searchBox,
      selectBox(t("inbox_type"), "signal-filter-type", all, option(f.type, typeName), filter.type, (v) => setFilter("type", v)),
      selectBox(t("inbox_severity"), "signal-filter-severity", all, option(f.severity, (v) => t(`inbox_severity_${v}`)),
        filter.severity, (v) => setFilter("severity", v)),
      selectBox(t("inbox_team"), "signal-filter-team", all, option(f.team), filter.team, (v) => setFilter("team", v)),
      selectBox(t("inbox_owner"), "signal-filter-owner", all, option(f.owner), filter.owner, (v) => setFilter("owner", v)),
      selectBox(t("inbox_segment"), "signal-filter-segment", all, option(f.segment), filter.segment, (v) => setFilter("segment", v)),
      selectBox(t("inbox_state"), "signal-filter-state", all,
        [{ value: "open", text: t("inbox_state_open") }, ...option(STATES, (v) => t(`inbox_state_${v}`))],
        filter.state, (v) => setFilter("state", v)),
      button(t("inbox_clear_filters"), "signal-filter-clear", () => {
        filter = filterFromQuery(null);
        drawFilters();
        refreshList();
        syncAddress();
      }, "inbox-link"),
    );
  }

  // ---- toolbar: CSV of the filtered signals; states export, import, clear ---------------------
  function drawToolbar() {
    const picker = el("input");
    picker.type = "file";
    picker.accept = ".json,application/json";
    picker.hidden = true;
    picker.dataset.testid = "states-import";
    picker.addEventListener("change", async () => {
      const file = picker.files?.[0];
      picker.value = "";
      if (file) await importStates(await file.text());
    });
    const confirm = button(t("states_clear_confirm", { n: int(states.size) }), "states-clear-confirm", async () => {
      await clearStates();
      say("states_cleared");
    }, "inbox-danger");
    confirm.hidden = true;
    toolbar.replaceChildren(
      button(t("inbox_export_csv"), "export-signals", () => {
        saveFile(`cxsignals-signals-${report?.as_of ?? "undated"}.csv`, signalsCsv(shown, index.customers, current), "text/csv");
      }),
      button(t("states_export"), "states-export", () => {
        saveFile("cxsignals-signal-states.json", statesJson(states), "application/json");
      }),
      button(t("states_import"), "states-import-button", () => picker.click()),
      picker,
      button(t("states_clear"), "states-clear", () => {
        confirm.textContent = t("states_clear_confirm", { n: int(states.size) });
        confirm.hidden = !confirm.hidden;
      }),
      confirm,
      el("span", t(store && !store.persistent ? "states_memory_only" : "states_local"), "hint"),
    );
  }

  function say(key, values = {}, error = false) {
    message = { key, values, error };
    status.textContent = key ? t(key, values) : "";
    status.classList.toggle("error", error);
  }

  async function importStates(text) {
    await ready;
    let incoming;
    try {
      incoming = parseStatesJson(text);
    } catch (error) {
      if (!(error instanceof StatesImportError)) throw error;
      say("states_import_failed", { reason: t(error.code, error.values) }, true);
      return;
    }
    await store.putMany(incoming);
    for (const [id, record] of incoming) states.set(id, record);
    resolve();
    const known = resolveStates(report?.signals, incoming).size;
    say("states_imported", { n: int(incoming.size), known: int(known) });
    draw();
  }

  async function clearStates() {
    await ready;
    await store.clear();
    states = new Map();
    resolve();
    draw();
  }

  // ---- the detail panel ----------------------------------------------------------------------
  function drawDetail() {
    verdictUpdates = [];
    if (!selected) {
      detail.replaceChildren(el("p", shown.length ? t("inbox_pick") : "", "hint"));
      detail.classList.remove("open");
      return;
    }
    detail.classList.add("open");
    const s = index.byId.get(selected);
    const close = button(t("inbox_close"), "signal-close", () => ctx.navigate(hashOf("")), "inbox-link inbox-close");
    if (!s) {
      const missing = el("p", t("inbox_missing", { id: selected }), "hint");
      missing.dataset.testid = "signal-missing";
      detail.replaceChildren(close, missing);
      return;
    }
    const title = el("h2", prose(s, "title"));
    title.dataset.testid = "signal-title";
    const meta = el("p", undefined, "signal-meta");
    const score = el("span", int(s.score), "signal-score");
    score.dataset.testid = "signal-score";
    meta.append(el("span", t(`inbox_severity_${s.severity}`), `inbox-badge severity-${s.severity}`),
      el("span", typeName(s.type)), el("span", `${t("inbox_score")} `), score,
      el("span", `${t("inbox_detected")} ${s.detected_at ?? "—"}`));
    const cause = el("p", prose(s, "cause"), "signal-cause");
    cause.dataset.testid = "signal-cause";

    const about = el("p", undefined, "signal-about");
    if (s.customer_id) {
      const link = el("a", customerName(s.customer_id) ?? s.customer_id);
      link.href = `#/customers/${encodeURIComponent(s.customer_id)}`;
      link.dataset.testid = "signal-customer";
      about.append(el("span", `${t("inbox_customer")}: `), link, el("span", ` (${s.customer_id})`, "hint"));
    } else {
      // The segment is a link to the inbox filtered to it.
      const link = el("a", s.segment ?? "—");
      if (s.segment) link.href = `#/signals?segment=${encodeURIComponent(s.segment)}`;
      link.dataset.testid = "signal-segment";
      about.append(el("span", `${t("inbox_segment")}: `), link);
    }

    const route = s.route ?? {};
    const routeBox = el("dl", undefined, "signal-route");
    routeBox.dataset.testid = "signal-route";
    for (const [key, value] of [["inbox_team", route.team], ["inbox_owner", route.owner ?? t("inbox_no_owner")],
      ["inbox_due", route.due_by ?? "—"], ["inbox_rule", ruleText(route.rule)]]) {
      routeBox.append(el("dt", t(key)), el("dd", value));
    }

    detail.replaceChildren(close, title, meta, cause, about, stateForm(s), el("h3", t("inbox_route")), routeBox,
      el("h3", t("inbox_evidence")), evidenceBox(s));
  }

  /** "default", or "rule N" (the routing rule that matched, 1-based), in the page's language. */
  function ruleText(rule) {
    if (rule === "default") return t("inbox_rule_default");
    const n = /^rule (\d+)$/.exec(rule ?? "");
    return n ? t("inbox_rule_n", { n: n[1] }) : rule ?? "—";
  }

  function stateForm(s) {
    const record = current.get(s.id) ?? { state: "new", note: "", owner: "", updated: "" };
    const form = el("div", undefined, "signal-state-form");
    const select = el("select");
    select.dataset.testid = "signal-state";
    for (const state of STATES) {
      const option = el("option", t(`inbox_state_${state}`));
      option.value = state;
      select.append(option);
    }
    select.value = record.state;
    const owner = el("input");
    owner.dataset.testid = "signal-owner";
    owner.value = record.owner;
    owner.maxLength = 200;
    owner.placeholder = s.route?.owner ?? "";
    const note = el("textarea");
    note.dataset.testid = "signal-note";
    note.value = record.note;
    note.rows = 3;
    note.maxLength = 4000;
    const saved = el("span", record.updated ? t("inbox_updated", { when: record.updated.slice(0, 16).replace("T", " ") }) : "", "hint");
    saved.dataset.testid = "signal-saved";
    if (current.has(s.id)) saved.dataset.state = record.state; // the state as stored
    const save = async () => {
      const before = stateOf(current, s.id);
      const next = { state: select.value, note: note.value, owner: owner.value.trim(), updated: new Date().toISOString(),
        key: signalKey(s) };
      await ready;
      await store.put(s.id, next);
      states.set(s.id, next);
      current.set(s.id, next);
      if (next.owner && !choices().owner.includes(next.owner)) {
        facetCache = null;
        drawFilters();
      }
      saved.textContent = t("inbox_saved");
      saved.dataset.state = next.state;
      saved.dataset.note = next.note; // what was kept (the tests wait on it)
      list.redraw();
      drawGroups();
      await learnFrom(s, before, next.state);
    };
    // The state is kept at once; a note or an assignee also while typing (after a pause), so a
    // reload right after typing loses nothing.
    let pending = 0;
    const soon = () => {
      clearTimeout(pending);
      pending = setTimeout(save, 400);
    };
    const now = () => {
      clearTimeout(pending);
      save();
    };
    select.addEventListener("change", now);
    note.addEventListener("change", now);
    owner.addEventListener("change", now);
    note.addEventListener("input", soon);
    owner.addEventListener("input", soon);
    const field = (label, input) => {
      const box = el("label", undefined, "inbox-field");
      box.append(el("span", label), input);
      return box;
    };
    form.append(field(t("inbox_state"), select), field(t("inbox_assignee"), owner), field(t("inbox_note"), note), saved);
    return form;
  }

  /** not_a_signal teaches the intent model (learning.js) that the evidence does not hold the intent. */
  async function learnFrom(signal, before, after) {
    const labels = ctx.labels;
    if (!labels || !INTENT_OF[signal.type] || (before === "not_a_signal") === (after === "not_a_signal")) return;
    const learnable = (signal.evidence ?? []).filter((e) => e.source && (e.text || e.matched));
    for (const e of learnable) {
      const wrong = labels.verdict(signal, e) === "wrong";
      // Into not_a_signal: label the ones not yet labelled wrong; out of it: take those back.
      if (after === "not_a_signal" ? !wrong : wrong) await labels.label(signal, e, "wrong");
    }
    for (const update of verdictUpdates) update();
  }

  function evidenceBox(s) {
    const box = el("div", undefined, "signal-evidence");
    box.dataset.testid = "signal-evidence";
    for (const e of s.evidence ?? []) {
      const line = el("div", undefined, "evidence");
      line.dataset.testid = "evidence";
      const where = [e.source, e.row === null || e.row === undefined ? null : t("inbox_row", { row: e.row }),
        e.record_id ? `#${e.record_id}` : null, e.field].filter(Boolean).join(" · ");
      const text = el("q", undefined, "evidence-text");
      if (e.text_msg && ctx.coreText) {
        text.textContent = prose(e, "text"); // a computed fact in the page's language: nothing to mark
      } else {
        for (const piece of evidencePieces(e.text, e.span, e.matched)) {
          text.append(piece.mark ? el("mark", piece.text) : document.createTextNode(piece.text));
        }
      }
      line.append(el("span", where, "where"), text);
      if (e.matched) line.append(el("span", t("inbox_matched", { matched: e.matched }), "hint"));
      if (ctx.labels && INTENT_OF[s.type] && e.source) line.append(verdictButtons(s, e));
      box.append(line);
    }
    const more = (s.evidence_count ?? 0) - (s.evidence?.length ?? 0);
    if (more > 0) box.append(el("p", t("inbox_more_evidence", { n: int(more) }), "hint"));
    return box;
  }

  /** Right / Not a signal for one piece of evidence; they show the label the hooks hold (the
   *  shell need not draw the view again after a label). */
  function verdictButtons(signal, evidence) {
    const box = el("span", undefined, "verdict");
    const nodes = [];
    const update = () => {
      const verdict = ctx.labels.verdict(signal, evidence);
      for (const node of nodes) node.setAttribute("aria-pressed", String(verdict === node.dataset.verdict));
    };
    for (const [value, key] of [["right", "inbox_label_right"], ["wrong", "inbox_label_wrong"]]) {
      const node = button(t(key), `label-${value}`, async () => {
        await ctx.labels.label(signal, evidence, value);
        update();
      }, "inbox-verdict");
      node.dataset.verdict = value;
      nodes.push(node);
      box.append(node);
    }
    verdictUpdates.push(update);
    update();
    return box;
  }

  // ---- the whole view -------------------------------------------------------------------------
  function draw() {
    heading.textContent = t("inbox_title");
    say(message.key, message.values, message.error);
    drawToolbar();
    drawFilters();
    refreshList({ keepScroll: true });
    drawDetail();
    empty.textContent = index.entries.length ? "" : t(report ? "inbox_none" : "inbox_no_report");
  }

  return {
    root,
    render(next) {
      if (next !== report) {
        report = next;
        index = indexSignals(report);
        resolve();
      }
      draw();
    },
    route(param, query) {
      const id = param ? decoded(param) : "";
      const params = asParams(query);
      if ([...params.keys()].length) filter = filterFromQuery(params);
      const changed = id !== selected;
      selected = id;
      if (!report) return;
      drawFilters();
      refreshList({ keepScroll: true });
      if (changed) {
        drawDetail();
        // One column (a tablet): the detail is under the list, so bring it into view.
        if (selected && detail.offsetTop > list.root.offsetTop + list.root.offsetHeight - 1) detail.scrollIntoView?.({ block: "start" });
      }
      if (selected) {
        const at = list.length ? findRow(selected) : -1;
        if (at >= 0) list.reveal(at);
      }
      if (focusAfterRoute && !selected) {
        const at = findRow(focusAfterRoute);
        if (at >= 0) list.reveal(at);
        list.root.querySelector(`[data-id="${CSS.escape(focusAfterRoute)}"]`)?.focus();
      }
      focusAfterRoute = "";
    },
    clearStates,
    /** For tests and the shell: resolves once the stored states are loaded. */
    ready: () => ready,
  };

  function findRow(id) {
    let i = 0;
    for (const group of groupByType(shown)) {
      i += 1;
      const at = group.signals.findIndex((s) => s.id === id);
      if (at >= 0) return i + at;
      i += group.signals.length;
    }
    return -1;
  }
}
