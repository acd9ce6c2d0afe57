// The Signals inbox (web/views/signals.js) in real Chromium: groups, filters and search counted
// against the report the npm CLI writes for the demo files; a signal's detail (marked evidence,
// route, customer link); its state kept across a reload and a re-analysis, exported, imported,
// cleared; "not a signal" recorded as labels; the CSV export's formula escaping; 10,000 signals
// timed. The views run in tests/web/harness.mjs (the two views and a stand-in router, under the
// page's CSP); every request is recorded and none may leave the page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { assertOnlyOwnRequests, launch, recordingPage, serve } from "./browser.mjs";
import { serveHarness } from "../web/harness.mjs";
import { demoFiles } from "../web/demo_files.mjs";
import { signalKey } from "../../web/views/inbox_model.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const demo = readdirSync(`${root}/web/demo`).filter((name) => name.endsWith(".csv")).sort().map((name) => `${root}/web/demo/${name}`);
// A ticket whose text a spreadsheet would run as a formula, and that the core reads as churn.
const FORMULA_TICKETS = "Id,Requester,Requester id,Requester email,Assignee,Assignee email,Group,Subject,Description,Status,Priority," +
  "Satisfaction Score,Created at,Updated at,Tags\n99001,Formula Tester,38299999001,formula.tester@evilcorp.example,Mei Tanaka," +
  "mei.tanaka@acme.example,Support,Invoice,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") we will cancel our subscription\"," +
  "open,high,,2026/09/20 10:00,2026/09/20 11:00,billing\n";

let files;
let harness;
let server;
let browser;
/** Two runs of the npm CLI on the same files: the first report and its re-analysis. */
let report;
let again;

const analyse = (paths = files) => JSON.parse(execFileSync(process.execPath,
  [`${root}/dist/pkg/cli.js`, "report", "--as-of", "2026-10-01", ...paths], { encoding: "utf8", maxBuffer: 1 << 28 }));

before(async () => {
  const dir = await mkdtemp(`${tmpdir()}/cxs-inbox-`);
  await writeFile(`${dir}/formula_tickets.csv`, FORMULA_TICKETS);
  files = [...demo, `${dir}/formula_tickets.csv`];
  report = analyse();
  again = analyse();
  harness = await serveHarness();
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  harness?.stop();
  server?.stop();
});

/** Opens the harness at `hash` with `data` as the report; resolves once the views are ready. */
async function open(page, hash, data = report) {
  await page.goto(`${harness.origin}/${hash}`);
  await page.locator("body[data-ready]").waitFor();
  await page.evaluate((r) => window.harness.render(r), data);
  await page.evaluate(() => window.harness.ready());
}

const shown = async (page) => Number(await page.getByTestId("signals-count").getAttribute("data-shown"));
const lower = (value) => String(value ?? "").toLowerCase();

