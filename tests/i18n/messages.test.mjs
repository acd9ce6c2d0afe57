// The core's message catalogue (core/data/messages/{en,ja}.json) and the page's renderer of it
// (web/core_messages.js): both tables hold the same ids with the same placeholders, every
// message a report carries (the committed reports and a fresh demo report) is in both, and
// coreText renders nested messages and numbers per locale.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { coreText } from "../../web/core_messages.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const en = JSON.parse(readFileSync(`${root}core/data/messages/en.json`, "utf8"));
const ja = JSON.parse(readFileSync(`${root}core/data/messages/ja.json`, "utf8"));

/** The placeholder names of a template, sorted, each once. */
const placeholders = (template) => [...new Set([...template.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1]))].sort();

/** Every X_msg in a report with the English field X beside it: [{path, msg, english}]. */
function messagesOf(value, path = "", out = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => messagesOf(item, `${path}[${i}]`, out));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.endsWith("_msg")) {
        const field = key.slice(0, -4);
        // not_fitted_msg holds a message per model, beside not_fitted's text per model.
        if (field === "not_fitted") {
          for (const [model, msg] of Object.entries(item)) out.push({ path: `${path}.${key}.${model}`, msg, english: value[field][model] });
        } else {
          out.push({ path: `${path}.${key}`, msg: item, english: value[field] });
        }
      } else {
        messagesOf(item, `${path}.${key}`, out);
      }
    }
  }
  return out;
}

/** The ids of a message and of every message nested in it. */
function idsOf(msg, out = new Set()) {
  out.add(msg.id);
  for (const arg of Object.values(msg.args)) if (arg && typeof arg === "object") idsOf(arg, out);
  return out;
}

const hasNumber = (msg) => Object.values(msg.args).some((a) => typeof a === "number" || (a && typeof a === "object" && hasNumber(a)));

function committedReports() {
  const dir = `${root}tests/data/reports`;
  return readdirSync(dir).filter((n) => n.endsWith(".json.gz")).sort()
    .map((name) => ({ name, report: JSON.parse(gunzipSync(readFileSync(`${dir}/${name}`)).toString()) }));
}

async function demoReport() {
  const { analyze } = await import("../../dist/pkg/index.js");
  const dir = "web/demo";
  const files = readdirSync(`${root}${dir}`).filter((n) => n.endsWith(".csv")).sort();
  const inputs = await Promise.all(files.map(async (name) => ({ name, data: new Uint8Array(await readFile(`${root}${dir}/${name}`)) })));
  return analyze(inputs, { as_of: "2026-11-25" });
}

describe("the message tables", () => {
  test("en and ja hold the same ids", () => {
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    assert.ok(Object.keys(en).length > 100, "the catalogue is the core's prose, not a sample of it");
  });

  test("each id has the same placeholders in en and ja", () => {
    const differ = Object.keys(en).filter((id) => placeholders(en[id]).join() !== placeholders(ja[id] ?? "").join());
    assert.deepEqual(differ, []);
  });

  test("ids are dotted lower-case words and no text is empty", () => {
    for (const [id, text] of [...Object.entries(en), ...Object.entries(ja)]) {
      assert.match(id, /^[a-z0-9_]+(\.[a-z0-9_]+)+$/, id);
      assert.ok(typeof text === "string" && text.length > 0, id);
    }
  });

  test("the Japanese table is Japanese where it is words", () => {
    // Fixed words and sentences: anything with three or more ASCII letters in a row outside
    // placeholders and the names kept as they are (NPS, BG/NBD, ...) would be untranslated.
    const kept = /\b(NPS|CSAT|CES|CRM|BG\/NBD|Pareto\/NBD|Gamma-Gamma|sBG|Stripe|ID|JSON|MIME|From|U\+FFFD|as_of|max|max_records_per_source|cus_)\b/g;
    const untranslated = Object.entries(ja).filter(([, text]) => /[A-Za-z]{3,}/.test(text.replace(/\{[a-z0-9_]+\}/g, "").replace(kept, "")));
    assert.deepEqual(untranslated.map(([id]) => id), []);
  });
});

