// The bad-options corpus (tests/contract/bad_options.mjs) through the page, as a user gives
// options there: routing rules and phrase edits loaded as files into the signal settings. Each
// is refused with the core's message naming the place, the analysis keeps running with the
// defaults, and a good document applied after them works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { assertOnlyOwnRequests, openSettings, recordingPage, servedBrowser, showView } from "./browser.mjs";
import { badOptions } from "../contract/bad_options.mjs";

let origin;
let browser;
servedBrowser((served) => ({ origin, browser } = served));

const dir = await mkdtemp(`${tmpdir()}/cxs-e2e-contract-`);

test("signal settings: every bad routes and lexicon case of the corpus shows the core's message, then a good one applies", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 30000 });
  await showView(page, "signals");
  await openSettings(page);
  const cases = badOptions.filter((item) => ["routes", "lexicon"].includes(item.file?.key) && item.json !== false);
  assert.ok(cases.length >= 9, `${cases.length} cases`);
  for (const [index, item] of cases.entries()) {
    const name = `case-${index}.json`;
    await writeFile(`${dir}/${name}`, item.file.text);
    await page.getByTestId(`${item.file.key}-input`).setInputFiles(`${dir}/${name}`);
    const error = page.getByTestId(`${item.file.key}-error`).filter({ hasText: name });
    await error.waitFor({ state: "visible", timeout: 30000 });
    const text = await error.textContent();
    assert.ok(text.startsWith(`${name}: ${item.expect}`), `${item.name}: ${text}\n   expected to start: ${name}: ${item.expect}`);
  }
  // The analysis is still the defaults' and still there; a good routes file is accepted.
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 30000 });
  assert.ok(await page.getByTestId("signal-item").count() > 0);
  await writeFile(`${dir}/good.json`, JSON.stringify({ rules: [{ match: { type: "churn_risk" }, team: "customer_success", owner: "Ana" }] }));
  await page.getByTestId("routes-input").setInputFiles(`${dir}/good.json`);
  // Ana becomes one of the inbox's owners, and a churn signal's detail names her.
  await page.getByTestId("signal-filter-owner").locator('option[value="Ana"]').waitFor({ state: "attached", timeout: 30000 });
  await page.getByTestId("signal-filter-type").selectOption("churn_risk");
  await page.getByTestId("signal-item").first().click();
  assert.match(await page.getByTestId("signal-route").textContent(), /Ana/);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("bad inputs: every file of the corpus dropped at once gives a report listing each file, then the demo loads", async () => {
  const { makeBadInputs } = await import("../contract/bad_inputs.mjs");
  const cases = makeBadInputs(`${dir}/bad-inputs`);
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await page.getByTestId("file-input").setInputFiles(cases.map((item) => item.path));
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 120000 });
  await showView(page, "files");
  const sources = await page.getByTestId("source-row").allTextContents();
  for (const item of cases) assert.ok(sources.some((row) => row.includes(item.name)), `${item.name} is listed`);
  // The 10 MB field and the unclosed quote are reported as cut, with their rows.
  await showView(page, "quality");
  await page.getByTestId("quality-filter-file").selectOption("ten-megabyte-field.csv");
  const quality = await page.getByTestId("quality-row").allTextContents();
  assert.ok(quality.some((row) => row.startsWith("ten-megabyte-field.csv5") && /cut to their first/.test(row)),
    `a field_too_large row for ten-megabyte-field.csv row 5 in ${quality.length} rows`);
  // Hand count over the corpus: NPS answers in the files with a recognised NPS column.
  const expected = cases.reduce((sum, item) => sum + (item.expect.nps_n ?? 0), 0);
  await showView(page, "overview");
  assert.match(await page.getByTestId("kpi-nps-n").textContent(), new RegExp(`n = ${expected.toLocaleString("en-US")}\\b`));
  // The same page goes on working.
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
  await showView(page, "signals");
  assert.ok(await page.getByTestId("signal-item").count() > 0);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});
