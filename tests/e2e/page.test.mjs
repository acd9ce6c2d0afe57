// The page in real Chromium, as a user uses it: open, load files, read the results; every
// request is recorded and must stay on the page's own origin (or be blob:/data:).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launch, recordingPage } from "./browser.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (name) => `${root}/tests/data/surveys/${name}`;
const pageFile = `${root}/dist/web/index.html`;

let server;
let origin;
let browser;

before(async () => {
  server = spawn(process.execPath, [`${root}/scripts/serve.mjs`], {
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  origin = await new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk) => {
      const match = /http:\/\/[\d.]+:\d+/.exec(String(chunk));
      if (match) resolve(match[0]);
    });
    server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

function assertOnlyOwnRequests(requests, allowedPrefix) {
  const outside = requests.filter(
    ({ url }) => !url.startsWith(allowedPrefix) && !url.startsWith("blob:") && !url.startsWith("data:"));
  assert.deepEqual(outside, [], "the page made a request outside its own origin");
}

async function loadFiles(page, files) {
  await page.getByTestId("file-input").setInputFiles(files);
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 20000 });
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
  assert.equal(await page.getByTestId("source-row").count(), 2); // the two files loaded above
  assert.match(await page.getByTestId("sources").textContent(), /orders_no_nps\.csvorders/);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("served page: demo data loads with a button and shows an NPS", async () => {
  const { context, page, requests } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 20000 });
  assert.match(await page.getByTestId("kpi-nps").textContent(), /^-?\d+\.\d$/);
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
  await page.locator("[data-testid=survival-chart] canvas").first().waitFor({ timeout: 30000 });
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, url);
  await context.close();
});

test("user text is rendered as text, never as HTML", async () => {
  const { context, page } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadFiles(page, [fixture("html_injection.csv")]);
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
  const invalidShown = await page.getByTestId("quality-row").filter({ hasText: "invalid_score" }).count();
  assert.equal(invalidShown, invalid);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

// The page's numbers, formatted as the page formats them in English (it computes none itself).
const en = (value, digits = 1) =>
  Number(value).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const share = (value, digits = 1) => `${en(value * 100, digits)}%`;
const prob = (p) => Number(p).toPrecision(3);

async function loadDemo(page) {
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 30000 });
}

/** The report exactly as the page holds it, through its own "Download report (JSON)" button. */
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

  // Satisfaction: CES tile, the chart (a canvas), per-period rows for each period switch.
  assert.equal(await text("kpi-ces"), en(metrics.ces.value, 2));
  assert.match(await text("kpi-ces-ci"), new RegExp(`${en(metrics.ces.ci95[0], 2)} to ${en(metrics.ces.ci95[1], 2)}`));
  assert.match(await text("kpi-ces-n"), new RegExp(`scale ${metrics.ces.scale[0]}–${metrics.ces.scale[1]}`));
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

  // Signals: ranked as the core ranked them, each with its owner.
  assert.ok(report.signals.length > 0, "the demo tickets hold churn-risk phrases");
  const signalRows = await page.getByTestId("signal-row").allTextContents();
  assert.equal(signalRows.length, Math.min(200, report.signals.length));
  assert.ok(signalRows[0].startsWith(report.signals[0].title), signalRows[0]);
  assert.ok(signalRows[0].includes(report.signals[0].route.due_by), signalRows[0]);

  // Customers: the model columns are there (values may be "—" until the value models land).
  assert.equal(await page.locator("[data-testid=customers] th").count(), 13);

  // Japanese: the new section titles switch language, and the charts are drawn again.
  const { strings } = await import("../../web/i18n.js");
  await page.locator("#language").click();
  for (const [testid, key] of [["satisfaction", "satisfaction_title"], ["retention", "retention_title"], ["survival", "survival_title"],
    ["renewals", "renewals_title"], ["value", "value_title"], ["segments", "segments_title"], ["scorecard", "scorecard_title"]]) {
    assert.equal(await page.getByTestId(testid).locator("h2").textContent(), strings.ja[key]);
  }
  assert.equal(await page.getByTestId("kpi-ces-tile").locator("h2").textContent(), strings.ja.ces_title);
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
  const cells = await page.getByTestId("customer-row").first().locator("td").allTextContents();
  const customer = report.customers.profiles.find((p) => p.emails.includes(cells[0]));
  assert.ok(cells.includes(`${en(100 * customer.models.p_alive, 1)}%`), cells.join(" | "));
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});
