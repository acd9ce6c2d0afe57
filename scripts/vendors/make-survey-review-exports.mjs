#!/usr/bin/env node
// Blind evaluation catalogue: survey, feedback and review-site exports.
//
// Writes tests/data/vendors/<slug>/ for each tool below: the export file(s) in the
// layout the tool writes, a README.md and an expected.json whose counts are computed
// here from the very cells that are written (never typed by hand).
//
// Node 20, ESM, no dependencies. Seeded PRNG, fixed dates, no clock or locale reads:
// running it twice gives byte-identical files.
//
//   node scripts/vendors/make-survey-review-exports.mjs
//
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = path.join(ROOT, "tests", "data", "vendors");
const COMPANY = "Hoshi Labs";
const COMPANY_DOMAIN = "hoshi.example";

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function seedOf(s) {
  let h = 2166136261;
  for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
class Rng {
  constructor(slug) { this.f = mulberry32(seedOf(slug)); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  chance(p) { return this.f() < p; }
  weighted(values, weights) {
    const tot = weights.reduce((a, b) => a + b, 0);
    let x = this.f() * tot;
    for (let i = 0; i < values.length; i++) { x -= weights[i]; if (x < 0) return values[i]; }
    return values[values.length - 1];
  }
  alnum(n, chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") {
    let s = ""; for (let i = 0; i < n; i++) s += chars[Math.floor(this.f() * chars.length)]; return s;
  }
  hex(n) { return this.alnum(n, "0123456789abcdef"); }
  digits(n) { return this.alnum(n, "0123456789"); }
}
const nps = (r) => r.weighted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 1, 2, 2, 4, 5, 8, 11, 13, 12]);
const five = (r) => r.weighted([1, 2, 3, 4, 5], [2, 3, 5, 11, 10]);
const seven = (r) => r.weighted([1, 2, 3, 4, 5, 6, 7], [1, 1, 2, 3, 5, 8, 6]);

