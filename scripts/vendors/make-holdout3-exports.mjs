#!/usr/bin/env node
// Holdout-3 vendor export catalogue generator (split "holdout3").
// Writes tests/data/vendors/<slug>/ for 25 tools plus tests/data/vendors/tools-holdout3.md.
// Node 20, ESM, no dependencies. Deterministic: seeded PRNG, fixed dates, no clock/locale reads.
// Usage: node scripts/vendors/make-holdout3-exports.mjs [--out <vendorsDir>]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
let OUT = path.resolve(HERE, "../../tests/data/vendors");
const ai = process.argv.indexOf("--out");
if (ai > 0 && process.argv[ai + 1]) OUT = path.resolve(process.argv[ai + 1]);

const SPLIT = "holdout3";
const COMPANY = "hoshi.example";

// ---------------------------------------------------------------- PRNG
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function seedOf(s) {
  let h = 2166136261;
  for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
function mkR(slug) {
  const f = mulberry32(seedOf("holdout3:" + slug));
  const R = {
    f,
    int: (a, b) => a + Math.floor(f() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)],
    chance: (p) => f() < p,
    str: (n, alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") => {
      let s = ""; for (let i = 0; i < n; i++) s += alpha[Math.floor(f() * alpha.length)]; return s;
    },
    digits: (n) => { let s = String(1 + Math.floor(f() * 9)); for (let i = 1; i < n; i++) s += Math.floor(f() * 10); return s; },
    hex: (n) => R.str(n, "0123456789abcdef"),
  };
  return R;
}

