// Build enB.jsonl from src/*.mjs. Exits 1 on any validation error.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import churn from "./src/churn.mjs";
import competitor from "./src/competitor.mjs";
import expansion from "./src/expansion.mjs";
import lookalikes from "./src/lookalikes.mjs";
import other from "./src/other.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, "enB.jsonl");
const SEED = 0x6b657374; // fixed

const CHANNELS = ["ticket", "chat", "review", "survey_comment", "mail", "social"];
const SEVERITIES = {
  churn_risk: ["decided", "planning", "considering", "asking"],
  competitor_switch: ["high", "low"],
  expansion: ["high", "low"],
  complaint: [null],
  praise: [null],
  quality_problem: [null],
};
const LOOKALIKES = [
  "third_party", "other_object", "negated", "hypothetical_other", "how_to_for_product",
  "quoted", "past_resolved", "competitor_mention_neutral", "expansion_lookalike",
];
const INTENT_TYPES = ["churn_risk", "competitor_switch", "expansion"];
const COMPETITORS = ["Routewise", "JobPilot", "FieldNest", "Tasklane", "ゲンバクラウド", "株式会社ゲンバクラウド"];

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

const entries = [...churn, ...competitor, ...expansion, ...lookalikes, ...other];

// shuffle (Fisher–Yates, seeded)
const rnd = mulberry32(SEED);
const order = entries.map((e, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}

const rows = [];
const seenTexts = new Map();
order.forEach((srcIdx, k) => {
  const e = entries[srcIdx];
  const id = `enB-${String(k + 1).padStart(4, "0")}`;
  const where = `${id} (src #${srcIdx}: ${JSON.stringify((e.text ?? "").slice(0, 40))})`;

  if (!CHANNELS.includes(e.channel)) err(where, `bad channel ${e.channel}`);
  if (typeof e.text !== "string" || !e.text.trim()) err(where, "empty text");
  if (e.channel === "ticket") {
    if (typeof e.subject !== "string" || !e.subject.trim()) err(where, "ticket needs a subject");
  } else if (e.channel === "mail") {
    if (e.subject !== null && (typeof e.subject !== "string" || !e.subject.trim())) err(where, "mail subject must be string or null");
  } else if (e.subject !== null) err(where, `${e.channel} must have subject null`);
  if (e.channel === "chat" && !e.text.includes("\n")) err(where, "chat needs several turns (newlines)");

  const norm = e.text.trim().toLowerCase().replace(/\s+/g, " ");
  if (seenTexts.has(norm)) err(where, `duplicate text of ${seenTexts.get(norm)}`);
  seenTexts.set(norm, id);

  if (e.lookalike !== null && !LOOKALIKES.includes(e.lookalike)) err(where, `bad lookalike ${e.lookalike}`);

  const seenTypes = new Set();
  const labels = [];
  for (const l of e.labels ?? []) {
    if (!(l.type in SEVERITIES)) { err(where, `bad type ${l.type}`); continue; }
    if (seenTypes.has(l.type)) err(where, `type ${l.type} twice`);
    seenTypes.add(l.type);
    if (!SEVERITIES[l.type].includes(l.severity)) err(where, `bad severity ${l.severity} for ${l.type}`);
    if (e.lookalike !== null && INTENT_TYPES.includes(l.type)) err(where, `look-alike carries ${l.type}`);
    if (l.field !== "text" && l.field !== "subject") { err(where, `bad field ${l.field}`); continue; }
    const val = l.field === "text" ? e.text : e.subject;
    if (typeof val !== "string") { err(where, `field ${l.field} is not a string`); continue; }
    if (typeof l.quote !== "string" || !l.quote) { err(where, "empty quote"); continue; }
    if (l.quote !== l.quote.trim()) err(where, `quote has surrounding whitespace: ${JSON.stringify(l.quote)}`);
    const s = val.indexOf(l.quote);
    if (s < 0) { err(where, `quote not found in ${l.field}: ${JSON.stringify(l.quote)}`); continue; }
    if (val.indexOf(l.quote, s + 1) >= 0) err(where, `quote occurs more than once: ${JSON.stringify(l.quote)}`);
    const span = [s, s + l.quote.length];
    if (val.slice(span[0], span[1]) !== l.quote) err(where, "slice mismatch");
    if (l.type === "competitor_switch") {
      if (l.competitor !== null) {
        if (!COMPETITORS.includes(l.competitor)) err(where, `bad competitor ${l.competitor}`);
        const hay = `${e.subject ?? ""}\n${e.text}`.toLowerCase();
        if (!hay.includes(l.competitor.toLowerCase())) err(where, `competitor ${l.competitor} not named in the text`);
      }
    } else if (l.competitor !== null) err(where, `competitor must be null for ${l.type}`);
    labels.push({ type: l.type, severity: l.severity, field: l.field, span, competitor: l.competitor });
  }

  rows.push({
    id, lang: "en", channel: e.channel, subject: e.subject, text: e.text,
    labels, lookalike: e.lookalike, split: "holdout",
  });
});

// re-validate serialised rows
const KEYS = ["id", "lang", "channel", "subject", "text", "labels", "lookalike", "split"];
const lines = rows.map((r) => JSON.stringify(r));
for (const line of lines) {
  const r = JSON.parse(line);
  if (JSON.stringify(Object.keys(r)) !== JSON.stringify(KEYS)) err(r.id, "key order/set");
  if (r.lang !== "en" || r.split !== "holdout") err(r.id, "lang/split");
  if (!/^enB-\d{4}$/.test(r.id)) err(r.id, "id format");
  for (const l of r.labels) {
    const val = l.field === "text" ? r.text : r.subject;
    if (!Array.isArray(l.span) || l.span.length !== 2 || !(l.span[0] >= 0 && l.span[1] > l.span[0] && l.span[1] <= val.length)) err(r.id, "span range");
  }
}

if (errors.length) {
  console.error(`${errors.length} error(s):`);
  for (const x of errors) console.error("  " + x);
  process.exit(1);
}

writeFileSync(OUT, lines.join("\n") + "\n");

// counts
const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const byType = new Map(), byLook = new Map(), byChan = new Map();
let unlabelled = 0, multi = 0;
for (const r of rows) {
  for (const l of r.labels) inc(byType, `${l.type} × ${l.severity ?? "-"}`);
  inc(byLook, r.lookalike ?? "(none)");
  inc(byChan, r.channel);
  if (!r.labels.length) unlabelled++;
  if (r.labels.length > 1) multi++;
}
const show = (title, m) => {
  console.log(title);
  for (const [k, v] of [...m].sort()) console.log(`  ${k.padEnd(34)} ${v}`);
};
console.log(`wrote ${rows.length} rows to ${OUT}`);
show("labels per type × severity:", byType);
show("look-alike kinds:", byLook);
show("channels:", byChan);
console.log(`rows without labels: ${unlabelled}; rows with several labels: ${multi}`);
