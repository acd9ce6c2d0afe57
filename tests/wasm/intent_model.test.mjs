// The intent model through the npm package's API (dist/pkg): trained from labels in Node, used
// by analyze(), the same bytes as the native CLI's `train`, and bad labels a CxsError.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = `${root}/build/native/core/cli/cxsignals`;
const LABELS = [
  { text: "We will not be renewing with you next quarter, sorry.", labels: ["churn_risk"] },
  { text: "Please cancel the duplicate invoice you sent.", labels: [] },
  { text: "Could we add 20 more seats to the Team plan?", labels: ["expansion"] },
].map((l) => JSON.stringify(l)).join("\n");

test("trainIntentModel: the model of the labels, as the native CLI trains it", async () => {
  const { trainIntentModel, trainIntentModelToJson } = await import("../../dist/pkg/index.js");
  const model = await trainIntentModel(LABELS, { competitors: ["Orbitly"] });
  assert.equal(model.schema, "cxsignals.intent_model/1");
  assert.equal(model.labels_seen, 3);
  const dir = mkdtempSync(`${tmpdir()}/cxs-model-`);
  writeFileSync(`${dir}/labels.jsonl`, LABELS);
  const native = execFileSync(cli, ["train", "--competitors", "Orbitly", `${dir}/labels.jsonl`], { encoding: "utf8" });
  assert.equal(`${await trainIntentModelToJson(LABELS, { competitors: ["Orbitly"] })}\n`, native);
});

test("analyze with the model: the labelled wording becomes a churn signal", async () => {
  const { analyze, trainIntentModel } = await import("../../dist/pkg/index.js");
  const tickets = "Ticket ID,Subject,Description,Requester email,Created at\r\n" +
    "1,Renewal,We will not be renewing with you next quarter.,a@x.example,2026-11-20\r\n";
  const file = { name: "tickets.csv", data: new TextEncoder().encode(tickets) };
  const model = await trainIntentModel(LABELS);
  const report = await analyze([file], { as_of: "2026-11-25", model });
  assert.ok(report.signals.some((s) => s.type === "churn_risk" && /intent model: p /.test(s.cause)));
});

test("bad labels and a bad model are CxsErrors that name what is wrong", async () => {
  const { analyze, trainIntentModel, CxsError } = await import("../../dist/pkg/index.js");
  await assert.rejects(trainIntentModel('{"text": "ok", "labels": []}\n{"text": 3}\n'),
    (error) => error instanceof CxsError && error.code === "invalid_input" && /labels line 2/.test(error.message));
  await assert.rejects(analyze([], { model: { schema: "something else" } }),
    (error) => error instanceof CxsError && error.code === "invalid_options" && /^model: /.test(error.message));
});