// ---------------------------------------------------------------- dates (UTC only)
const pad = (n, w = 2) => String(n).padStart(w, "0");
const D = (sec) => new Date(sec * 1000);
const BASE = Date.UTC(2024, 3, 1, 0, 0, 0) / 1000; // 2024-04-01T00:00:00Z
function timeline(r, n, days = 75) {
  const t = []; for (let i = 0; i < n; i++) t.push(BASE + r.int(0, days * 86400));
  return t.sort((a, b) => a - b);
}
const fmt = {
  iso: (s) => D(s).toISOString().replace(".000Z", "Z"),
  isoMs: (s) => D(s).toISOString(),
  ymdhms: (s, sep = "-") => { const d = D(s); return `${d.getUTCFullYear()}${sep}${pad(d.getUTCMonth() + 1)}${sep}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; },
  mdy12: (s) => { const d = D(s); const h = d.getUTCHours(); return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(((h + 11) % 12) + 1)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? "AM" : "PM"}`; },
  excelUS: (s) => { const d = D(s); return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}`; },
  excelJA: (s) => { const d = D(s); return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}`; },
  mon: (s) => { const d = D(s); const m = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()]; return `${m} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`; },
  offset: (s, offH) => { const d = D(s + offH * 3600); const sign = offH < 0 ? "-" : "+"; return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${sign}${pad(Math.abs(offH))}:00`; },
};

// ---------------------------------------------------------------- people (all invented)
const EN_FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sofia", "Ethan", "Chloe", "Lucas", "Grace", "Arjun", "Priya", "Kwame", "Amara", "Diego", "Lena", "Tomasz", "Ingrid", "Rafael", "Nadia", "Oscar", "Hana", "Felix", "Maya", "Jonas", "Zara", "Elias", "Ruby", "Kofi", "Marta", "Theo"];
const EN_LAST = ["Whitaker", "Moreno", "Lindqvist", "Okafor", "Brennan", "Castillo", "Fischer", "Dubois", "Patel", "Kowalski", "Haddad", "Quinn", "Ferreira", "Novak", "Adeyemi", "Sorensen", "Marsh", "Delgado", "Holt", "Varga", "Ibarra", "Reyes", "Ashby", "Mbeki", "Larsen", "Oyelaran"];
const EN_DOMAINS = ["gmail.example", "northwind.example", "outlook.example", "contoso.example", "fabrikam.example", "icloud.example", "proton.example", "tailspin.example", "adatum.example", "litware.example", "yahoo.example", "wingtip.example", "fourthcoffee.example"];
const JA_FIRST = [["Haruto", "陽翔"], ["Yui", "結衣"], ["Sota", "蒼太"], ["Mio", "美桜"], ["Ren", "蓮"], ["Aoi", "葵"], ["Riku", "陸"], ["Sakura", "さくら"], ["Kaito", "海斗"], ["Hina", "陽菜"], ["Yuto", "悠斗"], ["Takumi", "拓海"], ["Mei", "芽衣"], ["Daiki", "大輝"], ["Kana", "佳奈"], ["Shota", "翔太"], ["Airi", "愛莉"], ["Kenta", "健太"]];
const JA_LAST = [["Tanaka", "田中"], ["Suzuki", "鈴木"], ["Takahashi", "高橋"], ["Watanabe", "渡辺"], ["Ito", "伊藤"], ["Yamamoto", "山本"], ["Nakamura", "中村"], ["Kobayashi", "小林"], ["Kato", "加藤"], ["Yoshida", "吉田"], ["Yamada", "山田"], ["Sasaki", "佐々木"], ["Matsumoto", "松本"], ["Inoue", "井上"], ["Kimura", "木村"], ["Hayashi", "林"]];
const JA_DOMAINS = ["yahoo.co.jp.example", "docomo.ne.jp.example", "gmail.example", "ezweb.ne.jp.example", "nifty.example", "biglobe.ne.jp.example", "softbank.ne.jp.example", "outlook.jp.example"];
const STAFF = [
  { first: "Mika", last: "Sato", email: "mika.sato@hoshi.example", ja: "佐藤 美香" },
  { first: "Daniel", last: "Okoro", email: "daniel.okoro@hoshi.example", ja: "オコロ ダニエル" },
  { first: "Erin", last: "Walsh", email: "erin.walsh@hoshi.example", ja: "ウォルシュ エリン" },
  { first: "Kenji", last: "Mori", email: "kenji.mori@hoshi.example", ja: "森 健二" },
  { first: "Lucia", last: "Benetti", email: "lucia.benetti@hoshi.example", ja: "ベネッティ ルチア" },
  { first: "Yuki", last: "Ishida", email: "yuki.ishida@hoshi.example", ja: "石田 由紀" },
];

function makePeople(r, n, { ja = false, idPrefix = "HL-", phoneCc = ja ? "81" : "1" } = {}) {
  const used = new Set(); const out = [];
  while (out.length < n) {
    const f = r.pick(ja ? JA_FIRST : EN_FIRST.map((x) => [x, x]));
    const l = r.pick(ja ? JA_LAST : EN_LAST.map((x) => [x, x]));
    const dom = r.pick(ja ? JA_DOMAINS : EN_DOMAINS);
    const fl = f[0].toLowerCase(), ll = l[0].toLowerCase();
    const local = r.pick([`${fl}.${ll}`, `${fl[0]}${ll}`, `${fl}${r.int(1, 99)}`, `${ll}.${fl}`, `${fl}_${ll}${r.int(1, 9)}`]);
    const email = `${local}@${dom}`;
    if (used.has(email)) continue;
    used.add(email);
    const phone = phoneCc === "81" ? `+81 90-${r.digits(4)}-${r.digits(4)}` : `+1 ${r.int(201, 989)}-${r.int(200, 989)}-${r.digits(4)}`;
    out.push({
      first: f[0], last: l[0], name: `${f[0]} ${l[0]}`, jaFirst: f[1], jaLast: l[1], jaName: `${l[1]} ${f[1]}`,
      email, phone, id: `${idPrefix}${r.int(10000, 99999)}`, num: String(r.int(40000000, 49999999)),
    });
  }
  return out;
}
// Same address written differently, as people really type it.
function emailVariant(r, email) {
  const [loc, dom] = email.split("@");
  const cap = (s) => s.split(/([._])/).map((p) => (p.length > 1 ? p[0].toUpperCase() + p.slice(1) : p)).join("");
  return r.pick([
    `${cap(loc)}@${dom}`,
    ` ${email}`,
    `${email} `,
    `${loc}@${dom.toUpperCase()}`,
    `${cap(loc)}@${dom[0].toUpperCase()}${dom.slice(1)} `,
    email.toUpperCase(),
  ]);
}
// A sequence of respondents: customers (some coming back, with address variants),
// anonymous rows and a few staff rows on the company domain.
function respondents(r, people, n, { anon = 0.12, staff = 0.05, repeat = 0.2, variant = 0.5 } = {}) {
  const seq = []; const seen = [];
  let pi = 0;
  for (let i = 0; i < n; i++) {
    const x = r.next();
    if (x < staff) { seq.push({ kind: "staff", staff: r.pick(STAFF) }); continue; }
    if (x < staff + anon) { seq.push({ kind: "anon" }); continue; }
    if (seen.length && r.chance(repeat)) {
      const p = r.pick(seen);
      seq.push({ kind: "cust", p, repeat: true, email: r.chance(variant) ? emailVariant(r, p.email) : p.email });
      continue;
    }
    const p = people[pi++ % people.length]; seen.push(p);
    seq.push({ kind: "cust", p, repeat: false, email: p.email });
  }
  return seq;
}

// ---------------------------------------------------------------- text snippets
const COMMENTS_EN = [
  "Setup was quick and the dashboards are clear.",
  "Support answered within an hour, very helpful.",
  "Pricing went up, not sure it's worth it anymore.",
  "Sync to our CRM breaks every few days, please fix.",
  "Love the new reports, saves me hours every week.",
  "Too many emails from your team, honestly.",
  "The mobile app is slow, but the web app is great.",
  "Onboarding call with Mika was excellent, thank you!",
  "Export to CSV sometimes times out on big accounts.",
  "Does what it says. Nothing more, nothing less.",
  "Had to contact support three times for the same billing issue.",
  "Great value for a small team like ours.",
  "Search, filters, and tagging all work well, thanks",
  "I'd recommend it, but the learning curve is steep\nfor new colleagues.",
  "\"Best tool we bought this year\" - our ops lead",
  "",
];
const COMMENTS_JA = [
  "設定がとても簡単でした。",
  "サポートの対応が早くて助かりました。",
  "料金が少し高いと感じます。",
  "レポート機能が便利で、毎週の集計が楽になりました。",
  "アプリの動作が重いことがあります。",
  "担当の方の説明が丁寧でした、ありがとうございます。",
  "請求書のダウンロード方法が分かりにくいです。",
  "特に不満はありません。",
  "CSV の出力で文字化けすることがあります。",
  "もう少し機能が増えると嬉しいです。\n今後に期待しています。",
  "",
];
const REVIEW_TITLES_EN = ["Great app", "Does the job", "Keeps crashing", "Love it", "Too expensive", "Solid analytics", "Needs work", "Fantastic support", "Buggy sync", "Best in class"];

// ---------------------------------------------------------------- CSV & encodings
function csvCell(v, quoteAll) {
  const s = v === null || v === undefined ? "" : String(v);
  if (quoteAll || /[",\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}
function toCSV(rows, { eol = "\r\n", quoteAll = false, delim = ",", finalEol = true } = {}) {
  const body = rows.map((row) => row.map((c) => csvCell(c, quoteAll)).join(delim)).join(eol);
  return finalEol ? body + eol : body;
}
let SJIS = null;
function sjisTable() {
  if (SJIS) return SJIS;
  const dec = new TextDecoder("shift_jis");
  const map = new Map();
  for (let b = 0; b < 0x80; b++) map.set(String.fromCharCode(b), Buffer.from([b]));
  for (let b = 0xa1; b <= 0xdf; b++) { const c = dec.decode(Buffer.from([b])); if (!map.has(c)) map.set(c, Buffer.from([b])); }
  const leads = []; for (let b = 0x81; b <= 0x9f; b++) leads.push(b); for (let b = 0xe0; b <= 0xfc; b++) leads.push(b);
  for (const lead of leads) {
    for (let t = 0x40; t <= 0xfc; t++) {
      if (t === 0x7f) continue;
      const c = dec.decode(Buffer.from([lead, t]));
      if (c.length !== 1 || c === "\ufffd") continue;
      if (!map.has(c)) map.set(c, Buffer.from([lead, t]));
    }
  }
  SJIS = map; return map;
}
function encodeShiftJIS(s) {
  const map = sjisTable(); const parts = [];
  for (const ch of s) {
    const b = map.get(ch);
    if (!b) throw new Error(`character ${JSON.stringify(ch)} U+${ch.codePointAt(0).toString(16)} has no Shift_JIS code`);
    parts.push(b);
  }
  const buf = Buffer.concat(parts);
  const back = new TextDecoder("shift_jis").decode(buf);
  if (back !== s) throw new Error("Shift_JIS round trip failed");
  return buf;
}
function encode(text, encoding) {
  switch (encoding) {
    case "utf-8": return Buffer.from(text, "utf8");
    case "utf-8-bom": return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le-bom": return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "shift_jis": return encodeShiftJIS(text);
    default: throw new Error(encoding);
  }
}

// ---------------------------------------------------------------- value rules (the answers)
const FW = (s) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
function parseNps(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v <= 10 ? v : "invalid";
  const s = FW(String(v)).trim();
  if (s === "") return null;
  const m = s.match(/^(\d{1,2})(\s*[-–=:]\s*\S.*)?$/);
  if (!m) return "invalid";
  const n = Number(m[1]); return n <= 10 ? n : "invalid";
}
const CSAT_LABELS = new Map(Object.entries({
  "very satisfied": 5, "satisfied": 4, "neither satisfied nor dissatisfied": 3, "neutral": 3, "dissatisfied": 2, "very dissatisfied": 1,
  "extremely satisfied": 5, "somewhat satisfied": 4, "somewhat dissatisfied": 2, "extremely dissatisfied": 1,
  "非常に満足": 5, "満足": 4, "どちらでもない": 3, "不満": 2, "非常に不満": 1,
}));
function parseCsat(v) { // 1-5 or a 5-point satisfaction label
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= 5 ? v : "invalid";
  const s = FW(String(v)).trim();
  if (s === "") return null;
  if (/^[1-5]$/.test(s)) return Number(s);
  const l = CSAT_LABELS.get(s.toLowerCase());
  return l ?? "invalid";
}
function countNps(values) {
  const o = { promoters: 0, passives: 0, detractors: 0 };
  for (const v of values) { const n = parseNps(v); if (n === null || n === "invalid") continue; if (n >= 9) o.promoters++; else if (n >= 7) o.passives++; else o.detractors++; }
  return o;
}
function countCsat(values) {
  const o = { satisfied: 0, answered: 0 };
  for (const v of values) { const n = parseCsat(v); if (n === null || n === "invalid") continue; o.answered++; if (n >= 4) o.satisfied++; }
  return o;
}
// Identity: keys per record, linked transitively (union-find). Staff, company-domain
// addresses and agent columns never make a customer; rows with no key are anonymous.
function keysOf(values, role) {
  const out = [];
  for (const raw of values) {
    if (raw === null || raw === undefined) continue;
    const s = String(raw).trim(); if (s === "") continue;
    if (role === "customer_email") {
      const e = s.toLowerCase();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) continue;
      if (e.endsWith("@" + COMPANY_DOMAIN)) continue;
      out.push("e:" + e);
    } else if (role === "customer_phone") {
      if (!s.startsWith("+")) continue; out.push("p:+" + s.replace(/\D/g, ""));
    } else if (role === "customer_id") {
      out.push("i:" + s);
    }
  }
  return out;
}
function countCustomers(recordKeys) {
  const parent = new Map();
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  const add = (x) => { if (!parent.has(x)) parent.set(x, x); };
  for (const ks of recordKeys) { ks.forEach(add); for (let i = 1; i < ks.length; i++) { const a = find(ks[0]), b = find(ks[i]); if (a !== b) parent.set(a, b); } }
  const roots = new Set(); for (const k of parent.keys()) roots.add(find(k));
  return roots.size;
}
// Values of a flattened key path in a JSON record: "a.b", "a[].b", scalar arrays as one field.
function getPath(obj, p) {
  let cur = [obj];
  for (const part of p.split(".")) {
    const arr = part.endsWith("[]"); const k = arr ? part.slice(0, -2) : part;
    const nxt = [];
    for (const c of cur) {
      if (c === null || typeof c !== "object" || !(k in c)) continue;
      const v = c[k];
      if (arr) { if (Array.isArray(v)) nxt.push(...v); } else nxt.push(v);
    }
    cur = nxt;
  }
  return cur;
}

// Build the expected entry for one file.
// table: {format, rows:[[...]] (data rows only), headerRows:[[...]]} for csv/tsv, or {format, records:[obj]} for json.
function fileExpected({ format, encoding, kind, rows, headerRows, records, columns, notes, customersRule = "default", csatCols, npsCols }) {
  const colVals = (c) => {
    if (format === "csv" || format === "tsv") return rows.map((row) => row[c.index]);
    return records.map((rec) => getPath(rec, c.key));
  };
  const cols = columns.map((c) => {
    if (format === "csv" || format === "tsv") {
      const last = headerRows[headerRows.length - 1];
      const idx = c.index ?? last.indexOf(c.header);
      if (idx < 0) throw new Error(`column ${c.header} not found`);
      const o = { index: idx, header: last[idx] ?? "", role: c.role };
      if (headerRows.length > 1) o.header_rows = headerRows.map((h) => h[idx] ?? "");
      return o;
    }
    return { key: c.key, role: c.role };
  });
  const n = format === "csv" || format === "tsv" ? rows.length : records.length;
  const flat = (c) => colVals(c).map((v) => (Array.isArray(v) ? v : [v]));
  // scores
  const npsC = cols.filter((c) => c.role === "score_nps");
  const csatC = cols.filter((c) => c.role === "score_csat");
  let npsOut = null, csatOut = null;
  if (npsC.length) { const vals = []; for (const c of npsC) for (const v of flat(c)) vals.push(...v); npsOut = countNps(vals); }
  if (csatC.length) { const vals = []; for (const c of csatC) for (const v of flat(c)) vals.push(...v); csatOut = countCsat(vals); }
  // customers
  const keyCols = cols.filter((c) => ["customer_email", "customer_id", "customer_phone"].includes(c.role));
  const recKeys = [];
  for (let i = 0; i < n; i++) {
    const ks = []; let staffRow = false; // a company-domain address makes the whole record staff
    for (const c of keyCols) {
      const v = format === "csv" || format === "tsv" ? [rows[i][c.index]] : getPath(records[i], c.key);
      ks.push(...keysOf(v.flat(), c.role));
      if (c.role === "customer_email" && v.flat().some((x) => typeof x === "string" && x.trim().toLowerCase().endsWith("@" + COMPANY_DOMAIN))) staffRow = true;
    }
    recKeys.push(staffRow ? [] : ks);
  }
  const customers = countCustomers(recKeys);
  return { format, encoding, kind, records: n, columns: cols, nps: npsOut, csat: csatOut, customers, notes };
}

// ---------------------------------------------------------------- writing
const written = [];
function writeTool(t) {
  const dir = path.join(OUT, t.slug);
  fs.mkdirSync(dir, { recursive: true });
  const files = {};
  for (const f of t.files) {
    fs.writeFileSync(path.join(dir, f.name), f.bytes);
    files[f.name] = f.expected;
  }
  const expected = { tool: t.tool, export: t.export, docs: t.docs, split: t.split, company_domains: [COMPANY_DOMAIN], files };
  fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
  const fileLines = t.files.map((f) => {
    const e = f.expected;
    return `- \`${f.name}\`: ${e.format.toUpperCase()}, ${e.encoding}, kind \`${e.kind}\`, ${e.records} records; ` +
      `NPS ${e.nps ? `${e.nps.promoters}/${e.nps.passives}/${e.nps.detractors} (promoters/passives/detractors)` : "none"}; ` +
      `CSAT ${e.csat ? `${e.csat.satisfied} satisfied of ${e.csat.answered}` : "none"}; customers ${e.customers}.`;
  });
  const readme = [
    `# ${t.tool}: ${t.export}`,
    "",
    `Split: **${t.split}**. Company: ${COMPANY} (\`${COMPANY_DOMAIN}\`). Every person, address, id and comment is invented;`,
    `the files are written by \`scripts/vendors/make-survey-review-exports.mjs\` and the counts in \`expected.json\` are`,
    "computed there from the cells actually written.",
    "",
    "Counting rules used: NPS 0-10 (9-10 promoters, 7-8 passives, 0-6 detractors; blank = unanswered, anything else invalid);",
    "CSAT 1-5 or a 5-point satisfaction label (4-5 satisfied); customers = distinct keys (e-mail trimmed and lowercased,",
    "\`+\`-prefixed phone digits, the tool's customer id verbatim) linked transitively. A record whose customer e-mail is on",
    "`hoshi.example` is a staff/test record: none of its keys count. Agent columns never make customers.",
    "",
    "## Files",
    "",
    ...fileLines,
    "",
    "## Documentation used",
    "",
    ...t.docs.map((d) => `- ${d}`),
    "",
    "## Layout",
    "",
    ...t.layout.map((l) => `- ${l}`),
    "",
    "## Quirks reproduced",
    "",
    ...t.quirks.map((l) => `- ${l}`),
    "",
    "## Where the documentation was silent (choices made here)",
    "",
    ...t.choices.map((l) => `- ${l}`),
    "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "README.md"), readme);
  written.push(t);
}
function csvFile(name, { headerRows, rows, encoding, eol = "\r\n", quoteAll = false, delim = ",", kind, columns, notes, finalEol = true }) {
  const text = toCSV([...headerRows, ...rows], { eol, quoteAll, delim, finalEol });
  return {
    name, bytes: encode(text, encoding),
    expected: fileExpected({ format: delim === "\t" ? "tsv" : "csv", encoding, kind, rows, headerRows, columns, notes }),
  };
}
function jsonFile(name, { doc, records, kind, columns, notes, indent = 2, ndjson = false }) {
  const text = ndjson ? records.map((r) => JSON.stringify(r)).join("\n") + "\n" : JSON.stringify(doc, null, indent) + "\n";
  return { name, bytes: encode(text, "utf-8"), expected: fileExpected({ format: ndjson ? "ndjson" : "json", encoding: "utf-8", kind, records, columns, notes }) };
}
const ipv4 = (r) => `${r.int(23, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;

// ================================================================ tools
const TOOLS = [];

// ---------------------------------------------------------------- Qualtrics
TOOLS.push(() => {
  const r = new Rng("qualtrics"); const people = makePeople(r, 40, { idPrefix: "HL-" });
  const N = 46; const seq = respondents(r, people, N, { anon: 0.15, staff: 0.05 }); const ts = timeline(r, N);
  const h1 = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage", "Q1", "Q1_NPS_GROUP", "Q2", "Q3", "Q4", "account_owner", "utm_campaign", "plan_tier"];
  const Q1 = `How likely are you to recommend ${COMPANY} to a friend or colleague?`;
  const h2 = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude", "Distribution Channel", "User Language", Q1, `${Q1} - Group`, `Overall, how satisfied or dissatisfied are you with ${COMPANY}?`, "What is the main reason for your score?", `Which channels have you used to contact ${COMPANY}? Select all that apply. - Selected Choice`, "account_owner", "utm_campaign", "plan_tier"];
  const imp = (id, tz) => JSON.stringify(tz ? { ImportId: id, timeZone: "America/Denver" } : { ImportId: id });
  const h3 = [imp("startDate", 1), imp("endDate", 1), imp("status"), imp("ipAddress"), imp("progress"), imp("duration"), imp("finished"), imp("recordedDate", 1), imp("_recordId"), imp("recipientLastName"), imp("recipientFirstName"), imp("recipientEmail"), imp("externalDataReference"), imp("locationLatitude"), imp("locationLongitude"), imp("distributionChannel"), imp("userLanguage"), imp("QID1"), imp("QID1_NPS_GROUP"), imp("QID2"), imp("QID3_TEXT"), imp("QID4"), imp("account_owner"), imp("utm_campaign"), imp("plan_tier")];
  const SAT = ["Extremely dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Extremely satisfied"];
  const CH = ["Email", "Phone", "Live chat", "Community forum"];
  const rows = seq.map((s, i) => {
    const partial = r.chance(0.1);
    const dur = r.int(35, 600); const start = ts[i] - dur;
    const score = partial && r.chance(0.5) ? "" : String(nps(r));
    const group = score === "" ? "" : Number(score) >= 9 ? "Promoter" : Number(score) >= 7 ? "Passive" : "Detractor";
    const sat = partial ? "" : r.chance(0.08) ? "" : SAT[five(r) - 1];
    const chans = CH.filter(() => r.chance(0.35)).join(",");
    const cust = s.kind === "cust"; const staff = s.kind === "staff";
    const email = cust ? s.email : staff ? s.staff.email : "";
    return [
      fmt.ymdhms(start), fmt.ymdhms(ts[i]), "IP Address", ipv4(r), partial ? String(r.int(20, 80)) : "100", String(dur), partial ? "False" : "True", fmt.ymdhms(ts[i] + r.int(0, 3)),
      "R_" + r.alnum(15), cust ? s.p.last : staff ? s.staff.last : "", cust ? s.p.first : staff ? s.staff.first : "", email, cust ? s.p.id : "",
      (39 + r.next() * 3).toFixed(4), (-105 - r.next() * 4).toFixed(4), cust || staff ? "email" : "anonymous", "EN",
      score, group, sat, partial ? "" : r.pick(COMMENTS_EN), chans, cust || staff ? r.pick(STAFF).email : "", cust || staff ? r.pick(["", "q2_nps_email", "q2_nps_email_reminder"]) : r.pick(["website_footer", "newsletter_jun", ""]), cust ? r.pick(["Starter", "Growth", "Enterprise"]) : "",
    ];
  });
  const cols = [
    { header: '{"ImportId":"recordedDate","timeZone":"America/Denver"}', role: "submitted_at" },
    { header: '{"ImportId":"_recordId"}', role: "record_id" },
    { header: '{"ImportId":"recipientEmail"}', role: "customer_email" },
    { header: '{"ImportId":"externalDataReference"}', role: "customer_id" },
    { header: '{"ImportId":"QID1"}', role: "score_nps" },
    { header: '{"ImportId":"QID1_NPS_GROUP"}', role: "other" },
    { header: '{"ImportId":"QID2"}', role: "score_csat" },
    { header: '{"ImportId":"QID4"}', role: "other" },
    { header: '{"ImportId":"account_owner"}', role: "agent" },
    { header: '{"ImportId":"utm_campaign"}', role: "other" },
    { header: '{"ImportId":"plan_tier"}', role: "other" },
    { header: '{"ImportId":"status"}', role: "other" },
  ];
  return {
    slug: "qualtrics", tool: "Qualtrics", split: "dev",
    export: "Data & Analysis > Export & Import > Export Data > CSV (use choice text)",
    docs: ["https://search.r-project.org/CRAN/refmans/kutils/html/importQualtrics.html", "https://rdrr.io/cran/qualtRics/man/readSurvey.html", "https://qualtrics.com/support/jp/survey-platform/data-and-analysis-module/data/download-data/export-data-overview"],
    layout: [
      "Three header rows: row 1 export tags (`StartDate`, `ResponseId`, `Q1`...), row 2 question text / column labels, row 3 the `{\"ImportId\":...}` JSON per column (kutils importQualtrics: name row, question row, ImportId row).",
      "Standard metadata columns, then recipient columns, location, distribution channel and language, then questions, then embedded data (`account_owner`, `utm_campaign`, `plan_tier`).",
      "expected.json gives `header` as the LAST header row (the ImportId JSON) as the schema asks; `header_rows` lists all three rows of that column.",
    ],
    quirks: [
      "UTF-8 with BOM, CRLF line ends; comments with commas, quotes and an embedded newline are quoted.",
      "Choice-text export: the satisfaction question holds Qualtrics' 5-point labels (`Extremely satisfied` ... `Extremely dissatisfied`), NPS holds 0-10 and the derived `Q1_NPS_GROUP` holds Promoter/Passive/Detractor (a decoy, labelled `other`).",
      "Anonymous-link responses (`DistributionChannel` = anonymous) have blank recipient columns: not customers.",
      "Staff test responses from `@hoshi.example` addresses; `account_owner` embedded data holds staff addresses (agent).",
      "Returning recipients with the address typed in other case / with spaces; partial responses (`Finished` False) with blank answers.",
    ],
    choices: [
      "`Status` written as the label export's `IP Address` (response type); no survey previews were included.",
      "Time zone America/Denver in the ImportId row; the timestamps themselves are written as generated (no conversion).",
      "Recipient first/last name columns are split, so they are not labelled `customer_name`.",
    ],
    files: [csvFile("responses.csv", { headerRows: [h1, h2, h3], rows, encoding: "utf-8-bom", eol: "\r\n", kind: "survey_responses", columns: cols, notes: "Three header rows; header is the ImportId row. Q1_NPS_GROUP is the derived NPS group label (other). account_owner is embedded data holding the staff owner's address (agent). utm_campaign and plan_tier are embedded-data decoys. Status is the response type (other). Staff @hoshi.example test responses and anonymous-link rows are not customers." })],
  };
});