test("inbox: groups, filters, the hash's filter and search give the counts taken from the report", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await open(page, "#/signals");
  const all = report.signals;
  assert.ok(all.length > 100, "the demo files give many signals");
  assert.equal(await shown(page), all.length);

  // One chip per type, with its count; the list starts with the highest-scored signal.
  const types = [...new Set(all.map((s) => s.type))].sort();
  for (const type of types) {
    const chip = page.locator(`[data-testid=signal-group][data-type="${type}"]`);
    assert.equal(await chip.getAttribute("data-count"), String(all.filter((s) => s.type === type).length), type);
  }
  const top = all.reduce((best, s) => (s.score > best.score ? s : best));
  assert.equal(await page.getByTestId("signal-item").first().getAttribute("data-id"), top.id);

  // Type, then severity, then team; then the segment alone; then clear.
  await page.getByTestId("signal-filter-type").selectOption("churn_risk");
  assert.equal(await shown(page), all.filter((s) => s.type === "churn_risk").length);
  await page.getByTestId("signal-filter-severity").selectOption("high");
  assert.equal(await shown(page), all.filter((s) => s.type === "churn_risk" && s.severity === "high").length);
  // The address shows the filters (replaced in place: no new history entry).
  assert.equal(await page.evaluate(() => location.hash), "#/signals?type=churn_risk&severity=high");
  const historyLength = await page.evaluate(() => history.length);
  await page.getByTestId("signal-item").first().click();
  await page.getByTestId("signal-title").waitFor();
  assert.match(await page.evaluate(() => location.hash), /^#\/signals\/s-[0-9a-f]+\?type=churn_risk&severity=high$/);
  await page.getByTestId("signal-close").click();
  await page.waitForFunction(() => location.hash === "#/signals?type=churn_risk&severity=high");
  assert.equal(await shown(page), all.filter((s) => s.type === "churn_risk" && s.severity === "high").length);
  assert.equal(await page.evaluate(() => history.length), historyLength + 2); // the signal, then the list
  const items = await page.getByTestId("signal-item").evaluateAll((nodes) => nodes.map((n) => n.dataset.id));
  assert.ok(items.every((id) => all.find((s) => s.id === id)?.severity === "high"));
  await page.getByTestId("signal-filter-clear").click();
  await page.getByTestId("signal-filter-team").selectOption("product");
  assert.equal(await shown(page), all.filter((s) => s.route.team === "product").length);
  await page.getByTestId("signal-filter-clear").click();
  const segment = all.find((s) => s.segment)?.segment;
  await page.getByTestId("signal-filter-segment").selectOption(segment);
  assert.equal(await shown(page), all.filter((s) => s.segment === segment).length);
  await page.getByTestId("signal-filter-clear").click();
  assert.equal(await shown(page), all.length);

  // Search: a word of the evidence, any case; a customer's e-mail.
  await page.getByTestId("signal-search").fill("DATEV");
  const datev = all.filter((s) => [s.title, s.cause, s.segment, ...s.evidence.map((e) => e.text)].some((v) => lower(v).includes("datev")));
  assert.ok(datev.length > 0);
  assert.equal(await shown(page), datev.length);
  const tester = report.customers.profiles.find((p) => p.emails.includes("formula.tester@evilcorp.example"));
  await page.getByTestId("signal-search").fill("formula.tester@evilcorp");
  assert.equal(await shown(page), all.filter((s) => s.customer_id === tester.id).length);
  assert.equal(await page.getByTestId("signal-item").count(), 1);

  // The filter in the URL.
  await page.goto(`${harness.origin}/#/signals?type=competitor&severity=medium`);
  await page.locator("body[data-ready]").waitFor();
  await page.evaluate((r) => window.harness.render(r), report);
  assert.equal(await shown(page), all.filter((s) => s.type === "competitor" && s.severity === "medium").length);
  assert.equal(await page.getByTestId("signal-filter-type").inputValue(), "competitor");
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, harness.origin);
  await context.close();
});

test("detail: title, score, the evidence with its span marked as text, the route, and the customer", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await open(page, "#/signals");
  // A customer's signal whose evidence carries spans.
  const signal = report.signals.find((s) => s.customer_id && s.evidence.filter((e) => e.span).length >= 2) ??
    report.signals.find((s) => s.customer_id && s.evidence.some((e) => e.span));
  await page.getByTestId("signal-search").fill(signal.id);
  await page.getByTestId("signal-item").first().click();
  // The address keeps the search in force.
  await page.waitForFunction((id) => location.hash === `#/signals/${id}?q=${id}`, signal.id);
  const detail = page.getByTestId("signal-detail");
  assert.equal(await detail.getByTestId("signal-title").textContent(), signal.title);
  assert.equal(await detail.getByTestId("signal-score").textContent(), String(Math.round(signal.score)));
  assert.equal(await detail.getByTestId("signal-cause").textContent(), signal.cause);
  const lines = detail.getByTestId("evidence");
  assert.equal(await lines.count(), signal.evidence.length);
  for (const [i, e] of signal.evidence.entries()) {
    const q = lines.nth(i).locator("q.evidence-text");
    assert.equal(await q.textContent(), e.text);
    const marks = await q.locator("mark").allTextContents();
    assert.deepEqual(marks, e.span ? [e.text.slice(e.span[0], e.span[1])] : []);
    if (e.span) assert.equal(marks[0], e.matched);
  }
  const route = await detail.getByTestId("signal-route").textContent();
  assert.ok(route.includes(signal.route.team) && route.includes(signal.route.due_by), route);

  // The customer link opens the customer's page.
  const profile = report.customers.profiles.find((p) => p.id === signal.customer_id);
  await detail.getByTestId("signal-customer").click();
  await page.waitForFunction((id) => location.hash === `#/customers/${id}`, signal.customer_id);
  assert.equal(await page.getByTestId("customer-name").textContent(), profile.names[0] ?? profile.emails[0] ?? profile.keys[0]);
  assert.equal(await page.getByTestId("customer-id").textContent(), profile.id);
  // A signal id the report does not hold says so.
  await page.evaluate(() => { location.hash = "#/signals/s-000000000000"; });
  await page.getByTestId("signal-missing").waitFor();
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, harness.origin);
  await context.close();
});

