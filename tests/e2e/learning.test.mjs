// Teaching the intent signals on the page (issue 13): a signal marked "Not a signal", the
// model learnt in the worker from that label, the analysis run again with it, the label and the
// model kept across a reload (IndexedDB) and exported as the CLI's --model file; nothing leaves
// the page. Also the label records, checked in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { assertOnlyOwnRequests, recordingPage, servedBrowser } from "./browser.mjs";
import { INTENT_OF, labelKey, labelRecord, labelsJsonl } from "../../web/learning.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = `${root}/build/native/core/cli/cxsignals`;

test("labels: right holds the signal's intent, wrong denies it and leaves the others unsaid", () => {
  const signal = { id: "s1", type: "competitor" };
  const evidence = { source: "t.csv", row: 4, field: "Body", text: "We are moving to Orbitly.", matched: "moving" };
  assert.deepEqual(labelRecord(signal, evidence, "right").labels, ["competitor_switch"]);
  const wrong = labelRecord(signal, evidence, "wrong");
  assert.deepEqual(wrong.labels, []);
  assert.deepEqual(wrong.unlabelled, ["churn_risk", "expansion"]);
  assert.equal(labelKey(signal, evidence), JSON.stringify(["s1", "t.csv", 4, "Body"]));
  assert.deepEqual(Object.keys(INTENT_OF), ["churn_risk", "competitor", "opportunity"]);
  const jsonl = labelsJsonl(new Map([["a", labelRecord(signal, evidence, "right")], ["b", wrong]]));
  assert.equal(jsonl, '{"text":"We are moving to Orbitly.","labels":["competitor_switch"]}\n' +
    '{"text":"We are moving to Orbitly.","labels":[],"unlabelled":["churn_risk","expansion"]}\n');
});

let origin;
let browser;
servedBrowser((served) => ({ origin, browser } = served));

async function loadDemo(page) {
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
}

/** The evidence texts of every signal row, as shown. */
async function evidenceTexts(page) {
  return page.locator("[data-testid=signal-row] [data-testid=evidence] q.evidence-text").allTextContents();
}

test("a signal marked not a signal is learnt, kept across a reload and exported for the CLI", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadDemo(page);
  assert.match(await page.getByTestId("learning-status").textContent(), /intent reader alone/);

  // The first evidence line that offers a verdict (a churn, switching or expansion signal).
  const line = page.locator("[data-testid=evidence]").filter({ has: page.getByTestId("label-wrong") }).first();
  const text = await line.locator("q.evidence-text").textContent();
  assert.ok(text.length > 0);
  const before = (await evidenceTexts(page)).filter((t) => t === text).length;
  assert.ok(before >= 1);
  await line.getByTestId("label-wrong").click();
  await page.getByTestId("learning").getByText(/1 labels/).waitFor();

  await page.getByTestId("learning-learn").click();
  await page.getByTestId("learning-status").getByText(/learnt here from 1 labels/).waitFor({ timeout: 60000 });
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
  // Re-analysed with the model: the text marked wrong no longer raises that signal.
  await page.waitForFunction((marked) => ![...document.querySelectorAll("[data-testid=signal-row] q.evidence-text")]
    .some((q) => q.textContent === marked), text, { timeout: 60000 });

  // The model, exported, is the CLI's --model file.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("learning-export").click()]);
  const model = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(model.schema, "cxsignals.intent_model/1");
  assert.equal(model.labels_seen, 1);
  const dir = await mkdtemp(`${tmpdir()}/cxs-e2e-`);
  await writeFile(`${dir}/model.json`, JSON.stringify(model));
  const report = JSON.parse(execFileSync(cli, ["report", "--as-of", "2026-11-25", "--model", `${dir}/model.json`,
    `${root}/web/demo/acme_tickets_zendesk.csv`], { encoding: "utf8", maxBuffer: 1 << 28 }));
  assert.ok(Array.isArray(report.signals));

  // After a reload the label and the model are still there, and the next analysis uses it.
  await page.reload();
  await page.getByTestId("learning-status").getByText(/learnt here from 1 labels/).waitFor({ timeout: 30000 });
  await loadDemo(page);
  assert.equal((await evidenceTexts(page)).filter((t) => t === text).length, 0);

  // Forgetting brings the reader's signal back.
  await page.getByTestId("learning-forget").click();
  await page.getByTestId("learning-status").getByText(/intent reader alone/).waitFor();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
  await page.waitForFunction((marked) => [...document.querySelectorAll("[data-testid=signal-row] q.evidence-text")]
    .some((q) => q.textContent === marked), text, { timeout: 60000 });
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});