// ---------------------------------------------------------------- SurveyMonkey (EN) & (JA)
function surveyMonkey(slug, ja) {
  const r = new Rng(slug); const people = makePeople(r, 40, { ja, idPrefix: ja ? "JP-" : "CUST-" });
  const N = ja ? 38 : 44; const seq = respondents(r, people, N, { anon: 0.18, staff: 0.04 }); const ts = timeline(r, N);
  const L = ja ? {
    meta: ["回答者 ID", "コレクター ID", "開始日", "終了日", "IP アドレス", "メール アドレス", "名", "姓", "カスタム データ 1", "utm_source"],
    nps: `${COMPANY} を友人や同僚に薦める可能性はどのくらいありますか?`,
    sat: `${COMPANY} のサービス全体について、どの程度満足していますか?`,
    ces: `「${COMPANY} のおかげで、問題を簡単に解決できた」にどの程度同意しますか?`,
    ch: "これまでに利用したお問い合わせ方法を選んでください(当てはまるものすべて)", chOpts: ["メール", "電話", "チャット", "その他 (具体的に)"],
    open: "その他、ご意見・ご要望があればお聞かせください。",
    resp: "回答", openResp: "自由回答",
    satL: ["非常に不満", "不満", "どちらでもない", "満足", "非常に満足"],
    cesL: ["まったくそう思わない", "そう思わない", "どちらともいえない", "そう思う", "強くそう思う"],
    ext0: "0 - まったく可能性がない", ext10: "10 - 非常に可能性が高い",
  } : {
    meta: ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1", "utm_source"],
    nps: `How likely is it that you would recommend ${COMPANY} to a friend or colleague?`,
    sat: `Overall, how satisfied or dissatisfied are you with ${COMPANY}?`,
    ces: null,
    ch: "Which of the following channels have you used to contact us? (Select all that apply)", chOpts: ["Email", "Phone", "Live chat", "Other (please specify)"],
    open: "Is there anything else you would like to tell us?",
    resp: "Response", openResp: "Open-Ended Response",
    satL: ["Very dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Very satisfied"],
    ext0: "0 - Not at all likely", ext10: "10 - Extremely likely",
  };
  const h1 = [...L.meta, L.nps, L.sat, ...(L.ces ? [L.ces] : []), L.ch, "", "", "", L.open];
  const h2 = [...L.meta.map(() => ""), L.resp, L.resp, ...(L.ces ? [L.resp] : []), ...L.chOpts, L.openResp];
  const COL_EMAIL = 41820937, COL_WEB = 41820955;
  const rows = seq.map((s, i) => {
    const viaEmail = s.kind !== "anon";
    const dur = r.int(40, 900);
    const partial = r.chance(0.08);
    let n = partial ? "" : String(nps(r));
    if (n === "0") n = L.ext0; else if (n === "10") n = L.ext10;
    const sat = partial || r.chance(0.06) ? "" : L.satL[five(r) - 1];
    const ces = L.ces ? (partial ? "" : L.cesL[five(r) - 1]) : null;
    const chans = L.chOpts.map((o, k) => (r.chance(k === 3 ? 0.08 : 0.35) ? (k === 3 ? (ja ? "店舗" : "Twitter DM") : o) : ""));
    const cust = s.kind === "cust", staff = s.kind === "staff";
    const name = cust ? (ja ? [s.p.jaFirst, s.p.jaLast] : [s.p.first, s.p.last]) : staff ? (ja ? [s.staff.ja.split(" ")[1], s.staff.ja.split(" ")[0]] : [s.staff.first, s.staff.last]) : ["", ""];
    const date = ja ? (x) => fmt.ymdhms(x, "/") : fmt.mdy12;
    return [
      String(114000000000 + r.int(0, 99999999)), String(viaEmail ? COL_EMAIL : COL_WEB), date(ts[i] - dur), date(ts[i]), ipv4(r),
      cust ? s.email : staff ? s.staff.email : "", name[0], name[1], cust ? s.p.id : "", viaEmail ? "" : r.pick(["twitter", "newsletter", "app_banner", ""]),
      n, sat, ...(L.ces ? [ces] : []), ...chans, partial ? "" : r.pick(ja ? COMMENTS_JA : COMMENTS_EN),
    ];
  });
  const nm = L.meta.length;
  const cols = [
    { index: 0, role: "record_id" }, { index: 3, role: "submitted_at" }, { index: 5, role: "customer_email" }, { index: 8, role: "customer_id" },
    { index: 1, role: "other" }, { index: 9, role: "other" },
    { index: nm, role: "score_nps" }, { index: nm + 1, role: "score_csat" },
    ...(L.ces ? [{ index: nm + 2, role: "score_ces" }] : []),
    ...L.chOpts.map((_, k) => ({ index: nm + (L.ces ? 3 : 2) + k, role: "other" })),
  ];
  const name = ja ? "Hoshi Labs お客様アンケート.csv" : "Hoshi Labs Customer Feedback.csv";
  return {
    slug, tool: ja ? "SurveyMonkey (Japanese UI)" : "SurveyMonkey", split: ja ? "dev" : "test",
    export: ja ? "回答の分析 > 保存 > エクスポート > すべての回答データ > CSV (展開した列、実際の回答テキスト)" : "Analyze Results > Save as > Export file > All responses data > CSV (expanded columns, actual answer text)",
    docs: ["https://rdrr.io/github/wmurphyrd/monkeywrangler/man/loadSurveyMonkeyXLS.html", "https://docs.memberjunction.org/api/interfaces/_memberjunction_actions-bizapps-formbuilders.SurveyMonkeyResponse.html", "https://windsor.ai/documentation/fields/surveymonkey.md"],
    layout: [
      "Two header rows. Row 1: the nine respondent columns (Respondent ID, Collector ID, Start/End Date, IP Address, Email Address, First/Last Name, Custom Data 1; monkeywrangler's idcols 1:9), a custom variable column, then one question text per question (blank cells over the extra columns of a multi-select).",
      `Row 2: blank over the respondent columns, \`${L.resp}\` under single-answer questions, one choice label per column under the expanded multi-select, \`${L.openResp}\` under the open text question.`,
      "Because row 2 is the last header row and is blank over the respondent columns, expected.json has `header: \"\"` for those key columns; `header_rows` gives both rows.",
      ja ? "Japanese account language: respondent column names and the answer labels are Japanese; five-label satisfaction scale 非常に満足 ... 非常に不満 and a five-label agreement scale for the customer-effort statement." : "Satisfaction answers are SurveyMonkey's 5-label scale (Very satisfied ... Very dissatisfied).",
    ],
    quirks: [
      "UTF-8 with BOM and CRLF (opens in Excel).",
      "Two collectors: the email-invitation collector fills Email Address / names / Custom Data 1 (the CRM customer id); web-link responses leave them blank (anonymous) and carry a `utm_source` custom variable.",
      `NPS extremes written with their anchor labels (\`${L.ext0}\`, \`${L.ext10}\`), other points as plain digits.`,
      "Expanded multi-select: one column per choice holding the choice text or blank; the `Other` column holds the typed text (decoys, `other`).",
      "Returning respondents with address case/space variations; one or two staff test responses from @hoshi.example.",
    ],
    choices: [
      "Date format " + (ja ? "`YYYY/MM/DD HH:MM:SS`" : "`MM/DD/YYYY hh:mm:ss AM`") + " (SurveyMonkey uses the account's locale; not documented in what was found).",
      "The custom variable column is placed right after Custom Data 1.",
      "The anchor-label form of the NPS extremes is an assumption about 'actual answer text' for the NPS question type.",
    ],
    files: [csvFile(name, { headerRows: [h1, h2], rows, encoding: "utf-8-bom", eol: "\r\n", kind: "survey_responses", columns: cols, notes: "Row 2 (last header row) is blank over the respondent columns, so those headers are empty strings. Custom Data 1 carries the CRM customer id. Collector ID and utm_source are decoys. The expanded multi-select columns mention channels (Email, Phone...) but are answers, not contact keys." + (ja ? " The CES statement uses a five-label Japanese agreement scale." : "") })],
  };
}
TOOLS.push(() => surveyMonkey("surveymonkey", false));
TOOLS.push(() => surveyMonkey("surveymonkey-ja", true));