test("keyboard: the arrow keys walk the list across its groups, Enter opens a signal, Escape closes it", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await open(page, "#/signals");
  // The order the inbox promises: best score first (ties in report order), grouped by type in
  // the order each type first appears.
  const ranked = report.signals.map((s, i) => ({ s, i })).sort((a, b) => b.s.score - a.s.score || a.i - b.i).map(({ s }) => s);
  const types = [...new Set(ranked.map((s) => s.type))];
  const order = types.flatMap((type) => ranked.filter((s) => s.type === type));
  await page.getByTestId("signal-item").first().focus();
  const focused = () => page.evaluate(() => document.activeElement?.dataset.id);
  assert.equal(await focused(), order[0].id);
  for (let i = 1; i <= 6; i += 1) {
    await page.keyboard.press("ArrowDown");
    assert.equal(await focused(), order[i].id, `row ${i}`);
  }
  await page.keyboard.press("ArrowUp");
  assert.equal(await focused(), order[5].id);
  await page.keyboard.press("End");
  assert.equal(await focused(), order.at(-1).id);
  await page.keyboard.press("Home");
  assert.equal(await focused(), order[0].id);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForFunction((id) => location.hash === `#/signals/${id}`, order[1].id);
  await page.getByTestId("signal-close").focus();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => location.hash === "#/signals");
  await page.waitForFunction((id) => document.activeElement?.dataset.id === id, order[1].id);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, harness.origin);
  await context.close();
});

test("the core's prose (title, cause, a computed fact, health details) goes through coreText in the page's language", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  const data = structuredClone(report);
  const signal = data.signals.find((s) => s.customer_id && s.evidence.some((e) => e.span) &&
    data.customers.profiles.find((p) => p.id === s.customer_id)?.health?.components.length);
  signal.title_msg = { id: "test.title", args: {} };
  signal.cause_msg = { id: "test.cause", args: {} };
  const fact = { source: null, row: null, record_id: null, field: "nps", text: "NPS 9 then 6", matched: null, span: null,
    text_msg: { id: "test.fact", args: {} } };
  signal.evidence.push(fact);
  const profile = data.customers.profiles.find((p) => p.id === signal.customer_id);
  for (const c of profile.health.components) c.detail_msg = { id: "test.detail", args: {} };
  await open(page, "#/signals", data);
  await page.evaluate(() => window.harness.setLang("ja"));
  await page.evaluate((id) => { location.hash = `#/signals/${id}`; }, signal.id);
  await page.getByTestId("signal-title").getByText("⟦ja:test.title⟧").waitFor();
  assert.equal(await page.getByTestId("signal-cause").textContent(), "⟦ja:test.cause⟧");
  assert.equal(await page.locator(`[data-testid=signal-item][data-id="${signal.id}"] .signal-item-title`).textContent(), "⟦ja:test.title⟧");
  const texts = await page.getByTestId("signal-detail").locator("q.evidence-text").allTextContents();
  assert.equal(texts.at(-1), "⟦ja:test.fact⟧");
  // The customer's words (evidence without a message: quoted, not composed by the core) stay
  // as written, with their marks; a fact the core composed is in Japanese like the rest.
  const shown = signal.evidence.slice(0, -1).map((e, i) => ({ e, text: texts[i] }));
  const quoted = shown.filter(({ e }) => !e.text_msg);
  assert.ok(quoted.length > 0, "the signal quotes the customer");
  assert.deepEqual(quoted.map(({ text }) => text), quoted.map(({ e }) => e.text));
  for (const { e, text } of shown.filter(({ e }) => e.text_msg)) assert.notEqual(text, e.text, `${e.text} left in English`);
  await page.getByTestId("signal-customer").click();
  await page.getByTestId("customer-page").getByTestId("health-component").first().waitFor();
  assert.deepEqual(await page.locator("[data-testid=health-component] .component-detail").allTextContents(),
    profile.health.components.map(() => "⟦ja:test.detail⟧"));
  assert.equal(await page.locator(`[data-testid=customer-signal][data-id="${signal.id}"]`).textContent(), "⟦ja:test.title⟧");
  // Without a message the English field is shown as the core wrote it.
  await page.evaluate(() => window.harness.setLang("en"));
  const other = data.signals.find((s) => s.id !== signal.id);
  await page.evaluate((id) => { location.hash = `#/signals/${id}`; }, other.id);
  await page.getByTestId("signal-title").getByText(other.title).waitFor();
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, harness.origin);
  await context.close();
});

