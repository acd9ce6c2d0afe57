// make-holdout5-exports.mjs — blind evaluation catalogue, split "holdout5".
// Node 20, ESM, no dependencies. Deterministic: seeded PRNG, fixed dates, no clock/locale reads.
// Usage: node scripts/vendors/make-holdout5-exports.mjs
// It deletes and rewrites only the directories listed in TOOLS below (+ tools-holdout5.md).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = path.join(ROOT, "tests/data/vendors");
const SPLIT = "holdout5";
const COMPANY = "hoshi.example";

// ---------------------------------------------------------------- PRNG
function hashStr(s) { let h = 2166136261 >>> 0; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; } return h; }
function makeRng(seed) {
  let a = hashStr(String(seed)) || 1;
  const next = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
    hex: (n) => { let s = ""; for (let i = 0; i < n; i++) s += "0123456789abcdef"[Math.floor(next() * 16)]; return s; },
    alnum: (n, chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") => { let s = ""; for (let i = 0; i < n; i++) s += chars[Math.floor(next() * chars.length)]; return s; },
    digits: (n) => { let s = ""; for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10)); return s; },
    // weighted pick: [[value, weight], ...]
    wpick: (pairs) => { const tot = pairs.reduce((s, p) => s + p[1], 0); let x = next() * tot; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; },
  };
  return r;
}

// ---------------------------------------------------------------- dates (UTC arithmetic only)
const pad = (n, w = 2) => String(n).padStart(w, "0");
function D(y, m, d, hh = 0, mm = 0, ss = 0) { return new Date(Date.UTC(y, m - 1, d, hh, mm, ss)); }
function addMin(d, min) { return new Date(d.getTime() + Math.round(min) * 60000); }
function addSec(d, s) { return new Date(d.getTime() + Math.round(s) * 1000); }
const P = (d) => ({ Y: d.getUTCFullYear(), M: pad(d.getUTCMonth() + 1), Dd: pad(d.getUTCDate()), h: pad(d.getUTCHours()), m: pad(d.getUTCMinutes()), s: pad(d.getUTCSeconds()) });
const isoZ = (d) => { const p = P(d); return `${p.Y}-${p.M}-${p.Dd}T${p.h}:${p.m}:${p.s}Z`; };
const isoMs = (d) => { const p = P(d); return `${p.Y}-${p.M}-${p.Dd}T${p.h}:${p.m}:${p.s}.000Z`; };
const isoOff = (d, offMin) => { const l = new Date(d.getTime() + offMin * 60000); const p = P(l); const sg = offMin >= 0 ? "+" : "-"; const a = Math.abs(offMin); return `${p.Y}-${p.M}-${p.Dd}T${p.h}:${p.m}:${p.s}${sg}${pad(Math.floor(a / 60))}:${pad(a % 60)}`; };
const ymdhms = (d, off = 0) => { const p = P(new Date(d.getTime() + off * 60000)); return `${p.Y}-${p.M}-${p.Dd} ${p.h}:${p.m}:${p.s}`; };
const ymdhm = (d, off = 0) => { const p = P(new Date(d.getTime() + off * 60000)); return `${p.Y}-${p.M}-${p.Dd} ${p.h}:${p.m}`; };
const ymd = (d, off = 0) => { const p = P(new Date(d.getTime() + off * 60000)); return `${p.Y}-${p.M}-${p.Dd}`; };
const slashYmdhms = (d, off = 0) => { const p = P(new Date(d.getTime() + off * 60000)); return `${p.Y}/${p.M}/${p.Dd} ${p.h}:${p.m}:${p.s}`; };
const slashYmdhm = (d, off = 0) => { const p = P(new Date(d.getTime() + off * 60000)); return `${p.Y}/${p.M}/${p.Dd} ${p.h}:${p.m}`; };
const usDate = (d, off = 0) => { const p = P(new Date(d.getTime() + off * 60000)); return `${p.M}/${p.Dd}/${p.Y}`; };
const usDateTime = (d, off = 0) => { const p = P(new Date(d.getTime() + off * 60000)); return `${p.M}/${p.Dd}/${p.Y} ${p.h}:${p.m}:${p.s}`; };
const euDateTime = (d, off = 0) => { const p = P(new Date(d.getTime() + off * 60000)); return `${p.Dd}-${p.M}-${p.Y} ${p.h}:${p.m}:${p.s}`; };
const unix = (d) => Math.floor(d.getTime() / 1000);
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
function spreadDates(r, n, start, days) { const out = []; for (let i = 0; i < n; i++) out.push(addMin(start, r.int(0, days * 24 * 60))); return out.sort((a, b) => a - b); }