// ---------------------------------------------------------------- Typeform
TOOLS.push(() => {
  const r = new Rng("typeform"); const people = makePeople(r, 40, { idPrefix: "usr_" });
  people.forEach((p) => { p.id = "usr_" + r.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"); });
  const N = 42; const seq = respondents(r, people, N, { anon: 0.14, staff: 0.04 }); const ts = timeline(r, N);
  const head = ["#", "What's your first name?", `How likely are you to recommend ${COMPANY} to a friend or colleague?`, "What's the main reason for your score?", "How satisfied were you with our support team?", "What's your email address?", "user_id", "account_manager", "utm_source", "utm_medium", "utm_campaign", "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags", "Ending"];
  const rows = seq.map((s, i) => {
    const partial = r.chance(0.1);
    const cust = s.kind === "cust", staff = s.kind === "staff";
    const dur = r.int(30, 400);
    const known = cust && r.chance(0.8); // hidden fields filled from the app link
    const typed = cust && r.chance(0.7) ? s.email : staff ? s.staff.email : "";
    return [
      r.alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789"), cust ? s.p.first : staff ? s.staff.first : r.pick(["", "Sam", "J"]),
      partial && r.chance(0.5) ? "" : String(nps(r)), partial ? "" : r.pick(COMMENTS_EN), partial ? "" : r.chance(0.1) ? "" : String(five(r)),
      partial ? "" : typed, known ? s.p.id : "", known ? r.pick(STAFF).email : "",
      r.pick(["in_app", "email", "linkedin", ""]), r.pick(["banner", "newsletter", "cpc", ""]), r.pick(["spring_nps", "q2_checkin", ""]),
      partial ? "partial" : "completed", fmt.ymdhms(ts[i] - dur), partial ? fmt.ymdhms(ts[i]) : "", partial ? "" : fmt.ymdhms(ts[i]), r.hex(10),
      r.chance(0.2) ? r.pick(["follow-up", "vip", "follow-up, billing"]) : "", partial ? "" : "Thank you",
    ];
  });
  const cols = [
    { header: "#", role: "record_id" }, { header: head[2], role: "score_nps" }, { header: head[4], role: "score_csat" },
    { header: head[5], role: "customer_email" }, { header: "user_id", role: "customer_id" }, { header: "account_manager", role: "agent" },
    { header: "utm_source", role: "other" }, { header: "utm_medium", role: "other" }, { header: "utm_campaign", role: "other" },
    { header: "Response Type", role: "other" }, { header: "Submit Date (UTC)", role: "submitted_at" }, { header: "Network ID", role: "other" }, { header: "Tags", role: "other" },
  ];
  return {
    slug: "typeform", tool: "Typeform", split: "dev", export: "Results > Responses > Download all responses > CSV",
    docs: ["https://www.typeform.com/developers/responses/reference/retrieve-responses/", "https://docs.memberjunction.org/api/interfaces/_memberjunction_actions-bizapps-formbuilders.TypeformResponseItem.html"],
    layout: [
      "One header row: `#` (the response token), one column per question titled with the question text, then the hidden fields by name (`user_id`, `account_manager`, `utm_source`, `utm_medium`, `utm_campaign`), then `Response Type`, `Start Date (UTC)`, `Stage Date (UTC)`, `Submit Date (UTC)`, `Network ID`, `Tags`, `Ending`.",
      "The API response object (token, landed_at, submitted_at, hidden, metadata.network_id, answers[]) documents the same fields; the CSV flattens them.",
    ],
    quirks: [
      "UTF-8, CRLF; quoted comments with commas/newlines.",
      "Partial responses (`Response Type` partial) with blank answers, a `Stage Date` and no `Submit Date`.",
      "Hidden fields: `user_id` (the app's customer id) and `account_manager` (staff address, agent) are filled only when the respondent came from the app link; utm_* columns are decoys.",
      "The typed e-mail answer varies in case/spacing for returning customers; staff test submissions use @hoshi.example.",
    ],
    choices: ["Line ending CRLF and no BOM (not documented); dates `YYYY-MM-DD HH:MM:SS` in UTC as the column names say.", "The support-satisfaction question is an Opinion Scale 1-5 exported as the number."],
    files: [csvFile("responses.csv", { headerRows: [head], rows, encoding: "utf-8", eol: "\r\n", kind: "survey_responses", columns: cols, notes: "Hidden fields appear as columns named after the field. account_manager holds staff e-mails (agent). Response Type (completed/partial), Network ID, Tags and utm_* are decoys. Submit Date (UTC) is the submission time; partial rows have none." })],
  };
});

// ---------------------------------------------------------------- Google Forms (Japanese, Excel Shift_JIS)
TOOLS.push(() => {
  const r = new Rng("google-forms"); const people = makePeople(r, 40, { ja: true });
  const N = 40; const seq = respondents(r, people, N, { anon: 0.1, staff: 0.05 }); const ts = timeline(r, N);
  const head = ["タイムスタンプ", "メールアドレス", "お名前", `${COMPANY} を友人や同僚に薦める可能性はどのくらいありますか?`, `${COMPANY} のサービスにどの程度満足していますか?`, "その理由を教えてください", "これまでに利用したお問い合わせ窓口を選んでください", "ご利用中のプラン"];
  const SAT = ["非常に不満", "不満", "どちらでもない", "満足", "非常に満足"];
  const rows = seq.map((s, i) => {
    const cust = s.kind === "cust", staff = s.kind === "staff";
    const chans = ["メール", "電話", "チャット", "お問い合わせフォーム"].filter(() => r.chance(0.35)).join(", ");
    return [
      fmt.excelJA(ts[i]), cust ? s.email : staff ? s.staff.email : "", cust ? (r.chance(0.85) ? s.p.jaName : s.p.jaLast) : staff ? s.staff.ja : "",
      r.chance(0.05) ? "" : String(nps(r)), r.chance(0.06) ? "" : SAT[five(r) - 1], r.pick(COMMENTS_JA), chans, r.pick(["フリー", "スタンダード", "プロ", "エンタープライズ", ""]),
    ];
  });
  const cols = [
    { header: "タイムスタンプ", role: "submitted_at" }, { header: "メールアドレス", role: "customer_email" }, { header: "お名前", role: "customer_name" },
    { header: head[3], role: "score_nps" }, { header: head[4], role: "score_csat" }, { header: head[6], role: "other" }, { header: head[7], role: "other" },
  ];
  return {
    slug: "google-forms", tool: "Google Forms (Japanese form, re-saved by Excel)", split: "test",
    export: "Responses > Download responses (.csv) from the linked sheet, opened in Japanese Excel and saved as CSV (コンマ区切り)",
    docs: ["https://developers-dot-devsite-v2-prod.appspot.com/forms/api/reference/rest/v1/forms.responses", "https://docs.coupler.io/sources/category/surveys/google-forms/data-overview", "https://docs.toonboom.com/ja/help/storyboard-pro-7/storyboard/caption/open-csv-spreadsheet-editor.html"],
    layout: [
      "One header row: `タイムスタンプ`, `メールアドレス` (the form collects addresses as respondent input), then one column per question titled with the question text.",
      "Linear-scale 0-10 recommendation question, a five-label Japanese satisfaction question (非常に満足 / 満足 / どちらでもない / 不満 / 非常に不満), free text, a checkbox question whose selections are joined with `, `, and a plan question.",
    ],
    quirks: [
      "Shift_JIS (Windows Japanese Excel's `CSV (コンマ区切り)`), no BOM, CRLF; encoded through a table built by inverting Node's TextDecoder('shift_jis') with a round-trip check.",
      "Excel rewrote the timestamp as `YYYY/M/D H:MM` (no seconds, no leading zeros).",
      "Question marks in headers are half-width (`?`): Excel keeps what the sheet had; full-width question marks were avoided to keep every character in JIS X 0208.",
      "Addresses typed by respondents: case and stray spaces vary for returning customers; staff test answers from @hoshi.example; a few rows with no address (not customers).",
    ],
    choices: ["The download is assumed to be the sheet's `File > Download > CSV` re-saved by Excel; Google's own CSV is UTF-8.", "Skipped optional questions are blank cells."],
    files: [csvFile("フォームの回答 1.csv", { headerRows: [head], rows, encoding: "shift_jis", eol: "\r\n", kind: "survey_responses", columns: cols, notes: "Shift_JIS from Excel. お名前 is the respondent's typed name (customer_name). The checkbox question mentions channels (メール, 電話) but is an answer (other); ご利用中のプラン is a decoy." })],
  };
});

// ---------------------------------------------------------------- Microsoft Forms
TOOLS.push(() => {
  const r = new Rng("microsoft-forms"); const people = makePeople(r, 40);
  const N = 36; const seq = respondents(r, people, N, { anon: 0.12, staff: 0.0 }); const ts = timeline(r, N);
  const head = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", `How likely are you to recommend ${COMPANY} to a friend or colleague?`, `Overall, how would you rate your experience with ${COMPANY}?`, "What could we do better?", "Your email address (optional)", "Your customer number (optional)", "Which products do you use?"];
  const rows = seq.map((s, i) => {
    const onBehalf = r.chance(0.2); // a staff member filled the form in for the customer (signed in)
    const st = r.pick(STAFF);
    const cust = s.kind === "cust";
    const prods = ["Hoshi Sync", "Hoshi Analytics", "Hoshi Mobile"].filter(() => r.chance(0.45)).map((x) => x + ";").join("");
    return [
      String(i + 1), fmt.excelUS(ts[i] - r.int(40, 500)), fmt.excelUS(ts[i]), onBehalf ? st.email : "anonymous", onBehalf ? `${st.first} ${st.last}` : "", "",
      r.chance(0.04) ? "" : String(nps(r)), r.chance(0.08) ? "" : String(five(r)), r.pick(COMMENTS_EN),
      cust && (onBehalf || r.chance(0.85)) ? s.email : "", cust && r.chance(0.5) ? s.p.id : "", prods,
    ];
  });
  const cols = [
    { header: "ID", role: "record_id" }, { header: "Completion time", role: "submitted_at" }, { header: "Email", role: "agent" }, { header: "Name", role: "agent" },
    { header: head[6], role: "score_nps" }, { header: head[7], role: "score_csat" }, { header: head[9], role: "customer_email" }, { header: head[10], role: "customer_id" }, { header: head[11], role: "other" },
  ];
  return {
    slug: "microsoft-forms", tool: "Microsoft Forms", split: "dev", export: "Responses > Open results in Excel, saved from Excel as CSV UTF-8",
    docs: ["https://support.microsoft.com/ja-jp/topic/%E3%83%95%E3%82%A9%E3%83%BC%E3%83%A0%E3%81%BE%E3%81%9F%E3%81%AF%E3%83%86%E3%82%B9%E3%83%88%E3%81%AB%E5%85%A5%E5%8A%9B%E3%81%A7%E3%81%8D%E3%82%8B%E3%83%A6%E3%83%BC%E3%82%B6%E3%83%BC%E3%82%92%E9%81%B8%E6%8A%9E%E3%81%99%E3%82%8B-c90c641e-6f88-45c5-9cb9-aca2b4083949", "https://support.microsoft.com/pl-pl/office/skonfiguruj-ankiet%C4%99-tak-aby-podczas-zbierania-odpowiedzi-nie-by%C5%82y-zapisywane-nazwiska-25dd8442-f6ba-4934-9319-99f9f867f239"],
    layout: [
      "Workbook columns `ID`, `Start time`, `Completion time`, `Email`, `Name`, `Last modified time`, then one column per question titled with its text.",
      "Net Promoter Score question (0-10) and a 5-star Rating question exported as numbers; a multi-select exported as `choice;choice;`.",
    ],
    quirks: [
      "Form open to 'Anyone can respond': `Email` is the literal `anonymous` and `Name` is blank for outside respondents.",
      "When a signed-in staff member fills the form in for a customer (phone follow-up), `Email`/`Name` hold the staff member's work account: the submitter, labelled `agent`. The customer's own address is in the optional question.",
      "Saved by Excel as 'CSV UTF-8': BOM, CRLF, dates reformatted `M/D/YYYY H:MM`.",
      "`Last modified time` is empty (responses never edited).",
    ],
    choices: ["Customer number question holds the CRM id `HL-nnnnn` (customer_id).", "Multi-select trailing semicolon as Forms writes it in Excel."],
    files: [csvFile("Hoshi Labs Customer Feedback(1-36).csv", { headerRows: [head], rows, encoding: "utf-8-bom", eol: "\r\n", kind: "survey_responses", columns: cols, notes: "Email/Name are the Forms submitter: `anonymous` for public respondents, a staff account when staff filled the form in for a customer (agent, never the customer). Customer keys come from the optional e-mail and customer-number questions." })],
  };
});

// ---------------------------------------------------------------- Delighted (API JSON NPS + CSAT CSV)
TOOLS.push(() => {
  const r = new Rng("delighted");
  const people = makePeople(r, 44);
  // NPS responses from the API with expand[]=person
  const N = 40; const seq = respondents(r, people, N, { anon: 0, staff: 0.05, variant: 0 }); const ts = timeline(r, N);
  const pid = new Map(); let nextPid = 51200300;
  const records = seq.map((s, i) => {
    const p = s.kind === "staff" ? { email: s.staff.email, name: `${s.staff.first} ${s.staff.last}`, phone: null, id: null, key: s.staff.email } : { ...s.p, key: s.p.email };
    if (!pid.has(p.key)) pid.set(p.key, String(nextPid += r.int(1, 40)));
    const person = { id: pid.get(p.key), email: p.email, name: p.name, created_at: ts[i] - r.int(86400, 86400 * 300) };
    if (s.kind === "cust" && r.chance(0.4)) person.phone_number = p.phone.replace(/[ -]/g, "");
    else person.phone_number = null;
    person.last_sent_at = ts[i] - r.int(600, 86400);
    const rec = {
      id: String(8123400 + i * 7 + r.int(0, 6)), person, survey_type: "nps", score: nps(r),
      comment: r.chance(0.3) ? null : r.pick(COMMENTS_EN.filter(Boolean)), permalink: `https://app.delighted.com/r/${r.alnum(32)}`,
      created_at: ts[i], updated_at: r.chance(0.2) ? ts[i] + r.int(60, 86400) : null,
      person_properties: null, notes: [], tags: [], additional_answers: [],
    };
    if (s.kind === "cust") {
      rec.person_properties = { "Customer ID": p.id, "Plan": r.pick(["Starter", "Growth", "Enterprise"]), "Account Owner": r.pick(STAFF).email, "Delighted Source": r.pick(["Email", "Web", "SMS"]) };
      if (r.chance(0.3)) rec.person_properties.utm_campaign = r.pick(["spring_nps", "renewal_push"]);
    }
    if (r.chance(0.2)) rec.notes.push({ id: String(r.int(1000, 9999)), text: "Called back, issue resolved.", user_email: r.pick(STAFF).email, created_at: ts[i] + 3600 });
    if (r.chance(0.25)) rec.tags.push(r.pick(["billing", "sync", "pricing", "onboarding"]));
    if (r.chance(0.6)) rec.additional_answers.push({ id: String(r.int(100, 999)), value: { free_response: null, scale: null, select_one: { id: r.alnum(6), text: r.pick(["Yes", "No"]) }, select_many: null }, question: { id: "enum_" + r.alnum(6), type: "select_one", text: "Have you contacted our support team in the last month?" } });
    return rec;
  });
  const jsonCols = [
    { key: "id", role: "record_id" }, { key: "person.id", role: "customer_id" }, { key: "person.email", role: "customer_email" }, { key: "person.name", role: "customer_name" },
    { key: "person.phone_number", role: "customer_phone" }, { key: "score", role: "score_nps" }, { key: "survey_type", role: "other" }, { key: "created_at", role: "submitted_at" },
    { key: "person_properties.Customer ID", role: "customer_id" }, { key: "person_properties.Account Owner", role: "agent" }, { key: "person_properties.utm_campaign", role: "other" },
    { key: "notes[].user_email", role: "agent" },
  ];
  // CSAT CSV export from the dashboard
  const r2 = new Rng("delighted-csat"); const ppl2 = makePeople(r2, 40);
  const M = 34; const seq2 = respondents(r2, ppl2, M, { anon: 0, staff: 0.03 }); const ts2 = timeline(r2, M);
  const head = ["Response ID", "Date", "Updated date", "Score", "Comment", "Email", "Name", "Phone number", "Tags", "Notes", "Customer ID", "Support Agent", "Channel", "Delighted Source"];
  const rows = seq2.map((s, i) => {
    const cust = s.kind === "cust";
    const sc = r2.chance(0.05) ? "" : String(five(r2));
    return [
      String(9400100 + i * 3 + r2.int(0, 2)), fmt.ymdhms(ts2[i]) + " -0700", r2.chance(0.2) ? fmt.ymdhms(ts2[i] + 7200) + " -0700" : "", sc, r2.pick(COMMENTS_EN),
      cust ? s.email : s.staff.email, cust ? s.p.name : `${s.staff.first} ${s.staff.last}`, cust && r2.chance(0.3) ? s.p.phone : "",
      r2.chance(0.2) ? r2.pick(["refund", "slow reply", "refund, escalated"]) : "", "", cust ? s.p.id : "", r2.pick(STAFF).email,
      r2.pick(["Chat", "Email", "Phone", "Chat, Email"]), r2.pick(["Email", "Zendesk"]),
    ];
  });
  const csvCols = [
    { header: "Response ID", role: "record_id" }, { header: "Date", role: "submitted_at" }, { header: "Score", role: "score_csat" }, { header: "Email", role: "customer_email" },
    { header: "Name", role: "customer_name" }, { header: "Phone number", role: "customer_phone" }, { header: "Customer ID", role: "customer_id" }, { header: "Support Agent", role: "agent" },
    { header: "Channel", role: "other" }, { header: "Delighted Source", role: "other" },
  ];
  return {
    slug: "delighted", tool: "Delighted", split: "test",
    export: "API `GET /v1/survey_responses.json?expand[]=person` (NPS project) and the CSAT project's dashboard CSV export",
    docs: ["http://delightedapp.com/docs/api/listing-survey-responses", "https://delighted.com/docs/api/listing-people", "https://delighted.com/docs/api/adding-survey-responses", "https://schemas.apis.io/schemas/delighted/survey-response/"],
    layout: [
      "`survey_responses.json`: the JSON array the list endpoint returns, oldest first, each with `id`, `person`, `survey_type` (`nps`), `score`, `comment`, `permalink`, `created_at`/`updated_at` (Unix seconds), `person_properties`, `notes`, `tags`, `additional_answers`. With `expand[]=person` the `person` field is the person object (`id`, `email`, `name`, `created_at`, `phone_number`, `last_sent_at`).",
      "`delighted-csat-export.csv`: one row per CSAT response; the score column is just `Score` with 1-5 values, then comment, contact columns, tags, notes and one column per person property.",
    ],
    quirks: [
      "JSON: `comment` null when skipped, `updated_at` null, `person_properties` null for staff test responses, `phone_number` null or E.164.",
      "`person_properties` keys contain spaces (`Customer ID`, `Account Owner`); `Account Owner` and `notes[].user_email` are staff addresses (agent).",
      "A returning person keeps the same `person.id` and address.",
      "CSV: nothing in the file says CSAT except the 1-5 range of `Score`; `Support Agent` property holds staff addresses; `Channel` lists contact channels (decoy).",
    ],
    choices: ["CSV column names and order (`Response ID`, `Date`, `Updated date`, `Score`, ...) are not in the documentation found; chosen to mirror the API fields with one column per property.", "CSV dates carry the account's UTC offset (`-0700`)."],
    files: [
      jsonFile("survey_responses.json", { doc: records, records, kind: "survey_responses", columns: jsonCols, notes: "JSON array. person is expanded; person.id (Delighted person id) and person_properties.Customer ID (CRM id) are both customer ids. Account Owner and notes[].user_email are staff (agent). survey_type is 'nps' (other). Staff test responses use @hoshi.example and carry no properties." }),
      csvFile("delighted-csat-export.csv", { headerRows: [head], rows, encoding: "utf-8", eol: "\n", kind: "survey_responses", columns: csvCols, notes: "CSAT project: the score header is only `Score`, values 1-5 (satisfied = 4-5). Support Agent holds staff e-mails (agent). Channel mentions channels (other)." }),
    ],
  };
});

// ---------------------------------------------------------------- Medallia Agent Connect
TOOLS.push(() => {
  const r = new Rng("medallia"); const people = makePeople(r, 44);
  const N = 48; const seq = respondents(r, people, N, { anon: 0, staff: 0.03 }); const ts = timeline(r, N);
  const head = ["request_id", "request_sent_at", "request_delivery_status", "response_received_at", "star_rating", "comments", "reward_name", "areas_for_improvement", "additional_question_response", "ext_interaction_id", "external_url", "channel", "tags", "brand", "customer_name", "request_sent_to", "employee_first_name", "employee_last_name", "employee_email", "employee_custom_id", "employee_status", "employee_employment_status", "employee_start_date", "team_leader"];
  const rows = seq.map((s, i) => {
    const st = r.pick(STAFF.slice(0, 5)); const cust = s.kind === "cust";
    const suppressed = r.chance(0.06); const responded = !suppressed && r.chance(0.8);
    const sent = ts[i] - r.int(600, 86400);
    return [
      r.hex(8) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12), fmt.iso(sent), suppressed ? "Not sent: suppression period" : "Sent",
      responded ? fmt.iso(ts[i]) : "", responded ? String(five(r)) : "", responded ? (r.chance(0.7) ? "true" : "false") : "",
      responded && r.chance(0.25) ? r.pick(["Coffee voucher", "Kudos badge", "Extra break"]) : "", responded && r.chance(0.3) ? r.pick(["Resolution time", "Product knowledge", "Follow-up"]) : "",
      responded && r.chance(0.5) ? r.pick(["Yes", "No"]) : "", "zd-" + r.int(100000, 999999), `https://hoshi.zendesk.example/agent/tickets/${r.int(20000, 29999)}`,
      r.pick(["email", "chat", "phone"]), r.chance(0.3) ? r.pick(["billing", "sync;priority", "onboarding"]) : "", "Hoshi Labs",
      cust ? s.p.name : `${s.staff.first} ${s.staff.last}`, cust ? s.email : s.staff.email,
      st.first, st.last, st.email, "EMP-" + (1000 + STAFF.indexOf(st)), "Active", r.pick(["full time", "part time"]), "2022-0" + (1 + STAFF.indexOf(st)) + "-15", "Lucia Benetti",
    ];
  });
  const cols = [
    { header: "request_id", role: "record_id" }, { header: "response_received_at", role: "submitted_at" }, { header: "star_rating", role: "score_csat" },
    { header: "reward_name", role: "other" }, { header: "ext_interaction_id", role: "other" }, { header: "external_url", role: "other" }, { header: "channel", role: "other" },
    { header: "customer_name", role: "customer_name" }, { header: "request_sent_to", role: "customer_email" },
    { header: "employee_email", role: "agent" }, { header: "employee_custom_id", role: "agent" }, { header: "request_delivery_status", role: "other" },
  ];
  return {
    slug: "medallia", tool: "Medallia Agent Connect", split: "dev", export: "Settings > Export Responses (All requests) > CSV",
    docs: ["https://docs.medallia.com/en/agent-connect/reports-and-dashboards/export-data/feedback-exports-field-descriptions-and-request-delivery-status", "https://docs.medallia.com/en/agent-connect/user-guide/introducing-agent-connect/customer-feedback/exporting-data"],
    layout: [
      "Snake-case columns in the documented order: request_id, request_sent_at, request_delivery_status, response_received_at, star_rating, comments, reward_name, areas_for_improvement, additional_question_response, ext_interaction_id, external_url, channel, tags, brand, customer_name, request_sent_to, employee_* ..., team_leader.",
      "One row per feedback request; 'All requests' includes requests without a response (blank rating and response time).",
    ],
    quirks: [
      "The customer (`customer_name`, `request_sent_to`) sits next to the agent being rated (`employee_first_name`, `employee_last_name`, `employee_email`, `employee_custom_id`) and the reward given to the agent (`reward_name`).",
      "`comments` is only true/false (whether a comment was left), not the text.",
      "`Not sent: suppression period` rows for customers surveyed recently.",
      "UTC ISO timestamps; UTF-8; LF.",
    ],
    choices: ["Only a subset of the documented columns is written (the export has more AOI/question columns).", "`star_rating` is a 1-5 star rating of the service interaction: counted as CSAT.", "Requests that were sent but not answered are still rows of the file: their recipients count as customers."],
    files: [csvFile("responses_export.csv", { headerRows: [head], rows, encoding: "utf-8", eol: "\n", kind: "survey_responses", columns: cols, notes: "employee_email/employee_custom_id identify the rated agent (agent). reward_name is the agent's reward (other). request_sent_to is the customer's address. Unanswered and suppressed requests have blank star_rating." })],
  };
});

// ---------------------------------------------------------------- QuestionPro
TOOLS.push(() => {
  const r = new Rng("questionpro"); const people = makePeople(r, 40, { idPrefix: "HL-" });
  const N = 44; const seq = respondents(r, people, N, { anon: 0.15, staff: 0.04 }); const ts = timeline(r, N);
  const NPSQ = `How likely is it that you would recommend ${COMPANY} to a friend or colleague?`;
  const SATQ = `Overall, how satisfied are you with ${COMPANY}?`;
  const head = ["Response ID", "IP Address", "Timestamp (mm/dd/yyyy)", "Duplicate", "Time Taken to Complete (Seconds)", "Response Status", "Seq. Number", "External Reference", "Custom Variable 1", "Custom Variable 2", "Custom Variable 3", "Custom Variable 4", "Custom Variable 5", "Respondent Email", "Email List", "Country Code", "Region", NPSQ, SATQ, "Please tell us why you gave that score.", "Net Promoter Score Category"];
  const SAT = ["Very Dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very Satisfied"];
  const rows = seq.map((s, i) => {
    const cust = s.kind === "cust", staff = s.kind === "staff"; const started = r.chance(0.1);
    const n = started && r.chance(0.6) ? "" : r.chance(0.03) ? "N/A" : String(nps(r));
    const cat = /^\d+$/.test(n) ? (Number(n) >= 9 ? "Promoter" : Number(n) >= 7 ? "Passive" : "Detractor") : "";
    return [
      String(61234000 + i * 11 + r.int(0, 9)), ipv4(r), fmt.mdy12(ts[i]), "false", started ? "0" : String(r.int(45, 700)), started ? "Started" : "Completed", "0",
      cust ? s.p.id : "", cust ? r.pick(["Starter", "Growth", "Enterprise"]) : "", cust || staff ? r.pick(STAFF).email : "", r.pick(["newsletter", "in_app", "", "linkedin"]), "", "",
      cust ? s.email : staff ? s.staff.email : "", cust || staff ? "Customers Q2" : "", r.pick(["US", "GB", "DE", "CA"]), "",
      n, started ? "" : SAT[five(r) - 1], started ? "" : r.pick(COMMENTS_EN), cat,
    ];
  });
  const cols = [
    { header: "Response ID", role: "record_id" }, { header: "Timestamp (mm/dd/yyyy)", role: "submitted_at" }, { header: "Response Status", role: "other" },
    { header: "External Reference", role: "customer_id" }, { header: "Custom Variable 1", role: "other" }, { header: "Custom Variable 2", role: "agent" }, { header: "Custom Variable 3", role: "other" },
    { header: "Respondent Email", role: "customer_email" }, { header: "Email List", role: "other" }, { header: NPSQ, role: "score_nps" }, { header: SATQ, role: "score_csat" }, { header: "Net Promoter Score Category", role: "other" },
  ];
  return {
    slug: "questionpro", tool: "QuestionPro", split: "test", export: "Analytics > Data Management > Download > Raw Data (CSV)",
    docs: ["http://www.questionpro.com/help/122-inline.html", "http://www.questionbuilder.com/help/122-inline.html"],
    layout: [
      "System variables first, as the help page lists them: Response ID, IP Address, Timestamp, Duplicate, Time Taken to Complete (Seconds), Response Status, Seq. Number, External Reference, Custom Variables 1 to 5, Respondent Email, Email List, then geo columns, then one column per question.",
    ],
    quirks: [
      "`External Reference` carries the CRM customer id passed in the invitation; Custom Variable 1 the plan, Custom Variable 2 the account manager's address (agent), Custom Variable 3 the utm source.",
      "`Response Status` Started rows (time taken 0) with blank answers.",
      "One NPS answer written `N/A` (invalid, excluded) as the question allowed a not-applicable option; a derived `Net Promoter Score Category` column (decoy).",
      "Returning respondents with address variants; staff test responses; anonymous web-link rows without email or reference.",
    ],
    choices: ["UTF-8 without BOM, CRLF.", "Timestamp written `MM/DD/YYYY hh:mm:ss AM` (server time).", "Satisfaction labels `Very Satisfied` ... `Very Dissatisfied` with `Neutral` as the midpoint.", "The `Net Promoter Score Category` column name is an assumption."],
    files: [csvFile("RawData_HoshiLabs_Feedback.csv", { headerRows: [head], rows, encoding: "utf-8", eol: "\r\n", kind: "survey_responses", columns: cols, notes: "External Reference = CRM customer id. Custom Variable 2 = account manager e-mail (agent). Custom Variable 1/3, Email List, Response Status and the NPS category are decoys. `N/A` in the NPS column is invalid." })],
  };
});

// ---------------------------------------------------------------- Alchemer
TOOLS.push(() => {
  const r = new Rng("alchemer"); const people = makePeople(r, 40);
  const N = 40; const seq = respondents(r, people, N, { anon: 0.12, staff: 0.05 }); const ts = timeline(r, N);
  const NPSQ = `How likely is it that you would recommend ${COMPANY} to a friend or colleague?`;
  const CESQ = `${COMPANY} made it easy for me to handle my issue.`;
  const head = ["Response ID", "Time Started", "Date Submitted", "Status", "Contact ID", "Legacy Comments", "Comments", "Language", "Referer", "SessionID", "User Agent", "Tags", "IP Address", "Longitude", "Latitude", "Country", "City", "State/Region", "Postal", "utm_source", "utm_campaign", NPSQ, "Why did you give that score?", CESQ, "Email Address", "NPS Group"];
  const rows = seq.map((s, i) => {
    const cust = s.kind === "cust", staff = s.kind === "staff"; const partial = r.chance(0.1);
    const viaCampaign = cust && r.chance(0.7);
    const n = partial && r.chance(0.5) ? "" : String(nps(r));
    return [
      String(i + 1), fmt.ymdhms(ts[i] - r.int(60, 800)), partial ? "" : fmt.ymdhms(ts[i]), partial ? "Partial" : "Complete", viaCampaign ? String(r.int(100000000, 199999999)) : "",
      "", "", "English", viaCampaign ? "" : r.pick(["https://hoshi.example/account", "https://hoshi.example/help", ""]), r.hex(14) + "_" + r.hex(14), "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
      r.chance(0.15) ? "follow up" : "", ipv4(r), (-(70 + r.next() * 50)).toFixed(6), (30 + r.next() * 15).toFixed(6), "United States", r.pick(["Denver", "Austin", "Portland", "Boston"]), r.pick(["CO", "TX", "OR", "MA"]), String(r.int(10000, 99999)),
      r.pick(["email", "in_app", ""]), r.pick(["q2_nps", "renewal", ""]),
      n, partial ? "" : r.pick(COMMENTS_EN), partial ? "" : String(seven(r)), partial ? "" : cust ? (viaCampaign && r.chance(0.3) ? "" : s.email) : staff ? s.staff.email : "",
      /^\d+$/.test(n) ? (Number(n) >= 9 ? "Promoter" : Number(n) >= 7 ? "Passive" : "Detractor") : "",
    ];
  });
  // contact id must be stable per customer: rewrite so a returning person keeps one id
  const cid = new Map();
  seq.forEach((s, i) => { if (rows[i][4] !== "" && s.kind === "cust") { if (!cid.has(s.p.email)) cid.set(s.p.email, rows[i][4]); rows[i][4] = cid.get(s.p.email); } });
  const cols = [
    { header: "Response ID", role: "record_id" }, { header: "Date Submitted", role: "submitted_at" }, { header: "Status", role: "other" }, { header: "Contact ID", role: "customer_id" },
    { header: "SessionID", role: "other" }, { header: "Tags", role: "other" }, { header: "utm_source", role: "other" }, { header: "utm_campaign", role: "other" },
    { header: NPSQ, role: "score_nps" }, { header: CESQ, role: "score_ces" }, { header: "Email Address", role: "customer_email" }, { header: "NPS Group", role: "other" },
  ];
  return {
    slug: "alchemer", tool: "Alchemer (SurveyGizmo)", split: "dev", export: "Results > Exports > CSV/Excel export (question text headers)",
    docs: ["https://apihelp.alchemer.com/help/surveyresponse-returned-fields-v5", "https://apihelp.alchemer.com/help/surveyresponse-returned-fields"],
    layout: [
      "Standard response fields first (Response ID, Time Started, Date Submitted, Status, Contact ID, Legacy Comments, Comments, Language, Referer, SessionID, User Agent, Tags, IP Address, Longitude, Latitude, Country, City, State/Region, Postal), then URL variables, then one column per question titled with its text.",
      "Status is Complete / Partial; Contact ID is the email-campaign contact id (set only for campaign invitations).",
    ],
    quirks: [
      "CES statement answered on a 1-7 agreement scale exported as the number.",
      "`NPS Group` reporting column (Promoter/Passive/Detractor) as a decoy.",
      "Partial responses without Date Submitted; anonymous share-link responses without Contact ID or e-mail; staff test responses; a returning customer keeps one Contact ID while the typed e-mail varies in case/spaces.",
      "User-Agent cells contain commas and are quoted. UTF-8 with BOM, CRLF.",
    ],
    choices: ["URL variables appear as columns named after the variable (`utm_source`, `utm_campaign`).", "Dates in the account's Eastern time as `YYYY-MM-DD HH:MM:SS` (the API doc's format).", "`NPS Group` column name chosen here."],
    files: [csvFile("20240615093012-survey_export.csv", { headerRows: [head], rows, encoding: "utf-8-bom", eol: "\r\n", kind: "survey_responses", columns: cols, notes: "Contact ID = email-campaign contact (customer_id). SessionID is a browser session (other). CES 1-7. NPS Group is derived (other)." })],
  };
});

// ---------------------------------------------------------------- Hotjar Surveys
TOOLS.push(() => {
  const r = new Rng("hotjar"); const people = makePeople(r, 40, { idPrefix: "acct_" });
  const N = 50; const seq = respondents(r, people, N, { anon: 0.45, staff: 0.03 }); const ts = timeline(r, N);
  const NPSQ = `How likely are you to recommend ${COMPANY} to a friend or colleague?`;
  const head = ["Number", "User", "Date Submitted", "Country", "Source URL", "Device", "Browser", "OS", "Hotjar User ID", NPSQ, "What is the main reason for your score?", "Which of these have you used today?", "If we may follow up, leave your email address"];
  const rows = seq.map((s, i) => {
    const cust = s.kind === "cust", staff = s.kind === "staff";
    const n = r.chance(0.04) ? "" : String(nps(r));
    return [
      String(N - i), cust && r.chance(0.75) ? s.p.id : "", fmt.ymdhms(ts[i]), r.pick(["United States", "United Kingdom", "Germany", "Japan", "Canada"]),
      r.pick(["https://app.hoshi.example/dashboard", "https://app.hoshi.example/reports?range=30d", "https://hoshi.example/pricing"]), r.pick(["desktop", "mobile", "tablet"]),
      r.pick(["Chrome 124", "Safari 17", "Firefox 125", "Edge 124"]), r.pick(["Windows 10", "Mac OS X 14", "iOS 17", "Android 14"]), r.hex(8) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12),
      n, r.pick(COMMENTS_EN), ["Search", "Live chat", "Email reports", "Help center"].filter(() => r.chance(0.3)).join(", "),
      cust && r.chance(0.55) ? s.email : staff ? s.staff.email : "",
    ];
  });
  const cols = [
    { header: "Number", role: "record_id" }, { header: "User", role: "customer_id" }, { header: "Date Submitted", role: "submitted_at" }, { header: "Source URL", role: "other" },
    { header: "Hotjar User ID", role: "other" }, { header: NPSQ, role: "score_nps" }, { header: "Which of these have you used today?", role: "other" },
    { header: "If we may follow up, leave your email address", role: "customer_email" },
  ];
  return {
    slug: "hotjar", tool: "Hotjar Surveys", split: "test", export: "Surveys > (survey) > Responses > Download > CSV",
    docs: ["https://help.hotjar.com/hc/en-us/articles/360003470413-How-to-Connect-Feedback-Responses-to-Recordings", "https://help.hotjar.com/hc/en-us/articles/360001749014-Visitor-Lookup"],
    layout: [
      "Response metadata columns (Number, User, Date Submitted, Country, Source URL, Device, Browser, OS, Hotjar User ID), then one column per question titled with its text.",
      "`User` is the user id passed through Hotjar's Identify API (user attributes) when the site knows the visitor; blank otherwise.",
    ],
    quirks: [
      "Mostly anonymous on-site responses: no user id, no e-mail (not customers).",
      "`Hotjar User ID` is a pseudonymous per-device id (the docs say surveys are not linked to a User ID assignment): an id look-alike labelled `other`.",
      "Numbering counts down (newest response has the highest number) while rows are oldest first.",
      "An optional e-mail question filled by some customers, case/space variants for returning ones; staff test answers from @hoshi.example.",
      "UTF-8, LF.",
    ],
    choices: ["The column list is not in the documentation found: chosen to match the metadata Hotjar says it records per response (country, device, browser, OS, page URL).", "Dates `YYYY-MM-DD HH:MM:SS` UTC."],
    files: [csvFile("hotjar_survey_responses.csv", { headerRows: [head], rows, encoding: "utf-8", eol: "\n", kind: "survey_responses", columns: cols, notes: "User = the site's own customer id (Identify API). Hotjar User ID is a device id, not an identity (other). The multi-choice question names channels (other). Many anonymous rows." })],
  };
});