describe("messages in reports", () => {
  const reports = committedReports();

  test("the committed reports carry messages, and every id is in both tables", () => {
    let count = 0;
    const missing = new Set();
    for (const { report } of reports) {
      for (const { msg } of messagesOf(report)) {
        count++;
        for (const id of idsOf(msg)) if (!Object.hasOwn(en, id) || !Object.hasOwn(ja, id)) missing.add(id);
      }
    }
    assert.ok(count > 1000, `only ${count} messages in ${reports.length} reports`);
    const fields = new Set(reports.flatMap(({ report }) => messagesOf(report).map(({ path }) => path.replace(/.*\./, ""))));
    for (const field of ["title_msg", "cause_msg", "text_msg", "detail_msg", "message_msg", "rule_msg", "evidence_msg", "profile_msg", "kind_evidence_msg", "a_msg", "b_msg"]) {
      assert.ok(fields.has(field), `no ${field} in the committed reports`);
    }
    assert.deepEqual([...missing], []);
  });

  test("a fresh demo report's messages are all in both tables and all render in Japanese", async () => {
    const report = await demoReport();
    const found = messagesOf(report);
    // The demo has signals, health details, unfitted models and mapped columns: each of
    // those kinds of prose field is there to check (its files have no data-quality issue).
    for (const field of [".title_msg", ".cause_msg", ".text_msg", ".detail_msg", ".rule_msg", ".evidence_msg", ".profile_msg", ".kind_evidence_msg", ".a_msg"]) {
      assert.ok(found.some(({ path }) => path.endsWith(field)), `no ${field} in the demo report`);
    }
    const missing = new Set();
    for (const { msg } of found) for (const id of idsOf(msg)) if (!Object.hasOwn(en, id) || !Object.hasOwn(ja, id)) missing.add(id);
    assert.deepEqual([...missing], []);
    const failed = found.filter(({ msg }) => coreText(msg, "\u0000", "ja") === "\u0000").map(({ path }) => path);
    assert.deepEqual(failed, []);
  });

  test("coreText in English gives the core's own English for every message without numbers", () => {
    // Numbers are formatted by Intl.NumberFormat, which groups thousands and drops trailing
    // zeros ("1,234", "5"), where the core prints "1234", "5.0"; all else must agree exactly.
    let checked = 0;
    for (const { name, report } of reports) {
      for (const { path, msg, english } of messagesOf(report)) {
        if (hasNumber(msg)) continue;
        checked++;
        const text = coreText(msg, "\u0000", "en");
        if (text !== english) assert.fail(`${name} ${path}: coreText gives ${JSON.stringify(text)}, the core wrote ${JSON.stringify(english)}`);
      }
    }
    assert.ok(checked > 1000, `only ${checked} messages checked`);
  });
});

describe("coreText", () => {
  test("renders nested messages in the page's language", () => {
    const msg = {
      id: "signal.churn_risk.title",
      args: { cause: { id: "signal.cause.churn_intent", args: { severity: { id: "intent.severity.decided", args: {} }, reason: { id: "intent.reason.leaving_the_service", args: {} } } } },
    };
    assert.equal(coreText(msg, "x", "en"), "Churn risk: churn intent, decided: leaving the service");
    assert.equal(coreText(msg, "x", "ja"), "解約リスク: 解約の意向（決定済み）: サービスをやめる");
  });

  test("formats numbers per locale and leaves text arguments as they are", () => {
    const msg = { id: "evidence.orders_last_on", args: { orders: 12345.5, date: "2026-10-01" } };
    assert.equal(coreText(msg, "x", "en"), "12,345.5 orders, the last on 2026-10-01");
    assert.equal(coreText(msg, "x", "ja"), "注文 12,345.5 件、最後は 2026-10-01");
    const text = { id: "evidence.orders_last_on", args: { orders: "12345.5", date: "2026-10-01" } };
    assert.equal(coreText(text, "x", "en"), "12345.5 orders, the last on 2026-10-01");
    assert.equal(coreText({ id: "health.latest_nps", args: { nps: -3 } }, "x", "ja"), "最新の NPS -3");
  });

  test("falls back to the English field for an old report, an unknown id or a missing argument", () => {
    assert.equal(coreText(undefined, "latest NPS 9", "ja"), "latest NPS 9");
    assert.equal(coreText(null, "latest NPS 9", "ja"), "latest NPS 9");
    assert.equal(coreText({ id: "no.such.id", args: {} }, "fallback", "ja"), "fallback");
    assert.equal(coreText({ id: "health.latest_nps", args: {} }, "fallback", "ja"), "fallback");
    const nestedUnknown = { id: "signal.churn_risk.title", args: { cause: { id: "no.such.cause", args: {} } } };
    assert.equal(coreText(nestedUnknown, "fallback", "en"), "fallback");
  });

  test("an unknown language reads the English table", () => {
    assert.equal(coreText({ id: "health.subscription_ended", args: {} }, "x", "fr"), "subscription ended");
  });
});
