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
  assert.equal(await page.getByTestId("source-row").count(), 5); // the five files of web/demo/manifest.js
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
