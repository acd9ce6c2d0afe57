#!/usr/bin/env node
// Blind evaluation catalogue, part B: operations tools (help desks, commerce,
// billing, CRM, social listening). Writes tests/data/vendors/<slug>/ with the
// export file(s) laid out as each tool writes them, a README.md and an
// expected.json whose counts are computed here from the cells actually written.
//
// Node 20, ESM, no dependencies, no clock or locale reads. Deterministic:
// running it twice gives byte-identical files.
//
//   node scripts/vendors/make-operations-exports.mjs
//
// All people, e-mail addresses, phone numbers, handles and ids are invented.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = path.join(ROOT, "tests/data/vendors");
const COMPANY = "Hoshi Labs";
const COMPANY_DOMAINS = ["hoshi.example"];

// ---------------------------------------------------------------- PRNG ----
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function seedOf(str) {
  let h = 2166136261;
  for (const c of str) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
class Rng {
  constructor(label) { this.f = mulberry32(seedOf(label)); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  chance(p) { return this.f() < p; }
  shuffle(a) { a = [...a]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  chars(n, alphabet) { let s = ""; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.f() * alphabet.length)]; return s; }
  hex(n) { return this.chars(n, "0123456789abcdef"); }
  b62(n) { return this.chars(n, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"); }
  weighted(pairs) { const tot = pairs.reduce((s, p) => s + p[1], 0); let x = this.f() * tot; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
}

// -------------------------------------------------------------- people ----
const WEST_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Chloe", "Mateo", "Grace", "Daniel", "Zoe", "Owen", "Leah", "Samuel", "Nora", "Isaac", "Ruby", "Felix", "Clara", "Hugo", "Ines", "Jonas", "Maya", "Theo", "Elena", "Omar", "Lina", "Victor", "Priyanka", "Tomasz", "Aisha", "Diego", "Freya"];
const WEST_LAST = ["Fischer", "Okafor", "Moreau", "Silva", "Novak", "Brennan", "Castillo", "Weber", "Haddad", "Lindgren", "Park", "Rossi", "Kowalski", "Duarte", "Ahmed", "Larsen", "Quinn", "Varga", "Ferreira", "Osei", "Kaplan", "Marsh", "Ibarra", "Holm", "Becker"];
const JA_FAMILY = [["佐藤", "Sato"], ["鈴木", "Suzuki"], ["高橋", "Takahashi"], ["伊藤", "Ito"], ["渡辺", "Watanabe"], ["山本", "Yamamoto"], ["中村", "Nakamura"], ["小林", "Kobayashi"], ["加藤", "Kato"], ["吉田", "Yoshida"], ["山田", "Yamada"], ["松本", "Matsumoto"], ["井上", "Inoue"], ["木村", "Kimura"], ["清水", "Shimizu"]];
const JA_GIVEN = [["陽菜", "Hina"], ["蓮", "Ren"], ["結衣", "Yui"], ["湊", "Minato"], ["葵", "Aoi"], ["大翔", "Hiroto"], ["美咲", "Misaki"], ["翔太", "Shota"], ["さくら", "Sakura"], ["悠真", "Yuma"], ["花子", "Hanako"], ["健太", "Kenta"], ["真央", "Mao"], ["拓海", "Takumi"], ["凛", "Rin"]];
const DOMAINS_WEST = ["gmail.example", "northwind.example", "outlook.example", "icloud.example", "contoso.example", "fabrikam.example", "proton.example", "tailspin.example", "adatum.example", "litware.example", "wingtip.example"];
const DOMAINS_JA = ["yahoo.co.jp.example", "docomo.ne.jp.example", "gmail.example", "ezweb.ne.jp.example", "icloud.example", "nifty.example"];

function makePeople(rng, n, { jaShare = 0.3 } = {}) {
  const used = new Set(); const out = [];
  let guard = 0;
  while (out.length < n && guard++ < 10000) {
    const ja = rng.chance(jaShare);
    let p;
    if (ja) {
      const [fk, fr] = rng.pick(JA_FAMILY); const [gk, gr] = rng.pick(JA_GIVEN);
      p = { first: gr, last: fr, name: `${gr} ${fr}`, jaFirst: gk, jaLast: fk, jaName: `${fk} ${gk}`, ja: true };
    } else {
      const f = rng.pick(WEST_FIRST), l = rng.pick(WEST_LAST);
      p = { first: f, last: l, name: `${f} ${l}`, ja: false };
    }
    const dom = rng.pick(ja ? DOMAINS_JA : DOMAINS_WEST);
    const style = rng.int(0, 3);
    const local = [`${p.first}.${p.last}`, `${p.first[0]}${p.last}`, `${p.first}${rng.int(2, 98)}`, `${p.last}.${p.first[0]}`][style].toLowerCase();
    const email = `${local}@${dom}`;
    const phone = ja ? `+8190${rng.int(1000, 9999)}${rng.int(1000, 9999)}` : `+1${rng.pick(["415", "206", "312", "617", "503", "646"])}5550${rng.int(100, 199)}`;
    const handle = `${p.first.toLowerCase()}_${p.last.slice(0, 4).toLowerCase()}${rng.int(1, 99)}`;
    if (used.has(email) || used.has(phone) || used.has(handle)) continue; // distinct people never share a key by accident
    used.add(email); used.add(phone); used.add(handle);
    p.email = email; p.phone = phone; p.handle = handle;
    out.push(p);
  }
  return out;
}
// A second person with the same display name as p but a different address (names never link).
function namesake(rng, p) {
  const dom = rng.pick(p.ja ? DOMAINS_JA : DOMAINS_WEST);
  return { ...p, email: `${p.first.toLowerCase()}${rng.int(100, 999)}@${dom === p.email.split("@")[1] ? "proton.example" : dom}`, phone: p.ja ? `+8180${rng.int(1000, 9999)}${rng.int(1000, 9999)}` : `+1312555${rng.int(1000, 1099)}`, handle: `${p.first.toLowerCase()}${rng.int(100, 999)}` };
}
// How people really retype their address: case changes and stray spaces.
function emailVariant(email, k) {
  const [l, d] = email.split("@");
  switch (k % 5) {
    case 0: return email;
    case 1: return l.replace(/(^|[._])([a-z])/g, (m, a, b) => a + b.toUpperCase()) + "@" + d;
    case 2: return ` ${email}`;
    case 3: return email.toUpperCase();
    default: return `${l}@${d.toUpperCase()} `;
  }
}
function fmtPhone(e164, style) {
  if (e164.startsWith("+81")) {
    const n = e164.slice(3); // 90xxxxxxxx
    if (style === "intl") return `+81 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`;
    if (style === "local") return `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`;
    if (style === "digits") return `81${n}`;
    return e164;
  }
  const n = e164.slice(2);
  if (style === "intl") return `+1 ${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
  if (style === "local") return `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`;
  if (style === "digits") return `1${n}`;
  return e164;
}

const AGENTS = [
  { id: 1, name: "Aiko Tanaka", ja: "田中 愛子", email: "aiko.tanaka@hoshi.example", user: "aiko" },
  { id: 2, name: "Marcus Reed", ja: "マーカス・リード", email: "marcus.reed@hoshi.example", user: "marcus" },
  { id: 3, name: "Priya Nair", ja: "プリヤ・ナイア", email: "priya.nair@hoshi.example", user: "priya" },
  { id: 4, name: "Kenji Mori", ja: "森 健二", email: "kenji.mori@hoshi.example", user: "kenji" },
  { id: 5, name: "Sofia Lindqvist", ja: "ソフィア・リンドクヴィスト", email: "sofia.lindqvist@hoshi.example", user: "sofia" },
];

// --------------------------------------------------------------- dates ----
const T0 = Date.UTC(2024, 3, 1, 0, 0, 0); // 2024-04-01T00:00:00Z
const p2 = (n) => String(n).padStart(2, "0");
function P(ms, offMin = 0) {
  const d = new Date(ms + offMin * 60000);
  return { Y: d.getUTCFullYear(), M: d.getUTCMonth() + 1, D: d.getUTCDate(), h: d.getUTCHours(), m: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() };
}
const iso = (ms) => { const p = P(ms); return `${p.Y}-${p2(p.M)}-${p2(p.D)}T${p2(p.h)}:${p2(p.m)}:${p2(p.s)}Z`; };
const isoMs = (ms) => { const p = P(ms); return `${p.Y}-${p2(p.M)}-${p2(p.D)}T${p2(p.h)}:${p2(p.m)}:${p2(p.s)}.${String(p.ms).padStart(3, "0")}Z`; };
const isoOff = (ms, off) => { const p = P(ms, off); const sg = off >= 0 ? "+" : "-"; const a = Math.abs(off); return `${p.Y}-${p2(p.M)}-${p2(p.D)}T${p2(p.h)}:${p2(p.m)}:${p2(p.s)}${sg}${p2(Math.floor(a / 60))}:${p2(a % 60)}`; };
const ymdhms = (ms, off = 0) => { const p = P(ms, off); return `${p.Y}-${p2(p.M)}-${p2(p.D)} ${p2(p.h)}:${p2(p.m)}:${p2(p.s)}`; };
const ymdhm = (ms, off = 0) => { const p = P(ms, off); return `${p.Y}-${p2(p.M)}-${p2(p.D)} ${p2(p.h)}:${p2(p.m)}`; };
const ymd = (ms, off = 0) => { const p = P(ms, off); return `${p.Y}-${p2(p.M)}-${p2(p.D)}`; };
const ymdSlash = (ms, off = 0) => { const p = P(ms, off); return `${p.Y}/${p2(p.M)}/${p2(p.D)}`; };
const mdyUS = (ms, off = 0) => { const p = P(ms, off); return `${p.M}/${p.D}/${p.Y}`; };
const unix = (ms) => Math.floor(ms / 1000);
const randTime = (rng, days = 40) => T0 + rng.int(0, days * 86400 - 1) * 1000;
const HOUR = 3600000, DAY = 86400000;

// ----------------------------------------------------------- encodings ----
function csvCell(v, quoteAll) {
  if (v === null || v === undefined) v = "";
  v = String(v);
  if (quoteAll || /[",\r\n]/.test(v) || /^\s|\s$/.test(v)) return '"' + v.replace(/"/g, '""') + '"';
  return v;
}
function toCSV(rows, { eol = "\n", quoteAll = false, sep = "," } = {}) {
  return rows.map((r) => r.map((c) => csvCell(c, quoteAll)).join(sep)).join(eol) + eol;
}
let SJIS_TABLE = null;
function sjisTable() {
  if (SJIS_TABLE) return SJIS_TABLE;
  const dec = new TextDecoder("shift_jis");
  const map = new Map();
  const leads = []; for (let b = 0x81; b <= 0x9f; b++) leads.push(b); for (let b = 0xe0; b <= 0xfc; b++) leads.push(b);
  for (const l of leads) for (let t = 0x40; t <= 0xfc; t++) {
    if (t === 0x7f) continue;
    const s = dec.decode(new Uint8Array([l, t]));
    if (s.length === 1 && s !== "\ufffd" && !map.has(s)) map.set(s, [l, t]);
  }
  for (let b = 0xa1; b <= 0xdf; b++) { const s = dec.decode(new Uint8Array([b])); if (!map.has(s)) map.set(s, [b]); }
  SJIS_TABLE = map; return map;
}
function encodeShiftJis(str) {
  const map = sjisTable(); const out = [];
  for (const ch of str) {
    const c = ch.codePointAt(0);
    if (c < 0x80) { out.push(c); continue; }
    const b = map.get(ch);
    if (!b) throw new Error(`character not in Shift_JIS: ${ch} U+${c.toString(16)}`);
    out.push(...b);
  }
  const buf = Buffer.from(out);
  if (new TextDecoder("shift_jis").decode(buf) !== str) throw new Error("Shift_JIS round trip failed");
  return buf;
}
function encode(text, enc) {
  if (enc === "utf-8") return Buffer.from(text, "utf8");
  if (enc === "utf-8-bom") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  if (enc === "utf-16le-bom") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  if (enc === "shift_jis") return encodeShiftJis(text);
  throw new Error(enc);
}
const json = (o) => JSON.stringify(o, null, 2) + "\n";

// ------------------------------------------------------- answer rules ----
function normEmail(v) {
  if (v === null || v === undefined) return null;
  const s = String(v).trim().toLowerCase();
  return /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/.test(s) ? s : null;
}
function normPhone(v) {
  if (v === null || v === undefined) return null;
  const s = String(v).normalize("NFKC").trim();
  if (!s.startsWith("+")) return null;
  const d = s.replace(/\D/g, "");
  return d.length >= 8 ? "+" + d : null;
}
function normHandle(v) {
  if (v === null || v === undefined) return null;
  const s = String(v).trim().replace(/^@/, "").toLowerCase();
  return s || null;
}
function normId(v, nulls = []) {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  if (s === "" || nulls.includes(s)) return null;
  return s;
}
const isCompany = (email) => COMPANY_DOMAINS.some((d) => email.endsWith("@" + d) || email.endsWith("." + d));

// keysPerRecord: array of arrays of "t:value"; returns distinct customers.
function countCustomers(keysPerRecord, { kind } = {}) {
  const parent = new Map();
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  const add = (x) => { if (!parent.has(x)) parent.set(x, x); };
  const union = (a, b) => { const ra = find(a), rb = find(b); if (ra !== rb) parent.set(ra, rb); };
  for (const ks of keysPerRecord) { ks.forEach(add); for (let i = 1; i < ks.length; i++) union(ks[0], ks[i]); }
  const comps = new Map();
  for (const k of parent.keys()) { const r = find(k); if (!comps.has(r)) comps.set(r, []); comps.get(r).push(k); }
  let n = 0;
  for (const ks of comps.values()) {
    if (ks.some((k) => k.startsWith("e:") && isCompany(k.slice(2)))) continue; // staff
    if (kind === "mentions" && !ks.some((k) => k.startsWith("e:") || k.startsWith("i:"))) continue;
    n++;
  }
  return n;
}
function keysFromValues(role, values, opts = {}) {
  const out = [];
  for (const v of values) {
    if (role === "customer_email") { const e = normEmail(v); if (e) out.push("e:" + e); }
    else if (role === "customer_phone") { const p = normPhone(v); if (p) out.push("p:" + p); }
    else if (role === "customer_id") { const i = normId(v, opts.idNulls || []); if (i) out.push("i:" + i); }
    else if (role === "customer_handle") { const h = normHandle(v); if (h) out.push("h:" + h); }
  }
  return out;
}
function parseNps(v) {
  if (v === null || v === undefined) return "blank";
  const s = String(v).normalize("NFKC").trim();
  if (s === "") return "blank";
  const m = s.match(/^(\d{1,2})(?:\s*[-–:]\s*\S.*)?$/);
  if (!m) return "invalid";
  const n = Number(m[1]);
  return n <= 10 ? n : "invalid";
}
function tallyNps(values) {
  const r = { promoters: 0, passives: 0, detractors: 0 };
  for (const v of values) { const n = parseNps(v); if (typeof n !== "number") continue; if (n >= 9) r.promoters++; else if (n >= 7) r.passives++; else r.detractors++; }
  return r;
}
// scale: {type:"num5"} | {type:"labels", map:{label:value}, max:5} | {type:"goodbad", good:[...], bad:[...]}
function tallyCsat(values, scale) {
  let satisfied = 0, answered = 0;
  for (const raw of values) {
    if (raw === null || raw === undefined) continue;
    const s = String(raw).normalize("NFKC").trim();
    if (s === "") continue;
    if (scale.type === "num5") {
      if (!/^[1-5]$/.test(s)) continue;
      answered++; if (Number(s) >= 4) satisfied++;
    } else if (scale.type === "labels") {
      const v = scale.map[s.toLowerCase()];
      if (v === undefined) continue;
      answered++; if (v >= scale.max - 1) satisfied++;
    } else if (scale.type === "goodbad") {
      const l = s.toLowerCase();
      if (scale.good.includes(l)) { answered++; satisfied++; } else if (scale.bad.includes(l)) answered++;
    }
  }
  return { satisfied, answered };
}

// Flattened JSON key paths: "a.b", "a[].b", arrays of scalars are one field.
function getPath(obj, keyPath) {
  let cur = [obj];
  const parts = keyPath.split(".");
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i];
    const isArr = part.endsWith("[]");
    if (isArr) part = part.slice(0, -2);
    const next = [];
    for (const o of cur) {
      if (o === null || o === undefined || typeof o !== "object") continue;
      const v = o[part];
      if (v === undefined) continue;
      if (isArr) { if (Array.isArray(v)) next.push(...v); } else next.push(v);
    }
    cur = next;
  }
  return cur.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

// Evaluate a table (CSV/TSV). header: last header row; rows: data rows (arrays).
// labels: [{header, role, index?}] ; returns expected file entry pieces.
function evalTable({ header, rows, labels, kind, csatScale, groupBy, idNulls, extraKeys }) {
  const cols = labels.map((l) => {
    const index = l.index !== undefined ? l.index : header.indexOf(l.header);
    if (index < 0 || (l.header !== undefined && header[index] !== l.header)) throw new Error(`label ${l.header} not found`);
    return { index, header: header[index], role: l.role };
  });
  const keysPerRow = rows.map((r, i) => {
    const ks = [];
    for (const c of cols) ks.push(...keysFromValues(c.role, [r[c.index]], { idNulls }));
    if (extraKeys) ks.push(...extraKeys(r, i));
    return ks;
  });
  const npsCols = cols.filter((c) => c.role === "score_nps");
  const csatCols = cols.filter((c) => c.role === "score_csat");
  let records = rows.length;
  if (groupBy !== undefined) records = new Set(rows.map((r) => r[groupBy])).size;
  return {
    columns: cols.map((c) => ({ index: c.index, header: c.header, role: c.role })),
    records,
    nps: npsCols.length ? tallyNps(rows.map((r) => r[npsCols[0].index])) : null,
    csat: csatCols.length ? tallyCsat(rows.map((r) => r[csatCols[0].index]), csatScale) : null,
    customers: countCustomers(keysPerRow, { kind }),
  };
}
function evalJson({ records, labels, kind, csatScale, joinKeys }) {
  const keysPerRec = records.map((rec) => {
    const ks = [];
    for (const l of labels) ks.push(...keysFromValues(l.role, getPath(rec, l.key)));
    if (joinKeys) ks.push(...joinKeys(rec));
    return ks;
  });
  const npsL = labels.find((l) => l.role === "score_nps");
  const csatL = labels.find((l) => l.role === "score_csat");
  const firstOr = (rec, k) => { const v = getPath(rec, k); return v.length ? v[0] : null; };
  return {
    columns: labels.map((l) => ({ key: l.key, role: l.role })),
    records: records.length,
    nps: npsL ? tallyNps(records.map((r) => firstOr(r, npsL.key))) : null,
    csat: csatL ? tallyCsat(records.map((r) => firstOr(r, csatL.key)), csatScale) : null,
    customers: countCustomers(keysPerRec, { kind }),
  };
}

// -------------------------------------------------------------- output ----
const written = [];
function writeTool(t) {
  const dir = path.join(OUT, t.slug);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = {};
  for (const f of t.files) {
    fs.writeFileSync(path.join(dir, f.name), f.bytes);
    files[f.name] = { format: f.format, encoding: f.encoding, kind: f.kind, records: f.ev.records, columns: f.ev.columns, nps: f.ev.nps, csat: f.ev.csat, customers: f.ev.customers, notes: f.notes };
  }
  const expected = { tool: t.tool, export: t.export, docs: t.docs, split: t.split, company_domains: COMPANY_DOMAINS, files };
  fs.writeFileSync(path.join(dir, "expected.json"), json(expected));
  fs.writeFileSync(path.join(dir, "README.md"), readme(t, files));
  written.push({ slug: t.slug, tool: t.tool, split: t.split, export: t.export, files: Object.keys(files), kinds: [...new Set(Object.values(files).map((f) => f.kind))] });
}
function readme(t, files) {
  const L = [];
  L.push(`# ${t.tool} — ${t.export}`, "");
  L.push(`Split: **${t.split}**. Company: ${COMPANY} (\`${COMPANY_DOMAINS.join("`, `")}\`). Generated by \`scripts/vendors/make-operations-exports.mjs\`; every person, address, phone number, handle and id is invented.`, "");
  L.push("## Documentation used", "");
  for (const d of t.docs) L.push(`- ${d}`);
  L.push("", "## Files", "");
  for (const [name, f] of Object.entries(files)) {
    L.push(`- \`${name}\` — ${f.format.toUpperCase()}, ${f.encoding}, kind \`${f.kind}\`, ${f.records} records; customers ${f.customers}; NPS ${f.nps ? `${f.nps.promoters}/${f.nps.passives}/${f.nps.detractors} (P/Pa/D)` : "none"}; CSAT ${f.csat ? `${f.csat.satisfied} satisfied of ${f.csat.answered} answered` : "none"}.`);
  }
  L.push("", "## Layout and quirks", "");
  for (const q of t.layout) L.push(`- ${q}`);
  L.push("", "## Choices where the documentation is silent", "");
  for (const q of t.choices) L.push(`- ${q}`);
  L.push("", "## Labelled columns", "");
  for (const [name, f] of Object.entries(files)) {
    L.push(`\`${name}\`:`, "");
    for (const c of f.columns) L.push(`- ${c.key !== undefined ? `\`${c.key}\`` : `[${c.index}] \`${c.header}\``} → \`${c.role}\``);
    L.push("", `Notes: ${f.notes}`, "");
  }
  return L.join("\n") + "\n";
}

const TOOLS = [];
const tool = (fn) => TOOLS.push(fn);

// =============================================================== ZENDESK ===
const ZD_DOCS = [
  "https://support.zendesk.com/hc/en-us/articles/4408886165402 (Exporting data to a JSON, CSV, or XML file)",
  "https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/#incremental-ticket-export",
  "https://docs.prefect.io/api/latest/tasks/zendesk (incremental export with include_entities side-loading)",
];
const ZD_SUBJECTS = [
  "Refund for order #1043, charged twice", "Can't log in – \"invalid token\" after reset", "Where is my parcel?", "Change billing address",
  "Feature request: dark mode", "App crashes on Android 14", "Invoice copy needed for April", "Cancel my subscription",
  "Discount code SPRING10 not working", "Wrong size delivered", "Two-factor codes not arriving", "Export to CSV broken",
  "Question about API limits", "Package damaged, photos attached", "Upgrade to Team plan", "Password reset email never came",
];
const ZD_SUBJECTS_JA = [
  "注文#2031の返金について、二重請求されています", "ログインできません（「トークンが無効です」）", "荷物がまだ届きません", "請求先住所の変更",
  "ダークモードの要望", "Android 14でアプリが落ちる", "4月分の領収書をください", "サブスクリプションを解約したい",
  "クーポンコードが使えない", "サイズ違いの商品が届いた", "二段階認証のコードが届かない", "CSVエクスポートが動かない",
];
// Build a shared ticket population for the three Zendesk files.
function zendeskTickets(rng, { n = 40, ja = false } = {}) {
  const people = makePeople(rng, 24, { jaShare: ja ? 0.85 : 0.25 });
  let uid = ja ? 38200011000 : 36100011000;
  for (const p of people) { uid += rng.int(3, 900); p.zid = uid; p.ext = rng.chance(0.35) ? `HL-${rng.int(10000, 99999)}` : ""; p.endUser = true; }
  const twin = namesake(rng, people[3]); uid += 77; twin.zid = uid; twin.ext = ""; twin.endUser = true; // same name, another person
  const caller = { name: ja ? "発信者 +81 3-5555-0188" : "Caller +1 (503) 555-0147", email: "", phone: ja ? "+81355550188" : "+15035550147", zid: uid + 311, ext: "", endUser: true };
  const visitor = { name: `Visitor ${rng.int(10000, 99999)}`, email: "", phone: "", zid: uid + 517, ext: "", endUser: true };
  const staff = { ...AGENTS[3], zid: 35900000104, ext: "", endUser: false, name: ja ? AGENTS[3].ja : AGENTS[3].name };
  const pool = [...people, twin];
  const reqs = [...pool];
  while (reqs.length < n - 5) reqs.push(rng.pick(people.slice(0, 10))); // repeat requesters
  reqs.push(caller, caller, visitor, staff, staff);
  const order = rng.shuffle(reqs);
  const tickets = [];
  let id = ja ? 8120 : 15230;
  for (let i = 0; i < n; i++) {
    id += rng.int(1, 14);
    const r = order[i];
    const created = randTime(rng, 30);
    const status = rng.weighted([["solved", 5], ["closed", 3], ["open", 2], ["pending", 1], ["new", 1]]);
    const assignee = status === "new" ? null : rng.pick(AGENTS.slice(0, 3).concat([AGENTS[4]]));
    let sat;
    if (r === staff) sat = "unoffered";
    else if (status === "solved" || status === "closed") sat = rng.weighted([["good", 5], ["bad", 2], ["offered", 3]]);
    else sat = "unoffered";
    const via = r === caller ? "voice" : r === visitor ? "chat" : rng.weighted([["email", 5], ["web", 3], ["mobile", 1]]);
    tickets.push({ id, r, created, status, assignee, sat, via, subject: rng.pick(ja ? ZD_SUBJECTS_JA : ZD_SUBJECTS),
      tags: rng.shuffle(["billing", "refund", "vip", "android", "login", "shipping", "api", "feature_request"]).slice(0, rng.int(0, 3)),
      tier: rng.pick(["gold", "silver", "standard", "standard"]), order: rng.chance(0.4) ? `#${rng.int(1001, 1400)}` : "",
      priority: rng.pick(["low", "normal", "normal", "high", "urgent"]), type: rng.pick(["question", "incident", "problem", "task"]),
      group: rng.pick(ja ? ["サポート1次", "請求", "技術"] : ["Support Tier 1", "Billing", "Technical"]) });
  }
  return { tickets, people: pool, caller, visitor, staff };
}

tool(function zendeskCsv() {
  const rng = new Rng("zendesk-csv");
  const { tickets } = zendeskTickets(rng, { n: 40 });
  const header = ["Summation column", "Id", "Requester", "Requester id", "Requester external id", "Requester email", "Requester domain", "Submitter", "Assignee", "Group", "Subject", "Tags", "Status", "Priority", "Via", "Ticket type", "Created at", "Updated at", "Assigned at", "Organization", "Due date", "Initially assigned at", "Solved at", "Resolution time", "Satisfaction Score", "Group stations", "Assignee stations", "Reopens", "Replies", "First reply time in minutes", "First reply time in minutes within business hours", "First resolution time in minutes", "First resolution time in minutes within business hours", "Full resolution time in minutes", "Full resolution time in minutes within business hours", "Agent wait time in minutes", "Agent wait time in minutes within business hours", "Requester wait time in minutes", "Requester wait time in minutes within business hours", "On hold time in minutes", "On hold time in minutes within business hours", "Order number [txt]", "Customer tier [list]", "Contact reason [list]"];
  const satLabel = { good: "Good", bad: "Bad", offered: "Offered", unoffered: "Unoffered" };
  const viaLabel = { email: "Mail", web: "Web form", mobile: "Mobile", voice: "Voice", chat: "Chat" };
  const rows = tickets.map((t, i) => {
    const frt = rng.int(4, 900), solved = t.status === "solved" || t.status === "closed";
    const submitter = t.via === "voice" ? (t.assignee ? t.assignee.name : AGENTS[0].name) : t.r.name;
    return [i + 1, t.id, t.r.name, t.r.zid, t.r.ext, t.r.email, t.r.email ? t.r.email.split("@")[1] : "", submitter, t.assignee ? t.assignee.name : "", t.group, t.subject, t.tags.join(" "),
      t.status.charAt(0).toUpperCase() + t.status.slice(1), t.priority.charAt(0).toUpperCase() + t.priority.slice(1), viaLabel[t.via], t.type.charAt(0).toUpperCase() + t.type.slice(1),
      ymdhm(t.created), ymdhm(t.created + rng.int(1, 96) * HOUR), t.assignee ? ymdhm(t.created + 20 * 60000) : "", t.r.email && t.r.email.endsWith("northwind.example") ? "Northwind Traders" : "", "",
      t.assignee ? ymdhm(t.created + 20 * 60000) : "", solved ? ymdhm(t.created + rng.int(2, 72) * HOUR) : "", solved ? rng.int(0, 3) : "", satLabel[t.sat],
      rng.int(1, 2), t.assignee ? rng.int(1, 2) : 0, rng.chance(0.1) ? 1 : 0, rng.int(0, 5), frt, Math.floor(frt * 0.7), solved ? frt + 30 : "", solved ? frt + 10 : "", solved ? frt + 120 : "", solved ? frt + 60 : "",
      rng.int(0, 200), rng.int(0, 150), rng.int(0, 400), rng.int(0, 300), 0, 0, t.order, t.tier, rng.pick(["contact_reason_billing", "contact_reason_shipping", "contact_reason_technical", ""])];
  });
  const labels = [
    { header: "Id", role: "record_id" }, { header: "Requester", role: "customer_name" }, { header: "Requester id", role: "customer_id" },
    { header: "Requester external id", role: "customer_id" }, { header: "Requester email", role: "customer_email" }, { header: "Requester domain", role: "other" },
    { header: "Assignee", role: "agent" }, { header: "Created at", role: "created_at" }, { header: "Satisfaction Score", role: "score_csat" },
    { header: "Customer tier [list]", role: "other" }, { header: "Order number [txt]", role: "other" }, { header: "Replies", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "tickets", csatScale: { type: "goodbad", good: ["good"], bad: ["bad"] } });
  writeTool({ slug: "zendesk-csv", tool: "Zendesk", split: "dev", export: "Admin Center > Account > Tools > Reports > Export: CSV export (tickets)", docs: ZD_DOCS,
    files: [{ name: "export-2024-05-02-0712-tickets.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "tickets", ev,
      notes: "Satisfaction Score is Zendesk's good/bad rating: Good = satisfied, answered = Good + Bad; Offered/Unoffered are not answers. Requester id and Requester external id are both the requester's ids in Zendesk (customer_id). 'Caller +1 (503) 555-0147' is a phone-only end user (no e-mail) keyed by its requester id; 'Visitor NNNNN' is a chat visitor with its own requester id. Two tickets were raised by staff member Kenji Mori (kenji.mori@hoshi.example): not a customer. Two different requesters share the display name of another requester (names never link). Submitter is the requester except on voice tickets, where it is the agent who took the call; it is left unlabelled because it mixes both. Replies is a small integer count that must not be read as a score." }],
    layout: [
      "One header row (the column list of the Zendesk full CSV export, starting with 'Summation column'), then one row per ticket; LF line ends, UTF-8 without BOM.",
      "Requester, Requester id, Requester external id, Requester email and Requester domain come first; the assignee is a name only (no e-mail).",
      "Satisfaction Score holds Good / Bad / Offered / Unoffered.",
      "Tags are space-separated in one cell; subjects contain commas and double quotes (quoted cells).",
      "Custom fields follow the metric columns with the '[txt]' / '[list]' suffixes: Order number [txt], Customer tier [list], Contact reason [list].",
      "A phone-only end user named 'Caller +1 (503) 555-0147', a chat visitor 'Visitor NNNNN', internal tickets from a staff address, repeated requesters and a namesake are included.",
    ],
    choices: [
      "The column list follows a public script that rebuilds the Zendesk CSV export header (Summation column … On hold time in minutes within business hours, then custom fields); the exact date format is not documented, 'YYYY-MM-DD HH:MM' (account time zone) was chosen.",
      "File name: the export arrives as a download link by e-mail; 'export-<date>-<time>-tickets.csv' was chosen.",
    ] });
});

tool(function zendeskJson() {
  const rng = new Rng("zendesk-json");
  const { tickets, people, caller, visitor, staff } = zendeskTickets(rng, { n: 40 });
  const agentUid = (a) => 35900000100 + a.id;
  const users = [];
  const seen = new Set();
  const addUser = (u) => { if (!seen.has(u.id)) { seen.add(u.id); users.push(u); } };
  const tix = tickets.map((t) => {
    const submitter = t.via === "voice" && t.assignee ? agentUid(t.assignee) : t.r.zid;
    const sr = t.sat === "good" || t.sat === "bad"
      ? { id: 26000000000 + t.id, score: t.sat, comment: t.sat === "good" ? rng.pick(["Quick and friendly, thanks!", "Solved in minutes", ""]) : rng.pick(["Took three days to get an answer", "Still not fixed"]), reason: t.sat === "bad" ? rng.pick(["The issue took too long to resolve", "The issue was not resolved"]) : "No reason provided", reason_id: t.sat === "bad" ? rng.int(1, 3) : 0 }
      : { score: t.sat };
    const rec = {
      url: `https://hoshilabs.zendesk.com/api/v2/tickets/${t.id}.json`, id: t.id, external_id: null,
      via: { channel: t.via === "mobile" ? "mobile_sdk" : t.via === "email" ? "web" : t.via, source: { from: {}, to: {}, rel: null } },
      created_at: iso(t.created), updated_at: iso(t.created + rng.int(1, 96) * HOUR), generated_timestamp: unix(t.created + 97 * HOUR),
      type: t.type, subject: t.subject, raw_subject: t.subject, description: `${t.subject}\n\nSent from my phone`, priority: t.priority, status: t.status,
      recipient: rng.chance(0.6) ? "support@hoshi.example" : null,
      requester_id: t.r.zid, submitter_id: submitter, assignee_id: t.assignee ? agentUid(t.assignee) : null,
      organization_id: t.r.email && t.r.email.endsWith("northwind.example") ? 360009871234 : null, group_id: 360001112000 + rng.int(1, 3),
      collaborator_ids: [], follower_ids: [], email_cc_ids: [], forum_topic_id: null, problem_id: null, has_incidents: false, is_public: true, due_at: null,
      tags: t.tags, custom_fields: [{ id: 360021000001, value: t.order || null }, { id: 360021000002, value: t.tier }],
      satisfaction_rating: sr, sharing_agreement_ids: [], followup_ids: [], ticket_form_id: 360000123456, brand_id: 360000654321,
      allow_channelback: false, allow_attachments: true, from_messaging_channel: false,
    };
    if (t.via === "voice") rec.via.source.from = { formatted_phone: fmtPhone(caller.phone, "intl"), phone: caller.phone, name: caller.name };
    if (rng.chance(0.1)) delete rec.satisfaction_rating; // older tickets exported without the field
    addUser({ id: t.r.zid, url: `https://hoshilabs.zendesk.com/api/v2/users/${t.r.zid}.json`, name: t.r.name, email: t.r.email || null, created_at: iso(t.created - rng.int(1, 300) * DAY), updated_at: iso(t.created), time_zone: t.r.ja ? "Osaka" : "Pacific Time (US & Canada)", iana_time_zone: t.r.ja ? "Asia/Tokyo" : "America/Los_Angeles", phone: t.r === caller ? caller.phone : null, shared_phone_number: null, locale: t.r.ja ? "ja" : "en-US", locale_id: t.r.ja ? 67 : 1, organization_id: rec.organization_id, role: t.r === staff ? "agent" : "end-user", verified: !!t.r.email, external_id: t.r.ext || null, tags: [], alias: "", active: true, shared: false, shared_agent: false, last_login_at: null, two_factor_auth_enabled: null, signature: null, details: "", notes: "", role_type: t.r === staff ? 0 : null, custom_role_id: null, moderator: false, ticket_restriction: t.r === staff ? null : "requested", only_private_comments: false, restricted_agent: t.r === staff ? false : true, suspended: false, default_group_id: null, report_csv: false, user_fields: {} });
    if (t.assignee) addUser({ id: agentUid(t.assignee), url: `https://hoshilabs.zendesk.com/api/v2/users/${agentUid(t.assignee)}.json`, name: t.assignee.name, email: t.assignee.email, created_at: "2022-11-02T08:00:00Z", updated_at: "2024-03-30T09:12:00Z", time_zone: "Tokyo", iana_time_zone: "Asia/Tokyo", phone: null, shared_phone_number: null, locale: "en-US", locale_id: 1, organization_id: null, role: t.assignee.id === 1 ? "admin" : "agent", verified: true, external_id: null, tags: [], alias: "", active: true, shared: false, shared_agent: false, last_login_at: "2024-04-30T23:55:00Z", two_factor_auth_enabled: null, signature: `${t.assignee.name}\nHoshi Labs Support`, details: "", notes: "", role_type: null, custom_role_id: null, moderator: true, ticket_restriction: null, only_private_comments: false, restricted_agent: false, suspended: false, default_group_id: 360001112001, report_csv: true, user_fields: {} });
    return rec;
  });
  const doc = { tickets: tix, users, after_url: null, after_cursor: "MTcxNDUyNTIwMC4wfHwxNTY0OHw=", before_url: null, before_cursor: null, end_of_stream: true, count: tix.length };
  const userById = new Map(users.map((u) => [u.id, u]));
  const labels = [
    { key: "id", role: "record_id" }, { key: "requester_id", role: "customer_id" }, { key: "assignee_id", role: "agent" },
    { key: "created_at", role: "created_at" }, { key: "satisfaction_rating.score", role: "score_csat" },
    { key: "recipient", role: "other" }, { key: "organization_id", role: "other" }, { key: "custom_fields[].value", role: "other" },
    { key: "tags", role: "other" }, { key: "group_id", role: "other" }, { key: "via.source.from.phone", role: "customer_phone" },
  ];
  const ev = evalJson({ records: tix, labels, kind: "tickets", csatScale: { type: "goodbad", good: ["good"], bad: ["bad"] },
    joinKeys: (rec) => { const u = userById.get(rec.requester_id); const e = u && normEmail(u.email); return e ? ["e:" + e] : []; } });
  writeTool({ slug: "zendesk-json", tool: "Zendesk", split: "test", export: "Incremental ticket export (cursor) with include=users, saved as JSON", docs: ZD_DOCS,
    files: [{ name: "tickets.json", bytes: encode(json(doc), "utf-8"), format: "json", encoding: "utf-8", kind: "tickets", ev,
      notes: "Wrapper object {tickets:[...], users:[...], after_cursor, end_of_stream, count}; only tickets[] records are labelled. The requester's e-mail is only in the side-loaded users[] (join requester_id -> users[].id). satisfaction_rating.score is good/bad/offered/unoffered: good = satisfied, answered = good + bad; a few tickets have no satisfaction_rating at all. recipient is the company's own support address (support@hoshi.example), never a customer. submitter_id mixes requesters and agents (voice tickets) and is left unlabelled. Two tickets were raised by an agent (users[].role 'agent', e-mail on hoshi.example): not a customer. The caller and the chat visitor have no e-mail and count through their requester_id; voice tickets carry the caller's number in via.source.from.phone." }],
    layout: [
      "Single JSON document as returned by GET /api/v2/incremental/tickets/cursor.json?include=users: tickets[], side-loaded users[] (requesters and assignees), after_cursor, end_of_stream, count.",
      "Ticket records carry requester_id / submitter_id / assignee_id only; e-mail addresses live in users[].",
      "satisfaction_rating is {score:'offered'|'unoffered'} or {id, score:'good'|'bad', comment, reason, reason_id}; absent on some older tickets.",
      "custom_fields is an array of {id, value}; tags an array of strings; via.source.from holds the caller's number on voice tickets.",
      "users[] includes agents and an admin with hoshi.example addresses, a phone-only caller and a chat visitor with email null.",
    ],
    choices: [
      "The Admin Center 'Full JSON export' writes one ticket per line without side-loads; the brief asked for the side-loaded API layout, so the incremental-export response with include=users was imitated.",
      "Via channel values and user fields follow the public Ticket and User objects; the selection of fields is a plausible subset.",
    ] });
});

tool(function zendeskJa() {
  const rng = new Rng("zendesk-ja");
  const { tickets } = zendeskTickets(rng, { n: 36, ja: true });
  const header = ["集計列", "ID", "依頼者", "依頼者ID", "依頼者の外部ID", "依頼者のメールアドレス", "依頼者のドメイン", "送信者", "担当者", "グループ", "件名", "タグ", "ステータス", "優先度", "経路", "チケットタイプ", "作成日時", "更新日時", "割り当て日時", "組織", "期日", "初回割り当て日時", "解決日時", "解決時間", "満足度評価", "グループステーション", "担当者ステーション", "再オープン回数", "返信数", "初回返信時間（分）", "初回解決時間（分）", "完全解決時間（分）", "注文番号 [txt]", "会員ランク [list]"];
  const sat = { good: "良い", bad: "悪い", offered: "提供済み", unoffered: "未提供" };
  const st = { new: "新規", open: "オープン", pending: "保留中", solved: "解決済み", closed: "終了" };
  const pr = { low: "低", normal: "普通", high: "高", urgent: "緊急" };
  const ty = { question: "質問", incident: "事象", problem: "問題", task: "タスク" };
  const via = { email: "メール", web: "Webフォーム", mobile: "モバイル", voice: "音声", chat: "チャット" };
  const tierJa = { gold: "ゴールド", silver: "シルバー", standard: "一般" };
  const rows = tickets.map((t, i) => {
    const solved = t.status === "solved" || t.status === "closed"; const frt = rng.int(5, 600);
    const reqName = t.r.jaName || t.r.name;
    return [i + 1, t.id, reqName, t.r.zid, t.r.ext, t.r.email, t.r.email ? t.r.email.split("@")[1] : "", t.via === "voice" && t.assignee ? t.assignee.ja : reqName, t.assignee ? t.assignee.ja : "", t.group, t.subject,
      t.tags.join(" "), st[t.status], pr[t.priority], via[t.via], ty[t.type], ymdhm(t.created, 540), ymdhm(t.created + rng.int(1, 80) * HOUR, 540), t.assignee ? ymdhm(t.created + 15 * 60000, 540) : "", "", "",
      t.assignee ? ymdhm(t.created + 15 * 60000, 540) : "", solved ? ymdhm(t.created + rng.int(2, 60) * HOUR, 540) : "", solved ? rng.int(0, 3) : "", sat[t.sat], 1, t.assignee ? 1 : 0, 0, rng.int(0, 4), frt, solved ? frt + 40 : "", solved ? frt + 90 : "", t.order, tierJa[t.tier]];
  });
  const labels = [
    { header: "ID", role: "record_id" }, { header: "依頼者", role: "customer_name" }, { header: "依頼者ID", role: "customer_id" }, { header: "依頼者の外部ID", role: "customer_id" },
    { header: "依頼者のメールアドレス", role: "customer_email" }, { header: "依頼者のドメイン", role: "other" }, { header: "担当者", role: "agent" }, { header: "作成日時", role: "created_at" },
    { header: "満足度評価", role: "score_csat" }, { header: "会員ランク [list]", role: "other" }, { header: "返信数", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "tickets", csatScale: { type: "goodbad", good: ["良い"], bad: ["悪い"] } });
  writeTool({ slug: "zendesk-ja", tool: "Zendesk (Japanese-language account)", split: "test", export: "管理センター > アカウント > ツール > レポート > エクスポート: CSVエクスポート（チケット）", docs: ["https://support.zendesk.com/hc/ja/articles/4408886165402-Exporting-data-to-a-JSON-CSV-or-XML-file", ...ZD_DOCS.slice(1)],
    files: [{ name: "export-2024-05-02-1630-tickets.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "tickets", ev,
      notes: "満足度評価 is Zendesk's good/bad rating in Japanese: 良い = good (satisfied), 悪い = bad; 提供済み (offered) and 未提供 (unoffered) are not answers. 依頼者ID and 依頼者の外部ID are the requester's ids (customer_id). '発信者 +81 3-5555-0188' is a phone-only caller keyed by its requester id; 'Visitor NNNNN' a chat visitor. Tickets from staff member 森 健二 (kenji.mori@hoshi.example) are internal. 返信数 (reply count) is not a score. Requester names are written in Japanese order (family name first)." }],
    layout: [
      "Same column structure as the English CSV export (tickets, one header row) with Japanese column names, Japanese status/priority/channel values and Japanese custom-field labels.",
      "Dates are in the account time zone (Asia/Tokyo) as 'YYYY-MM-DD HH:MM'.",
      "Subjects contain Japanese text, full-width punctuation and commas (quoted cells).",
    ],
    choices: [
      "Zendesk does not publish the localized CSV header list; the Japanese column names were translated the way the Japanese Agent Workspace labels these fields (依頼者, 担当者, 満足度評価, …) and are a plausible rendering, not a verified copy.",
      "Encoding: Zendesk CSV exports are UTF-8; no BOM was written (Excel users in Japan commonly see this file garbled, which is realistic).",
      "The metric columns were shortened to the calendar-minute variants.",
    ] });
});

// ============================================================== INTERCOM ===
tool(function intercom() {
  const rng = new Rng("intercom");
  const people = makePeople(rng, 26, { jaShare: 0.3 });
  const cid = () => rng.hex(24);
  const admins = AGENTS.map((a) => ({ ...a, iid: String(5712300 + a.id * 11) }));
  for (const p of people) { p.cid = cid(); p.ext = rng.chance(0.5) ? `usr_${rng.int(100000, 999999)}` : null; p.role = "user"; }
  const leads = [0, 1, 2, 3].map((i) => ({ name: null, email: null, phone: i === 2 ? `+4420795${rng.int(10000, 99999)}` : null, cid: cid(), ext: null, role: "lead", first: null }));
  const staffUser = { name: AGENTS[4].name, email: AGENTS[4].email, cid: cid(), ext: "usr_000007", role: "user", phone: null };
  // contacts.json
  const contactRecs = [...people, ...leads, staffUser].map((p) => {
    const created = randTime(rng, 30) - rng.int(5, 400) * DAY;
    return {
      type: "contact", id: p.cid, workspace_id: "hs7k2x9q", external_id: p.ext, role: p.role, email: p.email || null, email_domain: p.email ? p.email.split("@")[1] : null,
      phone: p.phone && (p.role === "lead" || rng.chance(0.3)) ? p.phone : null, name: p.name, avatar: null, owner_id: rng.chance(0.4) ? Number(rng.pick(admins).iid) : null,
      social_profiles: { type: "list", data: [] }, has_hard_bounced: false, marked_email_as_spam: false, unsubscribed_from_emails: rng.chance(0.1),
      created_at: unix(created), updated_at: unix(created + 30 * DAY), signed_up_at: p.role === "user" ? unix(created) : null, last_seen_at: unix(created + rng.int(1, 60) * DAY),
      last_replied_at: null, last_contacted_at: null, last_email_opened_at: null, last_email_clicked_at: null, language_override: null,
      browser: rng.pick(["chrome", "safari", "firefox"]), browser_version: "124.0.0.0", browser_language: p.ja ? "ja" : "en", os: rng.pick(["OS X 14.4", "Windows 10", "iOS 17.4", "Android 14"]),
      location: { type: "location", country: p.ja ? "Japan" : "United States", region: p.ja ? "Tokyo" : "California", city: p.ja ? "Minato" : "San Francisco", country_code: p.ja ? "JPN" : "USA", continent_code: p.ja ? "AS" : "NA" },
      custom_attributes: { plan: rng.pick(["free", "pro", "team"]), account_tier: rng.pick(["smb", "mid-market"]) },
      tags: { type: "list", data: [], url: `/contacts/${p.cid}/tags`, total_count: 0, has_more: false },
      notes: { type: "list", data: [], url: `/contacts/${p.cid}/notes`, total_count: 0, has_more: false },
      companies: { type: "list", data: [], url: `/contacts/${p.cid}/companies`, total_count: 0, has_more: false },
      opted_out_subscription_types: { type: "list", data: [], url: `/contacts/${p.cid}/subscriptions`, total_count: 0, has_more: false },
      opted_in_subscription_types: { type: "list", data: [], url: `/contacts/${p.cid}/subscriptions`, total_count: 0, has_more: false },
      utm_campaign: rng.chance(0.3) ? rng.pick(["spring_launch", "jp_webinar_0412", "retarget_q2"]) : null, utm_content: null, utm_medium: rng.chance(0.3) ? "cpc" : null, utm_source: rng.chance(0.3) ? rng.pick(["google", "newsletter"]) : null, utm_term: null,
      referrer: rng.chance(0.3) ? "https://www.google.com/" : null, sms_consent: false, unsubscribed_from_sms: false,
    };
  });
  const contactsDoc = { type: "list", data: contactRecs, total_count: contactRecs.length, pages: { type: "pages", next: null, page: 1, per_page: 50, total_pages: 1 } };
  const cLabels = [
    { key: "id", role: "customer_id" }, { key: "external_id", role: "customer_id" }, { key: "email", role: "customer_email" }, { key: "phone", role: "customer_phone" },
    { key: "name", role: "customer_name" }, { key: "owner_id", role: "agent" }, { key: "created_at", role: "created_at" }, { key: "email_domain", role: "other" },
    { key: "utm_campaign", role: "other" }, { key: "custom_attributes.account_tier", role: "other" },
  ];
  const evC = evalJson({ records: contactRecs, labels: cLabels, kind: "contacts" });
  // conversations.json
  const convAuthors = [...people, ...people.slice(0, 9), leads[0], leads[1], leads[2], leads[2], staffUser];
  const order = rng.shuffle(convAuthors).slice(0, 40);
  let convId = 2400000100;
  const convs = order.map((p) => {
    convId += rng.int(3, 400);
    const created = randTime(rng, 30);
    const state = rng.weighted([["closed", 6], ["open", 2], ["snoozed", 1]]);
    const adm = state === "open" && rng.chance(0.3) ? null : rng.pick(admins.slice(0, 4));
    let rating = null;
    if (state === "closed" && p !== staffUser && rng.chance(0.7)) {
      rating = { rating: rng.weighted([[5, 5], [4, 3], [3, 1], [2, 1], [1, 1]]), remark: rng.pick([null, "Thanks!", "Too slow", "Great help from the team"]), created_at: unix(created + 3 * HOUR), contact: { type: "contact", id: p.cid, external_id: p.ext }, teammate: { type: "admin", id: adm ? adm.iid : admins[0].iid } };
    }
    const rec = {
      type: "conversation", id: String(convId), title: null, created_at: unix(created), updated_at: unix(created + rng.int(1, 48) * HOUR), waiting_since: state === "open" ? unix(created + HOUR) : null, snoozed_until: state === "snoozed" ? unix(created + 3 * DAY) : null,
      open: state !== "closed", state, read: true, priority: rng.chance(0.15) ? "priority" : "not_priority", admin_assignee_id: adm ? Number(adm.iid) : null, team_assignee_id: rng.chance(0.5) ? "8123401" : null,
      tags: { type: "tag.list", tags: rng.chance(0.4) ? [{ type: "tag", id: "9120001", name: rng.pick(["billing", "bug", "vip"]), applied_at: unix(created + HOUR), applied_by: { type: "admin", id: adm ? adm.iid : admins[0].iid } }] : [] },
      conversation_rating: rating,
      source: { type: rng.pick(["conversation", "conversation", "email"]), id: String(rng.int(100000000, 999999999)), delivered_as: "customer_initiated", subject: "", body: `<p>${rng.pick(["Hi, I can't find my invoice", "How do I add a teammate?", "The app keeps logging me out", "Is there a student discount?", "請求書が見つかりません", "チームメンバーを追加するには？"])}</p>`, author: { type: p.role, id: p.cid, name: p.name, email: p.email || "" }, attachments: [], url: null, redacted: false },
      contacts: { type: "contact.list", contacts: [{ type: "contact", id: p.cid, external_id: p.ext }] },
      teammates: { type: "admin.list", admins: adm ? [{ type: "admin", id: adm.iid }] : [] },
      custom_attributes: { "Issue type": rng.pick(["Billing", "Bug report", "How-to"]), "Plan tier": rng.pick(["free", "pro", "team"]) },
      first_contact_reply: { created_at: unix(created), type: "conversation", url: null },
      sla_applied: null,
      statistics: { type: "conversation_statistics", time_to_assignment: 0, time_to_admin_reply: rng.int(60, 4000), time_to_first_close: state === "closed" ? rng.int(600, 90000) : null, count_reopens: 0, count_assignments: 1, count_conversation_parts: rng.int(2, 9) },
      linked_objects: { type: "list", data: [], total_count: 0, has_more: false }, ai_agent_participated: rng.chance(0.2),
    };
    if (!p.email) delete rec.source.author.email; // leads without e-mail: key absent
    return rec;
  });
  const convDoc = { type: "conversation.list", pages: { type: "pages", page: 1, per_page: 50, total_pages: 1 }, total_count: convs.length, conversations: convs };
  const vLabels = [
    { key: "id", role: "record_id" }, { key: "created_at", role: "created_at" }, { key: "source.author.email", role: "customer_email" }, { key: "source.author.id", role: "customer_id" },
    { key: "source.author.name", role: "customer_name" }, { key: "contacts.contacts[].id", role: "customer_id" }, { key: "contacts.contacts[].external_id", role: "customer_id" },
    { key: "admin_assignee_id", role: "agent" }, { key: "teammates.admins[].id", role: "agent" }, { key: "conversation_rating.rating", role: "score_csat" },
    { key: "conversation_rating.teammate.id", role: "agent" }, { key: "conversation_rating.contact.id", role: "customer_id" }, { key: "team_assignee_id", role: "other" },
    { key: "tags.tags[].name", role: "other" }, { key: "custom_attributes.Plan tier", role: "other" }, { key: "statistics.count_conversation_parts", role: "other" },
  ];
  const evV = evalJson({ records: convs, labels: vLabels, kind: "conversations", csatScale: { type: "num5" } });
  writeTool({ slug: "intercom", tool: "Intercom", split: "dev", export: "REST API: List all conversations (conversation.list) and List all contacts (list), saved as JSON", docs: [
    "https://developers.intercom.com/docs/references/2.6/rest-api/conversations/list-conversations/",
    "https://developers.intercom.com/docs/references/2.1/rest-api/conversations/conversation-model",
    "https://app.unpkg.com/intercom-client@7.0.3/files/dist/cjs/api/types/ConversationRating.d.ts (ConversationRating: rating 1–5, remark, contact, teammate)",
    "https://app.unpkg.com/intercom-client@6.4.0/files/api/resources/conversations/types/Conversation.d.ts",
    "https://app.unpkg.com/intercom-client@7.0.3/files/dist/esm/api/types/ConversationContacts.d.mts",
  ], files: [
    { name: "conversations.json", bytes: encode(json(convDoc), "utf-8"), format: "json", encoding: "utf-8", kind: "conversations", ev: evV,
      notes: "conversation_rating.rating is the 1–5 conversation rating (4–5 satisfied); conversation_rating is null when no rating was given. source.author is the contact who started the conversation (all are customer-initiated); leads without an e-mail have no source.author.email key and count through their contact id. One conversation was started by a Hoshi Labs employee testing the Messenger as a user (sofia.lindqvist@hoshi.example): not a customer. admin_assignee_id, teammates.admins[].id and conversation_rating.teammate.id are Intercom admin ids (agents). team_assignee_id is a team inbox id, not a person. Unix-second timestamps." },
    { name: "contacts.json", bytes: encode(json(contactsDoc), "utf-8"), format: "json", encoding: "utf-8", kind: "contacts", ev: evC,
      notes: "Contacts list: users and leads. id and external_id are customer ids; leads often have neither e-mail nor name, one lead has only a phone number. owner_id is the admin who owns the contact (agent). utm_campaign, email_domain and custom_attributes.account_tier are look-alikes. One contact is a Hoshi Labs employee (hoshi.example): not a customer." },
  ], layout: [
    "conversations.json: {type:'conversation.list', pages, total_count, conversations:[...]}; each conversation has source.author {type,id,name,email}, contacts.contacts[] {type,id,external_id}, teammates.admins[], admin_assignee_id, conversation_rating {rating,remark,created_at,contact,teammate} or null, tags.tags[], custom_attributes with spaces in keys, statistics.",
    "contacts.json: {type:'list', data:[contact...], total_count, pages}; contact objects with role user|lead, email, phone, owner_id, utm_* fields, location, custom_attributes and the empty list wrappers Intercom returns.",
    "Timestamps are Unix seconds; ids are strings (conversation ids numeric strings, contact ids 24-hex).",
  ], choices: [
    "Intercom has no single 'export conversations to JSON' button; the layout is the REST API list response, which is how teams pull this data.",
    "Which conversation fields appear follows the published Conversation model; values such as custom attribute names are invented.",
  ] });
});

// ============================================================= FRESHDESK ===
tool(function freshdesk() {
  const rng = new Rng("freshdesk");
  const people = makePeople(rng, 27, { jaShare: 0.2 });
  const twitterOnly = [0, 1].map(() => ({ name: rng.pick(["Kai", "Noor", "Remy"]) + " " + rng.pick(["B.", "T."]), email: "", phone: null, handle: `hoshi_user_${rng.int(100, 999)}`, twitterOnly: true }));
  const staff = { name: AGENTS[2].name, email: AGENTS[2].email, phone: null };
  const reqs = [...people];
  while (reqs.length < 34) reqs.push(rng.pick(people.slice(0, 8)));
  reqs.push(...twitterOnly, twitterOnly[0], staff);
  const order = rng.shuffle(reqs);
  const header = ["Ticket ID", "Subject", "Status", "Priority", "Source", "Type", "Agent", "Group", "Created time", "Due by Time", "Resolved time", "Closed time", "Last update time", "Initial response time", "Time tracked", "First response time (in hrs)", "Resolution time (in hrs)", "Agent interactions", "Customer interactions", "Resolution status", "First response status", "Tags", "Survey results", "Product", "Order ID", "Customer tier", "Full name", "Title", "Email", "Work phone", "Mobile phone", "Twitter ID", "Company Name"];
  const scale = ["Extremely Unhappy", "Unhappy", "Neutral", "Happy", "Extremely Happy"];
  let id = 4410;
  const seenCase = new Map();
  const rows = order.map((r) => {
    id += rng.int(1, 6);
    const created = randTime(rng, 30);
    const status = rng.weighted([["Closed", 5], ["Resolved", 3], ["Open", 2], ["Pending", 1], ["Waiting on Customer", 1]]);
    const done = status === "Closed" || status === "Resolved";
    const source = r.twitterOnly ? "Twitter" : rng.pick(["Email", "Email", "Portal", "Chat", "Phone"]);
    let survey = "";
    if (done && r !== staff && rng.chance(0.65)) survey = rng.weighted([[scale[4], 5], [scale[3], 4], [scale[2], 2], [scale[1], 1], [scale[0], 1]]);
    if (done && r !== staff && survey === "" && rng.chance(0.15)) survey = "Not rated";
    const k = seenCase.get(r.email) || 0; seenCase.set(r.email, k + 1);
    const email = r.email ? (k === 0 ? r.email : emailVariant(r.email, k + 1)) : "";
    const agent = status === "Open" && rng.chance(0.3) ? "" : rng.pick(AGENTS.slice(0, 4)).name;
    return [id, rng.pick(["Refund not received", "Cannot update card, error 402", "Order arrived late", "How to export reports?", "Account locked", "Promo code, again", "発送状況の確認"]), status, rng.pick(["Low", "Medium", "High", "Urgent"]), source, rng.pick(["Question", "Incident", "Problem", "Feature Request"]),
      agent, rng.pick(["Customer Support", "Billing", "Escalations"]), ymdhms(created), ymdhms(created + 2 * DAY), done ? ymdhms(created + rng.int(2, 40) * HOUR) : "", status === "Closed" ? ymdhms(created + 48 * HOUR) : "", ymdhms(created + 50 * HOUR),
      ymdhms(created + rng.int(10, 300) * 60000), `${rng.int(0, 1)}:${p2(rng.int(0, 59))}`, (rng.int(1, 90) / 10).toFixed(2), done ? (rng.int(10, 800) / 10).toFixed(2) : "", rng.int(1, 6), rng.int(1, 9),
      done ? rng.pick(["Within SLA", "SLA Violated"]) : "", rng.pick(["Within SLA", "SLA Violated"]), rng.shuffle(["refund", "vip", "bug", "shipping", "jp"]).slice(0, rng.int(0, 2)).join(","), survey,
      rng.pick(["Hoshi App", "Hoshi Store"]), rng.chance(0.4) ? `HL-${rng.int(20000, 29999)}` : "", rng.pick(["Gold", "Silver", "Standard"]),
      r.name, rng.chance(0.2) ? "Purchasing Manager" : "", email, r.phone && rng.chance(0.3) ? fmtPhone(r.phone, "local") : "", r.phone && rng.chance(0.4) ? fmtPhone(r.phone, "intl") : "",
      r.handle && (r.twitterOnly || rng.chance(0.15)) ? `@${r.handle}` : "", r.email && r.email.endsWith("contoso.example") ? "Contoso Ltd." : ""];
  });
  const labels = [
    { header: "Ticket ID", role: "record_id" }, { header: "Agent", role: "agent" }, { header: "Created time", role: "created_at" }, { header: "Survey results", role: "score_csat" },
    { header: "Full name", role: "customer_name" }, { header: "Email", role: "customer_email" }, { header: "Work phone", role: "customer_phone" }, { header: "Mobile phone", role: "customer_phone" },
    { header: "Twitter ID", role: "customer_handle" }, { header: "Customer interactions", role: "other" }, { header: "Agent interactions", role: "other" }, { header: "Customer tier", role: "other" },
    { header: "Order ID", role: "other" }, { header: "Company Name", role: "other" },
  ];
  const map = { "extremely happy": 5, happy: 4, neutral: 3, unhappy: 2, "extremely unhappy": 1 };
  const ev = evalTable({ header, rows, labels, kind: "tickets", csatScale: { type: "labels", map, max: 5 } });
  writeTool({ slug: "freshdesk", tool: "Freshdesk", split: "test", export: "Tickets > Export (CSV) with ticket fields and contact fields selected", docs: [
    "https://schemas.apis.io/schemas/freshdesk/freshdesk-ticket/ (Freshdesk Ticket fields: requester_id, responder_id, source codes, status codes)",
    "https://cstar.help/support/import-export/migrating-from-freshdesk",
  ], files: [{ name: "Tickets_2024-05-02.csv", bytes: encode(toCSV([header, ...rows], { eol: "\r\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "tickets", ev,
    notes: "Survey results holds the answer to a 5-point satisfaction survey labelled Extremely Happy (5), Happy (4), Neutral (3), Unhappy (2), Extremely Unhappy (1); 'Not rated' is not an answer. Email repeats for returning requesters with case/space variations (same customer). Work phone is written without a country code (not a key); Mobile phone is international (+…) and is a key. Twitter ID is the requester's X handle (tickets from the Twitter channel have no e-mail). Agent is the assigned agent's name. Agent interactions / Customer interactions are small counts, not scores. One ticket was raised by staff (priya.nair@hoshi.example)." }],
    layout: [
      "One header row: the ticket fields chosen in the export dialog (Ticket ID … Survey results, Product, custom fields Order ID and Customer tier) followed by the contact fields (Full name, Title, Email, Work phone, Mobile phone, Twitter ID, Company Name).",
      "CRLF line ends, UTF-8 without BOM; dates as 'YYYY-MM-DD HH:MM:SS' in the helpdesk time zone; Time tracked as 'H:MM'.",
      "Tags comma-separated inside one quoted cell.",
    ], choices: [
      "Freshdesk's export dialog lets admins tick fields; the column titles follow the labels shown in that dialog as far as public material shows them. The exact wording of the survey scale depends on the survey configured; a 5-point 'happiness' scale was chosen.",
      "File name 'Tickets_<date>.csv' chosen (the export is e-mailed as a link).",
    ] });
});

// ============================================================ HELP SCOUT ===
tool(function helpScout() {
  const rng = new Rng("help-scout");
  const people = makePeople(rng, 25, { jaShare: 0.2 });
  let cust = 503100000;
  for (const p of people) { cust += rng.int(10, 9000); p.hsid = cust; }
  const dup = { ...people[5], hsid: cust + 4411, email: emailVariant(people[5].email, 3) }; // duplicate customer profile, same address in capitals
  const hsUsers = AGENTS.map((a) => ({ id: 610000 + a.id, first: a.name.split(" ")[0], last: a.name.split(" ")[1], email: a.email }));
  const reqs = [...people, dup];
  while (reqs.length < 38) reqs.push(rng.pick(people.slice(0, 9)));
  const order = rng.shuffle(reqs);
  let id = 2211500000, num = 48210;
  const convs = order.map((p) => {
    id += rng.int(100, 5000); num += rng.int(1, 4);
    const created = randTime(rng, 30);
    const status = rng.weighted([["closed", 6], ["active", 2], ["pending", 1]]);
    const assignee = status === "active" && rng.chance(0.3) ? null : rng.pick(hsUsers.slice(0, 4));
    const pc = { id: p.hsid, type: "customer", first: p.first, last: p.last, photoUrl: null, email: p.email };
    return {
      id, number: num, threads: rng.int(2, 7), type: "email", folderId: 7012345, status, state: "published",
      subject: rng.pick(["Billing question", "Re: Your April invoice", "Can't sync calendar", "Feature request – export to PDF", "Shipping to Okinawa?", "Password reset loop"]),
      preview: rng.pick(["Hi team, I was charged twice this month…", "Hello, the sync has been failing since Tuesday", "こんにちは、請求書について質問です"]),
      mailboxId: 281000, assignee: assignee ? { id: assignee.id, type: "user", first: assignee.first, last: assignee.last, email: assignee.email } : null,
      createdBy: { ...pc }, createdAt: iso(created), closedBy: status === "closed" ? (assignee ? assignee.id : hsUsers[0].id) : 0,
      closedByUser: status === "closed" ? { id: (assignee || hsUsers[0]).id, type: "user", first: (assignee || hsUsers[0]).first, last: (assignee || hsUsers[0]).last, email: (assignee || hsUsers[0]).email } : null,
      closedAt: status === "closed" ? iso(created + rng.int(2, 60) * HOUR) : null, userUpdatedAt: iso(created + rng.int(1, 60) * HOUR),
      customerWaitingSince: { time: iso(created), friendly: "Apr " + P(created).D, lastRepliedBy: "Customer" },
      source: { type: "email", via: "customer" }, tags: rng.chance(0.5) ? [{ id: 9001 + rng.int(0, 3), color: "#929499", tag: rng.pick(["billing", "bug", "vip", "japan"]) }] : [],
      cc: [], bcc: [], primaryCustomer: pc,
      customFields: [{ id: 8841, name: "Plan", value: "3", text: rng.pick(["Free", "Pro", "Business"]) }, { id: 8842, name: "Referral code", value: rng.chance(0.3) ? `REF${rng.int(1000, 9999)}` : "", text: "" }],
      _links: { self: { href: `https://api.helpscout.net/v2/conversations/${id}` }, mailbox: { href: "https://api.helpscout.net/v2/mailboxes/281000" }, primaryCustomer: { href: `https://api.helpscout.net/v2/customers/${p.hsid}` } },
    };
  });
  const doc = { _embedded: { conversations: convs }, _links: { self: { href: "https://api.helpscout.net/v2/conversations?status=all&page=1" }, first: { href: "https://api.helpscout.net/v2/conversations?status=all&page=1" }, last: { href: "https://api.helpscout.net/v2/conversations?status=all&page=1" }, page: { href: "https://api.helpscout.net/v2/conversations?status=all{&page}", templated: true } }, page: { size: 50, totalElements: convs.length, totalPages: 1, number: 1 } };
  const labels = [
    { key: "id", role: "record_id" }, { key: "number", role: "other" }, { key: "createdAt", role: "created_at" }, { key: "primaryCustomer.id", role: "customer_id" },
    { key: "primaryCustomer.email", role: "customer_email" }, { key: "createdBy.id", role: "customer_id" }, { key: "createdBy.email", role: "customer_email" },
    { key: "assignee.id", role: "agent" }, { key: "assignee.email", role: "agent" }, { key: "closedByUser.email", role: "agent" }, { key: "closedBy", role: "agent" },
    { key: "mailboxId", role: "other" }, { key: "tags[].tag", role: "other" }, { key: "customFields[].text", role: "other" }, { key: "threads", role: "other" },
  ];
  const ev = evalJson({ records: convs, labels, kind: "tickets" });
  writeTool({ slug: "help-scout", tool: "Help Scout", split: "dev", export: "Mailbox API 2.0: List conversations (HAL JSON page), saved as conversations.json", docs: [
    "https://developer.helpscout.com/mailbox-api/endpoints/conversations/get-v3/",
    "https://developer.helpscout.com/webhooks/objects/conversation",
    "https://www.cstar.help/support/import-export/migrating-from-help-scout (primaryCustomer.email, assignee, tags; CSV export lacks threads)",
    "https://fivetran.com/docs/connectors/applications/helpscout/connector-schema.md",
  ], files: [{ name: "conversations.json", bytes: encode(json(doc), "utf-8"), format: "json", encoding: "utf-8", kind: "tickets", ev,
    notes: "Main collection is _embedded.conversations (key paths are relative to one conversation). Help Scout calls its tickets 'conversations'; this is an e-mail help desk (mailbox, assignee, status active/pending/closed), hence kind tickets. primaryCustomer and createdBy are the same customer on every record (all conversations are customer-initiated). One person has two Help Scout customer profiles (two ids) with the same address in different case: one customer. assignee, closedByUser and closedBy are Hoshi Labs users (agents); closedBy is 0 when not closed. number is the human-facing conversation number, threads a thread count. No satisfaction data in this endpoint." }],
    layout: [
      "HAL+JSON page: {_embedded:{conversations:[...]}, _links, page:{size,totalElements,totalPages,number}}.",
      "Each conversation: id, number, threads (count), type, folderId, status, state, subject, preview, mailboxId, assignee {id,type:'user',first,last,email} or null, createdBy, createdAt (ISO-8601 Z), closedBy, closedByUser, closedAt, userUpdatedAt, customerWaitingSince, source, tags[], cc, bcc, primaryCustomer, customFields[] {id,name,value,text}, _links.",
    ], choices: [
      "Help Scout's Reports CSV export does not document its columns publicly; the Mailbox API list response (documented) was used instead.",
      "Happiness ratings (Great/Okay/Not Good) are a separate Reports endpoint and are not included.",
    ] });
});

// =============================================================== GORGIAS ===
tool(function gorgias() {
  const rng = new Rng("gorgias");
  const people = makePeople(rng, 26, { jaShare: 0.15 });
  let cid = 91200000;
  for (const p of people) { cid += rng.int(5, 3000); p.gid = cid; }
  const smsOnly = { name: fmtPhone("+16465550131", "intl"), first: "", last: "", email: null, phone: "+16465550131", gid: cid + 777 };
  const igOnly = { name: "@mochi.and.tea", first: "", last: "", email: null, gid: cid + 901 };
  const gUsers = AGENTS.map((a) => ({ id: 40100 + a.id, email: a.email, name: a.name, firstname: a.name.split(" ")[0], lastname: a.name.split(" ")[1], meta: null, bio: null }));
  const reqs = [...people];
  while (reqs.length < 36) reqs.push(rng.pick(people.slice(0, 8)));
  reqs.push(smsOnly, smsOnly, igOnly, igOnly);
  const order = rng.shuffle(reqs);
  let tid = 33100200;
  const surveys = [];
  let sid = 7700100;
  const tickets = order.map((p) => {
    tid += rng.int(3, 700);
    const created = randTime(rng, 30);
    const status = rng.weighted([["closed", 3], ["open", 1]]);
    const channel = p === smsOnly ? "sms" : p === igOnly ? "instagram-comment" : rng.pick(["email", "email", "chat", "contact_form", "facebook-messenger"]);
    const assignee = status === "open" && rng.chance(0.4) ? null : rng.pick(gUsers.slice(0, 4));
    if (status === "closed" && channel !== "instagram-comment" && rng.chance(0.8)) {
      sid += rng.int(1, 40);
      const scored = rng.chance(0.7);
      const score = scored ? rng.weighted([[5, 6], [4, 3], [3, 1], [2, 1], [1, 1]]) : null;
      surveys.push({ id: sid, ticket_id: tid, customer_id: p.gid, score, body_text: scored ? rng.pick([null, "Super fast!", "Item still missing", "ありがとうございました"]) : null, created_datetime: isoMs(created + 20 * HOUR).replace("Z", "+00:00"), sent_datetime: isoMs(created + 25 * HOUR).replace("Z", "+00:00"), scored_datetime: scored ? isoMs(created + rng.int(26, 90) * HOUR).replace("Z", "+00:00") : null, should_send_datetime: isoMs(created + 25 * HOUR).replace("Z", "+00:00"), meta: null, uri: `/api/satisfaction-surveys/${sid}` });
    }
    return {
      id: tid, uri: `/api/tickets/${tid}/`, external_id: null, language: p.ja ? "ja" : "en", status, priority: rng.pick(["normal", "normal", "high"]), channel, via: channel === "contact_form" ? "contact_form" : channel.startsWith("facebook") ? "facebook" : channel.startsWith("instagram") ? "instagram" : channel,
      from_agent: false, customer: { id: p.gid, email: p.email || null, name: p.name, firstname: p.first || "", lastname: p.last || "", meta: null },
      assignee_user: assignee, assignee_team: rng.chance(0.5) ? { id: 2201, name: "Tier 1", decoration: null } : null,
      subject: rng.pick(["Where is my order #1187?", "Return label request", "Wrong color received", "Subscription skip", "Chat with Hoshi Labs", null]),
      excerpt: rng.pick(["Hi! I ordered last week and…", "Can I swap the blue one for green?", "届いた商品の色が違います"]),
      integrations: [], meta: null, tags: rng.chance(0.5) ? [{ id: 880 + rng.int(0, 4), name: rng.pick(["ORDER-STATUS", "RETURN", "urgent", "auto-close"]), uri: "/api/tags/880/", decoration: null }] : [],
      messages_count: rng.int(1, 8), is_unread: false, spam: false,
      created_datetime: isoMs(created).replace("Z", "+00:00"), opened_datetime: isoMs(created + 600000).replace("Z", "+00:00"), last_received_message_datetime: isoMs(created).replace("Z", "+00:00"),
      last_message_datetime: isoMs(created + 2 * HOUR).replace("Z", "+00:00"), updated_datetime: isoMs(created + 3 * HOUR).replace("Z", "+00:00"), closed_datetime: status === "closed" ? isoMs(created + rng.int(3, 40) * HOUR).replace("Z", "+00:00") : null,
      snooze_datetime: null, trashed_datetime: null,
    };
  });
  const tDoc = { data: tickets, meta: { prev_cursor: null, next_cursor: null }, object: "list", uri: "/api/tickets?limit=100&order_by=created_datetime%3Adesc" };
  const sDoc = { data: surveys, meta: { prev_cursor: null, next_cursor: null }, object: "list", uri: "/api/satisfaction-surveys?limit=100" };
  const tLabels = [
    { key: "id", role: "record_id" }, { key: "customer.id", role: "customer_id" }, { key: "customer.email", role: "customer_email" }, { key: "customer.name", role: "customer_name" },
    { key: "assignee_user.id", role: "agent" }, { key: "assignee_user.email", role: "agent" }, { key: "created_datetime", role: "created_at" },
    { key: "assignee_team.name", role: "other" }, { key: "tags[].name", role: "other" }, { key: "messages_count", role: "other" },
  ];
  const sLabels = [
    { key: "id", role: "record_id" }, { key: "customer_id", role: "customer_id" }, { key: "score", role: "score_csat" }, { key: "scored_datetime", role: "submitted_at" }, { key: "ticket_id", role: "other" },
  ];
  const evT = evalJson({ records: tickets, labels: tLabels, kind: "tickets" });
  const evS = evalJson({ records: surveys, labels: sLabels, kind: "survey_responses", csatScale: { type: "num5" } });
  writeTool({ slug: "gorgias", tool: "Gorgias", split: "test", export: "REST API: List tickets and List satisfaction surveys (cursor pages), saved as JSON", docs: [
    "https://developers.gorgias.com/reference/list-tickets", "https://developers.gorgias.com/reference#satisfaction-surveys",
    "https://docs.gorgias.com/en-US/measure-ticket-quality-satisfaction-6422690 (satisfaction score = share of 4–5 out of 5 among rated surveys)",
    "https://support.daasity.com/knowledge/gorgias-integration-info",
  ], files: [
    { name: "tickets.json", bytes: encode(json(tDoc), "utf-8"), format: "json", encoding: "utf-8", kind: "tickets", ev: evT,
      notes: "List page {data:[...], meta:{prev_cursor,next_cursor}, object:'list', uri}. customer.id is the Gorgias customer id; SMS and Instagram-comment tickets have customer.email null (the SMS customer's name is its phone number, the Instagram one its handle) and count through customer.id. assignee_user is a Hoshi Labs agent (id and e-mail). No ratings in tickets; they are in satisfaction-surveys.json." },
    { name: "satisfaction-surveys.json", bytes: encode(json(sDoc), "utf-8"), format: "json", encoding: "utf-8", kind: "survey_responses", ev: evS,
      notes: "Satisfaction surveys: score is the 1–5 star rating (4–5 satisfied); surveys sent but not answered have score null and scored_datetime null (not answered). customer_id is the Gorgias customer id (customers counted by id only in this file); ticket_id points to the rated ticket and is not a customer key." },
  ], layout: [
    "Gorgias REST list pages: {data, meta:{prev_cursor,next_cursor}, object:'list', uri}.",
    "Datetimes carry millisecond precision and '+00:00' offsets.",
    "Ticket customer {id,email,name,firstname,lastname,meta}; assignee_user {id,email,name,firstname,lastname,meta,bio} or null; assignee_team; tags[] objects.",
    "Satisfaction survey {id,ticket_id,customer_id,score,body_text,created_datetime,sent_datetime,scored_datetime,should_send_datetime,meta,uri}.",
  ], choices: [
    "The view 'Export tickets' CSV of the helpdesk has no published column list; the documented API objects were used for both files.",
  ] });
});

// ================================================================= FRONT ===
tool(function front() {
  const rng = new Rng("front");
  const people = makePeople(rng, 17, { jaShare: 0.2 });
  const internal = { name: "Kenji Mori", email: AGENTS[3].email }; // colleague forwarding a customer issue
  const convPeople = rng.shuffle([...people, people[0], people[1], internal]);
  const rows = [];
  let msgId = 611200000, convId = 88410000;
  const header = ["Message ID", "Conversation ID", "Segment", "Direction", "Status", "Inbox", "Message date", "Reaction time", "Response time", "Attributed to", "Assignee", "Author", "Contact name", "Contact handle", "Account names", "From", "To", "Cc", "Extract", "Tags", "Message API ID", "Conversation API ID", "New Conversation", "First response", "Business hours", "Subject"];
  for (const p of convPeople) {
    convId += rng.int(10, 900);
    const cnv = "cnv_" + rng.b62(6).toLowerCase();
    const start = randTime(rng, 30);
    const assignee = rng.pick(AGENTS.slice(0, 4));
    const nMsg = rows.length > 34 ? 1 : rng.int(1, 3);
    const subject = rng.pick(["Invoice INV-2024-0412", "Partnership inquiry", "Order 1187 – damaged box", "Re: API keys", "領収書の再発行"]);
    const tags = rng.shuffle(["billing", "vip", "partnership", "bug"]).slice(0, rng.int(0, 2)).join(", ");
    const inbox = rng.pick(["Support", "Billing", "Sales"]);
    const handle = p.email === internal.email ? internal.email : emailVariant(p.email, rows.length % 3 === 0 ? 1 : 0);
    for (let k = 0; k < nMsg && rows.length < 40; k++) {
      msgId += rng.int(1, 50);
      const inbound = k % 2 === 0;
      const t = start + k * rng.int(1, 20) * HOUR;
      rows.push([msgId, convId, `${convId}-1`, inbound ? "Inbound" : "Outbound", k === nMsg - 1 ? "archived" : "assigned", inbox, ymdhms(t), inbound ? "" : rng.int(60, 9000), inbound ? "" : rng.int(120, 20000),
        inbound ? "" : assignee.name, assignee.name, inbound ? "" : assignee.name, p.name, handle, p.email && p.email.endsWith("northwind.example") ? "Northwind Traders" : "",
        inbound ? p.email : `${inbox.toLowerCase()}@hoshi.example`, inbound ? `${inbox.toLowerCase()}@hoshi.example` : p.email, k === 0 && rng.chance(0.2) ? AGENTS[4].email : "",
        inbound ? rng.pick(["Hello, I have a question about", "Hi team — quick one:", "お世話になっております。"]) : "Thanks for reaching out! We've", tags, `msg_${rng.b62(7).toLowerCase()}`, cnv, k === 0 ? "TRUE" : "FALSE", !inbound && k === 1 ? "TRUE" : "FALSE", rng.chance(0.7) ? "TRUE" : "FALSE", subject]);
    }
    if (rows.length >= 40) break;
  }
  const labels = [
    { header: "Message ID", role: "record_id" }, { header: "Message date", role: "created_at" }, { header: "Attributed to", role: "agent" }, { header: "Assignee", role: "agent" },
    { header: "Author", role: "agent" }, { header: "Contact name", role: "customer_name" }, { header: "Contact handle", role: "customer_email" }, { header: "Account names", role: "other" },
    { header: "Inbox", role: "other" }, { header: "Tags", role: "other" }, { header: "Conversation ID", role: "other" }, { header: "Reaction time", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "conversations" });
  writeTool({ slug: "front", tool: "Front", split: "dev", export: "Analytics > Exports: messages export (CSV)", docs: [
    "https://dev.frontapp.com/reference/analytics", "https://withone.ai/knowledge/front/conn_mod_def%3A%3AGJ2jJ096TKA%3A%3AV7pVGYX7SDSDOChCX_zzIg (analytics export message columns)",
    "https://help.front.com/t/p8hlm44/advanced-analytics-topics",
  ], files: [{ name: "messages-export-2024-05-02.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "conversations", ev,
    notes: `One row per message (inbound and outbound) of Front conversations; records = ${rows.length} message rows in ${new Set(rows.map((r) => r[1])).size} conversations. Contact handle is the customer's e-mail on both inbound and outbound rows (sometimes with different capitalisation); one conversation's contact is a Hoshi Labs colleague (kenji.mori@hoshi.example), not a customer. From/To swap between the customer and the shared inbox address (support@/billing@/sales@hoshi.example) with the direction and are left unlabelled; Cc sometimes holds a teammate address. Attributed to / Assignee / Author are teammates. Reaction time and Response time are seconds, not scores. No CSAT in this export.` }],
    layout: [
      "One header row with the analytics message-export columns chosen (Message ID, Conversation ID, Segment, Direction, Status, Inbox, Message date, Reaction time, Response time, Attributed to, Assignee, Author, Contact name, Contact handle, Account names, From, To, Cc, Extract, Tags, Message API ID, Conversation API ID, New Conversation, First response, Business hours, Subject).",
      "Tags comma-separated in one quoted cell; booleans TRUE/FALSE; times in seconds; dates 'YYYY-MM-DD HH:MM:SS' in the export's time zone.",
    ], choices: [
      "The column names come from the analytics export API's documented column enum; the subset and order are the ones a support lead would pick. Date format not documented: 'YYYY-MM-DD HH:MM:SS' chosen.",
      "Kind conversations: Front is a shared inbox and the file is message-level; counting records as message rows.",
    ] });
});

// ============================================================== KUSTOMER ===
tool(function kustomer() {
  const rng = new Rng("kustomer");
  const people = makePeople(rng, 26, { jaShare: 0.2 });
  for (const p of people) p.kid = rng.hex(24);
  const smsOnly = { name: "", email: "", phone: "+12065550177", kid: rng.hex(24) };
  const staff = { name: AGENTS[1].name, email: AGENTS[1].email, phone: "", kid: rng.hex(24) };
  const reqs = [...people];
  while (reqs.length < 35) reqs.push(rng.pick(people.slice(0, 8)));
  reqs.push(smsOnly, smsOnly, staff);
  const order = rng.shuffle(reqs);
  const header = ["ID", "Subject", "External ID", "Name", "Preview", "Queue Name", "Channels", "Status", "Message Count", "Note Count", "Satisfaction Score", "Satisfaction Rating", "Satisfaction Channel", "Assigned Users", "Assigned Teams", "Tags", "Priority", "Created At", "Updated At", "First Done At", "Customer ID", "Customer Name", "Customer Email", "Customer Phone", "Customer Tier"];
  const rows = order.map((p) => {
    const created = randTime(rng, 30);
    const status = rng.weighted([["done", 5], ["open", 2], ["snoozed", 1]]);
    const ch = p === smsOnly ? "sms" : rng.pick(["email", "chat", "email,chat", "facebook"]);
    let rating = "", score = "", sch = "";
    if (status === "done" && p !== staff && rng.chance(0.7)) {
      rating = String(rng.weighted([[5, 5], [4, 3], [3, 2], [2, 1], [1, 1]])); score = Number(rating) >= 4 ? "1" : "0"; sch = ch.split(",")[0];
    }
    return [rng.hex(24), rng.pick(["Order status", "Exchange request", "Login problem", "Billing – duplicate charge", "Question about shipping to Japan"]), rng.chance(0.2) ? `zd-${rng.int(10000, 19999)}` : "",
      rng.pick(["", "VIP follow-up"]), rng.pick(["Hi, my order hasn't shipped yet", "Can I exchange for a larger size?", "注文のキャンセルをお願いします"]), rng.pick(["Tier 1", "Billing", "Escalations"]), ch, status, rng.int(1, 12), rng.int(0, 3),
      score, rating, sch, status === "open" && rng.chance(0.3) ? "" : rng.pick(AGENTS.slice(0, 4)).name, rng.pick(["Support", "Billing"]), rng.shuffle(["refund", "vip", "shipping", "jp"]).slice(0, rng.int(0, 2)).join(","),
      rng.int(1, 5), isoMs(created), isoMs(created + rng.int(1, 40) * HOUR), status === "done" ? isoMs(created + rng.int(2, 30) * HOUR) : "",
      p.kid, p.name, p.email ? emailVariant(p.email, rng.chance(0.25) ? 1 : 0) : "", p.phone ? fmtPhone(p.phone, rng.chance(0.5) ? "intl" : "e164") : "", rng.pick(["gold", "silver", "standard"])];
  });
  const labels = [
    { header: "ID", role: "record_id" }, { header: "External ID", role: "other" }, { header: "Satisfaction Score", role: "other" }, { header: "Satisfaction Rating", role: "score_csat" },
    { header: "Assigned Users", role: "agent" }, { header: "Created At", role: "created_at" }, { header: "Customer ID", role: "customer_id" }, { header: "Customer Name", role: "customer_name" },
    { header: "Customer Email", role: "customer_email" }, { header: "Customer Phone", role: "customer_phone" }, { header: "Customer Tier", role: "other" }, { header: "Message Count", role: "other" }, { header: "Priority", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "conversations", csatScale: { type: "num5" } });
  writeTool({ slug: "kustomer", tool: "Kustomer", split: "test", export: "Settings > Data export: one-time Conversation export with customer attributes (CSV)", docs: [
    "https://help.kustomer.com/en_us/data-export-conversation-standard-attributes-Sk_4kKhzi",
    "https://developer.kustomer.com/api/core-resources/get-conversations",
  ], files: [{ name: "conversation-export-2024-05-02.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "conversations", ev,
    notes: "Satisfaction Rating is Kustomer's normalized 1–5 rating (4–5 satisfied). Satisfaction Score is the normalized binary 0/1 score derived from it: a look-alike, not a second rating. Customer ID is the Kustomer customer id (24-hex); Customer Email repeats with case variations for returning customers. Two conversations come from an SMS-only customer (phone, no e-mail). One conversation's customer is staff (marcus.reed@hoshi.example). Assigned Users are agent names. Priority (1–5) and Message Count are not scores. ID is the conversation's own id; External ID is an id in another system (imported tickets), not a customer key." }],
    layout: [
      "One header row with the display names of the Conversation standard attributes (ID, Subject, External ID, Name, Preview, Queue Name, Channels, Status, Message Count, Note Count, Satisfaction Score, Satisfaction Rating, Satisfaction Channel, Assigned Users, Assigned Teams, Tags, Priority, Created At, Updated At, First Done At) followed by customer attributes pulled into the conversation export.",
      "Array attributes (Channels, Tags) are comma-joined in one quoted cell; dates ISO-8601 with milliseconds, UTC.",
    ], choices: [
      "The customer-attribute column titles ('Customer ID', 'Customer Name', 'Customer Email', 'Customer Phone', 'Customer Tier') are not listed in the public article; plausible titles were chosen.",
      "Assigned Users shows agent display names (the export may also show ids depending on configuration).",
    ] });
});

// ======================================================= HUBSPOT TICKETS ===
tool(function hubspotTickets() {
  const rng = new Rng("hubspot-tickets");
  const people = makePeople(rng, 27, { jaShare: 0.2 });
  let vid = 51200;
  for (const p of people) { vid += rng.int(1, 400); p.vid = String(vid); }
  const reqs = [...people];
  while (reqs.length < 36) reqs.push(rng.pick(people.slice(0, 8)));
  reqs.push(null, null); // tickets without an associated contact
  const order = rng.shuffle(reqs);
  const header = ["Ticket ID", "Ticket name", "Ticket description", "Pipeline", "Ticket status", "Priority", "Source", "Category", "Create date", "Last activity date", "Close date", "Ticket owner", "HubSpot team", "Last CES survey rating", "Last CES survey comment", "Associated Contact", "Associated Contact IDs", "Associated Company"];
  let tid = 1800004100;
  const rows = order.map((p) => {
    tid += rng.int(1, 90);
    const created = randTime(rng, 30);
    const closed = rng.chance(0.65);
    const ces = closed && p && rng.chance(0.6) ? String(rng.weighted([[7, 4], [6, 3], [5, 2], [4, 1], [3, 1], [2, 1], [1, 1]])) : "";
    return [tid, rng.pick(["Billing: refund request", "Onboarding help", "Bug: export fails", "Contract renewal question", "プラン変更について"]), rng.pick(["", "Customer wrote in via the help widget.\nAsked for a callback."]),
      "Support Pipeline", closed ? "Closed" : rng.pick(["New", "Waiting on contact", "Waiting on us"]), rng.pick(["Low", "Medium", "High"]), rng.pick(["Email", "Chat", "Form", "Phone"]), rng.pick(["Billing issue", "Product issue", "General inquiry", "Feature request"]),
      `${ymd(created)} ${p2(P(created).h)}:${p2(P(created).m)}`, ymdhm(created + 30 * HOUR), closed ? ymdhm(created + rng.int(2, 60) * HOUR) : "", rng.chance(0.1) ? "" : rng.pick(AGENTS.slice(0, 4)).name, rng.pick(["Support", "Success"]),
      ces, ces && rng.chance(0.4) ? rng.pick(["Easy, thanks", "Had to explain twice", "とても簡単でした"]) : "", p ? p.name : "", p ? p.vid : "", p && p.email.endsWith("northwind.example") ? "Northwind Traders" : ""];
  });
  const labels = [
    { header: "Ticket ID", role: "record_id" }, { header: "Create date", role: "created_at" }, { header: "Ticket owner", role: "agent" }, { header: "HubSpot team", role: "other" },
    { header: "Last CES survey rating", role: "score_ces" }, { header: "Associated Contact", role: "customer_name" }, { header: "Associated Contact IDs", role: "customer_id" }, { header: "Associated Company", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "tickets" });
  writeTool({ slug: "hubspot-tickets", tool: "HubSpot (Service Hub)", split: "dev", export: "CRM > Tickets > Export view (CSV, with associated records)", docs: [
    "https://developers.hubspot.com/docs/api/crm/tickets", "https://developers.hubspot.com/docs/guides/api/crm/objects/tickets",
    "https://developers.hubspot.com/docs/api/crm/feedback-submissions (NPS, CSAT and CES survey responses)",
  ], files: [{ name: "hubspot-crm-exports-all-tickets-2024-05-02.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "tickets", ev,
    notes: "Customers are keyed by Associated Contact IDs (HubSpot contact record ids); two tickets have no associated contact (anonymous). The export carries no e-mail address for the contact. Last CES survey rating is the 1–7 customer-effort score (score_ces), not NPS or CSAT, so nps and csat are null. Ticket owner is the HubSpot user who owns the ticket (agent). Ticket description contains line breaks inside quoted cells." }],
    layout: [
      "One header row with HubSpot property labels; association columns 'Associated Contact', 'Associated Contact IDs', 'Associated Company' at the end.",
      "Dates 'YYYY-MM-DD HH:MM' in the portal time zone; multi-line descriptions quoted.",
    ], choices: [
      "The exact association column titles depend on export options; 'Associated Contact' (names) and 'Associated Contact IDs' were chosen.",
      "CES scale 1–7 (HubSpot's default CES question) was assumed.",
    ] });
});

// ====================================================== HUBSPOT CONTACTS ===
tool(function hubspotContacts() {
  const rng = new Rng("hubspot-contacts");
  const people = makePeople(rng, 40, { jaShare: 0.25 });
  const staff = [{ first: "Test", last: "Contact", email: "qa+hubspot@hoshi.example", phone: null }, { first: "Aiko", last: "Tanaka", email: AGENTS[0].email, phone: null }];
  const secondAddress = { ...people[6], phone: null, email: `${people[6].first.toLowerCase()}.${people[6].last.toLowerCase()}@litware.example` }; // same person, work address: separate record, no link
  const all = rng.shuffle([...people, ...staff, secondAddress]);
  const header = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Contact owner", "Lifecycle Stage", "Lead Status", "Create Date", "Last Activity Date", "Marketing contact status", "Associated Company", "Original Source", "Original Source Drill-Down 1", "Last NPS survey rating", "Last NPS survey date", "Last NPS survey comment", "Number of Sales Activities"];
  let rid = 1201;
  const rows = all.map((p) => {
    rid += rng.int(1, 60);
    const created = randTime(rng, 30) - rng.int(0, 200) * DAY;
    const isStaff = p.email.endsWith("@hoshi.example");
    let nps = "";
    if (!isStaff && rng.chance(0.6)) nps = String(rng.weighted([[10, 4], [9, 4], [8, 3], [7, 2], [6, 1], [5, 1], [3, 1], [0, 1]]));
    return [rid, p.first, p.last, p.email, p.phone && rng.chance(0.5) ? fmtPhone(p.phone, rng.pick(["intl", "local", "e164"])) : "", p.phone && rng.chance(0.3) ? fmtPhone(p.phone, "intl") : "",
      isStaff ? "" : rng.pick(AGENTS.slice(0, 3)).name, rng.pick(["Subscriber", "Lead", "Marketing Qualified Lead", "Customer", "Customer", "Evangelist"]), rng.pick(["", "New", "Open", "Connected"]),
      `${ymd(created)} ${p2(P(created).h)}:${p2(P(created).m)}`, ymdhm(created + rng.int(1, 30) * DAY), rng.pick(["Marketing contact", "Non-marketing contact"]),
      p.email.endsWith("northwind.example") ? "Northwind Traders" : "", rng.pick(["Organic Search", "Direct Traffic", "Paid Search", "Email Marketing", "Offline Sources"]), rng.pick(["google", "hubspot form", "IMPORT", "spring_launch_2024", ""]),
      nps, nps ? ymd(created + 20 * DAY) : "", nps && rng.chance(0.4) ? rng.pick(["Love the app", "Support could be faster", "まあまあです", "Too expensive, but useful"]) : "", rng.int(0, 6)];
  });
  const labels = [
    { header: "Record ID", role: "customer_id" }, { header: "Email", role: "customer_email" }, { header: "Phone Number", role: "customer_phone" }, { header: "Mobile Phone Number", role: "customer_phone" },
    { header: "Contact owner", role: "agent" }, { header: "Create Date", role: "created_at" }, { header: "Last NPS survey rating", role: "score_nps" }, { header: "Original Source Drill-Down 1", role: "other" },
    { header: "Lifecycle Stage", role: "other" }, { header: "Number of Sales Activities", role: "other" }, { header: "Associated Company", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "contacts" });
  writeTool({ slug: "hubspot-contacts", tool: "HubSpot", split: "test", export: "CRM > Contacts > Export view (CSV)", docs: [
    "https://knowledge.hubspot.com/articles/kcs_article/contacts/how-do-i-import-contacts (Contact owner, Lifecycle stage columns)",
    "https://developers.hubspot.com/docs/api/crm/feedback-submissions (NPS survey responses)", "http://legacydocs.hubspot.com (CRM API | Exports: export a view or list)",
  ], files: [{ name: "hubspot-crm-exports-all-contacts-2024-05-02.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "contacts", ev,
    notes: "Record ID is the HubSpot contact id (customer_id). Last NPS survey rating is the 0–10 rating of the contact's latest NPS survey (blank if none). Phone Number is written in mixed formats: only values with a country code (+…) are keys. One person appears twice with a personal and a work address (no shared key, so two customers: names never link). Two contacts are on hoshi.example (a QA test contact and an employee): not customers. Contact owner is a HubSpot user (agent). Original Source Drill-Down 1 holds campaign names such as spring_launch_2024 (look-alike). Number of Sales Activities is a count, not a score." }],
    layout: [
      "One header row of HubSpot property labels (Record ID, First Name, Last Name, Email, Phone Number, …, Last NPS survey rating, Last NPS survey date, Last NPS survey comment).",
      "Dates 'YYYY-MM-DD HH:MM'; LF line ends; UTF-8 without BOM.",
    ], choices: [
      "HubSpot lets users pick the exported properties; this selection is plausible for a CX team. HubSpot file names follow 'hubspot-crm-exports-<view>-<date>.csv'.",
    ] });
});

// ============================================================ SALESFORCE ===
const sfId = (rng, prefix) => prefix + "5g" + rng.chars(10, "0000000000ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") + rng.chars(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
tool(function salesforce() {
  const rng = new Rng("salesforce");
  // --- English org: Contacts report, UTF-8 ---
  const people = makePeople(rng, 34, { jaShare: 0.15 });
  const accounts = ["Northwind Traders", "Contoso Ltd.", "Fabrikam, Inc.", "Tailspin Toys", "Adatum Corporation", "Litware", "Wingtip Toys"];
  const dupe = { ...people[2] }; // same person entered twice (two Contact IDs, same e-mail in capitals)
  const staff = { first: "Marcus", last: "Reed", email: AGENTS[1].email, phone: null };
  const all = rng.shuffle([...people, dupe, staff]);
  const header = ["Contact Owner", "First Name", "Last Name", "Title", "Account Name", "Email", "Phone", "Mobile", "Lead Source", "Created Date", "Last Activity", "Customer Tier", "NPS Score", "Contact ID"];
  const rows = all.map((p, i) => {
    const created = randTime(rng, 30) - rng.int(0, 300) * DAY;
    const isStaff = p === staff;
    let nps = "";
    if (!isStaff && rng.chance(0.55)) nps = String(rng.weighted([[10, 3], [9, 4], [8, 3], [7, 2], [6, 2], [4, 1], [2, 1]]));
    if (i === 5 || i === 17) nps = "N/A";
    return [rng.pick(AGENTS.slice(0, 3)).name, p.first, p.last, rng.pick(["VP Operations", "Buyer", "CTO", "Office Manager", ""]), isStaff ? "Hoshi Labs" : rng.pick(accounts),
      p === dupe ? p.email.toUpperCase() : p.email, p.phone && rng.chance(0.6) ? fmtPhone(p.phone, "local") : "", p.phone && rng.chance(0.4) ? fmtPhone(p.phone, "intl") : "",
      rng.pick(["Web", "Partner Referral", "Trade Show", "Phone Inquiry", ""]), mdyUS(created), rng.chance(0.6) ? mdyUS(created + rng.int(1, 40) * DAY) : "", rng.pick(["Enterprise", "Mid-Market", "SMB"]), nps, sfId(rng, "003")];
  });
  const footer = [[""], [""], ["Confidential Information - Do Not Distribute"], ["Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."], [""], ["Generated By:  Aiko Tanaka  5/2/2024 9:14 AM"], ["Hoshi Labs"]];
  const text = toCSV([header, ...rows, ...footer], { eol: "\r\n", quoteAll: true });
  const labels = [
    { header: "Contact Owner", role: "agent" }, { header: "Email", role: "customer_email" }, { header: "Phone", role: "customer_phone" }, { header: "Mobile", role: "customer_phone" },
    { header: "Created Date", role: "created_at" }, { header: "Customer Tier", role: "other" }, { header: "NPS Score", role: "score_nps" }, { header: "Contact ID", role: "customer_id" }, { header: "Account Name", role: "other" },
  ];
  const ev1 = evalTable({ header, rows, labels, kind: "contacts" });
  // --- Japanese org: Leads report, Shift_JIS ---
  const jpeople = makePeople(rng, 30, { jaShare: 0.9 });
  const owners = ["田中 愛子", "森 健二", "佐々木 由美"];
  const jcompanies = ["株式会社ノースウィンド", "コントソ株式会社", "有限会社フジ商会", "株式会社タスマニア", "さくら電機株式会社", ""];
  const jdup = { ...jpeople[4] };
  const noEmail = { ...jpeople[9], email: "", phone: null }; // same name as another lead, no e-mail or phone: separate (names never link)
  const jall = rng.shuffle([...jpeople, jdup, noEmail]);
  const jheader = ["リード所有者", "姓", "名", "会社名", "役職", "メール", "電話", "携帯電話", "リードソース", "状況", "作成日", "リード ID"];
  const jrows = jall.map((p) => {
    const created = randTime(rng, 30) - rng.int(0, 60) * DAY;
    return [rng.pick(owners), p.jaLast || p.last, p.jaFirst || p.first, rng.pick(jcompanies), rng.pick(["部長", "課長", "担当", ""]), p.email,
      p.phone && rng.chance(0.5) ? fmtPhone(p.phone, "local") : "", p.phone && rng.chance(0.4) ? fmtPhone(p.phone, "intl") : "",
      rng.pick(["Web", "展示会", "紹介", "電話問い合わせ"]), rng.pick(["未対応", "対応中", "取引開始済み", "不適格"]), ymdSlash(created, 540), sfId(rng, "00Q")];
  });
  const jfooter = [[""], [""], ["機密情報 - 配布禁止"], ["Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."], [""], ["作成者:  田中 愛子  2024/05/02 9:20"], ["ホシラボ株式会社"]];
  const jtext = toCSV([jheader, ...jrows, ...jfooter], { eol: "\r\n", quoteAll: true });
  const jlabels = [
    { header: "リード所有者", role: "agent" }, { header: "会社名", role: "other" }, { header: "メール", role: "customer_email" }, { header: "電話", role: "customer_phone" },
    { header: "携帯電話", role: "customer_phone" }, { header: "リードソース", role: "other" }, { header: "作成日", role: "created_at" }, { header: "リード ID", role: "customer_id" },
  ];
  const ev2 = evalTable({ header: jheader, rows: jrows, labels: jlabels, kind: "contacts" });
  writeTool({ slug: "salesforce", tool: "Salesforce (Sales Cloud)", split: "dev", export: "Reports > Export > Details Only (Comma Delimited .csv), Contacts report and Leads report", docs: [
    "https://support.code42.com/Incydr/Admin/Code42_console_reference/Code42_predicts_filenames_for_Salesforce_report_downloads (CSV file name 'report' + 13-digit epoch milliseconds)",
    "Public code that strips the report footer lines 'Confidential Information - Do Not Distribute' and 'Copyright (c) 2000-20xx salesforce.com, inc. All rights reserved.' (found with find_string)",
  ], files: [
    { name: "report1714641240000.csv", bytes: encode(text, "utf-8"), format: "csv", encoding: "utf-8", kind: "contacts", ev: ev1,
      notes: "Details-only Contacts report: every cell quoted, CRLF, and after the data two blank rows and a footer (confidentiality notice, copyright, 'Generated By', org name) that are not records. Contact ID is the 18-character Salesforce id (customer_id); one person was entered twice (two Contact IDs, same e-mail once in capitals): one customer. Phone is mostly written without a country code (not a key), Mobile with +country code (key). NPS Score is a custom 0–10 field; 'N/A' is invalid. Contact Owner is a Salesforce user (agent). One contact is a Hoshi Labs employee (marcus.reed@hoshi.example): not a customer." },
    { name: "report1714641600000.csv", bytes: encode(jtext, "shift_jis"), format: "csv", encoding: "shift_jis", kind: "contacts", ev: ev2,
      notes: "Leads report from the Japanese-language org, exported with encoding 'Japanese (Shift_JIS)'. リード ID (Lead ID, 00Q…) is the lead's id (customer_id); リード所有者 is the owning user (agent). One lead was entered twice with the same e-mail (two Lead IDs, one customer); one lead has no e-mail and no phone but still has its Lead ID (it bears the same name as another lead; names never link, so it is a separate customer). 電話 is written in domestic format (no country code, not a key), 携帯電話 with +81 (key). The footer rows (機密情報…, Copyright…, 作成者…, org name) are not records." },
  ], layout: [
    "Classic report export, 'Details Only': one header row, all cells double-quoted, CRLF line ends.",
    "Footer after the data: two empty rows, a confidentiality line, the salesforce.com copyright line, an empty row, 'Generated By: <user> <date time>' and the org name.",
    "US org: dates M/D/YYYY; Japanese org: dates YYYY/MM/DD, Japanese column labels, Shift_JIS bytes (encoded with a table built by inverting the WHATWG shift_jis decoder, round-trip checked).",
    "File names 'report' + 13-digit epoch milliseconds.",
  ], choices: [
    "The order of the footer lines and the 'Generated By' line are reconstructed from public code that strips them and from memory of the classic export; the Japanese footer wording (機密情報 - 配布禁止, 作成者) is a plausible rendering, not a verified copy.",
    "NPS Score and Customer Tier are custom fields a CX team would add to Contact.",
  ] });
});

// =============================================================== SHOPIFY ===
tool(function shopify() {
  const rng = new Rng("shopify");
  const people = makePeople(rng, 28, { jaShare: 0.6 });
  const header = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References"];
  const products = [["ほしぞらマグカップ", "HL-MUG-01", 2800], ["Star Map Poster A2", "HL-PST-A2", 4500], ["Hoshi Planisphere", "HL-PLN-01", 3600], ["天体観測ノート", "HL-NTE-03", 1200], ["Constellation Tee - M", "HL-TEE-M", 3900], ["Gift wrapping", "HL-GIFT", 300]];
  const buyers = [...people];
  while (buyers.length < 34) buyers.push(rng.pick(people.slice(0, 10)));
  buyers.push(null, null, null); // POS walk-ins without customer
  buyers.push({ ...AGENTS[0], first: "Aiko", last: "Tanaka", jaName: "田中 愛子", ja: true, email: AGENTS[0].email, phone: null }); // staff test order
  const order = rng.shuffle(buyers);
  let num = 1040, oid = 5623401230000;
  const seen = new Map();
  const rows = [];
  for (const p of order) {
    num += 1; oid += rng.int(1000, 90000);
    const created = randTime(rng, 30);
    const pos = !p || rng.chance(0.12);
    const nItems = rng.int(1, 3);
    const items = rng.shuffle(products).slice(0, nItems).map((pr) => ({ pr, q: rng.int(1, 2) }));
    const subtotal = items.reduce((s, it) => s + it.pr[2] * it.q, 0);
    const ship = pos ? 0 : rng.pick([0, 500, 800]);
    const disc = rng.chance(0.2) ? Math.round(subtotal * 0.1) : 0;
    const tax = Math.round((subtotal - disc) * 10 / 110);
    const total = subtotal - disc + ship;
    const k = p ? (seen.get(p.email) || 0) : 0; if (p) seen.set(p.email, k + 1);
    const email = p ? (k === 0 ? p.email : emailVariant(p.email, k)) : "";
    const bname = p ? (p.ja ? p.jaName : p.name) : "";
    const gift = p && rng.chance(0.15);
    const sname = gift ? rng.pick(["山口 里奈", "Oliver Grant", "中島 大輔"]) : bname;
    const jpAddr = !p || p.ja;
    const utm = !pos && rng.chance(0.35) ? `utm_source: ${rng.pick(["instagram", "google", "line"])}\nutm_campaign: ${rng.pick(["spring_stars_2024", "gw_sale", "newsletter_0415"])}` : "";
    items.forEach((it, j) => {
      const first = j === 0;
      const r = new Array(header.length).fill("");
      const set = (h, v) => { r[header.indexOf(h)] = v; };
      set("Name", `#${num}`); set("Email", email); set("Created at", `${ymdhms(created, 540)} +0900`);
      set("Lineitem quantity", it.q); set("Lineitem name", it.pr[0]); set("Lineitem price", it.pr[2].toFixed(2)); set("Lineitem compare at price", ""); set("Lineitem sku", it.pr[1]);
      set("Lineitem requires shipping", it.pr[1] === "HL-GIFT" ? "false" : "true"); set("Lineitem taxable", "true"); set("Lineitem fulfillment status", pos ? "fulfilled" : "pending"); set("Vendor", COMPANY); set("Lineitem discount", "0.00");
      if (first) {
        set("Financial Status", rng.pick(["paid", "paid", "paid", "partially_refunded", "pending"])); set("Paid at", `${ymdhms(created + 60000, 540)} +0900`); set("Fulfillment Status", pos ? "fulfilled" : rng.pick(["fulfilled", "unfulfilled"]));
        set("Accepts Marketing", p && rng.chance(0.5) ? "yes" : "no"); set("Currency", "JPY"); set("Subtotal", subtotal.toFixed(2)); set("Shipping", ship.toFixed(2)); set("Taxes", tax.toFixed(2)); set("Total", total.toFixed(2));
        set("Discount Code", disc ? rng.pick(["SPRING10", "STARS10"]) : ""); set("Discount Amount", disc.toFixed(2)); set("Shipping Method", pos ? "" : rng.pick(["ヤマト運輸", "Standard Shipping", "ゆうパケット"]));
        if (p) {
          set("Billing Name", bname); set("Billing Street", jpAddr ? "港区南青山3-1-2" : "500 Market St"); set("Billing Address1", jpAddr ? "港区南青山3-1-2" : "500 Market St"); set("Billing City", jpAddr ? "港区" : "San Francisco");
          set("Billing Zip", jpAddr ? "'107-0062" : "94105"); set("Billing Province", jpAddr ? "JP-13" : "CA"); set("Billing Country", jpAddr ? "JP" : "US");
          set("Billing Phone", p.phone && rng.chance(0.6) ? fmtPhone(p.phone, rng.chance(0.6) ? "intl" : "local") : "");
          set("Shipping Name", sname); set("Shipping Street", jpAddr ? "世田谷区三軒茶屋2-11-5" : "500 Market St"); set("Shipping Address1", jpAddr ? "世田谷区三軒茶屋2-11-5" : "500 Market St"); set("Shipping City", jpAddr ? "世田谷区" : "San Francisco");
          set("Shipping Zip", jpAddr ? "'154-0024" : "94105"); set("Shipping Province", jpAddr ? "JP-13" : "CA"); set("Shipping Country", jpAddr ? "JP" : "US");
          set("Billing Province Name", jpAddr ? "Tokyo" : "California"); set("Shipping Province Name", jpAddr ? "Tokyo" : "California");
        }
        set("Notes", gift ? "ギフト包装をお願いします。メッセージカード：「お誕生日おめでとう！」" : ""); set("Note Attributes", utm);
        set("Payment Method", pos ? "Cash" : rng.pick(["Shopify Payments", "Shopify Payments", "PayPal Express Checkout"])); set("Payment Reference", `c${oid}.1`);
        set("Refunded Amount", "0.00"); set("Outstanding Balance", "0.00"); set("Employee", pos ? rng.pick([AGENTS[0].ja, AGENTS[3].ja]) : ""); set("Location", pos ? "Hoshi Labs 表参道ストア" : "");
        set("Device ID", pos ? rng.int(100000, 999999) : ""); set("Id", oid); set("Tags", rng.chance(0.3) ? rng.pick(["VIP", "wholesale, VIP", "リピーター"]) : ""); set("Risk Level", "Low");
        set("Source", pos ? "pos" : rng.pick(["web", "web", "shopify_draft_order"])); set("Tax 1 Name", "JP CT 10%"); set("Tax 1 Value", tax.toFixed(2));
        set("Phone", p && p.phone && rng.chance(0.35) ? p.phone : ""); set("Payment ID", `r${rng.b62(20)}`); set("Payment References", `r${rng.b62(20)}`);
      }
      rows.push(r);
    });
  }
  const labels = [
    { header: "Name", role: "record_id" }, { header: "Email", role: "customer_email" }, { header: "Total", role: "amount" }, { header: "Created at", role: "created_at" },
    { header: "Billing Name", role: "customer_name" }, { header: "Billing Phone", role: "customer_phone" }, { header: "Phone", role: "customer_phone" }, { header: "Employee", role: "agent" },
    { header: "Id", role: "record_id" }, { header: "Note Attributes", role: "other" }, { header: "Discount Code", role: "other" }, { header: "Tags", role: "other" }, { header: "Source", role: "other" },
    { header: "Payment Reference", role: "other" }, { header: "Lineitem quantity", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "orders", groupBy: 0 });
  writeTool({ slug: "shopify", tool: "Shopify", split: "test", export: "Admin > Orders > Export > All orders, CSV for Excel, Numbers, or other spreadsheet programs", docs: [
    "https://www.webtoffee.com/shopify-orders-available-columns-for-export-and-import/",
    "https://github.com/jadwro/allegro_csv_parser/blob/HEAD/src/Shopify/types/ShopifyOrderTypeCSV.ts (column list of the orders export)",
    "https://github.com/laplace-live/shopify-csv-converter/blob/HEAD/src/types/index.d.ts (which columns are filled on every line-item row)",
    "https://matrixify.app/documentation/orders/",
  ], files: [{ name: "orders_export_1.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "orders", ev,
    notes: `One row per line item: ${rows.length} rows for ${ev.records} orders (records = distinct Name). Order-level columns (Financial Status, Total, Billing …, Id, Phone, Employee …) are filled only on an order's first row; Name, Email, Created at and the Lineitem columns repeat. Email repeats for returning customers with case/space variations. POS walk-in orders have no e-mail and no phone (anonymous); Employee on POS orders is the staff member who rang it up (agent). One test order was placed by an employee (aiko.tanaka@hoshi.example). Billing Phone is sometimes domestic (no country code, not a key). Shipping Name can be a gift recipient and is not labelled. Note Attributes holds utm_source/utm_campaign lines inside one quoted multi-line cell. Lineitem quantity is a small integer, not a score.` }],
    layout: [
      "Header of the Shopify orders export (Name, Email, Financial Status, … Payment References) with one row per line item.",
      "Order-level fields only on the first row of each order; Created at with '+0900' offset; money with two decimals (JPY store).",
      "Japanese product names, billing/shipping names and addresses; Zip codes prefixed with an apostrophe as Shopify writes them to keep leading zeros; a gift note with Japanese quotes; Note Attributes multi-line.",
    ], choices: [
      "Exact values for Payment ID / Payment References formats and the Japanese shipping methods are invented but shaped like the real ones.",
      "Whether Shopify prefixes zip codes with an apostrophe depends on the export; it was kept as a realistic quirk.",
    ] });
});

// ================================================================ STRIPE ===
const STRIPE_DOCS = [
  "https://docs.cello.so/guides/attribution/stripe-reports (Payments > All payments > Export; columns ID, Description, Created (UTC), Amount, Currency, Converted Amount, Fee, Tax, Converted Currency, Customer ID)",
  "https://docs.stripe.com/get-started/data-migrations/export-file-formats (customer id cus_XXXXX format)",
  "https://support.stripe.com/questions/exporting-a-report-of-all-transactions?locale=ja-JP",
];
function stripeCustomers(rng, n) {
  const people = makePeople(rng, n, { jaShare: 0.2 });
  for (const p of people) p.cus = "cus_" + rng.b62(14);
  return people;
}
tool(function stripe() {
  const rng = new Rng("stripe");
  const people = stripeCustomers(rng, 26);
  const dupCustomer = { ...people[1], cus: "cus_" + rng.b62(14) }; // second Customer object, same e-mail
  const staff = { name: "Marcus Reed (test)", email: AGENTS[1].email, cus: "cus_" + rng.b62(14) };
  const payers = [...people, dupCustomer];
  while (payers.length < 36) payers.push(rng.pick(people.slice(0, 8)));
  payers.push(null, null, null, staff);
  const order = rng.shuffle(payers);
  const header = ["id", "Description", "Seller Message", "Created date (UTC)", "Amount", "Amount Refunded", "Currency", "Captured", "Converted Amount", "Converted Amount Refunded", "Converted Currency", "Decline Reason", "Fee", "Tax", "Refunded date (UTC)", "Statement Descriptor", "Status", "Customer ID", "Customer Description", "Customer Email", "Card ID", "Card Last4", "Card Brand", "Card Country", "Invoice ID", "PaymentIntent ID", "order_id (metadata)", "utm_campaign (metadata)"];
  const rows = order.map((p) => {
    const created = randTime(rng, 30);
    const amt = rng.pick([1200, 2900, 4900, 9900, 19900, 4900]);
    const failed = rng.chance(0.12);
    const refunded = !failed && rng.chance(0.08) ? amt : 0;
    const fee = failed ? 0 : Math.round(amt * 0.029 + 30);
    const d = (c) => (c / 100).toFixed(2);
    return ["py_" + rng.b62(24), p ? rng.pick(["Subscription update", "Hoshi Pro (monthly)", "Invoice " + rng.hex(6).toUpperCase() + "-0001", "Payment for order " + rng.int(1000, 1999)]) : "Guest checkout", failed ? "Your card was declined." : "Payment complete.",
      ymdhm(created).replace(" ", " "), d(amt), d(refunded), "usd", failed ? "false" : "true", d(amt), d(refunded), "usd", failed ? rng.pick(["card_declined", "insufficient_funds", "expired_card"]) : "", d(fee), "0.00", refunded ? ymdhm(created + 2 * DAY) : "",
      "HOSHI LABS", failed ? "Failed" : refunded ? "Refunded" : "Paid", p ? p.cus : "", p ? p.name : "", p ? p.email : "", "card_" + rng.b62(24), String(rng.int(1000, 9999)), rng.pick(["Visa", "MasterCard", "American Express", "JCB"]), p && p.ja ? "JP" : "US",
      p && rng.chance(0.6) ? "in_" + rng.b62(24) : "", "pi_" + rng.b62(24), p && rng.chance(0.3) ? String(rng.int(1000, 1999)) : "", rng.chance(0.25) ? rng.pick(["spring_launch", "jp_webinar_0412"]) : ""];
  });
  const labels = [
    { header: "id", role: "record_id" }, { header: "Created date (UTC)", role: "created_at" }, { header: "Amount", role: "amount" }, { header: "Customer ID", role: "customer_id" },
    { header: "Customer Description", role: "customer_name" }, { header: "Customer Email", role: "customer_email" }, { header: "Statement Descriptor", role: "other" },
    { header: "utm_campaign (metadata)", role: "other" }, { header: "order_id (metadata)", role: "other" }, { header: "PaymentIntent ID", role: "other" }, { header: "Card Last4", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "payments" });
  writeTool({ slug: "stripe", tool: "Stripe", split: "dev", export: "Dashboard > Payments > All payments > Export (default columns + metadata), unified_payments.csv", docs: STRIPE_DOCS,
    files: [{ name: "unified_payments.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "payments", ev,
      notes: "One row per payment (including failed and refunded ones). Customer ID is the Stripe customer (cus_…); one person has two Customer objects with the same e-mail (linked by e-mail: one customer). Guest payments have no customer at all (anonymous). A test payment was made by an employee (marcus.reed@hoshi.example). Customer Description holds the customer's name. Metadata columns carry the '(metadata)' suffix; utm_campaign (metadata) and order_id (metadata) are look-alikes. Amount is in major units (USD)." }],
    layout: [
      "Dashboard export header: id, Description, Seller Message, Created date (UTC), Amount, Amount Refunded, Currency, Captured, Converted …, Fee, Tax, Status, Customer ID, Customer Description, Customer Email, card columns, Invoice ID, PaymentIntent ID, then metadata keys as '<key> (metadata)'.",
      "Dates 'YYYY-MM-DD HH:MM' in UTC; money as decimal strings; currency lower-case.",
    ], choices: [
      "Stripe lets users choose columns; the default set plus two metadata keys was chosen. Column titles follow the Dashboard export as documented by third parties.",
    ] });
});

tool(function stripeSubscriptions() {
  const rng = new Rng("stripe-subscriptions");
  const people = stripeCustomers(rng, 30);
  const dup = { ...people[4], cus: "cus_" + rng.b62(14), email: emailVariant(people[4].email, 1) };
  const subs = [...people, dup];
  while (subs.length < 38) subs.push(rng.pick(people.slice(0, 8))); // customers with a second subscription (add-on)
  const order = rng.shuffle(subs);
  const header = ["id", "Customer ID", "Customer Description", "Customer Email", "Plan", "Product", "Quantity", "Currency", "Interval", "Amount", "Status", "Created (UTC)", "Start (UTC)", "Current Period Start (UTC)", "Current Period End (UTC)", "Trial Start (UTC)", "Trial End (UTC)", "Application Fee Percent", "Coupon", "Tax Percent", "Canceled At (UTC)", "Cancel At Period End", "Ended At (UTC)", "referrer (metadata)", "account_manager (metadata)"];
  const rows = order.map((p) => {
    const created = randTime(rng, 30) - rng.int(0, 120) * DAY;
    const plan = rng.pick([["price_1P" + rng.b62(12), "Hoshi Pro", 1900, "month"], ["price_1P" + rng.b62(12), "Hoshi Team", 4900, "month"], ["price_1P" + rng.b62(12), "Hoshi Pro (annual)", 19000, "year"]]);
    const status = rng.weighted([["active", 6], ["trialing", 2], ["past_due", 1], ["canceled", 2]]);
    const trial = status === "trialing" || rng.chance(0.3);
    return ["sub_1P" + rng.b62(20), p.cus, p.name, p.email, plan[0], plan[1], rng.pick([1, 1, 1, 3, 5]), "usd", plan[3], (plan[2] / 100).toFixed(2), status, ymdhm(created), ymdhm(created),
      ymdhm(created + 30 * DAY), ymdhm(created + 60 * DAY), trial ? ymdhm(created) : "", trial ? ymdhm(created + 14 * DAY) : "", "", rng.chance(0.15) ? "LAUNCH20" : "", "",
      status === "canceled" ? ymdhm(created + 40 * DAY) : "", status === "canceled" ? "false" : rng.chance(0.1) ? "true" : "false", status === "canceled" ? ymdhm(created + 40 * DAY) : "",
      rng.chance(0.3) ? rng.pick(["producthunt", "partner:northwind", "google"]) : "", rng.chance(0.3) ? rng.pick(AGENTS.slice(0, 3)).email : ""];
  });
  const labels = [
    { header: "id", role: "record_id" }, { header: "Customer ID", role: "customer_id" }, { header: "Customer Description", role: "customer_name" }, { header: "Customer Email", role: "customer_email" },
    { header: "Amount", role: "amount" }, { header: "Created (UTC)", role: "created_at" }, { header: "Plan", role: "other" }, { header: "Coupon", role: "other" }, { header: "Quantity", role: "other" },
    { header: "referrer (metadata)", role: "other" }, { header: "account_manager (metadata)", role: "agent" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "subscriptions" });
  writeTool({ slug: "stripe-subscriptions", tool: "Stripe Billing", split: "test", export: "Dashboard > Billing > Subscriptions > Export, subscriptions.csv", docs: [...STRIPE_DOCS, "https://endash-guidance-docs.gitbook.io/cigro-data-templates/data-model-templates/stripe-subscription-details (subscription fields: status values, current_period_start/end, canceled_at, cancel_at_period_end)"],
    files: [{ name: "subscriptions.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "subscriptions", ev,
      notes: "One row per subscription. Several customers hold two subscriptions (same cus_ id). One person has two Customer objects whose e-mails differ only in capitalisation (linked by e-mail: one customer). account_manager (metadata) holds a Hoshi Labs staff e-mail (agent), never a customer. Quantity is seats, not a score. Amount is the plan price per interval in USD." }],
    layout: [
      "Header: id, Customer ID, Customer Description, Customer Email, Plan, Product, Quantity, Currency, Interval, Amount, Status, Created (UTC), Start (UTC), Current Period Start/End (UTC), Trial Start/End (UTC), Application Fee Percent, Coupon, Tax Percent, Canceled At (UTC), Cancel At Period End, Ended At (UTC), then metadata columns.",
      "Dates 'YYYY-MM-DD HH:MM' UTC; booleans true/false.",
    ], choices: [
      "The subscription export's exact column titles are not in Stripe's public docs; they were modelled on the payments export naming ('… (UTC)', '(metadata)') and on the Subscription object fields.",
    ] });
});

// ============================================================= CHARGEBEE ===
tool(function chargebee() {
  const rng = new Rng("chargebee");
  const people = makePeople(rng, 30, { jaShare: 0.25 });
  for (const p of people) p.cbid = rng.chance(0.5) ? "AzZ" + rng.b62(13) : `cust_${p.last.toLowerCase()}_${rng.int(10, 99)}`;
  const staff = { first: "Sofia", last: "Lindqvist", email: AGENTS[4].email, phone: null, cbid: "AzZinternal01" };
  const subs = [...people];
  while (subs.length < 37) subs.push(rng.pick(people.slice(0, 8)));
  subs.push(staff);
  const order = rng.shuffle(subs);
  const header = ["subscriptions.id", "subscriptions.customer_id", "subscriptions.plan_id", "subscriptions.plan_quantity", "subscriptions.plan_unit_price", "subscriptions.currency_code", "subscriptions.status", "subscriptions.created_at", "subscriptions.started_at", "subscriptions.activated_at", "subscriptions.current_term_start", "subscriptions.current_term_end", "subscriptions.cancelled_at", "subscriptions.cancel_reason_code", "subscriptions.mrr", "subscriptions.billing_period_unit", "subscriptions.coupon", "subscriptions.cf_account_manager", "subscriptions.cf_referral_code", "customers.first_name", "customers.last_name", "customers.email", "customers.company", "customers.phone", "customers.auto_collection"];
  const fmt = (ms) => { const p = P(ms); const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][p.M - 1]; return `${p2(p.D)}-${mon}-${p.Y} ${p2(p.h)}:${p2(p.m)}`; };
  const rows = order.map((p) => {
    const created = randTime(rng, 30) - rng.int(0, 150) * DAY;
    const plan = rng.pick([["hoshi-pro-USD-Monthly", 19, "month"], ["hoshi-team-USD-Monthly", 49, "month"], ["hoshi-pro-USD-Yearly", 190, "year"]]);
    const status = rng.weighted([["active", 6], ["in_trial", 2], ["non_renewing", 1], ["cancelled", 2]]);
    const q = rng.pick([1, 1, 2, 5]);
    return [rng.b62(16), p.cbid, plan[0], q, plan[1].toFixed(2), "USD", status, fmt(created), fmt(created), status === "in_trial" ? "" : fmt(created + 14 * DAY), fmt(created + 30 * DAY), fmt(created + 60 * DAY),
      status === "cancelled" ? fmt(created + 50 * DAY) : "", status === "cancelled" ? rng.pick(["Too Expensive", "Not Using", "Switched to competitor"]) : "", status === "cancelled" ? "0.00" : (plan[2] === "year" ? plan[1] * q / 12 : plan[1] * q).toFixed(2), plan[2],
      rng.chance(0.15) ? "EARLYBIRD" : "", rng.chance(0.45) ? rng.pick(AGENTS.slice(0, 3)).email : "", rng.chance(0.2) ? `REF-${rng.b62(6).toUpperCase()}` : "",
      p.first, p.last, p.email, p.email && p.email.endsWith("contoso.example") ? "Contoso Ltd." : rng.pick(["", "", "Tailspin Toys"]), p.phone && rng.chance(0.4) ? fmtPhone(p.phone, "intl") : "", rng.pick(["on", "on", "off"])];
  });
  const labels = [
    { header: "subscriptions.id", role: "record_id" }, { header: "subscriptions.customer_id", role: "customer_id" }, { header: "subscriptions.plan_unit_price", role: "amount" }, { header: "subscriptions.created_at", role: "created_at" },
    { header: "subscriptions.cf_account_manager", role: "agent" }, { header: "subscriptions.cf_referral_code", role: "other" }, { header: "subscriptions.coupon", role: "other" }, { header: "subscriptions.plan_quantity", role: "other" },
    { header: "customers.email", role: "customer_email" }, { header: "customers.phone", role: "customer_phone" }, { header: "customers.company", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "subscriptions" });
  writeTool({ slug: "chargebee", tool: "Chargebee", split: "test", export: "Subscriptions > Export (Subscriptions.csv inside the export zip)", docs: [
    "https://www.simworkflow.com/integration-operation/chargebee-product-exports-subscriptions-post-fe0 (POST /exports/subscriptions: zip of CSV files with subscription data)",
    "https://datacatalog.chargebee.com/subscriptions (subscription columns: id, customer_id, activated_at, cancel_reason_code, …)",
    "https://chargebee.com/docs/1.0/bulk-operations.html",
  ], files: [{ name: "Subscriptions.csv", bytes: encode(toCSV([header, ...rows], { eol: "\r\n" }), "utf-8-bom"), format: "csv", encoding: "utf-8-bom", kind: "subscriptions", ev,
    notes: "Columns are prefixed by their table (subscriptions.*, customers.*). subscriptions.customer_id is the Chargebee customer id (random 'AzZ…' ids and readable handles); customers with several subscriptions repeat it. subscriptions.cf_account_manager is a custom field holding a Hoshi Labs staff e-mail (agent). One subscription belongs to an internal account (sofia.lindqvist@hoshi.example): not a customer. plan_quantity is seats; cf_referral_code and coupon are codes, not ids of people." }],
    layout: [
      "One header row with 'table.column' names (subscriptions.id, subscriptions.customer_id, … customers.email, customers.phone), UTF-8 with BOM, CRLF.",
      "Dates as 'DD-Mon-YYYY HH:MM' (site time zone); money with two decimals; custom fields 'cf_*'.",
    ], choices: [
      "The export's column naming was not found verbatim; Chargebee's data catalog names were used with the table prefix, and a BOM + CRLF as Excel-friendly exports usually carry. The date format is a plausible choice.",
    ] });
});

// ================================================================ RECURLY ===
tool(function recurly() {
  const rng = new Rng("recurly");
  const people = makePeople(rng, 30, { jaShare: 0.2 });
  for (const p of people) p.code = rng.chance(0.4) ? p.email : String(rng.int(100000000, 999999999)); // account_code defaults to the e-mail address
  const renamed = { ...people[3], email: `${people[3].first.toLowerCase()}@${"wingtip.example"}` }; // same account_code, new e-mail on file
  const subs = [...people, renamed];
  while (subs.length < 37) subs.push(rng.pick(people.slice(0, 8)));
  const order = rng.shuffle(subs);
  const header = ["uuid", "account_code", "email", "first_name", "last_name", "company_name", "plan_code", "plan_name", "subscription_quantity", "subscription_unit_amount", "currency", "state", "activated_at", "created_at", "canceled_at", "expires_at", "current_period_started_at", "current_period_ends_at", "trial_started_at", "trial_ends_at", "collection_method", "coupon_code", "total_recurring_amount", "custom_field_account_manager", "custom_field_nps_segment"];
  const rows = order.map((p) => {
    const created = randTime(rng, 30) - rng.int(0, 200) * DAY;
    const plan = rng.pick([["pro-monthly", "Hoshi Pro Monthly", 19], ["team-monthly", "Hoshi Team Monthly", 49], ["pro-annual", "Hoshi Pro Annual", 190]]);
    const state = rng.weighted([["active", 6], ["in_trial", 1], ["canceled", 1], ["expired", 1], ["paused", 1]]);
    const q = rng.pick([1, 1, 3]);
    const t = (ms) => `${ymdhms(ms, -420)} PDT`;
    return [rng.hex(32), p.code, p.email, p.first, p.last, rng.pick(["", "", "Northwind Traders", "Adatum Corporation"]), plan[0], plan[1], q, plan[2].toFixed(2), "USD", state, state === "in_trial" ? "" : t(created + 14 * DAY), t(created),
      state === "canceled" || state === "expired" ? t(created + 40 * DAY) : "", state === "expired" ? t(created + 60 * DAY) : "", t(created + 30 * DAY), t(created + 60 * DAY), t(created), t(created + 14 * DAY), rng.pick(["automatic", "automatic", "manual"]),
      rng.chance(0.15) ? "SPRING24" : "", (plan[2] * q).toFixed(2), rng.chance(0.4) ? rng.pick(AGENTS.slice(0, 3)).email : "", rng.pick(["promoter", "passive", "detractor", ""])];
  });
  const labels = [
    { header: "uuid", role: "record_id" }, { header: "account_code", role: "customer_id" }, { header: "email", role: "customer_email" }, { header: "subscription_unit_amount", role: "amount" },
    { header: "created_at", role: "created_at" }, { header: "custom_field_account_manager", role: "agent" }, { header: "custom_field_nps_segment", role: "other" }, { header: "coupon_code", role: "other" }, { header: "subscription_quantity", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "subscriptions" });
  writeTool({ slug: "recurly", tool: "Recurly", split: "dev", export: "Exports > Subscriptions (All), CSV", docs: [
    "https://docs.recurly.com/docs/subscriptions-exports (columns uuid, account_code, email …; custom fields appended as custom_field_<api name>)",
    "https://docs.recurly.com/docs/accounts-export (account_code defaults to the e-mail address; dates like 2012-06-27 03:47:28 PDT)",
    "https://support.recurly.com/hc/en-us/articles/360023375071-What-data-is-in-the-Accounts-export-",
  ], files: [{ name: "subscriptions_export.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "subscriptions", ev,
    notes: "account_code is the Recurly account id (customer_id): for many accounts it is the e-mail address itself (Recurly's default), for others a number. One account changed its e-mail on file between subscriptions (same account_code, two e-mails): one customer. custom_field_account_manager holds a Hoshi Labs staff e-mail (agent). custom_field_nps_segment holds NPS group labels (promoter/passive/detractor): a look-alike, not a 0–10 score, so nps is null." }],
    layout: [
      "One header row; custom fields appended at the end as 'custom_field_<api_name>' (Version 2 change log).",
      "Dates 'YYYY-MM-DD HH:MM:SS PDT'; account_code sometimes equal to the e-mail address.",
    ], choices: [
      "Only part of the documented column list was kept (the export has more columns: addresses, add-ons, shipping, ramp ids).",
    ] });
});

// ================================================================= PADDLE ===
tool(function paddle() {
  const rng = new Rng("paddle");
  const people = makePeople(rng, 28, { jaShare: 0.2 });
  for (const p of people) { p.ctm = "ctm_01h" + rng.chars(23, "0123456789abcdefghjkmnpqrstvwxyz"); p.biz = rng.chance(0.3) ? ["biz_01h" + rng.chars(23, "0123456789abcdefghjkmnpqrstvwxyz"), rng.pick(["Northwind Traders", "Tailspin Toys", "Adatum Corporation"])] : null; }
  const staff = { email: "billing-test@hoshi.example", ctm: "ctm_01h" + rng.chars(23, "0123456789abcdefghjkmnpqrstvwxyz"), biz: null };
  const tx = [...people];
  while (tx.length < 38) tx.push(rng.pick(people.slice(0, 10)));
  tx.push(staff, null);
  const order = rng.shuffle(tx);
  const header = ["id", "status", "invoice_number", "customer_id", "customer_email", "address_id", "address_country_code", "business_id", "business_name", "price_ids", "discount_ids", "subscription_id", "origin", "collection_mode", "currency_code", "subtotal", "discount", "tax", "total", "fee", "earnings", "created_at", "updated_at", "billed_at"];
  let inv = 3210;
  const rows = order.map((p) => {
    const created = randTime(rng, 30);
    const status = p ? rng.weighted([["completed", 8], ["past_due", 1], ["canceled", 1]]) : "draft";
    const prices = rng.shuffle(["pri_01hv8k2m", "pri_01hv8k9x", "pri_01hvadd0n"]).slice(0, rng.int(1, 2)).map((x) => x + rng.chars(18, "0123456789abcdefghjkmnpqrstvwxyz"));
    const sub = rng.int(1900, 9900) / 100;
    const disc = rng.chance(0.15) ? Math.round(sub * 10) / 100 : 0;
    const tax = Math.round((sub - disc) * 10) / 100;
    const total = sub - disc + tax;
    inv += 1;
    return ["txn_01h" + rng.chars(23, "0123456789abcdefghjkmnpqrstvwxyz"), status, status === "completed" || status === "past_due" ? `${P(created).Y}-${inv}` : "", p ? p.ctm : "", p ? p.email : "", p ? "add_01h" + rng.chars(23, "0123456789abcdefghjkmnpqrstvwxyz") : "", p && p.ja ? "JP" : "US",
      p && p.biz ? p.biz[0] : "", p && p.biz ? p.biz[1] : "", prices.join(","), disc ? "dsc_01hspring2024" : "", p && rng.chance(0.7) ? "sub_01h" + rng.chars(23, "0123456789abcdefghjkmnpqrstvwxyz") : "",
      p ? rng.pick(["web", "subscription_recurring", "subscription_recurring", "api"]) : "web", "automatic", "USD", sub.toFixed(2), disc.toFixed(2), tax.toFixed(2), total.toFixed(2), status === "completed" ? (total * 0.05 + 0.5).toFixed(2) : "0.00", status === "completed" ? (total - tax - (total * 0.05 + 0.5)).toFixed(2) : "0.00",
      isoMs(created).replace(/\.\d+Z$/, ".000000Z"), isoMs(created + HOUR).replace(/\.\d+Z$/, ".000000Z"), status === "draft" ? "" : isoMs(created + 60000).replace(/\.\d+Z$/, ".000000Z")];
  });
  const labels = [
    { header: "id", role: "record_id" }, { header: "customer_id", role: "customer_id" }, { header: "customer_email", role: "customer_email" }, { header: "total", role: "amount" },
    { header: "created_at", role: "created_at" }, { header: "business_name", role: "other" }, { header: "business_id", role: "other" }, { header: "subscription_id", role: "other" }, { header: "discount_ids", role: "other" }, { header: "invoice_number", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "payments" });
  writeTool({ slug: "paddle", tool: "Paddle Billing", split: "test", export: "Paddle > Reports > Transactions report (CSV)", docs: [
    "https://developer.paddle.com/build/finance/reports/transactions (column headings mirror API fields: txn_ id, customer_id ctm_, customer email, address_id, business_id/name, price ids, discount ids, subscription_id, created_at/updated_at/billed_at)",
    "https://developer.paddle.com/build/finance/generate-reports", "https://developer.paddle.com/build/reports",
  ], files: [{ name: "transactions-report-2024-05-02.csv", bytes: encode(toCSV([header, ...rows], { eol: "\n" }), "utf-8"), format: "csv", encoding: "utf-8", kind: "payments", ev,
    notes: "One row per transaction. customer_id (ctm_…) is the Paddle customer; business_id/business_name identify a company, not a person. price_ids is a comma-separated list inside one quoted cell. One draft checkout transaction has no customer yet (anonymous). A test transaction used billing-test@hoshi.example (not a customer). invoice_number is an invoice sequence, not a customer key. Amounts in major units (USD)." }],
    layout: [
      "One header row of snake_case API field names; RFC 3339 datetimes with microseconds.",
      "Comma-separated id lists (price_ids) quoted in one cell; empty cells for missing business/discount/subscription.",
    ], choices: [
      "Paddle documents the columns by description; the snake_case titles mirror API field names (as the docs say) and amounts are written in major units (the report could also use minor units).",
    ] });
});

// ============================================================ WOOCOMMERCE ===
tool(function woocommerce() {
  const rng = new Rng("woocommerce");
  const people = makePeople(rng, 28, { jaShare: 0.3 });
  let uid = 11;
  for (const p of people) { p.wpid = rng.chance(0.65) ? String(uid += rng.int(1, 40)) : "0"; }
  const buyers = [...people];
  while (buyers.length < 37) buyers.push(rng.pick(people.slice(0, 10)));
  buyers.push({ first: "Priya", last: "Nair", email: AGENTS[2].email, phone: null, wpid: "1" }); // shop manager test order
  const order = rng.shuffle(buyers);
  const header = ["order_id", "order_number", "order_date", "paid_date", "status", "shipping_total", "shipping_tax_total", "fee_total", "tax_total", "discount_total", "order_total", "order_currency", "payment_method", "payment_method_title", "transaction_id", "customer_ip_address", "customer_user_agent", "shipping_method", "customer_user", "customer_email", "billing_first_name", "billing_last_name", "billing_company", "billing_email", "billing_phone", "billing_address_1", "billing_city", "billing_postcode", "billing_country", "shipping_first_name", "shipping_last_name", "shipping_address_1", "shipping_city", "shipping_postcode", "shipping_country", "customer_note", "line_item_1", "line_item_2", "coupon_items", "order_notes", "meta:_wc_order_attribution_utm_source", "meta:_wc_order_attribution_utm_campaign"];
  let oid = 3870;
  const rows = order.map((p, i) => {
    oid += rng.int(1, 9);
    const created = randTime(rng, 30);
    const status = rng.weighted([["completed", 6], ["processing", 2], ["on-hold", 1], ["cancelled", 1]]);
    const items = rng.shuffle([["Star Map Poster", 42, "HL-PST-A2", 45], ["Hoshi Mug", 43, "HL-MUG-01", 28], ["Planisphere", 51, "HL-PLN-01", 36]]).slice(0, rng.int(1, 2));
    const li = items.map(([n, pid, sku, price]) => { const q = rng.int(1, 2); return { s: `name:${n}|product_id:${pid}|variation_id:0|sku:${sku}|quantity:${q}|subtotal:${(price * q).toFixed(2)}|subtotal_tax:0.00|total:${(price * q).toFixed(2)}|total_tax:0.00|refunded:0|meta:`, t: price * q }; });
    const sub = li.reduce((s, x) => s + x.t, 0), ship = rng.pick([0, 5, 8]);
    const bill = p.email && rng.chance(0.15) ? emailVariant(p.email, 2) : p.email;
    const acct = p.wpid !== "0" ? (rng.chance(0.1) ? `${p.first.toLowerCase()}.work@${"litware.example"}` : p.email) : p.email;
    return [oid, oid, ymdhms(created), status === "completed" || status === "processing" ? ymdhms(created + 120000) : "", status, ship.toFixed(2), "0.00", "0.00", "0.00", "0.00", (sub + ship).toFixed(2), "USD",
      rng.pick(["stripe", "ppcp-gateway", "bacs"]), rng.pick(["Credit Card (Stripe)", "PayPal", "Direct bank transfer"]), rng.chance(0.7) ? "pi_3P" + rng.b62(21) : "", `203.0.113.${rng.int(2, 250)}`,
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15", rng.pick(["Flat rate", "Free shipping", "Local pickup"]),
      p.wpid, acct, p.first, p.last, "", bill, p.phone && rng.chance(0.6) ? fmtPhone(p.phone, rng.pick(["intl", "local", "digits"])) : "", p.ja ? "南青山3-1-2" : "12 Harbour Rd", p.ja ? "港区" : "Seattle", p.ja ? "107-0062" : "98101", p.ja ? "JP" : "US",
      p.first, p.last, p.ja ? "南青山3-1-2" : "12 Harbour Rd", p.ja ? "港区" : "Seattle", p.ja ? "107-0062" : "98101", p.ja ? "JP" : "US",
      rng.chance(0.15) ? rng.pick(["Please leave at the door, thanks!", "午前中に配達してください"]) : "", li[0].s, li[1] ? li[1].s : "", rng.chance(0.15) ? "code:SPRING10|amount:4.50" : "",
      status === "completed" ? `Order status changed from Processing to Completed.|Stock levels reduced: ${items[0][0]} (${items[0][2]})|Order status changed by ${rng.pick(AGENTS.slice(0, 3)).name}` : "Order status changed from Pending payment to Processing.",
      rng.chance(0.4) ? rng.pick(["google", "instagram", "(direct)"]) : "", rng.chance(0.3) ? rng.pick(["spring_launch", "gw_sale"]) : ""];
  });
  const labels = [
    { header: "order_id", role: "record_id" }, { header: "order_date", role: "created_at" }, { header: "order_total", role: "amount" }, { header: "customer_user", role: "customer_id" },
    { header: "customer_email", role: "customer_email" }, { header: "billing_email", role: "customer_email" }, { header: "billing_phone", role: "customer_phone" }, { header: "transaction_id", role: "other" },
    { header: "customer_ip_address", role: "other" }, { header: "meta:_wc_order_attribution_utm_campaign", role: "other" }, { header: "meta:_wc_order_attribution_utm_source", role: "other" }, { header: "order_number", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "orders", idNulls: ["0"] });
  writeTool({ slug: "woocommerce", tool: "WooCommerce (Order Export plugin)", split: "dev", export: "WooCommerce > Export > Orders (Import Export Suite for WooCommerce), CSV", docs: [
    "https://woocommerce.com/document/import-and-export-of-woocommerce-orders/ (column headings order_id … customer_user, customer_email, billing_*, line_item_n, order_notes)",
    "https://pastebin.com/GyL9anNk (sample order export: order_item_n and pipe-separated order notes)",
    "https://pastebin.com/MdrEA13A (export plugin settings: format_csv_add_utf8_bom, format_csv_linebreak \\r\\n)",
  ], files: [{ name: "order_export_2024-05-02.csv", bytes: encode(toCSV([header, ...rows], { eol: "\r\n" }), "utf-8-bom"), format: "csv", encoding: "utf-8-bom", kind: "orders", ev,
    notes: "customer_user is the WordPress user id; guest orders have customer_user 0, which is WooCommerce's 'no account' value and is NOT a customer key (otherwise every guest would merge). customer_email is the account's address and billing_email the address typed at checkout (may differ in case or be a different address of the same person: both are keys of the same record). billing_phone comes in three formats; only '+…' values are keys. transaction_id is the payment gateway's id (pi_…), not a customer. order_notes mention a staff member by name. One order was a test by the shop manager (priya.nair@hoshi.example)." }],
    layout: [
      "UTF-8 with BOM, CRLF; one row per order; line items flattened into line_item_1, line_item_2 as 'key:value|key:value' strings; order notes joined with '|'.",
      "Order attribution meta columns prefixed 'meta:'; IP address and user-agent columns.",
    ], choices: [
      "WooCommerce core has no order CSV export; the documented Import Export Suite plugin layout was used. BOM and CRLF follow the plugin's Excel-friendly options.",
    ] });
});

// ============================================================= BRANDWATCH ===
tool(function brandwatch() {
  const rng = new Rng("brandwatch");
  const people = makePeople(rng, 30, { jaShare: 0.35 });
  const header = ["Query Id", "Query Name", "Date", "Title", "Snippet", "Url", "Domain", "Sentiment", "Page Type", "Language", "Country Code", "Country", "Account Type", "Added", "Assignment", "Author", "Full Name", "Avatar", "Category Details", "Checked", "Hashtags", "Impact", "Mentioned Authors", "Priority", "Reach (new)", "Resource Id", "Tags", "Thread Author", "Thread Entry Type", "Twitter Followers", "Twitter Verified"];
  const authors = rng.shuffle([...people, people[0], people[1], people[2], people[5], people[7], people[9], people[11], people[12], people[13], people[14]]).slice(0, 40);
  const texts = [
    ["Just got my @hoshilabs star map poster and it's gorgeous 🌌 #stargazing", "en"], ["Anyone else having trouble logging into the Hoshi app today?", "en"],
    ["@hoshilabs support took 3 days to reply. Not great.", "en"], ["ホシラボのプラネタリウムアプリ、使いやすくて最高！ #星空", "ja"], ["ホシラボの配送が遅い…注文から1週間経った", "ja"],
    ["Review: Hoshi Labs planisphere — solid build, confusing instructions, 4/5", "en"], ["Is Hoshi Pro worth it vs the free tier? Thinking of upgrading", "en"], ["@hoshilabs の新しいマグカップかわいい", "ja"],
  ];
  let rid = 1889000000000000000n;
  const rows = authors.map((p, i) => {
    const t = rng.pick(texts);
    const pageType = rng.weighted([["twitter", 5], ["reddit", 2], ["news", 1], ["instagram", 1], ["review", 1]]);
    const created = randTime(rng, 30);
    rid += BigInt(rng.int(1000, 99999999));
    const handle = pageType === "twitter" || pageType === "instagram" ? p.handle : pageType === "reddit" ? `u/${p.handle}` : p.name;
    const url = pageType === "twitter" ? `https://twitter.com/${p.handle}/status/${rid}` : pageType === "instagram" ? `https://www.instagram.com/p/${rng.b62(11)}/` : pageType === "reddit" ? `https://www.reddit.com/r/astronomy/comments/${rng.b62(6).toLowerCase()}/` : `https://www.${rng.pick(["stargazer-news.example", "reviewhub.example"])}/hoshi-labs-${rng.int(100, 999)}`;
    const domain = url.split("/")[2].replace(/^www\./, "");
    const sentiment = /最高|gorgeous|かわいい|solid/.test(t[0]) ? "positive" : /trouble|Not great|遅い/.test(t[0]) ? "negative" : "neutral";
    return [1998765432, "Hoshi Labs - Brand (EN+JA)", `${ymdhms(created)}.0`, pageType === "news" || pageType === "review" ? t[0].slice(0, 40) : "", t[0], url, domain, sentiment, pageType, t[1], t[1] === "ja" ? "JPN" : "USA", t[1] === "ja" ? "Japan" : "United States",
      pageType === "twitter" ? rng.pick(["individual", "individual", "organisational"]) : "", `${ymdhms(created + 300000)}.0`, rng.chance(0.2) ? rng.pick(AGENTS.slice(0, 3)).email : "",
      handle, pageType === "twitter" || pageType === "instagram" ? (p.ja && rng.chance(0.5) ? p.jaName : p.name) : "", pageType === "twitter" ? `https://pbs.twimg.example/profile_images/${rng.int(1e9, 2e9)}/avatar.jpg` : "",
      rng.chance(0.3) ? "Topics: Shipping" : "", rng.chance(0.3) ? "true" : "false", (t[0].match(/#\S+/g) || []).join(", ").replace(/#/g, "").toLowerCase(), rng.int(1, 60), t[0].includes("@hoshilabs") ? "hoshilabs" : "",
      rng.chance(0.1) ? "high" : "", rng.int(10, 90000), String(rid), rng.chance(0.2) ? "Escalate" : "", pageType === "reddit" ? `u/${rng.pick(["orbitfan", "nightowl_88"])}` : pageType === "twitter" && rng.chance(0.2) ? "hoshilabs" : "",
      pageType === "twitter" ? rng.pick(["post", "reply", "repost"]) : "", pageType === "twitter" ? rng.int(12, 48000) : "", pageType === "twitter" ? "false" : ""];
  });
  const preamble = [["Brandwatch Consumer Research"], ["Report:", "Mentions export"], ["Project:", COMPANY], ["Query:", "Hoshi Labs - Brand (EN+JA)"], ["From:", "2024-04-01"], ["To:", "2024-04-30"], ["Exported:", "2024-05-02 09:30"], []];
  const text = toCSV([...preamble, header, ...rows], { eol: "\n", quoteAll: true }).replace(/^""\n/m, "\n");
  const labels = [
    { header: "Query Name", role: "other" }, { header: "Query Id", role: "other" }, { header: "Date", role: "submitted_at" }, { header: "Sentiment", role: "other" }, { header: "Assignment", role: "agent" },
    { header: "Author", role: "customer_handle" }, { header: "Full Name", role: "customer_name" }, { header: "Impact", role: "other" }, { header: "Mentioned Authors", role: "other" },
    { header: "Resource Id", role: "record_id" }, { header: "Thread Author", role: "other" }, { header: "Twitter Followers", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "mentions" });
  writeTool({ slug: "brandwatch", tool: "Brandwatch Consumer Research", split: "test", export: "Mentions > Download > CSV (mentions of one query)", docs: [
    "https://developers.brandwatch.com/docs/mention-metadata-field-definitions (mention fields: author, fullname, assignment = Brandwatch user e-mail, impact, pageType, sentiment, threadAuthor, …)",
    "https://docs.adverity.com/reference/connectors/connector-brandwatch.htm (UI field names: Author, Account Type, Author Country …)",
  ], files: [{ name: "Hoshi_Labs_-_Brand_EN+JA_mentions_2024-04-01_2024-04-30.csv", bytes: encode(text, "utf-8"), format: "csv", encoding: "utf-8", kind: "mentions", ev,
    notes: "Public posts about the brand found by a listening query. Authors are not customers when this file is analysed alone (no e-mail or customer id in any row), so customers = 0. Author is the author's handle on X/Instagram ('u/…' on Reddit, a byline on news/review sites); Full Name the display name. Assignment is the e-mail of the Brandwatch user a mention was assigned to (a Hoshi Labs employee: agent). Query Name / Query Id name the listening query (look-alike). Sentiment is Brandwatch's derived sentiment; Impact, Reach (new) and Twitter Followers are metrics, not scores. Mentioned Authors and Thread Author often contain the brand's own handle. The file starts with 7 report metadata rows and one empty row before the header (header is line 9)." }],
    layout: [
      "Report preamble rows (title, report, project, query, date range, export time) and an empty line, then the header row and one row per mention; every cell quoted.",
      "Date/Added as 'YYYY-MM-DD HH:MM:SS.0'; Resource Id a long numeric string; hashtags comma-separated.",
      "Mixed English and Japanese posts; X, Reddit, Instagram, news and review pages.",
    ], choices: [
      "The exact preamble wording and the subset/order of columns are reconstructed: the documentation defines the fields (API names) but not the CSV layout. Column titles use the UI names.",
    ] });
});

// =========================================================== SPROUT SOCIAL ===
tool(function sproutSocial() {
  const rng = new Rng("sprout-social");
  const people = makePeople(rng, 30, { jaShare: 0.3 });
  const header = ["Date", "Network", "Message Type", "Received Profile", "From", "From Screen Name", "Message", "Permalink", "Rating", "Tags", "Sentiment", "Assigned To", "Completed By", "Completed At", "Message ID"];
  const order = rng.shuffle([...people, ...people.slice(0, 10)]).slice(0, 38);
  const rows = order.map((p) => {
    const created = randTime(rng, 30);
    const net = rng.weighted([["X", 5], ["Facebook", 2], ["Instagram", 2], ["Google Business Profile", 4], ["Glassdoor", 0.3]]);
    const type = net === "Google Business Profile" ? "Review" : net === "X" ? rng.pick(["@Mention", "Direct Message", "Reply"]) : net === "Facebook" ? rng.pick(["Comment", "Recommendation", "Private Message"]) : rng.pick(["Comment", "Direct Message", "Tag"]);
    let rating = "";
    if (type === "Review") rating = String(rng.weighted([[5, 5], [4, 3], [3, 1], [2, 1], [1, 2]]));
    const done = rng.chance(0.6);
    const msg = type === "Review" ? rng.pick(["Lovely shop in Omotesando, staff were super helpful.", "表参道店のスタッフさんが親切でした。また行きます", "Waited 20 minutes and nobody helped.", "Nice mugs, a bit pricey"]) : rng.pick(["@hoshilabs my order #1187 still hasn't shipped", "Love the new poster!", "How do I cancel my subscription?", "ホシラボさん、アプリのログインができません", "@hoshilabs thank you for the quick fix 🙏"]);
    return [`${mdyUS(created)} ${p2(P(created).h)}:${p2(P(created).m)}`, net, type, net === "X" ? "@hoshilabs" : "Hoshi Labs", p.ja && rng.chance(0.6) ? p.jaName : p.name, net === "X" || net === "Instagram" ? `@${p.handle}` : "",
      msg, net === "X" ? `https://twitter.com/${p.handle}/status/${rng.int(1e9, 9e9)}${rng.int(1e8, 9e8)}` : net === "Google Business Profile" ? "https://maps.google.com/?cid=" + rng.int(1e9, 9e9) : "",
      rating, rng.chance(0.3) ? rng.pick(["Shipping", "Praise", "Bug", "Shipping, Escalated"]) : "", rng.pick(["Positive", "Neutral", "Negative"]), rng.chance(0.4) ? rng.pick(AGENTS.slice(0, 3)).name : "",
      done ? rng.pick(AGENTS.slice(0, 4)).name : "", done ? `${mdyUS(created + 3 * HOUR)} ${p2(P(created + 3 * HOUR).h)}:${p2(P(created + 3 * HOUR).m)}` : "", String(rng.int(1e9, 9e9)) + String(rng.int(1e8, 9e8))];
  });
  const labels = [
    { header: "Date", role: "submitted_at" }, { header: "From", role: "customer_name" }, { header: "From Screen Name", role: "customer_handle" }, { header: "Rating", role: "score_csat" },
    { header: "Sentiment", role: "other" }, { header: "Assigned To", role: "agent" }, { header: "Completed By", role: "agent" }, { header: "Message ID", role: "record_id" }, { header: "Received Profile", role: "other" }, { header: "Tags", role: "other" },
  ];
  const ev = evalTable({ header, rows, labels, kind: "mentions", csatScale: { type: "num5" } });
  writeTool({ slug: "sprout-social", tool: "Sprout Social", split: "dev", export: "Smart Inbox > Export messages (CSV)", docs: [
    "https://api.sproutsocial.com/docs/ (message data: messages received by and replied to from owned profiles; fields such as network, content category, from, text, permalink, tags, sentiment)",
    "https://www.comparably.com/companies/70648/faqs (Sprout Inbox Team Report: assignments and completed replies)",
  ], files: [{ name: "Sprout_Smart_Inbox_Export_2024-05-02.csv", bytes: encode(toCSV([header, ...rows], { eol: "\r\n" }), "utf-8-bom"), format: "csv", encoding: "utf-8-bom", kind: "mentions", ev,
    notes: "Inbound social messages (mentions, comments, DMs, reviews) received by Hoshi Labs' profiles. Rating is the 1–5 star rating of Google Business Profile reviews (blank for other messages): 4–5 satisfied. From Screen Name is the author's handle on X/Instagram; no row carries an e-mail or customer id, so customers = 0 when this file is analysed alone. Assigned To and Completed By are Sprout users (agents). Sentiment is Sprout's derived label. Received Profile is Hoshi Labs' own profile (look-alike handle)." }],
    layout: [
      "UTF-8 with BOM, CRLF, one header row, one row per inbound message; dates 'M/D/YYYY HH:MM' in the user's time zone.",
      "Networks X, Facebook, Instagram, Google Business Profile, Glassdoor; Japanese and English messages; emoji.",
    ], choices: [
      "Sprout does not publish the Smart Inbox CSV column list; the column titles were derived from the documented message fields and the inbox UI (assignment, completion). Treat the exact titles as a plausible rendering.",
    ] });
});

// ================================================================= MAIN ===
fs.mkdirSync(OUT, { recursive: true });
for (const fn of TOOLS) fn();
const part = ["# Vendor export catalogue — part B (operations tools)", "",
  "Generated by `node scripts/vendors/make-operations-exports.mjs` (deterministic; no dependencies). Each directory holds the export file(s), a README.md describing the layout and the documentation used, and expected.json with the answers computed from the written cells.", "",
  "| Directory | Tool | Split | Export imitated | Files | Kinds |", "|---|---|---|---|---|---|"];
for (const w of written.sort((a, b) => a.slug.localeCompare(b.slug))) part.push(`| \`${w.slug}/\` | ${w.tool} | ${w.split} | ${w.export} | ${w.files.map((f) => `\`${f}\``).join(", ")} | ${w.kinds.join(", ")} |`);
part.push("", "Rules used for the answers: see each expected.json `notes`. Staff: any identity that includes an address on hoshi.example is not a customer; in files of mentions analysed alone, authors without an e-mail or customer id are not customers; WooCommerce's customer_user 0 means 'guest' and is not a key.", "");
fs.writeFileSync(path.join(OUT, "tools-operations.md"), part.join("\n"));
console.log(`wrote ${written.length} tool directories under ${path.relative(ROOT, OUT)}`);