// ---------------------------------------------------------------- AskNicely
TOOLS.push(() => {
  const r = new Rng("asknicely"); const people = makePeople(r, 40, { idPrefix: "C-" });
  const N = 42; const seq = respondents(r, people, N, { anon: 0, staff: 0.04, variant: 0.3 }); const ts = timeline(r, N);
  const head = ["response_id", "person_id", "name", "email", "answer", "answerlabel", "data", "comment", "note", "status", "dontcontact", "sent", "opened", "responded", "lastemailed", "created", "segment", "question_type", "published", "publishedname", "publishedavatar", "deliverymethod", "survey", "theme", "accountmanager_c", "customerid_c", "plan_c", "utm_campaign_c"];
  const pidMap = new Map(); let nextPid = 3300;
  const rows = seq.map((s, i) => {
    const cust = s.kind === "cust"; const key = cust ? s.p.email : s.staff.email;
    if (!pidMap.has(key)) pidMap.set(key, String(nextPid += r.int(1, 30)));
    const a = nps(r); const lab = a >= 9 ? "promoter" : a >= 7 ? "passive" : "detractor";
    const sent = ts[i] - r.int(3600, 5 * 86400);
    return [
      String(120400 + i * 5 + r.int(0, 4)), pidMap.get(key), cust ? s.p.name : `${s.staff.first} ${s.staff.last}`, cust ? s.email : s.staff.email,
      String(a), lab, "", r.pick(COMMENTS_EN), "", "responded", "0", String(sent), String(sent + r.int(60, 3600)), String(ts[i]), String(sent), String(sent - r.int(86400, 86400 * 200)),
      r.pick(["Enterprise", "SMB", "Trial"]), "NPS", a >= 9 && r.chance(0.5) ? "1" : "0", a >= 9 ? (cust ? s.p.first + " " + s.p.last[0] + "." : "") : "", "",
      r.pick(["email", "email", "sms", "web"]), "Relationship NPS", "default", cust ? r.pick(STAFF).email : "", cust ? s.p.id : "", cust ? r.pick(["Growth", "Scale", "Starter"]) : "", r.pick(["", "q2_rnps"]),
    ];
  });
  const cols = [
    { header: "response_id", role: "record_id" }, { header: "person_id", role: "customer_id" }, { header: "name", role: "customer_name" }, { header: "email", role: "customer_email" },
    { header: "answer", role: "score_nps" }, { header: "answerlabel", role: "other" }, { header: "responded", role: "submitted_at" }, { header: "segment", role: "other" },
    { header: "question_type", role: "other" }, { header: "published", role: "other" }, { header: "accountmanager_c", role: "agent" }, { header: "customerid_c", role: "customer_id" },
    { header: "plan_c", role: "other" }, { header: "utm_campaign_c", role: "other" },
  ];
  return {
    slug: "asknicely", tool: "AskNicely", split: "dev", export: "API `GET /api/v1/responses/asc/50000/1/0/csv` (Get Responses, CSV format)",
    docs: ["https://demo.asknice.ly/help/apidocs/responses", "https://asknicely.asknice.ly/help/apidocs/responses", "https://ask.birdie.ai/integrations-and-data-ingestion/how-to-integrate-with/asknicely"],
    layout: [
      "The Get Responses endpoint with `format` = csv: one row per response, lower-case field names, Unix-second timestamps (`sent`, `opened`, `responded`, `lastemailed`, `created`), `question_type` telling NPS/CSAT/5STAR, then contact custom fields with the `_c` suffix.",
    ],
    quirks: [
      "`answer` is the 0-10 score; `answerlabel` the derived promoter/passive/detractor word (decoy).",
      "Two id columns: `person_id` (AskNicely contact) and `customerid_c` (CRM id custom field); both customer ids.",
      "`accountmanager_c` custom field holds staff addresses (agent); `published`/`publishedname` are testimonial flags (decoys).",
      "Staff test contacts on @hoshi.example. UTF-8, LF, every field quoted.",
    ],
    choices: ["Column list and order follow what the API page describes; `data`, `note`, `theme` are left empty.", "Every cell quoted (PHP fputcsv-like output assumed)."],
    files: [csvFile("responses.csv", { headerRows: [head], rows, encoding: "utf-8", eol: "\n", quoteAll: true, kind: "survey_responses", columns: cols, notes: "question_type is NPS for every row. answerlabel is the NPS group (other). responded is a Unix timestamp (submitted_at). accountmanager_c = staff (agent)." })],
  };
});