// ---------------------------------------------------------------- people
const FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sofia", "Lucas", "Mia", "Ethan", "Isla", "Arjun", "Priya", "Chen", "Wei", "Fatima", "Omar", "Elena", "Marco", "Greta", "Henrik", "Aisha", "Kwame", "Nadia", "Tomasz", "Ingrid", "Rafael", "Chloe", "Diego", "Hannah", "Jonas", "Leila", "Mason", "Nora", "Oscar", "Paula", "Ravi", "Sara", "Theo", "Yara", "Zoe", "Felix", "Amelie", "Bruno", "Clara"];
const LAST = ["Anders", "Baker", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Hughes", "Ivanova", "Jensen", "Kowalski", "Lambert", "Moreau", "Nakamura", "Okafor", "Patel", "Quinn", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga", "Walsh", "Xu", "Yilmaz", "Zimmer", "Brennan", "Costa", "Duarte", "Ferreira", "Hale", "Lindqvist", "Mendes", "Novak", "Olsen", "Pereira", "Sato", "Torres", "Weber"];
const JA_LAST = [["佐藤", "sato", "サトウ"], ["鈴木", "suzuki", "スズキ"], ["高橋", "takahashi", "タカハシ"], ["田中", "tanaka", "タナカ"], ["伊藤", "ito", "イトウ"], ["渡辺", "watanabe", "ワタナベ"], ["山本", "yamamoto", "ヤマモト"], ["中村", "nakamura", "ナカムラ"], ["小林", "kobayashi", "コバヤシ"], ["加藤", "kato", "カトウ"], ["吉田", "yoshida", "ヨシダ"], ["山田", "yamada", "ヤマダ"], ["佐々木", "sasaki", "ササキ"], ["松本", "matsumoto", "マツモト"], ["井上", "inoue", "イノウエ"], ["木村", "kimura", "キムラ"], ["清水", "shimizu", "シミズ"], ["森", "mori", "モリ"], ["池田", "ikeda", "イケダ"], ["橋本", "hashimoto", "ハシモト"]];
const JA_FIRST = [["陽菜", "hina", "ヒナ"], ["蓮", "ren", "レン"], ["結衣", "yui", "ユイ"], ["大翔", "hiroto", "ヒロト"], ["美咲", "misaki", "ミサキ"], ["翔太", "shota", "ショウタ"], ["葵", "aoi", "アオイ"], ["健太", "kenta", "ケンタ"], ["さくら", "sakura", "サクラ"], ["拓海", "takumi", "タクミ"], ["優子", "yuko", "ユウコ"], ["直樹", "naoki", "ナオキ"], ["真由美", "mayumi", "マユミ"], ["和也", "kazuya", "カズヤ"], ["恵", "megumi", "メグミ"], ["大輔", "daisuke", "ダイスケ"]];
const DOMAINS = ["gmail.example", "northwind.example", "outlook.example", "contoso.example", "fabrikam.example", "icloud.example", "proton.example", "tailspin.example", "adatum.example", "wingtip.example", "litware.example", "yahoo.example", "fastmail.example", "blueyonder.example", "woodgrove.example"];
const JA_DOMAINS = ["yahoo.co.jp.example", "docomo.ne.jp.example", "ezweb.ne.jp.example", "gmail.example", "nifty.example", "softbank.ne.jp.example", "icloud.example", "ocn.ne.jp.example", "sakura-shoji.co.jp.example", "kita-design.jp.example"];
const COUNTRIES = [["US", "+1", 10], ["GB", "+44", 10], ["DE", "+49", 10], ["FR", "+33", 9], ["NL", "+31", 9], ["JP", "+81", 10], ["AU", "+61", 9], ["CA", "+1", 10], ["ES", "+34", 9], ["SE", "+46", 9]];
function makePeople(r, n, opts = {}) {
  const ja = !!opts.ja; const seen = new Set(); const out = [];
  while (out.length < n) {
    let p;
    if (ja) {
      const l = r.pick(JA_LAST), f = r.pick(JA_FIRST);
      const local = r.pick([`${f[1]}.${l[1]}`, `${l[1]}${f[1][0]}`, `${f[1]}_${l[1]}${r.int(1, 99)}`, `${l[1]}.${f[1]}`]);
      p = { first: f[0], last: l[0], name: `${l[0]} ${f[0]}`, kana: `${l[2]} ${f[2]}`, romaji: `${f[1]} ${l[1]}`, local, domain: r.pick(JA_DOMAINS), country: "JP", cc: "+81" };
      p.phoneLocal = `0${r.pick(["90", "80", "70"])}-${r.digits(4)}-${r.digits(4)}`;
      p.phone = "+81" + p.phoneLocal.slice(1).replace(/-/g, "");
    } else {
      const f = r.pick(FIRST), l = r.pick(LAST);
      const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${r.int(1, 99)}`, `${f}_${l}`, `${l}.${f[0]}`]).toLowerCase();
      const c = opts.country ? COUNTRIES.find((x) => x[0] === opts.country) : r.pick(COUNTRIES);
      p = { first: f, last: l, name: `${f} ${l}`, local, domain: r.pick(DOMAINS), country: c[0], cc: c[1] };
      p.phone = c[1] + r.int(2, 9) + r.digits(c[2] - 1);
    }
    p.email = `${p.local}@${p.domain}`;
    if (seen.has(p.email)) continue;
    seen.add(p.email); out.push(p);
  }
  return out;
}
// e-mail as a tool might echo a customer's own typing: case/space variations
function emailVariant(r, email, p = 0.35) {
  if (!r.chance(p)) return email;
  const k = r.int(0, 3);
  if (k === 0) return email[0].toUpperCase() + email.slice(1);
  if (k === 1) return email.toUpperCase();
  if (k === 2) return " " + email;
  return email.replace(/^(.)([^.@]*)/, (m, a, b) => a.toUpperCase() + b) + " ";
}
const STAFF = [
  { name: "Aiko Morita", email: "aiko.morita@hoshi.example", ja: "森田 愛子" },
  { name: "Ben Carter", email: "ben.carter@hoshi.example", ja: "カーター ベン" },
  { name: "Dana Whitfield", email: "dana@hoshi.example", ja: "ホワイトフィールド ダナ" },
  { name: "Kenji Ota", email: "kenji.ota@hoshi.example", ja: "太田 健二" },
  { name: "Lucia Ferraro", email: "lucia.ferraro@hoshi.example", ja: "フェラーロ ルチア" },
  { name: "Sam Okoye", email: "sam.okoye@hoshi.example", ja: "オコエ サム" },
  { name: "Yuki Hayashi", email: "yuki.hayashi@hoshi.example", ja: "林 由紀" },
];

// ---------------------------------------------------------------- identity (customers)
// keys: "e:<email>" "p:<+digits>" "i:<tool>:<id>" "h:<handle>"
const kEmail = (s) => { if (s == null) return null; const e = String(s).trim().toLowerCase(); if (!e || !e.includes("@")) return null; if (e.endsWith("@" + COMPANY) || e.endsWith("." + COMPANY)) return null; return "e:" + e; };
const kPhone = (s) => { if (s == null) return null; const t = String(s).trim(); if (!t.startsWith("+")) return null; const d = t.replace(/[^0-9]/g, ""); return d.length >= 8 ? "p:+" + d : null; };
const kId = (tool, s) => { if (s == null || String(s).trim() === "") return null; const t = String(s).trim(); if (t.toLowerCase().endsWith("@" + COMPANY)) return null; return `i:${tool}:${t}`; };
const kHandle = (s) => (s == null || String(s).trim() === "" ? null : "h:" + String(s).trim().replace(/^@/, "").toLowerCase());
function countCustomers(keyLists) {
  const parent = new Map();
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  const add = (x) => { if (!parent.has(x)) parent.set(x, x); };
  for (const ks of keyLists) {
    const k = ks.filter(Boolean); if (!k.length) continue;
    k.forEach(add); for (let i = 1; i < k.length; i++) { const a = find(k[0]), b = find(k[i]); if (a !== b) parent.set(a, b); }
  }
  const roots = new Set(); for (const x of parent.keys()) roots.add(find(x)); return roots.size;
}

// ---------------------------------------------------------------- scores
const FW = "０１２３４５６７８９";
const toHalf = (s) => String(s).replace(/[０-９]/g, (c) => String(FW.indexOf(c)));
const toFull = (s) => String(s).replace(/[0-9]/g, (c) => FW[+c]);
// returns number 0..10, null (blank / not answered), or NaN (invalid)
function npsValue(cell) {
  if (cell == null) return null; const t = toHalf(String(cell)).trim(); if (t === "") return null;
  const m = t.match(/^(\d{1,2})(?:\s*(?:[-–:：]\s*\D.*|[（(]\D.*[）)]))?$/); if (!m) return NaN; const v = +m[1]; return v <= 10 ? v : NaN;
}
function npsTally(cells) { const o = { promoters: 0, passives: 0, detractors: 0 }; for (const c of cells) { const v = npsValue(c); if (v == null || Number.isNaN(v)) continue; if (v >= 9) o.promoters++; else if (v >= 7) o.passives++; else o.detractors++; } return o; }
const CSAT_LABELS = new Map(Object.entries({
  "very satisfied": 5, "satisfied": 4, "neutral": 3, "neither satisfied nor dissatisfied": 3, "dissatisfied": 2, "very dissatisfied": 1,
  "非常に満足": 5, "満足": 4, "どちらでもない": 3, "不満": 2, "非常に不満": 1, "やや満足": 4, "やや不満": 2,
}));
// scale: 5 | 7 | "goodbad" | "stars"
function csatTally(cells, scale = 5) {
  let satisfied = 0, answered = 0;
  for (const c of cells) {
    if (c == null) continue; const t = toHalf(String(c)).trim(); if (t === "") continue;
    if (scale === "goodbad") { const l = t.toLowerCase(); if (l === "good") { satisfied++; answered++; } else if (l === "bad") answered++; continue; }
    let v = null;
    if (/^\d+(\.0+)?$/.test(t)) v = Math.round(+t); else if (CSAT_LABELS.has(t.toLowerCase())) v = CSAT_LABELS.get(t.toLowerCase());
    const max = scale === 7 ? 7 : 5;
    if (v == null || v < 1 || v > max) continue;
    answered++; if (scale === 7 ? v >= 6 : v >= 4) satisfied++;
  }
  return { satisfied, answered };
}

// ---------------------------------------------------------------- CSV / JSON writers
function csvCell(v, sep, quoteAll) {
  if (v == null) v = ""; v = String(v);
  if (quoteAll || v.includes(sep) || v.includes('"') || v.includes("\n") || v.includes("\r")) return '"' + v.replace(/"/g, '""') + '"';
  return v;
}
function toCSV(rows, o = {}) {
  const sep = o.sep ?? ",", eol = o.eol ?? "\n";
  const body = rows.map((row) => row.map((v) => csvCell(v, sep, o.quoteAll)).join(sep)).join(eol);
  return body + (o.noFinalEol ? "" : eol);
}
// minimal RFC-4180 parser used only for self-checks
function parseCSV(text, sep = ",") {
  const rows = []; let row = [], f = "", q = false, i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"') { if (text[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; continue; }
    if (c === '"') q = true; else if (c === sep) { row.push(f); f = ""; } else if (c === "\r") { /* skip */ } else if (c === "\n") { row.push(f); rows.push(row); row = []; f = ""; } else f += c;
  }
  if (f !== "" || row.length) { row.push(f); rows.push(row); }
  return rows;
}
function flattenKeys(obj, prefix = "", out = new Set()) {
  if (Array.isArray(obj)) { if (obj.some((x) => x && typeof x === "object")) for (const x of obj) flattenKeys(x, prefix + "[]", out); else out.add(prefix); return out; }
  if (obj && typeof obj === "object") { for (const [k, v] of Object.entries(obj)) { const p = prefix ? (prefix.endsWith("[]") ? prefix + "." + k : prefix + "." + k) : k; if (v && typeof v === "object" && !(Array.isArray(v) && !v.some((x) => x && typeof x === "object"))) flattenKeys(v, p, out); else out.add(p); } return out; }
  out.add(prefix); return out;
}

// ---------------------------------------------------------------- Shift_JIS encoder (table from Node's decoder)
let SJIS = null;
function sjisTable() {
  if (SJIS) return SJIS;
  const dec = new TextDecoder("shift_jis"); const m = new Map();
  for (let b = 0x20; b < 0x7f; b++) m.set(String.fromCharCode(b), [b]);
  m.set("\r", [0x0d]); m.set("\n", [0x0a]); m.set("\t", [0x09]);
  for (let b = 0xa1; b <= 0xdf; b++) { const ch = dec.decode(Uint8Array.of(b)); if (!m.has(ch)) m.set(ch, [b]); }
  const leads = []; for (let b = 0x81; b <= 0x9f; b++) leads.push(b); for (let b = 0xe0; b <= 0xfc; b++) if (b !== 0xed && b !== 0xee) leads.push(b);
  for (const l of leads) for (let t = 0x40; t <= 0xfc; t++) { if (t === 0x7f) continue; const ch = dec.decode(Uint8Array.of(l, t)); if (ch.length === 1 && ch !== "\ufffd" && !m.has(ch)) m.set(ch, [l, t]); }
  SJIS = m; return m;
}
function encodeSJIS(str) {
  const m = sjisTable(); const bytes = [];
  for (const ch of str) { const b = m.get(ch); if (!b) throw new Error(`not encodable in Shift_JIS: ${JSON.stringify(ch)} U+${ch.codePointAt(0).toString(16)}`); bytes.push(...b); }
  const buf = Buffer.from(bytes);
  const back = new TextDecoder("shift_jis").decode(buf); if (back !== str) throw new Error("Shift_JIS round-trip failed");
  return buf;
}
function encode(text, enc) {
  if (enc === "utf-8") return Buffer.from(text, "utf8");
  if (enc === "utf-8-bom") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  if (enc === "utf-16le-bom") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  if (enc === "shift_jis") return encodeSJIS(text);
  throw new Error("encoding " + enc);
}

// ---------------------------------------------------------------- column labelling helpers
// cols(headerRow, [[header, role], [header, role, occurrence], ...]) -> [{index, header, role}]
function cols(header, specs) {
  return specs.map(([h, role, occ = 0]) => {
    let idx = -1, seen = 0; for (let i = 0; i < header.length; i++) if (header[i] === h) { if (seen === occ) { idx = i; break; } seen++; }
    if (idx < 0) throw new Error(`header not found: ${h}`);
    return { index: idx, header: h, role };
  });
}
const keys = (specs) => specs.map(([key, role]) => ({ key, role }));

// ---------------------------------------------------------------- tool registry
const TOOLS = [];
function tool(slug, fn) { TOOLS.push({ slug, fn }); }
// A tool fn returns { tool, export, docs, readme, files: [{ name, text, format, encoding, kind, records, columns, nps, csat, customers, notes, headerRows, sep, json }] }
function writeTool(slug, t) {
  const dir = path.join(OUT, slug);
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  const files = {};
  for (const f of t.files) {
    const buf = encode(f.text, f.encoding);
    fs.writeFileSync(path.join(dir, f.name), buf);
    selfCheck(slug, f);
    files[f.name] = { format: f.format, encoding: f.encoding, kind: f.kind, records: f.records, columns: f.columns, nps: f.nps ?? null, csat: f.csat ?? null, customers: f.customers, notes: f.notes ?? "" };
  }
  const exp = { tool: t.tool, export: t.export, docs: t.docs, split: SPLIT, company_domains: [COMPANY], files };
  fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify(exp, null, 2) + "\n");
  fs.writeFileSync(path.join(dir, "README.md"), t.readme.trim() + "\n");
}
function selfCheck(slug, f) {
  const where = `${slug}/${f.name}`;
  if (f.records < 20 || f.records > 60) console.warn(`WARN ${where}: ${f.records} records`);
  if (f.format === "csv" || f.format === "tsv") {
    const rows = parseCSV(f.text, f.format === "tsv" ? "\t" : f.sep ?? ",");
    const hr = f.headerRows ?? 1, footer = f.footerRows ?? 0;
    const n = rows.length - hr - footer;
    if (f.dataRows != null) { if (n !== f.dataRows) throw new Error(`${where}: parsed ${n} data rows, dataRows=${f.dataRows}`); }
    else if (n !== f.records) throw new Error(`${where}: parsed ${n} data rows, expected.records=${f.records}`);
    const last = rows[hr - 1];
    for (const c of f.columns) if (last[c.index] !== c.header) throw new Error(`${where}: column ${c.index} is ${JSON.stringify(last[c.index])}, not ${JSON.stringify(c.header)}`);
    const w = last.length; rows.slice(hr, rows.length - footer).forEach((r2, i) => { if (r2.length !== w) throw new Error(`${where}: row ${i} has ${r2.length} cells, header ${w}`); });
  } else {
    const recs = f.recordsForCheck; if (recs) {
      const ks = new Set(); for (const r2 of recs) flattenKeys(r2, "", ks);
      for (const c of f.columns) if (!ks.has(c.key)) throw new Error(`${where}: key ${c.key} not present`);
      if (recs.length !== f.records) throw new Error(`${where}: ${recs.length} records vs ${f.records}`);
    }
  }
  for (const c of f.columns) if (!["customer_email", "customer_id", "customer_phone", "customer_handle", "customer_name", "agent", "score_nps", "score_csat", "score_ces", "submitted_at", "created_at", "record_id", "amount", "other"].includes(c.role)) throw new Error(`${where}: role ${c.role}`);
}
function readme(o) {
  return `# ${o.title}

**Tool:** ${o.tool}  
**Export imitated:** ${o.export}  
**Split:** ${SPLIT} (generated by \`scripts/vendors/make-holdout5-exports.mjs\`; do not edit by hand)

## Documentation used
${o.docs.map((d) => "- " + d).join("\n")}

## Layout
${o.layout.trim()}

## Quirks reproduced
${o.quirks.map((q) => "- " + q).join("\n")}

## Choices where the documentation was silent
${o.choices.map((q) => "- " + q).join("\n")}

## Expected answers
See \`expected.json\`; every count is computed by the generator from the values it wrote. Invented people only; the company is Hoshi Labs (\`${COMPANY}\`).
`;
}

// ================================================================ shared survey bits
function npsDraw(r) { return r.wpick([[10, 16], [9, 14], [8, 12], [7, 8], [6, 5], [5, 4], [4, 2], [3, 2], [2, 1], [1, 1], [0, 2]]); }
function csatDraw(r) { return r.wpick([[5, 14], [4, 10], [3, 4], [2, 3], [1, 2]]); }
const NPS_COMMENTS = ["Setup took five minutes, love it", "Exports are slow on big projects", "Great support team, quick answers", "Pricing went up, not sure it's worth it", "The mobile app keeps logging me out", "Does exactly what we need", "Please add SSO, our IT team keeps asking", "Dashboards are clear, reports, less so", "Good product, occasionally buggy", "Switched from a competitor and never looked back", "Onboarding could be better", "Too many e-mails from you", "Fast, reliable, fair price", "", "", "Honestly? It's fine.", "Our whole team uses it daily", "Search is \"meh\" but the rest is solid", "Would recommend to other agencies", "Missing an API for invoices"];
const NPS_COMMENTS_JA = ["とても使いやすいです", "サポートの対応が早くて助かりました", "価格がもう少し安ければ…", "スマホ版が使いにくい", "特に不満はありません", "", "機能が多くて最初は迷いました", "社内で広く使っています", "請求書の発行機能がほしい", "動作が重いことがある", "導入が簡単でした", "説明が分かりやすい"];
// choose n respondents from pool with some repeats
function drawRespondents(r, pool, n, repeatP = 0.2) { const out = []; for (let i = 0; i < n; i++) { if (out.length && r.chance(repeatP)) out.push(r.pick(out)); else out.push(pool[i % pool.length]); } return out; }

// ================================================================ TOOLS

// ---------------------------------------------------------------- refiner
tool("refiner", (r) => {
  const pool = makePeople(r, 40); const people = drawRespondents(r, pool, 44, 0.18);
  const dates = spreadDates(r, 44, D(2024, 9, 2, 8), 40);
  const NPSQ = "How likely are you to recommend Hoshi Labs to a friend or colleague?";
  const header = ["Response ID", "Survey", "User ID", "Email", "Name", "Account", "plan", "Country", "Shown At", "Completed At", NPSQ, "What's the main reason for your score?", "Which channels do you use to talk to our support team?", "utm_source", "utm_campaign"];
  const rows = [header]; const npsCells = []; const idKeys = [];
  const uid = new Map(pool.map((p, i) => [p.email, "usr_" + (10400 + i * 7)]));
  people.forEach((p, i) => {
    const d = dates[i]; let email = emailVariant(r, p.email, 0.25), userId = uid.get(p.email), name = p.name;
    const anon = r.chance(0.1); const staff = !anon && r.chance(0.05) || i === 5;
    if (anon) { email = ""; userId = ""; name = ""; }
    if (staff) { const s = r.pick(STAFF); email = s.email; userId = "usr_" + (100 + i); name = s.name + " (test)"; }
    const partial = r.chance(0.12);
    let score = String(npsDraw(r)); if (r.chance(0.05)) score = "";
    const comment = partial ? "" : r.pick(NPS_COMMENTS);
    const shown = addMin(d, -r.int(1, 30));
    const cc = anon ? "" : p.country;
    rows.push([r.alnum(8, "abcdef0123456789") + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12), "NPS – in-app (Q3)", userId, email, name, anon ? "" : r.pick(["Acme Studio", "Blue Harbor", "Kite & Co", "Northwind Traders", "Pinecone Labs", "Tidewater"]), anon ? "" : r.pick(["Starter", "Growth", "Business", "Enterprise"]), cc, ymdhms(shown), partial ? "" : ymdhms(d), score, comment, partial ? "" : r.pick(["Email, Live chat", "Phone", "In-app chat", "Email", "", "Slack Connect, Email"]), r.pick(["", "", "newsletter", "in_app", "linkedin"]), r.pick(["", "", "q3_relationship_nps", "reactivation_sep"])]);
    npsCells.push(score);
    idKeys.push(staff ? [] : [kEmail(email), kId("refiner", userId)]);
  });
  const text = toCSV(rows, { eol: "\r\n" });
  return {
    tool: "Refiner", export: "Responses > Export (CSV) of an NPS survey", docs: ["https://refiner.io/docs/kb/data-index/data-settings", "https://refiner.io/docs/kb/data-index/partial-responses", "https://segment.com/docs/connections/sources/catalog/cloud-apps/refiner/"],
    files: [{ name: "responses.csv", text, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length - 1,
      columns: cols(header, [["Response ID", "record_id"], ["User ID", "customer_id"], ["Email", "customer_email"], ["Name", "customer_name"], ["Account", "other"], ["plan", "other"], ["Shown At", "other"], ["Completed At", "submitted_at"], [NPSQ, "score_nps"], ["Which channels do you use to talk to our support team?", "other"], ["utm_source", "other"], ["utm_campaign", "other"]]),
      nps: npsTally(npsCells), csat: null, customers: countCustomers(idKeys),
      notes: "User ID is the contact's remote id set by the app (customer_id). Partial responses (Refiner stores answers after each step) have the score but an empty Completed At. Anonymous visitors have no User ID/Email. Internal test responses come from @hoshi.example staff. 'Shown At' is when the widget was displayed, not the answer date." }],
    readme: readme({ title: "Refiner — NPS survey responses CSV", tool: "Refiner (refiner.io), in-app survey tool for SaaS", export: "Survey > Responses > Export CSV", docs: ["https://refiner.io/docs/kb/data-index/data-settings (contact metadata: first/last seen, country …)", "https://refiner.io/docs/kb/data-index/partial-responses (partial responses stored after each step)", "https://segment.com/docs/connections/sources/catalog/cloud-apps/refiner/ (user id / traits model)"],
      layout: "One row per response. Fixed columns (response id, survey name, the contact's User ID (remote id passed to `identify`), e-mail, name, account), then user traits (`plan`, `Country`), the shown/completed timestamps, then one column per question labelled with the question text, then tracked UTM parameters. CRLF line endings, UTF-8 without BOM.",
      quirks: ["Partial responses: NPS answered, follow-up empty, `Completed At` empty", "Anonymous visitors (no User ID / Email)", "Internal test responses by staff on hoshi.example", "Same user answering twice; e-mail case/space variations", "A multi-choice question that mentions channels (decoy)", "utm_source / utm_campaign columns (decoys)"],
      choices: ["Exact CSV header names are not documented publicly; the names follow the labels of Refiner's dashboard and API fields (remote_id → 'User ID', completed_at → 'Completed At').", "Timestamps written as `YYYY-MM-DD HH:MM:SS` UTC."] }),
  };
});

// ---------------------------------------------------------------- pendo-nps
tool("pendo-nps", (r) => {
  const pool = makePeople(r, 42); const people = drawRespondents(r, pool, 48, 0.15);
  const dates = spreadDates(r, 48, D(2024, 5, 6, 9), 60);
  const header = ["Visitor ID", "Account ID", "Visitor Email", "Visitor Name", "Date", "NPS Score", "NPS Category", "Response", "Guide Name", "Delivery", "Browser", "Account Name", "CSM"];
  const rows = [header]; const cells = []; const ks = [];
  const vid = new Map(pool.map((p, i) => [p.email, r.chance(0.4) ? p.email : String(200000 + i * 13)]));
  const accts = ["ACME-001", "BLUEH-014", "KITE-220", "NWIND-007", "PINE-031", "TIDE-112", "ORBIT-045"];
  people.forEach((p, i) => {
    let v = vid.get(p.email), email = emailVariant(r, p.email, 0.2), name = p.name;
    if (i === 9 || i === 30) { const s = r.pick(STAFF); v = s.email; email = s.email; name = s.name; }
    if (r.chance(0.08)) email = "";
    const score = npsDraw(r); const cat = score >= 9 ? "Promoter" : score >= 7 ? "Passive" : "Detractor";
    const acct = r.pick(accts);
    rows.push([v, acct, email, name, usDateTime(dates[i]), String(score), cat, r.pick(NPS_COMMENTS), "NPS Survey - Web (recurring)", r.chance(0.8) ? "In-app" : "Email", r.pick(["Chrome 126", "Safari 17", "Edge 125", "Firefox 127"]), acct.split("-")[0][0] + acct.split("-")[0].slice(1).toLowerCase() + " Inc.", r.pick(STAFF).email]);
    cells.push(String(score)); ks.push([kId("pendo", v), kEmail(email)]);
  });
  const text = toCSV(rows);
  return {
    tool: "Pendo", export: "NPS > (survey) > Responses > Download CSV", docs: ["https://support.pendo.io/hc/en-us/articles/33775375619995-Net-Promoter-Score-NPS-in-Pendo", "https://support.pendo.io/hc/en-us/articles/360033527151-Set-up-an-NPS-survey"],
    files: [{ name: "nps_responses.csv", text, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length - 1,
      columns: cols(header, [["Visitor ID", "customer_id"], ["Account ID", "other"], ["Visitor Email", "customer_email"], ["Visitor Name", "customer_name"], ["Date", "submitted_at"], ["NPS Score", "score_nps"], ["NPS Category", "other"], ["Delivery", "other"], ["Account Name", "other"], ["CSM", "agent"]]),
      nps: npsTally(cells), csat: null, customers: countCustomers(ks),
      notes: "Visitor ID is the customer id (sometimes the app uses the e-mail as visitor id). Account ID is the B2B account (a company shared by several visitors), labelled other so it does not merge people. NPS Category is Pendo's derived group label. CSM is the account's customer-success manager (staff). Two rows are Hoshi staff answering their own survey." }],
    readme: readme({ title: "Pendo — NPS responses", tool: "Pendo (product analytics + in-app NPS guides)", export: "NPS dashboard > Responses tab > download CSV", docs: ["https://support.pendo.io/hc/en-us/articles/33775375619995-Net-Promoter-Score-NPS-in-Pendo", "https://support.pendo.io/hc/en-us/articles/360033527151-Set-up-an-NPS-survey (responses collected in the NPS Responses tab; in-app + e-mail backup delivery)"],
      layout: "Comma-separated, one row per NPS response: visitor and account ids, visitor metadata (e-mail, display name), response date (US `MM/DD/YYYY HH:MM:SS`), the 0–10 score, Pendo's category label, the open-ended follow-up, guide name, delivery channel, browser, and account metadata (name, CSM).",
      quirks: ["Visitor IDs are a mix of numeric ids and e-mail addresses (apps choose what to pass as visitor id)", "Account ID shared by many visitors (must not link customers)", "Staff responses (hoshi.example)", "Some visitors without e-mail metadata", "NPS Category decoy; CSM e-mail on the company domain"],
      choices: ["The precise CSV header set is not in the public docs; names follow the Responses table labels. Visitor/account metadata columns are what a subscription typically adds (agent.email, account name, CSM)."] }),
  };
});

// ---------------------------------------------------------------- satismeter
tool("satismeter", (r) => {
  const pool = makePeople(r, 38); const people = drawRespondents(r, pool, 42, 0.2);
  const dates = spreadDates(r, 42, D(2024, 2, 12, 7), 50);
  const header = ["Id", "Date", "User ID", "Email", "Name", "Rating", "Category", "Feedback", "Campaign", "Channel", "Language", "Country", "Device", "createdAt", "plan", "Dismissed"];
  const rows = [header]; const cells = []; const ks = [];
  const ids = new Map(pool.map((p, i) => [p.email, String(5100 + i * 3)]));
  people.forEach((p, i) => {
    const dismissed = r.chance(0.1);
    let rating = dismissed ? "" : String(npsDraw(r));
    const cat = rating === "" ? "" : +rating >= 9 ? "promoter" : +rating >= 7 ? "passive" : "detractor";
    let uidv = ids.get(p.email), email = emailVariant(r, p.email, 0.3), name = p.name;
    if (r.chance(0.07)) { uidv = ""; email = ""; name = ""; }
    if (i === 11) { const s = STAFF[2]; uidv = "1"; email = s.email; name = s.name; }
    rows.push([r.hex(24), isoMs(dates[i]), uidv, email, name, rating, cat, dismissed ? "" : r.pick(NPS_COMMENTS), "Quarterly NPS", r.chance(0.75) ? "In-app" : "Email", r.pick(["en", "en", "de", "fr", "ja"]), p.country, r.pick(["desktop", "mobile", "tablet"]), isoMs(addMin(D(2023, 1, 1), r.int(0, 400 * 1440))), r.pick(["free", "pro", "team"]), dismissed ? "true" : "false"]);
    cells.push(rating); ks.push(i === 11 ? [] : [kId("satismeter", uidv), kEmail(email)]);
  });
  const text = toCSV(rows);
  return {
    tool: "SatisMeter", export: "Responses > Export CSV", docs: ["https://www.rudderstack.com/docs//sources/event-streams/cloud-apps/satismeter/", "https://segment.com/docs/connections/destinations/catalog/satismeter/"],
    files: [{ name: "satismeter-responses.csv", text, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length - 1,
      columns: cols(header, [["Id", "record_id"], ["Date", "submitted_at"], ["User ID", "customer_id"], ["Email", "customer_email"], ["Name", "customer_name"], ["Rating", "score_nps"], ["Category", "other"], ["Campaign", "other"], ["Channel", "other"], ["createdAt", "other"], ["plan", "other"], ["Dismissed", "other"]]),
      nps: npsTally(cells), csat: null, customers: countCustomers(ks),
      notes: "User ID is the app's userId passed to identify (customer_id). Dismissed surveys have no rating (not answered). createdAt is the user's signup trait, not the response date. Category is SatisMeter's promoter/passive/detractor label. One staff response (user id 1, hoshi.example). Some rows are anonymous." }],
    readme: readme({ title: "SatisMeter — NPS responses CSV", tool: "SatisMeter (in-app and e-mail NPS)", export: "Responses page > Export to CSV", docs: ["https://www.rudderstack.com/docs//sources/event-streams/cloud-apps/satismeter/ (response fields: user.userId, user.id, answers, category, created, location, device, language, dismissed)", "https://segment.com/docs/connections/destinations/catalog/satismeter/ (identify traits name, email, createdAt are added to responses)"],
      layout: "One row per response: response id (24-hex Mongo id), ISO date, the app's User ID, e-mail, name, Rating 0–10, category, feedback text, campaign, channel, language, country, device, followed by the user traits sent with `identify` (`createdAt`, `plan`) and a dismissed flag.",
      quirks: ["Dismissed surveys: empty rating", "Traits include `createdAt` (a signup date, decoy)", "Staff user id 1 on hoshi.example", "Repeated users with e-mail variations", "A few rows without any user identity"],
      choices: ["Column names follow the response fields of SatisMeter's webhook payload as listed by RudderStack; the exact CSV order is undocumented."] }),
  };
});

// ---------------------------------------------------------------- customergauge
tool("customergauge", (r) => {
  const pool = makePeople(r, 40); const recs = drawRespondents(r, pool, 50, 0.12);
  const dates = spreadDates(r, 50, D(2024, 4, 1, 6), 75);
  const header = ["Number", "Date Sent", "Date Responded", "Customer Number", "First Name", "Last Name", "Email", "Phone", "Job Position", "Job Level", "Account Name", "Account Manager", "Account Manager Email", "Touchpoint", "Country", "Language", "NPS Score", "Comment", "Follow Up Request", "Follow Up Details", "Segment"];
  const rows = [header]; const cells = []; const ks = [];
  const cn = new Map(pool.map((p, i) => [p.email, "C" + (700100 + i * 11)]));
  recs.forEach((p, i) => {
    const sent = dates[i]; const responded = r.chance(0.8);
    let score = responded ? String(npsDraw(r)) : "";
    const am = r.pick(STAFF);
    const phone = r.chance(0.5) ? p.phone.replace("+", "") : "";
    let email = emailVariant(r, p.email, 0.15);
    rows.push([String(3400100 + i), ymdhms(sent), responded ? ymdhms(addMin(sent, r.int(30, 4000))) : "", cn.get(p.email), p.first, p.last, email, phone, r.pick(["Operations Manager", "CFO", "Office Manager", "Head of Support", "Buyer"]), r.pick(["A", "B", "C", "U"]), r.pick(["Acme Studio BV", "Blue Harbor Ltd", "Kite & Co", "Northwind Traders", "Pinecone Labs GmbH"]), am.name, am.email, r.pick(["Relationship", "Onboarding", "Support Case"]), p.country, r.pick(["EN", "EN", "DE", "NL", "FR"]), score, responded ? r.pick(NPS_COMMENTS) : "", responded ? r.pick(["N", "N", "Y", ""]) : "", "", r.pick(["Mid-Market", "SMB", "Enterprise"])]);
    cells.push(score); ks.push([kId("customergauge", cn.get(p.email)), kEmail(email)]);
  });
  const text = toCSV(rows, { eol: "\r\n" });
  return {
    tool: "CustomerGauge", export: "Reporting > Raw Data (survey records) > Export CSV", docs: ["https://support.customergauge.com/support/solutions/articles/5000617657-which-survey-data-should-i-upload-", "https://support.customergauge.com/support/solutions/articles/5000879788-imports-uploading-external-responses", "https://support.customergauge.com/support/solutions/articles/5000873255-importing-data-what-data-to-import-in-which-data-type"],
    files: [{ name: "customergauge_raw_data.csv", text, format: "csv", encoding: "utf-8-bom", kind: "survey_responses", records: rows.length - 1,
      columns: cols(header, [["Number", "record_id"], ["Date Sent", "other"], ["Date Responded", "submitted_at"], ["Customer Number", "customer_id"], ["First Name", "other"], ["Last Name", "other"], ["Email", "customer_email"], ["Phone", "customer_phone"], ["Job Level", "other"], ["Account Name", "other"], ["Account Manager", "agent"], ["Account Manager Email", "agent"], ["Touchpoint", "other"], ["NPS Score", "score_nps"], ["Follow Up Request", "other"], ["Segment", "other"]]),
      nps: npsTally(cells), csat: null, customers: countCustomers(ks),
      notes: "Survey records include non-responders (NPS Score and Date Responded blank) — they are still customers (they have an e-mail and Customer Number). Phone is written as CustomerGauge requires for SMS: country code + digits, no '+' (every phone row also has the e-mail, so counts do not depend on it). Account Manager (Email) are Hoshi staff. Names are split into First/Last (labelled other)." }],
    readme: readme({ title: "CustomerGauge — NPS raw data export", tool: "CustomerGauge (B2B account-based NPS)", export: "Raw data report of survey records, exported as CSV", docs: ["https://support.customergauge.com/support/solutions/articles/5000617657-which-survey-data-should-i-upload- (customer number, first/last name, email, phone without + or 00, job position/level A/B/C/U, account manager)", "https://support.customergauge.com/support/solutions/articles/5000879788-imports-uploading-external-responses (NPS Score, Comment, Follow Up Request Y/N/empty, Follow Up Details, Sent Date, Response Date)", "https://support.customergauge.com/support/solutions/articles/5000873255-importing-data-what-data-to-import-in-which-data-type (Account Manager Email, Touchpoint)"],
      layout: "One row per survey record (invitation) with the uploaded data-feed fields and the response fields. UTF-8 with BOM, CRLF.",
      quirks: ["Non-responders included (blank score/date)", "Phone without '+' (CustomerGauge SMS format)", "Account Manager + Account Manager Email (staff)", "Job Level codes A/B/C/U", "Follow Up Request Y/N/empty"],
      choices: ["The raw-data export's exact header wording is not public; the names reuse the field names of CustomerGauge's data-feed and external-response import docs.", "BOM + CRLF chosen as the Excel-friendly export most such B2B tools produce."] }),
  };
});

// ---------------------------------------------------------------- limesurvey
tool("limesurvey", (r) => {
  const pool = makePeople(r, 36); const people = drawRespondents(r, pool, 40, 0.1);
  const dates = spreadDates(r, 40, D(2024, 10, 7, 8), 21);
  const header = ["id", "token", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "firstname", "lastname", "email", "attribute_1", "NPS", "NPSwhy", "CSAT", "CES", "CHAN[SQ001]", "CHAN[SQ002]", "CHAN[SQ003]", "CHAN[other]", "interviewtime"];
  const rows = [header]; const nps = [], csat = [], ks = [];
  const NPSL = (v) => (v === 0 ? "0 - Not at all likely" : v === 10 ? "10 - Extremely likely" : String(v));
  const CSL = { 5: "Very satisfied", 4: "Satisfied", 3: "Neither satisfied nor dissatisfied", 2: "Dissatisfied", 1: "Very dissatisfied" };
  const tok = new Map(pool.map((p) => [p.email, r.alnum(15)]));
  people.forEach((p, i) => {
    const start = dates[i]; const incomplete = r.chance(0.15); const lastpage = incomplete ? r.int(0, 1) : 3;
    const anon = r.chance(0.08);
    const n = lastpage >= 1 ? npsDraw(r) : null; const c = lastpage >= 2 || !incomplete ? csatDraw(r) : null;
    let npsCell = n == null ? "" : NPSL(n); if (i === 17) npsCell = "N/A";
    const csatCell = c == null ? "" : CSL[c];
    const ces = c == null ? "" : String(r.int(1, 7));
    const email = anon ? "" : emailVariant(r, p.email, 0.2);
    rows.push([String(i + 1), anon ? "" : tok.get(p.email), incomplete ? "" : ymdhms(addMin(start, r.int(2, 15)), 60), String(lastpage), r.pick(["en", "en", "en", "de"]), String(r.int(100000000, 999999999)), ymdhms(start, 60), ymdhms(addMin(start, r.int(2, 15)), 60), r.chance(0.5) ? "192.0.2." + r.int(1, 254) : "", r.pick(["", "https://hoshi.example/account", "https://mail.example/"]), anon ? "" : p.first, anon ? "" : p.last, email, anon ? "" : r.pick(["Starter", "Team", "Enterprise"]), npsCell, n == null ? "" : r.pick(NPS_COMMENTS), csatCell, ces, r.chance(0.5) ? "Yes" : "", r.chance(0.3) ? "Yes" : "", r.chance(0.2) ? "Yes" : "", r.chance(0.1) ? "WhatsApp, mostly" : "", String(r.int(40, 900))]);
    nps.push(npsCell); csat.push(csatCell); ks.push([kEmail(email), anon ? null : kId("limesurvey", tok.get(p.email))]);
  });
  const text = toCSV(rows, { quoteAll: true, eol: "\r\n" });
  return {
    tool: "LimeSurvey", export: "Responses > Export > CSV (headings: question code; responses: full answers)", docs: ["https://www.limesurvey.org/manual/Export_responses", "https://www.limesurvey.org/manual/Tab_Separated_Value_survey_structure"],
    files: [{ name: "results-survey482915.csv", text, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length - 1,
      columns: cols(header, [["id", "record_id"], ["token", "customer_id"], ["submitdate", "submitted_at"], ["startdate", "other"], ["datestamp", "other"], ["ipaddr", "other"], ["firstname", "other"], ["lastname", "other"], ["email", "customer_email"], ["attribute_1", "other"], ["NPS", "score_nps"], ["CSAT", "score_csat"], ["CES", "score_ces"], ["CHAN[SQ001]", "other"], ["interviewtime", "other"]]),
      nps: npsTally(nps), csat: csatTally(csat, 5), customers: countCustomers(ks),
      notes: "Headers are LimeSurvey question codes. NPS is a list question whose extreme answers are labelled ('0 - Not at all likely', '10 - Extremely likely'); one response holds 'N/A' (invalid). CSAT uses a labelled 5-point satisfaction scale. CES is a 1–7 'Hoshi made it easy to solve my issue' scale. Incomplete responses have an empty submitdate and may lack later answers. token is the participant token from the survey-participants table (customer_id); attribute_1 is the participant's plan." }],
    readme: readme({ title: "LimeSurvey — responses CSV with question codes", tool: "LimeSurvey (self-hosted / cloud survey tool)", export: "Responses > Export results > CSV, heading format 'Question code', response format 'Full answers', including participant (token) fields", docs: ["https://www.limesurvey.org/manual/Export_responses", "https://www.limesurvey.org/manual/Tab_Separated_Value_survey_structure (question codes / subquestion codes SQ001 naming)"],
      layout: "All fields double-quoted, comma separated, CRLF. Columns: response metadata (`id`, `token`, `submitdate`, `lastpage`, `startlanguage`, `seed`, `startdate`, `datestamp`, `ipaddr`, `refurl`), participant fields (`firstname`, `lastname`, `email`, `attribute_1`), then one column per question code (`NPS`, `NPSwhy`, `CSAT`, `CES`), a multiple-choice question exported as one column per subquestion (`CHAN[SQ001]` … `CHAN[other]`), and the timing column `interviewtime`.",
      quirks: ["Incomplete responses (empty submitdate, lastpage < 3)", "Labelled NPS extremes", "Invalid 'N/A' in NPS", "Anonymous (no token) responses", "Timestamps in the server's time zone (UTC+1)", "Multi-choice channel question as Yes/blank columns"],
      choices: ["Question codes NPS/NPSwhy/CSAT/CES/CHAN were chosen by the (fictional) survey author; LimeSurvey writes whatever codes the author gave.", "Server time zone UTC+1, file name `results-survey<sid>.csv` as LimeSurvey names it."] }),
  };
});

// ---------------------------------------------------------------- zoho-survey
tool("zoho-survey", (r) => {
  const pool = makePeople(r, 34); const people = drawRespondents(r, pool, 38, 0.12);
  const dates = spreadDates(r, 38, D(2024, 6, 3, 4), 30);
  const Q1 = "How likely is it that you would recommend Hoshi Labs to a friend or colleague?";
  const Q2 = "Overall, how satisfied are you with our support?";
  const Q3 = "Which of these channels have you used? (Email)";
  const Q3b = "Which of these channels have you used? (Chat)";
  const header = ["Response ID", "Collector", "Start Time", "End Time", "Time Taken", "Response Status", "IP Address", "Email Address", "First Name", "Last Name", "customer_id", "utm_medium", Q1, "Please tell us why", Q2, Q3, Q3b];
  const rows = [header]; const nps = [], cs = [], ks = [];
  const CSL = ["", "Very Dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very Satisfied"];
  const cid = new Map(pool.map((p, i) => [p.email, r.chance(0.7) ? "HL-" + (88000 + i * 17) : ""]));
  people.forEach((p, i) => {
    const st = dates[i]; const partial = r.chance(0.12); const en = addSec(st, r.int(45, 600));
    const web = r.chance(0.2); // public web link collector: no respondent variables
    const email = web ? "" : emailVariant(r, p.email, 0.2);
    const n = npsDraw(r); const c = partial ? 0 : csatDraw(r);
    const id = web ? "" : cid.get(p.email);
    rows.push([String(7000012300 + i * 7), web ? "Web Link 1" : "Email Campaign - June", ymdhms(st, 330), partial ? "" : ymdhms(en, 330), partial ? "" : `${Math.floor((en - st) / 60000)} min ${((en - st) / 1000) % 60} sec`, partial ? "Partial" : "Completed", "198.51.100." + r.int(1, 254), email, web ? "" : p.first, web ? "" : p.last, id, r.pick(["email", "email", "", "in-app"]), String(n), r.pick(NPS_COMMENTS), CSL[c], r.chance(0.6) ? "Email" : "", r.chance(0.4) ? "Chat" : ""]);
    nps.push(String(n)); cs.push(CSL[c]); ks.push([kEmail(email), kId("zoho-survey", id)]);
  });
  const text = toCSV(rows);
  return {
    tool: "Zoho Survey", export: "Reports > Export > Responses (CSV)", docs: ["https://www.zoho.com/survey/help/glossary.html", "https://help.zoho.com/portal/en/kb/survey/launch/restrictions/general-restrictions/articles/general-restrictions", "https://svenroesser.de/en/posts/zoho_survey_tables"],
    files: [{ name: "Customer_Feedback_June_responses.csv", text, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length - 1,
      columns: cols(header, [["Response ID", "record_id"], ["Collector", "other"], ["Start Time", "other"], ["End Time", "submitted_at"], ["Response Status", "other"], ["IP Address", "other"], ["Email Address", "customer_email"], ["First Name", "other"], ["Last Name", "other"], ["customer_id", "customer_id"], ["utm_medium", "other"], [Q1, "score_nps"], [Q2, "score_csat"], [Q3, "other"], [Q3b, "other"]]),
      nps: npsTally(nps), csat: csatTally(cs, 5), customers: countCustomers(ks),
      notes: "Respondent variables (Email Address, First/Last Name) are filled only for the e-mail campaign collector; the public web-link collector is anonymous. customer_id is a custom variable passed in the survey URL. Partial responses have no End Time and no CSAT. Times are in the survey owner's zone (IST, +05:30)." }],
    readme: readme({ title: "Zoho Survey — responses export", tool: "Zoho Survey", export: "Reports > Export > All responses as CSV", docs: ["https://www.zoho.com/survey/help/glossary.html (respondent variables, collectors, custom variables)", "https://help.zoho.com/portal/en/kb/survey/launch/restrictions/general-restrictions/articles/general-restrictions (collect email/first/last name, IP address)", "https://svenroesser.de/en/posts/zoho_survey_tables (response/respondent table fields)"],
      layout: "One row per response: response id, collector, start/end time, time taken, status, IP, respondent variables (Email Address, First Name, Last Name), custom variables (`customer_id`, `utm_medium`), then one column per question; a multiple-choice question becomes one column per option (`Question (Option)`) holding the option text when ticked.",
      quirks: ["Anonymous web-link collector rows", "Partial responses", "Custom variable customer_id (sometimes empty)", "5-point satisfaction labels ('Very Satisfied' …)", "Time taken as 'N min S sec'"],
      choices: ["Exact column captions of the CSV are not documented; they follow the report UI labels.", "Dates in the account's time zone (India, +05:30) without offset."] }),
  };
});

// ---------------------------------------------------------------- simplesat
tool("simplesat", (r) => {
  const pool = makePeople(r, 36); const people = drawRespondents(r, pool, 46, 0.22);
  const dates = spreadDates(r, 46, D(2024, 8, 5, 13), 28);
  const header = ["Response ID", "Created", "Survey", "Question", "Rating", "Answer", "Sentiment", "Comment", "Customer name", "Customer email", "Customer company", "Team member name", "Team member email", "Ticket ID", "Ticket subject", "Tags", "Source"];
  const rows = [header]; const cs = [], ks = [];
  const LBL = { 5: "Awesome", 4: "Good", 3: "Okay", 2: "Bad", 1: "Terrible" };
  people.forEach((p, i) => {
    const c = csatDraw(r); const agent = r.pick(STAFF);
    const email = emailVariant(r, p.email, 0.3);
    rows.push([String(9100200 + i * 3), isoZ(dates[i]), "Support CSAT", "How would you rate the support you received?", String(c), LBL[c], c >= 4 ? "positive" : c === 3 ? "neutral" : "negative", r.chance(0.5) ? r.pick(["Quick and friendly", "Took three days to get a reply", "Solved on first try!", "Agent didn't read my message", "Thanks Kenji, great help", ""]) : "", p.name, email, r.pick(["", "Blue Harbor", "Kite & Co", "Northwind Traders"]), agent.name, agent.email, String(r.int(21000, 23999)), r.pick(["Refund for double charge", "Can't log in", "Export to Excel broken", "Change billing e-mail", "Feature question: SSO"]), r.pick(["", "billing", "login, urgent", "bug"]), "Zendesk"]);
    cs.push(String(c)); ks.push([kEmail(email)]);
  });
  const text = toCSV(rows);
  return {
    tool: "Simplesat", export: "Responses > Export CSV", docs: ["https://help.simplesat.io/en/articles/2776668-primary-questions-explained"],
    files: [{ name: "simplesat-responses.csv", text, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length - 1,
      columns: cols(header, [["Response ID", "record_id"], ["Created", "submitted_at"], ["Rating", "score_csat"], ["Answer", "other"], ["Sentiment", "other"], ["Customer name", "customer_name"], ["Customer email", "customer_email"], ["Customer company", "other"], ["Team member name", "agent"], ["Team member email", "agent"], ["Ticket ID", "other"], ["Tags", "other"], ["Source", "other"]]),
      nps: null, csat: csatTally(cs, 5), customers: countCustomers(ks),
      notes: "Rating is the 1–5 primary CSAT question; Answer is its custom label (Awesome … Terrible, not a standard satisfaction wording, so the number column is the score). Sentiment is Simplesat's positive/neutral/negative grouping (decoy). Team member = the help-desk agent who handled the ticket. Ticket ID is the help-desk ticket, not the response id (other)." }],
    readme: readme({ title: "Simplesat — CSAT ratings export", tool: "Simplesat (CSAT/NPS surveys embedded in help-desk e-mails)", export: "Responses page > Export to CSV", docs: ["https://help.simplesat.io/en/articles/2776668-primary-questions-explained (primary question, positive/neutral/negative sentiment)"],
      layout: "One row per answer to the primary question: id, timestamp, survey, question, numeric rating, its answer label, sentiment, comment, then customer fields, team member (agent) fields and the help-desk ticket's id/subject/tags, and the integration source.",
      quirks: ["Custom 5-point labels (Awesome/Good/Okay/Bad/Terrible)", "Sentiment column", "Agent name and e-mail on hoshi.example", "Repeat customers with e-mail variants"],
      choices: ["The export's column names are not public; they follow the fields Simplesat shows per response (customer, team member, ticket)."] }),
  };
});

// row keys; a row whose e-mail is on the company domain belongs to staff -> no customer keys
const isStaffEmail = (e) => !!e && String(e).trim().toLowerCase().endsWith("@" + COMPANY);
function ck(emailCell, ...others) { if (isStaffEmail(emailCell)) return []; return [kEmail(emailCell), ...others]; }
const PRODUCTS = [["HL-STAR-01", "Star Lamp (Warm White)", "star-lamp-warm-white", "7781234501"], ["HL-MOON-02", "Moon Night Light", "moon-night-light", "7781234502"], ["HL-NEB-03", "Nebula Projector", "nebula-projector", "7781234503"], ["HL-ORB-04", "Orbit Desk Clock", "orbit-desk-clock", "7781234504"], ["HL-COM-05", "Comet USB Cable 2m", "comet-usb-cable-2m", "7781234505"], ["HL-GLX-06", "Galaxy Ceiling Sticker Set", "galaxy-ceiling-sticker-set", "7781234506"]];
const REVIEW_TEXTS = [["Love it", "Beautiful light, my kids adore it."], ["Stopped working", "Worked for two weeks, then nothing. Support replaced it though."], ["Great gift", "Bought three, one for each niece, \"wow\" reactions all round."], ["OK for the price", "Does the job, a bit dim."], ["Cable too short", "Listed as 2m but feels shorter, and the plug is loose."], ["Perfect", "Exactly as pictured.\nFast delivery too."], ["Disappointed", "Colours look nothing like the photos, returning it."], ["Solid", "Good build quality, nice packaging, would buy again."], ["Meh", "It's fine, nothing special"], ["Five stars", "Fantastic, the app pairing took seconds."]];
function starDraw(r) { return r.wpick([[5, 18], [4, 8], [3, 4], [2, 3], [1, 4]]); }

// ---------------------------------------------------------------- reviews-io
tool("reviews-io", (r) => {
  const pool = makePeople(r, 40); const people = drawRespondents(r, pool, 45, 0.12);
  const dates = spreadDates(r, 45, D(2024, 3, 1, 9), 120);
  const header = ["Review ID", "Date", "Rating", "Title", "Review", "Reviewer First Name", "Reviewer Last Name", "Email", "Order ID", "SKU", "Product Name", "Verified Buyer", "Location", "Status", "Reply", "Tags", "Source"];
  const rows = [header]; const stars = [], ks = [];
  people.forEach((p, i) => {
    const st = starDraw(r); const pr = r.pick(PRODUCTS); const t = r.pick(REVIEW_TEXTS);
    const imported = r.chance(0.12);
    const email = imported ? "" : emailVariant(r, p.email, 0.2);
    rows.push([String(48812000 + i * 37), ymdhms(dates[i]), String(st), t[0], t[1], p.first, imported ? p.last[0] + "." : p.last, email, imported ? "" : "HL" + (100500 + i * 3), pr[0], pr[1], imported ? "No" : "Yes", r.pick(["London, GB", "Leeds, GB", "Dublin, IE", "Manchester, GB", "", "Bristol, GB"]), r.pick(["published", "published", "published", "pending"]), st <= 2 && r.chance(0.6) ? "Sorry to hear this, our team (support@hoshi.example) will be in touch." : "", r.pick(["", "", "gift", "delivery, quality"]), imported ? "import" : r.pick(["invitation", "invitation", "widget"])]);
    stars.push(String(st)); ks.push(ck(email));
  });
  const text = toCSV(rows);
  return {
    tool: "REVIEWS.io", export: "Product Reviews > Export reviews (CSV)", docs: ["https://help.powerreviews.com/hc/en-us/articles/7216638586651-Review-Import-Process"],
    files: [{ name: "product_reviews_export.csv", text, format: "csv", encoding: "utf-8", kind: "mentions", records: rows.length - 1,
      columns: cols(header, [["Review ID", "record_id"], ["Date", "submitted_at"], ["Rating", "score_csat"], ["Reviewer First Name", "other"], ["Reviewer Last Name", "other"], ["Email", "customer_email"], ["Order ID", "other"], ["SKU", "other"], ["Verified Buyer", "other"], ["Status", "other"], ["Reply", "other"], ["Tags", "other"], ["Source", "other"]]),
      nps: null, csat: csatTally(stars, 5), customers: countCustomers(ks),
      notes: "Public product reviews (kind mentions) with 1–5 star ratings (score_csat). The merchant's export carries the reviewer's e-mail, so reviewers with an e-mail are customers; imported legacy reviews have no e-mail (not counted). The merchant reply mentions support@hoshi.example (text, not a key column)." }],
    readme: readme({ title: "REVIEWS.io — product reviews export", tool: "REVIEWS.io (product and company reviews for e-commerce)", export: "Product Reviews > Export to CSV", docs: ["(REVIEWS.io's own export documentation could not be found in the search corpora.)", "https://help.powerreviews.com/hc/en-us/articles/7216638586651-Review-Import-Process (the common review-file fields: review id, rating 1–5, title, text, verified buyer, status — used as a cross-check)"],
      layout: "One row per product review: review id, date, star rating, title, text (may contain newlines), reviewer first/last name and e-mail, order id, SKU, product name, verified-buyer flag, location, moderation status, merchant reply, tags, source.",
      quirks: ["Review texts with quotes and embedded newlines", "Imported reviews without e-mail/order id", "Merchant reply text mentioning a hoshi.example address", "Pending (unpublished) reviews included"],
      choices: ["Header names are my best reconstruction of the dashboard export; the documentation was not available."] }),
  };
});

// ---------------------------------------------------------------- okendo
tool("okendo", (r) => {
  const pool = makePeople(r, 40, { country: "US" }); const people = drawRespondents(r, pool, 50, 0.14);
  const dates = spreadDates(r, 50, D(2024, 1, 10, 15), 200);
  const header = ["reviewId", "productId", "handle", "sku", "productName", "rating", "title", "body", "name", "email", "countryCode", "dateCreated", "isRecommended", "status", "verifiedStatus", "orderNumber", "reply", "imageUrls", "helpfulCount", "tags"];
  const rows = [header]; const stars = [], ks = [];
  people.forEach((p, i) => {
    const st = starDraw(r); const pr = r.pick(PRODUCTS); const t = r.pick(REVIEW_TEXTS);
    const verified = r.chance(0.75);
    const email = r.chance(0.06) ? "" : emailVariant(r, p.email, 0.25);
    rows.push([`${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`, "shopify-" + pr[3], pr[2], pr[0], pr[1], String(st), t[0], t[1], `${p.first} ${p.last[0]}.`, email, p.country.toLowerCase(), isoMs(dates[i]), st >= 4 ? "true" : r.pick(["false", ""]), r.pick(["approved", "approved", "approved", "pending", "rejected"]), verified ? "Verified Buyer" : "Verified Reviewer", verified ? "#" + (1200 + i * 5) : "", st <= 2 && r.chance(0.5) ? "Hi! Please reach out to help@hoshi.example so we can fix this." : "", r.chance(0.15) ? "https://cdn.okendo.example/reviews/" + r.hex(10) + ".jpg" : "", String(r.int(0, 12)), r.pick(["", "", "gift", "sizing"])]);
    stars.push(String(st)); ks.push(ck(email));
  });
  const text = toCSV(rows);
  return {
    tool: "Okendo", export: "Settings > Import/Export > Export reviews (CSV)", docs: ["https://support.okendo.io/en/articles/2057320-importing-reviews-using-the-okendo-import-template", "https://docs.okendo.io/merchant-rest-api/endpoints/reviews", "https://help.daasity.com/extract/all-integrations/okendo/integration-specifications"],
    files: [{ name: "okendo-reviews-export.csv", text, format: "csv", encoding: "utf-8", kind: "mentions", records: rows.length - 1,
      columns: cols(header, [["reviewId", "record_id"], ["productId", "other"], ["sku", "other"], ["rating", "score_csat"], ["name", "other"], ["email", "customer_email"], ["dateCreated", "submitted_at"], ["isRecommended", "other"], ["status", "other"], ["verifiedStatus", "other"], ["orderNumber", "other"], ["helpfulCount", "other"], ["tags", "other"]]),
      nps: null, csat: csatTally(stars, 5), customers: countCustomers(ks),
      notes: "Store product reviews (public; kind mentions) with star rating 1–5 (score_csat, satisfied 4–5, all statuses counted). name is a display name with truncated last name (not a reliable customer_name, labelled other). Reviewer e-mail present on most rows, so those reviewers count as customers. helpfulCount is an integer decoy." }],
    readme: readme({ title: "Okendo — store reviews CSV export", tool: "Okendo (Shopify product reviews)", export: "Okendo admin > Settings > Import/Export > Export reviews", docs: ["https://support.okendo.io/en/articles/2057320-importing-reviews-using-the-okendo-import-template (column names: name, body, handle, productId, rating, sku, dateCreated, countryCode, email, imageUrls …)", "https://docs.okendo.io/merchant-rest-api/endpoints/reviews (reviewId, productId 'shopify-…', isRecommended, helpfulCount, order.orderNumber, reviewer.verifiedStatus)", "https://help.daasity.com/extract/all-integrations/okendo/integration-specifications"],
      layout: "camelCase headers as in Okendo's import template plus the review-level fields of its API (`reviewId`, `status`, `verifiedStatus`, `orderNumber`, `reply`, `helpfulCount`). ISO-8601 `dateCreated` with milliseconds, lowercase 2-letter country code, productId prefixed `shopify-`.",
      quirks: ["Display name 'Olivia B.'", "Pending and rejected reviews present", "Review bodies with embedded newlines and quotes", "A few reviews without e-mail", "Merchant replies mentioning a hoshi.example address"],
      choices: ["The export file uses the same header set as the import template (the docs say the same file format is used under Import/Export), extended with API fields.", "Booleans written as true/false."] }),
  };
});

// ---------------------------------------------------------------- zammad
tool("zammad", (r) => {
  const pool = makePeople(r, 32); const reqs = drawRespondents(r, pool, 42, 0.3);
  const dates = spreadDates(r, 42, D(2024, 7, 1, 6), 45);
  const agents = STAFF.slice(0, 5).map((s, i) => ({ ...s, id: 3 + i, login: s.email }));
  const uid = new Map(pool.map((p, i) => [p.email, 40 + i * 2]));
  const states = [["new", 1], ["open", 2], ["pending reminder", 3], ["closed", 4]];
  const tickets = []; const ks = [];
  reqs.forEach((p, i) => {
    const created = dates[i]; const st = r.pick(states); const ag = r.chance(0.15) ? null : r.pick(agents);
    const internal = i === 7 || i === 29; // internal ticket raised by staff for staff
    const cust = internal ? { email: STAFF[5].email, id: 9 } : { email: p.email, id: uid.get(p.email) };
    const viaPhone = !internal && r.chance(0.2);
    const prio = r.pick([1, 2, 2, 2, 3]); const org = r.chance(0.3);
    const t = {
      id: 1200 + i, group_id: viaPhone ? 2 : 1, priority_id: prio, state_id: st[1], organization_id: org ? 5 : null,
      number: String(24070 + i * 3) + "1", title: r.pick(["Rechnung doppelt belastet", "Cannot reset password", "Lieferung fehlt / missing parcel", "Question about API limits", "App crashes on Android 14", "Please cancel my subscription", "Wrong item received"]),
      owner_id: ag ? ag.id : 1, customer_id: cust.id, note: null, first_response_at: st[0] === "new" ? null : isoMs(addMin(created, r.int(10, 600))),
      close_at: st[0] === "closed" ? isoMs(addMin(created, r.int(600, 6000))) : null, article_count: r.int(1, 9),
      create_article_type_id: viaPhone ? 5 : 1, create_article_sender_id: viaPhone ? 1 : 2,
      preferences: {}, updated_by_id: ag ? ag.id : cust.id, created_by_id: viaPhone && ag ? ag.id : cust.id,
      created_at: isoMs(created), updated_at: isoMs(addMin(created, r.int(60, 9000))),
      hoshi_customer_tier: r.pick(["free", "plus", "pro"]),
      group: viaPhone ? "Phone" : "Users", organization: org ? "Northwind Traders" : null, state: st[0], priority: ["", "1 low", "2 normal", "3 high"][prio],
      owner: ag ? ag.login : "-", customer: emailVariant(r, cust.email, 0.15), created_by: viaPhone && ag ? ag.login : cust.email, updated_by: ag ? ag.login : cust.email,
      create_article_type: viaPhone ? "phone" : "email", create_article_sender: viaPhone ? "Agent" : "Customer",
      tags: r.pick([[], ["billing"], ["vip", "escalated"], ["android"]]),
    };
    tickets.push(t); ks.push(internal ? [] : ck(t.customer, kId("zammad", t.customer_id)));
  });
  const text = JSON.stringify(tickets, null, 2) + "\n";
  return {
    tool: "Zammad", export: "REST API GET /api/v1/tickets/search?query=*&expand=true (saved as tickets.json)", docs: ["https://docs.zammad.org/en/latest/api-intro.html", "https://docs.rs/zammad-api/0.1.0/zammad_api/models/struct.TicketExpanded.html", "https://docs.rs/zammad-api/0.4.0/zammad_api/api/struct.TicketsApi.html"],
    files: [{ name: "tickets.json", text, format: "json", encoding: "utf-8", kind: "tickets", records: tickets.length, recordsForCheck: tickets,
      columns: keys([["id", "record_id"], ["number", "other"], ["customer_id", "customer_id"], ["customer", "customer_email"], ["owner_id", "agent"], ["owner", "agent"], ["created_by", "other"], ["created_by_id", "other"], ["updated_by", "other"], ["created_at", "created_at"], ["first_response_at", "other"], ["close_at", "other"], ["organization_id", "other"], ["hoshi_customer_tier", "other"], ["tags", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "Expanded tickets: *_id fields plus name strings. customer is the customer's login (= e-mail); owner is the agent's login, '-' (user id 1) when unassigned. created_by is the customer for e-mail tickets but the agent for phone tickets, so it is labelled other. Two internal tickets have a Hoshi staff member as customer (not customers). hoshi_customer_tier is an object-manager custom field (decoy)." }],
    readme: readme({ title: "Zammad — tickets (API, expand=true)", tool: "Zammad (open-source help desk)", export: "Tickets fetched through the REST API with `expand=true` and saved as a JSON array", docs: ["https://docs.zammad.org/en/latest/api-intro.html (REST API, expand parameter)", "https://docs.rs/zammad-api/0.1.0/zammad_api/models/struct.TicketExpanded.html (expanded ticket: group/state/priority/customer/owner/organization strings; customer = login/email)", "https://docs.rs/zammad-api/0.4.0/zammad_api/api/struct.TicketsApi.html (search?query=…&expand=true)"],
      layout: "A JSON array of ticket objects. Each holds the database columns (`id`, `number`, `title`, `group_id`, `state_id`, `priority_id`, `owner_id`, `customer_id`, `organization_id`, `created_by_id`, `updated_by_id`, timestamps) and, because of `expand=true`, the readable names (`group`, `state`, `priority`, `owner`, `customer`, `organization`, `created_by`, `updated_by`, `create_article_type`, `create_article_sender`), `tags`, and one custom object-manager attribute.",
      quirks: ["Unassigned owner = '-' (system user 1)", "created_by is the agent on phone tickets", "customer login case/space variants", "Internal tickets with staff as customer", "null organization/first_response_at/close_at", "German and English titles"],
      choices: ["Zammad's UI has no plain CSV ticket export; the API search with expand=true is how teams export tickets, so the file is that response saved as-is.", "The custom attribute name `hoshi_customer_tier` is invented."] }),
  };
});

// ---------------------------------------------------------------- liveagent
tool("liveagent", (r) => {
  const pool = makePeople(r, 36); const reqs = drawRespondents(r, pool, 48, 0.25);
  const dates = spreadDates(r, 48, D(2024, 11, 4, 7), 30);
  const header = ["Code", "Subject", "Status", "Department", "Agent", "Owner name", "Owner email", "Channel type", "Date created", "Date changed", "Date resolved", "Tags", "Priority", "Customer groups", "Source URL"];
  const rows = [header]; const ks = [];
  const code = () => `${r.alnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ")}-${r.alnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ")}-${r.digits(3)}`;
  reqs.forEach((p, i) => {
    const ch = r.pick(["E", "E", "E", "C", "C", "P", "F"]); const st = r.pick(["N", "A", "C", "R", "R", "L", "W", "B"]);
    const call = ch === "P" && r.chance(0.6);
    const email = call ? "" : emailVariant(r, p.email, 0.2);
    const ag = st === "N" ? "" : r.pick(STAFF).name;
    const created = dates[i];
    rows.push([code(), r.pick(["Order #" + r.int(10000, 99999) + " not delivered", "Chat with visitor", "Call from " + (call ? "unknown number" : p.first), "Refund request", "Login problem", "Question, about invoices", "Re: your subscription"]), st, r.pick(["Support", "Sales", "Billing"]), ag, call ? "Unknown caller" : p.name, email, ch, ymdhms(created), ymdhms(addMin(created, r.int(5, 3000))), st === "R" || st === "L" ? ymdhms(addMin(created, r.int(60, 5000))) : "", r.pick(["", "refund", "vip, billing", "bug"]), r.pick(["", "", "1"]), r.pick(["", "Premium", ""]), ch === "C" ? "https://hoshi.example/pricing?utm_source=google" : ""]);
    ks.push(ck(email));
  });
  const text = toCSV(rows);
  return {
    tool: "LiveAgent", export: "Tickets > filter > Export to CSV", docs: ["https://faq.liveagent.com/416908-Ticket-Status-Codes-in-LiveAgent-CSV-Exports", "https://www.liveagent.com/customer-support-glossary/tickets/"],
    files: [{ name: "tickets_export.csv", text, format: "csv", encoding: "utf-8", kind: "tickets", records: rows.length - 1,
      columns: cols(header, [["Code", "record_id"], ["Status", "other"], ["Department", "other"], ["Agent", "agent"], ["Owner name", "customer_name"], ["Owner email", "customer_email"], ["Channel type", "other"], ["Date created", "created_at"], ["Date changed", "other"], ["Date resolved", "other"], ["Tags", "other"], ["Customer groups", "other"], ["Source URL", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "In LiveAgent the ticket 'owner' is the customer contact who raised the ticket (owner_email in the API), so Owner name/Owner email are customer columns, not staff; Agent is the assignee. Status uses single-character codes (N, A, C, R, L, W, B …). Channel type codes: E e-mail, C chat, P phone, F Facebook. Phone calls from unknown numbers have no e-mail (anonymous)." }],
    readme: readme({ title: "LiveAgent — tickets CSV export", tool: "LiveAgent (help desk: e-mail, chat, call center, social)", export: "Tickets list > Export to CSV", docs: ["https://faq.liveagent.com/416908-Ticket-Status-Codes-in-LiveAgent-CSV-Exports (Status column uses single-character codes I/N/T/P/R/X/B/A/C/W/L; same as the API)", "https://www.liveagent.com/customer-support-glossary/tickets/ (every e-mail, chat, call, Facebook post becomes a ticket)"],
      layout: "One row per ticket: code (`ABC-DEF-123`), subject, single-letter status, department, assigned agent, owner (= customer contact) name and e-mail, channel type code, created/changed/resolved dates, tags, priority, customer groups, source URL.",
      quirks: ["'Owner' means the customer (trap for a naive 'owner = staff' rule)", "Status and channel as one-letter codes", "Unknown callers without e-mail", "Subjects with commas (quoted)", "Source URL with utm_source"],
      choices: ["Only the Status column is documented for the CSV; the other header names follow the API's ticket fields (code, owner_name, owner_email, channel_type, date_created, date_changed, date_resolved, tags) written as captions.", "Channel type letters follow the API's channel_type codes as I understand them."] }),
  };
});

// ---------------------------------------------------------------- tawkto
tool("tawkto", (r) => {
  const pool = makePeople(r, 34); const people = drawRespondents(r, pool, 44, 0.18);
  const dates = spreadDates(r, 44, D(2024, 4, 15, 6), 20);
  const header = ["Chat ID", "Property", "Start Time", "End Time", "Duration", "Visitor Name", "Visitor Email", "Visitor Phone", "Agent", "Agent Email", "Rating", "Rating Comment", "Country", "Page URL", "Tags", "Messages", "Transcript"];
  const rows = [header]; const rat = [], ks = [];
  people.forEach((p, i) => {
    const st = dates[i]; const dur = r.int(60, 1800); const anon = r.chance(0.22);
    const ag = r.chance(0.1) ? null : r.pick(STAFF);
    const email = anon ? "" : emailVariant(r, p.email, 0.25);
    const phone = !anon && r.chance(0.25) ? p.phone : "";
    const rating = r.wpick([["", 6], ["Good", 4], ["Bad", 1]]);
    const vname = anon ? "V" + r.digits(16) : p.name;
    const lines = [`[${ymdhms(st).slice(11)}] ${anon ? "Visitor" : p.first}: ${r.pick(["Hi, is anyone there?", "Where is my order?", "Do you ship to Canada?", "I was charged twice, can you check?"])}`];
    if (ag) lines.push(`[${ymdhms(addSec(st, 40)).slice(11)}] ${ag.name.split(" ")[0]}: Hello! Let me check that for you, one moment.`);
    rows.push([r.hex(8) + "-" + r.hex(4) + "-11ef-" + r.hex(4) + "-" + r.hex(12), "Hoshi Labs Store", isoZ(st), isoZ(addSec(st, dur)), `${Math.floor(dur / 60)}m ${dur % 60}s`, vname, email, phone, ag ? ag.name : "", ag ? ag.email : "", rating, rating === "Bad" ? "waited too long" : "", r.pick(["US", "GB", "DE", "CA", "AU"]), r.pick(["https://shop.hoshi.example/", "https://shop.hoshi.example/products/nebula-projector", "https://shop.hoshi.example/cart?utm_source=facebook&utm_campaign=spring"]), r.pick(["", "shipping", "billing, refund"]), String(lines.length + r.int(0, 12)), lines.join("\n")]);
    rat.push(rating); ks.push(ck(email, kPhone(phone)));
  });
  const text = toCSV(rows, { eol: "\r\n" });
  return {
    tool: "tawk.to", export: "Inbox > Chat History > Export (CSV)", docs: ["https://easydnawiki.com/en/manuals/tawk-to-csr-manual"],
    files: [{ name: "tawk-chat-history.csv", text, format: "csv", encoding: "utf-8", kind: "conversations", records: rows.length - 1,
      columns: cols(header, [["Chat ID", "record_id"], ["Property", "other"], ["Start Time", "created_at"], ["End Time", "other"], ["Visitor Name", "customer_name"], ["Visitor Email", "customer_email"], ["Visitor Phone", "customer_phone"], ["Agent", "agent"], ["Agent Email", "agent"], ["Rating", "score_csat"], ["Country", "other"], ["Page URL", "other"], ["Tags", "other"], ["Messages", "other"]]),
      nps: null, csat: csatTally(rat, "goodbad"), customers: countCustomers(ks),
      notes: "Visitor chat rating is thumbs up/down written Good/Bad (good = satisfied, answered = good + bad, blank = not rated). Anonymous visitors get tawk.to's generated name 'V<digits>' and no e-mail: not customers. Phone comes from the pre-chat form with country code. Transcript cells contain newlines." }],
    readme: readme({ title: "tawk.to — chat history export", tool: "tawk.to (free live chat)", export: "Chat history exported to CSV from the dashboard", docs: ["https://easydnawiki.com/en/manuals/tawk-to-csr-manual (properties, agents, aliases, inbox/chat queue terminology)", "(tawk.to's own documentation of the CSV export could not be found in the search corpora.)"],
      layout: "One row per chat: chat id, property, start/end time (ISO UTC), duration, visitor name/e-mail/phone (pre-chat form), agent name/e-mail, visitor rating (Good/Bad), rating comment, country, page URL, tags, message count and the transcript as one multi-line cell. CRLF line endings.",
      quirks: ["Generated visitor names 'V1234…' for anonymous visitors", "Thumbs rating as Good/Bad", "Multi-line transcript cells", "Page URLs with utm parameters", "Unassigned (missed) chats without agent"],
      choices: ["Column names reconstructed from the dashboard's chat details; documentation for the export was not available.", "Good/Bad wording chosen for the thumbs rating."] }),
  };
});

// ---------------------------------------------------------------- dixa
tool("dixa", (r) => {
  const pool = makePeople(r, 36); const people = drawRespondents(r, pool, 50, 0.22);
  const dates = spreadDates(r, 50, D(2024, 9, 16, 6), 14);
  const header = ["id", "created_at", "initial_channel", "direction", "requester_id", "requester_name", "requester_email", "requester_phone_number", "queue_name", "assignee_name", "assignee_email", "closed_by_name", "closed_by_email", "closed_at", "status", "rating_score", "rating_type", "rating_message", "tags", "subject", "total_duration"];
  const rows = [header]; const rat = [], ks = [];
  const rid = new Map(pool.map((p) => [p.email, `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-9${r.hex(3)}-${r.hex(12)}`]));
  people.forEach((p, i) => {
    const ch = r.pick(["email", "email", "widget_chat", "pstn_phone", "messenger", "whatsapp"]);
    const ag = r.pick(STAFF); const created = dates[i]; const closed = r.chance(0.85);
    const phoneOnly = ch === "pstn_phone" || ch === "whatsapp";
    const email = phoneOnly ? "" : emailVariant(r, p.email, 0.2);
    const phone = phoneOnly ? p.phone : r.chance(0.15) ? p.phone : "";
    const rs = closed && r.chance(0.55) ? String(csatDraw(r)) : "";
    rows.push([String(71000 + i * 3), ymdhms(created), ch, r.chance(0.9) ? "inbound" : "outbound", rid.get(p.email), p.name, email, phone, r.pick(["Support EN", "Support DE", "Billing"]), ag.name, ag.email, closed ? ag.name : "", closed ? ag.email : "", closed ? ymdhms(addMin(created, r.int(5, 2000))) : "", closed ? "closed" : r.pick(["open", "pending"]), rs, rs ? "CSAT" : "", rs && +rs <= 2 ? "Took too long" : "", r.pick(["", "refund", "delivery,vip", "bug"]), ch === "email" ? r.pick(["Where is my parcel?", "Invoice request", "Damaged item, need replacement"]) : "", String(r.int(60, 7200))]);
    rat.push(rs); ks.push(ck(email, kId("dixa", rid.get(p.email)), kPhone(phone)));
  });
  const text = toCSV(rows);
  return {
    tool: "Dixa", export: "Analytics > Export conversations (CSV)", docs: ["https://support.dixa.help/en/articles/174-export-conversations-via-api", "https://docs.dixa.io/openapi/exports-api/get-v1-conversation-export.md", "https://docs.dixa.io/docs/exports-api-guide/"],
    files: [{ name: "dixa-conversations.csv", text, format: "csv", encoding: "utf-8", kind: "conversations", records: rows.length - 1,
      columns: cols(header, [["id", "record_id"], ["created_at", "created_at"], ["initial_channel", "other"], ["requester_id", "customer_id"], ["requester_name", "customer_name"], ["requester_email", "customer_email"], ["requester_phone_number", "customer_phone"], ["queue_name", "other"], ["assignee_name", "agent"], ["assignee_email", "agent"], ["closed_by_name", "agent"], ["closed_by_email", "agent"], ["closed_at", "other"], ["rating_score", "score_csat"], ["rating_type", "other"], ["tags", "other"], ["total_duration", "other"]]),
      nps: null, csat: csatTally(rat, 5), customers: countCustomers(ks),
      notes: "requester_* is the end user (customer); requester_id is Dixa's end-user UUID. Phone and WhatsApp conversations carry only a phone number (+country code) and no e-mail. rating_score is the 1–5 CSAT rating (rating_type CSAT), empty when not rated. closed_by_* is the agent who closed the conversation." }],
    readme: readme({ title: "Dixa — conversations CSV export", tool: "Dixa (customer service platform: e-mail, chat, phone, messaging)", export: "Conversation CSV export (same fields as the Exports API conversation_export)", docs: ["https://support.dixa.help/en/articles/174-export-conversations-via-api ('All fields and properties in the Dixa CSV export feature are available via this endpoint')", "https://docs.dixa.io/openapi/exports-api/get-v1-conversation-export.md (id, created_at, initial_channel, requester_id/name/email/phone_number, queue_id/name, closed_at, rating_score, rating_message, ratings[].rating_type CSAT)", "https://docs.dixa.io/docs/exports-api-guide/"],
      layout: "snake_case headers equal to the export API field names, one row per conversation; dates as `YYYY-MM-DD HH:MM:SS` UTC (the API gives epoch ms).",
      quirks: ["Phone/WhatsApp conversations keyed only by phone", "Same requester over several conversations with e-mail case variants", "Open conversations without closed_by/closed_at/rating", "CSAT only for some closed conversations"],
      choices: ["Field set follows the API schema; assignee/closed_by/status/direction/tags/subject/total_duration columns are the conversation properties the CSV shows, names chosen in the same snake_case style.", "Human-readable timestamps instead of epoch ms for the CSV."] }),
  };
});

// ---------------------------------------------------------------- squarespace
tool("squarespace", (r) => {
  const pool = makePeople(r, 30, { country: "US" }); const buyers = drawRespondents(r, pool, 36, 0.25);
  const dates = spreadDates(r, 36, D(2024, 11, 1, 14), 45);
  const header = ["Order ID", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Currency", "Subtotal", "Shipping", "Taxes", "Amount Refunded", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Lineitem variant", "Lineitem requires shipping", "Lineitem taxable", "Lineitem status", "Billing Name", "Billing Address1", "Billing Address2", "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Address1", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Cancelled at", "Private Notes", "Channel", "Channel Type", "Channel Name", "Payment Method", "Payment Reference"];
  const rows = [header]; const ks = [];
  const fmt = (d) => ymdhms(d, -300) + " -0500";
  buyers.forEach((p, i) => {
    const created = dates[i]; const nItems = r.wpick([[1, 6], [2, 3], [3, 1]]);
    const items = Array.from({ length: nItems }, () => { const pr = r.pick(PRODUCTS); return { pr, q: r.int(1, 3), price: r.pick([19, 24.5, 39, 59, 89]) }; });
    const sub = items.reduce((s, x) => s + x.q * x.price, 0); const ship = sub > 75 ? 0 : 6.95; const tax = Math.round(sub * 0.0875 * 100) / 100;
    const disc = r.chance(0.15) ? 10 : 0; const total = Math.round((sub + ship + tax - disc) * 100) / 100;
    const cancelled = r.chance(0.06); const refunded = !cancelled && r.chance(0.06);
    const email = emailVariant(r, p.email, 0.2);
    const phone = r.chance(0.6) ? (r.chance(0.5) ? `(555) 01${r.digits(1)}-${r.digits(4)}` : p.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "+1 $1-$2-$3")) : "";
    const id = String(1042 + i).padStart(5, "0");
    items.forEach((it, k) => {
      const first = k === 0;
      rows.push([id, email, first ? (cancelled ? "VOIDED" : refunded ? "REFUNDED" : "PAID") : "", first && !cancelled ? fmt(addMin(created, 1)) : "", first ? (cancelled ? "CANCELED" : r.pick(["FULFILLED", "FULFILLED", "PENDING"])) : "", "", first ? "USD" : "", first ? sub.toFixed(2) : "", first ? ship.toFixed(2) : "", first ? tax.toFixed(2) : "", first ? (refunded ? total.toFixed(2) : "0.00") : "", first ? total.toFixed(2) : "", first && disc ? "WELCOME10" : "", first ? disc.toFixed(2) : "", first ? (ship ? "Standard Shipping" : "Free Shipping") : "", first ? fmt(created) : "", String(it.q), it.pr[1], it.price.toFixed(2), it.pr[0], r.pick(["", "Color: Blue", "Color: Pink"]), "true", "true", "", first ? p.name : "", first ? `${r.int(10, 9999)} ${r.pick(["Maple", "Oak", "Pine", "Cedar"])} ${r.pick(["St", "Ave", "Blvd"])}` : "", first ? r.pick(["", "Apt 4B", "Suite 200"]) : "", first ? r.pick(["Portland", "Austin", "Denver", "Brooklyn"]) : "", first ? r.digits(5) : "", first ? r.pick(["OR", "TX", "CO", "NY"]) : "", first ? "US" : "", first ? phone : "", first ? p.name : "", first ? `${r.int(10, 9999)} Main St` : "", first ? "Portland" : "", first ? r.digits(5) : "", first ? "OR" : "", first ? "US" : "", first ? phone : "", first && cancelled ? fmt(addMin(created, 90)) : "", first && r.chance(0.1) ? "Customer asked for gift wrap, called support@hoshi.example" : "", first ? "Squarespace" : "", first ? "web" : "", "", first ? r.pick(["Stripe", "Stripe", "PayPal"]) : "", first ? (r.chance(0.7) ? "ch_" + r.alnum(24) : "PAYID-" + r.alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) : ""]);
    });
    ks.push(ck(email, kPhone(phone)));
  });
  const text = toCSV(rows);
  return {
    tool: "Squarespace", export: "Commerce > Orders > Download CSV", docs: ["https://help.infinitecatalog.com/article/85-squarespace", "https://schemas.apis.io/schemas/squarespace/squarespace-order/", "https://support.squarespace.com/hc/en-us/articles/360022852352-Managing-your-accounting-data"],
    files: [{ name: "orders.csv", text, format: "csv", encoding: "utf-8", kind: "orders", records: buyers.length, dataRows: rows.length - 1,
      columns: cols(header, [["Order ID", "record_id"], ["Email", "customer_email"], ["Financial Status", "other"], ["Paid at", "other"], ["Fulfilled at", "other"], ["Subtotal", "other"], ["Shipping", "other"], ["Taxes", "other"], ["Amount Refunded", "other"], ["Total", "amount"], ["Discount Code", "other"], ["Created at", "created_at"], ["Lineitem price", "other"], ["Lineitem sku", "other"], ["Billing Name", "customer_name"], ["Billing Phone", "customer_phone"], ["Shipping Name", "other"], ["Shipping Phone", "other"], ["Private Notes", "other"], ["Payment Reference", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: `One row per line item: ${rows.length - 1} data rows hold ${buyers.length} orders; the 2nd/3rd item rows of an order repeat only Order ID and Email plus the line-item columns. Billing Phone is as typed (some without country code, some +1). Payment Reference is the processor's charge id (ch_… / PAYID-…), not a customer id. A private note mentions a hoshi.example address (text only).` }],
    readme: readme({ title: "Squarespace — orders CSV", tool: "Squarespace Commerce", export: "Selling/Commerce > Orders > Download CSV (all order types)", docs: ["https://help.infinitecatalog.com/article/85-squarespace (Selling > Orders > Download CSV; pending/fulfilled/cancelled)", "https://schemas.apis.io/schemas/squarespace/squarespace-order/ (order fields: orderNumber, createdOn, channel, customerEmail, billing/shipping address, lineItems, totals, refundedTotal)", "https://support.squarespace.com/hc/en-us/articles/360022852352-Managing-your-accounting-data"],
      layout: "Shopify-style 'Lineitem …' layout: order-level columns, then line-item columns, then billing/shipping address blocks and channel/payment columns. Multi-item orders span several rows; only the first row carries the order-level values. Timestamps in the site time zone with offset (`2024-11-03 09:12:00 -0500`).",
      quirks: ["Multi-row orders (records = orders, not rows)", "Financial status PAID/REFUNDED/VOIDED, CANCELED orders with Cancelled at", "Phones as typed, with and without +1", "Payment Reference (ch_…) decoy", "Private note mentioning staff e-mail"],
      choices: ["Header names are from my knowledge of Squarespace's order CSV (the searched pages confirm the export path and the field set but not the captions).", "Continuation rows keep Order ID and Email (so a per-row reader still sees the buyer)."] }),
  };
});

// ---------------------------------------------------------------- base-jp (Shift_JIS)
tool("base-jp", (r) => {
  const pool = makePeople(r, 30, { ja: true }); const buyers = drawRespondents(r, pool, 34, 0.25);
  const dates = spreadDates(r, 34, D(2024, 12, 1, 0), 30);
  const header = ["注文ID", "注文日時", "氏(請求先)", "名(請求先)", "郵便番号(請求先)", "都道府県(請求先)", "住所(請求先)", "住所2(請求先)", "電話番号(請求先)", "メールアドレス(請求先)", "氏(配送先)", "名(配送先)", "郵便番号(配送先)", "都道府県(配送先)", "住所(配送先)", "電話番号(配送先)", "配送方法", "支払い方法", "備考", "商品ID", "商品名", "バリエーション", "価格", "税率", "数量", "送料", "支払い手数料", "クーポン割引", "合計金額", "発送状況"];
  const ITEMS = [["11223301", "星空ランプ(ウォームホワイト)"], ["11223302", "月のナイトライト"], ["11223303", "プラネタリウム・プロジェクター"], ["11223304", "木製デスククロック"], ["11223305", "ギフトラッピング"]];
  const PREF = [["東京都", "渋谷区神南1-2-3"], ["大阪府", "大阪市北区梅田2-4-9"], ["神奈川県", "横浜市西区みなとみらい3-1"], ["福岡県", "福岡市中央区天神1-1-1"], ["北海道", "札幌市中央区北1条西2丁目"], ["愛知県", "名古屋市中村区名駅4-5-6"]];
  const rows = [header]; const ks = [];
  buyers.forEach((p, i) => {
    const n = r.wpick([[1, 6], [2, 3]]); const its = Array.from({ length: n }, () => ({ it: r.pick(ITEMS), q: r.int(1, 2), price: r.pick([1980, 2980, 4400, 5500, 330]) }));
    const ship = r.pick([0, 770, 880]); const fee = r.pick([0, 0, 330]); const coupon = r.chance(0.15) ? 500 : 0;
    const total = its.reduce((s, x) => s + x.q * x.price, 0) + ship + fee - coupon;
    const pf = r.pick(PREF); const email = emailVariant(r, p.email, 0.2);
    const id = r.alnum(16, "0123456789ABCDEF");
    const pay = r.pick(["クレジットカード決済", "コンビニ決済", "銀行振込", "後払い決済", "キャリア決済"]);
    its.forEach((x) => rows.push([id, slashYmdhms(dates[i], 540), p.last, p.first, `${r.digits(3)}-${r.digits(4)}`, pf[0], pf[1], r.pick(["", "グランドハイツ101", "3F"]), p.phoneLocal, email, p.last, p.first, `${r.digits(3)}-${r.digits(4)}`, pf[0], pf[1], p.phoneLocal, r.pick(["ゆうパケット", "ヤマト運輸", "佐川急便"]), pay, r.chance(0.15) ? "プレゼント用です。のし不要、よろしくお願いします" : "", x.it[0], x.it[1], r.pick(["", "ブルー", "ピンク"]), String(x.price), "10%", String(x.q), String(ship), String(fee), String(coupon), String(total), r.pick(["発送済み", "未発送", "キャンセル"])]));
    ks.push(ck(email));
  });
  const text = toCSV(rows, { eol: "\r\n", quoteAll: true });
  return {
    tool: "BASE (ベイス)", export: "注文管理 > CSVダウンロード (注文データ)", docs: ["https://manual.aiship.jp/%e3%82%b7%e3%82%b9%e3%83%86%e3%83%a0%e7%ae%a1%e7%90%86_csv%e5%85%a5%e5%8a%9b%e9%a0%85%e7%9b%ae%e6%a6%82%e8%a6%81%ef%bc%88%e5%8f%97%e6%b3%a8%e3%83%87%e3%83%bc%e3%82%bfcsv%ef%bc%89", "https://manual.makeshop.jp/hc/ja/articles/33957532168345"],
    files: [{ name: "order_20241231.csv", text, format: "csv", encoding: "shift_jis", kind: "orders", records: buyers.length, dataRows: rows.length - 1,
      columns: cols(header, [["注文ID", "record_id"], ["注文日時", "created_at"], ["氏(請求先)", "other"], ["名(請求先)", "other"], ["電話番号(請求先)", "customer_phone"], ["メールアドレス(請求先)", "customer_email"], ["氏(配送先)", "other"], ["電話番号(配送先)", "other"], ["支払い方法", "other"], ["商品ID", "other"], ["価格", "other"], ["送料", "other"], ["支払い手数料", "other"], ["クーポン割引", "other"], ["合計金額", "amount"], ["発送状況", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: `Shift_JIS, CRLF, every field quoted. One row per ordered item with the order fields repeated: ${rows.length - 1} rows = ${buyers.length} orders (注文ID repeats). 合計金額 is the order total in JPY (repeated on each item row). Phones are domestic (090-…) without country code, so they are not identity keys; every order has the buyer's e-mail. Names split into 氏/名.` }],
    readme: readme({ title: "BASE — 注文データCSV (Shift_JIS)", tool: "BASE (Japanese online-shop builder)", export: "注文管理 > CSVダウンロード", docs: ["https://manual.aiship.jp/…/CSV入力項目概要(受注データCSV) (typical Japanese order CSV: Shift-JIS, CRLF, header row then data, yyyy-mm-dd dates, one row per item)", "https://manual.makeshop.jp/hc/ja/articles/33957532168345 (注文者/注文番号/注文日時 field conventions in Japanese cart exports)", "(BASE's own help page for the order CSV could not be found in the search corpora.)"],
      layout: "Shift_JIS, CRLF, all fields double-quoted. Columns: 注文ID (16 hex), 注文日時 (`YYYY/MM/DD HH:MM:SS` JST), billing name split 氏/名, postcode, prefecture, address, phone, e-mail, shipping block, 配送方法, 支払い方法, 備考, then item columns (商品ID, 商品名, バリエーション, 価格, 税率, 数量) and order money columns (送料, 支払い手数料, クーポン割引, 合計金額), 発送状況.",
      quirks: ["Shift_JIS encoding (table built from Node's decoder, round-trip checked)", "Order fields repeated per item row", "Domestic phone numbers without +81", "Japanese free-text 備考 with punctuation", "Cancelled orders (発送状況 キャンセル)"],
      choices: ["Exact BASE captions were not found; I used the captions BASE's CSV is commonly described with (氏/名(請求先), メールアドレス(請求先) …).", "Order fields repeated on every item row (typical of Japanese cart exports)."] }),
  };
});

// ---------------------------------------------------------------- mollie (payments API JSON)
tool("mollie", (r) => {
  const pool = makePeople(r, 34, { country: "NL" }); const payers = drawRespondents(r, pool, 46, 0.3);
  const dates = spreadDates(r, 46, D(2024, 10, 1, 7), 30);
  const cst = new Map(pool.map((p) => [p.email, r.chance(0.6) ? "cst_" + r.alnum(10) : null]));
  const payments = []; const ks = [];
  payers.forEach((p, i) => {
    const created = dates[i]; const method = r.pick(["ideal", "ideal", "creditcard", "bancontact", "banktransfer", "paypal"]);
    const status = r.wpick([["paid", 10], ["open", 1], ["expired", 2], ["failed", 1], ["canceled", 1]]);
    const cid = cst.get(p.email); const seq = cid ? r.pick(["first", "recurring", "oneoff"]) : "oneoff";
    const val = r.pick(["9.95", "19.00", "29.50", "49.00", "120.00", "7.50"]);
    const refunded = status === "paid" && r.chance(0.1);
    const withMeta = r.chance(0.65);
    const email = withMeta ? emailVariant(r, p.email, 0.2) : "";
    const pay = { resource: "payment", id: "tr_" + r.alnum(10), mode: "live", createdAt: isoOff(created, 60), amount: { value: val, currency: "EUR" }, description: `Order ${5000 + i}`, method, metadata: withMeta ? { order_id: String(5000 + i), customer_email: email } : null, status };
    if (status === "paid") pay.paidAt = isoOff(addMin(created, r.int(1, 30)), 60);
    if (status === "expired") pay.expiredAt = isoOff(addMin(created, 900), 60);
    if (status === "failed") pay.failedAt = isoOff(addMin(created, 5), 60);
    if (status === "canceled") pay.canceledAt = isoOff(addMin(created, 3), 60);
    if (status === "paid") { pay.amountRefunded = { value: refunded ? val : "0.00", currency: "EUR" }; pay.amountRemaining = { value: refunded ? "0.00" : val, currency: "EUR" }; }
    pay.locale = r.pick(["nl_NL", "en_US", "de_DE"]); pay.countryCode = p.country; pay.profileId = "pfl_QkEhN94Ba"; pay.sequenceType = seq;
    if (cid) pay.customerId = cid;
    if (seq === "recurring") { pay.mandateId = "mdt_" + r.alnum(10); pay.subscriptionId = "sub_" + r.alnum(10); }
    pay.redirectUrl = "https://shop.hoshi.example/checkout/return?order=" + (5000 + i); pay.webhookUrl = "https://api.hoshi.example/webhooks/mollie";
    if (status === "paid") {
      if (method === "ideal") pay.details = { consumerName: `${p.first[0]}. ${p.last}`, consumerAccount: "NL" + r.digits(2) + "INGB" + r.digits(10), consumerBic: "INGBNL2A" };
      else if (method === "creditcard") pay.details = { cardNumber: r.digits(4), cardHolder: p.name, cardAudience: "consumer", cardLabel: r.pick(["Visa", "Mastercard"]), cardCountryCode: p.country, cardSecurity: "3dsecure", feeRegion: "intra-eu" };
      else if (method === "banktransfer") pay.details = { bankName: "Stichting Mollie Payments", bankAccount: "NL53ABNA0627535577", bankBic: "ABNANL2A", transferReference: "RF12-3456-7890-1234", billingEmail: emailVariant(r, p.email, 0.2) };
      else if (method === "paypal") pay.details = { consumerName: p.name, consumerAccount: emailVariant(r, p.email, 0.2), paypalReference: r.alnum(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") };
      else pay.details = { cardNumber: r.digits(4), consumerName: p.name };
    }
    pay._links = { self: { href: `https://api.mollie.com/v2/payments/${pay.id}`, type: "application/hal+json" }, dashboard: { href: `https://my.mollie.com/dashboard/org_1234567/payments/${pay.id}`, type: "text/html" } };
    payments.push(pay);
    ks.push(ck(email, kId("mollie", cid), pay.details?.billingEmail ? kEmail(pay.details.billingEmail) : null));
  });
  const doc = { count: payments.length, _embedded: { payments }, _links: { documentation: { href: "https://docs.mollie.com/reference/list-payments", type: "text/html" }, self: { href: "https://api.mollie.com/v2/payments?limit=50", type: "application/hal+json" }, previous: null, next: null } };
  const text = JSON.stringify(doc, null, 2) + "\n";
  return {
    tool: "Mollie", export: "Payments API GET /v2/payments (list, saved as JSON)", docs: ["https://docs.mollie.com/it/reference/payments-api", "https://hexdocs.pm/mollie_api/MollieAPI.Model.ListPayments200ResponseEmbedded.html", "https://hackage.haskell.org/package/mollie-api-haskell-2.0.0.0/docs/doc-index-All.html", "https://hexdocs.pm/mollie/Mollie.Customers.Payments.html"],
    files: [{ name: "payments.json", text, format: "json", encoding: "utf-8", kind: "payments", records: payments.length, recordsForCheck: payments,
      columns: keys([["id", "record_id"], ["createdAt", "created_at"], ["amount.value", "amount"], ["amountRefunded.value", "other"], ["amountRemaining.value", "other"], ["customerId", "customer_id"], ["metadata.customer_email", "customer_email"], ["details.billingEmail", "customer_email"], ["details.consumerAccount", "other"], ["details.consumerName", "customer_name"], ["details.cardHolder", "customer_name"], ["mandateId", "other"], ["subscriptionId", "other"], ["profileId", "other"], ["paidAt", "other"], ["redirectUrl", "other"], ["webhookUrl", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "HAL list: payments are under _embedded.payments (keys are relative to one payment). customerId (cst_…) exists only for payments linked to a Mollie customer. metadata is merchant-defined (here order_id + customer_email) and null on some payments. details depends on the method: iDEAL consumerAccount is an IBAN (other), banktransfer has billingEmail, PayPal's consumerAccount is the payer's PayPal e-mail, but the same key holds IBANs for iDEAL payments, so it is labelled other and not used as a key (PayPal payers without metadata or customerId count as anonymous). webhookUrl/redirectUrl are on the company domain." }],
    readme: readme({ title: "Mollie — payments (API list response)", tool: "Mollie (European payment service provider)", export: "GET https://api.mollie.com/v2/payments?limit=50, response saved as payments.json", docs: ["https://docs.mollie.com/it/reference/payments-api", "https://hexdocs.pm/mollie_api/MollieAPI.Model.ListPayments200ResponseEmbedded.html (list response: _embedded.payments)", "https://hackage.haskell.org/package/mollie-api-haskell-2.0.0.0/docs/doc-index-All.html (payment fields: amountRefunded, amountRemaining, billingEmail, cardHolder, consumerAccount, consumerName, customerId …)", "https://hexdocs.pm/mollie/Mollie.Customers.Payments.html (customer ids cst_…)"],
      layout: "HAL JSON: `{count, _embedded: {payments: [...]}, _links}`. Each payment: resource, id `tr_…`, mode, createdAt (ISO with +01:00), amount {value string, currency}, description, method, metadata (merchant object or null), status and the matching paidAt/expiredAt/failedAt/canceledAt, amountRefunded/amountRemaining, locale, countryCode, profileId, sequenceType, customerId/mandateId/subscriptionId when relevant, redirectUrl/webhookUrl, method-specific details, _links.",
      quirks: ["Amounts as decimal strings", "Optional keys absent (not null) when not applicable", "metadata null on some payments", "details differ by method (IBAN vs card vs PayPal e-mail)", "Recurring payments with mandate/subscription ids"],
      choices: ["Merchant metadata holds `customer_email` (a common integration choice; Mollie does not store the payer's e-mail on iDEAL payments).", "PayPal consumerAccount as the payer's PayPal e-mail."] }),
  };
});

// ---------------------------------------------------------------- gumroad
tool("gumroad", (r) => {
  const pool = makePeople(r, 34); const buyers = drawRespondents(r, pool, 44, 0.2);
  const dates = spreadDates(r, 44, D(2024, 2, 1, 0), 90);
  const header = ["Sale ID", "Sale Date", "Order Number", "Product ID", "Item Name", "Buyer Name", "Purchase Email", "Purchaser ID", "Subscription ID", "Recurrence", "Country", "Price ($)", "Gumroad Fee ($)", "Quantity", "Variants", "Offer Code", "Affiliate", "Affiliate Commission ($)", "Gifter Email", "Refunded", "Disputed", "Referrer", "License Key", "Company (custom field)"];
  const rows = [header]; const ks = [];
  const prods = [["hoshi-ui-kit", "Hoshi UI Kit", 49], ["notion-crm-template", "Notion CRM Template", 19], ["cx-metrics-course", "CX Metrics Course (monthly)", 12], ["icon-pack-2", "Icon Pack Vol. 2", 9]];
  const purchaserId = new Map(pool.map((p) => [p.email, r.chance(0.5) ? String(r.int(1000000000, 9999999999)) : ""]));
  const bought = [];
  buyers.forEach((p, i) => {
    const pr = r.pick(prods); const recurring = pr[0] === "cx-metrics-course";
    const email = emailVariant(r, p.email, 0.2);
    const gift = bought.length > 3 && r.chance(0.08) ? r.pick(bought) : null; // gifter is an earlier buyer
    const aff = r.chance(0.12) ? r.pick(["affiliates@designbuddy.example", "mia.creator@gmail.example"]) : "";
    const price = pr[2] * (r.chance(0.15) ? 0.8 : 1);
    rows.push([r.alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=-") + "==", ymdhms(dates[i]), String(r.int(100000000, 999999999)), r.alnum(22) + "==", pr[1], r.chance(0.85) ? p.name : "", email, purchaserId.get(p.email), recurring ? r.alnum(22) + "==" : "", recurring ? "monthly" : "", r.pick(["United States", "Germany", "India", "United Kingdom", "Brazil", "Japan"]), price.toFixed(2), (price * 0.1 + 0.5).toFixed(2), "1", r.pick(["", "", "(Personal license)", "(Team license)"]), price < pr[2] ? "LAUNCH20" : "", aff, aff ? (price * 0.3).toFixed(2) : "", gift ? gift.email : "", r.chance(0.05) ? "true" : "false", "false", r.pick(["direct", "twitter.com", "gumroad.com/discover", "hoshi.example/blog"]), pr[0] === "hoshi-ui-kit" ? `${r.hex(8)}-${r.hex(8)}-${r.hex(8)}-${r.hex(8)}`.toUpperCase() : "", r.pick(["", "", "Blue Harbor", "Studio Kite"])]);
    bought.push(p); ks.push(ck(email, kId("gumroad", purchaserId.get(p.email))));
  });
  const text = toCSV(rows);
  return {
    tool: "Gumroad", export: "Analytics/Audience > Sales > Export (CSV)", docs: ["https://gumroad.com/webhooks", "https://help.gumroad.com/article/268-customer-dashboard", "https://help.gumroad.com/article/282-how-do-purchases-work-for-my-customers"],
    files: [{ name: "Sales.csv", text, format: "csv", encoding: "utf-8", kind: "payments", records: rows.length - 1,
      columns: cols(header, [["Sale ID", "record_id"], ["Sale Date", "created_at"], ["Order Number", "other"], ["Product ID", "other"], ["Buyer Name", "customer_name"], ["Purchase Email", "customer_email"], ["Purchaser ID", "customer_id"], ["Subscription ID", "other"], ["Price ($)", "amount"], ["Gumroad Fee ($)", "other"], ["Offer Code", "other"], ["Affiliate", "other"], ["Affiliate Commission ($)", "other"], ["Gifter Email", "other"], ["Referrer", "other"], ["License Key", "other"], ["Company (custom field)", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "Each row is a sale (a paid purchase). Purchase Email is the buyer (for gifts, the giftee, as Gumroad's webhooks use the giftee's information); Gifter Email is labelled other and every gifter also bought something in this file, so counts do not depend on it. Affiliate is a third-party seller partner's e-mail (other, not a customer). Purchaser ID only exists when the buyer has a Gumroad account." }],
    readme: readme({ title: "Gumroad — sales CSV", tool: "Gumroad (creator storefront)", export: "Sales export as CSV", docs: ["https://gumroad.com/webhooks (sale fields: sale_id, sale_timestamp, order_number, product_id, product_name, email, full_name, purchaser_id, subscription_id, ip_country, price, recurrence, variants, offer_code, affiliate, gifter_email, refunded, disputed, referrer, license_key, custom_fields, gumroad_fee)", "https://help.gumroad.com/article/268-customer-dashboard (customers identified by e-mail)", "https://help.gumroad.com/article/282-how-do-purchases-work-for-my-customers (buying without an account)"],
      layout: "One row per sale with captions derived from the sale fields: Sale ID, Sale Date, Order Number, Product ID, Item Name, Buyer Name, Purchase Email, Purchaser ID, Subscription ID, Recurrence, Country, Price ($), Gumroad Fee ($), Quantity, Variants, Offer Code, Affiliate, Affiliate Commission ($), Gifter Email, Refunded, Disputed, Referrer, License Key, and a custom checkout field.",
      quirks: ["Affiliate and gifter e-mails next to the buyer e-mail", "Purchaser ID blank for guest checkouts", "Offer code discounts", "Refunded true/false", "Referrer mentioning the company domain (not an address)"],
      choices: ["CSV captions are not documented; they are written from the webhook field list.", "Dollar amounts as decimals (the webhook uses cents)."] }),
  };
});

// ---------------------------------------------------------------- profitwell
tool("profitwell", (r) => {
  const pool = makePeople(r, 44);
  const header = ["Customer ID", "Email", "First Name", "Last Name", "Company", "Plan", "Plan Interval", "MRR", "Currency", "Status", "Created On", "Activated On", "Churned On", "Total Spend", "Engagement", "Last Activity", "Country", "Trait: Segment"];
  const rows = [header]; const ks = [];
  pool.slice(0, 42).forEach((p, i) => {
    const created = addMin(D(2022, 6, 1), r.int(0, 800 * 1440));
    const status = r.wpick([["active", 10], ["trialing", 2], ["cancelled", 1], ["churned_voluntary", 2], ["churned_delinquent", 1], ["churned_trial", 1]]);
    const plan = r.pick([["Starter", 29], ["Growth", 99], ["Scale", 299]]); const annual = r.chance(0.3);
    const mrr = status.startsWith("churned") || status === "trialing" ? 0 : annual ? Math.round(plan[1] * 10 / 12 * 100) / 100 : plan[1];
    const cid = i % 9 === 4 ? "" : "cus_" + r.alnum(14);
    const noName = r.chance(0.3);
    const email = i === 13 ? "qa-team@hoshi.example" : emailVariant(r, p.email, 0.1);
    rows.push([cid, email, noName ? "" : p.first, noName ? "" : p.last, r.pick(["", "Blue Harbor", "Kite & Co", "Northwind Traders", "Acme Studio"]), plan[0] + (annual ? " (Annual)" : " (Monthly)"), annual ? "year" : "month", mrr.toFixed(2), "USD", status, ymd(created), status === "trialing" || status === "churned_trial" ? "" : ymd(addMin(created, 14 * 1440)), status.startsWith("churned") ? ymd(addMin(created, r.int(60, 500) * 1440)) : "", (plan[1] * r.int(0, 24)).toFixed(2), r.pick(["Q1", "Q2", "Q3", "Q4", ""]), r.pick(["new", "upgrade", "downgrade", "churn", "churn_delinquent", "reactivated", ""]), p.country, r.pick(["SMB", "Mid-Market", "Agency"])]);
    ks.push(ck(email, kId("profitwell", cid)));
  });
  const text = toCSV(rows);
  return {
    tool: "ProfitWell Metrics (Paddle)", export: "Customers tab > Export CSV (customers with MRR)", docs: ["https://learn.profitwell.com/article/7rzyrfbnn4-customer-details-for-intercom", "https://www.paddle.com/help/profitwell-metrics/setup/configure/csv-export-glossary", "https://learn.profitwell.com/article/2AvuytwTdA-adding-in-customers-or-transactions-mannually"],
    files: [{ name: "profitwell_customers.csv", text, format: "csv", encoding: "utf-8", kind: "subscriptions", records: rows.length - 1,
      columns: cols(header, [["Customer ID", "customer_id"], ["Email", "customer_email"], ["First Name", "other"], ["Last Name", "other"], ["Company", "other"], ["Plan", "other"], ["MRR", "amount"], ["Status", "other"], ["Created On", "created_at"], ["Activated On", "other"], ["Churned On", "other"], ["Total Spend", "other"], ["Engagement", "other"], ["Last Activity", "other"], ["Trait: Segment", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "One row per customer subscription with current MRR (0 for churned and trialing). Customer ID is the billing system's id (Stripe cus_…) and is empty for manually added customers. One internal QA account on hoshi.example is not a customer. Total Spend is lifetime cash (other; MRR is the amount). Last Activity uses the CSV-export glossary labels (new, upgrade, churn_delinquent …)." }],
    readme: readme({ title: "ProfitWell Metrics — customers with MRR", tool: "ProfitWell Metrics (now Paddle)", export: "Customers list exported as CSV", docs: ["https://learn.profitwell.com/article/7rzyrfbnn4-customer-details-for-intercom (customer fields: Customer ID, First/Last Name, MRR, Plans, Status active/trialing/cancelled/churned_trial/churned_voluntary/churned_delinquent, Created On, Activated On, Churned On, Engagement quartile, Total Spend)", "https://www.paddle.com/help/profitwell-metrics/setup/configure/csv-export-glossary (activity labels in CSV exports)", "https://learn.profitwell.com/article/2AvuytwTdA-adding-in-customers-or-transactions-mannually (manual customers, monthly-normalised MRR)"],
      layout: "One row per customer: id, e-mail, names (often empty: enriched), company, plan and interval, MRR (monthly-normalised, annual plans divided by 12), currency, status, Created/Activated/Churned On dates (YYYY-MM-DD), Total Spend, Engagement quartile, last activity label, country and a custom trait.",
      quirks: ["Manual customers without Customer ID", "MRR 0 for churned/trialing", "Annual plan MRR with cents", "Internal QA account on the company domain", "Status values with underscores"],
      choices: ["Captions follow the field names ProfitWell documents for its Intercom sync; the export's exact header text is not documented.", "Kind 'subscriptions' (one row per customer subscription state)."] }),
  };
});

// ---------------------------------------------------------------- close-crm
tool("close-crm", (r) => {
  const pool = makePeople(r, 46, { country: "US" });
  const leads = ["Blue Harbor Logistics", "Kite & Co", "Northwind Traders", "Acme Studio", "Pinecone Labs", "Tidewater Dental", "Orbit Fitness", "Maple Legal LLP", "Cobalt Robotics", "Sunset Bakery"].map((n) => ({ name: n, id: "lead_" + r.alnum(43), created: addMin(D(2023, 3, 1), r.int(0, 500 * 1440)), status: r.pick(["Potential", "Bad Fit", "Qualified", "Customer", "Customer", "Interested"]), owner: r.pick(STAFF).name, source: r.pick(["Website", "Referral", "Cold Outreach", "Webinar"]) }));
  const header = ["lead_id", "lead_name", "lead_status", "lead_url", "lead_date_created", "contact_id", "contact_name", "contact_title", "primary_email", "primary_phone", "emails", "phones", "contact_date_created", "custom.Lead Source", "custom.Lead Owner", "custom.Account Tier"];
  const rows = [header]; const ks = [];
  pool.slice(0, 44).forEach((p, i) => {
    const L = leads[i % leads.length]; const cc = addMin(L.created, r.int(0, 200 * 1440));
    const hasEmail = r.chance(0.85); const hasPhone = r.chance(0.55) || !hasEmail;
    const email = hasEmail ? emailVariant(r, p.email, 0.2) : "";
    const alt = hasEmail && r.chance(0.2) ? `${p.first.toLowerCase()}@${r.pick(DOMAINS)}` : "";
    const phone = hasPhone ? p.phone : "";
    const cid = "cont_" + r.alnum(43);
    rows.push([L.id, L.name, L.status, `https://www.${L.name.toLowerCase().replace(/[^a-z]+/g, "")}.example`, isoOff(L.created, -300), cid, p.name, r.pick(["CEO", "Office Manager", "Head of Ops", "", "Founder"]), email, phone, [email.trim(), alt].filter(Boolean).map((e, k) => `${e} (${k ? "home" : "office"})`).join("; "), phone ? `${phone} (mobile)` : "", isoOff(cc, -300), L.source, L.owner, r.pick(["Tier 1", "Tier 2", "Tier 3", ""])]);
    ks.push(ck(email, kId("close", cid), kPhone(phone)));
  });
  const text = toCSV(rows);
  return {
    tool: "Close", export: "Leads > Export > CSV, type 'contacts' (one row per contact), date format ISO 8601", docs: ["https://developer.close.com/api/resources/exports/create-lead", "https://withone.ai/knowledge/close/conn_mod_def%3A%3AGJ1PAfT16xM%3A%3A_Bs2qmX1S8G8fZZFkFRbPw", "https://developer.close.com/api/resources/leads"],
    files: [{ name: "close-contacts-export.csv", text, format: "csv", encoding: "utf-8", kind: "contacts", records: rows.length - 1,
      columns: cols(header, [["lead_id", "other"], ["lead_name", "other"], ["lead_status", "other"], ["lead_url", "other"], ["lead_date_created", "other"], ["contact_id", "customer_id"], ["contact_name", "customer_name"], ["primary_email", "customer_email"], ["primary_phone", "customer_phone"], ["emails", "other"], ["phones", "other"], ["contact_date_created", "created_at"], ["custom.Lead Source", "other"], ["custom.Lead Owner", "agent"], ["custom.Account Tier", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "Close leads are companies; each contact row repeats its lead. lead_id is shared by several contacts (other, must not merge people); contact_id (cont_…) is the person. Phones are E.164 as Close stores them; some contacts have only a phone. emails/phones hold all addresses with their type label (other). custom.Lead Owner is a Hoshi salesperson (agent)." }],
    readme: readme({ title: "Close — contacts export (CSV)", tool: "Close (sales CRM)", export: "Lead export with type=contacts, format=csv, date_format=iso8601", docs: ["https://developer.close.com/api/resources/exports/create-lead (export types leads/contacts/lead_opps; CSV or JSON; date_format)", "https://withone.ai/knowledge/close/conn_mod_def%3A%3AGJ1PAfT16xM%3A%3A_Bs2qmX1S8G8fZZFkFRbPw (type affects CSV row structure; date_format original/iso8601)", "https://developer.close.com/api/resources/leads (leads = companies holding contacts; custom fields as custom.FIELD)"],
      layout: "One row per contact with the parent lead's columns first (lead_id, name, status, url, created), then contact_id, name, title, primary e-mail/phone, all e-mails and phones with type labels, contact created date, then lead custom fields `custom.<name>`.",
      quirks: ["Lead columns repeated per contact", "Phone-only contacts", "Multi-value emails/phones cells", "custom.Lead Owner (staff) custom field", "ISO dates with -05:00 offset"],
      choices: ["Exact CSV captions for the contacts export are not in the docs I found; snake_case names follow the API's field names.", "Lead Owner as a custom 'user' field (Close has no built-in owner on leads)."] }),
  };
});

// ---------------------------------------------------------------- activecampaign
tool("activecampaign", (r) => {
  const pool = makePeople(r, 48, { country: "US" });
  const header = ["Contact ID", "Email", "First Name", "Last Name", "Phone", "Account", "Date Created", "Date Updated", "Tags", "Lists", "Status", "Lead Score", "Contact Owner", "Customer Tier", "How did you hear about us?", "utm_source", "IP Address"];
  const rows = [header]; const ks = [];
  pool.slice(0, 46).forEach((p, i) => {
    const cd = addMin(D(2023, 1, 1), r.int(0, 600 * 1440));
    const email = i === 20 ? "events@hoshi.example" : emailVariant(r, p.email, 0.15);
    const phone = r.chance(0.4) ? r.pick([p.phone, p.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3"), p.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "$1.$2.$3")]) : "";
    const owner = r.chance(0.7) ? r.pick(STAFF) : null;
    rows.push([String(1000 + i * 3), email, r.chance(0.9) ? p.first : "", r.chance(0.9) ? p.last : "", phone, r.pick(["", "Blue Harbor", "Kite & Co", "Northwind Traders"]), ymdhms(cd, -300), ymdhms(addMin(cd, r.int(60, 90000)), -300), r.pick(["", "customer", "customer, webinar-2024", "lead, trial", "vip"]), r.pick(["Newsletter", "Newsletter, Product Updates", "Product Updates"]), r.pick(["Active", "Active", "Active", "Unsubscribed", "Bounced"]), String(r.int(0, 120)), owner ? owner.name : "", r.pick(["", "Gold", "Silver", "Bronze"]), r.pick(["", "Google search", "A friend, colleague", "LinkedIn", "Podcast"]), r.pick(["", "google", "linkedin", "newsletter"]), `203.0.113.${r.int(1, 254)}`]);
    ks.push(ck(email, kId("activecampaign", String(1000 + i * 3)), kPhone(phone)));
  });
  const text = toCSV(rows);
  return {
    tool: "ActiveCampaign", export: "Contacts > Export (CSV)", docs: ["https://support.ontraport.com/hc/en-us/articles/115001550934-Migrate-from-Active-Campaign", "https://help.activecampaign.com/hc/en-us/articles/360006760900-How-to-prepare-your-CSV-file-for-importing-contacts-in-ActiveCampaign", "https://dashclicks-docs.pages.dev/docs/service/external/activecampaign/crm-data", "https://cdn.cdata.com/help/JUK/jp/rcmd/pg_table-contacts.htm"],
    files: [{ name: "contacts-export.csv", text, format: "csv", encoding: "utf-8", kind: "contacts", records: rows.length - 1,
      columns: cols(header, [["Contact ID", "customer_id"], ["Email", "customer_email"], ["First Name", "other"], ["Last Name", "other"], ["Phone", "customer_phone"], ["Account", "other"], ["Date Created", "created_at"], ["Date Updated", "other"], ["Tags", "other"], ["Lists", "other"], ["Status", "other"], ["Lead Score", "other"], ["Contact Owner", "agent"], ["Customer Tier", "other"], ["How did you hear about us?", "other"], ["utm_source", "other"], ["IP Address", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "Contact ID is ActiveCampaign's numeric contact id. Phones are as entered (E.164, (555) 555-5555 or 555.555.5555; only + forms are identity keys, and each phone belongs to one contact). Contact Owner is the Hoshi user who owns the contact (agent). One internal address (events@hoshi.example) is not a customer. Lead Score is a number decoy; 'How did you hear about us?' mentions channels." }],
    readme: readme({ title: "ActiveCampaign — contacts export", tool: "ActiveCampaign (e-mail marketing automation + CRM)", export: "Contacts overview > Export (CSV download)", docs: ["https://support.ontraport.com/hc/en-us/articles/115001550934-Migrate-from-Active-Campaign (Contacts tab > filter > Export downloads a .csv)", "https://help.activecampaign.com/hc/en-us/articles/360006760900-How-to-prepare-your-CSV-file-for-importing-contacts-in-ActiveCampaign (fields, tags, dates YYYY-MM-DD)", "https://dashclicks-docs.pages.dev/docs/service/external/activecampaign/crm-data (contact fields id, email, phone, firstName, lastName, cdate, udate, orgname)", "https://cdn.cdata.com/help/JUK/jp/rcmd/pg_table-contacts.htm"],
      layout: "One row per contact: id, e-mail, names, phone, account, created/updated (account time zone, US Eastern), tags and lists as comma lists, status, lead score, contact owner, then custom fields by name (Customer Tier, How did you hear about us?, utm_source) and IP address.",
      quirks: ["Phone formats mixed", "Contact Owner (staff user)", "Comma lists in quoted cells", "Unsubscribed/bounced contacts", "Internal company address"],
      choices: ["Header captions reconstructed from the API field names and the UI labels; the export's exact captions were not documented in what I found."] }),
  };
});

// ---------------------------------------------------------------- brevo-campaign
tool("brevo-campaign", (r) => {
  const pool = makePeople(r, 52);
  const header = ["CONTACT ID", "EMAIL", "FIRSTNAME", "LASTNAME", "SMS", "Campaign ID", "Campaign name", "Sent date", "Delivered", "Opened", "First open date", "Clicked", "Clicked links", "Unsubscribed", "Hard bounce", "Soft bounce", "Complaint"];
  const rows = [header]; const ks = [];
  pool.slice(0, 50).forEach((p, i) => {
    const sent = addSec(D(2024, 10, 15, 8, 0), i * 3);
    const hb = r.chance(0.04); const sb = !hb && r.chance(0.04); const delivered = !hb && !sb;
    const opened = delivered && r.chance(0.45); const clicked = opened && r.chance(0.35);
    const email = i === 4 ? "marketing@hoshi.example" : i === 7 ? "seed-test@hoshi.example" : emailVariant(r, p.email, 0.1);
    const sms = r.chance(0.3) ? p.phone.replace("+", "") : "";
    rows.push([String(2400 + i * 7), email, p.first.toUpperCase() === p.first ? p.first : p.first, p.last, sms, "118", "Black Friday 2024 – early access", ymdhms(sent, 60), delivered ? "Yes" : "No", opened ? "Yes" : "No", opened ? ymdhms(addMin(sent, r.int(3, 3000)), 60) : "", clicked ? "Yes" : "No", clicked ? r.pick(["https://shop.hoshi.example/black-friday?utm_source=brevo&utm_campaign=bf24", "https://shop.hoshi.example/products/nebula-projector"]) : "", delivered && r.chance(0.03) ? "Yes" : "No", hb ? "Yes" : "No", sb ? "Yes" : "No", "No"]);
    ks.push(ck(email, kId("brevo", String(2400 + i * 7))));
  });
  const text = toCSV(rows, { sep: ";" });
  return {
    tool: "Brevo (ex-Sendinblue)", export: "Marketing > Emails > campaign report > Export (recipients activity, CSV)", docs: ["https://help.brevo.com/hc/en-us/articles/19764406559506-Access-analyze-and-export-your-email-campaign-report", "https://developers.brevo.com/docs/fetch-all-your-weekly-marketing-events"],
    files: [{ name: "campaign_118_report.csv", text, format: "csv", encoding: "utf-8", kind: "campaign_members", records: rows.length - 1, sep: ";",
      columns: cols(header, [["CONTACT ID", "customer_id"], ["EMAIL", "customer_email"], ["FIRSTNAME", "other"], ["LASTNAME", "other"], ["SMS", "customer_phone"], ["Campaign ID", "other"], ["Campaign name", "other"], ["Sent date", "created_at"], ["Opened", "other"], ["First open date", "other"], ["Clicked", "other"], ["Clicked links", "other"], ["Unsubscribed", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "Semicolon-separated. One row per recipient of campaign 118. Contact attributes use Brevo's uppercase names (EMAIL, FIRSTNAME, LASTNAME, SMS); SMS is the mobile number with country code but without '+' (as Brevo stores it); it never links two contacts. Two recipients are internal hoshi.example seed addresses (not customers). Campaign ID is the same for all rows (other)." }],
    readme: readme({ title: "Brevo — campaign recipients activity export", tool: "Brevo (formerly Sendinblue)", export: "E-mail campaign report > Export of recipients with their activity", docs: ["https://help.brevo.com/hc/en-us/articles/19764406559506-Access-analyze-and-export-your-email-campaign-report (report tabs Deliverability/Opens/Clicks/Unsubscribes; who opened and clicked; export)", "https://developers.brevo.com/docs/fetch-all-your-weekly-marketing-events (marketing events: delivered, opened, clicked, hard/soft bounce, unsubscribe, spam)"],
      layout: "Semicolon-separated CSV, UTF-8. Contact columns (CONTACT ID and the uppercase contact attributes EMAIL, FIRSTNAME, LASTNAME, SMS), campaign id/name, sent date (account zone CET), and Yes/No event flags with first-open date and clicked links.",
      quirks: ["Semicolon separator", "Uppercase attribute names", "SMS attribute digits without '+'", "Seed/test addresses on the company domain", "Campaign name with an en dash"],
      choices: ["Brevo's per-recipient export captions are not documented in detail; flags are named after the report's metrics.", "created_at = the campaign's sent date for each recipient."] }),
  };
});

// ---------------------------------------------------------------- talkwalker
tool("talkwalker", (r) => {
  const people = makePeople(r, 40);
  const header = ["url", "published", "indexed", "title", "content", "lang", "sentiment", "source_type", "post_type", "domain_url", "engagement", "reach", "extra_author_attributes.name", "extra_author_attributes.short_name", "extra_author_attributes.url", "extra_author_attributes.gender", "extra_source_attributes.name", "matched_profile", "tags_customer"];
  const rows = [header]; const ks = [];
  const TEXTS = ["Just unboxed my @hoshilabs star lamp, obsessed ✨", "Hoshi Labs support took 3 days to answer me. Not great.", "Anyone tried the Hoshi nebula projector? Worth it?", "Review: Hoshi Labs Orbit clock – stylish, but the alarm is weak", "Hoshi Labs raises prices again?! #annoyed", "Gift idea: Hoshi moon light, my daughter loves it", "Blog: 10 cosy bedroom upgrades (feat. Hoshi Labs)"];
  const dates = spreadDates(r, 44, D(2024, 12, 1, 0), 20);
  for (let i = 0; i < 44; i++) {
    const p = people[i % people.length]; const src = r.pick(["SOCIALMEDIA", "SOCIALMEDIA", "SOCIALMEDIA", "BLOG", "NEWS", "FORUM"]);
    const tw = src === "SOCIALMEDIA" && r.chance(0.7);
    const handle = (p.first + "_" + p.last[0] + r.int(1, 99)).toLowerCase();
    const brandOwn = i === 6 || i === 25; // the company's own account
    const text = r.pick(TEXTS);
    rows.push([tw ? `https://twitter.com/${brandOwn ? "hoshilabs" : handle}/status/17${r.digits(17)}` : src === "SOCIALMEDIA" ? `https://www.instagram.com/p/${r.alnum(11)}/` : `https://${r.pick(["cosyhome", "gadgetdaily", "parentforum"])}.example/${r.alnum(6).toLowerCase()}`, String(dates[i].getTime()), String(dates[i].getTime() + r.int(60, 3600) * 1000), src === "SOCIALMEDIA" ? "" : text.slice(0, 40), text, r.pick(["en", "en", "en", "de"]), String(r.pick([-5, -3, -1, 0, 0, 1, 3, 5])), src, tw ? "TEXT" : r.pick(["IMAGE", "TEXT", "VIDEO"]), tw ? "twitter.com" : src === "SOCIALMEDIA" ? "instagram.com" : "cosyhome.example", String(r.int(0, 900)), String(r.int(50, 250000)), brandOwn ? "Hoshi Labs" : p.name, tw ? "@" + (brandOwn ? "hoshilabs" : handle) : src === "SOCIALMEDIA" ? handle : "", tw ? `https://twitter.com/${brandOwn ? "hoshilabs" : handle}` : "", r.pick(["MALE", "FEMALE", "UNKNOWN"]), tw ? "Twitter" : src === "SOCIALMEDIA" ? "Instagram" : r.pick(["Cosy Home Blog", "Gadget Daily"]), r.pick(["Hoshi Labs – brand", "Hoshi Labs – products", "Competitors: Lumio"]), r.pick(["", "complaint", "product, praise"])]);
    ks.push([]); // mentions analysed alone: authors are not customers (no e-mail / customer id)
  }
  const text = toCSV(rows);
  return {
    tool: "Talkwalker", export: "Talkwalker Analytics > Results > Export (CSV of documents)", docs: ["https://developer.talkwalker.com/docs/talkwalker-documents/field-information", "https://www.talkwalker.com/fr/manuel-utilisateur/talkwalker", "https://developer.talkwalker.com/guides/use-histogram-api/influencers"],
    files: [{ name: "talkwalker_export.csv", text, format: "csv", encoding: "utf-8", kind: "mentions", records: rows.length - 1,
      columns: cols(header, [["url", "record_id"], ["published", "submitted_at"], ["indexed", "other"], ["sentiment", "other"], ["source_type", "other"], ["engagement", "other"], ["reach", "other"], ["extra_author_attributes.name", "customer_name"], ["extra_author_attributes.short_name", "customer_handle"], ["extra_author_attributes.url", "other"], ["extra_source_attributes.name", "other"], ["matched_profile", "other"], ["tags_customer", "other"]]),
      nps: null, csat: null, customers: 0,
      notes: "Listening results (public posts, blogs, news, forums): no e-mail or customer id, so customers = 0 when analysed alone. Dates are epoch milliseconds. sentiment is Talkwalker's derived -5..5 score (other, not a rating). matched_profile is the topic/query name (other). Two posts come from the company's own @hoshilabs account. The document url is the record's id." }],
    readme: readme({ title: "Talkwalker — listening results export", tool: "Talkwalker (social listening)", export: "Results export (documents) as CSV", docs: ["https://developer.talkwalker.com/docs/talkwalker-documents/field-information (content/snippets, domain_url/host_url, NLP sentiment, reach)", "https://www.talkwalker.com/fr/manuel-utilisateur/talkwalker (projects, topics, channels, filters)", "https://developer.talkwalker.com/guides/use-histogram-api/influencers (author details: name, url, id)"],
      layout: "Header = Talkwalker document field names, nested author/source attributes flattened with dots (`extra_author_attributes.short_name`). published/indexed as epoch ms. One row per document.",
      quirks: ["Epoch-millisecond dates", "Sentiment -5..5 (decoy)", "Handles with '@' for X, without for Instagram, empty for web sources", "Brand's own posts", "Topic names in matched_profile", "Emoji and en dashes"],
      choices: ["The exact export column list is my reconstruction from the document field names in the developer docs."] }),
  };
});

// ---------------------------------------------------------------- facebook-comments
tool("facebook-comments", (r) => {
  const people = makePeople(r, 36);
  const header = ["Post ID", "Post Message", "Comment ID", "Parent Comment ID", "Name", "Profile ID", "Profile URL", "Date", "Likes", "Comment", "Attachment", "Is Page Reply", "Sentiment"];
  const rows = [header];
  const posts = [["104738291650_88812", "🎄 Our holiday gift guide is live! Which one would you pick?"], ["104738291650_88934", "New: the Orbit desk clock in sage green 🌿"], ["104738291650_89002", "Shipping update: orders placed after Dec 18 may arrive after Christmas."]];
  const dates = spreadDates(r, 48, D(2024, 12, 10, 9), 14);
  const COMM = ["Love the moon light, bought two!", "Still waiting for my order from Dec 2nd...", "Does the clock have a silent mode?", "Ordered the projector, kids are thrilled 😍", "Customer service never replied to my email", "Wow, gorgeous colour", "Will you ship to Ireland?", "Mine arrived broken, very disappointed", "Take my money!!", "Is there a discount code? 🙏"];
  let lastTop = "";
  for (let i = 0; i < 48; i++) {
    const post = posts[i % 3]; const page = r.chance(0.12);
    const p = people[r.int(0, people.length - 1)];
    const reply = page || r.chance(0.2);
    const cid = `${post[0].split("_")[1]}_${r.digits(16)}`;
    rows.push([post[0], post[1], cid, reply && lastTop ? lastTop : "", page ? "Hoshi Labs" : p.name, page ? "104738291650" : String(r.int(100000000000000, 999999999999999)), page ? "https://www.facebook.com/hoshilabs" : "", isoOff(dates[i], 0).replace("+00:00", "+0000"), String(r.int(0, 40)), page ? "Hi! Please DM us your order number and we'll look into it right away. – Kenji" : r.pick(COMM), r.chance(0.1) ? "photo" : "", page ? "true" : "false", r.pick(["Positive", "Neutral", "Negative"])]);
    if (!reply) lastTop = cid;
  }
  const text = toCSV(rows);
  return {
    tool: "Facebook page comments (via a social media management tool's comment export)", export: "Social inbox / post comments export to CSV (Graph API comment fields)", docs: ["https://developer.talkwalker.com/docs/talkwalker-documents/field-information"],
    files: [{ name: "facebook_comments_export.csv", text, format: "csv", encoding: "utf-8-bom", kind: "mentions", records: rows.length - 1,
      columns: cols(header, [["Post ID", "other"], ["Comment ID", "record_id"], ["Parent Comment ID", "other"], ["Name", "customer_name"], ["Profile ID", "customer_handle"], ["Profile URL", "other"], ["Date", "submitted_at"], ["Likes", "other"], ["Is Page Reply", "other"], ["Sentiment", "other"]]),
      nps: null, csat: null, customers: 0,
      notes: "Public comments on the company's Facebook page posts; no e-mail or customer id, so customers = 0 when analysed alone. Profile ID is the commenter's app-scoped id (handle-like, not an X handle). Rows with Is Page Reply = true are the company page answering (staff). Sentiment is the tool's derived label (other). Replies reference the Parent Comment ID." }],
    readme: readme({ title: "Facebook page comments export", tool: "Facebook Page comments exported by a social media management tool", export: "Post comments export (CSV) with the Graph API comment fields", docs: ["(Facebook's Graph API and the social tools' export docs did not come up in the search corpora; layout follows the Graph API comment object as I know it: id, message, from{name,id}, created_time, like_count, parent, attachment.)", "https://developer.talkwalker.com/docs/talkwalker-documents/field-information (listening tools' sentiment/reach conventions)"],
      layout: "UTF-8 with BOM. One row per comment or reply: post id and text, comment id (`<post>_<comment>`), parent comment id for replies, commenter name, app-scoped profile id, profile URL (blank for users — Facebook no longer exposes it), created time `YYYY-MM-DDTHH:MM:SS+0000`, like count, comment text, attachment type, page-reply flag and the tool's sentiment label.",
      quirks: ["Page's own replies signed by a staff member", "Threaded replies", "Emoji", "+0000 offset without colon (Graph API style)", "Sentiment decoy"],
      choices: ["Tool-neutral captions; no vendor documentation found, documented here as a gap."] }),
  };
});

// ---------------------------------------------------------------- relation-jp (Re:lation tickets)
tool("relation-jp", (r) => {
  const pool = makePeople(r, 30, { ja: true }); const reqs = drawRespondents(r, pool, 40, 0.3);
  const dates = spreadDates(r, 40, D(2024, 10, 1, 0), 30);
  const header = ["チケットID", "受信箱", "ステータス", "担当者", "件名", "差出人名", "差出人メールアドレス", "電話番号", "顧客ID", "ラベル", "作成日時", "最終更新日時", "対応完了日時", "保留理由", "メッセージ数"];
  const rows = [header]; const ks = [];
  const SUBJ = ["【至急】注文した商品が届きません", "返品・交換について", "請求書の再発行をお願いします", "ログインできません", "Re: お問い合わせありがとうございます", "商品の不具合について(写真添付)", "領収書の宛名変更"];
  const custId = new Map(pool.map((p, i) => [p.email, r.chance(0.6) ? "C" + String(30010 + i * 4) : ""]));
  reqs.forEach((p, i) => {
    const st = r.pick(["未対応", "対応中", "保留", "対応完了", "対応完了", "ゴミ箱"]);
    const ag = st === "未対応" ? null : r.pick(STAFF);
    const phoneTicket = r.chance(0.12);
    const email = phoneTicket ? "" : emailVariant(r, p.email, 0.2);
    const internal = i === 9;
    const cid = phoneTicket ? "" : custId.get(p.email);
    const c = dates[i];
    rows.push([String(8200 + i), r.pick(["サポート窓口", "ECショップ問い合わせ", "法人窓口"]), st, ag ? ag.ja : "", SUBJ[r.int(0, SUBJ.length - 1)], internal ? STAFF[3].ja : p.name, internal ? STAFF[3].email : email, phoneTicket || r.chance(0.2) ? p.phoneLocal : "", internal ? "" : cid, r.pick(["", "配送", "返品", "請求,VIP", "不具合"]), slashYmdhm(c, 540), slashYmdhm(addMin(c, r.int(10, 4000)), 540), st === "対応完了" ? slashYmdhm(addMin(c, r.int(60, 6000)), 540) : "", st === "保留" ? "お客様の返信待ち" : "", String(r.int(1, 8))]);
    ks.push(internal ? [] : ck(email, kId("relation", cid)));
  });
  const text = toCSV(rows, { eol: "\r\n" });
  return {
    tool: "Re:lation (リレーション)", export: "チケット一覧 > CSVエクスポート", docs: ["https://manual.aiship.jp/%e3%82%b7%e3%82%b9%e3%83%86%e3%83%a0%e7%ae%a1%e7%90%86_csv%e5%85%a5%e5%8a%9b%e9%a0%85%e7%9b%ae%e6%a6%82%e8%a6%81%ef%bc%88%e5%8f%97%e6%b3%a8%e3%83%87%e3%83%bc%e3%82%bfcsv%ef%bc%89"],
    files: [{ name: "tickets_20241031.csv", text, format: "csv", encoding: "utf-8-bom", kind: "tickets", records: rows.length - 1,
      columns: cols(header, [["チケットID", "record_id"], ["受信箱", "other"], ["ステータス", "other"], ["担当者", "agent"], ["差出人名", "customer_name"], ["差出人メールアドレス", "customer_email"], ["電話番号", "customer_phone"], ["顧客ID", "customer_id"], ["ラベル", "other"], ["作成日時", "created_at"], ["最終更新日時", "other"], ["対応完了日時", "other"], ["メッセージ数", "other"]]),
      nps: null, csat: null, customers: countCustomers(ks),
      notes: "Japanese help desk tickets. 差出人 (sender) is the customer; 担当者 is the assigned agent (Japanese staff names). 電話番号 is a domestic number (090-…) without country code, not an identity key; phone-logged tickets have no e-mail and no 顧客ID (anonymous). 顧客ID is the address-book customer id (C…). One ticket was forwarded internally by a hoshi.example staff member (not a customer). Dates in JST, 'YYYY/MM/DD HH:MM'." }],
    readme: readme({ title: "Re:lation — チケットCSV", tool: "Re:lation (Japanese shared-inbox help desk by Ingage)", export: "チケット一覧からCSVエクスポート", docs: ["(Re:lation's CSV export page was not found in the search corpora.)", "https://manual.aiship.jp/…/CSV入力項目概要(受注データCSV) (Japanese SaaS CSV conventions: header row, yyyy/mm/dd dates, CRLF)"],
      layout: "UTF-8 with BOM (Excel-safe), CRLF. Columns: チケットID, 受信箱, ステータス (未対応/対応中/保留/対応完了/ゴミ箱), 担当者, 件名, 差出人名, 差出人メールアドレス, 電話番号, 顧客ID (address book), ラベル, 作成日時, 最終更新日時, 対応完了日時, 保留理由, メッセージ数.",
      quirks: ["Japanese headers and values", "Unassigned tickets (empty 担当者)", "Phone tickets without e-mail", "Domestic phone format", "Internal forwarded ticket from staff", "Labels as comma list"],
      choices: ["Column captions are my best reconstruction of Re:lation's ticket list; the status names follow its UI (未対応, 対応中, 保留, 対応完了).", "UTF-8 with BOM chosen (the Shift_JIS case is covered by base-jp)."] }),
  };
});

// ---------------------------------------------------------------- creative-survey (Japanese NPS)
tool("creative-survey", (r) => {
  const pool = makePeople(r, 40, { ja: true }); const people = drawRespondents(r, pool, 46, 0.12);
  const dates = spreadDates(r, 46, D(2024, 11, 5, 0), 20);
  const Q1 = "Q1. Hoshi Labsを友人や同僚にすすめる可能性はどのくらいありますか？";
  const Q2 = "Q2. その点数をつけた理由を教えてください。";
  const Q3 = "Q3. サポートの対応にどの程度満足していますか？";
  const Q4 = "Q4. 普段利用している問い合わせ方法をお選びください（複数回答可）";
  const header = ["回答ID", "回答日時", "回答状況", "メールアドレス", "お名前", "会員ID", "流入元", Q1, Q2, Q3, Q4, "NPS区分"];
  const rows = [header]; const nps = [], cs = [], ks = [];
  const CS = ["", "非常に不満", "不満", "どちらでもない", "満足", "非常に満足"];
  const mid = new Map(pool.map((p, i) => [p.email, r.chance(0.6) ? "M" + String(550000 + i * 13) : ""]));
  people.forEach((p, i) => {
    const v = npsDraw(r); const anon = r.chance(0.15);
    let cell = v === 10 ? "10（非常に可能性が高い）" : v === 0 ? "0（まったく可能性がない）" : String(v);
    if (r.chance(0.15)) cell = toFull(String(v)); // full-width digits typed/exported
    const incomplete = r.chance(0.1);
    const c = incomplete ? 0 : csatDraw(r);
    const email = anon ? "" : emailVariant(r, p.email, 0.2);
    const id = anon ? "" : mid.get(p.email);
    rows.push([String(1203400 + i * 3), slashYmdhms(dates[i], 540), incomplete ? "途中" : "完了", email, anon ? "" : p.name, id, r.pick(["メール", "メール", "LINE", "Webサイト"]), cell, incomplete ? "" : r.pick(NPS_COMMENTS_JA), CS[c], incomplete ? "" : r.pick(["メール", "電話", "チャット", "メール、チャット", "LINE"]), v >= 9 ? "推奨者" : v >= 7 ? "中立者" : "批判者"]);
    nps.push(cell); cs.push(CS[c]); ks.push(ck(email, kId("creative-survey", id)));
  });
  const text = toCSV(rows, { eol: "\r\n" });
  return {
    tool: "CREATIVE SURVEY (クリエイティブサーベイ)", export: "回答データ > CSVダウンロード", docs: ["https://manual.makeshop.jp/hc/ja/articles/33957532168345"],
    files: [{ name: "回答データ_顧客満足度調査2024.csv", text, format: "csv", encoding: "utf-8-bom", kind: "survey_responses", records: rows.length - 1,
      columns: cols(header, [["回答ID", "record_id"], ["回答日時", "submitted_at"], ["回答状況", "other"], ["メールアドレス", "customer_email"], ["お名前", "customer_name"], ["会員ID", "customer_id"], ["流入元", "other"], [Q1, "score_nps"], [Q3, "score_csat"], [Q4, "other"], ["NPS区分", "other"]]),
      nps: npsTally(nps), csat: csatTally(cs, 5), customers: countCustomers(ks),
      notes: "Japanese NPS survey. Q1 holds 0–10 with labelled extremes ('10（非常に可能性が高い）', '0（まったく可能性がない）') and some full-width digits (１０, ７) — all valid. Q3 is a 5-point Japanese satisfaction label scale (非常に満足 5 … 非常に不満 1); incomplete (途中) answers have no Q3. NPS区分 is the tool's promoter/passive/detractor label (other). Q4 is a multi-choice channel question (other). 会員ID is a hidden-field member id passed in the survey URL." }],
    readme: readme({ title: "CREATIVE SURVEY — NPS回答データCSV", tool: "CREATIVE SURVEY (Japanese survey/NPS tool)", export: "回答データのCSVダウンロード (UTF-8)", docs: ["(CREATIVE SURVEY's help pages were not found in the search corpora.)", "https://manual.makeshop.jp/hc/ja/articles/33957532168345 (Japanese export field-naming conventions)"],
      layout: "UTF-8 with BOM, CRLF. Fixed columns 回答ID, 回答日時 (JST, YYYY/MM/DD HH:MM:SS), 回答状況 (完了/途中), respondent fields (メールアドレス, お名前), a hidden parameter 会員ID and 流入元, then one column per question labelled 'Qn. question text', then the NPS区分 label.",
      quirks: ["Labelled NPS extremes in Japanese parentheses", "Full-width digits", "Japanese 5-point satisfaction labels", "Incomplete (途中) answers", "Anonymous answers", "Japanese free text with punctuation"],
      choices: ["Captions reconstructed; the documentation was not available.", "UTF-8 BOM chosen (the tool offers UTF-8 and Shift_JIS downloads; Shift_JIS is covered by base-jp)."] }),
  };
});

//@@TOOLS@@

// ================================================================ main
const only = process.argv.slice(2);
const index = [];
for (const { slug, fn } of TOOLS) {
  if (only.length && !only.includes(slug)) continue;
  const t = fn(makeRng("holdout5:" + slug));
  writeTool(slug, t);
  index.push({ slug, t });
  console.log(`wrote ${slug}: ${t.files.map((f) => `${f.name}(${f.records} rec, ${f.customers} cust)`).join(", ")}`);
}
if (!only.length) {
  const rows = index.map(({ slug, t }) => `| ${slug} | ${t.tool} | ${SPLIT} | ${t.export} | ${t.files.map((f) => `\`${f.name}\` (${f.kind}, ${f.encoding})`).join("; ")} |`);
  fs.writeFileSync(path.join(OUT, "tools-holdout5.md"), `# Vendor exports — split ${SPLIT}\n\nGenerated by \`node scripts/vendors/make-holdout5-exports.mjs\` (deterministic; rewrites only these directories).\n\n| slug | tool | split | export imitated | files (kind, encoding) |\n| --- | --- | --- | --- | --- |\n${rows.join("\n")}\n`);
}