// ---------------------------------------------------------------- dates (UTC only)
const BASE = Date.UTC(2025, 2, 1, 0, 0, 0); // 2025-03-01
const pad = (n, w = 2) => String(n).padStart(w, "0");
function dt(R, dayMax = 30) { return new Date(BASE + R.int(0, dayMax) * 86400000 + R.int(7 * 3600, 21 * 3600) * 1000 + R.int(0, 59) * 1000); }
const later = (d, minS, maxS, R) => new Date(d.getTime() + R.int(minS, maxS) * 1000);
const fmt = {
  iso: (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z"),
  isoMs: (d) => d.toISOString(),
  isoUs: (d) => d.toISOString().replace("Z", "000Z"),
  ymdhms: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  ymdhm: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  ymd: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
  hms: (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  us12: (d) => { const h = d.getUTCHours(); return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? "AM" : "PM"}`; },
  epoch: (d) => Math.floor(d.getTime() / 1000),
  bw: (d) => fmt.ymdhms(d) + ".0",
  offset: (d, h) => { const x = new Date(d.getTime() + h * 3600000); return x.toISOString().replace(/\.\d{3}Z$/, (h >= 0 ? "+" : "-") + pad(Math.abs(h)) + ":00"); },
};

// ---------------------------------------------------------------- people
const FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sofia", "Mateo", "Chloe", "Leo", "Grace", "Omar", "Nina", "Arjun", "Zoe", "Felix", "Ines", "Jonas", "Maya", "Theo", "Lena", "Ravi", "Clara", "Diego", "Hana", "Owen", "Priya", "Victor"];
const LAST = ["Walker", "Moreau", "Schmidt", "Okafor", "Lindqvist", "Costa", "Brennan", "Novak", "Haddad", "Silva", "Fischer", "Reyes", "Kowalski", "Dubois", "Nakamura", "Patel", "Olsen", "Ferreira", "Quinn", "Baptiste", "Varga", "Keller", "Ibrahim", "Rossi", "Chen", "Larsen", "Mendes", "Hughes", "Petrov", "Albers"];
const JA = [["Hanako", "Sato", "佐藤", "花子"], ["Taro", "Suzuki", "鈴木", "太郎"], ["Yui", "Takahashi", "高橋", "結衣"], ["Ren", "Tanaka", "田中", "蓮"], ["Aoi", "Watanabe", "渡辺", "葵"], ["Haruto", "Ito", "伊藤", "陽翔"], ["Mei", "Yamamoto", "山本", "芽衣"], ["Sota", "Nakamura", "中村", "颯太"], ["Rin", "Kobayashi", "小林", "凛"], ["Yuto", "Kato", "加藤", "悠斗"], ["Sakura", "Yoshida", "吉田", "さくら"], ["Kaito", "Yamada", "山田", "海斗"], ["Mio", "Sasaki", "佐々木", "美緒"], ["Riku", "Matsumoto", "松本", "陸"], ["Koharu", "Inoue", "井上", "小春"], ["Daiki", "Kimura", "木村", "大輝"]];
const DOM_EN = ["gmail.example", "outlook.example", "northwind.example", "contoso.example", "icloud.example", "fabrikam.example", "proton.example", "tailspin.example", "adatum.example", "wingtip.example", "litware.example"];
const DOM_JA = ["yahoo.co.jp.example", "docomo.ne.jp.example", "gmail.example", "ezweb.ne.jp.example", "nifty.example", "sakura-shoji.co.jp.example"];
const STAFF = [
  { first: "Kenji", last: "Mori", email: "kenji.mori@hoshi.example", id: 3811200411 },
  { first: "Aiko", last: "Tanaka", email: "aiko.tanaka@hoshi.example", id: 3811200422 },
  { first: "Sam", last: "Rivera", email: "sam.rivera@hoshi.example", id: 3811200433 },
  { first: "Priya", last: "Nair", email: "priya.nair@hoshi.example", id: 3811200444 },
  { first: "Jonah", last: "Berg", email: "jonah.berg@hoshi.example", id: 3811200455 },
];
for (const s of STAFF) s.name = s.first + " " + s.last;

function makePeople(R, n, jaShare = 0.25) {
  const out = []; const used = new Set();
  while (out.length < n) {
    const ja = R.chance(jaShare);
    let first, last, kanji = null;
    if (ja) { const j = R.pick(JA); first = j[0]; last = j[1]; kanji = j[2] + " " + j[3]; } else { first = R.pick(FIRST); last = R.pick(LAST); }
    const dom = ja ? R.pick(DOM_JA) : R.pick(DOM_EN);
    const style = R.int(0, 3);
    const local = style === 0 ? `${first}.${last}` : style === 1 ? `${first[0]}${last}` : style === 2 ? `${first}${R.int(1, 99)}` : `${last}.${first}`;
    const email = (local + "@" + dom).toLowerCase();
    if (used.has(email)) continue; used.add(email);
    const phone = ja ? `+81 ${R.pick(["90", "80", "70"])}-${R.digits(4)}-${R.digits(4)}` : `+1 ${R.pick(["415", "212", "646", "617", "312", "503"])}-555-0${R.digits(3)}`;
    if (used.has(phone)) continue; used.add(phone);
    out.push({ first, last, name: `${first} ${last}`, kanji, ja, email, phone, handle: (first + "_" + last.slice(0, 3) + R.int(1, 99)).toLowerCase() });
  }
  return out;
}
// emails as humans retype them: case and stray spaces
function variant(R, email, p = 0.35) {
  if (!R.chance(p)) return email;
  const k = R.int(0, 3);
  if (k === 0) return email[0].toUpperCase() + email.slice(1);
  if (k === 1) { const [l, d] = email.split("@"); return l + "@" + d.toUpperCase(); }
  if (k === 2) return " " + email + " ";
  return email.replace(/^[a-z]+/, (m) => m[0].toUpperCase() + m.slice(1));
}
// a sequence of n customers with repeats
function seq(R, people, n, repeat = 0.3) {
  const out = []; let i = 0;
  for (let k = 0; k < n; k++) {
    if (out.length && R.chance(repeat)) out.push(R.pick(out)); else out.push(people[i++ % people.length]);
  }
  return out;
}

// ---------------------------------------------------------------- answers & identity
function fw2ascii(s) { return String(s).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)); }
function npsOf(v) {
  if (v === undefined || v === null) return { answered: false };
  const s = fw2ascii(String(v)).trim();
  if (s === "") return { answered: false };
  const m = /^(\d{1,2})(\s*[-–]\s*\D.*)?$/.exec(s);
  if (m) { const n = +m[1]; if (n >= 0 && n <= 10) return { answered: true, valid: true, n }; }
  return { answered: true, valid: false };
}
const CSAT_LABELS = new Map(Object.entries({
  "very satisfied": 5, "extremely satisfied": 5, "satisfied": 4, "somewhat satisfied": 4, "neutral": 3, "neither satisfied nor dissatisfied": 3,
  "dissatisfied": 2, "unsatisfied": 2, "somewhat dissatisfied": 2, "very dissatisfied": 1, "very unsatisfied": 1, "extremely dissatisfied": 1,
  "非常に満足": 5, "満足": 4, "どちらでもない": 3, "不満": 2, "非常に不満": 1,
  "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}));
function csatOf(v, scale = 5) {
  if (v === undefined || v === null) return { answered: false };
  const s = fw2ascii(String(v)).trim();
  if (s === "") return { answered: false };
  if (scale === "goodbad") { const t = s.toLowerCase(); if (t === "good") return { answered: true, valid: true, sat: true }; if (t === "bad") return { answered: true, valid: true, sat: false }; return { answered: false }; }
  let n = null;
  if (/^\d+(\.0)?$/.test(s)) n = parseInt(s, 10); else if (CSAT_LABELS.has(s.toLowerCase())) n = CSAT_LABELS.get(s.toLowerCase());
  if (n !== null && n >= 1 && n <= scale) return { answered: true, valid: true, sat: scale === 7 ? n >= 6 : n >= 4 };
  return { answered: true, valid: false };
}
function normKey(type, v) {
  if (v === undefined || v === null) return null;
  let s = String(v).trim();
  if (s === "" || s === "null") return null;
  if (type === "email") { s = s.toLowerCase(); return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s) ? "email:" + s : null; }
  if (type === "phone") { s = s.replace(/^'/, ""); if (!s.startsWith("+")) return null; const d = s.replace(/\D/g, ""); return d.length >= 8 ? "phone:+" + d : null; }
  if (type === "handle") return "handle:" + s.replace(/^@/, "").toLowerCase();
  return type + ":" + s; // tool-scoped ids, verbatim
}
// recs: [{keys:[[type,value]...], nps, csat}] ; computes stats for one file
function stats(recs, { nps = false, csat = false, scale = 5 } = {}) {
  const parent = new Map();
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  const union = (a, b) => { const ra = find(a), rb = find(b); if (ra !== rb) parent.set(ra, rb); };
  for (const r of recs) {
    const ks = (r.keys || []).map(([t, v]) => normKey(t, v)).filter(Boolean);
    if (ks.some((k) => k.startsWith("email:") && k.endsWith("@" + COMPANY))) continue; // staff rows are not customers
    if (r.staff) continue;
    for (const k of ks) if (!parent.has(k)) parent.set(k, k);
    for (let i = 1; i < ks.length; i++) union(ks[0], ks[i]);
  }
  const roots = new Set(); for (const k of parent.keys()) roots.add(find(k));
  const out = { records: recs.length, customers: roots.size, nps: null, csat: null };
  if (nps) {
    const o = { promoters: 0, passives: 0, detractors: 0 };
    for (const r of recs) { const a = npsOf(r.nps); if (a.answered && a.valid) { if (a.n >= 9) o.promoters++; else if (a.n >= 7) o.passives++; else o.detractors++; } }
    out.nps = o;
  }
  if (csat) {
    const o = { satisfied: 0, answered: 0 };
    for (const r of recs) { const a = csatOf(r.csat, scale); if (a.answered && a.valid) { o.answered++; if (a.sat) o.satisfied++; } }
    out.csat = o;
  }
  return out;
}

// ---------------------------------------------------------------- writers
function csvCell(v, delim) {
  if (v === undefined || v === null) return "";
  const s = String(v);
  return (s.includes(delim) || s.includes('"') || s.includes("\n") || s.includes("\r")) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function csv(rows, { delim = ",", eol = "\n", quoteAll = false, trailingEol = true } = {}) {
  const lines = rows.map((r) => r.map((v) => quoteAll && v !== undefined && v !== null ? '"' + String(v).replace(/"/g, '""') + '"' : csvCell(v, delim)).join(delim));
  return lines.join(eol) + (trailingEol ? eol : "");
}
function enc(text, encoding) {
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  if (encoding === "utf-8-bom") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  if (encoding === "utf-16le-bom") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  throw new Error("encoding " + encoding);
}
const J = (o) => JSON.stringify(o, null, 2) + "\n";

// ---------------------------------------------------------------- helpers for tool specs
function csvCols(header, roles) {
  const out = [];
  for (const [h, role] of Object.entries(roles)) {
    const idx = header.indexOf(h); if (idx < 0) throw new Error("no header " + h);
    out.push({ index: idx, header: h, role });
  }
  return out.sort((a, b) => a.index - b.index);
}
const jsonCols = (roles) => Object.entries(roles).map(([key, role]) => ({ key, role }));
const TOOLS = [];
const tool = (fn) => TOOLS.push(fn);
const money = (R, a, b) => (R.int(a * 100, b * 100) / 100).toFixed(2);

// ================================================================ 1 Salesforce Service Cloud
tool(() => {
  const slug = "sf-service-cloud", R = mkR(slug);
  const people = makePeople(R, 30, 0.2);
  const header = ["Case Owner", "Case Number", "Subject", "Status", "Priority", "Case Origin", "Date/Time Opened", "Date/Time Closed", "Contact Name", "Contact ID", "Contact Email", "Contact Phone", "Web Name", "Web Email", "Account Name", "Type", "Case Reason", "Customer Satisfaction", "Escalated"];
  const subjects = ["Cannot log in after password reset", "Invoice shows wrong tax rate", "Sync stuck at 90%", "Request: export, all projects", "Mobile app crashes on launch", "Refund for duplicate charge", "How do I add a teammate?", "API rate limit errors", "Data import failed (CSV)", "Feature request: dark mode"];
  const owners = [...STAFF.slice(0, 4).map((s) => s.name), "Tier 1 Support Queue", "Billing Queue"];
  const sat = ["Very Satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very Dissatisfied"];
  const contactIds = new Map();
  const rows = [header], recs = [];
  const cust = seq(R, people, 40, 0.3);
  cust.forEach((p, i) => {
    const opened = dt(R); const closed = R.chance(0.7) ? later(opened, 3600, 5 * 86400, R) : null;
    const kind = i === 7 || i === 23 ? "staff" : i === 12 || i === 31 ? "anon" : (i % 6 === 4 ? "web" : "contact");
    let cname = "", cid = "", cemail = "", cphone = "", wname = "", wemail = "", acct = "";
    const keys = [];
    if (kind === "contact") {
      if (!contactIds.has(p.email)) contactIds.set(p.email, "0035g00000" + R.str(5));
      cname = p.name; cid = contactIds.get(p.email); cemail = variant(R, p.email, 0.2); cphone = R.chance(0.5) ? p.phone.replace(/^\+1 (\d{3})-/, "+1 ($1) ") : "";
      acct = R.pick(["Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Tailspin Toys", "Adatum Corp", "Sakura Shoji K.K."]);
      keys.push(["email", cemail], ["sf-contact", cid], ["phone", cphone]);
    } else if (kind === "web") { wname = p.name; wemail = variant(R, p.email, 0.5); keys.push(["email", wemail]); }
    else if (kind === "staff") { const s = STAFF[i % 4]; cname = s.name; cemail = s.email; cid = "0035g00000" + R.str(5); acct = "Hoshi Labs"; keys.push(["email", cemail], ["sf-contact", cid]); }
    const status = closed ? "Closed" : R.pick(["New", "Working", "Escalated"]);
    const csat = closed && R.chance(0.75) ? (R.chance(0.06) ? "N/A" : R.pick(sat)) : "";
    rows.push([R.pick(owners), "0000" + (1200 + i), R.pick(subjects), status, R.pick(["High", "Medium", "Low"]), kind === "web" ? "Web" : kind === "anon" ? "Phone" : R.pick(["Email", "Phone", "Web", "Chat"]), fmt.us12(opened), closed ? fmt.us12(closed) : "", cname, cid, cemail, cphone, wname, wemail, acct, R.pick(["Problem", "Question", "Feature Request"]), R.pick(["Installation", "Performance", "Billing", "Other", ""]), csat, status === "Escalated" ? "1" : "0"]);
    recs.push({ keys, csat, staff: kind === "staff" });
  });
  const st = stats(recs, { csat: true });
  const footer = [[], ["Cases with Contacts - Hoshi Support"], ["Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."], ["Confidential Information - Do Not Distribute"], ["Generated By:  Kenji Mori  3/31/2025 6:12 PM"], ["Hoshi Labs"]];
  const text = csv(rows, { eol: "\r\n", quoteAll: true }) + csv(footer, { eol: "\r\n", quoteAll: true });
  return {
    slug, tool: "Salesforce Service Cloud", export: "Reports > Cases report > Export > Details Only (.csv, UTF-8)",
    docs: ["https://help.salesforce.com/s/articleView?id=service.cases_fields.htm&language=en_US&type=5", "https://developer.salesforce.com/docs/atlas.en-us.230.0.object_reference.meta/object_reference/sforce_api_objects_case.htm"],
    files: [{
      name: "report1743444720000.csv", format: "csv", encoding: "utf-8", kind: "tickets", content: text, st,
      columns: csvCols(header, { "Case Owner": "agent", "Case Number": "record_id", "Date/Time Opened": "created_at", "Date/Time Closed": "other", "Contact Name": "customer_name", "Contact ID": "customer_id", "Contact Email": "customer_email", "Contact Phone": "customer_phone", "Web Name": "customer_name", "Web Email": "customer_email", "Account Name": "other", "Case Origin": "other", "Customer Satisfaction": "score_csat" }),
      notes: "Case Owner is a user or a queue name (agent). Web Email/Web Name are the Web-to-Case supplied fields (SuppliedEmail/SuppliedName) and belong to the customer. Customer Satisfaction is a custom picklist (Very Satisfied..Very Dissatisfied); 'N/A' is invalid. Two cases are internal (contact on hoshi.example) and two phone cases have no contact at all (anonymous). The 6 footer lines after the blank line are not records. Contact Phone is written with +1 country code, so it is a key.",
    }],
    readme: {
      layout: ["One header row of report column labels, every cell double-quoted, CRLF line ends.", "Dates in the exporting user's locale (en_US): `3/14/2025 9:05 AM`.", "Case Number is zero-padded text (`00001207`), Contact ID is the 15-character Salesforce id.", "After the data: an empty line and the classic report footer (report title, copyright, `Confidential Information - Do Not Distribute`, `Generated By:` line, org name)."],
      quirks: ["Web-to-Case rows have no Contact but carry Web Name / Web Email.", "Case Owner may be a queue (`Tier 1 Support Queue`).", "Contact Email retyped with different case for repeat contacts.", "Custom field `Customer Satisfaction` is blank on open cases and `N/A` once."],
      choices: ["The footer block is what Classic/`Details Only` CSV exports of older orgs carry; the docs we found describe the Case fields, not the export footer, so the footer wording is our reconstruction.", "File name follows the `report<epoch-ms>.csv` pattern Salesforce uses for CSV report downloads (documented by a Code42 article on Salesforce report downloads).", "`Customer Satisfaction` is a custom field (Salesforce has no standard CSAT field on Case)."],
    },
  };
});

// ================================================================ 2 Zendesk Talk
tool(() => {
  const slug = "zendesk-talk", R = mkR(slug);
  const people = makePeople(R, 28, 0.3);
  const header = ["id", "created_at", "updated_at", "agent_id", "customer_id", "ticket_id", "direction", "completion_status", "phone_number_id", "phone_number", "duration", "talk_time", "wait_time", "hold_time", "wrap_up_time", "call_charge", "voicemail", "outside_business_hours", "default_group", "call_group_id", "exceeded_queue_wait_time"];
  const uid = new Map(); const rows = [header], recs = [];
  const line = [["360001482911", "+815055550100"], ["360001482922", "+14155550100"]];
  seq(R, people, 44, 0.35).forEach((p, i) => {
    if (!uid.has(p.email)) uid.set(p.email, String(R.int(38000000000, 38999999999)));
    const c = dt(R); const dir = R.chance(0.8) ? "inbound" : "outbound";
    let status = dir === "outbound" ? R.pick(["completed", "completed", "not_answered"]) : R.pick(["completed", "completed", "completed", "abandoned_in_queue", "abandoned_in_ivr", "abandoned_in_voicemail", "voicemail"]);
    const withheld = dir === "inbound" && (i === 5 || i === 19 || i === 33);
    const answered = status === "completed";
    const agent = answered || dir === "outbound" ? String(R.pick(STAFF).id) : "";
    const talk = answered ? R.int(40, 1500) : 0; const wait = dir === "inbound" ? R.int(3, 240) : 0;
    const cust = withheld ? "" : uid.get(p.email);
    const ln = p.ja ? line[0] : line[1];
    rows.push([String(9000000000 + i * 7919), fmt.iso(c), fmt.iso(later(c, talk + wait + 30, talk + wait + 400, R)), agent, cust, answered || status === "voicemail" ? String(41000 + i) : "", dir, status, ln[0], ln[1], String(talk + wait + (answered ? R.int(5, 30) : 0)), String(talk), String(wait), String(answered && R.chance(0.3) ? R.int(10, 90) : 0), String(answered ? R.int(0, 120) : 0), answered ? (talk / 60 * 0.03).toFixed(3) : "0.0", status.includes("voicemail") || status === "voicemail" ? "true" : "false", R.chance(0.1) ? "true" : "false", "true", "", "false"]);
    recs.push({ keys: [["zendesk-user", cust]] });
  });
  const st = stats(recs);
  rows.splice(1, rows.length - 1, ...rows.slice(1).sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)));
  return {
    slug, tool: "Zendesk Talk", export: "Talk Incremental Exports API (calls) flattened to CSV — calls.csv",
    docs: ["https://developer.zendesk.com/api-reference/voice/talk-api/incremental_exports/", "https://developer.zendesk.com/api-reference/voice/talk-partner-edition-api/calls/"],
    files: [{
      name: "calls.csv", format: "csv", encoding: "utf-8", kind: "conversations", content: csv(rows), st,
      columns: csvCols(header, { id: "record_id", created_at: "created_at", updated_at: "other", agent_id: "agent", customer_id: "customer_id", ticket_id: "other", phone_number: "other", phone_number_id: "other", call_charge: "other", call_group_id: "other" }),
      notes: "phone_number is Hoshi Labs' own Talk line (E.164, looks like a customer phone) and must not be a key; the caller's number is not in this export. customer_id is the Zendesk end-user id and agent_id a Zendesk agent id of the same magnitude. customer_id is empty for three inbound calls with withheld caller id (anonymous). call_charge is the telephony cost billed to the company, not customer money (other). No NPS/CSAT.",
    }],
    readme: {
      layout: ["One row per call, columns are the field names of the `GET /api/v2/channels/voice/stats/incremental/calls` objects, in the order shown.", "Timestamps ISO-8601 UTC (`2025-03-04T09:12:33Z`), durations in seconds, booleans `true`/`false`.", "LF line ends, no BOM."],
      quirks: ["`phone_number` is the Zendesk number that received/placed the call (company line), not the customer.", "`customer_id` and `agent_id` are both 11-digit Zendesk user ids.", "Abandoned calls have no agent and no ticket; withheld-number calls have no customer_id."],
      choices: ["Zendesk does not offer a per-call CSV download in Support; teams get call logs from this incremental export (or Explore). We flatten the JSON objects to CSV with the API field names as headers and keep a subset of fields.", "`call_charge` formatted with 3 decimals as a string."],
    },
  };
});

// ================================================================ 3 Freshservice
tool(() => {
  const slug = "freshservice", R = mkR(slug);
  const people = makePeople(R, 24, 0.25);
  const employees = [["Mika Arai", "mika.arai@hoshi.example"], ["Tom Gale", "tom.gale@hoshi.example"], ["Yuki Ono", "yuki.ono@hoshi.example"], ["Dana Ruiz", "dana.ruiz@hoshi.example"]];
  const header = ["Ticket Id", "Subject", "Status", "Priority", "Source", "Type", "Requester Name", "Requester Email", "Requester Phone", "Agent", "Group", "Department", "Category", "Created Date", "Due by Time", "Resolved Date", "Last Updated Date", "Tags", "Impact", "Urgency"];
  const rows = [header], recs = [];
  const subs = ["VPN access for contractor", "Replace laptop battery", "Client portal: SSO error", "Client portal: invoice PDF blank", "Onboarding request – new customer workspace", "Customer asks for data export", "Printer on 3F offline", "Reset MFA for customer admin", "License upgrade request", "Webhook deliveries failing"];
  seq(R, people, 40, 0.3).forEach((p, i) => {
    const internal = i % 4 === 1;
    const c = dt(R); const resolved = R.chance(0.6) ? later(c, 1800, 4 * 86400, R) : null;
    let name, email, phone = "";
    if (internal) { const e = employees[i % employees.length]; name = e[0]; email = e[1]; }
    else { name = p.name; email = variant(R, p.email, 0.3); phone = R.chance(0.4) ? p.phone : ""; }
    const agent = R.chance(0.85) ? R.pick(STAFF).name : "";
    rows.push(["INC-" + (3100 + i), internal ? R.pick(subs.slice(0, 2).concat(subs[6])) : R.pick(subs), resolved ? R.pick(["Resolved", "Closed"]) : R.pick(["Open", "Pending"]), R.pick(["Low", "Medium", "High", "Urgent"]), R.pick(["Email", "Portal", "Phone", "Chat"]), R.pick(["Incident", "Service Request"]), name, email, phone, agent, R.pick(["Service Desk", "Customer Success", "Platform Ops"]), internal ? R.pick(["Finance", "Engineering", "Sales"]) : "", R.pick(["Software", "Hardware", "Access", "Billing"]), fmt.ymdhms(c), fmt.ymdhms(later(c, 86400, 3 * 86400, R)), resolved ? fmt.ymdhms(resolved) : "", fmt.ymdhms(resolved || later(c, 600, 86400, R)), internal ? "internal" : R.pick(["", "vip", "vip,renewal", "portal"]), R.pick(["Low", "Medium", "High"]), R.pick(["Low", "Medium", "High"])]);
    recs.push({ keys: [["email", email], ["phone", phone]] });
  });
  const st = stats(recs);
  return {
    slug, tool: "Freshservice", export: "Tickets list > Export (CSV)",
    docs: ["https://support.freshservice.com/support/solutions/articles/233754-user-management"],
    files: [{
      name: "tickets.csv", format: "csv", encoding: "utf-8", kind: "tickets", content: csv(rows, { eol: "\r\n" }), st,
      columns: csvCols(header, { "Ticket Id": "record_id", "Requester Name": "customer_name", "Requester Email": "customer_email", "Requester Phone": "customer_phone", Agent: "agent", Group: "other", Department: "other", "Created Date": "created_at", "Due by Time": "other", "Resolved Date": "other", "Last Updated Date": "other" }),
      notes: "Freshservice is Hoshi Labs' service desk for both employees and client-portal customers: every 4th ticket is raised by an employee (requester on hoshi.example) and is not a customer. Agent holds agent display names; some tickets are unassigned. No satisfaction column (Freshservice surveys are not part of the list export).",
    }],
    readme: {
      layout: ["Header row of ticket field labels; `Ticket Id` as `INC-3107`; dates `YYYY-MM-DD HH:MM:SS`; CRLF line ends.", "Requester Phone written with country code when present."],
      quirks: ["Mix of internal employee requesters (company domain) and external customers.", "Tags comma-joined inside one quoted cell (`vip,renewal`).", "Department filled only for employee requesters."],
      choices: ["We found no public page listing the export's exact column set; columns are the ticket fields Freshservice shows in the export field picker (Ticket Id, Subject, Status, Priority, Source, Type, Requester, Agent, Group, Department, Category, dates). Requester Email/Phone are picked as extra fields."],
    },
  };
});

// ================================================================ 4 Help Scout Beacon chats
tool(() => {
  const slug = "helpscout-chat", R = mkR(slug);
  const people = makePeople(R, 26, 0.2);
  const cid = new Map(); const convs = [], recs = [];
  seq(R, people, 36, 0.3).forEach((p, i) => {
    const unidentified = i % 9 === 4;
    const key = unidentified ? "anon" + i : p.email;
    if (!cid.has(key)) cid.set(key, R.int(480000000, 489999999));
    const created = dt(R); const closed = later(created, 300, 7200, R);
    const missed = i % 11 === 6;
    const ag = missed ? null : R.pick(STAFF.slice(0, 4));
    const email = unidentified ? undefined : variant(R, p.email, 0.25).trim();
    const cust = unidentified ? { id: cid.get(key), type: "customer", first: "Unidentified", last: "Visitor" } : { id: cid.get(key), type: "customer", first: p.first, last: p.last, email };
    const c = {
      id: 2900000000 + i * 131, number: 48100 + i, threads: R.int(3, 28), type: "chat", folderId: 7711001, status: missed ? "active" : "closed", state: "published",
      subject: "Chat with " + (unidentified ? "Unidentified Visitor" : p.first), preview: R.pick(["Hi! Is there a way to pause my plan?", "My export keeps failing", "Do you offer student pricing?", "請求書の宛名を変更したいです", "Can I add a second workspace?"]),
      mailboxId: 310055, ...(ag ? { assignee: { id: ag.id, first: ag.first, last: ag.last, email: ag.email, type: "user" } } : {}),
      createdBy: unidentified ? { id: cust.id, type: "customer" } : { id: cust.id, type: "customer", email },
      createdAt: fmt.iso(created), ...(missed ? {} : { closedBy: ag.id, closedByUser: { id: ag.id, first: ag.first, last: ag.last, email: ag.email, type: "user" }, closedAt: fmt.iso(closed) }),
      userUpdatedAt: fmt.iso(closed), customerWaitingSince: { time: fmt.iso(created), friendly: "Mar 4" },
      source: { type: "chat", via: "customer" }, tags: R.chance(0.5) ? [{ id: 901, color: "#a5b2bd", tag: R.pick(["billing", "bug", "pricing", "export"]) }] : [],
      cc: [], bcc: [], primaryCustomer: cust,
      customFields: R.chance(0.6) ? [{ id: 5521, name: "Plan", value: "3", text: R.pick(["Free", "Pro", "Team"]) }] : [],
      _links: { self: { href: `https://api.helpscout.net/v2/conversations/${2900000000 + i * 131}` } },
    };
    convs.push(c);
    recs.push({ keys: [["helpscout-customer", cust.id], ["email", email]] });
  });
  const body = { _embedded: { conversations: convs }, _links: { self: { href: "https://api.helpscout.net/v2/conversations?status=all&mailbox=310055&embed=" }, first: { href: "https://api.helpscout.net/v2/conversations?status=all&mailbox=310055&page=1" } }, page: { size: 50, totalElements: convs.length, totalPages: 1, number: 1 } };
  const st = stats(recs);
  return {
    slug, tool: "Help Scout (Beacon live chat)", export: "Mailbox API 2.0 List Conversations (status=all, chats) — conversations.json",
    docs: ["https://docs.helpscout.com/article/1238-chatting-with-customers", "https://docs.helpscout.com/article/1228-end-a-live-chat", "https://developer.helpscout.com/mailbox-api/endpoints/reports/chat/"],
    files: [{
      name: "conversations.json", format: "json", encoding: "utf-8", kind: "conversations", content: J(body), st,
      columns: jsonCols({ id: "record_id", number: "other", createdAt: "created_at", closedAt: "other", userUpdatedAt: "other", "assignee.id": "agent", "assignee.email": "agent", "closedBy": "agent", "closedByUser.email": "agent", "closedByUser.id": "agent", "createdBy.id": "customer_id", "createdBy.email": "customer_email", "primaryCustomer.id": "customer_id", "primaryCustomer.email": "customer_email", "customFields[].text": "other", "customerWaitingSince.time": "other", mailboxId: "other" }),
      notes: "Wrapper `{_embedded:{conversations:[...]}, page, _links}`; keys are relative to a conversation. Chats started by visitors who gave no e-mail show as 'Unidentified Visitor' but still carry a Help Scout customer id (so they count as customers by id). Missed chats have no assignee/closedBy. createdBy is the customer for chats; assignee and closedByUser are Help Scout users on hoshi.example.",
    }],
    readme: {
      layout: ["JSON (HAL) page as returned by `GET /v2/conversations`: conversations under `_embedded.conversations`, then `_links` and `page`.", "Timestamps ISO-8601 UTC with `Z`."],
      quirks: ["`type: \"chat\"`, `source.type: \"chat\"` for Beacon chats.", "Unidentified Visitor chats (Require Email disabled) have a customer id but no email.", "Missed chats stay `active` with no assignee.", "Ended chats are written back as conversations with the transcript; a Japanese preview appears."],
      choices: ["Help Scout has no CSV export of chats; the API list is how chats are exported. Field names follow the Mailbox API 2.0 conversation object; we omit embedded threads."],
    },
  };
});