/** The state form of the open signal. */
const form = (page) => ({
  state: page.getByTestId("signal-state"),
  owner: page.getByTestId("signal-owner"),
  note: page.getByTestId("signal-note"),
  saved: page.getByTestId("signal-saved"),
});

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  return readFile(await file.path(), "utf8");
}

test("states: kept across a reload and a re-analysis; not a signal labels the evidence; export, clear, import", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  // Ids are stable: the same files analysed again give the same signal ids.
  assert.deepEqual(again.signals.map((s) => s.id).sort(), report.signals.map((s) => s.id).sort());
  const signal = report.signals.find((s) => s.type === "churn_risk" && s.evidence.filter((e) => e.source).length >= 2);
  await open(page, `#/signals/${signal.id}`);
  let f = form(page);
  assert.equal(await f.state.inputValue(), "new");
  await f.state.selectOption("in_progress");
  await f.saved.and(page.locator("[data-state=in_progress]")).waitFor();
  await f.owner.fill("kim@acme.example");
  await f.owner.press("Tab");
  // The note is kept while typing, without leaving the field.
  await f.note.fill("Called them; =SUM(A1) follows");
  await page.waitForFunction(() => document.querySelector("[data-testid=signal-saved]").dataset.note === "Called them; =SUM(A1) follows");
  assert.match(await page.locator(`[data-testid=signal-item][data-id="${signal.id}"]`).textContent(), /In progress/);
  await page.getByTestId("signal-filter-state").selectOption("in_progress");
  assert.equal(await shown(page), 1);
  await page.getByTestId("signal-filter-owner").selectOption("kim@acme.example");
  assert.equal(await shown(page), 1);
  // The rule and the segment link (a segment signal's detail filters the inbox to its segment).
  const segmentSignal = report.signals.find((s) => s.segment);
  await page.getByTestId("signal-filter-clear").click();
  await page.evaluate((id) => { location.hash = `#/signals/${id}`; }, segmentSignal.id);
  assert.match(await page.getByTestId("signal-route").textContent(), segmentSignal.route.rule === "default" ? /default for the type/ : /routing rule \d+/);
  await page.getByTestId("signal-segment").click();
  await page.waitForFunction((n) => document.querySelector("[data-testid=signals-count]").dataset.shown === String(n),
    report.signals.filter((s) => s.segment === segmentSignal.segment).length);
  await page.evaluate((id) => { location.hash = `#/signals/${id}`; }, signal.id);

  // Reload: the states come back from IndexedDB.
  await page.reload();
  await page.locator("body[data-ready]").waitFor();
  await page.evaluate((r) => window.harness.render(r), report);
  await page.evaluate(() => window.harness.ready());
  await page.evaluate((r) => window.harness.render(r), report);
  f = form(page);
  assert.equal(await f.state.inputValue(), "in_progress");
  assert.equal(await f.owner.inputValue(), "kim@acme.example");
  assert.equal(await f.note.inputValue(), "Called them; =SUM(A1) follows");

  // Re-analysis: a new report from the same files finds the same state.
  await page.evaluate((r) => window.harness.render(r), again);
  assert.equal(await form(page).state.inputValue(), "in_progress");

  // The same files in another order: the core's ids change (they hold the file's index), the
  // state is found by the signal's key (the file's name instead).
  const reordered = analyse([...files].reverse());
  const moved = reordered.signals.find((s) => signalKey(s) === signalKey(signal));
  assert.ok(moved);
  assert.notEqual(moved.id, signal.id);
  await page.evaluate((r) => window.harness.render(r), reordered);
  await page.evaluate((id) => { location.hash = `#/signals/${id}`; }, moved.id);
  await page.getByTestId("signal-title").getByText(moved.title).waitFor();
  assert.equal(await form(page).state.inputValue(), "in_progress");
  assert.equal(await form(page).note.inputValue(), "Called them; =SUM(A1) follows");
  await page.evaluate((r) => window.harness.render(r), again);
  await page.evaluate((id) => { location.hash = `#/signals/${id}`; }, signal.id);
  await page.getByTestId("signal-title").getByText(signal.title).waitFor();

  // Not a signal: each piece of evidence from a file is labelled wrong, once; back out takes them back.
  await form(page).state.selectOption("not_a_signal");
  await page.waitForFunction(() => document.querySelector("[data-testid=signal-saved]")?.dataset.state === "not_a_signal");
  const fromFiles = signal.evidence.filter((e) => e.source && (e.text || e.matched));
  await page.waitForFunction((n) => window.harness.labelCalls.length >= n, fromFiles.length);
  let calls = await page.evaluate(() => window.harness.labelCalls);
  assert.deepEqual(calls.map((c) => [c.signal, c.source, c.row, c.field, c.verdict]),
    fromFiles.map((e) => [signal.id, e.source, e.row, e.field, "wrong"]));
  assert.equal(await page.getByTestId("label-wrong").first().getAttribute("aria-pressed"), "true");

  // Export, clear, import.
  const exported = JSON.parse(await download(page, "states-export"));
  assert.equal(exported.schema, "cxsignals.signal_states/1");
  assert.deepEqual(Object.keys(exported.states), [signal.id]);
  assert.equal(exported.states[signal.id].state, "not_a_signal");
  assert.equal(exported.states[signal.id].owner, "kim@acme.example");
  assert.equal(exported.states[signal.id].key, signalKey(signal));
  await page.getByTestId("states-clear").click();
  await page.getByTestId("states-clear-confirm").click();
  await page.getByTestId("states-message").getByText(/deleted/).waitFor();
  assert.equal(await form(page).state.inputValue(), "new");
  const dir = await mkdtemp(`${tmpdir()}/cxs-states-`);
  await writeFile(`${dir}/states.json`, JSON.stringify(exported));
  await page.getByTestId("states-import").setInputFiles(`${dir}/states.json`);
  await page.getByTestId("states-message").getByText("1 states imported (1 of them about signals in this report).").waitFor();
  assert.equal(await form(page).state.inputValue(), "not_a_signal");
  // A bad file: a clear error, and nothing taken from it.
  const bad = { schema: "cxsignals.signal_states/1", states: { [signal.id]: { state: "done" }, "s-other": { state: "closed" } } };
  await writeFile(`${dir}/bad.json`, JSON.stringify(bad));
  await page.getByTestId("states-import").setInputFiles(`${dir}/bad.json`);
  const message = page.getByTestId("states-message");
  await message.getByText(/Nothing was imported/).waitFor();
  assert.match(await message.textContent(), /the state of s-other is "closed"; it must be new, acknowledged, in_progress, done or not_a_signal/);
  assert.equal(await form(page).state.inputValue(), "not_a_signal");
  await writeFile(`${dir}/report.json`, JSON.stringify(report).slice(0, 2000));
  await page.getByTestId("states-import").setInputFiles(`${dir}/report.json`);
  await message.getByText(/the file is not JSON/).waitFor();

  // Back out of not a signal: the labels are taken back (each "wrong" given once more).
  await form(page).state.selectOption("done");
  await page.waitForFunction((n) => window.harness.labelCalls.length >= 2 * n, fromFiles.length);
  calls = await page.evaluate(() => window.harness.labelCalls);
  assert.equal(calls.length, 2 * fromFiles.length);
  assert.equal(await page.getByTestId("label-wrong").first().getAttribute("aria-pressed"), "false");
  await page.getByTestId("states-clear").click();
  await page.getByTestId("states-clear-confirm").click();
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, harness.origin);
  await context.close();
});

