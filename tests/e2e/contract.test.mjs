// The bad-options corpus (tests/contract/bad_options.mjs) through the page, as a user gives
// options there: routing rules and phrase edits loaded as files into the signal settings. Each
// is refused with the core's message naming the place, the analysis keeps running with the
// defaults, and a good document applied after them works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { assertOnlyOwnRequests, recordingPage, servedBrowser } from "./browser.mjs";
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
  assert.ok(await page.getByTestId("signal-row").count() > 0);
  await writeFile(`${dir}/good.json`, JSON.stringify({ rules: [{ match: { type: "churn_risk" }, team: "customer_success", owner: "Ana" }] }));
  await page.getByTestId("routes-input").setInputFiles(`${dir}/good.json`);
  await page.getByTestId("signal-route").filter({ hasText: "Ana" }).first().waitFor({ timeout: 30000 });
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});