// ================================================================ 5 Gladly
tool(() => {
  const slug = "gladly", R = mkR(slug);
  const people = makePeople(R, 26, 0.15);
  const gid = () => R.str(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
  const agents = STAFF.slice(0, 4).map((s) => ({ id: gid(), name: s.name }));
  const inboxes = [["mT0zQ2cJTFqT8xkWp3E1vA", "Support – Email"], ["Kc2bXnq1RmyiL0yQ9tHh3g", "Support – Chat"], ["pP9s4mZ3Q0uWcVb6Yx2e1A", "VIP"]];
  const header = ["Created At", "Conversation ID", "Customer ID", "Conversation Link", "Status", "Assigned Agent ID – Current", "Assigned Agent Name – Current", "Inbox ID – Current", "Inbox Name – Current", "First Closed At", "Last Closed At", "Initiator Type – Created", "Initiator Agent ID – Created", "Initiator Agent Name – Created", "Channel – Created", "Topic Names – Current"];
  const cids = new Map(); const rows = [header], recs = [];
  seq(R, people, 42, 0.4).forEach((p, i) => {
    if (!cids.has(p.email)) cids.set(p.email, gid());
    const c = dt(R); const convId = gid(); const cust = cids.get(p.email);
    const closed = R.chance(0.75) ? later(c, 600, 3 * 86400, R) : null;
    const status = closed ? (R.chance(0.08) ? "MERGED" : "CLOSED") : "OPEN";
    const ag = R.chance(0.9) ? R.pick(agents) : null; const ib = R.pick(inboxes);
    const agentInit = R.chance(0.15); const ia = agentInit ? R.pick(agents) : null;
    rows.push([fmt.isoMs(c), convId, cust, `https://hoshi.us-1.gladly.com/customer/${cust}/conversation/${convId}`, status, ag ? ag.id : "", ag ? ag.name : "", ib[0], ib[1], closed ? fmt.isoMs(closed) : "", closed ? fmt.isoMs(later(closed, 0, 86400, R)) : "", agentInit ? "Agent" : R.pick(["Customer", "Customer", "Customer", "System"]), ia ? ia.id : "", ia ? ia.name : "", R.pick(["EMAIL", "CHAT", "SMS", "VOICE", "FB_MESSENGER"]), R.pick(["Billing", "Order Status", "Returns, Exchanges", "Account Access", ""])]);
    recs.push({ keys: [["gladly-customer", cust]] });
  });
  const st = stats(recs);
  rows.splice(1, rows.length - 1, ...rows.slice(1).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  return {
    slug, tool: "Gladly", export: "Reports > Conversation Export (CSV download)",
    docs: ["https://connect.gladly.com/docs/help-documentation/article/conversation-export", "https://developer.gladly.com/tutorials/conversation_export/"],
    files: [{
      name: "Conversation Export.csv", format: "csv", encoding: "utf-8", kind: "conversations", content: csv(rows), st,
      columns: csvCols(header, { "Created At": "created_at", "Conversation ID": "record_id", "Customer ID": "customer_id", "Conversation Link": "other", "Assigned Agent ID – Current": "agent", "Assigned Agent Name – Current": "agent", "Inbox ID – Current": "other", "Initiator Agent ID – Created": "agent", "Initiator Agent Name – Created": "agent", "First Closed At": "other", "Last Closed At": "other" }),
      notes: "All ids (conversation, customer, agent, inbox) are 22-character Gladly ids that look alike; only Customer ID identifies the customer. Conversation Link embeds the customer id in a URL (other). No e-mail or phone in this report, so customers are distinct Customer IDs. Headers contain an en dash (–).",
    }],
    readme: {
      layout: ["One row per conversation, columns as listed in Gladly's Conversation Export metric table (Created At, Conversation ID, Customer ID, Conversation Link, Status, Assigned Agent ID/Name – Current, Inbox ID/Name – Current, First/Last Closed At, Initiator Type/Agent ID/Agent Name – Created).", "Timestamps ISO-8601 with milliseconds, UTC."],
      quirks: ["Header names contain ` – ` (en dash).", "Status OPEN / CLOSED / MERGED.", "Topic names can contain commas (quoted)."],
      choices: ["`Channel – Created` and `Topic Names – Current` are plausible additional columns not shown in the excerpt we read; their exact naming is our choice."],
    },
  };
});

// ================================================================ 6 Userlike
tool(() => {
  const slug = "userlike", R = mkR(slug);
  const people = makePeople(R, 24, 0.1);
  const ops = STAFF.slice(0, 3).map((s, k) => ({ id: 70210 + k, name: s.name, email: s.email }));
  const contacts = new Map(); const results = [], recs = [];
  seq(R, people, 38, 0.35).forEach((p, i) => {
    const anon = i % 8 === 3;
    const k = anon ? "v" + i : p.email;
    if (!contacts.has(k)) contacts.set(k, 1880000 + contacts.size * 17);
    const c = dt(R); const ended = later(c, 200, 3600, R);
    const email = anon ? null : variant(R, p.email, 0.3).trim();
    const rating = R.chance(0.6) ? R.int(1, 5) : null;
    const op = R.pick(ops);
    const rec = {
      id: 5120000 + i * 37, created_at: fmt.isoUs(c), updated_at: fmt.isoUs(ended), ended_at: fmt.isoUs(ended), status: "ended",
      subject: R.pick(["Frage zur Rechnung", "Login problem", "Upgrade to Team plan", "Shipping to Austria?", "API key rotation"]),
      channel: { type: R.pick(["website", "whatsapp", "website"]), name: "hoshi.example Website Messenger" },
      contact: { id: contacts.get(k), name: anon ? `Visitor ${contacts.get(k) % 10000}` : p.name, email, locale: R.pick(["en", "de", "en"]) },
      operator: { id: op.id, name: op.name, email: op.email },
      operator_group: { id: 301, name: R.pick(["Support", "Sales"]) },
      rating, feedback: rating !== null && R.chance(0.5) ? R.pick(["Quick and friendly!", "Took too long", "Sehr hilfreich, danke", "ok"]) : null,
      tags: R.chance(0.4) ? [R.pick(["billing", "lead", "bug"])] : [],
      page_url: "https://hoshi.example/pricing", language: "en",
    };
    results.push(rec);
    recs.push({ keys: [["userlike-contact", rec.contact.id], ["email", email]], csat: rating === null ? "" : String(rating) });
  });
  const body = { count: results.length, next: null, previous: null, results };
  const st = stats(recs, { csat: true });
  return {
    slug, tool: "Userlike", export: "Userlike JSON API v3 `GET /api/um/v3/conversations/` (ended conversations) — conversations.json",
    docs: ["https://docs.userlike.com/developers/api/add-on", "https://www.userlike.com/en/public/tutorial/um/api/intro", "https://docs.userlike.com/162ad2f74ea846d19104b55dc72082b5"],
    files: [{
      name: "conversations.json", format: "json", encoding: "utf-8", kind: "conversations", content: J(body), st,
      columns: jsonCols({ id: "record_id", created_at: "created_at", updated_at: "other", ended_at: "other", "contact.id": "customer_id", "contact.email": "customer_email", "contact.name": "customer_name", "operator.id": "agent", "operator.name": "agent", "operator.email": "agent", "operator_group.name": "other", rating: "score_csat", tags: "other" }),
      notes: "Paginated list wrapper {count,next,previous,results}. rating is the 1–5 star conversation rating (null when not rated). Anonymous website visitors still get a Userlike contact id (name 'Visitor NNNN', email null), so they count as customers by id. operator.* is Hoshi staff.",
    }],
    readme: {
      layout: ["Paginated JSON list: `count`, `next`, `previous`, `results[]`.", "Timestamps ISO-8601 with microseconds (`2025-03-04T09:12:33.000000Z`)."],
      quirks: ["Visitors without e-mail appear as `Visitor 1234` with `email: null`.", "Ratings 1–5 stars, null if not rated; free-text feedback in German/English.", "Tags as an array of strings."],
      choices: ["The v3 conversation resource fields are described in Userlike's JSON API tutorial; we could not read the full field table, so the nesting (`contact`, `operator`, `operator_group`, `rating`, `feedback`) is our reconstruction from the add-on callback descriptions (conversation, rating, feedback events)."],
    },
  };
});

// ================================================================ 7 Intercom CSV
tool(() => {
  const slug = "intercom-csv", R = mkR(slug);
  const people = makePeople(R, 28, 0.15);
  const header = ["Conversation ID", "Conversation started at", "Conversation last closed at", "Channel", "Current conversation state", "Teammate currently assigned", "Team currently assigned", "Conversation tags", "Conversation rating", "Conversation rating remark", "Fin AI Agent involved", "User ID", "User name", "User email", "User type", "Company name", "Company ID"];
  const uids = new Map(); const rows = [header], recs = [];
  seq(R, people, 44, 0.3).forEach((p, i) => {
    const lead = i % 7 === 2;
    if (!uids.has(p.email)) uids.set(p.email, "usr_" + R.int(10000, 99999));
    const c = dt(R); const closed = R.chance(0.8) ? later(c, 600, 2 * 86400, R) : null;
    const rating = closed && R.chance(0.55) ? String(R.int(1, 5)) : "";
    const email = lead ? "" : variant(R, p.email, 0.3);
    const uid = lead ? "" : uids.get(p.email);
    rows.push([String(215000000000 + i * 7331), fmt.ymdhms(c), closed ? fmt.ymdhms(closed) : "", R.pick(["Chat", "Email", "Chat", "WhatsApp"]), closed ? "closed" : R.pick(["open", "snoozed"]), R.chance(0.1) ? "Fin" : R.pick(STAFF).name, R.pick(["Support", "Billing", "Support"]), R.pick(["", "bug", "billing, refund", "feature-request"]), rating, rating && R.chance(0.5) ? R.pick(["Great help", "slow, but solved", "Didn't fix it, still broken"]) : "", R.chance(0.3) ? "true" : "false", uid, lead ? R.pick(["", "Lead 4821"]) : p.name, email, lead ? "Lead" : "User", lead ? "" : R.pick(["Northwind", "Contoso", "Adatum", ""]), lead ? "" : R.pick(["comp_1042", "comp_2210", "comp_3377"])]);
    recs.push({ keys: [["intercom-user", uid], ["email", email]], csat: rating });
  });
  const st = stats(recs, { csat: true });
  return {
    slug, tool: "Intercom", export: "Reports > Conversations dataset > Export CSV",
    docs: ["https://intercom.com/help/en/articles/7022438-reporting-metrics-attributes", "https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/reporting-data-export", "https://developers.intercom.com/docs/references/1.3/rest-api/conversations/conversation-rating-model"],
    files: [{
      name: "conversations.csv", format: "csv", encoding: "utf-8", kind: "conversations", content: csv(rows), st,
      columns: csvCols(header, { "Conversation ID": "record_id", "Conversation started at": "created_at", "Conversation last closed at": "other", "Teammate currently assigned": "agent", "Team currently assigned": "other", "Conversation rating": "score_csat", "User ID": "customer_id", "User name": "customer_name", "User email": "customer_email", "User type": "other", "Company ID": "other", "Company name": "other" }),
      notes: "Conversation rating is Intercom's 1–5 CSAT (blank when not rated). Company ID looks like an id but identifies the company, not the person. Leads (User type = Lead) have no User ID/e-mail and are anonymous. 'Fin' as assignee is the AI agent (still agent role).",
    }],
    readme: {
      layout: ["Header of Intercom reporting attribute names, one row per conversation, timestamps `YYYY-MM-DD HH:MM:SS` (UTC), LF line ends."],
      quirks: ["Leads without contact details.", "Tags comma-joined in one cell.", "Assignee `Fin` (AI agent)."],
      choices: ["Column names follow the attribute names of the Conversations dataset in Intercom's reporting metrics article; the selection/order is ours."],
    },
  };
});

// ================================================================ 8 Qualtrics JSON
tool(() => {
  const slug = "qualtrics-json", R = mkR(slug);
  const people = makePeople(R, 30, 0.2);
  const CS = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"];
  const CES = ["Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"];
  const CH = ["Email", "Live chat", "Phone", "Community forum"];
  const ext = new Map(); const responses = [], recs = [];
  seq(R, people, 40, 0.2).forEach((p, i) => {
    const anon = i % 6 === 5;
    if (!ext.has(p.email)) ext.set(p.email, "CUST-" + R.int(10000, 99999));
    const start = dt(R); const end = later(start, 40, 900, R); const rec = later(end, 0, 3, R);
    const rid = "R_" + R.str(15);
    const v = { startDate: fmt.iso(start), endDate: fmt.iso(end), status: 0, ipAddress: `203.0.113.${R.int(1, 254)}`, progress: 100, duration: Math.round((end - start) / 1000), finished: 1, recordedDate: fmt.isoMs(rec), _recordId: rid, locationLatitude: "35.6895", locationLongitude: "139.6917", distributionChannel: anon ? "anonymous" : "email", userLanguage: p.ja ? "JA" : "EN" };
    const l = { status: "IP Address", finished: "True", distributionChannel: anon ? "anonymous" : "email" };
    let email;
    if (!anon) {
      email = variant(R, p.email, 0.2).trim();
      Object.assign(v, { recipientEmail: email, recipientFirstName: p.first, recipientLastName: p.last, externalDataReference: ext.get(p.email) });
    }
    let nps, cs, ce;
    if (R.chance(0.92)) { nps = R.pick([0, 2, 4, 5, 6, 7, 8, 8, 9, 9, 10, 10, 10]); v.QID1 = nps; l.QID1 = String(nps); v.QID1_NPS_GROUP = nps >= 9 ? 3 : nps >= 7 ? 2 : 1; l.QID1_NPS_GROUP = nps >= 9 ? "Promoter" : nps >= 7 ? "Passive" : "Detractor"; }
    if (R.chance(0.85)) { cs = R.int(1, 5); v.QID2 = cs; l.QID2 = CS[cs - 1]; }
    if (R.chance(0.8)) { ce = R.int(1, 7); v.QID3 = ce; l.QID3 = CES[ce - 1]; }
    if (R.chance(0.6)) v.QID4_TEXT = R.pick(["Love the new dashboard.", "Exports are slow, please fix.", "サポートの対応が早くて助かりました。", "Pricing is confusing, especially \"seats\" vs users.", "Mobile app needs offline mode"]);
    if (R.chance(0.7)) { const sel = [1, 2, 3, 4].filter(() => R.chance(0.4)); if (sel.length) { v.QID5 = sel; l.QID5 = sel.map((s) => CH[s - 1]); } }
    v.AccountOwner = R.pick(STAFF).email; v.utm_campaign = R.pick(["q1_nps_wave", "q1_nps_wave", "renewal_2025"]);
    responses.push({ responseId: rid, values: v, labels: l, displayedFields: ["QID1", "QID2", "QID3", "QID4_TEXT", "QID5"], displayedValues: { QID1: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], QID2: [1, 2, 3, 4, 5], QID3: [1, 2, 3, 4, 5, 6, 7], QID5: [1, 2, 3, 4] } });
    recs.push({ keys: anon ? [] : [["email", email], ["qualtrics-ext", ext.get(p.email)]], nps: nps === undefined ? undefined : String(nps), csat: cs === undefined ? undefined : String(cs) });
  });
  const st = stats(recs, { nps: true, csat: true });
  return {
    slug, tool: "Qualtrics", export: "Survey Response Export API (`POST /API/v3/surveys/{surveyId}/export-responses`, format=json), unzipped file",
    docs: ["https://docs.ropensci.org/qualtRics/reference/fetch_survey.html", "https://rdrr.io/github/jamesdunham/qsurvey/man/responses.html", "https://docs.ropensci.org/qualtRics/reference/export_responses_init.html"],
    files: [{
      name: "Hoshi Labs Relationship NPS Q1 2025.json", format: "json", encoding: "utf-8", kind: "survey_responses", content: J({ responses }), st,
      columns: jsonCols({ responseId: "record_id", "values._recordId": "record_id", "values.recordedDate": "submitted_at", "values.startDate": "other", "values.endDate": "other", "values.recipientEmail": "customer_email", "values.externalDataReference": "customer_id", "values.QID1": "score_nps", "labels.QID1": "score_nps", "values.QID1_NPS_GROUP": "other", "labels.QID1_NPS_GROUP": "other", "values.QID2": "score_csat", "labels.QID2": "score_csat", "values.QID3": "score_ces", "labels.QID3": "score_ces", "values.QID5": "other", "labels.QID5": "other", "values.AccountOwner": "agent", "values.utm_campaign": "other", "values.ipAddress": "other", "values.duration": "other" }),
      notes: "QID1 = NPS 0–10, QID1_NPS_GROUP = derived group (1/2/3, labels Detractor/Passive/Promoter: other). QID2 = 5-point satisfaction (values 1–5, labels 'Very dissatisfied'..'Very satisfied'). QID3 = CES 'Hoshi Labs made it easy for me to handle my issue' 1–7. Unanswered questions are absent from values/labels. Anonymous-link responses carry no recipientEmail/externalDataReference. AccountOwner is embedded data with a staff e-mail (agent). values and labels hold the same answers in two forms; counts are per response.",
    }],
    readme: {
      layout: ["`{\"responses\":[...]}`; each response has `responseId`, `values` (recodes, metadata), `labels` (choice texts), `displayedFields`, `displayedValues`.", "Metadata: startDate, endDate, recordedDate, status, ipAddress, progress, duration, finished, distributionChannel, userLanguage; embedded data (AccountOwner, utm_campaign) and panel fields (recipientEmail, externalDataReference) inline in `values`."],
      quirks: ["Skipped questions are absent, not null.", "Multi-select QID5 is an array of recodes, labels an array of texts.", "NPS group helper variable `QID1_NPS_GROUP`.", "Japanese comment text; a comment with embedded double quotes."],
      choices: ["Question ids/recodes chosen by us (QID1..QID5). recordedDate keeps milliseconds as Qualtrics JSON does in our reading; other dates without."],
    },
  };
});

// ================================================================ 9 SurveyMonkey API
tool(() => {
  const slug = "surveymonkey-api", R = mkR(slug);
  const people = makePeople(R, 26, 0.15);
  const NPSQ = "612345678", CQ = "612345690", MQ = "612345702";
  const choiceIds = Array.from({ length: 11 }, (_, k) => String(4070001000 + k));
  const MC = [["4070002001", "Email"], ["4070002002", "Chat"], ["4070002003", "Phone"], ["4070002004", "Help center"]];
  const data = [], recs = [];
  seq(R, people, 38, 0.25).forEach((p, i) => {
    const web = i % 5 === 3;
    const c = dt(R); const m = later(c, 30, 600, R);
    const id = String(118000000000 + i * 977);
    const email = web ? "" : variant(R, p.email, 0.25).trim();
    const rid = web ? "" : String(9100000000 + people.indexOf(p) * 13);
    const questions = [];
    let nps;
    if (R.chance(0.9)) { nps = R.pick([1, 3, 5, 6, 7, 8, 9, 9, 10, 10]); questions.push({ id: NPSQ, heading: "How likely is it that you would recommend Hoshi Labs to a friend or colleague?", answers: [{ choice_id: choiceIds[nps], simple_text: String(nps) }] }); }
    if (R.chance(0.6)) { const t = R.pick(["Faster sync please", "Great support team", "The new pricing, honestly, is too high", "Works fine"]); questions.push({ id: CQ, heading: "What is the main reason for your score?", answers: [{ text: t, simple_text: t }] }); }
    if (R.chance(0.5)) { const sel = MC.filter(() => R.chance(0.4)); if (sel.length) questions.push({ id: MQ, heading: "Which channels have you used to contact us?", answers: sel.map(([cid, t]) => ({ choice_id: cid, simple_text: t })) }); }
    const cv = web ? { utm_source: "website" } : { cid: "C-" + (1000 + people.indexOf(p)), utm_source: "email" };
    data.push({
      id, recipient_id: rid, collection_mode: "default", response_status: "completed", custom_value: "", first_name: web ? "" : p.first, last_name: web ? "" : p.last, email_address: email, ip_address: `198.51.100.${R.int(1, 254)}`,
      logic_path: {}, metadata: web ? {} : { contact: { first_name: { type: "string", value: p.first }, last_name: { type: "string", value: p.last }, email: { type: "string", value: email } } },
      page_path: [], collector_id: web ? "431002233" : "431001122", survey_id: "508877665", custom_variables: cv,
      edit_url: `https://www.surveymonkey.com/r/?sm=${R.str(24)}`, analyze_url: `https://www.surveymonkey.com/analyze/browse/${R.str(20)}?respondent_id=${id}`,
      total_time: Math.round((m - c) / 1000), date_modified: fmt.offset(m, 0), date_created: fmt.offset(c, 0), href: `https://api.surveymonkey.com/v3/surveys/508877665/responses/${id}`,
      pages: [{ id: "190001122", questions }],
    });
    recs.push({ keys: web ? [] : [["email", email], ["sm-recipient", rid], ["sm-cid", cv.cid]], nps: nps === undefined ? undefined : String(nps) });
  });
  const body = { data, per_page: 100, page: 1, total: data.length, links: { self: "https://api.surveymonkey.com/v3/surveys/508877665/responses/bulk?simple=true&page=1&per_page=100" } };
  const st = stats(recs, { nps: true });
  return {
    slug, tool: "SurveyMonkey", export: "API v3 `GET /v3/surveys/{id}/responses/bulk?simple=true` — responses.json",
    docs: ["https://prismatic.io/docs/example-payloads/surveymonkey/actions/listResponsesBulk.json", "https://docs.memberjunction.org/api/interfaces/_memberjunction_actions-bizapps-formbuilders.SurveyMonkeyResponse.html"],
    files: [{
      name: "responses.json", format: "json", encoding: "utf-8", kind: "survey_responses", content: J(body), st,
      columns: jsonCols({ id: "record_id", date_created: "submitted_at", date_modified: "other", email_address: "customer_email", "metadata.contact.email.value": "customer_email", recipient_id: "customer_id", "custom_variables.cid": "customer_id", "custom_variables.utm_source": "other", collector_id: "other", survey_id: "other", ip_address: "other", "pages[].questions[].answers[].simple_text": "score_nps", "pages[].questions[].answers[].choice_id": "other", "pages[].questions[].heading": "other", total_time: "other" }),
      notes: "Answers are nested per page/question: `pages[].questions[].answers[].simple_text` holds the NPS answer (question 612345678, 'How likely is it…') but also the comment and channel answers of the other questions; only question 612345678 counts for NPS. Weblink-collector responses (every 5th) have empty email_address/recipient_id and no cid (anonymous). custom_variables.cid is Hoshi's customer id passed in the survey link.",
    }],
    readme: {
      layout: ["Bulk page `{data:[...], per_page, page, total, links}`; each response has metadata and `pages[].questions[].answers[]`.", "With `simple=true` each question has `heading` and each answer `simple_text` (the choice text or typed text).", "Dates ISO-8601 with `+00:00` offset."],
      quirks: ["Choice answers identified by `choice_id`; the 0–10 value only appears as `simple_text`.", "Unanswered questions are absent from `questions`.", "Multi-select answers are several entries in `answers`."],
      choices: ["`simple=true` chosen so the file is self-contained (without it only choice ids are present). Survey/collector ids are invented."],
    },
  };
});

// ================================================================ 10 Jotform
tool(() => {
  const slug = "jotform", R = mkR(slug);
  const people = makePeople(R, 30, 0.2);
  const header = ["Submission Date", "Name", "E-mail", "Phone Number", "Order Number", "How likely are you to recommend Hoshi Labs to a friend or colleague?", "Overall, how satisfied are you with your recent purchase?", "Which channels did you use to contact us?", "Comments", "utm_source", "utm_campaign", "Submission ID", "IP"];
  const CS = ["Very Satisfied", "Satisfied", "Neutral", "Unsatisfied", "Very Unsatisfied"];
  const rows = [header], recs = [];
  seq(R, people, 42, 0.2).forEach((p, i) => {
    const c = dt(R);
    const noContact = i % 10 === 7;
    const email = noContact ? "" : variant(R, p.email, 0.3);
    const phone = noContact ? "" : R.chance(0.5) ? (p.ja ? p.phone.replace(/-/g, " ") : p.phone.replace(/^\+1 (\d{3})-555-(\d{4})$/, "($1) 555-$2")) : "";
    let nps = R.chance(0.93) ? String(R.pick([0, 3, 5, 6, 7, 8, 9, 10, 10, 9])) : "";
    if (i === 15) nps = "N/A";
    const cs = R.chance(0.88) ? R.pick(CS) : "";
    const ch = ["Email", "Live chat", "Phone", "Instagram DM"].filter(() => R.chance(0.35)).join("\n");
    rows.push([fmt.ymdhms(c), noContact ? "" : p.name, email, phone, "HL-" + R.int(100000, 999999), nps, cs, ch, R.pick(["", "", "Fast delivery, thanks!", "Box was damaged, but support replaced it", "梱包が丁寧でした", "Price, \"shipping\" and taxes were unclear"]), R.pick(["newsletter", "instagram", ""]), R.pick(["spring_sale", "", "post_purchase"]), String(6143218800000000000n + BigInt(i) * 1376543211n + BigInt(R.int(0, 999))), `192.0.2.${R.int(1, 254)}`]);
    recs.push({ keys: [["email", email], ["phone", phone]], nps, csat: cs });
  });
  const st = stats(recs, { nps: true, csat: true });
  return {
    slug, tool: "Jotform", export: "Jotform Tables > Download All > CSV",
    docs: ["https://www.jotform.com/answers/224879-What-are-the-sub-user-accounts-used-for-Can-I-export-my-data-that-I-collect"],
    files: [{
      name: "Post-Purchase_Feedback.csv", format: "csv", encoding: "utf-8-bom", kind: "survey_responses", content: csv(rows, { eol: "\r\n" }), st,
      columns: csvCols(header, { "Submission Date": "submitted_at", Name: "customer_name", "E-mail": "customer_email", "Phone Number": "customer_phone", "Order Number": "other", "How likely are you to recommend Hoshi Labs to a friend or colleague?": "score_nps", "Overall, how satisfied are you with your recent purchase?": "score_csat", "Which channels did you use to contact us?": "other", utm_source: "other", utm_campaign: "other", "Submission ID": "record_id", IP: "other" }),
      notes: "NPS from a 0–10 scale-rating field; one submission has 'N/A' (invalid). Satisfaction radio uses Jotform's template labels Very Satisfied/Satisfied/Neutral/Unsatisfied/Very Unsatisfied. US phones are typed without country code (not keys), Japanese ones with +81. The channel checkbox exports several choices separated by newlines inside one quoted cell. Submission ID is a 19-digit number.",
    }],
    readme: {
      layout: ["UTF-8 with BOM, CRLF, header = field labels in form order, first column `Submission Date` (`YYYY-MM-DD HH:MM:SS`), `Submission ID` and `IP` at the end."],
      quirks: ["Checkbox answers joined by line breaks in a quoted cell.", "Hidden fields utm_source/utm_campaign.", "Full Name field exported as one `Name` column.", "Phone numbers in mixed formats."],
      choices: ["Jotform's help pages we found only confirm CSV/Excel download of submissions; column order, the BOM and the position of Submission ID/IP are from our knowledge of the Tables export."],
    },
  };
});

// ================================================================ 11 Tally
tool(() => {
  const slug = "tally", R = mkR(slug);
  const people = makePeople(R, 26, 0.1);
  const header = ["Submission ID", "Respondent ID", "Submitted at", "What's your email?", "How likely are you to recommend Hoshi Labs to a friend or colleague?", "How would you rate your onboarding experience?", "What could we improve?", "Which plan are you on?", "utm_source", "utm_campaign", "ref"];
  const rid = new Map(); const rows = [header], recs = [];
  seq(R, people, 36, 0.3).forEach((p, i) => {
    if (!rid.has(p.email) || R.chance(0.15)) rid.set(p.email, R.str(6)); // same person, sometimes a new device → new respondent id
    const c = dt(R);
    const email = R.chance(0.8) ? variant(R, p.email, 0.3) : "";
    const nps = R.chance(0.9) ? String(R.pick([2, 4, 6, 7, 8, 9, 10, 10, 9, 8])) : "";
    const star = R.chance(0.8) ? String(R.int(1, 5)) : "";
    rows.push([R.str(6), rid.get(p.email), fmt.ymdhms(c), email, nps, star, R.pick(["", "More templates", "Docs for the API, examples", "Nothing, it's great"]), R.pick(["Free", "Pro", "Business"]), R.pick(["producthunt", "google", ""]), R.pick(["launch", "", "retarget_q1"]), R.pick(["", "friend"])]);
    recs.push({ keys: [["tally-respondent", rid.get(p.email)], ["email", email]], nps, csat: star });
  });
  const st = stats(recs, { nps: true, csat: true });
  return {
    slug, tool: "Tally", export: "Form > Submissions > Download CSV",
    docs: [],
    files: [{
      name: "Hoshi Labs feedback_Submissions_2025-03-31.csv", format: "csv", encoding: "utf-8", kind: "survey_responses", content: csv(rows), st,
      columns: csvCols(header, { "Submission ID": "record_id", "Respondent ID": "customer_id", "Submitted at": "submitted_at", "What's your email?": "customer_email", "How likely are you to recommend Hoshi Labs to a friend or colleague?": "score_nps", "How would you rate your onboarding experience?": "score_csat", "Which plan are you on?": "other", utm_source: "other", utm_campaign: "other", ref: "other" }),
      notes: "Respondent ID is Tally's id of the respondent (browser) and is treated as the tool's customer id: the same person can have two Respondent IDs (new device) and is then linked through the e-mail; rows without e-mail are linked only by Respondent ID. The 1–5 rating question is a star rating (CSAT).",
    }],
    readme: {
      layout: ["Columns `Submission ID`, `Respondent ID`, `Submitted at` then one column per question (label text) and hidden fields.", "Dates `YYYY-MM-DD HH:MM:SS` UTC, LF, no BOM."],
      quirks: ["Email question optional (blank cells).", "Hidden fields utm_source, utm_campaign, ref.", "Short random ids (`mOxq2k`)."],
      choices: ["We found no public page listing the CSV columns; the three leading system columns are what Tally writes in our experience. File name pattern is our choice."],
    },
  };
});

// ================================================================ 12 Survicate
tool(() => {
  const slug = "survicate", R = mkR(slug);
  const people = makePeople(R, 26, 0.2);
  const header = ["Response ID", "Respondent UUID", "Date (UTC)", "Email", "First name", "Last name", "user_id", "Plan", "Language", "Device", "URL", "Q1. How likely are you to recommend Hoshi Labs to a friend or colleague?", "Q1. Comment", "Q2. Hoshi Labs made it easy for me to solve my problem today.", "Q3. Which features do you use most?", "Q4. Anything else you'd like to tell us?"];
  const uu = new Map(); const rows = [header], recs = [];
  const uuid = () => `${R.hex(8)}-${R.hex(4)}-4${R.hex(3)}-${R.pick(["8", "9", "a", "b"])}${R.hex(3)}-${R.hex(12)}`;
  seq(R, people, 40, 0.25).forEach((p, i) => {
    const anon = i % 6 === 1;
    const k = anon ? "a" + i : p.email;
    if (!uu.has(k)) uu.set(k, uuid());
    const c = dt(R);
    const email = anon ? "" : variant(R, p.email, 0.3);
    const uid = anon ? "" : "u_" + (5000 + people.indexOf(p));
    const nps = R.chance(0.9) ? String(R.pick([0, 4, 6, 7, 8, 9, 10, 10, 9, 7])) : "";
    const ces = R.chance(0.75) ? String(R.int(1, 7)) : "";
    rows.push([String(77000000 + i * 53), uu.get(k), fmt.ymdhms(c), email, anon ? "" : p.first, anon ? "" : p.last, uid, anon ? "" : R.pick(["starter", "growth", "enterprise"]), p.ja ? "ja" : "en", R.pick(["desktop", "mobile"]), R.pick(["https://app.hoshi.example/dashboard", "https://app.hoshi.example/billing", "https://hoshi.example/pricing"]), nps, nps && R.chance(0.5) ? R.pick(["Reliable and fast", "Onboarding was confusing", "毎日使っています", "Support, docs and API are great"]) : "", ces, ["Reports", "Automations", "Integrations", "Mobile app"].filter(() => R.chance(0.35)).join("; "), R.chance(0.2) ? "Keep going!" : ""]);
    recs.push({ keys: [["survicate-respondent", uu.get(k)], ["email", email], ["hoshi-user", uid]], nps });
  });
  const st = stats(recs, { nps: true });
  return {
    slug, tool: "Survicate", export: "Survey > Analyze > Export responses (CSV)",
    docs: ["https://developers.survicate.com/data-export.md", "https://fivetran.com/docs/connectors/applications/survicate/connector-schema.md"],
    files: [{
      name: "survicate_responses_hoshi_nps.csv", format: "csv", encoding: "utf-8-bom", kind: "survey_responses", content: csv(rows, { eol: "\r\n" }), st,
      columns: csvCols(header, { "Response ID": "record_id", "Respondent UUID": "customer_id", "Date (UTC)": "submitted_at", Email: "customer_email", user_id: "customer_id", Plan: "other", URL: "other", "Q1. How likely are you to recommend Hoshi Labs to a friend or colleague?": "score_nps", "Q2. Hoshi Labs made it easy for me to solve my problem today.": "score_ces", "Q3. Which features do you use most?": "other" }),
      notes: "Q2 is a 1–7 customer-effort (CES) question. Respondent UUID is Survicate's respondent id (cookie based) and user_id is the respondent attribute Hoshi passes from its app; both are customer ids. Anonymous website respondents still have a Respondent UUID (each anonymous row gets its own). Q3 multi-choice joined with '; '.",
    }],
    readme: {
      layout: ["UTF-8 with BOM, CRLF; one row per response; respondent attributes (Email, First/Last name, user_id, Plan) then one column per question prefixed `Q<n>.`, NPS comment in its own column."],
      quirks: ["Anonymous web responses: only the respondent UUID.", "Multi-choice answers joined with `; `.", "Japanese comments."],
      choices: ["Survicate's public Data Export API and the Fivetran schema describe the response fields (respondent uuid, collected_at, respondent_attributes, NPS answer); the CSV header wording (`Date (UTC)`, `Q1. …`, `Q1. Comment`) is our reconstruction."],
    },
  };
});

// ================================================================ 13 Delighted people
tool(() => {
  const slug = "delighted-people", R = mkR(slug);
  const people = makePeople(R, 40, 0.15);
  const header = ["id", "email", "name", "phone_number", "created_at", "last_sent_at", "last_responded_at", "next_survey_scheduled_at", "properties.customer_id", "properties.plan", "properties.locale", "properties.account_manager"];
  const rows = [header], recs = [];
  people.slice(0, 38).forEach((p, i) => {
    const smsOnly = i % 9 === 4;
    const staff = i === 10 || i === 29;
    const c = dt(R, 25);
    const sent = R.chance(0.8) ? later(c, 3600, 10 * 86400, R) : null;
    const resp = sent && R.chance(0.5) ? later(sent, 600, 86400, R) : null;
    const email = staff ? STAFF[i % 5].email : smsOnly ? "" : variant(R, p.email, 0.15).trim();
    const phone = smsOnly || R.chance(0.2) ? p.phone.replace(/[ -]/g, "") : "";
    const cust = staff ? "" : R.chance(0.85) ? "HL" + (20000 + i) : "";
    rows.push([String(60300000 + i * 41), email, staff ? STAFF[i % 5].name : p.name, phone, String(fmt.epoch(c)), sent ? String(fmt.epoch(sent)) : "", resp ? String(fmt.epoch(resp)) : "", !sent ? String(fmt.epoch(later(c, 86400, 5 * 86400, R))) : "", cust, R.pick(["basic", "pro", "team"]), p.ja ? "ja" : "en", R.pick(STAFF).email]);
    recs.push({ keys: [["delighted-person", String(60300000 + i * 41)], ["email", email], ["phone", phone], ["hoshi-customer", cust]], staff });
  });
  const st = stats(recs);
  return {
    slug, tool: "Delighted", export: "People > Export people (CSV)",
    docs: ["https://raw.githubusercontent.com/api-evangelist/delighted/refs/heads/main/json-schema/person.json", "https://make.com/en/help/apps/customer-support/delighted.html", "https://pypi.org/project/delighted/"],
    files: [{
      name: "people.csv", format: "csv", encoding: "utf-8", kind: "contacts", content: csv(rows), st,
      columns: csvCols(header, { id: "customer_id", email: "customer_email", name: "customer_name", phone_number: "customer_phone", created_at: "created_at", last_sent_at: "other", last_responded_at: "other", next_survey_scheduled_at: "other", "properties.customer_id": "customer_id", "properties.plan": "other", "properties.account_manager": "agent" }),
      notes: "Dates are Unix epoch seconds (as in the Delighted Person object). SMS-only people have a phone (E.164 without spaces) and no e-mail. Two people are Hoshi staff test entries (hoshi.example) and not customers. properties.account_manager is a staff e-mail (agent). No scores in a people export.",
    }],
    readme: {
      layout: ["Header = Person fields (id, email, name, phone_number, created_at, last_sent_at, last_responded_at, next_survey_scheduled_at) followed by custom properties as `properties.<name>`.", "Timestamps as Unix seconds; empty cells for nulls; LF."],
      quirks: ["SMS-only people.", "Staff test contacts.", "Epoch-second dates.", "next_survey_scheduled_at only for people not yet surveyed."],
      choices: ["The Person object fields are documented (API schema); the CSV header style (`properties.<key>`) for custom properties is our choice."],
    },
  };
});

// ================================================================ 14 AppFollow
tool(() => {
  const slug = "appfollow", R = mkR(slug);
  const people = makePeople(R, 40, 0.35);
  const header = ["Review ID", "App", "App ID", "Store", "Country", "Date", "Time", "Author", "User ID", "Rating", "Title", "Review", "Version", "Language", "Reply", "Reply Date", "Tags", "Was Changed"];
  const rows = [header], recs = [];
  const en = [["Love it", "Best habit tracker I've used, sync is instant."], ["Crashes", "Crashes every time I open the calendar, iOS 18."], ["Good but pricey", "Good app, but the subscription, honestly, is a lot."], ["Meh", "Widgets don't update."], ["Five stars", "Support answered within an hour!"]];
  const ja = [["最高", "毎日使っています。同期が速くて快適です。"], ["落ちる", "アップデート後、起動するとすぐ落ちます。"], ["まあまあ", "機能は良いが、価格が少し高いと思います。"], ["便利", "ウィジェットが便利。"]];
  people.slice(0, 36).forEach((p, i) => {
    const c = dt(R); const r = R.pick([1, 2, 3, 4, 5, 5, 5, 4]); const t = p.ja ? R.pick(ja) : R.pick(en);
    const replied = R.chance(0.4);
    const gp = i % 3 === 2;
    const rating = i === 17 ? "" : String(r);
    rows.push([String(gp ? "gp:" : "") + (11200000000 + i * 3571), "Hoshi Habits", gp ? "example.hoshi.habits" : "6470012345", gp ? "gp" : "as", gp ? "" : p.ja ? "JP" : R.pick(["US", "GB", "DE"]), fmt.ymd(c), fmt.hms(c), p.ja && R.chance(0.6) ? p.kanji.split(" ")[1] + "さん" : (p.first + R.int(1, 999)), gp ? "" : String(R.int(100000000, 999999999)), rating, t[0], t[1], R.pick(["3.4.0", "3.4.1", "3.5.0"]), p.ja ? "ja" : "en", replied ? (p.ja ? "ご意見ありがとうございます。" : "Thanks for the feedback! Please contact support@hoshi.example.") : "", replied ? fmt.ymd(later(c, 3600, 3 * 86400, R)) : "", R.pick(["", "bug", "pricing", "praise"]), R.chance(0.1) ? "1" : "0"]);
    recs.push({ keys: [], csat: rating });
  });
  const st = stats(recs, { csat: true });
  return {
    slug, tool: "AppFollow (App Store / Google Play reviews)", export: "Reviews > Export (CSV)",
    docs: ["https://support.appfollow.io/hc/en-us/articles/360020832317-API-Parameters", "https://support.appfollow.io/hc/en-us/articles/4413719325969-Reviews-Chart"],
    files: [{
      name: "reviews_export.csv", format: "csv", encoding: "utf-8", kind: "mentions", content: csv(rows), st,
      columns: csvCols(header, { "Review ID": "record_id", "App ID": "other", Date: "submitted_at", Time: "other", Author: "customer_name", "User ID": "other", Rating: "score_csat", Reply: "other", "Reply Date": "other", Tags: "other" }),
      notes: "Public store reviews: authors are not customers (customers = 0); User ID is the store's internal reviewer id, not a Hoshi customer id. The reply text contains support@hoshi.example (staff address inside a text, other). Rating 1–5 stars; one row has an empty rating. Date and Time are separate columns.",
    }],
    readme: {
      layout: ["Header of review fields (review id, app, store `as`/`gp`, country, date `YYYY-MM-DD`, time `HH:MM:SS`, author, rating, title, text, version, language, reply, reply date, tags, was_changed).", "UTF-8 without BOM, LF."],
      quirks: ["Google Play rows have empty Country and User ID, ids prefixed `gp:`.", "Japanese reviews and replies.", "Developer replies mention the support e-mail."],
      choices: ["AppFollow documents these fields as API parameters (author, content, country, date, time, rating, review_id, store, user_id, answer_text, answer_date, was_changed); the CSV header wording is our rendering of those names."],
    },
  };
});

// ================================================================ 15 Yelp
tool(() => {
  const slug = "yelp", R = mkR(slug);
  const people = makePeople(R, 34, 0.05);
  const texts = ["Best matcha latte in the Mission. Staff were lovely and the", "Waited 25 minutes for a pastry. Not coming back unless they", "Cute spot, decent wifi, a bit loud on weekends. The hojicha", "Honestly the most consistent coffee on Valencia. Their new", "Overpriced for what it is, but the seasonal dorayaki was"];
  const reviews = [], recs = [];
  people.slice(0, 32).forEach((p, i) => {
    const c = dt(R); const id = R.str(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    const uid = R.str(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    const rating = R.pick([1, 2, 3, 4, 5, 5, 4, 5]);
    reviews.push({ id, url: `https://www.yelp.com/biz/hoshi-cafe-san-francisco?adjust_creative=hoshi&hrid=${id}&utm_campaign=yelp_api_v3&utm_medium=api_v3_business_reviews&utm_source=hoshi`, text: R.pick(texts) + "...", rating, time_created: fmt.ymdhms(new Date(c.getTime() - 7 * 3600000)), user: { id: uid, profile_url: `https://www.yelp.com/user_details?userid=${uid}`, image_url: R.chance(0.7) ? `https://s3-media2.fl.yelpcdn.com/photo/${R.str(22)}/o.jpg` : null, name: `${p.first} ${p.last[0]}.` } });
    recs.push({ keys: [], csat: String(rating) });
  });
  const st = stats(recs, { csat: true });
  return {
    slug, tool: "Yelp", export: "Yelp Fusion API business reviews (`GET /v3/businesses/{id}/reviews`), pages concatenated — reviews.json",
    docs: ["https://raw.githubusercontent.com/api-evangelist/yelp/refs/heads/main/json-schema/yelp-review-schema.json", "https://www.rubydoc.info/gems/yelp-fusion/1.0.1/Yelp/Fusion/Responses/Models/Reviews"],
    files: [{
      name: "reviews.json", format: "json", encoding: "utf-8", kind: "mentions", content: J({ reviews, total: 187, possible_languages: ["en"] }), st,
      columns: jsonCols({ id: "record_id", url: "other", rating: "score_csat", time_created: "submitted_at", "user.id": "other", "user.profile_url": "other", "user.name": "customer_name" }),
      notes: "Public Yelp reviews: authors are not customers (customers = 0). user.id is Yelp's user id, not a customer id. rating 1–5 stars. time_created is Pacific time without offset. text is the truncated excerpt Yelp returns. The url carries utm_* parameters (other).",
    }],
    readme: {
      layout: ["`{reviews:[...], total, possible_languages}`; review: id, url, text (excerpt ending in `...`), rating, time_created (`YYYY-MM-DD HH:MM:SS`, business local time), user{id, profile_url, image_url, name}."],
      quirks: ["User names abbreviated (`Emma W.`).", "image_url null when no photo.", "`total` counts all reviews on Yelp, not those in the file."],
      choices: ["Fusion returns at most a few excerpts per call; we imitate an export concatenating pages (as review-management tools do). 32 reviews."],
    },
  };
});

// ================================================================ 16 Google reviews in Japanese
tool(() => {
  const slug = "reviews-ja", R = mkR(slug);
  const people = makePeople(R, 34, 1);
  const STARS = ["ONE", "TWO", "THREE", "FOUR", "FIVE"];
  const comments = [[5, "ランチで利用しました。抹茶パフェが絶品で、スタッフの方もとても親切でした。また伺います。"], [4, "雰囲気が良く、落ち着いて作業できます。週末は少し混んでいます。"], [2, "注文から提供まで30分以上かかりました。味は良いのに残念です。"], [1, "予約していたのに席が用意されていませんでした。対応も不誠実でした。"], [3, "普通です。価格はやや高め。"], [5, "(Translated by Google) The matcha was excellent.\n\n(Original)\n抹茶が最高でした。"]];
  const reviews = [], recs = [];
  people.slice(0, 30).forEach((p, i) => {
    const c = dt(R); const rid = "AbFvOq" + R.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
    const cm = R.pick(comments); let star = STARS[cm[0] - 1];
    const ratingOnly = i % 7 === 3; if (ratingOnly) star = R.pick(STARS);
    if (i === 22) star = "STAR_RATING_UNSPECIFIED";
    const anon = i % 10 === 8;
    const rev = { name: `accounts/108251234567890123456/locations/1234567890123456789/reviews/${rid}`, reviewId: rid, reviewer: anon ? { isAnonymous: true } : { profilePhotoUrl: `https://lh3.googleusercontent.com/a-/${R.str(30)}=s120-c-rp-mo-br100`, displayName: R.chance(0.7) ? p.kanji.replace(" ", "") : p.first + " " + p.last, isAnonymous: false }, starRating: star };
    if (!ratingOnly) rev.comment = cm[1];
    rev.createTime = fmt.isoMs(c); rev.updateTime = fmt.isoMs(R.chance(0.2) ? later(c, 86400, 9 * 86400, R) : c);
    if (R.chance(0.45)) rev.reviewReply = { comment: "この度はご来店いただきありがとうございました。HOSHI CAFE 店長", updateTime: fmt.isoMs(later(c, 3600, 3 * 86400, R)) };
    reviews.push(rev); recs.push({ keys: [], csat: star });
  });
  const st = stats(recs, { csat: true });
  return {
    slug, tool: "Google Business Profile reviews (Japanese)", export: "Business Profile API `accounts.locations.reviews.list` — reviews.json",
    docs: ["https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews", "https://developers.google.com/my-business/content/review-data?hl=nl"],
    files: [{
      name: "reviews.json", format: "json", encoding: "utf-8", kind: "mentions", content: J({ reviews, averageRating: 3.8, totalReviewCount: 214, nextPageToken: "ABHRLXVtYWZ" + R.str(20) }), st,
      columns: jsonCols({ reviewId: "record_id", name: "other", "reviewer.displayName": "customer_name", "reviewer.isAnonymous": "other", starRating: "score_csat", createTime: "submitted_at", updateTime: "other", "reviewReply.updateTime": "other", "reviewReply.comment": "other" }),
      notes: "starRating is Google's enum ONE..FIVE (a 1–5 star rating: FOUR/FIVE satisfied); one review has STAR_RATING_UNSPECIFIED (invalid). Rating-only reviews have no comment. Anonymous reviewers have only isAnonymous=true. Reviewers are public authors, not customers (customers = 0). One comment has Google's '(Translated by Google) … (Original) …' form with newlines.",
    }],
    readme: {
      layout: ["`{reviews:[...], averageRating, totalReviewCount, nextPageToken}`; review fields name, reviewId, reviewer{profilePhotoUrl, displayName, isAnonymous}, starRating, comment, createTime, updateTime, reviewReply{comment, updateTime}.", "Timestamps RFC 3339 UTC with milliseconds."],
      quirks: ["Japanese display names and comments, owner replies in Japanese.", "Enum star ratings, one unspecified.", "Rating-only reviews without `comment`.", "Machine-translation wrapper text."],
      choices: ["Chosen over Tabelog because Tabelog offers no owner export; Google's review list is the documented source Japanese shops export from."],
    },
  };
});

// ================================================================ 17 WooCommerce customers
tool(() => {
  const slug = "woo-customers", R = mkR(slug);
  const people = makePeople(R, 40, 0.2);
  const header = ["Name", "Username", "Last active", "Date registered", "Email", "Orders", "Total spend", "AOV", "Country / Region", "City", "Region", "Postal code"];
  const rows = [header], recs = [];
  const list = people.slice(0, 34).map((p) => ({ p, email: p.email }));
  list.splice(9, 0, { p: list[3].p, email: list[3].p.email.toUpperCase().replace(/@.*/, (m) => m.toLowerCase()), guestDup: true }); // guest + registered row for one e-mail
  list.splice(20, 0, { p: { ...people[35], first: "Shop", last: "Manager", name: "Shop Manager" }, email: "shop.manager@hoshi.example", staff: true });
  list.forEach(({ p, email, guestDup, staff }, i) => {
    const guest = guestDup || (!staff && i % 5 === 2);
    const reg = dt(R, 10); const active = later(reg, 86400, 19 * 86400, R);
    const orders = R.int(1, 9); const spend = R.int(18, 900) * orders;
    rows.push([p.ja && R.chance(0.5) ? p.kanji : p.name, guest ? "" : email.split("@")[0].replace(/\./g, ""), fmt.ymd(active), guest ? "" : fmt.ymdhms(reg), email, String(orders), spend.toFixed(2), (spend / orders).toFixed(2), ...(p.ja ? R.pick([["JP", "Shibuya-ku", "JP13", "150-0001"], ["JP", "Osaka", "JP27", "530-0001"], ["JP", "Fukuoka", "JP40", "810-0001"]]) : R.pick([["US", "Portland", "OR", "97205"], ["GB", "London", "", "EC1A 1BB"], ["DE", "Berlin", "BE", "10115"], ["FR", "Lyon", "", "69001"]]))]);
    recs.push({ keys: [["email", email], ["woo-username", guest ? "" : email.split("@")[0].replace(/\./g, "")]] });
  });
  const st = stats(recs);
  return {
    slug, tool: "WooCommerce", export: "WooCommerce > Customers (Analytics Customers report) > Download (CSV)",
    docs: ["https://woocommerce.com/document/woocommerce-analytics/?aff=2871", "https://git.dogiakos.com/Steve-Dee-Designs/woocommerce/src/commit/df4dcf3da7f78b06b49d9ba03c065b3573e9faf0/plugins/woocommerce-admin/docs/woocommerce.com/analytics-customers-report.md"],
    files: [{
      name: "wc-customers-report-export-2025-03-31.csv", format: "csv", encoding: "utf-8", kind: "contacts", content: csv(rows), st,
      columns: csvCols(header, { Name: "customer_name", Username: "customer_id", "Last active": "other", "Date registered": "created_at", Email: "customer_email", Orders: "other", "Total spend": "amount", AOV: "other", "Postal code": "other" }),
      notes: "Guests have no Username and no Date registered. One customer appears twice (a guest row with the e-mail's local part upper-cased and the registered row) and is one customer. The shop manager's test account on hoshi.example is not a customer. Username is the WordPress login (customer id in the tool). Total spend is money (amount); AOV is a derived average (other).",
    }],
    readme: {
      layout: ["Columns of the Analytics Customers table: Name, Username, Last active, Date registered, Email, Orders, Total spend, AOV, Country / Region, City, Region, Postal code.", "Dates `YYYY-MM-DD` (last active) / `YYYY-MM-DD HH:MM:SS` (registered), money with 2 decimals and no currency symbol."],
      quirks: ["Guest customers (no username/registration date).", "Guest + registered duplicate for one e-mail.", "Japanese names in kanji for some customers.", "Region as WooCommerce state codes (JP13)."],
      choices: ["Column list taken from WooCommerce's Customers report documentation (filters and sortable columns); exact CSV header casing is ours."],
    },
  };
});

// ================================================================ 18 Shopify customers
tool(() => {
  const slug = "shopify-customers", R = mkR(slug);
  const people = makePeople(R, 40, 0.25);
  const header = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company", "Default Address Address1", "Default Address Address2", "Default Address City", "Default Address Province Code", "Default Address Country Code", "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"];
  const rows = [header], recs = [];
  people.slice(0, 38).forEach((p, i) => {
    const staff = i === 14; const smsOnly = i % 11 === 5; const pos = i % 13 === 9;
    const id = String(7210000000000 + i * 104723);
    const email = staff ? "aiko.tanaka@hoshi.example" : smsOnly || pos ? "" : variant(R, p.email, 0.1).trim();
    const phone = pos ? "" : smsOnly || R.chance(0.35) ? "'" + p.phone.replace(/[ -]/g, "") : "";
    const addrPhone = !pos && R.chance(0.4) ? (p.ja ? "03-" + R.digits(4) + "-" + R.digits(4) : "(503) 555-0" + R.digits(3)) : "";
    const orders = pos ? 1 : R.int(0, 8);
    rows.push([id, staff ? "Aiko" : p.first, staff ? "Tanaka" : p.last, email, R.pick(["yes", "no"]), R.chance(0.2) ? R.pick(["Northwind", "Contoso KK"]) : "", p.ja ? "1-2-3 Jingumae" : R.int(10, 999) + " Alder St", R.chance(0.2) ? "Apt " + R.int(1, 40) : "", p.ja ? "Shibuya-ku" : "Portland", p.ja ? "JP-13" : "OR", p.ja ? "JP" : "US", p.ja ? "150-0001" : "97205", addrPhone, phone, smsOnly ? "yes" : "no", (orders * R.int(20, 140)).toFixed(2), String(orders), i === 3 ? "Prefers delivery after 6pm,\nleave at door" : staff ? "Staff account – testing" : "", "no", staff ? "staff" : R.pick(["", "vip", "wholesale, vip", "newsletter"])]);
    recs.push({ keys: [["shopify-customer", id], ["email", email], ["phone", phone]], staff });
  });
  const st = stats(recs);
  return {
    slug, tool: "Shopify", export: "Admin > Customers > Export > All customers (CSV for Excel/Numbers)",
    docs: ["https://matrixify.app/documentation/customers/", "https://www.webtoffee.com/shopify-customers-available-columns-for-export-and-import/"],
    files: [{
      name: "customers_export.csv", format: "csv", encoding: "utf-8", kind: "contacts", content: csv(rows), st,
      columns: csvCols(header, { "Customer ID": "customer_id", "First Name": "other", "Last Name": "other", Email: "customer_email", "Default Address Company": "other", "Default Address Phone": "customer_phone", Phone: "customer_phone", "Total Spent": "amount", "Total Orders": "other", Tags: "other" }),
      notes: "Phone is exported with a leading apostrophe (`'+818012345678`) so spreadsheets keep the plus sign; it is an E.164 number. Default Address Phone is typed without country code (not a key). SMS-only customers have no e-mail; POS walk-in customers have only a Customer ID. One staff account (hoshi.example) is excluded. Shopify's customer export has no creation date column. First/Last Name are split name parts (other).",
    }],
    readme: {
      layout: ["Shopify customers CSV header (Customer ID, First Name, Last Name, Email, Accepts Email Marketing, Default Address …, Phone, Accepts SMS Marketing, Total Spent, Total Orders, Note, Tax Exempt, Tags).", "UTF-8, LF, no BOM."],
      quirks: ["Apostrophe-prefixed phone.", "Multi-line Note with a comma.", "Customers with neither e-mail nor phone.", "Tags comma-joined."],
      choices: ["Header list taken from third-party Shopify import/export documentation (Matrixify, WebToffee) which mirrors Shopify's own export; the `Default Address …` naming is the 2023+ export layout as we know it."],
    },
  };
});

// ================================================================ 19 Stripe customers
tool(() => {
  const slug = "stripe-customers", R = mkR(slug);
  const people = makePeople(R, 40, 0.2);
  const header = ["id", "Description", "Email", "Name", "Phone", "Created (UTC)", "Delinquent", "Currency", "Card ID", "Card Brand", "Card Last4", "Card Exp Month", "Card Exp Year", "Total Spend", "Payment Count", "Refunded Volume", "Dispute Losses", "hoshi_user_id (metadata)", "plan_tier (metadata)"];
  const rows = [header], recs = [];
  const list = seq(R, people, 40, 0.12);
  list.forEach((p, i) => {
    const id = "cus_" + R.str(14);
    const c = dt(R);
    const email = i === 25 ? "" : variant(R, p.email, 0.3).trim();
    const uid = R.chance(0.7) ? "u_" + (81000 + people.indexOf(p)) : "";
    const card = R.chance(0.85);
    const n = R.int(0, 12);
    rows.push([id, i % 8 === 2 ? `Migrated from legacy billing (old: ${p.first.toLowerCase()}@${R.pick(DOM_EN)})` : "", email, p.name, R.chance(0.3) ? p.phone.replace(/[ -]/g, "") : "", fmt.ymdhm(c), R.chance(0.08) ? "true" : "false", p.ja ? "jpy" : "usd", card ? "card_" + R.str(24) : "", card ? R.pick(["Visa", "MasterCard", "American Express", "JCB"]) : "", card ? R.digits(4) : "", card ? String(R.int(1, 12)) : "", card ? String(R.int(2025, 2030)) : "", p.ja ? String(n * R.int(900, 4900)) : (n * R.int(9, 49)).toFixed(2), String(n), R.chance(0.1) ? "19.00" : "0.00", "0.00", uid, R.pick(["starter", "pro", "team"])]);
    recs.push({ keys: [["stripe-customer", id], ["email", email], ["hoshi-user", uid]] });
  });
  const st = stats(recs);
  return {
    slug, tool: "Stripe", export: "Dashboard > Customers > Export (unified_customers.csv)",
    docs: ["https://docs.stripe.com/get-started/data-migrations/export-file-formats", "https://docs.cello.so/guides/attribution/stripe-reports"],
    files: [{
      name: "unified_customers.csv", format: "csv", encoding: "utf-8", kind: "contacts", content: csv(rows), st,
      columns: csvCols(header, { id: "customer_id", Description: "other", Email: "customer_email", Name: "customer_name", Phone: "customer_phone", "Created (UTC)": "created_at", "Card ID": "other", "Total Spend": "amount", "Refunded Volume": "other", "Dispute Losses": "other", "hoshi_user_id (metadata)": "customer_id", "plan_tier (metadata)": "other" }),
      notes: "The same person can have several cus_ objects (Checkout created a new customer each time); they are linked by e-mail (case-insensitive) or by hoshi_user_id metadata. Description sometimes contains an old e-mail address inside text (other). Total Spend is in the customer's currency (JPY without decimals). One customer has no e-mail but still has a Stripe id.",
    }],
    readme: {
      layout: ["Stripe Dashboard customer export header (id, Description, Email, Name, Phone, Created (UTC), …, Total Spend, Payment Count, Refunded Volume, Dispute Losses) followed by metadata columns named `<key> (metadata)`.", "Created as `YYYY-MM-DD HH:MM` UTC."],
      quirks: ["Duplicate customers for one e-mail.", "Metadata columns.", "Mixed currencies; JPY zero-decimal amounts."],
      choices: ["Column names from Stripe's export docs (`ID`, `Created (UTC)` per the Cello guide) and the Dashboard's default column set as we know it."],
    },
  };
});

// ================================================================ 20 Stripe invoices
tool(() => {
  const slug = "stripe-invoices", R = mkR(slug);
  const people = makePeople(R, 22, 0.15);
  const header = ["id", "Number", "Customer", "Customer Email", "Customer Name", "Status", "Currency", "Amount Due", "Amount Paid", "Amount Remaining", "Subtotal", "Tax", "Total", "Date (UTC)", "Due Date (UTC)", "Subscription", "Charge", "Billing", "Attempt Count", "Description"];
  const cus = new Map(); const rows = [header], recs = [];
  seq(R, people, 44, 0.45).forEach((p, i) => {
    if (!cus.has(p.email)) cus.set(p.email, { id: "cus_" + R.str(14), prefix: R.str(8, "ABCDEF0123456789"), n: 0 });
    const cu = cus.get(p.email); cu.n++;
    const c = dt(R);
    const status = R.pick(["paid", "paid", "paid", "paid", "open", "void", "uncollectible"]);
    const total = R.pick([19, 49, 99, 249]) * 100;
    const tax = Math.round(total * 0.1);
    const paid = status === "paid" ? total + tax : 0;
    const email = i % 15 === 7 ? "" : variant(R, p.email, 0.2).trim();
    rows.push(["in_" + R.str(24), `${cu.prefix}-${pad(cu.n, 4)}`, cu.id, email, p.name, status, "usd", ((total + tax) / 100).toFixed(2), (paid / 100).toFixed(2), ((total + tax - paid) / 100).toFixed(2), (total / 100).toFixed(2), (tax / 100).toFixed(2), ((total + tax) / 100).toFixed(2), fmt.ymdhm(c), status === "open" ? fmt.ymdhm(later(c, 30 * 86400, 30 * 86400, R)) : "", "sub_" + R.str(24), status === "paid" ? "ch_" + R.str(24) : "", status === "open" ? "send_invoice" : "charge_automatically", String(status === "uncollectible" ? 4 : 1), R.chance(0.2) ? "Seats adjustment, prorated" : ""]);
    recs.push({ keys: [["stripe-customer", cu.id], ["email", email]] });
  });
  const st = stats(recs);
  return {
    slug, tool: "Stripe", export: "Dashboard > Invoices > Export (invoices.csv)",
    docs: ["https://stripe.com/docs/invoicing/dashboard/manage-invoices", "https://endash-guidance-docs.gitbook.io/cigro-data-templates/data-model-templates/stripe-invoice-details"],
    files: [{
      name: "invoices.csv", format: "csv", encoding: "utf-8", kind: "payments", content: csv(rows), st,
      columns: csvCols(header, { id: "record_id", Number: "other", Customer: "customer_id", "Customer Email": "customer_email", "Customer Name": "customer_name", "Amount Due": "other", "Amount Paid": "amount", "Amount Remaining": "other", Subtotal: "other", Tax: "other", Total: "other", "Date (UTC)": "created_at", "Due Date (UTC)": "other", Subscription: "other", Charge: "other" }),
      notes: "Several money columns; Amount Paid is the money actually paid (amount), the others are invoice figures (other). Customer is the cus_ id (customer_id); Number is the invoice number (prefix-sequence). Open/void/uncollectible invoices are still records of the customer. Some invoices have no Customer Email but the same cus_ id as paid ones.",
    }],
    readme: {
      layout: ["Invoices export header (id, Number, Customer, Customer Email, Customer Name, Status, Currency, Amount Due, Amount Paid, Amount Remaining, Subtotal, Tax, Total, Date (UTC), Due Date (UTC), Subscription, Charge, Billing, Attempt Count, Description).", "Money in major units with 2 decimals; dates `YYYY-MM-DD HH:MM`."],
      quirks: ["Customers billed monthly appear many times.", "Invoice numbers `<prefix>-0003`.", "Void and uncollectible invoices."],
      choices: ["Stripe documents that invoices can be exported to CSV but not the column list; columns follow the invoice object fields as the Dashboard labels them."],
    },
  };
});

// ================================================================ 21 Chargebee invoices
tool(() => {
  const slug = "chargebee-invoices", R = mkR(slug);
  const people = makePeople(R, 20, 0.2);
  const header = ["Invoice Number", "Invoice Date", "Customer Id", "Customer Name", "Customer Email", "Customer Company", "Subscription Id", "Status", "Currency", "Amount", "Amount Paid", "Amount Adjusted", "Credits Applied", "Amount Due", "Paid On", "Recurring", "Billing Address First Name", "Billing Address Last Name", "Billing Address Email", "Billing Address Phone", "Account Manager (cf)"];
  const cust = new Map(); const rows = [header], recs = [];
  seq(R, people, 42, 0.5).forEach((p, i) => {
    if (!cust.has(p.email)) cust.set(p.email, { id: R.str(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), sub: R.str(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), co: R.pick(["Northwind Traders", "Contoso Ltd", "Adatum Corp", "Sakura Shoji K.K.", ""]), ap: R.chance(0.35), ph: "+1 206 555 0" + R.digits(3) });
    const cu = cust.get(p.email); const d = dt(R);
    const status = R.pick(["paid", "paid", "paid", "payment_due", "not_paid", "voided"]);
    const amt = R.pick([29, 79, 199, 499]);
    const paid = status === "paid" ? amt : 0;
    const email = variant(R, p.email, 0.2).trim();
    const billEmail = cu.ap && cu.co ? "ap@" + cu.co.toLowerCase().replace(/[^a-z]/g, "") + ".example" : "";
    rows.push([String(10400 + i), fmt.ymd(d), cu.id, p.name, email, cu.co, cu.sub, status, "USD", amt.toFixed(2), paid.toFixed(2), "0.00", "0.00", (amt - paid).toFixed(2), paid ? fmt.ymd(d) : "", "true", p.first, p.last, billEmail, billEmail && R.chance(0.5) ? cu.ph : "", R.pick(STAFF).name]);
    recs.push({ keys: [["chargebee-customer", cu.id], ["email", email], ["email", billEmail], ["phone", rows[rows.length - 1][19]]] });
  });
  const st = stats(recs);
  return {
    slug, tool: "Chargebee", export: "Invoices > Export (zip, Invoices.csv)",
    docs: ["https://www.simworkflow.com/integration-operation/chargebee-product-exports-invoices-post-9b5", "https://datacatalog.chargebee.com/invoices"],
    files: [{
      name: "Invoices.csv", format: "csv", encoding: "utf-8", kind: "payments", content: csv(rows), st,
      columns: csvCols(header, { "Invoice Number": "record_id", "Invoice Date": "created_at", "Customer Id": "customer_id", "Customer Name": "customer_name", "Customer Email": "customer_email", "Customer Company": "other", "Subscription Id": "other", Amount: "other", "Amount Paid": "amount", "Amount Due": "other", "Paid On": "other", "Billing Address Email": "customer_email", "Billing Address Phone": "customer_phone", "Account Manager (cf)": "agent" }),
      notes: "Billing Address Email is an accounts-payable address of the customer's company (ap@…) shared by nobody else; it belongs to the same Customer Id. Amount Paid is the money amount; Amount and Amount Due are invoice figures (other). Account Manager (cf) is a custom field with staff names (agent).",
    }],
    readme: {
      layout: ["Invoices.csv from Chargebee's export zip: invoice number, dates `YYYY-MM-DD`, customer columns, amounts with 2 decimals, billing address columns, custom fields suffixed `(cf)`."],
      quirks: ["Monthly invoices repeat customers.", "Separate billing e-mail (AP mailbox).", "Statuses paid/payment_due/not_paid/voided."],
      choices: ["The exports API and data catalog document the invoice fields (customer_id, amount_paid, billing_address_email…); the human-readable CSV headers are our rendering of them."],
    },
  };
});

// ================================================================ 22 Recurly transactions
tool(() => {
  const slug = "recurly-transactions", R = mkR(slug);
  const people = makePeople(R, 22, 0.1);
  const header = ["transaction_id", "transaction_date", "transaction_type", "transaction_status", "transaction_origin", "transaction_amount", "transaction_currency", "account_code", "account_email", "account_first_name", "account_last_name", "account_company_name", "invoice_number", "subscription_id", "payment_method", "cc_type", "cc_last_four", "gateway", "gateway_error_code"];
  const acct = new Map(); const rows = [header], recs = [];
  seq(R, people, 44, 0.45).forEach((p, i) => {
    if (!acct.has(p.email)) acct.set(p.email, R.chance(0.4) ? p.email : String(R.int(100000, 999999)));
    const staff = i === 13;
    const code = staff ? "qa-test-account" : acct.get(p.email);
    const d = dt(R);
    const type = R.pick(["purchase", "purchase", "purchase", "purchase", "refund", "verify"]);
    const status = type === "verify" ? "success" : R.pick(["success", "success", "success", "declined", "void"]);
    const amt = type === "verify" ? 0 : R.pick([15, 30, 90, 180]);
    const email = staff ? "jonah.berg@hoshi.example" : i % 10 === 6 ? "" : variant(R, p.email, 0.25).trim();
    rows.push([R.hex(32), fmt.ymdhms(d) + " UTC", type, status, type === "purchase" ? R.pick(["recurring", "api", "hpp"]) : type === "refund" ? "merchant" : "api", (type === "refund" ? -amt : amt).toFixed(2), "USD", code, email, staff ? "Jonah" : p.first, staff ? "Berg" : p.last, R.chance(0.3) ? R.pick(["Northwind", "Adatum"]) : "", type === "verify" ? "" : String(3100 + i), R.hex(32), "credit_card", R.pick(["Visa", "MasterCard", "American Express"]), R.digits(4), "stripe", status === "declined" ? R.pick(["card_declined", "insufficient_funds"]) : ""]);
    recs.push({ keys: [["recurly-account", code], ["email", email]], staff });
  });
  const st = stats(recs);
  return {
    slug, tool: "Recurly", export: "Exports > Transactions (CSV)",
    docs: ["https://docs.recurly.com/recurly-digital-subscriptions/docs/transaction-export", "https://docs.recurly.com/docs/accounts-export"],
    files: [{
      name: "transactions_export.csv", format: "csv", encoding: "utf-8", kind: "payments", content: csv(rows), st,
      columns: csvCols(header, { transaction_id: "record_id", transaction_date: "created_at", transaction_amount: "amount", account_code: "customer_id", account_email: "customer_email", account_company_name: "other", invoice_number: "other", subscription_id: "other", cc_last_four: "other" }),
      notes: "account_code is Recurly's account identifier; for some accounts it defaults to the customer's e-mail address (still the customer_id column). One QA transaction belongs to a staff account (jonah.berg@hoshi.example) and is not a customer. Refunds have negative amounts; verify (authorization) transactions are 0.00. Declined/void rows still belong to the customer.",
    }],
    readme: {
      layout: ["snake_case headers as in Recurly exports (transaction_*, account_*, invoice_number, subscription_id, payment method columns).", "Dates `YYYY-MM-DD HH:MM:SS UTC` (Recurly writes a time-zone abbreviation)."],
      quirks: ["account_code equal to an e-mail for some accounts.", "Refunds negative, verifications zero.", "Gateway error codes on declines."],
      choices: ["The transactions export page lists types (authorization/purchase/refund) and statuses (success/declined/void/processing); column names beyond those we read follow the accounts export naming pattern."],
    },
  };
});

// ================================================================ 23 HubSpot deals
tool(() => {
  const slug = "hubspot-deals", R = mkR(slug);
  const people = makePeople(R, 30, 0.2);
  const header = ["Record ID", "Deal Name", "Deal Stage", "Pipeline", "Amount", "Close Date", "Create Date", "Deal owner", "Deal Type", "Associated Contact", "Associated Contact IDs", "Associated Company", "Associated Company IDs", "Last Activity Date"];
  const cids = new Map(); const rows = [header], recs = [];
  const cos = [["Northwind Traders", "9012345671"], ["Contoso Ltd", "9012345682"], ["Adatum Corp", "9012345693"], ["Sakura Shoji K.K.", "9012345704"], ["Tailspin Toys", "9012345715"]];
  seq(R, people, 40, 0.25).forEach((p, i) => {
    if (!cids.has(p.email)) cids.set(p.email, String(R.int(10000, 99999) * 1000 + 51));
    const noContact = i % 9 === 5;
    const co = R.pick(cos); const c = dt(R, 20);
    const stage = R.pick(["Appointment scheduled", "Qualified to buy", "Contract sent", "Closed won", "Closed won", "Closed lost"]);
    const ac = noContact ? "" : `${p.name} (${variant(R, p.email, 0.2).trim()})`;
    rows.push([String(18500000000 + i * 1117), `${co[0]} – ${R.pick(["Team plan", "Renewal 2025", "Expansion 20 seats", "Pilot"])}`, stage, "Sales Pipeline", String(R.pick([1200, 4800, 9600, 24000, 60000])), fmt.ymdhm(later(c, 5 * 86400, 40 * 86400, R)), fmt.ymdhm(c), R.pick(STAFF).name, R.pick(["New Business", "Existing Business"]), ac, noContact ? "" : cids.get(p.email), co[0], co[1], fmt.ymdhm(later(c, 86400, 9 * 86400, R))]);
    recs.push({ keys: noContact ? [] : [["hubspot-contact", cids.get(p.email)], ["email", ac.replace(/^.*\(|\)$/g, "")]] });
  });
  const st = stats(recs);
  return {
    slug, tool: "HubSpot CRM", export: "CRM > Deals > Export view (CSV, include associated records)",
    docs: ["https://developers.hubspot.com/docs/api/crm/deals?ref=thefamouslastpull.com", "http://legacydocs.hubspot.com"],
    files: [{
      name: "hubspot-crm-exports-all-deals-2025-03-31.csv", format: "csv", encoding: "utf-8", kind: "contacts", content: csv(rows), st,
      columns: csvCols(header, { "Record ID": "record_id", "Deal Name": "other", Amount: "amount", "Close Date": "other", "Create Date": "created_at", "Deal owner": "agent", "Associated Contact": "customer_email", "Associated Contact IDs": "customer_id", "Associated Company": "other", "Associated Company IDs": "other", "Last Activity Date": "other" }),
      notes: "Deals are CRM records; kind 'contacts' is the closest kind (no deal kind exists). Associated Contact is written 'Name (email)' – the e-mail inside is the customer's. Associated Company IDs look like contact ids but identify companies (other). Deal Name contains the company name. Deals without an associated contact are anonymous.",
    }],
    readme: {
      layout: ["HubSpot export header with property labels; associations exported as `Associated Contact` (`Name (email)`) plus `Associated Contact IDs`, same for companies.", "Dates `YYYY-MM-DD HH:MM`, amounts plain numbers."],
      quirks: ["E-mail embedded in a name cell.", "Company ids next to contact ids.", "En dash in deal names."],
      choices: ["HubSpot documents exports and deal properties but not the association column format; `Name (email)` is how we have seen it rendered."],
    },
  };
});

// ================================================================ 24 Marketo
tool(() => {
  const slug = "marketo", R = mkR(slug);
  const people = makePeople(R, 36, 0.15);
  const header = ["id", "firstName", "lastName", "email", "phone", "company", "createdAt", "updatedAt", "leadScore", "leadSource", "leadStatus", "unsubscribed", "acquisitionProgramId", "leadOwnerEmail"];
  const rows = [header], recs = [];
  const list = people.slice(0, 34);
  list.splice(12, 0, list[4]); list.splice(27, 0, list[8]); // duplicate leads with the same person
  list.forEach((p, i) => {
    const staff = i === 20;
    const noEmail = i % 12 === 7;
    const c = dt(R, 20);
    const email = staff ? "sam.rivera@hoshi.example" : noEmail ? "null" : variant(R, p.email, 0.3).trim();
    const phone = R.chance(0.4) ? (R.chance(0.5) ? p.phone : p.phone.replace(/^\+\d+ /, "")) : "null";
    rows.push([String(1402000 + i * 7), staff ? "Sam" : p.first, staff ? "Rivera" : p.last, email, phone, R.pick(["Northwind", "Contoso", "null", "Adatum"]), fmt.iso(c), fmt.iso(later(c, 3600, 9 * 86400, R)), String(R.int(0, 120)), R.pick(["Website", "Webinar", "Trade Show", "List Import"]), R.pick(["New", "Working", "MQL", "Disqualified"]), R.pick(["false", "false", "true"]), String(R.pick([1021, 1044, 1077])), R.pick(STAFF).email]);
    recs.push({ keys: [["marketo-lead", String(1402000 + i * 7)], ["email", email], ["phone", phone]], staff });
  });
  const st = stats(recs);
  return {
    slug, tool: "Marketo Engage", export: "Bulk Lead Extract API (`/bulk/v1/leads/export/{id}/file.json`) — CSV file",
    docs: ["https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/bulk-extract/bulk-lead-extract", "https://developers.marketo.com/blog/how-to-retrieve-every-person-lead/"],
    files: [{
      name: "leads_export.csv", format: "csv", encoding: "utf-8", kind: "contacts", content: csv(rows), st,
      columns: csvCols(header, { id: "customer_id", firstName: "other", lastName: "other", email: "customer_email", phone: "customer_phone", company: "other", createdAt: "created_at", updatedAt: "other", leadScore: "other", leadSource: "other", acquisitionProgramId: "other", leadOwnerEmail: "agent" }),
      notes: "Bulk extract writes the literal string `null` for empty fields (email, phone, company). Two people appear as duplicate leads with the same e-mail (different lead ids) and count once. leadScore is a number that is not a satisfaction score. leadOwnerEmail is a staff e-mail (agent). One lead is a Hoshi employee (not a customer). Phones without country code are not keys.",
    }],
    readme: {
      layout: ["Header = requested REST field names (`id,firstName,lastName,email,…`), ISO-8601 `createdAt`/`updatedAt` with `Z`."],
      quirks: ["`null` literals.", "Duplicate leads.", "Mixed phone formats (with and without +country code)."],
      choices: ["Field list is the set we requested in the export job; `leadOwnerEmail` naming is our choice of a lead-owner field."],
    },
  };
});

// ================================================================ 25 Brandwatch (Japanese mentions)
tool(() => {
  const slug = "brandwatch-ja", R = mkR(slug);
  const people = makePeople(R, 36, 0.9);
  const header = ["Query Id", "Query Name", "Date", "Title", "Url", "Domain", "Sentiment", "Page Type", "Language", "Country", "Author", "Full Name", "Full Text", "Twitter Followers", "Twitter Verified", "Engagement Type", "Impact", "Reach (new)", "Hashtags", "Mentioned Authors", "Checked", "Assignment", "Category Details", "Resource Id"];
  const texts = ["@hoshilabs_jp 新しいアプリ使いやすい！同期も速い #ホシラボ", "ホシラボのサポート、返信が早くて助かった", "また障害？ログインできないんだけど @hoshilabs_jp", "Hoshi Labsの料金プラン、ちょっと高いかな…", "ホシラボ、チームで導入しました。ダッシュボードが見やすい。", "レビュー記事：Hoshi Labsの新機能を試してみた"];
  const rows = [header], recs = [];
  people.slice(0, 34).forEach((p, i) => {
    const d = dt(R); const pt = i % 5 === 4 ? R.pick(["news", "blog", "review"]) : "twitter";
    const handle = pt === "twitter" ? "@" + p.handle : "";
    const t = R.pick(texts);
    rows.push(["2003719201", "Hoshi Labs ブランド (JA)", fmt.bw(d), pt === "twitter" ? "" : "【レビュー】" + t.slice(0, 12), pt === "twitter" ? `https://twitter.com/${p.handle}/status/${R.digits(19)}` : `https://${R.pick(["news.example.jp", "blog.example.jp", "review.example.jp"])}/articles/${R.int(1000, 9999)}`, pt === "twitter" ? "twitter.com" : R.pick(["news.example.jp", "blog.example.jp", "review.example.jp"]), R.pick(["positive", "neutral", "negative"]), pt, "ja", "Japan", pt === "twitter" ? handle.slice(1) : R.pick(["編集部", "ITライター山本"]), pt === "twitter" ? (p.kanji || p.name) : "", t, pt === "twitter" ? String(R.int(10, 20000)) : "", pt === "twitter" ? (R.chance(0.1) ? "true" : "false") : "", pt === "twitter" ? R.pick(["", "REPLY", "RETWEET", "QUOTE"]) : "", String(R.int(0, 100)), String(R.int(10, 50000)), t.includes("#") ? "ホシラボ" : "", t.includes("@hoshilabs_jp") ? "hoshilabs_jp" : "", R.chance(0.3) ? "true" : "false", R.chance(0.2) ? R.pick(STAFF).email : "", R.chance(0.4) ? "Topics/サポート" : "", String(R.digits(18))]);
    recs.push({ keys: [] });
  });
  const pre = [["Brandwatch Consumer Research"], ["Report:", "Mentions"], ["Project:", "Hoshi Labs JP"], ["Query:", "Hoshi Labs ブランド (JA)"], ["From:", "2025-03-01 00:00:00.0", "To:", "2025-03-31 23:59:59.0"], ["Label:", ""], []];
  const st = stats(recs);
  return {
    slug, tool: "Brandwatch Consumer Research (Japanese mentions)", export: "Mentions > Download > CSV",
    docs: ["https://developers.brandwatch.com/docs/mention-metadata-field-definitions", "https://docs.adverity.com/reference/connectors/connector-brandwatch.htm"],
    files: [{
      name: "Hoshi Labs JP - Mentions - 2025-03-01 - 2025-03-31.csv", format: "csv", encoding: "utf-8-bom", kind: "mentions", content: csv(pre) + csv(rows), st, headerRow: pre.length,
      columns: csvCols(header, { "Query Id": "other", "Query Name": "other", Date: "submitted_at", Url: "other", Sentiment: "other", Author: "customer_handle", "Full Name": "customer_name", Impact: "other", "Reach (new)": "other", "Mentioned Authors": "other", Assignment: "agent", "Resource Id": "record_id" }),
      notes: "Seven preamble lines (report title, project, query, date range, label, blank) precede the header row (line 8). Author is the X screen name without @ for twitter rows and a site/writer name for news/blog rows; Full Name the display name (mostly Japanese). Mentioned Authors is the brand's own account (other). Assignment is a Brandwatch workflow user (staff e-mail, agent). Impact is a 0–100 metric, not a score. Mentions only: customers = 0.",
    }],
    readme: {
      layout: ["Preamble block of report metadata, a blank line, then one header row with mention metadata field labels (Query Id, Query Name, Date, Title, Url, Domain, Sentiment, Page Type, …, Resource Id).", "Date `YYYY-MM-DD HH:MM:SS.0`; UTF-8 with BOM; LF."],
      quirks: ["Japanese full text, names and hashtags.", "Mix of X (twitter) posts and news/blog pages.", "Brand handle in Mentioned Authors."],
      choices: ["Field names come from Brandwatch's mention field definitions (rendered as Title Case headers); the preamble layout is our reconstruction of the downloaded file."],
    },
  };
});

// ================================================================ main
function readme(t, filesOut) {
  const L = [];
  L.push(`# ${t.tool} — ${t.slug} (split ${SPLIT})`, "");
  L.push(`Synthetic export imitating **${t.export}** for the invented company Hoshi Labs (\`${COMPANY}\`). All people, ids and texts are invented; customer domains are \`*.example\`.`, "");
  L.push("## Documentation used", "");
  if (t.docs.length) for (const d of t.docs) L.push(`- ${d}`); else L.push("- No public documentation of this export's columns was found in the searched corpora; the layout is reconstructed (see choices below).");
  L.push("", "## Files", "", "| file | format | encoding | kind | records | customers | NPS (P/Pa/D) | CSAT (sat/answered) |", "| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const f of filesOut) L.push(`| \`${f.name}\` | ${f.format} | ${f.encoding} | ${f.kind} | ${f.records} | ${f.customers} | ${f.nps ? `${f.nps.promoters}/${f.nps.passives}/${f.nps.detractors}` : "—"} | ${f.csat ? `${f.csat.satisfied}/${f.csat.answered}` : "—"} |`);
  L.push("", "## Layout", "", ...t.readme.layout.map((x) => "- " + x), "", "## Quirks reproduced", "", ...t.readme.quirks.map((x) => "- " + x), "", "## Choices where the docs were silent", "", ...t.readme.choices.map((x) => "- " + x), "");
  L.push("## Expected answers", "", "`expected.json` lists the key columns with their roles and the counts computed by the generator from the values it wrote (rules: NPS 0–10 valid, 9–10 promoters, 7–8 passives; CSAT satisfied = 4–5 of 5 / 6–7 of 7; customers = distinct people linked by normalised e-mail, +country-code phone, tool-scoped id or X handle; staff on hoshi.example, bots and key-less rows are not customers; review/mention authors are not customers).", "");
  for (const f of filesOut) L.push(`- \`${f.name}\`: ${f.notes}`);
  L.push("", "Regenerate: `node scripts/vendors/make-holdout3-exports.mjs`", "");
  return L.join("\n");
}

const index = [];
for (const make of TOOLS) {
  const t = make();
  const dir = path.join(OUT, t.slug);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const filesOut = []; const exp = { tool: t.tool, export: t.export, docs: t.docs, split: SPLIT, company_domains: [COMPANY], files: {} };
  for (const f of t.files) {
    const buf = enc(f.content, f.encoding);
    fs.writeFileSync(path.join(dir, f.name), buf);
    const rec = { format: f.format, encoding: f.encoding, kind: f.kind, records: f.st.records, columns: f.columns, nps: f.st.nps, csat: f.st.csat, customers: f.st.customers, notes: f.notes };
    exp.files[f.name] = rec;
    filesOut.push({ name: f.name, ...rec });
  }
  fs.writeFileSync(path.join(dir, "expected.json"), J(exp));
  fs.writeFileSync(path.join(dir, "README.md"), readme(t, filesOut));
  index.push({ t, filesOut });
}
const md = ["# Vendor exports — split holdout3", "", "Generated by `scripts/vendors/make-holdout3-exports.mjs` (deterministic). Each directory holds the export file(s), `README.md` (layout, docs used, choices) and `expected.json`.", "", "| slug | tool | split | export imitated | files (kind, encoding) |", "| --- | --- | --- | --- | --- |"];
for (const { t, filesOut } of index) md.push(`| ${t.slug} | ${t.tool} | ${SPLIT} | ${t.export.replace(/\|/g, "\\|")} | ${filesOut.map((f) => `\`${f.name}\` (${f.kind}, ${f.encoding})`).join("; ")} |`);
fs.writeFileSync(path.join(OUT, "tools-holdout3.md"), md.join("\n") + "\n");
console.log(`wrote ${index.length} tool directories to ${OUT}`);