// ---------------------------------------------------------------- Retently
TOOLS.push(() => {
  const r = new Rng("retently"); const people = makePeople(r, 40);
  const N = 40; const seq = respondents(r, people, N, { anon: 0, staff: 0.03 }); const ts = timeline(r, N);
  const head = ["Date", "Customer", "Email", "Company", "Score", "Feedback", "Campaign", "Channel", "Metric", "Tags", "Topics", "Sentiment", "Assignee", "Status"];
  const rows = seq.map((s, i) => {
    const cust = s.kind === "cust"; const sc = r.chance(0.05) ? "" : String(nps(r));
    const fb = r.pick(COMMENTS_EN);
    return [
      fmt.mon(ts[i]), cust ? s.p.name : `${s.staff.first} ${s.staff.last}`, cust ? s.email : s.staff.email, cust ? r.pick(["Northwind Traders", "Contoso Ltd", "Fabrikam, Inc.", "Tailspin Toys", "Adatum Corp", ""]) : COMPANY,
      sc, fb, r.pick(["Quarterly NPS – Email", "In-app NPS"]), r.pick(["email", "in-app"]), "NPS", r.chance(0.3) ? r.pick(["vip", "churn-risk", "vip;renewal"]) : "",
      fb ? r.pick(["Pricing", "Support", "Integrations", "Performance", "Onboarding"]) : "", fb ? r.pick(["Positive", "Negative", "Neutral", "Mixed"]) : "",
      r.chance(0.4) ? r.pick(STAFF).email : "", r.pick(["Open", "Closed", "In progress"]),
    ];
  });
  const cols = [
    { header: "Date", role: "submitted_at" }, { header: "Customer", role: "customer_name" }, { header: "Email", role: "customer_email" }, { header: "Company", role: "other" },
    { header: "Score", role: "score_nps" }, { header: "Campaign", role: "other" }, { header: "Channel", role: "other" }, { header: "Metric", role: "other" },
    { header: "Sentiment", role: "other" }, { header: "Topics", role: "other" }, { header: "Assignee", role: "agent" },
  ];
  return {
    slug: "retently", tool: "Retently", split: "test", export: "Responses > Export to CSV",
    docs: ["https://help.retently.com/en/articles/1771819-customer-profile", "https://help.retently.com/en/articles/4838776-audience-page-customer-records", "https://github.com/segmentio/segment-docs/blob/master/src/connections/destinations/catalog/retently/index.md"],
    layout: [
      "One row per response: date, customer name, e-mail, company, score, feedback text, campaign, channel (email / in-app), metric, tags, AI topics, sentiment, the team member assigned to follow up, and follow-up status.",
    ],
    quirks: [
      "`Sentiment` (Positive/Negative/Neutral/Mixed) is Retently's derived sentiment: a score look-alike labelled `other`.",
      "`Assignee` is the staff member following up (agent).",
      "`Metric` says NPS; the campaign name contains an en dash; company names with commas are quoted.",
      "A few responses with no score (feedback only); staff test responses from @hoshi.example.",
    ],
    choices: ["The export's column list is not in the help articles found; it is built from the fields the Responses page and Customer Profile show (score, feedback, campaign, channel, tags, topics, sentiment, assignee).", "Dates `Mon D, YYYY HH:MM`; UTF-8; LF."],
    files: [csvFile("retently-responses-export.csv", { headerRows: [head], rows, encoding: "utf-8", eol: "\n", kind: "survey_responses", columns: cols, notes: "Sentiment is a derived sentiment (other); Assignee = staff (agent); Company is the customer's company (other); Metric = NPS." })],
  };
});