/** RFC 4180 rows of a CSV text (quoted fields with "" and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; } else if (c === "\r") continue;
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; } else cell += c;
  }
  return rows;
}

test("CSV export: the filtered list with each signal's state, a formula-looking cell escaped", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  const churn = report.signals.filter((s) => s.type === "churn_risk");
  const formula = churn.find((s) => s.evidence.some((e) => e.text.startsWith("=HYPERLINK")));
  assert.ok(formula, "the formula ticket raises a churn signal");
  await open(page, `#/signals/${formula.id}`);
  await form(page).state.selectOption("acknowledged");
  await page.waitForFunction(() => document.querySelector("[data-testid=signal-saved]")?.dataset.state === "acknowledged");
  await page.evaluate(() => { location.hash = "#/signals?type=churn_risk"; });
  await page.waitForFunction((n) => document.querySelector("[data-testid=signals-count]").dataset.shown === String(n), churn.length);
  const text = await download(page, "export-signals");
  assert.ok(text.startsWith("\ufeff"));
  const [header, ...rows] = parseCsv(text.slice(1));
  const col = (name) => header.indexOf(name);
  assert.deepEqual(new Set(rows.map((r) => r[col("id")])), new Set(churn.map((s) => s.id)));
  assert.equal(rows.length, churn.reduce((n, s) => n + Math.max(1, s.evidence.length), 0));
  const row = rows.find((r) => r[col("id")] === formula.id);
  assert.equal(row[col("state")], "acknowledged");
  assert.equal(row[col("text")], `'${formula.evidence[0].text}`);
  assert.ok(rows.filter((r) => r[col("id")] !== formula.id).every((r) => r[col("state")] === "new"));
  await page.getByTestId("states-clear").click();
  await page.getByTestId("states-clear-confirm").click();
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, harness.origin);
  await context.close();
});

/** A report of `n` synthetic signals over 8 types, 3 severities, 5 teams and 50 segments. */
function synthetic(n) {
  const types = ["churn_risk", "competitor", "satisfaction_change", "volume_change", "campaign_response", "quality_issue", "influencer", "opportunity"];
  const severities = ["high", "medium", "low"];
  const teams = ["cx", "product", "customer_success", "sales", "billing"];
  const signals = [];
  for (let i = 0; i < n; i += 1) {
    const text = `Ticket ${i}: we may cancel our subscription unless export ${i % 97} is fixed`;
    signals.push({
      id: `s-${i.toString(16).padStart(12, "0")}`, type: types[i % 8], severity: severities[i % 3], score: (i * 37) % 101,
      customer_id: null, segment: `Region=R${i % 50}`, title: `Synthetic signal ${i}`, cause: `rule ${i % 13}`,
      evidence: [{ source: "synthetic.csv", row: i + 2, record_id: String(i), field: "Body", text, matched: "cancel our subscription",
        span: [text.indexOf("cancel"), text.indexOf("cancel") + 23] }],
      evidence_count: 1, route: { team: teams[i % 5], owner: i % 7 === 0 ? "lead@acme.example" : null, due_by: "2026-10-02", rule: "default" },
      detected_at: "2026-09-30",
    });
  }
  return { schema: "cxsignals.report/1", as_of: "2026-10-01", signals, customers: { count: 0, listed: 0, profiles: [] } };
}

