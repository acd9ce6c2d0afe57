#!/usr/bin/env node
// Blind evaluation catalogue, split "holdout2".
// Writes tests/data/vendors/<slug>/ for each tool below (and tools-holdout2.md).
// Node 20, ESM, no dependencies, seeded PRNG, fixed dates: byte-identical on every run.
// Every expected count is computed from the cell values this script writes.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..", "..");
const OUT = path.join(ROOT, "tests", "data", "vendors");
const SPLIT = "holdout2";
const COMPANY = "hoshi.example";

// ---------------------------------------------------------------- PRNG
function hashSeed(s) { let h = 2166136261 >>> 0; for (const c of s) { h ^= c.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; } return h; }
function makeRng(seedStr) {
  let a = hashSeed(seedStr);
  const next = () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    hex: (n) => { let s = ""; for (let i = 0; i < n; i++) s += "0123456789abcdef"[Math.floor(next() * 16)]; return s; },
    alnum: (n) => { let s = ""; const A = "abcdefghijklmnopqrstuvwxyz0123456789"; for (let i = 0; i < n; i++) s += A[Math.floor(next() * A.length)]; return s; },
    digits: (n) => { let s = ""; for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10)); return s; },
  };
  // weighted NPS / CSAT draws
  r.nps = () => { const x = next(); if (x < 0.42) return r.int(9, 10); if (x < 0.70) return r.int(7, 8); return r.int(0, 6); };
  r.csat = () => { const x = next(); if (x < 0.55) return r.int(4, 5); if (x < 0.72) return 3; return r.int(1, 2); };
  return r;
}

// ---------------------------------------------------------------- dates (UTC arithmetic only)
const BASE = Date.UTC(2024, 3, 1, 0, 0, 0); // 2024-04-01
const p2 = (n) => String(n).padStart(2, "0");
function dateAt(r, dayMax = 60) { return new Date(BASE + r.int(0, dayMax) * 86400000 + r.int(7 * 3600, 22 * 3600) * 1000); }
function sortDates(ds) { return ds.sort((a, b) => a - b); }
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const f = {
  ymdhms: (d, sep = "-") => `${d.getUTCFullYear()}${sep}${p2(d.getUTCMonth() + 1)}${sep}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`,
  ymdhm: (d, sep = "-") => `${d.getUTCFullYear()}${sep}${p2(d.getUTCMonth() + 1)}${sep}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`,
  ymd: (d) => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`,
  iso: (d) => d.toISOString(),
  isoNoMs: (d) => d.toISOString().replace(".000Z", "Z"),
  isoOff: (d, off) => { const l = new Date(d.getTime() + off * 3600000); const s = off >= 0 ? "+" : "-"; return `${f.ymdhms(l)} ${s}${p2(Math.abs(off))}00`; },
  us12: (d, secs = true) => { let h = d.getUTCHours(); const ap = h >= 12 ? "PM" : "AM"; h = h % 12 || 12; return `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${d.getUTCFullYear()} ${p2(h)}:${p2(d.getUTCMinutes())}${secs ? ":" + p2(d.getUTCSeconds()) : ""} ${ap}`; },
  magento: (d) => { let h = d.getUTCHours(); const ap = h >= 12 ? "PM" : "AM"; h = h % 12 || 12; return `${MON[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${ap}`; },
  gforms: (d) => { let h = d.getUTCHours(); const ap = h >= 12 ? "PM" : "AM"; h = h % 12 || 12; return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${h}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${ap} GMT+1`; },
  mdyShort: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`,
  dyn: (d) => { let h = d.getUTCHours(); const ap = h >= 12 ? "PM" : "AM"; h = h % 12 || 12; return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h}:${p2(d.getUTCMinutes())} ${ap}`; },
};

// ---------------------------------------------------------------- people
const FIRST_EN = ["Olivia", "Liam", "Maya", "Noah", "Priya", "Lucas", "Sofia", "Mateo", "Grace", "Ethan", "Zara", "Owen", "Leila", "Jonas", "Amara", "Felix", "Nora", "Ravi", "Ines", "Caleb", "Hana", "Milo", "Talia", "Arjun", "Freya", "Diego", "Elif", "Marcus", "Yara", "Tobias"];
const LAST_EN = ["Bennett", "Okafor", "Lindqvist", "Moreau", "Castillo", "Nakamura", "Fischer", "Adeyemi", "Kowalski", "Haddad", "Sullivan", "Petrov", "Ramirez", "Chen", "Varga", "O'Brien", "Duarte", "Mensah", "Holm", "Reyes", "Schmidt", "Patel", "Novak", "Quinn", "Ferreira"];
const JA_LAST = [["佐藤", "sato"], ["鈴木", "suzuki"], ["高橋", "takahashi"], ["伊藤", "ito"], ["渡辺", "watanabe"], ["山本", "yamamoto"], ["中村", "nakamura"], ["小林", "kobayashi"], ["加藤", "kato"], ["吉田", "yoshida"], ["山田", "yamada"], ["松本", "matsumoto"], ["井上", "inoue"], ["木村", "kimura"], ["清水", "shimizu"], ["山口", "yamaguchi"]];
const JA_FIRST = [["陽菜", "hina"], ["蓮", "ren"], ["結衣", "yui"], ["大翔", "hiroto"], ["さくら", "sakura"], ["悠真", "yuma"], ["美咲", "misaki"], ["湊", "minato"], ["葵", "aoi"], ["健太", "kenta"], ["真央", "mao"], ["翔太", "shota"], ["彩花", "ayaka"], ["拓海", "takumi"], ["莉子", "riko"], ["亮", "ryo"]];
const DOM_EN = ["gmail.example", "northwind.example", "outlook.example", "contoso.example", "fabrikam.example", "icloud.example", "proton.example", "tailspin.example", "adatum.example", "mail.example", "wingtip.example", "litware.example", "yahoo.example"];
const DOM_JA = ["yahoo.co.jp.example", "gmail.example", "docomo.ne.jp.example", "ezweb.ne.jp.example", "softbank.ne.jp.example", "icloud.example", "nifty.example", "ocn.ne.jp.example", "kougyou.co.jp.example"];
const STAFF_EN = [["Aiko Tanaka", "aiko.tanaka"], ["Ben Ortiz", "ben.ortiz"], ["Chloe Martin", "chloe.martin"], ["Daichi Mori", "daichi.mori"], ["Emma Walsh", "emma.walsh"]].map(([name, u]) => ({ name, email: `${u}@${COMPANY}` }));
const STAFF_JA = [["田中 愛子", "aiko.tanaka"], ["森 大地", "daichi.mori"], ["石川 恵", "megumi.ishikawa"], ["岡田 翼", "tsubasa.okada"]].map(([name, u]) => ({ name, email: `${u}@${COMPANY}` }));

function makePool(r, n, { ja = false, phoneCc = "+1" } = {}) {
  const used = new Set(); const pool = [];
  while (pool.length < n) {
    let first, last, name, local, firstR, lastR;
    if (ja) { const L = r.pick(JA_LAST), F = r.pick(JA_FIRST); last = L[0]; first = F[0]; name = `${last} ${first}`; firstR = F[1]; lastR = L[1]; }
    else { first = r.pick(FIRST_EN); last = r.pick(LAST_EN); name = `${first} ${last}`; firstR = first.toLowerCase(); lastR = last.toLowerCase().replace(/[^a-z]/g, ""); }
    const style = r.int(0, 3);
    local = style === 0 ? `${firstR}.${lastR}` : style === 1 ? `${firstR[0]}${lastR}` : style === 2 ? `${firstR}${r.int(1, 99)}` : `${lastR}.${firstR}`;
    const email = `${local}@${r.pick(ja ? DOM_JA : DOM_EN)}`;
    if (used.has(email)) continue; used.add(email);
    const cc = ja ? "+81" : phoneCc;
    const phone = ja ? `${cc} 90-${r.digits(4)}-${r.digits(4)}` : cc === "+44" ? `${cc} 7700 ${r.digits(6)}` : `${cc} ${r.int(201, 989)}-555-${r.digits(4)}`;
    pool.push({ first, last, name, email, phone, firstR, lastR, idx: pool.length });
  }
  return pool;
}
// e-mail spelling variants the tools really keep (typed by the customer again)
function variant(r, email) {
  const k = r.int(0, 3);
  if (k === 0) return email[0].toUpperCase() + email.slice(1);
  if (k === 1) return ` ${email}`;
  if (k === 2) { const [a, b] = email.split("@"); return `${a}@${b.toUpperCase()}`; }
  return `${email.toUpperCase()} `;
}
// draws customers with repeats; later draws of the same person may use a spelling variant
function drawer(r, pool, repeatP = 0.3) {
  const seen = [];
  return () => {
    if (seen.length && r.chance(repeatP)) { const p = r.pick(seen); return { p, email: r.chance(0.5) ? variant(r, p.email) : p.email, repeat: true }; }
    const p = pool[seen.length % pool.length]; seen.push(p); return { p, email: p.email, repeat: false };
  };
}

// ---------------------------------------------------------------- value rules (answers)
function toHalf(s) { return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)); }
function parseNps(v) {
  if (v === null || v === undefined) return null; const s = toHalf(String(v)).trim(); if (!s) return null;
  const m = s.match(/^(\d{1,2})(\s+-\s+[A-Za-z ]+)?$/); if (!m) return null; const n = +m[1]; return n <= 10 ? n : null;
}
const CSAT_LABELS = { "very satisfied": 5, "satisfied": 4, "neither satisfied nor dissatisfied": 3, "neutral": 3, "dissatisfied": 2, "very dissatisfied": 1, "非常に満足": 5, "満足": 4, "どちらでもない": 3, "不満": 2, "非常に不満": 1 };
function parseCsat(v) {
  if (v === null || v === undefined) return null; const s = toHalf(String(v)).trim(); if (!s) return null;
  if (/^[1-5]$/.test(s)) return +s; const l = CSAT_LABELS[s.toLowerCase()]; return l === undefined ? null : l;
}
function npsCounts(vals) { const o = { promoters: 0, passives: 0, detractors: 0 }; for (const v of vals) { const n = parseNps(v); if (n === null) continue; if (n >= 9) o.promoters++; else if (n >= 7) o.passives++; else o.detractors++; } return o; }
function csatCounts(vals) { const o = { satisfied: 0, answered: 0 }; for (const v of vals) { const n = parseCsat(v); if (n === null) continue; o.answered++; if (n >= 4) o.satisfied++; } return o; }

// identity keys from written cells
const K = {
  email: (v) => { if (v == null) return null; const s = String(v).trim().toLowerCase(); if (!s || !s.includes("@")) return null; return s; },
  phone: (v) => { if (v == null) return null; const s = String(v).trim(); if (!s.startsWith("+")) return null; const d = s.replace(/\D/g, ""); return d.length >= 8 ? "+" + d : null; },
  id: (tool, v) => { if (v == null) return null; const s = String(v).trim(); return s ? `id:${tool}:${s}` : null; },
  handle: (v) => { if (v == null) return null; const s = String(v).trim().replace(/^@/, "").toLowerCase(); return s ? `x:${s}` : null; },
};
// rows: arrays of {email|phone|id|handle key strings}; a row carrying a company address is staff and not a customer
function countCustomers(rows) {
  const parent = new Map();
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  const add = (x) => { if (!parent.has(x)) parent.set(x, x); };
  for (const keys0 of rows) {
    const keys = keys0.filter(Boolean);
    if (keys.some((k) => k.endsWith("@" + COMPANY))) continue;
    if (!keys.length) continue;
    keys.forEach(add); for (let i = 1; i < keys.length; i++) { const a = find(keys[0]), b = find(keys[i]); if (a !== b) parent.set(a, b); }
  }
  const roots = new Set(); for (const k of parent.keys()) roots.add(find(k)); return roots.size;
}

