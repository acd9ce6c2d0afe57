// The Customer 360 view: #/customers (search and list), #/customers/<customer id> (the customer's
// page: keys and sources, scores, orders and revenue, subscription, health with its components,
// model figures, signals and the timeline of every event across files). It shows what the
// report's customers.profiles hold; it computes nothing. ctx: see the top of signals.js (this
// view uses t, lang, coreText; its strings are in customers_i18n.js, keys cust_*).
import { openSignalStates } from "../signal_states.js";
import { button, el, selectBox, virtualList } from "./inbox_dom.js";
import { asParams, decoded, indexCustomers, resolveStates, searchCustomers } from "./inbox_model.js";

const ROW_HEIGHT = 52;
/** The list's orders: most recently seen, lowest health first, most signals first. */
const SORTS = {
  recent: (a, b) => String(b.last_seen ?? "").localeCompare(String(a.last_seen ?? "")),
  health: (a, b) => (a.health?.score ?? Infinity) - (b.health?.score ?? Infinity),
  signals: (a, b) => (b.signals?.length ?? 0) - (a.signals?.length ?? 0) || (a.health?.score ?? Infinity) - (b.health?.score ?? Infinity),
};
const TIMELINE_PAGE = 200;

export function createCustomersView(ctx) {
  const t = (key, values) => ctx.t(key, values);
  const lang = () => ctx.lang?.() ?? "en";
  const locale = () => (lang() === "ja" ? "ja-JP" : "en-US");
  const prose = (obj, field) => (ctx.coreText ? ctx.coreText(obj?.[`${field}_msg`], obj?.[field] ?? "", lang()) : obj?.[field] ?? "");
  const missing = (n) => n === null || n === undefined || !Number.isFinite(Number(n));
  const num = (n, digits = 0) => (missing(n) ? "—" : Number(n).toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  /** Health and its points: as the core wrote them, to one decimal at most. */
  const points = (n) => (missing(n) ? "—" : Number(n).toLocaleString(locale(), { maximumFractionDigits: 1 }));
  const orKey = (key, fallback) => {
    const text = t(key);
    return text === key ? fallback : text;
  };
  const when = (time) => (time ? time.replace("T", " ").replace(/:\d\dZ$/, "Z").replace("Z", " UTC") : "—");

  const root = el("section", undefined, "customers-view");
  root.dataset.testid = "view-customers";

  let report = null;
  let profiles = [];
  let entries = []; // indexCustomers(profiles): each profile with its search text
  const sorted = new Map(); // sort name → entries in that order, made when first asked for
  let sort = "recent";
  let states = new Map(); // the signal states the inbox keeps (signal_states.js), read when a page opens
  const statesStore = openSignalStates();
  let byId = new Map();
  let signalsById = new Map();
  let query = "";
  let selected = "";
  let found = [];

  const heading = el("h1");
  const search = el("input");
  search.type = "search";
  search.dataset.testid = "customer-search";
  search.addEventListener("input", () => {
    query = search.value;
    refreshList();
  });
  const searchBox = el("label", undefined, "inbox-filter inbox-search");
  const searchLabel = el("span", undefined, "inbox-filter-label");
  searchBox.append(searchLabel, search);
  const count = el("p", undefined, "inbox-count");
  count.dataset.testid = "customers-count";
  count.setAttribute("aria-live", "polite");
  const list = virtualList({ rowHeight: ROW_HEIGHT, renderRow, testid: "customer-list", className: "vlist customer-list",
    keyOf: (p) => p.id });
  const page = el("article", undefined, "customer-page");
  page.dataset.testid = "customer-page";
  const sortBox = el("div", undefined, "customer-sort");
  const listPart = el("div", undefined, "customer-list-part");
  listPart.append(searchBox, sortBox, count, list.root);
  root.append(heading, listPart, page);

  const displayName = (p) => p.names?.[0] ?? p.emails?.[0] ?? p.keys?.[0] ?? p.id;

  function renderRow(p) {
    const row = el("a", undefined, "customer-row");
    row.href = `#/customers/${encodeURIComponent(p.id)}`;
    row.dataset.testid = "customer-row";
    row.dataset.id = p.id;
    if (p.id === selected) row.setAttribute("aria-current", "true");
    const top = el("span", undefined, "customer-row-top");
    top.append(el("span", displayName(p), "customer-row-name"), el("span", p.emails?.[0] ?? "", "customer-row-email"));
    const meta = el("span", undefined, "customer-row-meta");
    meta.append(el("span", p.id), el("span", t("cust_sources_n", { n: num(p.sources?.length ?? 0) })),
      el("span", `${t("cust_last_seen")} ${when(p.last_seen)}`));
    const health = el("span", p.health ? points(p.health.score) : "—", "customer-row-health");
    health.title = t("cust_health");
    row.append(health, top, meta);
    return row;
  }

  function refreshList({ keepScroll = false } = {}) {
    if (!sorted.has(sort)) {
      const order = SORTS[sort] ?? SORTS.recent;
      sorted.set(sort, [...entries].sort((a, b) => order(a.profile, b.profile) || a.profile.id.localeCompare(b.profile.id)));
    }
    found = searchCustomers(sorted.get(sort), query);
    list.setItems(found, { keepScroll });
    count.textContent = t("cust_count", { shown: num(found.length), total: num(profiles.length) });
    count.dataset.shown = String(found.length);
    if (report && report.customers && report.customers.count > profiles.length) {
      count.textContent += ` ${t("cust_listed", { listed: num(profiles.length), count: num(report.customers.count) })}`;
    }
  }

  // ---- the customer page ---------------------------------------------------------------------
  function block(titleKey, testid, ...children) {
    const box = el("section", undefined, "customer-block");
    box.dataset.testid = testid;
    box.append(el("h3", t(titleKey)), ...children);
    return box;
  }

  function facts(pairs) {
    const dl = el("dl", undefined, "customer-facts");
    for (const [key, value, testid] of pairs) {
      const dd = el("dd", value);
      if (testid) dd.dataset.testid = testid;
      dl.append(el("dt", t(key)), dd);
    }
    return dl;
  }

  const moneyText = (money) => {
    const entries = Object.entries(money ?? {});
    return entries.length ? entries.map(([currency, amount]) => `${num(amount, 2)} ${currency}`).join(" · ") : "—";
  };

  function drawPage() {
    if (!selected) {
      page.replaceChildren(el("p", profiles.length ? t("cust_pick") : "", "hint"));
      page.classList.remove("open");
      root.classList.remove("customer-open");
      return;
    }
    page.classList.add("open");
    root.classList.add("customer-open");
    const back = el("a", t("cust_back"), "inbox-link");
    back.href = "#/customers";
    back.dataset.testid = "customer-back";
    const p = byId.get(selected);
    if (!p) {
      const none = el("p", t("cust_missing", { id: selected }), "hint");
      none.dataset.testid = "customer-missing";
      page.replaceChildren(back, none);
      return;
    }
    const name = el("h2", displayName(p));
    name.dataset.testid = "customer-name";

    const keys = el("ul", undefined, "customer-keys");
    keys.dataset.testid = "customer-keys";
    for (const key of p.keys ?? []) keys.append(el("li", key));
    const sources = el("ul", undefined, "customer-sources");
    sources.dataset.testid = "customer-sources";
    for (const source of p.sources ?? []) sources.append(el("li", source));
    const identity = block("cust_identity", "customer-identity",
      facts([["cust_id", p.id, "customer-id"], ["cust_names", (p.names ?? []).join(" · ") || "—"],
        ["cust_emails", (p.emails ?? []).join(" · ") || "—"], ["cust_first_seen", when(p.first_seen)],
        ["cust_last_seen", when(p.last_seen)]]),
      el("h4", t("cust_keys")), keys, el("h4", t("cust_sources")), sources);

    const scores = block("cust_scores", "customer-scores", facts([
      ["cust_last_nps", num(p.last_nps), "customer-nps"], ["cust_last_csat", num(p.last_csat), "customer-csat"],
      ["cust_responses", num(p.responses)], ["cust_tickets", num(p.tickets)], ["cust_mentions", num(p.mentions)]]));
    const orders = block("cust_orders", "customer-orders", facts([
      ["cust_orders_n", num(p.orders), "customer-orders-n"], ["cust_revenue", moneyText(p.revenue), "customer-revenue"],
      ["cust_paid", moneyText(p.paid)], ["cust_payments_failed", num(p.payments_failed)]]));
    const sub = p.subscription ?? {};
    const subscription = block("cust_subscription", "customer-subscription", facts([
      ["cust_status", sub.status || t("cust_no_subscription"), "customer-subscription-status"], ["cust_plan", sub.plan || "—"]]));

    const health = block("cust_health", "customer-health");
    if (p.health) {
      const score = el("p", undefined, "customer-health-score");
      const value = el("strong", points(p.health.score));
      value.dataset.testid = "health-score";
      score.append(value, el("span", ` ${t("cust_health_base", { base: num(p.health.base) })}`, "hint"));
      const components = el("ul", undefined, "customer-health-components");
      for (const c of p.health.components ?? []) {
        const li = el("li", undefined, c.contribution < 0 ? "negative" : "positive");
        li.dataset.testid = "health-component";
        li.dataset.name = c.name;
        li.append(el("span", orKey(`cust_health_${c.name}`, c.name), "component-name"),
          el("span", `${c.contribution >= 0 ? "+" : "−"}${points(Math.abs(c.contribution))}`, "component-points"),
          el("span", prose(c, "detail"), "component-detail"));
        components.append(li);
      }
      health.append(score, components);
    } else {
      health.append(el("p", t("cust_no_health"), "hint"));
    }

    const m = p.models ?? {};
    const persona = m.persona === null || m.persona === undefined ? "—" : t("cust_persona_n", { n: num(m.persona + 1) });
    const rfm = m.rfm ? `${orKey(`cust_rfm_${m.rfm.segment}`, m.rfm.segment)} (R${m.rfm.r} F${m.rfm.f} M${m.rfm.m})` : "—";
    const models = block("cust_models", "customer-models", facts([
      ["cust_rfm", rfm, "customer-rfm"], ["cust_persona", persona], ["cust_lapsed", t(m.lapsed ? "cust_yes" : "cust_no")],
      ["cust_p_alive", missing(m.p_alive) ? "—" : `${num(m.p_alive * 100, 1)}%`, "customer-p-alive"],
      ["cust_expected_purchases", num(m.expected_purchases, 2)], ["cust_expected_value", num(m.expected_value, 2)]]));

    const signals = block("cust_signals", "customer-signals");
    const ids = p.signals ?? [];
    if (!ids.length) signals.append(el("p", t("cust_no_signals"), "hint"));
    const signalList = el("ul", undefined, "customer-signal-list");
    fillSignals(signalList, ids);
    signals.append(signalList);
    // The states the inbox keeps, read now (they may have changed there since).
    statesStore.then((store) => store.all()).then((all) => {
      states = resolveStates(report?.signals, all);
      if (signalList.isConnected) fillSignals(signalList, ids);
    }, () => {});

    page.replaceChildren(back, name, el("div", undefined, "customer-grid"), timelineBlock(p));
    page.querySelector(".customer-grid").append(identity, health, scores, orders, subscription, models, signals);
  }

  /** The customer's signals: severity, title (a link to the inbox), date and the state given there. */
  function fillSignals(listNode, ids) {
    const items = [];
    for (const id of ids) {
      const s = signalsById.get(id);
      const li = el("li");
      const link = el("a", s ? prose(s, "title") : id);
      link.href = `#/signals/${encodeURIComponent(id)}`;
      link.dataset.testid = "customer-signal";
      link.dataset.id = id;
      if (s) li.append(el("span", orKey(`inbox_severity_${s.severity}`, s.severity), `inbox-badge severity-${s.severity}`), " ");
      li.append(link);
      if (s) li.append(el("span", ` · ${s.detected_at ?? ""}`, "hint"));
      const state = states.get(id)?.state ?? "new";
      const badge = el("span", ` · ${orKey(`inbox_state_${state}`, state)}`, `inbox-state state-${state}`);
      badge.dataset.testid = "customer-signal-state";
      li.append(badge);
      items.push(li);
    }
    listNode.replaceChildren(...items);
  }

  function timelineBlock(p) {
    const entries = p.timeline ?? [];
    const box = block("cust_timeline", "customer-timeline");
    box.append(el("p", t("cust_timeline_n", { n: num(entries.length) }), "hint"));
    const listNode = el("ol", undefined, "customer-timeline-list");
    let shownCount = 0;
    const more = button("", "timeline-more", () => showMore(), "inbox-link");
    const showMore = () => {
      const next = entries.slice(shownCount, shownCount + TIMELINE_PAGE);
      for (const entry of next) {
        const li = el("li", undefined, `timeline-entry kind-${entry.kind}`);
        li.dataset.testid = "timeline-entry";
        li.append(el("time", when(entry.time)), el("span", orKey(`cust_kind_${entry.kind}`, entry.kind), "timeline-kind"),
          el("span", `${entry.source} · ${t("cust_row", { row: entry.row })}`, "hint"),
          el("span", entry.text, "timeline-text"));
        listNode.append(li);
      }
      shownCount += next.length;
      more.hidden = shownCount >= entries.length;
      more.textContent = t("cust_timeline_more", { n: num(Math.min(TIMELINE_PAGE, entries.length - shownCount)), rest: num(entries.length - shownCount) });
    };
    showMore();
    box.append(listNode, more);
    return box;
  }

  function draw() {
    heading.textContent = t("cust_title");
    searchLabel.textContent = t("cust_search");
    search.placeholder = t("cust_search_hint");
    if (search.value !== query) search.value = query;
    sortBox.replaceChildren(selectBox(t("cust_sort"), "customer-sort", null,
      Object.keys(SORTS).map((name) => ({ value: name, text: t(`cust_sort_${name}`) })), sort, (value) => {
        sort = value;
        refreshList();
      }));
    refreshList({ keepScroll: true });
    drawPage();
  }

  return {
    root,
    render(next) {
      if (next !== report) {
        report = next;
        profiles = report?.customers?.profiles ?? [];
        byId = new Map(profiles.map((p) => [p.id, p]));
        entries = indexCustomers(profiles);
        sorted.clear();
        signalsById = new Map((report?.signals ?? []).map((s) => [s.id, s]));
      }
      draw();
    },
    route(param, params) {
      selected = param ? decoded(param) : "";
      const q = asParams(params).get("q");
      if (q !== null && q !== undefined) query = q;
      const order = asParams(params).get("sort");
      if (order && SORTS[order]) sort = order;
      if (!report) return;
      draw();
      if (selected) {
        const at = found.findIndex((p) => p.id === selected);
        if (at >= 0) list.reveal(at);
        page.scrollIntoView?.({ block: "nearest" });
      }
    },
  };
}
