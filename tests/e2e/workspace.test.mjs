// The page as a workspace (issue 16): seven views reached by the navigation, by URL and by the
// back button, without analysing again; language and theme switched and remembered; a Japanese
// Shift_JIS export with its hand-counted NPS; the Data quality table a page at a time; the
// single file offline; a screenshot of each view (docs/screenshots) and an accessibility check
// (axe-core, injected in the test only) on each. Every request is recorded; none leaves the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assertOnlyOwnRequests, recordingPage, servedBrowser, showView } from "./browser.mjs";
import { pageStrings, strings } from "../../web/i18n.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const VIEWS = ["overview", "signals", "customers", "satisfaction", "retention", "files", "quality"];
const SIZE = { width: 1280, height: 800 };

let origin;
let browser;
servedBrowser((served) => ({ origin, browser } = served));

async function loadDemo(page) {
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
}

async function downloadedReport(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

/** The views shown (not hidden) right now, by name. */
const shownViews = (page) => page.evaluate((views) => views.filter((v) =>
  document.querySelector(`[data-testid=view-${v}]`)?.checkVisibility()), VIEWS);

/** Every state the status line takes from now on, kept in the page (to see no analysis runs). */
const watchStatus = (page) => page.evaluate(() => {
  window.statusSeen = [];
  new MutationObserver(() => window.statusSeen.push(document.querySelector("#status").dataset.state))
    .observe(document.querySelector("#status"), { attributes: true, attributeFilter: ["data-state"] });
});

async function expectView(page, view) {
  await page.getByTestId(`view-${view}`).waitFor({ state: "visible" });
  assert.deepEqual(await shownViews(page), [view]);
  assert.equal(await page.getByTestId(`nav-${view}`).getAttribute("aria-current"), "page");
}

test("every view by its link, by URL and by the back button, drawn once per report and never analysed again", async (t) => {
  const { context, page, requests, errors } = await recordingPage(browser, { viewport: SIZE });
  await page.goto(`${origin}/`);
  // Before a report: the welcome screen and no view.
  assert.ok(await page.getByTestId("drop-zone").isVisible());
  assert.deepEqual(await shownViews(page), []);
  const started = Date.now();
  await page.getByTestId("load-demo").click();
  await page.getByTestId("kpi-nps").filter({ hasText: /\d/ }).waitFor({ state: "visible", timeout: 60000 });
  t.diagnostic(`load-demo to the Overview's tiles: ${Date.now() - started} ms (the page was open for a moment first)`);
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor();
  assert.equal(await page.getByTestId("drop-zone").isVisible(), false);
  await expectView(page, "overview");
  const report = await downloadedReport(page);

  await watchStatus(page);
  // By the navigation links: each view alone, its link current, its hash in the URL.
  for (const view of VIEWS) {
    await page.getByTestId(`nav-${view}`).click();
    await expectView(page, view);
    assert.equal(new URL(page.url()).hash, `#/${view}`);
    // The focus follows into the view (its heading), for the keyboard and screen readers.
    assert.ok(await page.evaluate((v) => Boolean(document.activeElement.closest(`[data-testid=view-${v}]`)), view), view);
  }
  // The back button walks the same way back.
  for (const view of [...VIEWS].reverse().slice(1)) {
    await page.goBack();
    await expectView(page, view);
  }
  // By URL, as a bookmark or a typed address (same document, so the report stays).
  for (const view of [...VIEWS].reverse()) {
    await page.goto(`${origin}/#/${view}`);
    await expectView(page, view);
  }
  // Sub-routes: a filtered inbox, one signal, one customer.
  const churn = report.signals.filter((s) => s.type === "churn_risk");
  await page.goto(`${origin}/#/signals?type=churn_risk`);
  await expectView(page, "signals");
  assert.equal(await page.getByTestId("signal-filter-type").inputValue(), "churn_risk");
  assert.equal(Number(await page.getByTestId("signals-count").getAttribute("data-shown")), churn.length);
  await page.goto(`${origin}/#/signals/${encodeURIComponent(churn[0].id)}`);
  assert.equal(await page.getByTestId("signal-title").textContent(), churn[0].title);
  const customer = report.customers.profiles.find((p) => p.names.length);
  await page.goto(`${origin}/#/customers/${encodeURIComponent(customer.id)}`);
  await expectView(page, "customers");
  assert.equal(await page.getByTestId("customer-name").textContent(), customer.names[0]);
  // An unknown view is the Overview.
  await page.goto(`${origin}/#/nowhere`);
  await expectView(page, "overview");
  assert.deepEqual(await page.evaluate(() => window.statusSeen), [], "no analysis ran while moving between views");

  // Overview: signals by type, each count the report's, each linking to the filtered inbox.
  const types = await page.getByTestId("top-signal-type").evaluateAll((items) => items.map((i) =>
    [i.dataset.type, i.querySelector("[data-testid=top-signal-count]").textContent]));
  const counted = new Map();
  for (const s of report.signals) counted.set(s.type, (counted.get(s.type) ?? 0) + 1);
  assert.deepEqual(types, [...counted].map(([type, n]) => [type, String(n)]));
  await page.getByTestId("top-signal-type").filter({ has: page.locator('a[href="#/signals?type=churn_risk"]') }).locator("a").click();
  await expectView(page, "signals");
  assert.equal(Number(await page.getByTestId("signals-count").getAttribute("data-shown")), churn.length);
  await page.goBack();
  await expectView(page, "overview");

  // Keyboard: arrows between the views' links; Enter opens one.
  await page.getByTestId("nav-overview").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "nav-signals");
  await page.keyboard.press("End");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "nav-quality");
  await page.keyboard.press("Enter");
  await expectView(page, "quality");
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("the Overview's tiles read the report: intervals and n, a trend arrow only for a significant change", async () => {
  const { context, page, requests, errors } = await recordingPage(browser, { viewport: SIZE });
  await page.goto(`${origin}/`);
  await loadDemo(page);
  const report = await downloadedReport(page);
  const en = (v, d = 1) => Number(v).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  const text = (id) => page.getByTestId(id).textContent();
  for (const [metric, digits] of [["nps", 1], ["csat", 1], ["ces", 2]]) {
    const m = report.metrics[metric];
    assert.equal(await text(`kpi-${metric}`), en(m.value, digits));
    assert.ok((await text(`kpi-${metric}-ci`)).includes(`${en(m.ci95[0], digits)} to ${en(m.ci95[1], digits)}`));
    assert.ok((await text(`kpi-${metric}-n`)).includes(m.n.toLocaleString("en-US")));
    const significant = report.metrics.changes.filter((c) => c.metric === metric && !c.segment && c.significant)
      .sort((a, b) => a.q_value - b.q_value)[0];
    const arrow = page.getByTestId(`kpi-${metric}-trend`);
    assert.equal(await arrow.isVisible(), Boolean(significant), metric);
    if (significant) assert.equal(await arrow.getAttribute("data-direction"), significant.difference > 0 ? "up" : "down");
  }
  // Churn and NRR: the latest month with subscribers at its start, as the core gives it.
  const month = [...report.retention.subscriptions.months].reverse().find((m) => m.churn_rate?.n);
  assert.equal(await text("kpi-churn"), `${en(month.churn_rate.value * 100)}%`);
  assert.ok((await text("kpi-churn-ci")).includes(`${en(month.churn_rate.ci95[0] * 100)}%`));
  assert.ok((await text("kpi-churn-n")).includes(`${month.churned} of ${month.churn_rate.n}`));
  assert.equal(await text("kpi-nrr"), `${en(month.net_revenue_retention * 100)}%`);
  assert.equal(await page.getByTestId("kpi-churn-trend").isVisible(), false, "the report tests no change of churn");
  assert.equal(await text("kpi-customers"), report.customers.count.toLocaleString("en-US"));
  const period = [...report.scorecard.periods].reverse().find((p) => p.profitability?.orders);
  assert.equal(await text("kpi-revenue"), en(period.profitability.revenue, 2));
  assert.ok((await text("kpi-ev-n")).includes(`n = ${report.models.gamma_gamma.n}`));
  assert.ok(await page.locator("[data-testid=overview-satisfaction-chart] canvas").first().isVisible());
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("Japanese and dark: the UI switches and redraws, both choices kept in IndexedDB across a reload", async () => {
  const { context, page, requests, errors } = await recordingPage(browser, { viewport: SIZE, colorScheme: "light" });
  await page.goto(`${origin}/`);
  await loadDemo(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  const light = await background();
  await page.getByTestId("theme").selectOption("dark");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.notEqual(await background(), light);

  await page.getByTestId("lang").selectOption("ja");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ja");
  assert.equal(await page.getByTestId("nav-retention").textContent(), strings.ja.view_retention);
  assert.equal(await page.getByTestId("kpi-nps-tile").locator("h2").textContent(), strings.ja.nps_title);
  // Each view shown in Japanese is drawn again in Japanese.
  await showView(page, "satisfaction");
  assert.equal(await page.getByTestId("satisfaction").locator("h2").textContent(), strings.ja.satisfaction_title);
  await showView(page, "quality");
  assert.equal(await page.getByTestId("view-quality").locator("h1").textContent(), strings.ja.quality_title);
  // No English UI string is left in the views this page draws: each English string's longest
  // piece without a placeholder (15 characters or more, so a one-word string such as
  // "Satisfaction" is not confused with a file's own column of that name; and not also in the
  // Japanese one).
  const pieces = Object.entries(pageStrings.en).map(([key, text]) => [key, text.split(/\{\w+\}/)
    .map((piece) => piece.trim()).sort((a, b) => b.length - a.length)[0]])
    .filter(([key, piece]) => piece.length >= 15 && !pageStrings.ja[key].includes(piece));
  for (const view of ["overview", "satisfaction", "retention", "files", "quality"]) {
    await showView(page, view);
    // The core's own sentences (data-prose=core) are the core's to translate, not this table's.
    const shown = await page.getByTestId(`view-${view}`).evaluate((node) => {
      const copy = node.cloneNode(true);
      for (const prose of copy.querySelectorAll("[data-prose=core]")) prose.remove();
      return copy.textContent;
    });
    assert.deepEqual(pieces.filter(([, piece]) => shown.includes(piece)).map(([key]) => `${view}: ${key}`), []);
  }
  // Nothing but IndexedDB holds them: no cookie, no localStorage.
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);

  await page.reload();
  await page.getByTestId("theme").and(page.locator("select")).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === "ja" && document.documentElement.dataset.theme === "dark");
  assert.equal(await page.getByTestId("theme").inputValue(), "dark");
  assert.equal(await page.getByTestId("lang").inputValue(), "ja");
  assert.equal(await page.getByTestId("load-demo").textContent(), strings.ja.load_demo);
  // The first Tab reaches the skip link, which leads past the bars to the view.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  // "System" follows the browser's colour scheme.
  await page.getByTestId("theme").selectOption("system");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  // Clearing local data forgets them.
  await page.getByTestId("settings-toggle").click();
  await page.getByTestId("clear-local").click();
  await page.getByTestId("status").and(page.locator("[data-state=cleared]")).waitFor();
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

/** `text` in Shift_JIS, through a table made from Node's own Shift_JIS decoder (ICU): an encoder
 *  independent of the page and the core. */
function shiftJis(text) {
  const decoder = new TextDecoder("shift_jis");
  const table = new Map();
  for (let lead = 0x81; lead <= 0xef; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else if (table.has(char)) bytes.push(...table.get(char));
    else throw new Error(`${char} has no Shift_JIS code`);
  }
  return Uint8Array.from(bytes);
}

test("a Japanese Google Forms export in Shift_JIS: its NPS as counted by hand, in the Japanese UI", async () => {
  // 10 answers: 10, 10, 9, 9, 9 (5 promoters), 8, 7 (2 passives), 6, 3, 0 (3 detractors):
  // NPS = (5 − 3) / 10 = 20.0 points, n = 10.
  const scores = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0];
  const reasons = ["とても使いやすい", "サポートが早い", "満足しています", "便利です", "良いです", "普通です", "まあまあ",
    "価格が高い", "不具合が多い", "解約を検討中です"];
  const csv = ["タイムスタンプ,メールアドレス,Acme を友人や同僚に勧める可能性はどのくらいありますか？,その点数をつけた理由を教えてください",
    ...scores.map((score, i) => `2026/09/${String(i + 10)} 10:00:00,user${i}@example.jp,${score},${reasons[i]}`)].join("\r\n") + "\r\n";
  const bytes = shiftJis(csv);
  assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), "the file is not UTF-8");
  const dir = await mkdtemp(`${tmpdir()}/cxs-e2e-sjis-`);
  const file = `${dir}/nps_2026q3_sjis.csv`;
  await writeFile(file, bytes);

  const { context, page, requests, errors } = await recordingPage(browser, { viewport: SIZE });
  await page.goto(`${origin}/`);
  await page.getByTestId("lang").selectOption("ja");
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
  assert.equal(await page.getByTestId("kpi-nps").textContent(), "20.0");
  assert.match(await page.getByTestId("kpi-nps-n").textContent(), /10/);
  assert.equal(await page.getByTestId("kpi-nps-split").isVisible(), true);
  await showView(page, "files");
  const row = page.getByTestId("source-row").filter({ hasText: "nps_2026q3_sjis.csv" });
  assert.match(await row.textContent(), /shift_jis/i);
  assert.match(await row.textContent(), /survey_responses/);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("Data quality shows 100 findings at a time, filtered by file and problem", async () => {
  // 600 answers; every fourth (the 1st, 5th, ... 597th) is "N/A": 150 invalid_score findings, on
  // spreadsheet rows 2, 6, 10, ... 598 (the header is row 1). Hand count, not the core's.
  const lines = ["Response ID,How likely are you to recommend us?,Comment"];
  for (let i = 0; i < 600; i++) lines.push(`${i + 1},${i % 4 === 0 ? "N/A" : i % 11},ok`);
  const dir = await mkdtemp(`${tmpdir()}/cxs-e2e-quality-`);
  await writeFile(`${dir}/bad_scores.csv`, lines.join("\n") + "\n");
  const { context, page, requests, errors } = await recordingPage(browser, { viewport: SIZE });
  await page.goto(`${origin}/#/quality`);
  await page.getByTestId("file-input").setInputFiles(`${dir}/bad_scores.csv`);
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
  await page.getByTestId("view-quality").waitFor();
  await page.getByTestId("quality-filter-code").selectOption("invalid_score");
  assert.equal(await page.getByTestId("quality-row").count(), 100);
  assert.equal(await page.getByTestId("quality-range").textContent(), "1–100 of 150");
  assert.ok(await page.getByTestId("quality-prev").isDisabled());
  await page.getByTestId("quality-next").click();
  assert.equal(await page.getByTestId("quality-row").count(), 50);
  assert.equal(await page.getByTestId("quality-range").textContent(), "101–150 of 150");
  assert.ok(await page.getByTestId("quality-next").isDisabled());
  // The second page holds findings 101 to 150: rows 402, 406, ... 598.
  const rows = await page.getByTestId("quality-row").evaluateAll((trs) => trs.map((tr) => Number(tr.cells[1].textContent)));
  assert.deepEqual(rows, Array.from({ length: 50 }, (_, k) => 402 + 4 * k));
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("the single file from file://, offline: every view", async () => {
  const { context, page, requests, errors } = await recordingPage(browser, { viewport: SIZE });
  await context.setOffline(true);
  const url = pathToFileURL(`${root}/dist/web/index.html`).href;
  await page.goto(url);
  await loadDemo(page);
  for (const view of VIEWS) {
    await showView(page, view);
    assert.equal(new URL(page.url()).hash, `#/${view}`);
  }
  await page.goBack();
  await page.getByTestId("view-files").waitFor({ state: "visible" });
  await showView(page, "retention");
  await page.locator("[data-testid=survival-chart] canvas").first().waitFor();
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, url);
  await context.close();
});

test("768 px wide (a tablet): every view fits the width, the navigation wraps instead of hiding a view", async () => {
  const { context, page, requests, errors } = await recordingPage(browser, { viewport: { width: 768, height: 1024 } });
  await page.goto(`${origin}/`);
  await loadDemo(page);
  for (const view of VIEWS) {
    await showView(page, view);
    const { width, window } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, window: window.innerWidth }));
    assert.ok(width <= window, `${view}: ${width} px wide in a ${window} px window`);
    // Every view's link is inside the window, none scrolled out of sight.
    const outside = await page.locator("#viewnav a").evaluateAll((links) =>
      links.filter((a) => a.getBoundingClientRect().right > window.innerWidth).map((a) => a.textContent));
    assert.deepEqual(outside, [], view);
  }
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

/** Runs axe-core (injected here, never part of the page) and returns the serious and critical
 *  violations, each as "rule: target (what)". */
async function axeViolations(page, axeSource) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.filter((v) => ["serious", "critical"].includes(v.impact))
    .flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim() ?? v.help})`));
}

test("each view: a screenshot for the README, and no serious or critical accessibility violation (axe-core)", async () => {
  const axeSource = await readFile(`${root}/node_modules/axe-core/axe.min.js`, "utf8");
  // bypassCSP only lets this test inject axe-core; the page's own CSP is checked by the others.
  const { context, page, requests, errors } = await recordingPage(browser,
    { viewport: SIZE, bypassCSP: true, colorScheme: "light" });
  await page.goto(`${origin}/`);
  await loadDemo(page);
  const shots = `${root}/docs/screenshots`;
  await mkdir(shots, { recursive: true });
  const found = {};
  const check = async (name) => {
    await page.waitForTimeout(100); // charts drawn, focus rings settled
    await page.screenshot({ path: `${shots}/${name}.png` });
    const violations = await axeViolations(page, axeSource);
    if (violations.length) found[name] = violations;
  };
  for (const view of VIEWS) {
    await showView(page, view);
    if (view === "signals") await page.getByTestId("signal-item").first().click();
    if (view === "customers") await page.getByTestId("customer-row").first().click();
    await page.mouse.move(0, 0);
    await check(view);
  }
  await showView(page, "overview");
  await page.getByTestId("theme").selectOption("dark");
  await page.evaluate(() => document.activeElement.blur());
  await check("overview-dark");
  await page.getByTestId("theme").selectOption("light");
  await page.getByTestId("lang").selectOption("ja");
  await page.evaluate(() => document.activeElement.blur());
  await check("overview-ja");
  await page.getByTestId("settings-toggle").click();
  await check("settings");
  assert.deepEqual(found, {});
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});