// ---------------------------------------------------------------- writers
function csvText(rows, { sep = ",", eol = "\r\n", quoteAll = false } = {}) {
  const q = (v) => { v = v === null || v === undefined ? "" : String(v); if (quoteAll || v.includes('"') || v.includes(sep) || v.includes("\n") || v.includes("\r") || /^\s|\s$/.test(v)) return '"' + v.replace(/"/g, '""') + '"'; return v; };
  return rows.map((r) => r.map(q).join(sep)).join(eol) + eol;
}
let SJIS = null;
function sjisTable() {
  if (SJIS) return SJIS; SJIS = new Map(); const dec = new TextDecoder("shift_jis");
  const leads = []; for (let b = 0x81; b <= 0x9f; b++) leads.push(b); for (let b = 0xe0; b <= 0xfc; b++) leads.push(b);
  for (const l of leads) for (let t = 0x40; t <= 0xfc; t++) { if (t === 0x7f) continue; const ch = dec.decode(Uint8Array.from([l, t])); if (ch.length === 1 && ch !== "\ufffd" && !SJIS.has(ch)) SJIS.set(ch, [l, t]); }
  for (let b = 0xa1; b <= 0xdf; b++) { const ch = dec.decode(Uint8Array.from([b])); if (!SJIS.has(ch)) SJIS.set(ch, [b]); }
  return SJIS;
}
function encode(text, enc) {
  if (enc === "utf-8") return Buffer.from(text, "utf8");
  if (enc === "utf-8-bom") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  if (enc === "utf-16le-bom") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  if (enc === "shift_jis") {
    const t = sjisTable(); const out = [];
    for (const ch of text) { const c = ch.codePointAt(0); if (c < 0x80) { out.push(c); continue; } const b = t.get(ch); if (!b) throw new Error(`not encodable in Shift_JIS: ${ch}`); out.push(...b); }
    const buf = Buffer.from(out); const back = new TextDecoder("shift_jis").decode(buf);
    if (back !== text) throw new Error("Shift_JIS round-trip failed"); return buf;
  }
  throw new Error("encoding " + enc);
}
// column label helpers
function cols(headers, spec) { // spec: [[header, role] | [index, role]]
  return spec.map(([h, role]) => { const index = typeof h === "number" ? h : headers.indexOf(h); if (index < 0) throw new Error("no column " + h); return { index, header: headers[index], role }; });
}
const keyCols = (spec) => spec.map(([key, role]) => ({ key, role }));

// ---------------------------------------------------------------- catalogue
const TOOLS = [];
const tool = (def) => TOOLS.push(def);

// ===== 1. HappyFox
tool({ slug: "happyfox", name: "HappyFox", export: "Tickets > select view > Export (CSV)", docs: ["https://support.happyfox.com/kb/article/1039-happyfox-api-documentation", "https://www.happyfox.com/developers/api/1.1/tickets/", "https://support.happyfox.com/kb/tag/1396"], build(r) {
  const pool = makePool(r, 22); const draw = drawer(r, pool, 0.3);
  const H = ["Ticket ID", "Subject", "Category", "Status", "Priority", "Assigned To", "Contact Name", "Contact Email", "Contact Phone", "Created On", "Last Updated On", "Due Date", "Tags", "Order Number", "Customer Tier", "Source", "Time Spent"];
  const SUBJ = ["Refund for order", "Cannot log in", "Invoice, wrong address", "Sync stopped working", "Change plan", 'Error "403" on export', "Feature request: dark mode", "Shipping delay", "Two-factor code not arriving", "Cancel my account"];
  const rows = []; const keys = []; const dates = sortDates(Array.from({ length: 38 }, () => dateAt(r)));
  dates.forEach((d, i) => {
    let name, email, phone;
    const k = r.next();
    if (i === 5 || i === 21) { const s = r.pick(STAFF_EN); name = s.name; email = s.email; phone = ""; }
    else if (k < 0.06) { name = ""; email = ""; phone = ""; }
    else if (k < 0.12) { const p = r.pick(pool); name = p.name; email = ""; phone = p.phone; }
    else { const c = draw(); name = c.p.name; email = c.email; phone = r.chance(0.35) ? c.p.phone : ""; }
    const subj = r.pick(SUBJ) + (r.chance(0.2) ? ", follow-up" : "");
    const row = [`#HF${String(2200 + i).padStart(8, "0")}`, subj, r.pick(["General", "Billing", "Technical"]), r.pick(["New", "Pending", "On Hold", "Completed", "Closed"]), r.pick(["Low", "Medium", "High", "Urgent"]), r.chance(0.85) ? r.pick(STAFF_EN).name : "", name, email, phone, f.ymdhm(d), f.ymdhm(new Date(d.getTime() + r.int(1, 80) * 3600000)), r.chance(0.4) ? f.ymd(new Date(d.getTime() + 3 * 86400000)) : "", r.chance(0.5) ? r.pick(["refund", "login, sso", "billing, vip", "bug"]) : "", r.chance(0.5) ? `HL-${r.int(10000, 19999)}` : "", r.pick(["Gold", "Silver", "Bronze", ""]), r.pick(["Email", "Web form", "Phone", "Chat"]), `${r.int(0, 3)}h ${r.int(0, 59)}m`];
    rows.push(row); keys.push([K.email(email), K.phone(phone)]);
  });
  const content = csvText([H, ...rows]);
  return { files: { "tickets.csv": { content, format: "csv", encoding: "utf-8", kind: "tickets", records: rows.length,
    columns: cols(H, [["Ticket ID", "record_id"], ["Assigned To", "agent"], ["Contact Name", "customer_name"], ["Contact Email", "customer_email"], ["Contact Phone", "customer_phone"], ["Created On", "created_at"], ["Order Number", "other"], ["Customer Tier", "other"], ["Source", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Two tickets were raised by staff for themselves (contact on hoshi.example): not customers. Phone-only contacts carry a +country code and count. Tickets with no contact are anonymous. Customer Tier and Source are decoys." } },
    readme: `Imitates the CSV that HappyFox's agent portal produces when a ticket list/view is exported. Column names follow the ticket object of the HappyFox API (display id, subject, category, status, priority, assignee, contact name/email/phone, created/updated, due date, tags) plus two ticket custom fields (Order Number, Customer Tier).\n\nQuirks: CRLF line ends; subjects with commas and double quotes are quoted; tags are a comma-joined list in one quoted cell; unassigned tickets have an empty Assigned To; some contacts appear again with a differently-cased or space-padded e-mail; two tickets were opened by staff on hoshi.example; a few contacts have only a phone number.\n\nDocs silent: the exact column order and labels of the UI export are not published; I used the API field names rendered as title case, display ids like \`#HF00002200\` and \`YYYY-MM-DD HH:MM\` dates.` };
} });

// ===== 2. Zoho Desk (Japanese UI)
tool({ slug: "zoho-desk-ja", name: "Zoho Desk (日本語)", export: "設定 > データ管理 > エクスポート > 問い合わせ (CSV)", docs: ["https://help.zoho.com/portal/ja/kb/desk/data-administration/import-export/articles/zendesk-freshdesk%E4%BB%A5%E5%A4%96%E3%81%8B%E3%82%89%E3%81%AE%E3%83%87%E3%83%BC%E3%82%BF%E7%A7%BB%E8%A1%8C", "https://help.zoho.com/portal/ja/kb/desk/for-administrators/data-administration/articles/zoho-desk%E3%81%B8%E3%81%AE%E3%83%87%E3%83%BC%E3%82%BF%E3%81%AE%E3%82%A4%E3%83%B3%E3%83%9D%E3%83%BC%E3%83%88"], build(r) {
  const pool = makePool(r, 20, { ja: true }); const draw = drawer(r, pool, 0.3);
  const H = ["問い合わせID", "件名", "連絡先名", "メールアドレス", "電話番号", "取引先名", "ステータス", "担当者", "部門", "チャネル", "優先度", "作成日時", "完了日時", "分類", "顧客ランク"];
  const SUBJ = ["ログインできません", "請求書の宛名変更について", "返金をお願いします", "配送が遅れています", "プラン変更の方法", "CSV出力で文字化けします", "領収書を再発行してください", "解約手続きについて"];
  const ACC = ["株式会社サクラ商事", "ミドリ工業株式会社", "", "", "アオイ物産"];
  const rows = []; const keys = []; const dates = sortDates(Array.from({ length: 34 }, () => dateAt(r)));
  dates.forEach((d, i) => {
    let name, email, phone;
    if (i === 9) { const s = r.pick(STAFF_JA); name = s.name; email = s.email; phone = ""; }
    else if (r.chance(0.06)) { name = "ゲスト"; email = ""; phone = ""; }
    else { const c = draw(); name = c.p.name; email = c.email; phone = r.chance(0.4) ? (r.chance(0.5) ? c.p.phone : c.p.phone.replace("+81 ", "0")) : ""; }
    const closed = r.chance(0.5);
    const row = [String(1200 + i), r.pick(SUBJ), name, email, phone, r.pick(ACC), closed ? "クローズ" : r.pick(["オープン", "保留中", "エスカレーション"]), r.chance(0.8) ? r.pick(STAFF_JA).name : "", r.pick(["カスタマーサポート", "請求"]), r.pick(["メール", "Web", "電話", "チャット"]), r.pick(["高", "中", "低"]), f.ymdhm(d, "/"), closed ? f.ymdhm(new Date(d.getTime() + r.int(2, 90) * 3600000), "/") : "", r.pick(["質問", "不具合", "要望", "その他"]), r.pick(["ゴールド", "シルバー", "一般"])];
    rows.push(row); keys.push([K.email(email), K.phone(phone)]);
  });
  const content = csvText([H, ...rows]);
  return { files: { "Tickets.csv": { content, format: "csv", encoding: "utf-8-bom", kind: "tickets", records: rows.length,
    columns: cols(H, [["問い合わせID", "record_id"], ["連絡先名", "customer_name"], ["メールアドレス", "customer_email"], ["電話番号", "customer_phone"], ["担当者", "agent"], ["作成日時", "created_at"], ["取引先名", "other"], ["チャネル", "other"], ["顧客ランク", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Phone numbers written domestically (090-…) are not keys; +81 ones are. One ticket's contact is a staff member (hoshi.example). ゲスト rows carry no key. 取引先名 is the account (company) name, not the customer." } },
    readme: `Imitates a Zoho Desk ticket (問い合わせ) export made from the Japanese UI: headers are the Japanese field labels, values are Japanese. The field set follows Zoho Desk's documented migration/import field list (連絡先名, メールアドレス, 電話番号, 取引先名, 担当者, 部門, チャネル, ステータス, 優先度, 作成日時) plus one custom field (顧客ランク).\n\nQuirks: UTF-8 with BOM (Excel-friendly, chosen because the docs do not state the export encoding), CRLF, \`YYYY/MM/DD HH:MM\` dates, phones either +81 international or domestic 0-prefixed, repeated contacts with case/space e-mail variants, an anonymous \`ゲスト\` contact, one ticket whose contact is a staff member.\n\nDocs silent: the export's exact header order; I used the UI label order of the ticket list.` };
} });

// ===== 3. ServiceNow CSM
tool({ slug: "servicenow", name: "ServiceNow Customer Service Management", export: "Cases list (sn_customerservice_case) > column menu > Export > CSV", docs: ["https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/australia/markdown/platform-administration/table-administration-and-data-management/export-list-data.md", "https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/australia/markdown/integrate-applications/t_ExportDirectlyFromTheURL.md", "https://www.servicenow.com/docs/r/mGE8r5NBpLYtmri_sFVECw/aEEU1y_X5Ey27vAVUUm~cg"], build(r) {
  const pool = makePool(r, 24); const draw = drawer(r, pool, 0.28);
  const H = ["number", "opened_at", "short_description", "account", "contact", "contact.email", "contact.phone", "priority", "state", "assigned_to", "assignment_group", "contact_type", "product", "u_customer_tier", "sys_updated_on"];
  const rows = []; const keys = []; const dates = sortDates(Array.from({ length: 40 }, () => dateAt(r)));
  dates.forEach((d, i) => {
    let name = "", email = "", phone = "";
    if (!r.chance(0.08)) { const c = draw(); name = c.p.name; email = c.email; phone = r.chance(0.3) ? c.p.phone : ""; }
    const row = [`CS${String(1045 + i * 3).padStart(7, "0")}`, f.ymdhms(d), r.pick(["Unable to reset password", "Billing discrepancy on invoice INV0012", "Device not syncing, error E42", "Request: add seats", "Data export fails"]), r.pick(["Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Tailspin Toys"]), name, email, phone, r.pick(["1 - Critical", "2 - High", "3 - Moderate", "4 - Low"]), r.pick(["New", "Open", "Awaiting Info", "Resolved", "Closed"]), r.chance(0.8) ? r.pick(STAFF_EN).name : "", r.pick(["Customer Service Tier 1", "Billing Support"]), r.pick(["Web", "Email", "Phone", "Chat"]), r.pick(["Hoshi Sync", "Hoshi Cloud"]), r.pick(["Platinum", "Standard", ""]), f.ymdhms(new Date(d.getTime() + r.int(1, 90) * 3600000))];
    rows.push(row); keys.push([K.email(email), K.phone(phone)]);
  });
  const content = csvText([H, ...rows], { quoteAll: true });
  return { files: { "sn_customerservice_case.csv": { content, format: "csv", encoding: "utf-8", kind: "tickets", records: rows.length,
    columns: cols(H, [["number", "record_id"], ["opened_at", "created_at"], ["contact", "customer_name"], ["contact.email", "customer_email"], ["contact.phone", "customer_phone"], ["assigned_to", "agent"], ["account", "other"], ["contact_type", "other"], ["u_customer_tier", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Headers are field names (list export default), values are display values; dot-walked columns appear as contact.email. Cases with no contact (account-only) carry no key. account is the customer company: other." } },
    readme: `Imitates a CSV exported from the CSM Cases list (table \`sn_customerservice_case\`), file named after the table as the list export does. Headers are field names with dot-walked columns (\`contact.email\`, \`contact.phone\`) as added via the list's column chooser; values are display values (reference fields show the record's display name, choice fields their label such as \`3 - Moderate\`).\n\nQuirks: every value double-quoted, CRLF, \`YYYY-MM-DD HH:MM:SS\` dates, a custom field \`u_customer_tier\`, cases whose contact is empty.\n\nDocs silent: whether a BOM is written (chose none); whether headers are labels or names by default (the docs say this is controlled by parameters/system properties; I chose field names).` };
} });

// ===== 4. Tidio
tool({ slug: "tidio", name: "Tidio", export: "Inbox > Conversations > Export conversations (CSV)", docs: ["https://help.tidio.com/hc/en-us/articles/5401394437020", "https://help.tidio.com/hc/en-us/articles/5391464363548-Start-Using-the-Tidio-Panel"], build(r) {
  const pool = makePool(r, 20, { phoneCc: "+44" }); const draw = drawer(r, pool, 0.3);
  const H = ["Conversation ID", "Started", "Channel", "Visitor", "Email", "Phone", "Operator", "Status", "Messages", "Tags", "Country", "Browser", "First message"];
  const rows = []; const keys = []; const dates = sortDates(Array.from({ length: 36 }, () => dateAt(r)));
  dates.forEach((d, i) => {
    let vis, email = "", phone = "";
    const k = r.next();
    if (k < 0.22) { vis = "#" + r.alnum(5); }
    else { const c = draw(); vis = r.chance(0.7) ? c.p.name : c.email.trim(); email = c.email; phone = r.chance(0.25) ? c.p.phone : ""; }
    const msg = r.pick(["Hi, is the Pro plan billed monthly?", "My order hasn't arrived yet.\nOrder number HL-1043", "Do you ship to Canada, or only the US?", "I was charged twice", "Can I talk to a human?"]);
    const row = [r.hex(24), f.ymdhms(d), r.pick(["Live chat", "Live chat", "Messenger", "Instagram", "Email"]), vis, email, phone, r.chance(0.25) ? "Lyro AI Agent" : r.pick(STAFF_EN).name, r.pick(["Solved", "Open", "Unassigned"]), String(r.int(2, 25)), r.chance(0.4) ? r.pick(["shipping", "billing, refund", "lead"]) : "", r.pick(["United Kingdom", "Ireland", "Germany", "United States"]), r.pick(["Chrome 124", "Safari 17", "Firefox 125"]), msg];
    rows.push(row); keys.push([K.email(email), K.phone(phone)]);
  });
  const content = csvText([H, ...rows]);
  return { files: { "conversations.csv": { content, format: "csv", encoding: "utf-8", kind: "conversations", records: rows.length,
    columns: cols(H, [["Conversation ID", "record_id"], ["Started", "created_at"], ["Visitor", "customer_name"], ["Email", "customer_email"], ["Phone", "customer_phone"], ["Operator", "agent"], ["Channel", "other"], ["Country", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Visitor shows Tidio's random visitor label (#abc12) for anonymous visitors; those rows have no key. Operator includes the Lyro AI bot (a bot, never a customer). Some Visitor cells show the e-mail itself, as Tidio displays it when no name is known." } },
    readme: `Imitates a Tidio conversations CSV. Tidio's help centre documents what the panel shows for each visitor (a random ID such as \`#2ftg9\`, the e-mail or the name from the pre-chat survey, phone, operator, channel: chat, e-mail, Messenger, Instagram); the column set mirrors that.\n\nQuirks: anonymous visitors named \`#xxxxx\`, the Lyro AI bot as operator, multi-line first messages quoted, CRLF, UK phones with +44.\n\nDocs silent: Tidio does not publish the column list of its conversation export; the header names and order are my choice, modelled on the panel's visitor details.` };
} });

// ===== 5. Re:amaze
tool({ slug: "reamaze", name: "Re:amaze", export: "REST API GET /api/v1/conversations (JSON page saved as file)", docs: ["https://glama.ai/mcp/connectors/io.usefulapi/re-amaze/tools/reamaze_create_conversation", "https://glama.ai/mcp/connectors/io.usefulapi/re-amaze/tools/reamaze_get_conversation"], build(r) {
  const pool = makePool(r, 20); const draw = drawer(r, pool, 0.3);
  const conv = []; const keys = []; const dates = sortDates(Array.from({ length: 32 }, () => dateAt(r)));
  const ids = new Map(); let nextId = 880100;
  dates.forEach((d, i) => {
    const tw = r.chance(0.15);
    let author;
    if (tw) { const h = r.pick(["kenji_builds", "MayaCodes", "ravi_ops", "noor.designs", "LeoTravels"]); if (!ids.has("tw:" + h.toLowerCase())) ids.set("tw:" + h.toLowerCase(), nextId++); author = { id: ids.get("tw:" + h.toLowerCase()), name: "@" + h, email: null, twitter: h }; }
    else { const c = draw(); if (!ids.has(c.p.email)) ids.set(c.p.email, nextId++); author = { id: ids.get(c.p.email), name: c.p.name, email: c.email, data: { plan: r.pick(["Starter", "Pro", "Business"]) } }; }
    const status = r.int(0, 5);
    const staff = r.chance(0.8) ? r.pick(STAFF_EN) : null;
    const slug = `${r.pick(["order", "billing", "login", "refund", "question"])}-${r.alnum(6)}`;
    const o = { subject: r.pick(["Where is my order?", "Refund request", "Can't sign in", "Question about invoices", "Feedback"]), slug, status, created_at: f.iso(d), updated_at: f.iso(new Date(d.getTime() + r.int(1, 50) * 3600000)), tag_list: r.chance(0.5) ? [r.pick(["vip", "shipping", "billing"])] : [], perma_url: `https://hoshi.reamaze.com/admin/conversations/${slug}`, hold_until: null, message_count: r.int(1, 9),
      category: tw ? { name: "Twitter", slug: "twitter-hoshilabs", channel: 2, email: null } : { name: "Support", slug: "support", channel: 1, email: `support@${COMPANY}` }, author, message: { body: r.pick(["Hi there, my package still says pending.", "Please refund order #HL-2210, thanks!", "Password reset mail never arrives."]) } };
    if (staff) o.assignee = { id: 1000 + STAFF_EN.indexOf(staff), name: staff.name, email: staff.email };
    if (r.chance(0.4)) o.data = { order_number: `HL-${r.int(2000, 2999)}` };
    conv.push(o); keys.push([K.email(author.email), K.id("reamaze", author.id), K.handle(author.twitter)]);
  });
  const content = JSON.stringify({ page_size: 50, page_count: 1, total_count: conv.length, conversations: conv }, null, 2) + "\n";
  return { files: { "conversations.json": { content, format: "json", encoding: "utf-8", kind: "conversations", records: conv.length,
    columns: keyCols([["slug", "record_id"], ["created_at", "created_at"], ["author.id", "customer_id"], ["author.email", "customer_email"], ["author.name", "customer_name"], ["author.twitter", "customer_handle"], ["assignee.email", "agent"], ["assignee.name", "agent"], ["category.email", "other"], ["author.data.plan", "other"], ["data.order_number", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "category.email is the company's support mailbox (hoshi.example): other. Twitter conversations have no e-mail but an author id and handle. assignee is absent on unassigned conversations." } },
    readme: `Imitates one page of Re:amaze's REST API \`GET /api/v1/conversations\` saved to a file: a wrapper with \`page_size\`, \`page_count\`, \`total_count\` and a \`conversations\` array. Each conversation has \`subject\`, \`slug\` (the conversation's id in URLs), \`status\` (integer: 0 open, 1 responded, 2 done, …), \`created_at\`, \`tag_list\`, \`category\` (the channel, with its own mailbox), \`author\` (the customer contact: id, name, email, twitter handle for Twitter channels, custom \`data\`), \`assignee\` (staff) and the first \`message\`.\n\nQuirks: the channel's mailbox support@hoshi.example inside every e-mail conversation, author e-mail null for Twitter contacts, assignee key absent when unassigned, repeated contacts with case/space e-mail variants but the same author id.\n\nDocs used: the public API field names (subject, category slug, user_name/user_email, assignee staff e-mail, tag_list, status codes) as listed by a connector built on the REST API; the nested shape is my reading of that API and is not verified against a live response.` };
} });

// ===== 6. Qualtrics legacy export
tool({ slug: "qualtrics-embedded", name: "Qualtrics XM", export: "Data & Analysis > Export Data > CSV, Use legacy exporter, Download all fields, numeric values", docs: ["https://www.qualtrics.com/support/survey-platform/data-and-analysis-module/data/download-data/understanding-your-dataset/", "https://github-wiki-see.page/m/tufts-oir/QualtricsTools/wiki/Usage-Guidelines"], build(r) {
  const pool = makePool(r, 30); const draw = drawer(r, pool, 0.15);
  const Q1 = "How likely is it that you would recommend Hoshi Labs to a friend or colleague?";
  const Q2 = "Overall, how satisfied or dissatisfied are you with Hoshi Labs?";
  const Q3 = "What is the main reason for your score?";
  const R1 = ["V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10", "Q1", "Q2", "Q3", "customer_id", "plan", "utm_campaign", "account_manager", "LocationLatitude", "LocationLongitude", "LocationAccuracy"];
  const R2 = ["ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress", "IPAddress", "Status", "StartDate", "EndDate", "Finished", Q1, Q2, Q3, "customer_id", "plan", "utm_campaign", "account_manager", "LocationLatitude", "LocationLongitude", "LocationAccuracy"];
  const rows = []; const keys = []; const dates = sortDates(Array.from({ length: 44 }, () => dateAt(r)));
  const custIds = new Map();
  dates.forEach((d, i) => {
    const anon = r.chance(0.15);
    let name = "", email = "", ext = "", cid = "";
    if (!anon) { const c = draw(); name = `${c.p.last}, ${c.p.first}`; email = c.email; ext = `CRM-${5000 + c.p.idx}`; if (!custIds.has(c.p.idx)) custIds.set(c.p.idx, `cus_${r.alnum(14)}`); cid = r.chance(0.8) ? custIds.get(c.p.idx) : ""; }
    const finished = r.chance(0.88) ? 1 : 0;
    let q1 = finished || r.chance(0.5) ? String(r.nps()) : "";
    let q2 = finished ? String(r.csat()) : "";
    if (finished && r.chance(0.06)) q2 = "-99"; // seen but unanswered recode
    if (finished && r.chance(0.04)) q1 = "";
    const start = new Date(d.getTime() - r.int(60, 900) * 1000);
    rows.push([`R_${r.alnum(15)}`, "Default Response Set", name, ext, email, `203.0.113.${r.int(1, 254)}`, "0", f.ymdhms(start), f.ymdhms(d), String(finished), q1, q2, finished && r.chance(0.6) ? r.pick(["Great support, fast answers", "Too expensive, but works", 'The "sync" feature breaks a lot', "Easy to set up"]) : "", cid, r.pick(["starter", "pro", "enterprise"]), r.pick(["spring_nps", "in_app", "renewal-2024"]), r.pick(STAFF_EN).email, (35 + r.next()).toFixed(4), (139 + r.next()).toFixed(4), "-1"]);
    keys.push([K.email(email), K.id("qualtrics-ext", ext), K.id("stripe-like", cid)]);
  });
  const content = csvText([R1, R2, ...rows]);
  const q1v = rows.map((x) => x[10]), q2v = rows.map((x) => x[11]);
  return { files: { "Hoshi_Labs_Relationship_Survey.csv": { content, format: "csv", encoding: "utf-8-bom", kind: "survey_responses", records: rows.length,
    columns: cols(R2, [["ResponseID", "record_id"], ["Name", "customer_name"], ["ExternalDataReference", "customer_id"], ["EmailAddress", "customer_email"], ["EndDate", "submitted_at"], [Q1, "score_nps"], [Q2, "score_csat"], ["customer_id", "customer_id"], ["plan", "other"], ["utm_campaign", "other"], ["account_manager", "agent"], ["ResponseSet", "other"]]),
    nps: npsCounts(q1v), csat: csatCounts(q2v), customers: countCustomers(keys),
    notes: "Two header rows (V1…/Q ids, then labels); indices refer to the second. Q2 is numeric-coded 1 (Very dissatisfied) … 5 (Very satisfied); -99 is the 'seen but unanswered' recode: invalid. account_manager is embedded data holding a staff e-mail: agent. Anonymous-link responses have no Name/EmailAddress." } },
    readme: `Imitates the **legacy exporter** CSV of a Qualtrics survey, downloaded with numeric values. Two header rows: the first holds the legacy variable names (\`V1\`…\`V10\` for the respondent columns, \`Q1\`… for questions, the embedded-data field names as they are), the second the labels (\`ResponseID, ResponseSet, Name, ExternalDataReference, EmailAddress, IPAddress, Status, StartDate, EndDate, Finished\`, then question texts, then embedded data names). Location columns close the row.\n\nQuirks: UTF-8 BOM; embedded data (\`customer_id\`, \`plan\`, \`utm_campaign\`, \`account_manager\`) set by the distribution; \`Name\` as \`Last, First\` (quoted because of the comma); partial responses (\`Finished\`=0) with blanks; \`-99\` for seen-but-unanswered (the export option); anonymous-link rows without name or e-mail.\n\nDocs silent: exact legacy header spelling beyond the respondent columns the support page lists; I followed the classic \`V1…V10\` layout.` };
} });

// ===== 7. SurveyMonkey NPS-only
tool({ slug: "surveymonkey-nps", name: "SurveyMonkey", export: "Analyze Results > Save as > All individual responses > CSV (expanded, actual answer text)", docs: ["https://vdocument.in/surveymonkey-user-design-guide-located-in-the-help-center-of-your-account-this.html", "https://manualzilla.com/doc/6873108/surveymonkey-user-manual"], build(r) {
  const pool = makePool(r, 30); const draw = drawer(r, pool, 0.12);
  const Q = "How likely is it that you would recommend Hoshi Labs to a friend or colleague?";
  const R1 = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1", "account_id", "source", Q, "What is the primary reason for your score?"];
  const R2 = ["", "", "", "", "", "", "", "", "", "", "", "Response", "Open-Ended Response"];
  const rows = []; const keys = []; const dates = sortDates(Array.from({ length: 46 }, () => dateAt(r)));
  const acct = new Map();
  dates.forEach((d, i) => {
    const web = r.chance(0.3); let email = "", fn = "", ln = "", cd = "", aid = "";
    if (!web) { const c = draw(); email = c.email; fn = c.p.first; ln = c.p.last; cd = r.pick(["Pro", "Team", ""]); if (!acct.has(c.p.idx)) acct.set(c.p.idx, `AC-${70000 + c.p.idx * 13}`); aid = acct.get(c.p.idx); }
    else if (r.chance(0.5)) { aid = `AC-${r.int(90000, 99999)}`; }
    const nps = r.chance(0.07) ? "" : String(r.nps());
    rows.push([String(114000000000 + i * 7919 + r.int(0, 99)), web ? "431200877" : "431200455", f.us12(new Date(d.getTime() - r.int(30, 600) * 1000)), f.us12(d), web ? `198.51.100.${r.int(1, 254)}` : "", email, fn, ln, cd, aid, web ? r.pick(["website_footer", "blog", "utm_newsletter"]) : "email_invite", nps, nps && r.chance(0.6) ? r.pick(["Support is quick", "Missing integrations, e.g. with Slack", "Good value", "Too many bugs lately"]) : ""]);
    keys.push([K.email(email), K.id("smk-account", aid)]);
  });
  const content = csvText([R1, R2, ...rows]);
  return { files: { "Hoshi Labs NPS Survey.csv": { content, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length,
    columns: cols(R2, [[0, "record_id"], [1, "other"], [3, "submitted_at"], [5, "customer_email"], [8, "other"], [9, "customer_id"], [10, "other"], [11, "score_nps"]]),
    nps: npsCounts(rows.map((x) => x[11])), csat: null, customers: countCustomers(keys),
    notes: "Two header rows; the second row is blank over the respondent and custom-variable columns (header text given as that empty cell). Row 1 texts: Respondent ID, Collector ID, End Date, Email Address, Custom Data 1, account_id (custom variable), source (custom variable). Web-link collector rows have no e-mail; some carry account_id passed in the URL." } },
    readme: `Imitates SurveyMonkey's "All individual responses" CSV for a one-question NPS survey with two custom variables (\`account_id\`, \`source\`) added to the survey link. Two header rows: row 1 has respondent metadata names, custom variable names and the question text; row 2 has \`Response\` / \`Open-Ended Response\` under the questions and is empty elsewhere.\n\nQuirks: two collectors (email invitation with e-mail/first/last name filled, web link without), \`MM/DD/YYYY hh:mm:ss AM\` dates, \`Custom Data 1\` from the contact list, skipped NPS answers blank, CRLF.\n\nDocs silent: whether custom variables sit before or after Custom Data; I put them right after the contact fields. The answer text of an NPS question is written as the digit.` };
} });

// ===== 8. Typeform with score and hidden fields
tool({ slug: "typeform-score", name: "Typeform", export: "Results > Responses > Download all responses > CSV", docs: ["https://www.typeform.com/developers/", "https://www.typeform.com/developers/responses/JSON-response-explanation/", "https://docs.memberjunction.org/api/interfaces/_memberjunction_actions-bizapps-formbuilders.TypeformResponseItem.html"], build(r) {
  const pool = makePool(r, 30); const draw = drawer(r, pool, 0.15);
  const H = ["#", "How likely are you to recommend Hoshi Labs to a friend or colleague?", "How satisfied are you with your onboarding?", "Dashboard", "Mobile app", "API", "What's your work email?", "email", "user_id", "utm_campaign", "plan", "score", "Start Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"];
  const rows = []; const keys = []; const dates = sortDates(Array.from({ length: 42 }, () => dateAt(r)));
  const uids = new Map();
  dates.forEach((d) => {
    const c = draw(); const hidden = r.chance(0.6);
    if (!uids.has(c.p.idx)) uids.set(c.p.idx, String(40000 + c.p.idx * 37));
    const answeredEmail = r.chance(0.7) ? (r.chance(0.85) ? c.email : `${c.p.firstR}@work-${r.alnum(3)}.example`) : "";
    const hEmail = hidden ? c.p.email : ""; const uid = hidden ? uids.get(c.p.idx) : "";
    const nps = r.chance(0.05) ? "" : String(r.nps()); const cs = r.chance(0.08) ? "" : String(r.csat());
    rows.push([r.alnum(32), nps, cs, r.chance(0.7) ? "Dashboard" : "", r.chance(0.4) ? "Mobile app" : "", r.chance(0.3) ? "API" : "", answeredEmail, hEmail, uid, hidden ? r.pick(["onboarding_q2", "lifecycle"]) : "", hidden ? r.pick(["free", "pro"]) : "", String(r.int(0, 8) * 5), f.ymdhms(new Date(d.getTime() - r.int(40, 400) * 1000)), f.ymdhms(d), r.hex(10), ""]);
    keys.push([K.email(answeredEmail), K.email(hEmail), K.id("typeform-user", uid)]);
  });
  const content = csvText([H, ...rows]);
  return { files: { "responses.csv": { content, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length,
    columns: cols(H, [["#", "record_id"], [H[1], "score_nps"], [H[2], "score_csat"], ["Dashboard", "other"], [H[6], "customer_email"], ["email", "customer_email"], ["user_id", "customer_id"], ["utm_campaign", "other"], ["plan", "other"], ["score", "other"], ["Submit Date (UTC)", "submitted_at"], ["Network ID", "other"]]),
    nps: npsCounts(rows.map((x) => x[1])), csat: csatCounts(rows.map((x) => x[2])), customers: countCustomers(keys),
    notes: "score is Typeform's calculated quiz variable (0-40), not NPS: other. Multi-select choices are one column per option (Dashboard/Mobile app/API). Hidden fields email/user_id/utm_campaign/plan are only filled when the link carried them. The typed work e-mail may differ from the hidden e-mail; rows link through user_id." } },
    readme: `Imitates Typeform's "Download all responses" CSV for a form with an opinion scale 0-10 (NPS), a 5-star rating (satisfaction), a multiple-selection question, an e-mail question, hidden fields (\`email\`, \`user_id\`, \`utm_campaign\`, \`plan\`) and a calculated \`score\` variable. Layout: \`#\` (response token), one column per question (multi-select choices split into one column per option, cell = option label when chosen), hidden fields, variables, then \`Start Date (UTC)\`, \`Submit Date (UTC)\`, \`Network ID\`, \`Tags\`.\n\nQuirks: empty hidden fields for visitors who came without them; \`score\` look-alike; some respondents typed a different work address than the hidden e-mail.\n\nDocs used: Typeform's Responses API (a response has \`token\`, \`answers\`, \`hidden\`, \`calculated.score\`, \`metadata.network_id\`, \`landed_at\`, \`submitted_at\`), which the CSV download flattens. Docs silent: I found no help-centre page describing the CSV columns in the search store; the header wording (\`#\`, \`Start Date (UTC)\`, \`Submit Date (UTC)\`, \`Network ID\`) and the order of hidden fields vs. variables are my choice.` };
} });

// ===== 9. Google Forms (English) with linear scale
tool({ slug: "google-forms-en", name: "Google Forms", export: "Responses tab > ⋮ > Download responses (.csv)", docs: ["https://docs.coupler.io/sources/category/surveys/google-forms/data-overview", "http://danaleeling.blogspot.com/2023/05/converting-likert-survey-words-in.html"], build(r) {
  const pool = makePool(r, 30); const draw = drawer(r, pool, 0.12);
  const QS = "Overall, how satisfied are you with the support you received?"; const QE = "Hoshi Labs made it easy for me to handle my issue.";
  const H = ["Timestamp", "Email Address", "Your name", "Order or ticket number", QS, QE, "Which channels did you use to contact us?", "Anything else you would like to tell us?"];
  const rows = []; const keys = []; const dates = sortDates(Array.from({ length: 40 }, () => dateAt(r)));
  dates.forEach((d, i) => {
    let email, name;
    if (i === 0 || i === 17) { const s = r.pick(STAFF_EN); email = s.email; name = s.name; }
    else { const c = draw(); email = c.p.email; name = r.chance(0.8) ? c.p.name : c.p.first; }
    const cs = r.chance(0.06) ? "" : String(r.csat()); const ce = r.chance(0.1) ? "" : String(r.int(1, 7));
    rows.push([f.gforms(d), email, name, r.chance(0.6) ? `#${r.int(4000, 4999)}` : "", cs, ce, [r.chance(0.6) ? "Email" : "", r.chance(0.5) ? "Live chat" : "", r.chance(0.3) ? "Phone" : ""].filter(Boolean).join(", ") || "Email", r.chance(0.4) ? r.pick(["Thanks, Ben was great!", "Took 3 days, too slow.", "Please add phone support on weekends,\nand a status page."]) : ""]);
    keys.push([K.email(email)]);
  });
  const content = csvText([H, ...rows]);
  return { files: { "Hoshi Labs Support Feedback.csv": { content, format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length,
    columns: cols(H, [["Timestamp", "submitted_at"], ["Email Address", "customer_email"], ["Your name", "customer_name"], ["Order or ticket number", "other"], [QS, "score_csat"], [QE, "score_ces"], ["Which channels did you use to contact us?", "other"]]),
    nps: null, csat: csatCounts(rows.map((x) => x[4])), customers: countCustomers(keys),
    notes: "Satisfaction is a linear scale 1-5 (1 Very dissatisfied … 5 Very satisfied) exported as the digit; the effort question is a 1-7 linear scale (score_ces). Two test submissions by staff (hoshi.example) are not customers. The channels checkbox question is a decoy." } },
    readme: `Imitates the CSV inside the zip that Google Forms gives from **Download responses (.csv)**, for a form that collects verified e-mail addresses. Columns: \`Timestamp\`, \`Email Address\`, then one column per question titled with the question text. Linear-scale answers are the number; checkbox answers are joined with \`, \`.\n\nQuirks: timestamps \`YYYY/MM/DD h:mm:ss AM GMT+1\` (the form's time zone suffix), a 1-5 satisfaction linear scale, a 1-7 effort linear scale, optional questions left blank, a multi-line paragraph answer, staff test submissions.\n\nDocs silent: no Google help page on the download was in the search store; the sources above describe the one-row-per-submission layout (timestamp, then one column per question, linear scale types). Timestamp format is my choice of what an English-locale form's download writes.` };
} });

// ===== 10. Nicereply
tool({ slug: "nicereply", name: "Nicereply", export: "Ratings > Export (CSV), one export per survey (CSAT and NPS)", docs: ["https://support.nicereply.com/article/350-what-is-legacy-score", "https://support.nicereply.com/article/389-removing-legacy-score"], build(r) {
  const pool = makePool(r, 26); const draw = drawer(r, pool, 0.3);
  const H1 = ["ID", "Created", "Survey", "Score", "Legacy score", "Comment", "Customer name", "Customer email", "Agent", "Ticket ID", "Source", "Tags"];
  const rows1 = []; const k1 = [];
  sortDates(Array.from({ length: 38 }, () => dateAt(r))).forEach((d, i) => {
    const c = r.chance(0.08) ? null : draw(); const s = r.csat();
    rows1.push([String(5102330 + i * 11), f.ymdhms(d), "CSAT 5 stars", String(s), String((s - 1) * 2.5), r.chance(0.5) ? r.pick(["Quick and friendly", "Didn't solve it", "Good, thanks", "Waited too long, twice"]) : "", c ? c.p.name : "", c ? c.email : "", r.pick(STAFF_EN).name, String(r.int(18000, 19999)), r.pick(["Zendesk", "Help Scout"]), r.chance(0.3) ? "vip" : ""]);
    k1.push([K.email(c ? c.email : "")]);
  });
  const H2 = ["ID", "Created", "Survey", "Score", "Comment", "Customer name", "Customer email", "Agent", "Ticket ID", "Tags"];
  const rows2 = []; const k2 = []; const draw2 = drawer(r, pool, 0.2);
  sortDates(Array.from({ length: 30 }, () => dateAt(r))).forEach((d, i) => {
    const c = draw2(); const s = String(r.nps());
    rows2.push([String(7300210 + i * 7), f.ymdhms(d), "Quarterly NPS", s, r.chance(0.5) ? r.pick(["Love it", "Pricing, mostly", "Solid product"]) : "", c.p.name, c.email, "", "", ""]);
    k2.push([K.email(c.email)]);
  });
  return { files: {
    "ratings.csv": { content: csvText([H1, ...rows1], { eol: "\n" }), format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows1.length,
      columns: cols(H1, [["ID", "record_id"], ["Created", "submitted_at"], ["Score", "score_csat"], ["Legacy score", "other"], ["Customer name", "customer_name"], ["Customer email", "customer_email"], ["Agent", "agent"], ["Ticket ID", "other"], ["Source", "other"]]),
      nps: null, csat: csatCounts(rows1.map((x) => x[3])), customers: countCustomers(k1),
      notes: "Score is on the survey's own 5-star scale; Legacy score is the same rating rescaled to 10 (0, 2.5 … 10) and must not be read as NPS or CSAT. Ratings without a customer e-mail are anonymous." },
    "nps.csv": { content: csvText([H2, ...rows2], { eol: "\n" }), format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows2.length,
      columns: cols(H2, [["ID", "record_id"], ["Created", "submitted_at"], ["Score", "score_nps"], ["Customer name", "customer_name"], ["Customer email", "customer_email"], ["Agent", "agent"], ["Ticket ID", "other"]]),
      nps: npsCounts(rows2.map((x) => x[3])), csat: null, customers: countCustomers(k2),
      notes: "Relationship NPS survey: Agent and Ticket ID are empty (not tied to a ticket)." } },
    readme: `Imitates Nicereply rating exports: one CSAT survey on a 5-star scale (\`ratings.csv\`) and one NPS survey (\`nps.csv\`). Nicereply's docs say exports carry both the new \`Score\` (on the survey's own scale) and the \`Legacy score\` (always out of 10) during the transition, and that readers must use \`Score\`; the CSAT file therefore has both.\n\nQuirks: LF line ends, \`Legacy score\` decimals (2.5, 7.5), agent names, help-desk ticket ids, anonymous ratings, repeated customers with e-mail variants.\n\nDocs silent: the column names of the rating export; I chose names from the fields the docs mention (score, legacy score, customer, agent, ticket). A 5-star CSAT scale is my choice among Nicereply's scales.` };
} });

// ===== 11. Promoter.io
tool({ slug: "promoter-io", name: "Promoter.io", export: "Campaign > Feedback > Export (CSV)", docs: ["https://developers.promoter.io/reference", "https://help.promoter.io/en/articles/5687998-contact-profile", "https://help.promoter.io/en/articles/5688013-contact-view-and-actions"], build(r) {
  const pool = makePool(r, 30); const draw = drawer(r, pool, 0.2);
  const H = ["Email", "First Name", "Last Name", "Score", "Type", "Comment", "Campaign", "Posted Date", "Status", "Tags", "customer_id", "plan", "account_owner"];
  const rows = []; const keys = []; const cids = new Map();
  sortDates(Array.from({ length: 44 }, () => dateAt(r))).forEach((d) => {
    const c = draw(); const s = r.nps(); if (!cids.has(c.p.idx)) cids.set(c.p.idx, String(31000 + c.p.idx * 3));
    const type = s >= 9 ? "Promoter" : s >= 7 ? "Passive" : "Detractor";
    const cid = r.chance(0.8) ? cids.get(c.p.idx) : "";
    rows.push([c.email, c.p.first, c.p.last, String(s), type, r.chance(0.5) ? r.pick(["Works well", "Needs SSO", "Customer support rocks", "Too slow lately"]) : "", r.pick(["Q2 Relationship NPS", "Post-onboarding"]), f.isoNoMs(d), r.pick(["OPEN", "CLOSED"]), r.chance(0.3) ? r.pick(["pricing", "support", "bug"]) : "", cid, r.pick(["Basic", "Growth", "Enterprise"]), r.pick(STAFF_EN).email]);
    keys.push([K.email(c.email), K.id("promoter", cid)]);
  });
  return { files: { "feedback.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8", kind: "survey_responses", records: rows.length,
    columns: cols(H, [["Email", "customer_email"], ["Score", "score_nps"], ["Type", "other"], ["Posted Date", "submitted_at"], ["customer_id", "customer_id"], ["plan", "other"], ["account_owner", "agent"], ["Campaign", "other"]]),
    nps: npsCounts(rows.map((x) => x[3])), csat: null, customers: countCustomers(keys),
    notes: "Type is Promoter's derived NPS group (Promoter/Passive/Detractor): other. customer_id, plan and account_owner are contact attributes uploaded with the contact; account_owner holds staff e-mails: agent. No response id column." } },
    readme: `Imitates a Promoter.io campaign feedback export: one row per survey response with the contact's e-mail and name, the 0-10 score, its NPS group, the comment, the campaign, the posted date, the follow-up status (OPEN/CLOSED, as in the API) and tags, followed by the contact attributes (here \`customer_id\`, \`plan\`, \`account_owner\`).\n\nQuirks: ISO-8601 UTC dates, the derived \`Type\` group, a staff e-mail attribute, repeated contacts with case/space e-mail variants.\n\nDocs silent: the export's column names (the API reference documents feedback objects with score, comment, contact, campaign, posted date, status, tags and contact attributes); names and order are my choice.` };
} });

// ===== 12. Amazon seller reviews and feedback
tool({ slug: "amazon-reviews", name: "Amazon Seller Central", export: "Brand > Customer Reviews (download) and Reports > Feedback (GET_SELLER_FEEDBACK_DATA, tab-delimited)", docs: ["https://sellercentral.amazon.com/gp/help/external/help.html?itemID=XATYDG72KXPG7EM&language=en_US", "https://developer-docs.amazon.com/sp-api/docs/report-type-values-performance"], build(r) {
  const H = ["ASIN", "Product Name", "Review ID", "Review Date", "Star Rating", "Review Title", "Review Text", "Reviewer", "Verified Purchase", "Comments", "Marked as Done"];
  const rows = [];
  sortDates(Array.from({ length: 40 }, () => dateAt(r))).forEach((d) => {
    const s = r.pick([5, 5, 5, 4, 4, 3, 2, 1, 1]);
    rows.push([r.pick(["B0CHX1K2L3", "B0CJ7Q9ZP4", "B0D2MNT8R5"]), r.pick(["Hoshi Labs Smart Sensor, 2-Pack", "Hoshi Labs Hub (2nd Gen)", "Hoshi Labs Mount Kit"]), `R${r.alnum(13).toUpperCase()}`, f.ymd(d), String(s), r.pick(["Works as advertised", "Stopped working after a week", "Great value", "Meh", "Easy setup, \"just works\""]), r.pick(["Setup took five minutes.", "App keeps disconnecting, returned it.", "Solid build quality, would buy again."]), r.pick(["Amazon Customer", "J. Patel", "Kat", "Tomasz W.", "Sam R."]), r.chance(0.85) ? "Yes" : "No", "0", r.chance(0.3) ? "Yes" : "No"]);
  });
  const FH = ["Date", "Rating", "Comments", "Your Response", "Order ID", "Rater Email"];
  const frows = []; const fkeys = []; const raters = Array.from({ length: 16 }, () => `${r.alnum(14)}@marketplace.amazon.com`);
  sortDates(Array.from({ length: 22 }, () => dateAt(r))).forEach((d, i) => {
    const e = i % 5 === 4 ? raters[i % 3] : raters[i % raters.length];
    frows.push([f.mdyShort(d), String(r.pick([1, 2, 3])), r.pick(["Package arrived late.", "Item was used, not new.", "OK but slow shipping", "No reply to my message"]), r.chance(0.3) ? "We're sorry, please contact us." : "", `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, e]);
    fkeys.push([K.email(e)]);
  });
  return { files: {
    "customer_reviews.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8", kind: "mentions", records: rows.length,
      columns: cols(H, [["Review ID", "record_id"], ["Review Date", "submitted_at"], ["Star Rating", "score_csat"], ["ASIN", "other"], ["Verified Purchase", "other"]]),
      nps: null, csat: csatCounts(rows.map((x) => x[4])), customers: 0,
      notes: "Public product reviews: reviewer display names only, no e-mail or id, so customers = 0 when analysed alone. Star Rating 1-5." },
    "feedback.txt": { content: csvText([FH, ...frows], { sep: "\t" }), format: "tsv", encoding: "utf-8", kind: "mentions", records: frows.length,
      columns: cols(FH, [["Date", "submitted_at"], ["Rating", "score_csat"], ["Order ID", "other"], ["Rater Email", "customer_email"]]),
      nps: null, csat: csatCounts(frows.map((x) => x[1])), customers: countCustomers(fkeys),
      notes: "Seller feedback report: only negative and neutral feedback (1-3 stars), so satisfied = 0. Rater Email is the buyer's anonymised marketplace relay address: it identifies the buyer, so rows carry a customer e-mail and count. Order ID is not a customer key." } },
    readme: `Two Seller Central downloads for Hoshi Labs' Amazon store.\n\n1. \`customer_reviews.csv\`: the Brand Registry **Customer Reviews** page (product reviews published in the last 30/90 days). The help page documents the page (reviews, star ratings, comment, mark as done) but not a file layout; columns are my choice from what the page shows.\n2. \`feedback.txt\`: the **Flat File Feedback Report** (\`GET_SELLER_FEEDBACK_DATA\`), tab-delimited with the documented attributes \`Date, Rating, Comments, Your Response, Order ID, Rater Email\`; it contains negative and neutral feedback (1-3 stars) only.\n\nQuirks: short US dates (\`5/3/24\`) in the feedback report, anonymised \`@marketplace.amazon.com\` rater addresses repeated across orders, reviewers shown as \`Amazon Customer\`.\n\nDocs silent: encoding (chose UTF-8) and the review download's header names.` };
} });

// ===== 13. Capterra
tool({ slug: "capterra", name: "Capterra (Gartner Digital Markets)", export: "Vendor Portal > Reviews > Export reviews (CSV)", docs: ["https://www.capterra.com/reviews/faqs-vendors", "https://www.capterra.in/legal/community-guidelines", "https://www.capterra.com/reviews/faqs-verification"], build(r) {
  const H = ["Review ID", "Review Date", "Reviewer Name", "Job Title", "Industry", "Company Size", "Time Used", "Overall Rating", "Ease of Use", "Customer Service", "Features", "Value for Money", "Likelihood to Recommend", "Review Title", "Pros", "Cons", "Source", "Vendor Response"];
  const rows = [];
  sortDates(Array.from({ length: 34 }, () => dateAt(r, 300))).forEach((d) => {
    const o = r.pick([5, 5, 4, 4, 4, 3, 2, 1]);
    const ltr = r.chance(0.15) ? "" : String(Math.max(0, Math.min(10, o * 2 + r.int(-2, 1))));
    rows.push([String(r.int(4000000, 6999999)), f.ymd(d), r.pick(["Hiroshi T.", "Megan L.", "Verified Reviewer", "Carlos M.", "Anna K.", "Verified Reviewer"]), r.pick(["Operations Manager", "CTO", "Office Admin", ""]), r.pick(["Retail", "Computer Software", "Logistics"]), r.pick(["2-10 employees", "11-50 employees", "51-200 employees"]), r.pick(["Less than 6 months", "6-12 months", "1-2 years"]), String(o), String(r.int(2, 5)), r.chance(0.1) ? "" : String(r.int(1, 5)), String(r.int(2, 5)), String(r.int(1, 5)), ltr, r.pick(["Solid tool for small teams", "Great, but pricey", "Not for us"]), "Easy to use, good reporting", r.chance(0.5) ? "Mobile app is limited, exports are slow" : "", r.pick(["Capterra", "GetApp", "Software Advice"]), r.chance(0.3) ? "Thanks for the review! — Hoshi Labs team" : ""]);
  });
  return { files: { "reviews.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8", kind: "mentions", records: rows.length,
    columns: cols(H, [["Review ID", "record_id"], ["Review Date", "submitted_at"], ["Overall Rating", "score_csat"], ["Ease of Use", "other"], ["Customer Service", "other"], ["Features", "other"], ["Value for Money", "other"], ["Likelihood to Recommend", "score_nps"], ["Source", "other"]]),
    nps: npsCounts(rows.map((x) => x[12])), csat: csatCounts(rows.map((x) => x[7])), customers: 0,
    notes: "Public reviews: names are display names (often 'Verified Reviewer'), no e-mail or id, customers = 0. Overall Rating (1-5 stars) is the review's rating; the four 1-5 sub-ratings are look-alikes (other). Likelihood to Recommend is Capterra's 0-10 question (score_nps)." } },
    readme: `Imitates a reviews export from Capterra's vendor portal (the same reviews network feeds GetApp and Software Advice, shown in \`Source\`). Each review has an overall star rating, four 1-5 sub-ratings (ease of use, customer service, features, value for money), the 0-10 likelihood-to-recommend answer, reviewer profile (display name, job title, industry, company size, time used), title, pros, cons and the vendor's public response.\n\nQuirks: \`Verified Reviewer\` anonymised names; optional sub-ratings and likelihood left blank; vendor response signed by the company.\n\nDocs silent: Capterra documents its review content and vendor-response rules, not an export file; header names are my choice from the review form's fields.` };
} });

// ===== 14. Rakuten shop reviews (Shift_JIS)
tool({ slug: "rakuten-reviews", name: "楽天市場 RMS (Rakuten)", export: "RMS > レビュー > レビュー一覧 > CSVダウンロード", docs: ["https://proteinum.co.jp/blog/review-check-tool", "https://www.commercepick.com/archives/1128", "https://wac-works-ec.jp/rakuten/products-review"], build(r) {
  const H = ["レビュータイプ", "商品名", "レビュー詳細URL", "評価", "投稿時間", "タイトル", "レビュー本文", "フラグ", "注文番号", "未対応フラグ"];
  const rows = [];
  sortDates(Array.from({ length: 40 }, () => dateAt(r))).forEach((d, i) => {
    const shop = r.chance(0.3); const s = r.pick([5, 5, 5, 4, 4, 3, 2, 1]);
    rows.push([shop ? "ショップレビュー" : "商品レビュー", shop ? "" : r.pick(["【送料無料】ホシ ラボ 加湿器 2L ホワイト", "ホシ ラボ 交換フィルター 3枚入り", "ホシ ラボ アロマトレー"]), `https://review.rakuten.co.jp/item/1/${r.int(200000, 299999)}_${r.int(10000000, 19999999)}/${r.alnum(4)}-${r.alnum(4)}/`, String(s), f.ymdhms(d), r.pick(["満足です", "ちょっと残念", "リピートします", "普通", "梱包が丁寧でした"]), r.pick(["到着が早く、梱包も丁寧でした。", "音が少し大きいです。\n夜は気になります。", "説明書がわかりにくい。", "家族にも勧めたいと思います。"]), "0", r.chance(0.7) ? `${r.int(200000, 299999)}-${f.ymd(d).replace(/-/g, "")}-${r.digits(10)}` : "", r.chance(0.3) ? "1" : "0"]);
  });
  return { files: { "review.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "shift_jis", kind: "mentions", records: rows.length,
    columns: cols(H, [["評価", "score_csat"], ["投稿時間", "submitted_at"], ["注文番号", "other"], ["レビュータイプ", "other"], ["レビュー詳細URL", "other"]]),
    nps: null, csat: csatCounts(rows.map((x) => x[3])), customers: 0,
    notes: "Shop and item reviews with 1-5 stars (評価). The RMS download carries no reviewer e-mail or id; 注文番号 is an order number, not a customer key: customers = 0." } },
    readme: `Imitates the review list CSV downloaded from Rakuten's shop back office RMS (レビューチェックツール / レビュー一覧). Columns: レビュータイプ (商品レビュー or ショップレビュー), 商品名 (blank for shop reviews), レビュー詳細URL, 評価 (1-5 stars), 投稿時間, タイトル, レビュー本文, フラグ, 注文番号, 未対応フラグ.\n\nQuirks: **Shift_JIS**, CRLF, multi-line review bodies quoted, 【】 brackets in item names, order numbers in Rakuten's \`shop-YYYYMMDD-serial\` form, some reviews without an order number.\n\nDocs silent: RMS help is behind the merchant login; the column list comes from how merchant blogs describe the tool and is my reconstruction. Encoding: Shift_JIS as RMS downloads are.` };
} });

// ===== 15. Shopify (Japanese admin) order export
tool({ slug: "shopify-ja", name: "Shopify (日本語管理画面)", export: "注文管理 > エクスポート > 注文をエクスポートする (CSV for Excel, Numbers, or other spreadsheet programs)", docs: ["https://help.shopify.com/ja/manual/fulfillment/managing-orders/exporting-orders", "https://beta.help.shopify.com/ja/manual/orders/export-orders", "https://web.cuebko.com/shopify-order-2"], build(r) {
  const pool = makePool(r, 22, { ja: true }); const draw = drawer(r, pool, 0.3);
  const H = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References"];
  const I = Object.fromEntries(H.map((h, i) => [h, i]));
  const ITEMS = [["ほうじ茶ラテ 缶 24本", "HL-TEA-24", 3240], ["抹茶クッキー 12枚入", "HL-CK-12", 1620], ["ギフトボックス（のし付き）", "HL-GIFT", 550], ["ドリップバッグ 30袋", "HL-DRP-30", 2980]];
  const PREF = [["JP-13", "東京都", "渋谷区", "神宮前1-2-3"], ["JP-27", "大阪府", "大阪市北区", "梅田2-4-9"], ["JP-14", "神奈川県", "横浜市西区", "みなとみらい3-1-1"], ["JP-01", "北海道", "札幌市中央区", "北1条西2-1"]];
  const rows = []; const keys = []; let orders = 0; const totals = [];
  sortDates(Array.from({ length: 34 }, () => dateAt(r))).forEach((d, i) => {
    orders++;
    const pos = r.chance(0.18);
    let email = "", name = "", phoneE164 = "";
    if (pos && r.chance(0.5)) { /* walk-in, anonymous */ name = ""; }
    else if (pos) { const p = r.pick(pool); phoneE164 = p.phone.replace(/[ -]/g, ""); name = p.name; }
    else { const c = draw(); email = c.email; name = c.p.name; if (r.chance(0.3)) phoneE164 = c.p.phone.replace(/[ -]/g, ""); }
    const n = r.int(1, 3); const lines = Array.from({ length: n }, () => [r.pick(ITEMS), r.int(1, 3)]);
    const sub = lines.reduce((a, [it, q]) => a + it[2] * q, 0); const ship = pos ? 0 : sub >= 5000 ? 0 : 770; const tax = Math.floor((sub + ship) / 11); const total = sub + ship;
    const pr = r.pick(PREF); const created = f.isoOff(d, 9); const paid = r.pick(["paid", "paid", "paid", "pending", "refunded"]);
    const domPhone = name && r.chance(0.5) ? `0${r.int(70, 90)}-${r.digits(4)}-${r.digits(4)}` : "";
    lines.forEach(([it, q], li) => {
      const row = new Array(H.length).fill("");
      row[I["Name"]] = `#${1101 + i}`; row[I["Email"]] = email;
      row[I["Lineitem quantity"]] = String(q); row[I["Lineitem name"]] = it[0]; row[I["Lineitem price"]] = String(it[2]); row[I["Lineitem sku"]] = it[1]; row[I["Lineitem requires shipping"]] = pos ? "false" : "true"; row[I["Lineitem taxable"]] = "true"; row[I["Lineitem fulfillment status"]] = pos ? "fulfilled" : "pending"; row[I["Lineitem discount"]] = "0";
      if (li === 0) {
        Object.assign(row, { [I["Financial Status"]]: paid, [I["Paid at"]]: paid === "pending" ? "" : created, [I["Fulfillment Status"]]: pos ? "fulfilled" : "unfulfilled", [I["Accepts Marketing"]]: r.chance(0.4) ? "yes" : "no", [I["Currency"]]: "JPY", [I["Subtotal"]]: String(sub), [I["Shipping"]]: String(ship), [I["Taxes"]]: String(tax), [I["Total"]]: String(total), [I["Discount Amount"]]: "0", [I["Shipping Method"]]: pos ? "" : "通常配送", [I["Created at"]]: created, [I["Billing Name"]]: name, [I["Billing Street"]]: name ? pr[3] : "", [I["Billing Address1"]]: name ? pr[3] : "", [I["Billing City"]]: name ? pr[2] : "", [I["Billing Zip"]]: name ? `'${r.int(100, 999)}-${r.digits(4)}` : "", [I["Billing Province"]]: name ? pr[0].slice(3) : "", [I["Billing Country"]]: name ? "JP" : "", [I["Billing Phone"]]: domPhone, [I["Shipping Name"]]: pos ? "" : name, [I["Shipping Street"]]: pos ? "" : pr[3], [I["Shipping City"]]: pos ? "" : pr[2], [I["Shipping Province"]]: pos ? "" : pr[0].slice(3), [I["Shipping Country"]]: pos ? "" : "JP", [I["Notes"]]: r.chance(0.2) ? "午前中の配達希望" : "", [I["Payment Method"]]: pos ? "現金" : r.pick(["Shopify Payments", "コンビニ決済"]), [I["Payment Reference"]]: `c${r.digits(11)}.1`, [I["Refunded Amount"]]: paid === "refunded" ? String(total) : "0", [I["Vendor"]]: "Hoshi Labs", [I["Outstanding Balance"]]: "0", [I["Employee"]]: pos ? r.pick(STAFF_JA).name : "", [I["Location"]]: pos ? "表参道ストア" : "", [I["Id"]]: String(5512000000000 + i * 1013), [I["Tags"]]: r.chance(0.3) ? "リピーター, ギフト" : "", [I["Risk Level"]]: "Low", [I["Source"]]: pos ? "pos" : "web", [I["Tax 1 Name"]]: "消費税 10%", [I["Tax 1 Value"]]: String(tax), [I["Phone"]]: phoneE164, [I["Billing Province Name"]]: name ? pr[1] : "", [I["Shipping Province Name"]]: pos ? "" : pr[1], [I["Payment ID"]]: `r${r.alnum(20)}`, [I["Payment References"]]: `r${r.alnum(20)}` });
      }
      rows.push(row);
    });
    keys.push([K.email(email), K.phone(phoneE164), K.phone(domPhone)]); totals.push(total);
  });
  return { files: { "orders_export_1.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8", kind: "orders", records: orders,
    columns: cols(H, [["Name", "record_id"], ["Email", "customer_email"], ["Total", "amount"], ["Created at", "created_at"], ["Billing Name", "customer_name"], ["Billing Phone", "customer_phone"], ["Employee", "agent"], ["Id", "record_id"], ["Phone", "customer_phone"], ["Source", "other"], ["Location", "other"], ["Tags", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: `One row per line item: ${rows.length} rows for ${orders} orders; continuation rows repeat only Name, Email and the Lineitem columns. Employee is the POS staff member. Billing Phone is written domestically (0x0-…) and is not a key; Phone is E.164 (+81…) and is. Walk-in POS orders with no e-mail or phone are anonymous. Subtotal/Shipping/Taxes are money but not the order amount (Total).` } },
    readme: `Imitates Shopify's **注文をエクスポートする** (Export orders) CSV from a store whose admin runs in Japanese. Shopify keeps the CSV headers in English whatever the admin language; values (names, addresses, item names, payment method, shipping method, tax name) are Japanese. Column set follows Shopify's order export column list (Name … Payment References, including Employee, Location, Device ID, Tax 1-5, Phone, Receipt Number, Duties, Province Name columns).\n\nQuirks: one row per line item with only Name/Email/Lineitem columns on continuation rows; JPY integer amounts; \`Created at\` with \`+0900\`; Billing Zip kept as text with a leading apostrophe; POS orders (source \`pos\`, Employee filled, no e-mail), Phone in E.164 but Billing Phone as typed; CRLF.\n\nDocs silent: the exact set of columns filled on continuation rows (I filled Name, Email and the line-item columns only) and the apostrophe-prefixed zip (my choice, as spreadsheet-safe text).` };
} });

// ===== 16. Magento / Adobe Commerce
tool({ slug: "magento", name: "Magento Open Source / Adobe Commerce 2.4", export: "Sales > Orders grid > Export > CSV", docs: ["https://docs.magento.com/user-guide/sales/orders-workspace.html", "https://experienceleague.adobe.com/de/docs/commerce-admin/stores-sales/order-management/orders/orders"], build(r) {
  const pool = makePool(r, 24); const draw = drawer(r, pool, 0.3);
  const H = ["ID", "Purchase Point", "Purchase Date", "Bill-to Name", "Ship-to Name", "Grand Total (Base)", "Grand Total (Purchased)", "Status", "Billing Address", "Shipping Address", "Shipping Information", "Customer Email", "Customer Group", "Subtotal", "Shipping and Handling", "Customer Name", "Payment Method", "Total Refunded"];
  const rows = []; const keys = [];
  sortDates(Array.from({ length: 42 }, () => dateAt(r))).forEach((d, i) => {
    let email, cname, group;
    if (i === 3) { const s = STAFF_EN[0]; email = s.email; cname = s.name; group = "General"; }
    else { const c = draw(); email = c.email; cname = c.p.name; group = r.pick(["General", "General", "NOT LOGGED IN", "Wholesale"]); }
    const bill = r.chance(0.85) ? cname : r.pick(["Accounts Payable", "Office Manager"]);
    const sub = r.int(1500, 48000) / 100; const ship = r.pick([0, 5, 10]); const gt = sub + ship;
    const addr = `${r.int(10, 999)} ${r.pick(["Elm St", "Harbor Rd", "Maple Ave"])},${r.pick(["Portland", "Austin", "Denver"])},${r.pick(["Oregon", "Texas", "Colorado"])},${r.int(10000, 99999)}`;
    rows.push([String(1000000120 + i), "Main Website\nMain Website Store\nDefault Store View", f.magento(d), bill, r.chance(0.9) ? cname : "Gift Recipient", `$${gt.toFixed(2)}`, `$${gt.toFixed(2)}`, r.pick(["Pending", "Processing", "Complete", "Complete", "Canceled", "Closed"]), addr, addr, ship ? "Flat Rate - Fixed" : "Free Shipping - Free", email, group, `$${sub.toFixed(2)}`, `$${ship.toFixed(2)}`, cname, r.pick(["Check / Money order", "Credit Card (Braintree)", "PayPal Express Checkout"]), r.chance(0.1) ? `$${gt.toFixed(2)}` : ""]);
    keys.push([K.email(email)]);
  });
  return { files: { "export.csv": { content: csvText([H, ...rows], { eol: "\n" }), format: "csv", encoding: "utf-8", kind: "orders", records: rows.length,
    columns: cols(H, [["ID", "record_id"], ["Purchase Date", "created_at"], ["Grand Total (Purchased)", "amount"], ["Customer Email", "customer_email"], ["Customer Name", "customer_name"], ["Customer Group", "other"], ["Purchase Point", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Purchase Point is a three-line quoted cell. Guest orders (Customer Group NOT LOGGED IN) still carry the e-mail. One test order by a staff account on hoshi.example is not a customer. Bill-to Name is sometimes a department, not the customer." } },
    readme: `Imitates the CSV produced by the admin **Sales > Orders** grid's Export > CSV with extra columns enabled (Billing/Shipping Address, Shipping Information, Customer Email, Customer Group, Subtotal, Shipping and Handling, Customer Name, Payment Method, Total Refunded). Headers are the grid column labels; values are formatted as the grid shows them.\n\nQuirks: \`Purchase Point\` holds website / store / store view on three lines (quoted cell with newlines); money with currency sign (\`$123.40\`); dates like \`May 3, 2024 2:22:11 PM\`; 10-digit order increment ids; addresses comma-joined in one quoted cell; LF line ends; guest orders; a staff test order.\n\nDocs used: the Orders workspace page lists the grid columns (ID, Purchase Point, Purchase Date, Bill-to Name, Ship-to Name, Grand Total (Base), Grand Total (Purchased), Status, …; 9 of 20 shown by default) and says Export writes the selected records as CSV or Excel XML. Docs silent: the file name \`export.csv\` and value formatting follow the grid's rendering as I understand it.` };
} });

// ===== 17. Braintree
tool({ slug: "braintree", name: "Braintree (PayPal)", export: "Control Panel > Transactions > search > Download (CSV)", docs: ["https://developer.paypal.com/braintree/docs/reference/request/transaction/search/node", "https://developer.paypal.com/braintree/docs/guides/reports/custom/python", "https://fivetran.com/docs/connectors/applications/braintree/connector-schema.md"], build(r) {
  const pool = makePool(r, 24); const draw = drawer(r, pool, 0.35);
  const H = ["Transaction ID", "Subscription ID", "Transaction Type", "Transaction Status", "Escrow Status", "Created Datetime", "Created Timezone", "Settlement Date", "Disbursement Date", "Merchant Account", "Currency ISO Code", "Amount Authorized", "Amount Submitted For Settlement", "Service Fee", "Tax Amount", "Tax Exempt", "Purchase Order Number", "Order ID", "Descriptor Name", "Descriptor Phone", "Descriptor URL", "Refunded Transaction ID", "Payment Instrument Type", "Card Type", "Cardholder Name", "First Six of Credit Card", "Last Four of Credit Card", "Credit Card Expiration Date", "Customer ID", "Payment Method Token", "Customer First Name", "Customer Last Name", "Customer Company", "Customer Email", "Customer Phone", "Billing Postal Code", "Billing Country", "Processor Response Code", "Processor Response Text", "Gateway Rejection Reason", "Fraud Detected", "Country of Issuance", "Issuing Bank"];
  const rows = []; const keys = []; const cids = new Map();
  sortDates(Array.from({ length: 46 }, () => dateAt(r))).forEach((d, i) => {
    const guest = r.chance(0.15);
    let cid = "", fn = "", ln = "", email = "", phone = "";
    if (!guest) { const c = draw(); if (!cids.has(c.p.idx)) cids.set(c.p.idx, r.chance(0.5) ? String(r.int(10000000, 99999999)) : `hoshi_${c.p.idx + 100}`); cid = cids.get(c.p.idx); fn = c.p.first; ln = c.p.last; email = r.chance(0.9) ? c.email : ""; phone = r.chance(0.3) ? (r.chance(0.5) ? c.p.phone : c.p.phone.replace(/^\+1 /, "")) : ""; }
    else if (r.chance(0.5)) { email = `${r.alnum(6)}@${r.pick(DOM_EN)}`; }
    const status = r.pick(["settled", "settled", "settled", "submitted_for_settlement", "processor_declined", "voided", "gateway_rejected"]);
    const amt = (r.int(900, 25000) / 100).toFixed(2); const type = r.chance(0.08) ? "credit" : "sale";
    const declined = status === "processor_declined" || status === "gateway_rejected";
    rows.push([r.alnum(8), r.chance(0.4) && !guest ? r.alnum(6) : "", type, status, "", f.ymdhms(d), "UTC", status === "settled" ? f.ymdhms(new Date(d.getTime() + 86400000)) : "", status === "settled" ? f.ymd(new Date(d.getTime() + 2 * 86400000)) : "", "hoshilabs_USD", "USD", amt, declined || status === "voided" ? "0.00" : amt, "", "0.00", "FALSE", "", `HL${r.int(20000, 29999)}`, "HOSHI*LABS", "4155550100", "hoshi.example", type === "credit" ? r.alnum(8) : "", r.pick(["Credit Card", "Credit Card", "PayPal Account", "Apple Pay Card"]), r.pick(["Visa", "MasterCard", "American Express"]), `${fn} ${ln}`.trim(), "411111", r.digits(4), `${p2(r.int(1, 12))}/${r.int(2025, 2029)}`, cid, cid ? r.alnum(7) : "", fn, ln, "", email, phone, String(r.int(10000, 99999)), "United States of America", status === "processor_declined" ? "2001" : "1000", status === "processor_declined" ? "Insufficient Funds" : "Approved", status === "gateway_rejected" ? "cvv" : "", "FALSE", "USA", r.pick(["JPMorgan Chase Bank, N.A.", "Wells Fargo Bank", ""])]);
    keys.push([K.id("braintree", cid), K.email(email), K.phone(phone)]);
  });
  return { files: { "transaction_search.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8", kind: "payments", records: rows.length,
    columns: cols(H, [["Transaction ID", "record_id"], ["Created Datetime", "created_at"], ["Amount Submitted For Settlement", "amount"], ["Customer ID", "customer_id"], ["Customer Email", "customer_email"], ["Customer Phone", "customer_phone"], ["Order ID", "other"], ["Descriptor Phone", "other"], ["Descriptor URL", "other"], ["Payment Method Token", "other"], ["Subscription ID", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Every transaction row counts (declined, voided, credits included). Customer ID is the vault id (numeric or merchant-chosen); guest checkouts have none and some have an e-mail only. Descriptor Phone/URL are the merchant's own: other. Phones without +1 are not keys." } },
    readme: `Imitates the CSV the Braintree Control Panel downloads from a transaction search. Columns follow the transaction search fields and the response object (transaction id, type, status, created datetime/timezone, settlement and disbursement dates, merchant account, amounts, order id, descriptor, payment instrument/card details, vault customer id and payment method token, customer name/company/email/phone, billing address, processor response, gateway rejection reason, fraud, issuing bank).\n\nQuirks: guest transactions with no Customer ID, declined/voided/gateway-rejected rows, refunds as \`credit\` rows referring to the refunded transaction, merchant descriptor phone (decoy), customer phones with and without +1.\n\nDocs silent: the exact header spelling and order of the Control Panel download is not in the public docs I found; I used the Control Panel's wording as I know it and trimmed rarely used columns.` };
} });

// ===== 18. Maxio (Chargify)
tool({ slug: "maxio", name: "Maxio Advanced Billing (Chargify)", export: "Subscriptions > Export > Subscriptions CSV", docs: ["https://fivetran.com/docs/connectors/applications/maxio-chargify/connector-schema.md", "https://app.unpkg.com/@maxio-com/advanced-billing-sdk@8.0.0/files/dist/cjs/controllers/customersController.js"], build(r) {
  const pool = makePool(r, 28); const draw = drawer(r, pool, 0.25);
  const H = ["Subscription ID", "State", "Product", "Product Family", "Product Price", "Created At", "Activated At", "Current Period Ends At", "Canceled At", "Cancellation Message", "Customer ID", "Customer Reference", "First Name", "Last Name", "Email", "Organization", "Phone", "Coupon Code", "Payment Collection Method", "Total Revenue", "Account Manager"];
  const rows = []; const keys = []; const cids = new Map();
  sortDates(Array.from({ length: 40 }, () => dateAt(r, 120))).forEach((d, i) => {
    const c = draw(); if (!cids.has(c.p.idx)) cids.set(c.p.idx, [String(36100000 + c.p.idx * 17), r.chance(0.7) ? `usr_${r.alnum(8)}` : ""]);
    const [cid, ref] = cids.get(c.p.idx); const state = r.pick(["active", "active", "active", "trialing", "canceled", "past_due"]);
    const price = r.pick([19, 49, 99, 249]);
    rows.push([String(71200400 + i * 3), state, r.pick(["Starter Monthly", "Pro Monthly", "Pro Annual", "Business"]), "Hoshi Cloud", `$${price}.00`, f.isoOff(d, -5).replace(" ", "T").replace(" ", ""), state === "trialing" ? "" : f.isoOff(new Date(d.getTime() + 14 * 86400000), -5).replace(" ", "T").replace(" ", ""), f.ymd(new Date(d.getTime() + 45 * 86400000)), state === "canceled" ? f.ymd(new Date(d.getTime() + 40 * 86400000)) : "", state === "canceled" ? r.pick(["Too expensive", "Switched to a competitor, sorry", ""]) : "", cid, ref, c.p.first, c.p.last, c.email, r.pick(["", "Northwind Traders", "Contoso Ltd"]), r.chance(0.3) ? c.p.phone : "", r.chance(0.2) ? "SPRING20" : "", r.pick(["automatic", "automatic", "remittance"]), `$${(price * r.int(0, 8)).toFixed(2)}`, r.chance(0.6) ? r.pick(STAFF_EN).email : ""]);
    keys.push([K.id("maxio", cid), K.id("maxio-ref", ref), K.email(c.email), K.phone(rows[rows.length - 1][16])]);
  });
  return { files: { "subscriptions.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8", kind: "subscriptions", records: rows.length,
    columns: cols(H, [["Subscription ID", "record_id"], ["Created At", "created_at"], ["Product Price", "amount"], ["Customer ID", "customer_id"], ["Customer Reference", "customer_id"], ["Email", "customer_email"], ["Phone", "customer_phone"], ["Account Manager", "agent"], ["Organization", "other"], ["Total Revenue", "other"], ["Coupon Code", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Customer ID is Maxio's numeric customer id; Customer Reference is the merchant's own user id (blank for some customers). Several subscriptions per customer. Account Manager is a subscription metafield holding a staff e-mail: agent. Total Revenue is lifetime revenue, not the subscription amount." } },
    readme: `Imitates Maxio Advanced Billing's (formerly Chargify) subscriptions export: one row per subscription with state, product and family, price, lifecycle timestamps (created, activated, current period end, canceled, cancellation message), the customer (Maxio customer id, the merchant's \`reference\`, name, e-mail, organization, phone), coupon, collection method, total revenue and a metafield (\`Account Manager\`).\n\nQuirks: ISO timestamps with a \`-0500\` offset, money with \`$\`, customers with several subscriptions, blank references, trialing subscriptions without activation date.\n\nDocs silent: the UI export's header names; the fields follow Maxio's subscription/customer objects (customer \`reference\` described in the SDK docs), labels are my choice.` };
} });

// ===== 19. Zuora
tool({ slug: "zuora", name: "Zuora Billing", export: "Reporting > Data Sources > Subscription data source > export (CSV)", docs: ["https://docs.zuora.com/zuora-platform/data/reporting/data-sources-and-exports/data-source-reference/subscription-data-source", "https://docs.zuora.com/en-us/zuora-platform/data/zuora-reporting/data-sources-and-exports/data-source-reference/account-data-source", "https://docs.zuora.com/en/zuora-platform/data-management/data-loader/data-dictionary-for-data-loader/accounts-and-contacts"], build(r) {
  const pool = makePool(r, 24); const draw = drawer(r, pool, 0.3);
  const H = ["Subscription: Name", "Subscription: ID", "Subscription: Status", "Subscription: Created Date", "Subscription: Term Start Date", "Subscription: Term End Date", "Subscription: Auto Renew", "Subscription: Term Type", "Subscription: Cancelled Date", "Account: Account Number", "Account: Name", "Account: CRM Account ID", "Account: Sales Rep", "Account: Currency", "Bill To: Work Email", "Bill To: First Name", "Bill To: Last Name", "Bill To: Work Phone", "Sold To: Work Email", "Subscription: Notes"];
  const rows = []; const keys = []; const acc = new Map();
  sortDates(Array.from({ length: 36 }, () => dateAt(r, 200))).forEach((d, i) => {
    const c = draw(); if (!acc.has(c.p.idx)) acc.set(c.p.idx, { num: `A${String(1200 + c.p.idx).padStart(8, "0")}`, crm: `001${r.alnum(12)}`, name: r.chance(0.6) ? r.pick(["Northwind Traders", "Fabrikam Inc", "Adatum Corp", "Litware"]) + ` ${r.int(1, 9)}` : c.p.name, rep: r.pick(STAFF_EN).name });
    const a = acc.get(c.p.idx); const st = r.pick(["Active", "Active", "Active", "Cancelled", "Expired"]);
    const sold = r.chance(0.25) ? `accounts.${c.p.lastR}${c.p.idx}@${c.p.email.split("@")[1]}` : c.email;
    rows.push([`A-S${String(3100 + i).padStart(8, "0")}`, r.hex(32), st, f.ymdhms(d), f.ymd(d), f.ymd(new Date(d.getTime() + 365 * 86400000)), st === "Active" ? "true" : "false", "TERMED", st === "Cancelled" ? f.ymd(new Date(d.getTime() + 90 * 86400000)) : "", a.num, a.name, r.chance(0.8) ? a.crm : "", a.rep, "USD", c.email, c.p.first, c.p.last, r.chance(0.4) ? c.p.phone : "", sold, r.chance(0.2) ? "Upgraded from Starter, see ticket #4412" : ""]);
    keys.push([K.id("zuora", a.num), K.email(c.email), K.email(sold), K.phone(rows[rows.length - 1][17])]);
  });
  return { files: { "Subscription.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8", kind: "subscriptions", records: rows.length,
    columns: cols(H, [["Subscription: Name", "record_id"], ["Subscription: ID", "record_id"], ["Subscription: Created Date", "created_at"], ["Account: Account Number", "customer_id"], ["Account: Name", "other"], ["Account: CRM Account ID", "other"], ["Account: Sales Rep", "agent"], ["Bill To: Work Email", "customer_email"], ["Bill To: Work Phone", "customer_phone"], ["Sold To: Work Email", "customer_email"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Account Number is the customer key; Bill To and Sold To e-mails both belong to the account (Sold To is sometimes a separate accounts address of the same customer) and link through the account number. CRM Account ID is the Salesforce account id, not Zuora's: other. Sales Rep is staff." } },
    readme: `Imitates a Zuora **Subscription data source** export: one row per subscription, headers \`Object: Field\` for the base object (Subscription) and its joined objects (Account, Bill To and Sold To contacts), as the data source reference describes (subscription dates, term, status, renewal; account number, name, CRM account id, sales rep, currency; contact work e-mail/phone).\n\nQuirks: subscription number \`A-S…\` plus 32-hex internal id, account numbers \`A0000…\`, Salesforce CRM ids, Sold To e-mail differing from Bill To, blank CRM ids, notes with commas.\n\nDocs silent: header spelling (\`Bill To: Work Email\`) — I used the data-source naming as shown in the export UI; field subset is my choice.` };
} });

// ===== 20. Microsoft Dynamics 365 contacts
tool({ slug: "dynamics", name: "Microsoft Dynamics 365 Sales", export: "Contacts > My Active Contacts > Export to Excel > Static worksheet, saved as CSV UTF-8", docs: ["http://www.megasolutions.net/MS_Dynamics_CRM_3_0/Dynamic_Excel_File.aspx", "https://github.com/MicrosoftDocs/dynamics-365-customer-engagement/blob/main/ce/customerengagement/on-premises/basics/export-excel-pivottable.md"], build(r) {
  const pool = makePool(r, 34, { phoneCc: "+44" });
  const H = ["(Do Not Modify) Contact", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On", "Full Name", "Email", "Company Name", "Business Phone", "Mobile Phone", "Address 1: City", "Owner", "Created On", "Preferred Method of Contact", "Customer Tier"];
  const guid = () => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
  const rows = []; const keys = [];
  sortDates(Array.from({ length: 42 }, () => dateAt(r, 300))).forEach((d, i) => {
    let name, email, mob = "", bus = "";
    if (i === 6 || i === 30) { const s = r.pick(STAFF_EN); name = s.name; email = s.email; }
    else if (i > 0 && i % 9 === 0) { const p = pool[(i - 1) % pool.length]; name = p.name; email = variant(r, p.email); } // duplicate contact record
    else { const p = pool[i % pool.length]; name = p.name; email = r.chance(0.88) ? p.email : ""; mob = r.chance(0.4) || !email ? p.phone : ""; bus = r.chance(0.3) ? `020 ${r.digits(4)} ${r.digits(4)}` : ""; }
    const id = guid();
    rows.push([id, r.alnum(40).replace(/[a-z]/g, (c) => c.toUpperCase()).slice(0, 28) + "==", f.dyn(new Date(d.getTime() + 3 * 86400000)), name, email, r.pick(["Contoso Pharmaceuticals", "Litware, Inc.", "Adventure Works", ""]), bus, mob, r.pick(["London", "Manchester", "Leeds", "Bristol"]), r.pick(STAFF_EN).name, f.dyn(d), r.pick(["Any", "Email", "Phone"]), r.pick(["Gold", "Silver", ""])]);
    keys.push([K.id("dynamics", id), K.email(email), K.phone(mob)]);
  });
  return { files: { "My Active Contacts 5-31-2024 4-12-09 PM.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8-bom", kind: "contacts", records: rows.length,
    columns: cols(H, [["(Do Not Modify) Contact", "customer_id"], ["(Do Not Modify) Row Checksum", "other"], ["(Do Not Modify) Modified On", "other"], ["Full Name", "customer_name"], ["Email", "customer_email"], ["Company Name", "other"], ["Business Phone", "customer_phone"], ["Mobile Phone", "customer_phone"], ["Owner", "agent"], ["Created On", "created_at"], ["Customer Tier", "other"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "(Do Not Modify) Contact is the contact GUID, the customer's id in the tool (and the row id). Duplicate contact records share an e-mail (case/space variants) and merge. Two employees kept as contacts (hoshi.example e-mail) are not customers even though they have a GUID. Business phones are written without +44 and are not keys." } },
    readme: `Imitates Dynamics 365 (model-driven app) **Export to Excel > Static worksheet** of the *My Active Contacts* view, saved from Excel as *CSV UTF-8* (BOM, CRLF). The static worksheet starts with the hidden \`(Do Not Modify) Contact\` (record GUID), \`(Do Not Modify) Row Checksum\` and \`(Do Not Modify) Modified On\` columns, followed by the view's columns with their display names (Full Name, Email, Company Name, Business Phone, Mobile Phone, Address 1: City, Owner, Created On, …).\n\nQuirks: the three hidden columns, \`M/D/YYYY h:mm AM\` dates, duplicate contact records for the same person, employees kept as contacts, UK numbers with and without +44, a custom option set \`Customer Tier\`.\n\nDocs silent: CSV is not Dynamics' own export format here (it writes .xlsx); saving as CSV UTF-8 is the step a user takes. File name follows the export's "<view> <date time>" pattern.` };
} });

// ===== 21. Copper leads
tool({ slug: "copper", name: "Copper CRM", export: "Leads > select all > Export (CSV)", docs: ["https://support.copper.com/en/articles/8823254-default-fields-for-all-records", "https://developer.copper.com/leads/list-leads-search.html"], build(r) {
  const pool = makePool(r, 30);
  const H = ["Copper ID", "Name", "Prefix", "First Name", "Last Name", "Title", "Company", "Owner", "Value", "Email", "Phone", "Work Website", "LinkedIn", "Status", "Source", "Street", "City", "State", "Postal Code", "Country", "Description", "Tags", "Created", "Updated"];
  const rows = []; const keys = [];
  sortDates(Array.from({ length: 36 }, () => dateAt(r, 200))).forEach((d, i) => {
    let p, email, phone = "";
    if (i > 0 && i % 8 === 0) { p = pool[(i - 2) % pool.length]; email = variant(r, p.email); }
    else { p = pool[i % pool.length]; email = r.chance(0.85) ? p.email : ""; }
    if (r.chance(0.4) || !email) phone = r.chance(0.7) ? p.phone : p.phone.replace(/^\+1 /, "(").replace(/-555-/, ") 555-");
    const id = String(61200000 + i * 29);
    rows.push([id, p.name, "", p.first, p.last, r.pick(["Head of Ops", "Founder", "IT Manager", ""]), r.pick(["Northwind Traders", "Wingtip Toys", "Tailspin", ""]), r.chance(0.85) ? r.pick(STAFF_EN).name : "", r.chance(0.6) ? String(r.pick([1200, 5000, 15000, 48000])) : "", email, phone, r.chance(0.3) ? "https://northwind.example" : "", "", r.pick(["New", "Open", "Unqualified", "Junk"]), r.pick(["Advertising", "Cold Call", "Email", "Website", "No Source"]), "", r.pick(["Seattle", "Boston", "Chicago", ""]), r.pick(["WA", "MA", "IL", ""]), "", "United States", r.chance(0.3) ? "Met at SaaS Expo, wants a demo; call back in June" : "", r.chance(0.4) ? r.pick(["expo-2024", "inbound, trial"]) : "", f.dyn(d), f.dyn(new Date(d.getTime() + 5 * 86400000))]);
    keys.push([K.id("copper", id), K.email(email), K.phone(phone)]);
  });
  return { files: { "leads.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8", kind: "contacts", records: rows.length,
    columns: cols(H, [["Copper ID", "customer_id"], ["Name", "customer_name"], ["Owner", "agent"], ["Value", "other"], ["Email", "customer_email"], ["Phone", "customer_phone"], ["Source", "other"], ["Status", "other"], ["Created", "created_at"]]),
    nps: null, csat: null, customers: countCustomers(keys),
    notes: "Copper ID is the lead's id in Copper (every lead has one). Some leads were entered twice (same e-mail with different case/space) and merge. Value is the potential deal value, not a payment: other. Phones like (415) 555-… have no country code and are not keys." } },
    readme: `Imitates a Copper CRM leads export. Columns follow Copper's documented default lead fields (Lead Name split into name parts, Company, Owner, Title, Value, Email, Phone, Work Website, LinkedIn, Status New/Open/Unqualified/Junk, Source No Source/Advertising/Cold Call/Email, Address, Description, Tags) plus the record id and created/updated dates.\n\nQuirks: duplicate leads with e-mail variants, unowned leads, phones in US national format and in +1 format, potential \`Value\` in dollars (decoy), free-text descriptions with commas.\n\nDocs silent: the export's header names for the id and timestamps and their order; my choice.` };
} });

// ===== 22. Sprinklr listening export
tool({ slug: "sprinklr", name: "Sprinklr Insights (Listening)", export: "Listening Explorer > Stream/Dashboard > Export > CSV", docs: ["https://sprinklr.com/help/articles/security/managing-export-audits/633c5c2459534970b26f96d3", "https://qualtrics.com/support/xm-discover/connectors/integrations-connectors/sprinklr-inbound-connector"], build(r) {
  const H = ["Universal Message Id", "Created Time", "Social Network", "Sender Screen Name", "Sender Name", "Sender Followers Count", "Message", "Permalink", "Sentiment", "Topic", "Language", "Country", "Associated Cases", "Earned Engagements"];
  const HANDLES = ["kenji_builds", "MayaCodes", "ravi_ops", "tech_tomoko", "LeoTravels", "HoshiLabs", "datagrrl", "pm_sam", "nordic_dev", "yui_no_heya"];
  const rows = [];
  sortDates(Array.from({ length: 44 }, () => dateAt(r))).forEach((d) => {
    const net = r.pick(["TWITTER", "TWITTER", "TWITTER", "INSTAGRAM", "FACEBOOK", "YOUTUBE"]); const h = r.pick(HANDLES);
    const id = r.digits(19);
    rows.push([`${net.toLowerCase()}_${id}`, f.us12(d, false), net, h === "HoshiLabs" ? "HoshiLabs" : (r.chance(0.3) ? "@" : "") + h, h === "HoshiLabs" ? "Hoshi Labs" : r.pick(["Kenji", "Maya R.", "Ravi", "トモコ", "Leo", "Sam"]), String(r.int(12, 48000)), r.pick(["@HoshiLabs the new sync is so fast, love it", "Anyone else's Hoshi hub offline today?", "Hoshi Labs support fixed my issue in 10 min, impressed", "Thinking of switching from Hoshi, pricing went up again", "ホシラボの新製品、使いやすい！"]), net === "TWITTER" ? `https://x.com/${h}/status/${id}` : `https://www.${net.toLowerCase()}.com/p/${r.alnum(11)}`, r.pick(["POSITIVE", "NEUTRAL", "NEGATIVE"]), r.pick(["Hoshi Brand", "Hoshi Brand", "Competitor Watch", "Product Launch Q2"]), r.pick(["en", "en", "ja"]), r.pick(["United States", "Japan", "United Kingdom", ""]), r.chance(0.1) ? String(r.int(1000, 9999)) : "", String(r.int(0, 300))]);
  });
  return { files: { "listening_export.csv": { content: csvText([H, ...rows]), format: "csv", encoding: "utf-8-bom", kind: "mentions", records: rows.length,
    columns: cols(H, [["Universal Message Id", "record_id"], ["Created Time", "submitted_at"], ["Sender Screen Name", "customer_handle"], ["Sentiment", "other"], ["Topic", "other"], ["Social Network", "other"], ["Sender Followers Count", "other"], ["Associated Cases", "other"], ["Earned Engagements", "other"]]),
    nps: null, csat: null, customers: 0,
    notes: "Public posts matched by listening topics; analysed alone, authors are not customers (no e-mail or id). Topic is the listening query name and Sentiment is Sprinklr's derived label: other. The brand's own account (HoshiLabs) appears among senders. Screen names sometimes carry a leading @." } },
    readme: `Imitates a CSV export of messages from Sprinklr's listening (Insights) module: one row per public post matched by a listening topic, with universal message id, created time, network, sender screen name/name/followers, message text, permalink, derived sentiment, topic (query) name, language, country, associated care cases and earned engagements.\n\nQuirks: UTF-8 BOM, \`MM/DD/YYYY hh:mm AM\` times, mixed networks (X, Instagram, Facebook, YouTube), English and Japanese text, the brand's own handle as a sender, handles with and without @.\n\nDocs silent: Sprinklr's help pages I found cover export permissions and audits, not the column list; the column names are my choice from Sprinklr's message fields.` };
} });

// ===== 23. Instagram comments from a social tool
tool({ slug: "social-comments", name: "Instagram comments (Graph API export via a social media tool)", export: "Social tool > Instagram > Comments > Export (JSON, Graph API /{media-id}/comments fields)", docs: ["https://developers.facebook.com/docs/instagram-api/guides/comment-moderation", "https://developers.facebook.com/docs/graph-api/changelog/ooc-changes/oct-20-2021", "https://docs.rs/crate/instagram-graph-api/latest/source/src/objects/ig_comment.rs"], build(r) {
  const USERS = ["sakura.home", "minimal_mika", "coffee.and.code", "travelwithleo", "hana_daily", "the_gadget_guy", "yuuki.photo", "plantmom_jp"];
  const data = [];
  sortDates(Array.from({ length: 34 }, () => dateAt(r))).forEach((d) => {
    const u = r.pick(USERS); const uid = String(17841400000000000 + USERS.indexOf(u) * 7919);
    const c = { id: String(18000000000000000 + r.int(1, 999999999)), text: r.pick(["Where can I buy this in Japan? 🇯🇵", "可愛い！色違いはありますか？", "Mine stopped charging after 2 weeks 😞", "Love it!!", "@hoshilabs please reply to my DM"]), timestamp: f.iso(d).replace(".000Z", "+0000"), username: u, like_count: r.int(0, 40), from: { id: uid, username: u }, media: { id: r.pick(["17912345678901234", "17987654321098765"]), media_product_type: r.pick(["FEED", "REELS"]) }, hidden: r.chance(0.05) };
    if (r.chance(0.3)) c.replies = { data: [{ id: String(18100000000000000 + r.int(1, 99999999)), text: "Thanks! Please check your DMs 💌", timestamp: f.iso(new Date(d.getTime() + 3600000)).replace(".000Z", "+0000"), username: "hoshilabs" }] };
    data.push(c);
  });
  const content = JSON.stringify({ data, paging: { cursors: { before: "QVFIU" + r.alnum(20), after: "QVFIU" + r.alnum(20) } } }, null, 2) + "\n";
  return { files: { "comments.json": { content, format: "json", encoding: "utf-8", kind: "mentions", records: data.length,
    columns: keyCols([["id", "record_id"], ["timestamp", "submitted_at"], ["username", "customer_handle"], ["from.username", "customer_handle"], ["from.id", "other"], ["media.id", "other"], ["like_count", "other"], ["replies.data[].username", "agent"]]),
    nps: null, csat: null, customers: 0,
    notes: "Public Instagram comments: authors are not customers when analysed alone (handles are Instagram, not X). from.id is the Instagram-scoped user id, not a customer id in a customer tool: other. replies.data[] are the brand account's replies (hoshilabs): agent. Records = top-level comments only." } },
    readme: `Imitates the JSON a social media management tool saves when exporting Instagram comments: the Instagram Graph API \`/{ig-media-id}/comments\` edge response (\`data\` array plus \`paging.cursors\`) with fields \`id, text, timestamp, username, like_count, from{id,username}, media{id,media_product_type}, hidden\` and nested \`replies.data[]\`.\n\nQuirks: \`+0000\` timestamps as the Graph API writes them, emoji and Japanese text, the brand's replies nested under comments, replies only on some comments.\n\nDocs used: Meta's comment-moderation guide (GET /{ig-media-id}/comments, \`timestamp\` like \`2017-08-31T18:10:30+0000\`), the 2021 changelog adding \`from{id,username}\` and \`parent_id\`, and a client library's field list (\`from,hidden,id,like_count,text,timestamp,username,replies{…}\`). Docs silent: which social tool writes this file; I assume one that keeps the Graph API shape rather than flattening it.` };
} });

// ---------------------------------------------------------------- run
function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const md = ["# Vendor export catalogue: holdout2", "", "Generated by `node scripts/vendors/make-holdout2-exports.mjs`. Blind evaluation split: do not tune the detector on these.", "", "| slug | tool | split | export imitated | files (kind, encoding) |", "| --- | --- | --- | --- | --- |"];
  for (const t of TOOLS) {
    const dir = path.join(OUT, t.slug);
    fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
    const r = makeRng("holdout2/" + t.slug);
    const built = t.build(r);
    const expected = { tool: t.name, export: t.export, docs: t.docs, split: SPLIT, company_domains: [COMPANY], files: {} };
    const fileList = [];
    for (const [name, fdef] of Object.entries(built.files)) {
      fs.writeFileSync(path.join(dir, name), encode(fdef.content, fdef.encoding));
      const { content, ...rest } = fdef;
      expected.files[name] = { format: rest.format, encoding: rest.encoding, kind: rest.kind, records: rest.records, columns: rest.columns, nps: rest.nps, csat: rest.csat, customers: rest.customers, notes: rest.notes };
      fileList.push(`${name} (${rest.kind}, ${rest.encoding})`);
    }
    fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
    const readme = [`# ${t.name}: ${t.slug}`, "", `Split: **${SPLIT}**. Company: Hoshi Labs (\`${COMPANY}\`). All people are invented; customer domains are \`*.example\`.`, "", `Export imitated: ${t.export}`, "", "Documentation used:", ...t.docs.map((u) => `- ${u}`), "", built.readme, "", "Files:", ...Object.entries(expected.files).map(([n, e]) => `- \`${n}\`: ${e.format}, ${e.encoding}, kind ${e.kind}, ${e.records} records, NPS ${JSON.stringify(e.nps)}, CSAT ${JSON.stringify(e.csat)}, customers ${e.customers}.`), "", "Expected answers are in `expected.json`, computed by the generator from the values it wrote.", ""].join("\n");
    fs.writeFileSync(path.join(dir, "README.md"), readme);
    md.push(`| ${t.slug} | ${t.name} | ${SPLIT} | ${t.export.replace(/\|/g, "/")} | ${fileList.join("; ")} |`);
  }
  fs.writeFileSync(path.join(OUT, "tools-holdout2.md"), md.join("\n") + "\n");
}
main();