// ---------------------------------------------------------------- Wootric (NPS + CES)
TOOLS.push(() => {
  const r = new Rng("wootric"); const people = makePeople(r, 40);
  const uid = new Map(); let nextUid = 70012000;
  const userOf = (s, ts0) => {
    const p = s.kind === "cust" ? s.p : { email: s.staff.email, id: null };
    if (!uid.has(p.email)) uid.set(p.email, { id: nextUid += r.int(3, 90), external_id: p.id, created: ts0 - r.int(86400 * 30, 86400 * 400), plan: r.pick(["Starter", "Growth", "Enterprise"]), owner: r.pick(STAFF).email });
    const u = uid.get(p.email);
    const eu = { id: u.id, email: s.kind === "cust" ? s.email.trim() : p.email, external_id: u.external_id, last_surveyed: ts0 - r.int(60, 3600), external_created_at: u.created, page_views_count: r.int(3, 400), properties: { plan: u.plan, account_owner: u.owner } };
    if (r.chance(0.3)) eu.properties.utm_source = r.pick(["partner", "google", "newsletter"]);
    if (eu.external_id === null) delete eu.external_id;
    return eu;
  };
  const mk = (N, ces, salt) => {
    const seq = respondents(r, people, N, { anon: 0, staff: 0.04, variant: 0.3 }); const ts = timeline(r, N);
    return seq.map((s, i) => {
      const eu = userOf(s, ts[i]);
      const rec = { id: (ces ? 4400000 : 9100000) + i * 13 + r.int(0, 12), end_user_id: eu.id, survey_id: ces ? 812 : 811, score: ces ? seven(r) : nps(r) };
      if (r.chance(0.65)) rec.text = r.pick(COMMENTS_EN.filter(Boolean));
      Object.assign(rec, { ip_address: ipv4(r), origin_url: r.pick(["https://app.hoshi.example/dashboard", "https://app.hoshi.example/settings/billing"]), completed: true, excluded_from_calculations: false, created_at: fmt.isoMs(ts[i]), updated_at: fmt.isoMs(ts[i] + r.int(1, 40)), tags: r.chance(0.2) ? [r.pick(["bug", "pricing", "praise"])] : [], end_user: eu });
      if (ces) rec.ces_question = `${COMPANY} made it easy for me to handle my issue.`;
      return rec;
    });
  };
  const npsRecs = mk(44, false, "n"); const cesRecs = mk(30, true, "c");
  const base = [
    { key: "id", role: "record_id" }, { key: "end_user_id", role: "customer_id" }, { key: "created_at", role: "submitted_at" }, { key: "end_user.id", role: "customer_id" },
    { key: "end_user.email", role: "customer_email" }, { key: "end_user.external_id", role: "customer_id" }, { key: "end_user.properties.account_owner", role: "agent" },
    { key: "end_user.properties.utm_source", role: "other" }, { key: "survey_id", role: "other" },
  ];
  return {
    slug: "wootric", tool: "Wootric (InMoment)", split: "dev", export: "API `GET /v1/responses` (NPS) and `GET /v1/ces_responses` (CES), pages concatenated into one array each",
    docs: ["https://raw.githubusercontent.com/api-evangelist/wootric/refs/heads/main/json-schema/survey-response.json", "https://raw.githubusercontent.com/api-evangelist/wootric/refs/heads/main/json-schema/end-user.json", "https://raw.githubusercontent.com/api-evangelist/wootric/refs/heads/main/openapi/wootric-responses-api-openapi.yml", "https://docs.wootric.com/api/"],
    layout: [
      "JSON arrays of response objects: `id`, `end_user_id`, `survey_id`, `score`, `text`, `ip_address`, `origin_url`, `completed`, `excluded_from_calculations`, `created_at`, `updated_at`, `tags`, and the embedded `end_user` (`id`, `email`, `external_id`, `last_surveyed`, `external_created_at`, `properties`).",
      "`responses.json` holds the NPS program (0-10); `ces_responses.json` the CES program (1-7 agreement with the effort statement).",
    ],
    quirks: [
      "Skipped follow-up text: the `text` key is absent, not null.",
      "Three customer id paths: `end_user_id`, `end_user.id` (same Wootric id) and `end_user.external_id` (CRM id, absent for staff test users).",
      "`end_user.properties.account_owner` is a staff address (agent); `utm_source` property is a decoy.",
      "The same end user answers both programs; staff test users on @hoshi.example.",
    ],
    choices: ["Timestamps ISO-8601 with milliseconds (the schema found says Unix integers; the public API returns date strings; chosen ISO).", "The CES endpoint name and the `ces_question` field are assumptions."],
    files: [
      jsonFile("responses.json", { doc: npsRecs, records: npsRecs, kind: "survey_responses", columns: [...base, { key: "score", role: "score_nps" }], notes: "NPS program. end_user_id, end_user.id and end_user.external_id are customer ids; account_owner property is staff (agent)." }),
      jsonFile("ces_responses.json", { doc: cesRecs, records: cesRecs, kind: "survey_responses", columns: [...base, { key: "score", role: "score_ces" }], notes: "CES program: score is 1-7 agreement with an effort statement (score_ces); no NPS or CSAT in this file." }),
    ],
  };
});

// ---------------------------------------------------------------- Trustpilot
TOOLS.push(() => {
  const r = new Rng("trustpilot"); const people = makePeople(r, 44);
  const N = 46; const ts = timeline(r, N, 120);
  const head = ["Review Id", "Review Created (UTC)", "Review Stars", "Review Title", "Review Content", "Review Language", "Source Of Review", "Review Consumer User Id", "Review Consumer Name", "Reference Id", "Consumer Email", "Review Reply Content", "Review Reply Date (UTC)", "Review Verification Level", "Tags", "Location Id"];
  const seq = respondents(r, people, N, { anon: 0, staff: 0, repeat: 0.08, variant: 0.6 });
  const rows = seq.map((s, i) => {
    const invited = r.chance(0.55); const stars = r.weighted([1, 2, 3, 4, 5], [6, 2, 3, 6, 14]);
    const reply = r.chance(0.4);
    return [
      r.hex(24), fmt.ymdhms(ts[i]), String(stars), r.pick(REVIEW_TITLES_EN), r.pick(COMMENTS_EN.filter(Boolean)), "en",
      invited ? r.pick(["AFSv2", "InvitationApi", "BasicLink"]) : "Organic", r.hex(24), `${s.p.first} ${s.p.last[0]}.`,
      invited ? "#" + r.int(100200, 109999) : "", invited ? s.email : "",
      reply ? `Thanks for the feedback! ${r.pick(STAFF).first} from the ${COMPANY} team` : "", reply ? fmt.ymdhms(ts[i] + r.int(3600, 86400 * 3)) : "",
      invited ? "verified" : "not-verified", r.chance(0.2) ? r.pick(["shipping", "billing"]) : "", "",
    ];
  });
  const cols = [
    { header: "Review Id", role: "record_id" }, { header: "Review Created (UTC)", role: "submitted_at" }, { header: "Review Stars", role: "score_csat" },
    { header: "Source Of Review", role: "other" }, { header: "Review Consumer User Id", role: "other" }, { header: "Review Consumer Name", role: "customer_name" },
    { header: "Reference Id", role: "other" }, { header: "Consumer Email", role: "customer_email" }, { header: "Review Verification Level", role: "other" },
  ];
  return {
    slug: "trustpilot", tool: "Trustpilot", split: "test", export: "Trustpilot Business > Reviews > Service reviews > Download reviews (CSV)",
    docs: ["https://documentation-apidocumentation.trustpilot.com/business-units-api", "https://support.trustpilot.com/hc/en-us/articles/204868067-The-Service-Reviews-page", "https://apis.io/examples/trustpilot/trustpilot-get-business-unit-reviews-example/"],
    layout: [
      "One row per service review: id, creation time (UTC), 1-5 stars, title, text, language, collection method (`Source Of Review`), the reviewer's Trustpilot consumer id and display name, the reference number and consumer e-mail (only for invited reviews: the private reviews API returns 'consumer email and Order ID'), reply text/date, verification level, tags, location.",
    ],
    quirks: [
      "Organic reviews carry no e-mail or reference: those authors are not customers; invited reviews carry the e-mail the company sent the invitation to.",
      "`Review Consumer User Id` is the author's Trustpilot account id and `Reference Id` an order reference: id look-alikes labelled `other`.",
      "Replies signed by staff first names; UTF-8 with BOM; CRLF.",
    ],
    choices: ["Column names are modelled on the API fields (createdAt, stars, consumer.id, consumer.displayName, referenceId, referralEmail) written as Title Case headers; the exact download header text was not found.", "Star ratings of a public review are counted as CSAT (4-5 satisfied)."],
    files: [csvFile("reviews.csv", { headerRows: [head], rows, encoding: "utf-8-bom", eol: "\r\n", kind: "mentions", columns: cols, notes: "Public reviews. Only invited reviews carry Consumer Email, so customers = distinct invited e-mails. Review Consumer User Id (Trustpilot account) and Reference Id (order number) are other. Review Stars 1-5 counted as CSAT." })],
  };
});