test("10,000 signals: filtering and scrolling each take well under 100 ms", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.setViewportSize({ width: 1280, height: 800 });
  const big = synthetic(10000);
  await page.goto(`${harness.origin}/#/signals`);
  await page.locator("body[data-ready]").waitFor();
  await page.evaluate(() => window.harness.ready());
  const renderMs = await page.evaluate((r) => {
    const t0 = performance.now();
    window.harness.render(r);
    void document.body.offsetHeight;
    return performance.now() - t0;
  }, big);
  assert.equal(await shown(page), 10000);
  // Each action: the change, the list drawn again and laid out (a forced layout), timed in the page.
  const timed = (action) => page.evaluate((a) => {
    const list = document.querySelector("[data-testid=signal-list]");
    const t0 = performance.now();
    if (a.select) {
      const select = document.querySelector(`[data-testid=${a.select}]`);
      select.value = a.value;
      select.dispatchEvent(new Event("change"));
    } else if (a.search !== undefined) {
      const input = document.querySelector("[data-testid=signal-search]");
      input.value = a.search;
      input.dispatchEvent(new Event("input"));
    }
    void document.body.offsetHeight;
    const filterMs = performance.now() - t0;
    if (a.scroll === undefined) return { ms: filterMs, shown: document.querySelector("[data-testid=signals-count]").dataset.shown };
    // Scrolling: from setting scrollTop to the frame that shows the new rows.
    return new Promise((resolve) => {
      const s0 = performance.now();
      list.scrollTop = a.scroll;
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const first = list.querySelector("[data-testid=signal-item]");
        resolve({ ms: performance.now() - s0, shown: first?.dataset.id, top: list.scrollTop });
      }));
    });
  }, action);
  const figures = [];
  const expect = (filter) => big.signals.filter(filter).length;
  const steps = [
    [{ select: "signal-filter-type", value: "churn_risk" }, expect((s) => s.type === "churn_risk")],
    [{ select: "signal-filter-severity", value: "high" }, expect((s) => s.type === "churn_risk" && s.severity === "high")],
    [{ select: "signal-filter-type", value: "" }, expect((s) => s.severity === "high")],
    [{ select: "signal-filter-team", value: "product" }, expect((s) => s.severity === "high" && s.route.team === "product")],
    [{ select: "signal-filter-severity", value: "" }, expect((s) => s.route.team === "product")],
    [{ select: "signal-filter-team", value: "" }, 10000],
    [{ search: "LEAD@acme.example" }, expect((s) => s.route.owner === "lead@acme.example")],
    [{ search: "" }, 10000],
    [{ select: "signal-filter-segment", value: "Region=R7" }, expect((s) => s.segment === "Region=R7")],
    [{ select: "signal-filter-segment", value: "" }, 10000],
  ];
  // The machine is shared (two cores, other builds): each action is timed three times and its
  // median kept; the slowest single run is printed too.
  const median = (values) => [...values].sort((a, b) => a - b)[1];
  let slowest = 0;
  for (const [action, want] of steps) {
    const runs = [];
    for (let i = 0; i < 3; i += 1) {
      const result = await timed(action);
      assert.equal(Number(result.shown), want, JSON.stringify(action));
      runs.push(result.ms);
    }
    slowest = Math.max(slowest, ...runs);
    figures.push({ action: JSON.stringify(action), ms: median(runs) });
  }
  const scrolls = [];
  for (const top of [50000, 200000, 400000, 560000, 10000, 300000]) {
    const runs = [];
    for (const delta of [0, 3000, 6000]) runs.push((await timed({ scroll: top + delta })).ms);
    slowest = Math.max(slowest, ...runs);
    scrolls.push(median(runs));
  }
  assert.ok(await page.getByTestId("signal-item").count() < 60, "only the rows in view are drawn");
  const filterMax = Math.max(...figures.map((f) => f.ms));
  const scrollMax = Math.max(...scrolls);
  console.log(`# 10,000 signals: first render ${renderMs.toFixed(1)} ms; filter/search ` +
    `${figures.map((f) => f.ms.toFixed(1)).join(", ")} ms (max ${filterMax.toFixed(1)}); ` +
    `scroll to next frame ${scrolls.map((ms) => ms.toFixed(1)).join(", ")} ms (max ${scrollMax.toFixed(1)}); medians of 3, ` +
    `slowest single run ${slowest.toFixed(1)} ms`);
  // The times are printed, not asserted: a timed test flakes on a shared machine. What is
  // asserted is what keeps them small: only the rows in view are drawn (above).
  // Opening a signal among 10,000.
  const t0 = Date.now();
  await page.evaluate(() => { location.hash = "#/signals/s-000000001000"; });
  await page.getByTestId("signal-title").getByText("Synthetic signal 4096").waitFor();
  console.log(`# open a signal among 10,000 (hash change to its detail shown, seen from the test): ${Date.now() - t0} ms`);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, harness.origin);
  await context.close();
});

