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
import { assertOnlyOwnRequests, openSettings, recordingPage, servedBrowser } from "./browser.mjs";
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

/** The report the page holds, through its own "Save report (JSON)" button. */
async function downloadedReport(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

/** How many pieces of evidence, over all the report's signals, read `text`. */
const evidenceWith = (report, text) => report.signals.flatMap((s) => s.evidence).filter((e) => e.text === text).length;

/** Waits until the page's report has `want(count)` true for the evidence reading `text`. */
async function waitForEvidence(page, text, want) {
  const deadline = Date.now() + 60000;
  for (;;) {
    await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
    if (want(evidenceWith(await downloadedReport(page), text))) return;
    if (Date.now() > deadline) throw new Error(`the evidence "${text}" did not change as expected within 60 s`);
    await page.waitForTimeout(300);
  }
}

test("a signal marked not a signal is learnt, kept across a reload and exported for the CLI", async () => {
  const { context, page, requests, errors } = await recordingPage(browser);
  await page.goto(`${origin}/`);
  await loadDemo(page);
  await openSettings(page);
  assert.match(await page.getByTestId("learning-status").textContent(), /intent reader alone/);

  // The first signal that offers a verdict (a churn, switching or expansion signal), opened in
  // the Signals view; its first piece of evidence from a file is marked "Not a signal".
  const report = await downloadedReport(page);
  const signal = report.signals.find((s) => INTENT_OF[s.type] && s.evidence.some((e) => e.source && e.text));
  assert.ok(signal, "the demo data has intent signals");
  await page.goto(`${origin}/#/signals/${encodeURIComponent(signal.id)}`);
  await page.getByTestId("signal-title").waitFor();
  const line = page.getByTestId("signal-detail").getByTestId("evidence").filter({ has: page.getByTestId("label-wrong") }).first();
  const text = await line.locator("q.evidence-text").textContent();
  assert.ok(text.length > 0);
  assert.ok(evidenceWith(report, text) >= 1);
  await line.getByTestId("label-wrong").click();
  await page.getByTestId("learning").getByText(/1 labels/).waitFor();

  await page.getByTestId("learning-learn").click();
  await page.getByTestId("learning-status").getByText(/learnt here from 1 labels/).waitFor({ timeout: 60000 });
  // Re-analysed with the model: the text marked wrong no longer raises a signal.
  await waitForEvidence(page, text, (n) => n === 0);

  // The model, exported, is the CLI's --model file.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("learning-export").click()]);
  const model = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(model.schema, "cxsignals.intent_model/1");
  assert.equal(model.labels_seen, 1);
  const dir = await mkdtemp(`${tmpdir()}/cxs-e2e-`);
  await writeFile(`${dir}/model.json`, JSON.stringify(model));
  const native = JSON.parse(execFileSync(cli, ["report", "--as-of", "2026-11-25", "--model", `${dir}/model.json`,
    `${root}/web/demo/acme_tickets_zendesk.csv`], { encoding: "utf8", maxBuffer: 1 << 28 }));
  assert.ok(Array.isArray(native.signals));

  // After a reload the label and the model are still there, and the next analysis uses it.
  await page.reload();
  await openSettings(page);
  await page.getByTestId("learning-status").getByText(/learnt here from 1 labels/).waitFor({ timeout: 30000 });
  await loadDemo(page);
  assert.equal(evidenceWith(await downloadedReport(page), text), 0);

  // Forgetting brings the reader's signal back.
  await page.getByTestId("learning-forget").click();
  await page.getByTestId("learning-status").getByText(/intent reader alone/).waitFor();
  await waitForEvidence(page, text, (n) => n >= 1);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});