// ---------------------------------------------------------------- App Store Connect
TOOLS.push(() => {
  const r = new Rng("app-store-connect"); const N = 32; const ts = timeline(r, N, 90);
  const JA_TITLES = ["使いやすい", "同期が遅い", "とても便利", "改善してほしい", "最高です"];
  const nicks = ["sunnydays_88", "Marta K", "ぽんた", "dev_ops_dan", "Kofi A.", "みかん好き", "tinyteapot", "Rafa", "NightOwl", "ゆうき"];
  const data = []; const included = [];
  for (let i = 0; i < N; i++) {
    const ja = r.chance(0.35); const rating = r.weighted([1, 2, 3, 4, 5], [5, 2, 3, 6, 14]);
    const id = `0000${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
    const rec = {
      type: "customerReviews", id,
      attributes: { rating, title: ja ? r.pick(JA_TITLES) : r.pick(REVIEW_TITLES_EN), body: ja ? r.pick(COMMENTS_JA.filter(Boolean)) : r.pick(COMMENTS_EN.filter(Boolean)), reviewerNickname: r.pick(nicks), createdDate: fmt.offset(ts[i], -7), territory: ja ? "JPN" : r.pick(["USA", "GBR", "CAN", "AUS"]) },
      relationships: { response: { links: { self: `https://api.appstoreconnect.apple.com/v1/customerReviews/${id}/relationships/response`, related: `https://api.appstoreconnect.apple.com/v1/customerReviews/${id}/response` } } },
      links: { self: `https://api.appstoreconnect.apple.com/v1/customerReviews/${id}` },
    };
    if (r.chance(0.35)) {
      const rid = `0000${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
      rec.relationships.response.data = { type: "customerReviewResponses", id: rid };
      included.push({ type: "customerReviewResponses", id: rid, attributes: { responseBody: ja ? "ご意見ありがとうございます。改善に努めます。" : `Thanks for the review! Please write to support@${COMPANY_DOMAIN} so we can help.`, lastModifiedDate: fmt.offset(ts[i] + 86400, -7), state: "PUBLISHED" }, links: { self: `https://api.appstoreconnect.apple.com/v1/customerReviewResponses/${rid}` } });
    }
    data.push(rec);
  }
  const doc = { data, included, links: { self: "https://api.appstoreconnect.apple.com/v1/apps/6443012345/customerReviews?include=response&sort=-createdDate&limit=200" }, meta: { paging: { total: N, limit: 200 } } };
  const cols = [
    { key: "id", role: "record_id" }, { key: "attributes.rating", role: "score_csat" }, { key: "attributes.createdDate", role: "submitted_at" },
    { key: "attributes.reviewerNickname", role: "customer_handle" }, { key: "attributes.territory", role: "other" },
  ];
  return {
    slug: "app-store-connect", tool: "App Store Connect", split: "dev", export: "App Store Connect API `GET /v1/apps/{id}/customerReviews?include=response` (Ratings and Reviews)",
    docs: ["https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviews.md", "https://developer.apple.com/documentation/appstoreconnectapi/customer-reviews.md", "https://developer.apple.com/documentation/appstoreconnectapi/customerreview.md"],
    layout: [
      "JSON:API document: `data` (the reviews: `type`, `id`, `attributes` {rating, title, body, reviewerNickname, createdDate, territory}, `relationships.response`, `links`), `included` (the developer's `customerReviewResponses`), `links`, `meta.paging`.",
      "Main collection is `data`; key paths in expected.json are relative to one review.",
    ],
    quirks: [
      "Japanese reviews from the JPN storefront mixed with English ones; `createdDate` with a -07:00 offset as in Apple's example.",
      "Side-loaded `included` responses written by the company (one mentions the support address on hoshi.example).",
      "No e-mail or customer id anywhere: authors are not customers (customers = 0).",
    ],
    choices: ["`reviewerNickname` is labelled `customer_handle` (the author's public nickname); it is not an X/Twitter handle so it makes no customer.", "Ratings 1-5 counted as CSAT; `territory` is a decoy."],
    files: [jsonFile("customerReviews.json", { doc, records: data, kind: "mentions", columns: cols, notes: "Public App Store reviews; no e-mail or customer id, so customers = 0. rating 1-5 counted as CSAT. reviewerNickname is a public nickname, not an identity key." })],
  };
});

// ---------------------------------------------------------------- Google Play (UTF-16 reviews CSV)
TOOLS.push(() => {
  const r = new Rng("google-play"); const N = 40; const ts = timeline(r, 40, 29);
  const head = ["Package Name", "App Version Code", "App Version Name", "Reviewer Language", "Device", "Review Submit Date and Time", "Review Submit Millis Since Epoch", "Review Last Update Date and Time", "Review Last Update Millis Since Epoch", "Star Rating", "Review Title", "Review Text", "Developer Reply Date and Time", "Developer Reply Millis Since Epoch", "Developer Reply Text", "Review Link"];
  const rows = [];
  for (let i = 0; i < N; i++) {
    const ja = r.chance(0.3); const stars = r.weighted([1, 2, 3, 4, 5], [6, 2, 3, 5, 12]);
    const upd = r.chance(0.2) ? ts[i] + r.int(3600, 86400 * 2) : ts[i];
    const reply = r.chance(0.3);
    const vc = r.int(118, 124);
    const textOnly = r.chance(0.2);
    const rid = "gp:AOqpTO" + r.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    rows.push([
      "com.hoshi.analytics", r.chance(0.1) ? "" : String(vc), r.chance(0.1) ? "" : `3.${vc - 100}.0`, ja ? "ja" : r.pick(["en", "en", "de", "es"]), r.pick(["a14", "panther", "OnePlus9", "SC-51D", "dm3q", ""]),
      fmt.iso(ts[i]), String(ts[i] * 1000 + r.int(0, 999)), fmt.iso(upd), String(upd * 1000 + r.int(0, 999)), String(stars),
      textOnly ? "" : "", r.chance(0.15) ? "" : ja ? r.pick(COMMENTS_JA.filter(Boolean)) : r.pick(COMMENTS_EN.filter(Boolean)),
      reply ? fmt.iso(upd + 7200) : "", reply ? String((upd + 7200) * 1000) : "", reply ? (ja ? "レビューありがとうございます。" : "Thanks for your feedback, we're on it.") : "",
      `http://play.google.com/console/developers/6123456789012345678/app/4973000000000000000/user-feedback/review-details?reviewId=${rid}&corpus=PUBLIC_REVIEWS`,
    ]);
  }
  const cols = [
    { header: "Review Submit Date and Time", role: "submitted_at" }, { header: "Star Rating", role: "score_csat" }, { header: "Review Link", role: "record_id" },
    { header: "Device", role: "other" }, { header: "App Version Code", role: "other" }, { header: "Package Name", role: "other" },
  ];
  return {
    slug: "google-play", tool: "Google Play Console", split: "test", export: "Download reports > Reviews: monthly `reviews_<package>_<YYYYMM>.csv` from the `pubsite_prod_rev_...` Cloud Storage bucket",
    docs: ["https://support.google.com/googleplay/android-developer/answer/6135870"],
    layout: [
      "Header: Package Name, App Version Code, App Version Name, Reviewer Language, Device, Review Submit Date and Time, Review Submit Millis Since Epoch, Review Last Update Date and Time, Review Last Update Millis Since Epoch, Star Rating, Review Title, Review Text, Developer Reply Date and Time, Developer Reply Millis Since Epoch, Developer Reply Text, Review Link.",
      "Reports are generated daily and accumulated in monthly CSV files; the help page says they are UTF-16 (convert to UTF-8 before loading into BigQuery).",
    ],
    quirks: [
      "UTF-16LE with BOM, comma separated, LF line ends.",
      "Review Title is always empty (Play no longer has titles); rating-only reviews have empty text; version columns empty for some devices.",
      "No reviewer identity at all: customers = 0. Japanese reviews with `ja` language.",
    ],
    choices: ["LF line endings and minimal quoting.", "`Review Link` carries the review id and is used as the record id.", "Star ratings counted as CSAT."],
    files: [csvFile("reviews_com.hoshi.analytics_202406.csv", { headerRows: [head], rows, encoding: "utf-16le-bom", eol: "\n", kind: "mentions", columns: cols, notes: "UTF-16LE. No author identity: customers = 0. Star Rating 1-5 counted as CSAT. Millis columns are duplicates of the dates (not labelled)." })],
  };
});

// ---------------------------------------------------------------- G2
TOOLS.push(() => {
  const r = new Rng("g2"); const people = makePeople(r, 40); const N = 30; const ts = timeline(r, N, 180);
  const head = ["Review ID", "Product", "Submitted At", "Published At", "Star Rating", "Likelihood to Recommend", "Title", "What do you like best?", "What do you dislike?", "What problems is the product solving and how is that benefiting you?", "Reviewer Name", "Reviewer Title", "Company Segment", "Industry", "Review Source", "Validated Reviewer", "Verified Current User", "Incentivized", "Approval Status", "Vendor Response"];
  const rows = [];
  for (let i = 0; i < N; i++) {
    const p = people[i]; const ltr = r.weighted([3, 4, 5, 6, 7, 8, 9, 10], [1, 1, 2, 2, 3, 5, 7, 8]);
    const anon = r.chance(0.3);
    rows.push([
      String(9800000 + r.int(0, 199999)), "Hoshi Analytics", fmt.iso(ts[i]), fmt.iso(ts[i] + r.int(86400, 86400 * 6)), (ltr / 2).toFixed(1), String(ltr),
      `"${r.pick(["Great reporting for a growing team", "Good value, rough edges", "Solid but pricey", "Our go-to analytics tool"])}"`,
      r.pick(COMMENTS_EN.filter(Boolean)), r.pick(COMMENTS_EN.filter(Boolean)), "We consolidated three spreadsheets into one dashboard.",
      anon ? "Verified User in Computer Software" : `${p.first} ${p.last[0]}.`, anon ? "" : r.pick(["Operations Manager", "Head of CX", "Data Analyst", "Founder"]),
      r.pick(["Small-Business(50 or fewer emp.)", "Mid-Market(51-1000 emp.)", "Enterprise(> 1000 emp.)"]), r.pick(["Computer Software", "Retail", "Financial Services", "Hospitality"]),
      r.pick(["Organic", "G2 invite", "Seller invite"]), r.pick(["LinkedIn", "Business Email", "Seller Invite"]), r.chance(0.6) ? "true" : "false", r.chance(0.4) ? "true" : "false", "Approved",
      r.chance(0.3) ? `Thank you! - ${r.pick(STAFF).first}, ${COMPANY}` : "",
    ]);
  }
  const cols = [
    { header: "Review ID", role: "record_id" }, { header: "Submitted At", role: "submitted_at" }, { header: "Star Rating", role: "other" }, { header: "Likelihood to Recommend", role: "score_nps" },
    { header: "Reviewer Name", role: "customer_name" }, { header: "Reviewer Title", role: "other" }, { header: "Company Segment", role: "other" }, { header: "Review Source", role: "other" },
  ];
  return {
    slug: "g2", tool: "G2", split: "dev", export: "my.G2 > Review Management > Review Activity > Reviews found > Download CSV",
    docs: ["https://documentation.g2.com/docs/review-activity", "https://documentation.g2.com/g2/docs/review-activity", "https://research.g2.com/g2-scoring-methodologies"],
    layout: [
      "One row per review from the Review Activity table: ids, product, dates, star rating, the 0-10 'likely to recommend' answer, the standard G2 questions, reviewer attribution (name or 'Verified User in <industry>', title, company segment, industry), review source, validation flags, moderation status, vendor response.",
    ],
    quirks: [
      "G2's star rating is the likely-to-recommend answer divided by two (G2 scoring methodology), so `Star Rating` holds 1.5 ... 5.0: derived, labelled `other`; the NPS comes from `Likelihood to Recommend`.",
      "Anonymous reviewers shown as 'Verified User in Computer Software'. No reviewer e-mail: customers = 0.",
      "Titles written with G2's surrounding quotes (escaped in CSV); segment labels contain parentheses and `>`.",
    ],
    choices: ["The CSV header names are not in the documentation found; they mirror the review fields shown on G2 review pages.", "UTF-8, CRLF."],
    files: [csvFile("g2_reviews_export.csv", { headerRows: [head], rows, encoding: "utf-8", eol: "\r\n", kind: "mentions", columns: cols, notes: "Star Rating = Likelihood to Recommend / 2 (derived, other); Likelihood to Recommend is 0-10 (score_nps). No e-mail or customer id: customers = 0." })],
  };
});

// ================================================================ run
fs.mkdirSync(OUT, { recursive: true });
for (const build of TOOLS) writeTool(build());

const part = [
  "# Survey, feedback and review-site exports (helper A)",
  "",
  "Written by `node scripts/vendors/make-survey-review-exports.mjs` (deterministic). Each directory has the export file(s), `README.md` (documentation used, layout, quirks, choices) and `expected.json`.",
  "",
  "| slug | tool | split | export imitated | files (kind, encoding) |",
  "| --- | --- | --- | --- | --- |",
  ...written.map((t) => `| \`${t.slug}\` | ${t.tool} | ${t.split} | ${t.export.replace(/\|/g, "\\|")} | ${t.files.map((f) => `\`${f.name}\` (${f.expected.kind}, ${f.expected.encoding})`).join("<br>")} |`),
  "",
];
fs.writeFileSync(path.join(OUT, "tools-surveys.md"), part.join("\n"));
console.log(`wrote ${written.length} tool directories under ${path.relative(ROOT, OUT)}`);