// ---- The built page (dist/web/index.html) with the views mounted by the shell --------------------

async function loadDemo(page) {
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
}

test("the page: the hash's filter, a state kept across a reload and a re-analysis, not a signal as labels", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${server.origin}/`);
  await loadDemo(page);
  // The npm CLI on the same files, in the page's order and with its as-of date.
  const [saved] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const { as_of: asOf } = JSON.parse(await readFile(await saved.path(), "utf8"));
  const cli = JSON.parse(execFileSync(process.execPath, [`${root}/dist/pkg/cli.js`, "report", "--as-of", asOf, ...demoFiles()],
    { encoding: "utf8", maxBuffer: 1 << 28 }));
  const inbox = page.locator(".inbox-view");
  const count = () => inbox.getByTestId("signals-count").getAttribute("data-shown").then(Number);

  await page.getByTestId("nav-signals").click();
  await inbox.getByTestId("signals-count").waitFor();
  assert.equal(await count(), cli.signals.length);
  await page.evaluate(() => { location.hash = "#/signals?type=churn_risk&severity=high"; });
  await page.waitForFunction((n) => document.querySelector(".inbox-view [data-testid=signals-count]").dataset.shown === String(n),
    cli.signals.filter((s) => s.type === "churn_risk" && s.severity === "high").length);
  for (const type of new Set(cli.signals.map((s) => s.type))) {
    const chip = inbox.locator(`[data-testid=signal-group][data-type="${type}"]`);
    assert.equal(await chip.getAttribute("data-count"), String(cli.signals.filter((s) => s.type === type && s.severity === "high").length));
  }

  // A churn signal with evidence from the files: acknowledged, with an owner.
  const signal = cli.signals.find((s) => s.type === "churn_risk" && s.evidence.some((e) => e.source));
  await inbox.locator(`[data-testid=signal-item][data-id="${signal.id}"]`).click();
  await page.waitForFunction((id) => location.hash === `#/signals/${id}?type=churn_risk&severity=high`, signal.id);
  assert.equal(await inbox.getByTestId("signal-title").textContent(), signal.title);
  await inbox.getByTestId("signal-state").selectOption("acknowledged");
  await inbox.getByTestId("signal-owner").fill("kim@acme.example");
  await inbox.getByTestId("signal-owner").press("Tab");
  await page.waitForFunction(() => document.querySelector(".inbox-view [data-testid=signal-saved]")?.dataset.state === "acknowledged");

  // A reload, then the same files analysed again: the state is there.
  await page.reload();
  await loadDemo(page);
  await page.evaluate((id) => { location.hash = `#/signals/${id}`; }, signal.id);
  await inbox.getByTestId("signal-title").getByText(signal.title).waitFor();
  assert.equal(await inbox.getByTestId("signal-state").inputValue(), "acknowledged");
  assert.equal(await inbox.getByTestId("signal-owner").inputValue(), "kim@acme.example");
  await loadDemo(page);
  await inbox.getByTestId("signal-title").getByText(signal.title).waitFor();
  assert.equal(await inbox.getByTestId("signal-state").inputValue(), "acknowledged");

  // Not a signal: the page's learning keeps one "not a signal" label per piece of evidence from a file.
  const fromFiles = signal.evidence.filter((e) => e.source && (e.text || e.matched));
  await inbox.getByTestId("signal-state").selectOption("not_a_signal");
  // (The learning panel sits in the closed settings panel: its text is there, not shown.)
  await page.getByTestId("learning").getByText(`${fromFiles.length} labels (0 right, ${fromFiles.length} not a signal)`)
    .waitFor({ state: "attached" });
  assert.deepEqual(await inbox.getByTestId("label-wrong").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-pressed"))),
    fromFiles.map(() => "true"));
  await inbox.getByTestId("signal-state").selectOption("new");
  await page.getByTestId("learning").getByText(/Mark churn, switching and expansion signals/).waitFor({ state: "attached" });

  // The CSV of the filtered inbox, from the page.
  await page.evaluate(() => { location.hash = "#/signals?type=competitor"; });
  const competitor = cli.signals.filter((s) => s.type === "competitor");
  await page.waitForFunction((n) => document.querySelector(".inbox-view [data-testid=signals-count]").dataset.shown === String(n), competitor.length);
  const [csv] = await Promise.all([page.waitForEvent("download"), inbox.getByTestId("export-signals").click()]);
  const [header, ...rows] = parseCsv((await readFile(await csv.path(), "utf8")).slice(1));
  assert.deepEqual(new Set(rows.map((r) => r[header.indexOf("id")])), new Set(competitor.map((s) => s.id)));
  await inbox.getByTestId("states-clear").click();
  await inbox.getByTestId("states-clear-confirm").click();
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, server.origin);
  await context.close();
});
