// The page in real Chromium, as a user uses it: open, load files, read the results in the view
// that shows them; every request is recorded and must stay on the page's own origin (or be
// blob:/data:).
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assertOnlyOwnRequests, openSettings, recordingPage, servedBrowser, showView } from "./browser.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (name) => `${root}/tests/data/surveys/${name}`;
const pageFile = `${root}/dist/web/index.html`;

let origin;
let browser;
servedBrowser((served) => ({ origin, browser } = served));


async function loadFiles(page, files) {
  await page.getByTestId("file-input").setInputFiles(files);
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
}

test("served page: a survey export gives the hand-counted NPS, and no request leaves the origin", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadFiles(page, [fixture("survey_bom_crlf.csv")]);
  // 1 detractor, 2 passives, 3 promoters: NPS 33.3, adjusted-Wald [-26.7, 71.2] (nps_test.cpp).
  assert.equal(await page.getByTestId("kpi-nps").textContent(), "33.3");
  assert.match(await page.getByTestId("kpi-nps-ci").textContent(), /-26\.7 to 71\.2/);
  assert.match(await page.getByTestId("kpi-nps-n").textContent(), /n = 6\b/);
  // The three invalid cells are listed with their spreadsheet rows.
  await showView(page, "quality");
  const rows = await page.getByTestId("quality-row").allTextContents();
  assert.equal(rows.length, 3);
  assert.deepEqual(rows.map((r) => /^survey_bom_crlf\.csv(\d+)/.exec(r)?.[1]), ["4", "7", "10"]);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("served page: several files at once; an orders export is recognised and left out of NPS", async () => {
  const { context, page, requests } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadFiles(page, [fixture("typeform_quoted_newlines.csv"), fixture("orders_no_nps.csv")]);
  // 20 detractors / 30 passives / 50 promoters: NPS 30.0, adjusted-Wald [14.1, 44.2].
  assert.equal(await page.getByTestId("kpi-nps").textContent(), "30.0");
  assert.match(await page.getByTestId("kpi-nps-ci").textContent(), /14\.1 to 44\.2/);
  await showView(page, "files");
  assert.equal(await page.getByTestId("source-row").count(), 2); // the two files loaded above
  assert.match(await page.getByTestId("sources").textContent(), /orders_no_nps\.csvorders/);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("served page: demo data loads with a button and shows an NPS", async () => {
  const { context, page, requests } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
  assert.match(await page.getByTestId("kpi-nps").textContent(), /^-?\d+\.\d$/);
  await showView(page, "files");
  assert.equal(await page.getByTestId("source-row").count(), 5); // the five files of web/demo/manifest.js
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("file:// single-file page works offline with the same numbers", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await context.setOffline(true);
  const url = pathToFileURL(pageFile).href;
  await page.goto(url);
  await loadFiles(page, [fixture("survey_bom_crlf.csv")]);
  assert.equal(await page.getByTestId("kpi-nps").textContent(), "33.3");
  // The charts (uPlot, bundled in) draw under the same strict CSP, offline.
  await page.getByTestId("load-demo").click();
  await page.locator("[data-testid=overview-satisfaction-chart] canvas").first().waitFor({ timeout: 30000 });
  await showView(page, "retention");
  await page.locator("[data-testid=survival-chart] canvas").first().waitFor({ timeout: 30000 });
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, url);
  await context.close();
});

test("user text is rendered as text, never as HTML", async () => {
  const { context, page } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadFiles(page, [fixture("html_injection.csv")]);
  await showView(page, "quality");
  assert.equal(await page.locator("img[src=x]").count(), 0);
  assert.match(await page.getByTestId("quality").textContent(), /<img src=x onerror=alert\(1\)>/);
  await context.close();
});

test("the whole export corpus dropped on the page: 18 files, 81 customers, per-file NPS and CSAT", async () => {
  const { readdir, readFile } = await import("node:fs/promises");
  const corpus = `${root}/tests/data/corpus`;
  const expected = JSON.parse(await readFile(`${corpus}/expected.json`, "utf8"));
  const names = Object.keys(expected.files).sort();
  assert.ok((await readdir(corpus)).length >= names.length);
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadFiles(page, names.map((name) => `${corpus}/${name}`));
  assert.equal(await page.getByTestId("kpi-customers").textContent(), String(expected.customers));
  await showView(page, "files");
  assert.equal(await page.getByTestId("source-row").count(), names.length);
  // Each survey file's row shows its NPS n and CSAT n as counted by the corpus generator.
  for (const name of names) {
    const want = expected.files[name];
    const row = page.getByTestId("source-row").filter({ hasText: name });
    const npsCell = await row.locator("td").nth(6).textContent();
    const csatCell = await row.locator("td").nth(7).textContent();
    const npsN = want.nps ? want.nps.promoters + want.nps.passives + want.nps.detractors : null;
    assert.equal(npsCell.match(/n = (\d+)$/)?.[1] ?? null, npsN === null ? null : String(npsN), name);
    assert.equal(csatCell.match(/n = (\d+)$/)?.[1] ?? null, want.csat ? String(want.csat.total) : null, name);
  }
  const invalid = Object.values(expected.files).reduce((sum, f) => sum + (f.invalid_cells?.length ?? 0), 0);
  await showView(page, "quality");
  const invalidShown = (await allQualityRows(page)).filter((row) => row.includes("invalid_score")).length;
  assert.equal(invalidShown, invalid);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

/** Every row of the Data quality table, page after page (it shows 100 at a time). */
async function allQualityRows(page) {
  const rows = [];
  for (;;) {
    rows.push(...await page.getByTestId("quality-row").allTextContents());
    if (await page.getByTestId("quality-next").isDisabled()) return rows;
    await page.getByTestId("quality-next").click();
  }
}

// The page's numbers, formatted as the page formats them in English (it computes none itself).
const en = (value, digits = 1) =>
  Number(value).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const share = (value, digits = 1) => `${en(value * 100, digits)}%`;
const prob = (p) => Number(p).toPrecision(3);

async function loadDemo(page) {
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 30000 });
}

/** The report exactly as the page holds it, through its own "Save report (JSON)" button. */
async function downloadedReport(page) {
  const { readFile } = await import("node:fs/promises");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

test("demo data: every section shows the numbers of the report the page produced, in English and Japanese", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadDemo(page);
  const report = await downloadedReport(page);
  const { metrics, retention, models, segments, scorecard } = report;
  const text = (testid) => page.getByTestId(testid).first().textContent();

  // Satisfaction: CES tile (Overview), the chart (a canvas), per-period rows for each period switch.
  assert.equal(await text("kpi-ces"), en(metrics.ces.value, 2));
  assert.match(await text("kpi-ces-ci"), new RegExp(`${en(metrics.ces.ci95[0], 2)} to ${en(metrics.ces.ci95[1], 2)}`));
  assert.match(await text("kpi-ces-n"), new RegExp(`scale ${metrics.ces.scale[0]}–${metrics.ces.scale[1]}`));
  await showView(page, "satisfaction");
  assert.ok(await page.locator("[data-testid=satisfaction-chart] canvas").first().isVisible());
  assert.equal(await page.getByTestId("period-row").count(), metrics.by_period.month.length);
  await page.getByTestId("period-quarter").click();
  assert.equal(await page.getByTestId("period-row").count(), metrics.by_period.quarter.length);
  assert.ok(await page.locator("[data-testid=satisfaction-chart] canvas").first().isVisible());

  // By segment: the Country table, one row per value, NPS as the core computed it.
  const country = metrics.by_segment.find((s) => s.column.startsWith("Country"));
  const countryTable = page.locator(`[data-testid=segment-table][data-column="${country.column}"]`);
  assert.ok(await countryTable.isVisible());
  assert.equal(await countryTable.getByTestId("segment-row").count(), country.groups.length);
  const top = country.groups[0];
  const topRow = await countryTable.getByTestId("segment-row").first().textContent();
  assert.ok(topRow.startsWith(top.value) && topRow.includes(en(top.nps.value)), topRow);

  // Changes: significant rows first, and the significant recent drop in DE with its numbers.
  const significant = metrics.changes.filter((c) => c.significant);
  assert.equal(await page.getByTestId("changes").getByTestId("significant").count(), significant.length);
  assert.ok(await page.getByTestId("change-row").first().getByTestId("significant").isVisible());
  const de = significant.find((c) => c.segment?.value === "DE" && c.segment.column.startsWith("Country"));
  assert.ok(de, "the demo data has a significant change for DE");
  const deRow = page.getByTestId("change-row").filter({ hasText: `${de.segment.column} = DE` })
    .filter({ has: page.getByTestId("significant") }).filter({ hasText: de.metric.toUpperCase() });
  const deText = await deRow.first().textContent();
  for (const part of [en(de.difference), en(de.ci95[0]), en(de.ci95[1]), prob(de.p_value), prob(de.q_value), de.a, de.b]) {
    assert.ok(deText.includes(part), `${part} in ${deText}`);
  }
  // A two-way cell reads as its columns and values: "Channel × Plan = Sales × Pro".
  const cell = metrics.changes.find((c) => c.segment?.parts?.length === 2);
  assert.ok(cell, "the demo data has two-way cells");
  const cellText = await page.getByTestId("change-row").filter({ hasText: `${cell.segment.column} = ${cell.segment.value}` })
    .filter({ hasText: prob(cell.p_value) }).first().textContent();
  assert.ok(cellText.includes(en(cell.difference, cell.metric === "ces" ? 2 : 1)), cellText);

  // Retention: monthly rows, the cohort matrix with its shares, the lapse count.
  await showView(page, "retention");
  assert.equal(await page.getByTestId("retention-row").count(), retention.subscriptions.months.length);
  assert.ok(await page.locator("[data-testid=retention-chart] canvas").first().isVisible());
  assert.equal(await page.getByTestId("cohort-row").count(), retention.cohorts.rows.length);
  const firstCohort = retention.cohorts.rows[0];
  const cells = await page.getByTestId("cohort-row").first().locator("td").allTextContents();
  assert.deepEqual(cells.slice(2), firstCohort.retention.map((c) => share(c.share, 0)));
  assert.match(await text("lapse"), new RegExp(`: ${retention.lapse.lapsed}\\.`));

  // Survival: one row per plan with n and events, the log-rank statistic and p.
  const survivalRows = await page.getByTestId("survival-row").allTextContents();
  for (const plan of ["Basic", "Pro", "Enterprise"]) {
    const segment = models.survival.segments.find((s) => s.name === plan);
    const row = survivalRows.find((r) => r.startsWith(plan));
    assert.ok(row?.startsWith(`${plan}${segment.n}${segment.events}`), row);
    if (segment.median !== null) assert.ok(row.includes(en(segment.median, 0)), row);
  }
  const logrank = await text("logrank");
  assert.ok(logrank.includes(`χ² = ${en(models.survival.logrank.chisq, 2)}`) && logrank.includes(`df = ${models.survival.logrank.df}`), logrank);
  assert.ok(logrank.includes(`p = ${prob(models.survival.logrank.p)}`), logrank);
  assert.ok(await page.locator("[data-testid=survival-chart] canvas").first().isVisible());

  // Renewals: sBG alpha and beta with SE, the fit check.
  const params = await page.getByTestId("sbg-params").getByTestId("param-row").allTextContents();
  for (const [name, p] of Object.entries(models.sbg.params)) {
    assert.ok(params.some((r) => r === `${name}${en(p.value, 3)}${en(p.se, 3)}${en(p.ci95[0], 3)} – ${en(p.ci95[1], 3)}`), `${name}: ${params}`);
  }
  assert.ok((await text("sbg-fit-check")).includes(`p = ${prob(models.sbg.fit_check.p)}`));

  // Customer value: each model fitted with its parameters, or a "not fitted" line.
  for (const key of ["bgnbd", "pareto_nbd", "gamma_gamma"]) {
    const block = await text(`model-${key}`);
    if (models[key]?.params) {
      for (const p of Object.values(models[key].params)) assert.ok(block.includes(en(p.value, 3)), block);
    } else {
      assert.match(block, /Not fitted: /);
    }
  }

  // Segments: RFM counts and shares, persona cards, k and the silhouettes tried.
  const rfmRows = await page.getByTestId("rfm-row").allTextContents();
  assert.equal(rfmRows.length, segments.rfm.segments.length);
  const champions = segments.rfm.segments.find((s) => s.segment === "champions");
  assert.ok(rfmRows.includes(`Champions${champions.count}${share(champions.share)}${en(champions.mean_monetary, 2)}`), rfmRows.join("\n"));
  assert.equal(await page.getByTestId("persona-card").count(), segments.personas.personas.length);
  assert.ok((await page.getByTestId("persona-card").first().textContent()).includes(`${segments.personas.personas[0].size} customers`));
  assert.match(await text("personas-k"), new RegExp(`k = ${segments.personas.k} `));
  const tried = await page.getByTestId("tried-row").allTextContents();
  assert.deepEqual(tried.map((r) => r.replace(/chosen$/, "")),
    segments.personas.tried.map((k) => `${k.k}${en(k.silhouette, 3)}${en(k.within_ss, 1)}`));

  // Scorecard: one row per month, new customers and tickets as reported.
  const scoreRows = await page.getByTestId("scorecard-row").allTextContents();
  assert.equal(scoreRows.length, scorecard.periods.length);
  const last = scorecard.periods.at(-1);
  assert.ok(scoreRows.at(-1).startsWith(`${last.period}${last.acquisition.new_customers}${last.retention.active_customers}`), scoreRows.at(-1));

  // Signals: all of them, ranked as the core ranked them (the best first), each with its owner.
  await showView(page, "signals");
  assert.ok(report.signals.length > 0, "the demo tickets hold churn-risk phrases");
  assert.equal(await shownCount(page), report.signals.length);
  const firstItem = page.getByTestId("signal-item").first();
  assert.equal(await firstItem.getAttribute("data-id"), report.signals[0].id);
  assert.ok((await firstItem.textContent()).includes(report.signals[0].title));
  await firstItem.click();
  assert.equal(await page.getByTestId("signal-title").textContent(), report.signals[0].title);
  assert.ok((await page.getByTestId("signal-route").textContent()).includes(report.signals[0].route.due_by));

  // Customers: a customer's page shows the model figures (RFM, P(alive)) the report gives.
  const modelled = report.customers.profiles.find((p) => p.models?.rfm && p.models.p_alive !== null);
  assert.ok(modelled, "the demo orders give RFM and P(alive)");
  await page.goto(`${origin}/#/customers/${encodeURIComponent(modelled.id)}`);
  await page.getByTestId("customer-models").waitFor();
  assert.equal(await page.getByTestId("customer-p-alive").textContent(), share(modelled.models.p_alive));
  assert.match(await page.getByTestId("customer-rfm").textContent(),
    new RegExp(`R${modelled.models.rfm.r} F${modelled.models.rfm.f} M${modelled.models.rfm.m}`));

  // Japanese: the section titles switch language in each view as it is shown, and the charts
  // are drawn again.
  const { strings } = await import("../../web/i18n.js");
  await page.getByTestId("lang").selectOption("ja");
  for (const [view, sections] of [["satisfaction", [["satisfaction", "satisfaction_title"]]],
    ["retention", [["retention", "retention_title"], ["survival", "survival_title"], ["renewals", "renewals_title"],
      ["value", "value_title"], ["segments", "segments_title"], ["scorecard", "scorecard_title"]]],
    ["signals", [["view-signals", "inbox_title"]]]]) {
    await showView(page, view);
    // The section's heading (the inbox's own is its view's title).
    for (const [testid, key] of sections) assert.equal(await page.getByTestId(testid).locator("h1, h2").first().textContent(), strings.ja[key]);
  }
  assert.equal(await page.getByTestId("export-signals").textContent(), strings.ja.inbox_export_csv);
  await openSettings(page);
  assert.equal(await page.getByTestId("routes-setting").locator(".setting-label").textContent(), strings.ja.routes_label);
  assert.equal(await page.getByTestId("routes-summary").textContent(), strings.ja.routes_none);
  await showView(page, "overview");
  assert.equal(await page.getByTestId("kpi-ces-tile").locator("h2").textContent(), strings.ja.ces_title);
  await showView(page, "satisfaction");
  assert.ok(await page.locator("[data-testid=satisfaction-chart] canvas").first().isVisible());

  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("a saved report opens as it is: the CDNOW value models and holdout as the CLI computed them", async () => {
  const { execFileSync } = await import("node:child_process");
  const { writeFileSync, mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const text = execFileSync(`${root}/build/native/core/cli/cxsignals`, ["report", "--as-of", "1998-06-30",
    "--calibration-end", "1997-09-30", "--horizon-weeks", "39", `${root}/tests/data/cdnow/cdnow_orders.csv`],
  { maxBuffer: 64 << 20 });
  const report = JSON.parse(text);
  const file = `${mkdtempSync(`${tmpdir()}/cxs-e2e-`)}/report.json`;
  writeFileSync(file, text);

  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await page.getByTestId("report-input").setInputFiles(file);
  await page.getByTestId("status").and(page.locator("[data-state=report_opened]")).waitFor({ timeout: 10000 });
  await showView(page, "retention");
  // Parameters with SE and interval, as the report has them (3 decimals on the page).
  const f3 = (v) => en(v, 3);
  const row = (name, p) => `${name}${f3(p.value)}${f3(p.se)}${f3(p.ci95[0])} – ${f3(p.ci95[1])}`;
  const bgnbd = await page.getByTestId("bgnbd-params").getByTestId("param-row").allTextContents();
  assert.deepEqual(bgnbd, ["r", "alpha", "a", "b"].map((n) => row(n, report.models.bgnbd.params[n])));
  assert.match(await page.getByTestId("model-bgnbd").textContent(), /converged: yes · n = 2,357/);
  assert.match(await page.getByTestId("model-gamma_gamma").textContent(), /n = 946/);
  // Holdout: the totals row shows the 1,882 repeat purchases BTYD counts, beside the forecasts.
  const holdout = await page.getByTestId("holdout").locator("tbody tr").first().locator("td").allTextContents();
  assert.deepEqual(holdout, ["all", "2,357", en(1882, 2), en(report.models.holdout.bgnbd, 2), en(report.models.holdout.pareto_nbd, 2)]);
  // The first customer of the list, opened: P(alive), the health score and each component with
  // its contribution, as the core computed them.
  await showView(page, "customers");
  await page.getByTestId("customer-row").first().click();
  await page.getByTestId("customer-models").waitFor();
  const customer = report.customers.profiles.find((p) => p.id === new URL(page.url()).hash.split("/").pop());
  assert.ok(customer, page.url());
  assert.equal(await page.getByTestId("customer-p-alive").textContent(), `${en(100 * customer.models.p_alive, 1)}%`);
  const health = page.getByTestId("customer-health");
  assert.equal(await health.getByTestId("health-score").textContent(), String(customer.health.score));
  const components = health.getByTestId("health-component");
  assert.deepEqual(await components.evaluateAll((nodes) => nodes.map((n) => n.dataset.name)), customer.health.components.map((c) => c.name));
  assert.deepEqual(await components.locator(".component-points").allTextContents(),
    customer.health.components.map((c) => `${c.contribution >= 0 ? "+" : "−"}${Math.abs(c.contribution)}`));
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

// ---- Signal settings (routing rules, phrase edits), the signal list's filters, its CSV export ----

/** Writes `text` to a new temporary file called `name`; returns its path (for setInputFiles). */
async function tempFile(name, text) {
  const { mkdtemp, writeFile } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const path = `${await mkdtemp(`${tmpdir()}/cxs-e2e-`)}/${name}`;
  await writeFile(path, text);
  return path;
}

/** How many signals the inbox shows under its filters (its count line's number). */
async function shownCount(page) {
  return Number(await page.getByTestId("signals-count").getAttribute("data-shown"));
}

/** Chooses each filter of the inbox in `filters`; resolves to the count shown. */
async function filterSignals(page, filters) {
  for (const [key, value] of Object.entries(filters)) await page.getByTestId(`signal-filter-${key}`).selectOption(value);
  return shownCount(page);
}

/** Opens one signal's detail by its URL (#/signals/<id>), as a link or the back button does. */
async function openSignal(page, id) {
  await page.evaluate((hash) => { location.hash = hash; }, `#/signals/${encodeURIComponent(id)}`);
  await page.waitForFunction((want) => document.querySelector("[data-testid=signal-item][aria-current=true]")?.dataset.id === want, id);
  await page.getByTestId("signal-title").waitFor();
}

/** Waits until the report the page holds satisfies `test` (after a re-analysis); resolves to it. */
async function waitForReport(page, test, what) {
  const deadline = Date.now() + 60000;
  for (;;) {
    if ((await page.getByTestId("status").getAttribute("data-state")) === "done") {
      const report = await downloadedReport(page);
      if (test(report)) return report;
    }
    if (Date.now() > deadline) throw new Error(`no report with ${what} within 60 s`);
    await page.waitForTimeout(300);
  }
}

const ownerOption = (page, owner) => page.getByTestId("signal-filter-owner").locator(`option[value="${owner}"]`);

const OWNER = "retention@acme.example";
const ROUTES = JSON.stringify({ rules: [
  { match: { type: "churn_risk" }, team: "customer_success", owner: OWNER, due_days: 2 },
  { match: { type: "quality_issue" }, team: "product" },
] });

test("signal settings: a routes file sends churn risk to a named owner, shown on every churn signal", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadDemo(page);
  await showView(page, "signals");
  await openSettings(page);
  assert.equal(await ownerOption(page, OWNER).count(), 0);
  await page.getByTestId("routes-input").setInputFiles(await tempFile("routes.json", ROUTES));
  // The analysis runs again by itself; the owner becomes one of the inbox's owners.
  await ownerOption(page, OWNER).waitFor({ state: "attached", timeout: 30000 });
  assert.equal(await page.getByTestId("routes-summary").textContent(), "routes.json · rules: 2");
  assert.equal(await page.getByTestId("routes-error").isVisible(), false);
  const report = await downloadedReport(page);
  const churn = report.signals.filter((s) => s.type === "churn_risk");
  assert.ok(churn.length > 0 && churn.every((s) => s.route.owner === OWNER && s.route.rule === "rule 1"));

  // Filtered to churn risk: the count is the report's. By the owner instead: the same number,
  // and with both filters still the same (so every churn signal has the owner, and no other).
  assert.equal(await filterSignals(page, { type: "churn_risk" }), churn.length);
  assert.match(await page.getByTestId("signals-count").textContent(),
    new RegExp(`^${churn.length.toLocaleString("en-US")} of ${report.signals.length.toLocaleString("en-US")} `));
  assert.equal(await filterSignals(page, { type: "", owner: OWNER }), churn.length);
  assert.equal(await filterSignals(page, { type: "churn_risk" }), churn.length);
  const high = await filterSignals(page, { severity: "high" });
  assert.equal(high, churn.filter((s) => s.severity === "high").length);
  assert.ok(high > 0 && high < churn.length);
  // A signal's detail shows its evidence: file, row, ticket id and field, the matched words marked.
  const first = churn.find((s) => s.severity === "high" && s.evidence[0].matched && s.evidence[0].record_id);
  await openSignal(page, first.id);
  const e = first.evidence[0];
  const line = page.getByTestId("signal-detail").getByTestId("evidence").filter({ hasText: e.text }).first();
  assert.equal(await line.locator(".where").textContent(), `${e.source} · row ${e.row} · #${e.record_id} · ${e.field}`);
  assert.ok((await line.locator("mark").allTextContents()).includes(e.matched));
  const route = await page.getByTestId("signal-route").textContent();
  for (const part of [OWNER, first.route.due_by, "rule 1"]) assert.ok(route.includes(part), `${part} in ${route}`);

  // Removed: back to the default routes, no owner named (the filters cleared first, so the owner
  // filter does not keep the owner as its chosen value).
  await page.getByTestId("signal-filter-clear").click();
  await page.getByTestId("routes-remove").click();
  await ownerOption(page, OWNER).waitFor({ state: "detached", timeout: 30000 });
  const after = await waitForReport(page, (r) => r.signals.every((s) => s.route.owner !== OWNER), "no signal for the owner");
  assert.ok(after.signals.length > 0);
  assert.match(await page.getByTestId("routes-summary").textContent(), /^none/);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("signal settings: a lexicon file that adds a phrase from the demo tickets makes new churn signals", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadDemo(page);
  await showView(page, "signals");
  await openSettings(page);
  const phrase = "blocking our month-end"; // 48 demo tickets: "Exports over 10k rows time out ... blocking our month-end."
  const matches = (report) => report.signals.filter((s) => s.evidence.some((e) => e.matched === phrase));
  const before = await downloadedReport(page);
  assert.equal(matches(before).length, 0);
  const lexicon = { add: { churn_risk: [phrase] }, remove: { quality_issue: ["error"] } };
  await page.getByTestId("lexicon-input").setInputFiles(await tempFile("phrases.json", JSON.stringify(lexicon)));
  const after = await waitForReport(page, (r) => matches(r).length > 0, `a signal matching "${phrase}"`);
  assert.equal(await page.getByTestId("lexicon-summary").textContent(), "phrases.json · phrases added: 1, removed: 1");
  const churnIds = (report) => new Set(report.signals.filter((s) => s.type === "churn_risk").map((s) => s.customer_id));
  const added = [...churnIds(after)].filter((id) => !churnIds(before).has(id));
  assert.ok(added.length > 0, "customers who only wrote the new phrase now have a churn signal");
  // The new signals are listed under churn risk, each with the phrase marked in the ticket text.
  assert.equal(await filterSignals(page, { type: "churn_risk" }), churnIds(after).size);
  for (const id of added) {
    const signal = after.signals.find((s) => s.type === "churn_risk" && s.customer_id === id);
    await openSignal(page, signal.id);
    assert.ok(await page.getByTestId("signal-detail").locator("mark", { hasText: phrase }).first().isVisible(), id);
  }
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("signal settings: a malformed routes file shows the core's message and the analysis runs with the defaults", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadDemo(page);
  await showView(page, "signals");
  await openSettings(page);
  const bad = { rules: [{ match: { type: "churn_risk" }, team: "customer_success", owner: OWNER },
    { match: { typ: "quality_issue" }, team: "product" }] };
  await page.getByTestId("routes-input").setInputFiles(await tempFile("bad-routes.json", JSON.stringify(bad)));
  const error = page.getByTestId("routes-error");
  await error.waitFor({ state: "visible", timeout: 30000 });
  assert.equal(await error.textContent(), 'bad-routes.json: routes.rules[1].match: unknown key "typ" ' +
    "(expected min_value, segment, severity, source or type)");
  // Not applied: the report on the page is the defaults' one, and stays there.
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 30000 });
  assert.ok(await shownCount(page) > 0);
  assert.equal(await ownerOption(page, OWNER).count(), 0);
  assert.ok((await downloadedReport(page)).signals.every((s) => s.route.owner !== OWNER));
  assert.match(await page.getByTestId("routes-summary").textContent(), /^none/);
  // Text that is not JSON at all, pasted: the parser's message. A phrase the lexicon lacks: the core's.
  await page.getByTestId("routes-setting").locator("summary").click();
  await page.getByTestId("routes-text").fill('{"rules": [');
  await page.getByTestId("routes-apply").click();
  await page.getByTestId("routes-error").filter({ hasText: "is not JSON" }).waitFor({ timeout: 10000 });
  await page.getByTestId("lexicon-input").setInputFiles(await tempFile("typo.json", '{"remove": {"churn_risk": ["cancle"]}}'));
  await page.getByTestId("lexicon-error").filter({ hasText: "cancle" }).waitFor({ timeout: 30000 });
  assert.match(await page.getByTestId("lexicon-error").textContent(), /^typo\.json: .*cannot remove "cancle" from churn_risk/);
  // Fixed in the text box and applied: accepted, the error goes, the owner shows.
  await page.getByTestId("routes-text").fill(ROUTES);
  await page.getByTestId("routes-apply").click();
  await ownerOption(page, OWNER).waitFor({ state: "attached", timeout: 30000 });
  assert.equal(await page.getByTestId("routes-error").isVisible(), false);
  assert.equal(await page.getByTestId("routes-summary").textContent(), "bad-routes.json (edited) · rules: 2");
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("signals export as CSV with spreadsheet formulas escaped, one row per piece of evidence", async () => {
  const { readFile } = await import("node:fs/promises");
  const Papa = (await import("papaparse")).default;
  // Customer text that a spreadsheet would run as a formula, each with a churn phrase.
  const tickets = await tempFile("formula_tickets.csv", [
    "Id,Requester,Requester email,Subject,Description,Status,Created at",
    '101,Rita Formula,rita@formula.example,Hello,"=1+1 We will cancel our subscription, ""soon"".",open,2026/11/20 10:00',
    "102,Tom Plus,tom@plus.example,Question,+49 team says: please send a copy of our contract,open,2026/11/21 10:00",
    "103,Ann At,ann@at.example,Hello,@support we may cancel our account,open,2026/11/22 10:00",
    "104,Dee Dash,dee@dash.example,Hello,-- we will cancel our plan,open,2026/11/23 10:00",
    "105,Eve Tag,eve@tag.example,Hello,<img src=x onerror=alert(1)> we will cancel our contract,open,2026/11/24 10:00",
  ].join("\r\n"));
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadFiles(page, [tickets]);
  await showView(page, "signals");
  const report = await downloadedReport(page);
  assert.equal(report.signals.length, 5);
  // Shown as text, with the phrase marked; markup in customer text stays text.
  const byTicket = (id) => report.signals.find((s) => s.evidence.some((e) => e.record_id === id));
  await openSignal(page, byTicket("101").id);
  assert.ok(await page.getByTestId("signal-detail").locator("mark", { hasText: "cancel our subscription" }).isVisible());
  await openSignal(page, byTicket("105").id);
  assert.equal(await page.locator("img[src=x]").count(), 0);
  const tagged = page.getByTestId("evidence").filter({ hasText: "<img src=x onerror=alert(1)>" });
  assert.equal(await tagged.locator("q").textContent(), "<img src=x onerror=alert(1)> we will cancel our contract");
  assert.equal(await tagged.locator("mark").textContent(), "cancel our contract");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-signals").click()]);
  assert.match(download.suggestedFilename(), /^cxsignals-signals-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), "utf8");
  assert.ok(text.startsWith("\ufeffid,type,severity,score,"), text.slice(0, 40));
  assert.ok(text.includes("\r\n"));
  const { data, errors: parseErrors } = Papa.parse(text.slice(1), { header: true, skipEmptyLines: true });
  assert.deepEqual(parseErrors, []);
  assert.equal(data.length, report.signals.reduce((n, s) => n + Math.max(1, s.evidence.length), 0));
  const byRecord = Object.fromEntries(data.map((r) => [r.record_id, r]));
  assert.equal(byRecord["101"].text, "'=1+1 We will cancel our subscription, \"soon\".");
  assert.equal(byRecord["102"].text, "'+49 team says: please send a copy of our contract");
  assert.equal(byRecord["103"].text, "'@support we may cancel our account");
  assert.equal(byRecord["104"].text, "'-- we will cancel our plan");
  assert.equal(byRecord["101"].matched, "cancel our subscription");
  assert.equal(byRecord["101"].source, "formula_tickets.csv");
  assert.equal(byRecord["101"].type, "churn_risk");
  assert.equal(byRecord["101"].team, report.signals.find((s) => s.evidence[0].record_id === "101").route.team);
  // No cell that a spreadsheet would run is left unescaped.
  assert.deepEqual(data.flatMap(Object.values).filter((v) => /^[=+\-@\t\r]/.test(v)), []);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("settings: the company's own social accounts are never influencers", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  const mentions = [
    { id: "m-1", author: { handle: "AcmeHQ", followers: 250000 }, text: "Acme 3.0 ships today!", created_at: "2026-11-20T09:00:00Z" },
    { id: "m-2", author: { handle: "bigvoice", followers: 150000 }, text: "Acme support answered in minutes", created_at: "2026-11-21T09:00:00Z" },
    { id: "m-3", author: { handle: "smallvoice", followers: 900 }, text: "Acme is fine", created_at: "2026-11-22T09:00:00Z" },
  ].map((m) => JSON.stringify(m)).join("\n") + "\n";
  await openSettings(page);
  await page.getByTestId("as-of").fill("2026-11-25");
  await loadFiles(page, [await tempFile("mentions.ndjson", mentions)]);
  await showView(page, "signals");
  const influencers = async () => (await downloadedReport(page)).signals
    .filter((s) => s.type === "influencer").map((s) => s.segment).sort();
  // Both large audiences in the last 14 days, the company's own account among them.
  assert.deepEqual(await influencers(), ["author AcmeHQ", "author bigvoice"]);
  await page.getByTestId("own-accounts").fill("@acmehq, AcmeSupport");
  const segment = (name) => page.getByTestId("signal-filter-segment").locator(`option[value="${name}"]`);
  assert.equal(await segment("author AcmeHQ").count(), 1);
  await page.getByTestId("own-accounts").dispatchEvent("change");
  await segment("author AcmeHQ").waitFor({ state: "detached", timeout: 30000 });
  assert.equal(await segment("author bigvoice").count(), 1);
  assert.deepEqual(await influencers(), ["author bigvoice"]);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});
