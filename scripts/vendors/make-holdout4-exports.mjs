#!/usr/bin/env node
// Generates the "holdout4" blind-evaluation catalogue of vendor exports.
// Node 20, ESM, no dependencies. Deterministic: seeded PRNG, fixed dates, no clock/locale reads.
// Usage: node scripts/vendors/make-holdout4-exports.mjs            (writes tests/data/vendors/<slug>/)
//        HOLDOUT4_OUT=/tmp/dir node scripts/vendors/make-holdout4-exports.mjs   (writes elsewhere)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = process.env.HOLDOUT4_OUT || path.join(ROOT, 'tests', 'data', 'vendors');
const SPLIT = 'holdout4';
const COMPANY = 'hoshi.example';

// ---------------------------------------------------------------- PRNG
function hashStr(s) { let h = 2166136261 >>> 0; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; } return h; }
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function makeRng(seed) {
  const r = mulberry32(hashStr(seed));
  const api = {
    next: r,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    chance: (p) => r() < p,
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(r() * 16)]; return s; },
    alnum: (n) => { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'; let s = ''; for (let i = 0; i < n; i++) s += A[Math.floor(r() * A.length)]; return s; },
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10)); return s; },
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return api;
}

// ---------------------------------------------------------------- people
const EN_FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Mateo', 'Sofia', 'Lucas', 'Mia', 'Ethan', 'Chloe', 'Arjun', 'Priya', 'Jonas', 'Freya', 'Diego', 'Nora', 'Felix', 'Leah', 'Omar', 'Hana', 'Marco', 'Ingrid', 'Kwame', 'Zoe', 'Rafael', 'Elena', 'Tomas', 'Amara', 'Victor', 'Greta', 'Samir', 'Lena', 'Pablo', 'Iris', 'Theo'];
const EN_LAST = ['Whitfield', 'Okafor', 'Lindqvist', 'Moreau', 'Castillo', 'Brennan', 'Nakamura', 'Kowalski', 'Haddad', 'Fischer', 'Delgado', 'Abernathy', 'Sato', 'Pereira', 'Novak', 'Osei', 'Larsen', 'Romano', 'Quinlan', 'Varga', 'Eriksen', 'Mbeki', 'Duarte', 'Hollis', 'Ferreira', 'Ivanova', 'Carver', 'Bianchi', 'Rahman', 'Keller'];
const JP_LAST = [['佐藤', 'sato', 'サトウ'], ['鈴木', 'suzuki', 'スズキ'], ['高橋', 'takahashi', 'タカハシ'], ['田中', 'tanaka', 'タナカ'], ['伊藤', 'ito', 'イトウ'], ['渡辺', 'watanabe', 'ワタナベ'], ['山本', 'yamamoto', 'ヤマモト'], ['中村', 'nakamura', 'ナカムラ'], ['小林', 'kobayashi', 'コバヤシ'], ['加藤', 'kato', 'カトウ'], ['吉田', 'yoshida', 'ヨシダ'], ['山田', 'yamada', 'ヤマダ'], ['松本', 'matsumoto', 'マツモト'], ['井上', 'inoue', 'イノウエ'], ['木村', 'kimura', 'キムラ'], ['林', 'hayashi', 'ハヤシ'], ['清水', 'shimizu', 'シミズ'], ['森', 'mori', 'モリ'], ['池田', 'ikeda', 'イケダ'], ['橋本', 'hashimoto', 'ハシモト']];
const JP_FIRST = [['翔太', 'shota', 'ショウタ'], ['美咲', 'misaki', 'ミサキ'], ['大輔', 'daisuke', 'ダイスケ'], ['陽菜', 'hina', 'ヒナ'], ['健一', 'kenichi', 'ケンイチ'], ['由美', 'yumi', 'ユミ'], ['拓也', 'takuya', 'タクヤ'], ['彩', 'aya', 'アヤ'], ['直樹', 'naoki', 'ナオキ'], ['香織', 'kaori', 'カオリ'], ['悠斗', 'yuto', 'ユウト'], ['真央', 'mao', 'マオ'], ['浩二', 'koji', 'コウジ'], ['千尋', 'chihiro', 'チヒロ'], ['亮', 'ryo', 'リョウ'], ['愛子', 'aiko', 'アイコ']];
const EN_DOMAINS = ['gmail.example', 'northwind.example', 'outlook.example', 'contoso.example', 'fabrikam.example', 'icloud.example', 'tailspin.example', 'adventure-works.example', 'proton.example', 'litware.example'];
const JP_DOMAINS = ['yahoo.co.jp.example', 'gmail.example', 'docomo.ne.jp.example', 'ezweb.ne.jp.example', 'nifty.example', 'sakura-shoji.co.jp.example', 'marunaka.co.jp.example', 'outlook.jp.example'];

function makePeople(rng, n, { jp = false, countryCode = '+1' } = {}) {
  const out = []; const used = new Set();
  while (out.length < n) {
    let p;
    if (jp) {
      const l = rng.pick(JP_LAST), f = rng.pick(JP_FIRST);
      const key = l[1] + f[1]; if (used.has(key)) continue; used.add(key);
      const dom = rng.pick(JP_DOMAINS);
      const local = rng.pick([`${f[1]}.${l[1]}`, `${l[1]}${f[1][0]}`, `${f[1]}${rng.int(10, 99)}`, `${l[1]}-${f[1]}`]);
      p = { last: l[0], first: f[0], lastKana: l[2], firstKana: f[2], romaji: `${f[1][0].toUpperCase()}${f[1].slice(1)} ${l[1][0].toUpperCase()}${l[1].slice(1)}`,
        name: `${l[0]} ${f[0]}`, email: `${local}@${dom}`, phoneLocal: `0${rng.pick(['90', '80', '70'])}-${rng.digits(4)}-${rng.digits(4)}` };
      p.phone = '+81 ' + p.phoneLocal.slice(1);
      p.handle = `${f[1]}_${l[1]}${rng.int(1, 99)}`;
    } else {
      const f = rng.pick(EN_FIRST), l = rng.pick(EN_LAST);
      const key = f + l; if (used.has(key)) continue; used.add(key);
      const dom = rng.pick(EN_DOMAINS);
      const local = rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${rng.int(1, 99)}`, `${f}_${l}`]).toLowerCase();
      p = { first: f, last: l, name: `${f} ${l}`, email: `${local}@${dom}` };
      p.phone = countryCode === '+1' ? `+1 ${rng.int(201, 989)}-555-${rng.digits(4)}` : `${countryCode} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
      p.handle = rng.pick([`${f}${l}`, `${f}_${l[0]}`, `${l}${rng.int(1, 999)}`, `the${f}`]).toLowerCase();
    }
    out.push(p);
  }
  return out;
}
const STAFF = [
  { name: 'Aiko Tanaka', jp: '田中 愛子', email: 'aiko.tanaka@hoshi.example' },
  { name: 'Ben Hartley', jp: 'ハートリー ベン', email: 'ben.hartley@hoshi.example' },
  { name: 'Carmen Ruiz', jp: 'ルイス カルメン', email: 'carmen.ruiz@hoshi.example' },
  { name: 'Daichi Mori', jp: '森 大地', email: 'daichi.mori@hoshi.example' },
  { name: 'Emily Park', jp: 'パーク エミリー', email: 'emily.park@hoshi.example' },
  { name: 'Kenta Ishii', jp: '石井 健太', email: 'kenta.ishii@hoshi.example' },
];
// e-mail written with the case/space variations real people produce
function varyEmail(rng, e) {
  const k = rng.int(0, 3);
  if (k === 0) return e.toUpperCase();
  if (k === 1) return e[0].toUpperCase() + e.slice(1);
  if (k === 2) return ' ' + e + ' ';
  return e.replace(/^([^@]+)/, (m) => m[0].toUpperCase() + m.slice(1)) + ' ';
}
// sequence of n record owners from a pool, with repeats
function withRepeats(rng, pool, n, repeatShare = 0.25) {
  const seq = [];
  for (let i = 0; i < n; i++) {
    if (i > 3 && rng.chance(repeatShare)) seq.push({ p: seq[rng.int(0, seq.length - 1)].p, repeat: true });
    else seq.push({ p: pool[i % pool.length], repeat: false });
  }
  return seq;
}

// ---------------------------------------------------------------- dates (UTC arithmetic only)
const BASE = Date.UTC(2024, 3, 1, 0, 0, 0); // 2024-04-01
function dateAt(rng, spanDays = 45, startOffsetDays = 0) { return new Date(BASE + (startOffsetDays + rng.next() * spanDays) * 86400000 - ((BASE / 1000) % 60) * 0); }
const p2 = (n) => String(n).padStart(2, '0');
function roundMin(d) { return new Date(Math.floor(d.getTime() / 60000) * 60000); }
function roundSec(d) { return new Date(Math.floor(d.getTime() / 1000) * 1000); }
const isoZ = (d) => roundSec(d).toISOString().replace('.000Z', 'Z');
const isoOff = (d, offMin) => { const t = new Date(roundSec(d).getTime() + offMin * 60000); const s = t.toISOString().slice(0, 19); const sign = offMin >= 0 ? '+' : '-'; const a = Math.abs(offMin); return `${s}${sign}${p2(Math.floor(a / 60))}:${p2(a % 60)}`; };
const ymdhms = (d, sep = '-', offMin = 0) => { const t = new Date(roundSec(d).getTime() + offMin * 60000); return `${t.getUTCFullYear()}${sep}${p2(t.getUTCMonth() + 1)}${sep}${p2(t.getUTCDate())} ${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}:${p2(t.getUTCSeconds())}`; };
const ymd = (d, sep = '-', offMin = 0) => ymdhms(d, sep, offMin).slice(0, 10);
const mdyHM12 = (d, offMin = 0) => { const t = new Date(roundSec(d).getTime() + offMin * 60000); let h = t.getUTCHours(); const ap = h >= 12 ? 'PM' : 'AM'; h = h % 12 || 12; return `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${t.getUTCFullYear()} ${h}:${p2(t.getUTCMinutes())} ${ap}`; };
const mdy = (d, offMin = 0) => { const t = new Date(roundSec(d).getTime() + offMin * 60000); return `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${t.getUTCFullYear()}`; };

// ---------------------------------------------------------------- writers
function csvCell(v, delim, quoteAll) {
  if (v === null || v === undefined) v = '';
  v = String(v);
  if (quoteAll || v.includes(delim) || v.includes('"') || v.includes('\n') || v.includes('\r')) return '"' + v.replace(/"/g, '""') + '"';
  return v;
}
function toDelimited(rows, { delim = ',', eol = '\r\n', quoteAll = false, trailingEol = true } = {}) {
  return rows.map((r) => r.map((c) => csvCell(c, delim, quoteAll)).join(delim)).join(eol) + (trailingEol ? eol : '');
}
let SJIS = null;
function sjisTable() {
  if (SJIS) return SJIS;
  const dec = new TextDecoder('shift_jis');
  const map = new Map();
  for (let b = 0; b < 0x80; b++) map.set(String.fromCharCode(b), [b]);
  for (let b = 0xA1; b <= 0xDF; b++) { const c = dec.decode(Uint8Array.from([b])); if (c.length === 1 && c !== '\uFFFD' && !map.has(c)) map.set(c, [b]); }
  const leads = []; for (let b = 0x81; b <= 0x9F; b++) leads.push(b); for (let b = 0xE0; b <= 0xFC; b++) leads.push(b);
  for (const l of leads) for (let t = 0x40; t <= 0xFC; t++) {
    if (t === 0x7F) continue;
    const c = dec.decode(Uint8Array.from([l, t]));
    if ([...c].length === 1 && c !== '\uFFFD' && !map.has(c)) map.set(c, [l, t]);
  }
  SJIS = map; return map;
}
function encodeSjis(str) {
  const map = sjisTable(); const bytes = [];
  for (const ch of str) { const b = map.get(ch); if (!b) throw new Error(`not encodable in Shift_JIS: ${JSON.stringify(ch)}`); bytes.push(...b); }
  const buf = Buffer.from(bytes);
  const back = new TextDecoder('shift_jis').decode(buf);
  if (back !== str) throw new Error('Shift_JIS round-trip failed');
  return buf;
}
function encode(str, enc) {
  switch (enc) {
    case 'utf-8': return Buffer.from(str, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(str, 'utf8')]);
    case 'utf-16le-bom': return Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(str, 'utf16le')]);
    case 'shift_jis': return encodeSjis(str);
    default: throw new Error('enc ' + enc);
  }
}
const json = (o) => JSON.stringify(o, null, 2) + '\n';

// ---------------------------------------------------------------- answer rules
const FW = (s) => s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48));
function npsValue(v) { // undefined = not answered, null = invalid, else 0..10
  if (v === null || v === undefined) return undefined;
  let s = FW(String(v)).trim(); if (s === '') return undefined;
  const m = s.match(/^(\d{1,2})(\s*[-–:]\s*\S.*)?$/);
  if (m) { const n = Number(m[1]); if (n >= 0 && n <= 10) return n; }
  return null;
}
function npsCount(values) {
  const r = { promoters: 0, passives: 0, detractors: 0 };
  for (const v of values) { const n = npsValue(v); if (n === undefined || n === null) continue; if (n >= 9) r.promoters++; else if (n >= 7) r.passives++; else r.detractors++; }
  return r;
}
const CSAT_LABELS = new Map(Object.entries({
  'very satisfied': 5, 'satisfied': 4, 'neutral': 3, 'neither satisfied nor dissatisfied': 3, 'dissatisfied': 2, 'very dissatisfied': 1,
  'extremely satisfied': 5, 'extremely dissatisfied': 1, 'somewhat satisfied': 4, 'somewhat dissatisfied': 2,
  '非常に満足': 5, '満足': 4, 'どちらでもない': 3, '不満': 2, '非常に不満': 1, 'やや満足': 4, 'やや不満': 2,
}));
function csatValue(v) { // 1..5 or undefined/null
  if (v === null || v === undefined) return undefined;
  const s = FW(String(v)).trim(); if (s === '') return undefined;
  if (/^[1-5]$/.test(s)) return Number(s);
  const m = s.match(/^([1-5])\s*[-–:]\s*\S/); if (m) return Number(m[1]);
  const l = CSAT_LABELS.get(s.toLowerCase()); if (l) return l;
  return null;
}
function csatCount(values) { let satisfied = 0, answered = 0; for (const v of values) { const n = csatValue(v); if (n === undefined || n === null) continue; answered++; if (n >= 4) satisfied++; } return { satisfied, answered }; }
function goodBad(values) { let satisfied = 0, answered = 0; for (const v of values) { const s = String(v ?? '').trim().toLowerCase(); if (s === 'good') { satisfied++; answered++; } else if (s === 'bad') answered++; } return { satisfied, answered }; }

function normEmail(e) { if (e === null || e === undefined) return null; const s = String(e).trim().toLowerCase(); if (!/^[^@\s]+@[^@\s]+$/.test(s)) return null; return s; }
function isStaff(e) { return e.endsWith('@' + COMPANY) || e.endsWith('.' + COMPANY); }
function normPhone(p) { if (!p) return null; const s = String(p).trim(); if (!s.startsWith('+')) return null; const d = s.replace(/\D/g, ''); return d.length >= 8 ? '+' + d : null; }
// keys for one record; staff e-mails never count
function keys(tool, { emails = [], phones = [], ids = [], handles = [] }) {
  const k = [];
  for (const e of emails) { const n = normEmail(e); if (n && !isStaff(n)) k.push('e:' + n); }
  for (const p of phones) { const n = normPhone(p); if (n) k.push('p:' + n); }
  for (const i of ids) { if (i !== null && i !== undefined && String(i).trim() !== '') k.push(`id:${tool}:${String(i).trim()}`); }
  for (const h of handles) { if (h) k.push('h:' + String(h).trim().replace(/^@/, '').toLowerCase()); }
  return k;
}
function countCustomers(keyLists) {
  const parent = new Map();
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  const add = (x) => { if (!parent.has(x)) parent.set(x, x); };
  for (const ks of keyLists) { if (!ks.length) continue; ks.forEach(add); for (let i = 1; i < ks.length; i++) { const a = find(ks[0]), b = find(ks[i]); if (a !== b) parent.set(a, b); } }
  const roots = new Set(); for (const ks of keyLists) if (ks.length) roots.add(find(ks[0]));
  return roots.size;
}

// ---------------------------------------------------------------- CSV table helper
// cols: [[header, role|null], ...]; rows: arrays of objects keyed by header
function table(cols, objs) { return [cols.map((c) => c[0]), ...objs.map((o) => cols.map((c) => (o[c[0]] === undefined ? '' : o[c[0]])))]; }
function csvColumns(cols, headerRowOverride) {
  const out = [];
  cols.forEach((c, i) => { if (c[1]) out.push({ index: i, header: headerRowOverride ? headerRowOverride[i] : c[0], role: c[1] }); });
  return out;
}

// ---------------------------------------------------------------- tools
const TOOLS = [];
const tool = (fn) => TOOLS.push(fn);

// 1. Kayako -------------------------------------------------------------
tool(() => {
  const slug = 'kayako', rng = makeRng(slug);
  const people = makePeople(rng, 26);
  const users = {}; let uid = 1200;
  const agentUsers = STAFF.slice(0, 4).map((s) => { const id = ++uid; users[id] = { id, full_name: s.name, role: { id: 2, title: 'Agent', type: 'AGENT' }, emails: [{ id: id * 10, email: s.email, is_primary: true }], organization: null, created_at: '2023-01-09T09:00:00+00:00', resource_type: 'user' }; return id; });
  const custIds = people.map((p) => { const id = ++uid; users[id] = { id, full_name: p.name, role: { id: 4, title: 'Customer', type: 'CUSTOMER' }, emails: [{ id: id * 10, email: p.email, is_primary: true }], organization: rng.chance(0.3) ? { id: 70 + rng.int(1, 5), resource_type: 'organization' } : null, created_at: isoOff(dateAt(rng, 200, -220), 0), resource_type: 'user' }; return id; });
  // a second Kayako account of person #2 created via Messenger, same address typed in capitals
  const dupId = ++uid; users[dupId] = { id: dupId, full_name: people[2].first, role: { id: 4, title: 'Customer', type: 'CUSTOMER' }, emails: [{ id: dupId * 10, email: people[2].email.toUpperCase(), is_primary: true }], organization: null, created_at: '2024-03-28T11:02:10+00:00', resource_type: 'user' };
  const cases = []; const n = 40; let caseId = 48210;
  const statuses = [{ id: 1, label: 'New', type: 'NEW' }, { id: 2, label: 'Open', type: 'OPEN' }, { id: 3, label: 'Pending', type: 'PENDING' }, { id: 5, label: 'Completed', type: 'COMPLETED' }, { id: 6, label: 'Closed', type: 'CLOSED' }];
  const tags = ['billing', 'refund', 'login', 'shipping', 'feature-request', 'vip', 'bug'];
  for (let i = 0; i < n; i++) {
    let requester;
    if (i === 7 || i === 23) requester = agentUsers[i % 2]; // internal case opened by an agent for herself
    else if (i === 15 || i === 31) requester = dupId;
    else requester = rng.chance(0.25) && i > 4 ? custIds[rng.int(0, 6)] : custIds[i % custIds.length];
    const created = dateAt(rng, 40);
    const st = rng.pick(statuses);
    const done = st.type === 'COMPLETED' || st.type === 'CLOSED';
    let rating = null, rating_status = 'UNOFFERED';
    if (done) { const r = rng.next(); if (r < 0.45) { rating = 'GOOD'; rating_status = 'RECEIVED'; } else if (r < 0.62) { rating = 'BAD'; rating_status = 'RECEIVED'; } else if (r < 0.85) rating_status = 'OFFERED'; }
    const agent = rng.chance(0.85) ? rng.pick(agentUsers) : null;
    cases.push({
      id: ++caseId, subject: rng.pick(['Can\'t log in after password reset', 'Refund for order', 'Invoice shows wrong VAT number', 'Where is my parcel?', 'Feature request: dark mode', 'App crashes on export', 'Change billing e-mail']),
      portal: null, source_channel: { uuid: rng.hex(8), type: rng.pick(['MAIL', 'MAIL', 'MESSENGER', 'TWITTER']), resource_type: 'channel' },
      requester: { id: requester, resource_type: 'user' }, creator: { id: requester === dupId || rng.chance(0.8) ? requester : rng.pick(agentUsers), resource_type: 'user' },
      identity: { id: requester * 10, resource_type: 'identity_email' },
      assigned_agent: agent ? { id: agent, resource_type: 'user' } : null, assigned_team: { id: rng.pick([11, 12]), resource_type: 'team' },
      brand: { id: 1, resource_type: 'brand' }, status: st, priority: rng.chance(0.6) ? rng.pick([{ id: 1, label: 'Low', level: 1 }, { id: 2, label: 'Normal', level: 2 }, { id: 3, label: 'High', level: 3 }]) : null,
      type: rng.chance(0.5) ? { id: rng.pick([1, 2]), label: rng.pick(['Question', 'Problem']) } : null,
      tags: rng.shuffle(tags).slice(0, rng.int(0, 2)),
      custom_fields: [{ field: { id: 7, resource_type: 'case_field' }, value: rng.pick(['Starter', 'Pro', 'Enterprise']) }, { field: { id: 9, resource_type: 'case_field' }, value: rng.pick(['', 'ORD-' + rng.digits(6)]) }],
      rating, rating_status,
      created_at: isoOff(created, 0), updated_at: isoOff(new Date(created.getTime() + rng.int(1, 72) * 3600000), 0),
      resource_type: 'case',
    });
  }
  const body = { status: 200, data: cases, resources: { user: users }, offset: 0, limit: 100, total_count: n, resource: 'case' };
  const custKeys = cases.map((c) => { const u = users[c.requester.id]; if (u.role.type !== 'CUSTOMER') return []; return keys(slug, { ids: [u.id], emails: u.emails.map((e) => e.email) }); });
  return {
    slug, tool: 'Kayako', exportName: 'Kayako REST API v1: GET /api/v1/cases.json?include=user (cases with side-loaded users)',
    docs: ['https://glama.ai/mcp/connectors/io.usefulapi/kayako/tools/kayako_list_cases', 'https://glama.ai/mcp/connectors/io.usefulapi/kayako/tools/kayako_get_case'],
    files: [{ name: 'cases.json', content: encode(json(body), 'utf-8'), exp: {
      format: 'json', encoding: 'utf-8', kind: 'tickets', records: n,
      columns: [{ key: 'id', role: 'record_id' }, { key: 'requester.id', role: 'customer_id' }, { key: 'assigned_agent.id', role: 'agent' }, { key: 'created_at', role: 'created_at' }, { key: 'rating', role: 'score_csat' }, { key: 'rating_status', role: 'other' }, { key: 'custom_fields[].value', role: 'other' }, { key: 'updated_at', role: 'other' }],
      nps: null, csat: goodBad(cases.map((c) => c.rating)),
      customers: countCustomers(custKeys),
      notes: 'Main collection is data[]; requester.id joins resources.user[id] whose emails[].email is the customer address. Two cases are requested by agent users (role AGENT, hoshi.example) and are not customers. Users 2 and the Messenger duplicate share one address (second typed in capitals) and merge into one customer. rating is Kayako\'s GOOD/BAD satisfaction; OFFERED/UNOFFERED rating_status rows are not answered. creator.id is left unlabelled (sometimes the customer, sometimes an agent).',
    } }],
    readme: `Kayako cases list from the REST API v1 (\`GET /api/v1/cases.json\` with \`include=user\`), saved as the API returns it: an envelope with \`status\`, \`data\` (cases), \`resources.user\` (side-loaded users keyed by id), \`offset\`, \`limit\`, \`total_count\`.

Layout details: nested references are \`{id, resource_type}\` objects (requester, creator, identity, assigned_agent, assigned_team, brand); status/priority/type are expanded objects; \`tags\` is an array of strings; \`custom_fields\` is an array of \`{field:{id}, value}\`. Timestamps are ISO 8601 with \`+00:00\`.

Quirks: two internal cases requested by agents (hoshi.example); one customer has two Kayako user records (second created via Messenger with the address in capitals); unassigned cases have \`assigned_agent: null\`; satisfaction \`rating\` GOOD/BAD only when \`rating_status\` is RECEIVED.

Chosen where docs were silent: the public material found (API tool descriptions) confirms the endpoint, filters, \`include\` expansion and the fields subject/requester/assignee/status/priority/type/custom fields/tags, but not the exact satisfaction field names; \`rating\`/\`rating_status\` and the inline \`emails[]\` on users (as if \`identity_email\` were expanded) are my choice.`,
  };
});

// 2. osTicket -----------------------------------------------------------
tool(() => {
  const slug = 'osticket', rng = makeRng(slug);
  const people = makePeople(rng, 24);
  const cols = [['Ticket Number', 'record_id'], ['Date Created', 'created_at'], ['Subject', null], ['From', 'customer_name'], ['From Email', 'customer_email'], ['Priority', null], ['Department', null], ['Help Topic', null], ['Source', null], ['Current Status', null], ['Last Updated', 'other'], ['Due Date', 'other'], ['Overdue', null], ['Answered', null], ['Agent Assigned', 'agent'], ['Team Assigned', 'other'], ['Thread Count', null], ['Attachment Count', null], ['Customer Tier', 'other'], ['Order Number', 'other']];
  const seq = withRepeats(rng, people, 44, 0.3);
  const rows = []; const kl = [];
  seq.forEach((s, i) => {
    const internal = i === 9 || i === 30;
    const p = internal ? { name: STAFF[3].name, email: STAFF[3].email } : s.p;
    const email = internal ? p.email : (s.repeat && rng.chance(0.6) ? varyEmail(rng, p.email) : p.email);
    const created = dateAt(rng, 40); const upd = new Date(created.getTime() + rng.int(1, 96) * 3600000);
    rows.push({ 'Ticket Number': String(100000 + rng.int(1000, 899999)), 'Date Created': ymdhms(created, '/', 540).slice(0, 16), 'Subject': rng.pick(['Cannot download invoice', 'Question about "Pro" plan, pricing', 'Login loop on mobile', 'Shipment damaged', 'Password reset email not received', 'Request: API access']),
      'From': p.name, 'From Email': email, 'Priority': rng.pick(['Low', 'Normal', 'Normal', 'High', 'Emergency']), 'Department': rng.pick(['Support', 'Billing', 'Sales']), 'Help Topic': rng.pick(['General Inquiry', 'Billing / Payments', 'Report a Problem / Access Issue', 'Feedback']),
      'Source': rng.pick(['Email', 'Web', 'Phone', 'API']), 'Current Status': rng.pick(['Open', 'Open', 'Resolved', 'Closed']), 'Last Updated': ymdhms(upd, '/', 540).slice(0, 16), 'Due Date': rng.chance(0.4) ? ymdhms(new Date(created.getTime() + 172800000), '/', 540).slice(0, 16) : '',
      'Overdue': rng.chance(0.15) ? 'Yes' : 'No', 'Answered': rng.chance(0.7) ? 'Yes' : 'No', 'Agent Assigned': rng.chance(0.8) ? rng.pick(STAFF).name : '', 'Team Assigned': rng.chance(0.3) ? rng.pick(['Level 2', 'Billing Team']) : '',
      'Thread Count': String(rng.int(1, 9)), 'Attachment Count': String(rng.int(0, 2)), 'Customer Tier': rng.pick(['Gold', 'Silver', 'Bronze', '']), 'Order Number': rng.chance(0.5) ? 'HL-' + rng.digits(5) : '' });
    kl.push(keys(slug, { emails: [email] }));
  });
  const content = toDelimited(table(cols, rows), { eol: '\r\n' });
  return {
    slug, tool: 'osTicket', exportName: 'Agent Panel > Tickets > (queue) > Export (CSV)',
    docs: ['https://deepwiki.com/osTicket/docs/3.1-tickets-and-lifecycle'],
    files: [{ name: 'Tickets-20240516.csv', content: encode(content, 'utf-8-bom'), exp: {
      format: 'csv', encoding: 'utf-8-bom', kind: 'tickets', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Agent Assigned holds agent display names. Two tickets were opened by an agent from her hoshi.example address (internal), not customers. Repeat customers appear with e-mail case/space variations. Customer Tier and Order Number are custom form fields (other). Last Updated / Due Date are secondary dates (other).',
    } }],
    readme: `osTicket ticket-queue export (Agent Panel > Tickets > Export), one row per ticket. Columns follow osTicket's export field list (Ticket Number, Date Created, Subject, From, From Email, Priority, Department, Help Topic, Source, Current Status, Last Updated, Due Date, Overdue, Answered, Agent Assigned, Team Assigned, Thread Count, Attachment Count) followed by custom ticket-form fields (Customer Tier, Order Number).

Quirks: UTF-8 with BOM and CRLF (Excel-friendly); subjects with commas/quotes are quoted; internal tickets from staff addresses; repeat requesters with case/space variants of their e-mail.

Chosen where docs were silent: the public osTicket docs found describe the ticket lifecycle and sources (Email, Web, Phone, API) but not the export byte format; column list, BOM and the \`YYYY/MM/DD HH:MM\` (Asia/Tokyo helpdesk) date format are my choice.`,
  };
});

// 3. Trengo -------------------------------------------------------------
tool(() => {
  const slug = 'trengo', rng = makeRng(slug);
  const people = makePeople(rng, 22, { countryCode: '+31' });
  let cid = 880100; const contacts = [];
  people.forEach((p, i) => {
    const wa = i % 3 === 0;
    contacts.push({ id: ++cid, name: p.name, full_name: p.name, email: wa ? null : p.email, phone: wa ? p.phone.replace(/\s/g, '') : null, formatted_phone: wa ? p.phone : null, is_private: false, abbr: p.first[0] + p.last[0], color: '#' + rng.hex(6) });
  });
  // person 1 also writes on WhatsApp; Trengo created a second contact, agent later filled in the e-mail in capitals
  contacts.push({ id: ++cid, name: people[1].first, full_name: people[1].first, email: people[1].email.toUpperCase(), phone: '+31' + rng.digits(9), formatted_phone: null, is_private: false, abbr: people[1].first[0], color: '#aa33cc' });
  const n = 42; const tickets = []; const agentIds = [501, 502, 503, 504];
  for (let i = 0; i < n; i++) {
    const c = i === 12 || i === 29 ? contacts[contacts.length - 1] : (i > 5 && rng.chance(0.3) ? contacts[rng.int(0, 8)] : contacts[i % (contacts.length - 1)]);
    const created = dateAt(rng, 40);
    const st = rng.pick(['OPEN', 'ASSIGNED', 'CLOSED', 'CLOSED', 'INVALID']);
    tickets.push({ id: 3100000 + i * 7 + rng.int(0, 6), status: st, subject: c.email ? rng.pick(['Order question', 'Refund', 'Account access', null]) : null,
      contact_id: c.id, user_id: st === 'OPEN' ? null : rng.pick(agentIds), team_id: rng.pick([null, 31, 32]),
      channel: c.email ? { id: 21, type: 'EMAIL', name: 'support@hoshi.example', title: 'Support mailbox' } : { id: 24, type: 'WA_BUSINESS', name: 'WhatsApp Hoshi', title: 'WhatsApp' },
      contact: c, labels: rng.chance(0.5) ? [{ id: 61, name: rng.pick(['Complaint', 'Sales lead', 'Returns']), color: '#ff0000' }] : [],
      assigned_at: st === 'OPEN' ? null : ymdhms(new Date(created.getTime() + 600000)), closed_at: st === 'CLOSED' ? ymdhms(new Date(created.getTime() + 86400000)) : null,
      created_at: ymdhms(created), updated_at: ymdhms(new Date(created.getTime() + 7200000)),
      latest_message: { id: 90000000 + i, type: rng.pick(['INBOUND', 'OUTBOUND']), message: rng.pick(['Thanks!', 'Where is my order?', 'Kan ik mijn bestelling wijzigen?', 'We have refunded your payment.']), created_at: ymdhms(new Date(created.getTime() + 7200000)) } });
  }
  const body = { data: tickets, links: { first: 'https://app.trengo.com/api/v2/tickets?page=1', last: 'https://app.trengo.com/api/v2/tickets?page=1', prev: null, next: null }, meta: { current_page: 1, from: 1, last_page: 1, path: 'https://app.trengo.com/api/v2/tickets', per_page: 50, to: n, total: n } };
  const kl = tickets.map((t) => keys(slug, { ids: [t.contact.id], emails: [t.contact.email], phones: [t.contact.phone] }));
  return {
    slug, tool: 'Trengo', exportName: 'Trengo REST API v2: GET /api/v2/tickets (conversations, contact embedded)',
    docs: ['https://glama.ai/mcp/connectors/io.usefulapi/trengo/tools/trengo_list_tickets', 'https://pipedream.com/apps/trengo/actions/list-tickets.md', 'https://n8n.io/integrations/trengo/'],
    files: [{ name: 'tickets.json', content: encode(json(body), 'utf-8'), exp: {
      format: 'json', encoding: 'utf-8', kind: 'conversations', records: n,
      columns: [{ key: 'id', role: 'record_id' }, { key: 'contact_id', role: 'customer_id' }, { key: 'contact.id', role: 'customer_id' }, { key: 'contact.email', role: 'customer_email' }, { key: 'contact.phone', role: 'customer_phone' }, { key: 'contact.full_name', role: 'customer_name' }, { key: 'user_id', role: 'agent' }, { key: 'created_at', role: 'created_at' }, { key: 'channel.name', role: 'other' }, { key: 'labels[].name', role: 'other' }, { key: 'closed_at', role: 'other' }],
      nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Trengo calls conversations "tickets". WhatsApp contacts carry only a phone (+31...), e-mail contacts only an address. One person has two contacts (e-mail and WhatsApp) linked because the agent typed the same address (capitals) on the WhatsApp contact. channel.name is the company mailbox support@hoshi.example (other, not a customer). user_id is the assigned agent.',
    } }],
    readme: `Trengo tickets (conversations) as returned by the REST API v2 \`GET /tickets\`: Laravel-style pagination envelope (\`data\`, \`links\`, \`meta\`). Each ticket embeds its \`contact\` object and \`channel\`, has \`labels[]\`, \`user_id\` (assigned agent, null when unassigned), \`status\` (OPEN/ASSIGNED/CLOSED/INVALID = spam) and a \`latest_message\` preview.

Quirks: mixed channels (EMAIL and WA_BUSINESS); WhatsApp contacts without e-mail; a second contact for the same person; company mailbox address in channel.name; Dutch and English message text; timestamps \`YYYY-MM-DD HH:MM:SS\` without zone.

Chosen where docs were silent: the tool descriptions found give the endpoint, filters (status, contact, assignee, channel, label, last message direction) and that each result carries channel and latest message; exact key names (contact_id, user_id, team_id, assigned_at, closed_at, formatted_phone) are my choice.`,
  };
});

// 4. Drift --------------------------------------------------------------
tool(() => {
  const slug = 'drift', rng = makeRng(slug);
  const n = 36; const conv = []; const contactIds = [];
  for (let i = 0; i < 24; i++) contactIds.push(16344700000 + rng.int(1000, 99999) * 3);
  const agentIds = [2145901, 2145902, 2145917];
  for (let i = 0; i < n; i++) {
    const created = dateAt(rng, 30);
    const contactId = i > 4 && rng.chance(0.3) ? contactIds[rng.int(0, 6)] : contactIds[i % contactIds.length];
    const bot = rng.chance(0.3);
    conv.push({ status: rng.pick(['open', 'closed', 'closed', 'pending']), participants: bot ? [] : rng.shuffle(agentIds).slice(0, rng.int(1, 2)), contactId, id: 3012345000 + i * 13, createdAt: created.getTime() - (created.getTime() % 1000) + rng.int(0, 999), updatedAt: created.getTime() + rng.int(60, 7200) * 1000, inboxId: rng.pick([112233, 112234]), conversationTags: rng.chance(0.4) ? [{ color: 'E65B5B', name: rng.pick(['pricing', 'demo-request', 'support', 'enterprise']) }] : [] });
  }
  const body = { data: conv, links: { next: 'https://driftapi.com/conversations/list?limit=50&next=' + rng.alnum(24) } };
  const kl = conv.map((c) => keys(slug, { ids: [c.contactId] }));
  return {
    slug, tool: 'Drift', exportName: 'Drift Conversations API: GET /conversations/list',
    docs: ['https://github.com/Driftt/drift-python', 'https://pypi.org/project/drift-python/1.0.0/', 'https://fivetran.com/docs/connectors/applications/drift/connector-schema'],
    files: [{ name: 'conversations.json', content: encode(json(body), 'utf-8'), exp: {
      format: 'json', encoding: 'utf-8', kind: 'conversations', records: n,
      columns: [{ key: 'id', role: 'record_id' }, { key: 'contactId', role: 'customer_id' }, { key: 'participants', role: 'agent' }, { key: 'createdAt', role: 'created_at' }, { key: 'updatedAt', role: 'other' }, { key: 'inboxId', role: 'other' }, { key: 'conversationTags[].name', role: 'other' }],
      nps: null, csat: null, customers: countCustomers(kl),
      notes: 'The list endpoint carries no e-mail; customers are distinct contactId values (Drift contact ids). participants is an array of Drift user (agent) ids, empty when only the bot answered. createdAt/updatedAt are epoch milliseconds.',
    } }],
    readme: `Drift conversations from the Conversations API list endpoint (\`GET https://driftapi.com/conversations/list\`), one page saved as returned: \`{"data":[...], "links":{"next":...}}\`.

Each conversation: \`status\` (open/closed/pending), \`participants\` (array of Drift user ids of agents who took part), \`contactId\`, \`id\`, \`createdAt\`/\`updatedAt\` (epoch ms), \`inboxId\`, \`conversationTags[] {color,name}\`.

Quirks: bot-only conversations have empty participants; repeat contacts; ids are large integers; no e-mail in this endpoint (contacts live in the Contacts API).

Chosen where docs were silent: the wrapper docs found confirm the list endpoint, its \`limit\` (default 50) and \`next\` cursor, and the Fivetran schema confirms conversation/contact fields; the exact field set of a list item is reconstructed from memory of Drift's developer docs.`,
  };
});

// 5. Zoho SalesIQ -------------------------------------------------------
tool(() => {
  const slug = 'zoho-salesiq', rng = makeRng(slug);
  const people = makePeople(rng, 22, { countryCode: '+44' });
  const cols = [['Chat ID', 'record_id'], ['Visitor Name', 'customer_name'], ['Visitor Email', 'customer_email'], ['Phone', 'customer_phone'], ['Question', 'other'], ['Attended By', 'agent'], ['Department', 'other'], ['Start Time', 'created_at'], ['End Time', 'other'], ['Duration', null], ['Rating', 'score_csat'], ['Feedback', 'other'], ['Chat Status', null], ['Website', null], ['Country', null], ['Browser', null], ['Operating System', null], ['IP Address', null], ['Visitor Type', 'other']];
  const seq = withRepeats(rng, people, 40, 0.25); const rows = []; const kl = []; const ratings = [];
  seq.forEach((s, i) => {
    const anon = i % 7 === 3; const staffTest = i === 20;
    const p = s.p; const start = dateAt(rng, 30); const dur = rng.int(60, 1500);
    const missed = rng.chance(0.12);
    const rating = missed ? '' : rng.pick(['5', '5', '4', '4', '3', '2', '1', '', '', '']);
    const email = anon ? '' : staffTest ? STAFF[4].email : (s.repeat ? varyEmail(rng, p.email) : p.email);
    const phone = anon || staffTest || !rng.chance(0.35) ? '' : p.phone;
    rows.push({ 'Chat ID': '#' + (41200 + i), 'Visitor Name': anon ? 'Visitor ' + rng.digits(5) : staffTest ? 'Emily (test)' : p.name, 'Visitor Email': email, 'Phone': phone,
      'Question': rng.pick(['Do you ship to Canada?', 'Is there a student discount?', 'My order is late, order no. HL-' + rng.digits(5), 'Can I talk to sales?', 'How do I cancel?']),
      'Attended By': missed ? '' : rng.pick(STAFF).name, 'Department': rng.pick(['Sales', 'Support']), 'Start Time': ymdhms(start, '-', 60), 'End Time': ymdhms(new Date(start.getTime() + dur * 1000), '-', 60), 'Duration': `${Math.floor(dur / 60)} mins ${dur % 60} secs`,
      'Rating': rating, 'Feedback': rating && rng.chance(0.4) ? rng.pick(['Quick and helpful', 'Took too long, 20 min wait', 'Great, thanks!']) : '', 'Chat Status': missed ? 'Missed' : 'Ended', 'Website': 'hoshi.example',
      'Country': rng.pick(['United Kingdom', 'Ireland', 'Netherlands']), 'Browser': rng.pick(['Chrome', 'Safari', 'Firefox']), 'Operating System': rng.pick(['Windows', 'Mac OS', 'iOS', 'Android']), 'IP Address': `203.0.113.${rng.int(1, 254)}`, 'Visitor Type': s.repeat ? 'Returning' : 'New' });
    ratings.push(rating);
    kl.push(keys(slug, { emails: [email], phones: [phone] }));
  });
  return {
    slug, tool: 'Zoho SalesIQ', exportName: 'Conversations > Export chats (CSV)',
    docs: ['https://www.zoho.com/salesiq/help/settings-users.html', 'https://www.zoho.com/salesiq/associate-guide/introduction-to-associate-guide-2.html'],
    files: [{ name: 'SalesIQ_Chats.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'conversations', records: rows.length, columns: csvColumns(cols), nps: null, csat: csatCount(ratings), customers: countCustomers(kl),
      notes: 'Attended By = operator display name (agent). Anonymous visitors ("Visitor 12345", no e-mail/phone) are not customers; one test chat by a hoshi.example operator is not a customer. Rating is the visitor 1-5 star chat rating; blank = not rated. Visitor Type New/Returning is a decoy.',
    } }],
    readme: `Zoho SalesIQ chat history export (Conversations, filter, Export as CSV), one row per chat.

Columns: Chat ID, Visitor Name, Visitor Email, Phone, Question (the visitor's first message), Attended By (operator), Department, Start/End Time, Duration ("N mins N secs"), Rating, Feedback, Chat Status (Ended/Missed), Website, Country, Browser, Operating System, IP Address, Visitor Type.

Quirks: anonymous visitors named "Visitor NNNNN"; missed chats with no operator and no rating; repeat visitors with varied e-mail case/spaces; phones in +44 form.

Chosen where docs were silent: the Zoho help pages found describe operators, departments, visitor name/e-mail display and chat transcripts, not the export column list. SalesIQ offers both a 3-emoji and a star rating; I chose the 1-5 star variant so the rating is a standard CSAT scale.`,
  };
});

// 6. Medallia Experience Cloud -----------------------------------------
tool(() => {
  const slug = 'medallia-xm', rng = makeRng(slug);
  const people = makePeople(rng, 36);
  const cols = [['Survey ID', 'record_id'], ['Response Date', 'submitted_at'], ['Invitation Date', 'other'], ['Survey Status', null], ['Unit', 'other'], ['Region', null], ['Customer ID', 'customer_id'], ['Email', 'customer_email'], ['First Name', null], ['Last Name', null], ['Likelihood to Recommend', 'score_nps'], ['NPS Category', 'other'], ['Overall Satisfaction', 'score_csat'], ['Ease of Resolving Issue', 'score_ces'], ['Reason for Score', 'other'], ['Alert Status', null], ['Alert Owner', 'agent'], ['Customer Tier', 'other']];
  const seq = withRepeats(rng, people, 50, 0.15); const rows = []; const kl = []; const nps = []; const cs = [];
  seq.forEach((s, i) => {
    const p = s.p; const inv = dateAt(rng, 35); const resp = new Date(inv.getTime() + rng.int(1, 96) * 3600000);
    let ltr = String(rng.int(0, 10)); const r = rng.next();
    if (r < 0.06) ltr = ''; else if (r < 0.10) ltr = 'N/A'; else if (ltr === '10' && rng.chance(0.4)) ltr = '10 - Extremely likely'; else if (ltr === '0') ltr = '0 - Not at all likely';
    const n = npsValue(ltr);
    const cat = n === undefined || n === null ? '' : n >= 9 ? 'Promoter' : n >= 7 ? 'Passive' : 'Detractor';
    const osat = rng.chance(0.08) ? '' : String(rng.int(1, 5));
    const low = n !== undefined && n !== null && n <= 6;
    const custId = 'C' + String(100000 + people.indexOf(p) * 37).padStart(7, '0');
    const email = s.repeat ? varyEmail(rng, p.email) : p.email;
    rows.push({ 'Survey ID': String(88000000 + i * 11), 'Response Date': mdyHM12(resp, -300), 'Invitation Date': mdy(inv, -300), 'Survey Status': 'Completed', 'Unit': rng.pick(['Hoshi Online Store', 'Hoshi Support Center', 'Hoshi Retail - Austin']), 'Region': rng.pick(['US West', 'US Central', 'US East']),
      'Customer ID': custId, 'Email': email, 'First Name': p.first, 'Last Name': p.last, 'Likelihood to Recommend': ltr, 'NPS Category': cat, 'Overall Satisfaction': osat, 'Ease of Resolving Issue': rng.chance(0.15) ? '' : String(rng.int(1, 7)),
      'Reason for Score': rng.pick(['', 'Fast delivery', 'Agent was rude, had to call 3 times', 'Great product; "best in class"', 'Price went up\nand nobody told me']), 'Alert Status': low ? rng.pick(['New', 'In Progress', 'Closed']) : '', 'Alert Owner': low ? rng.pick(STAFF).email : '', 'Customer Tier': rng.pick(['Platinum', 'Gold', 'Standard']) });
    nps.push(ltr); cs.push(osat); kl.push(keys(slug, { ids: [custId], emails: [email] }));
  });
  return {
    slug, tool: 'Medallia Experience Cloud', exportName: 'Response report > Export > CSV (Experience Cloud, not Agent Connect)',
    docs: ['https://docs.medallia.com/en/medallia-experience-cloud/overview/journey-of-a-record', 'https://docs.medallia.com/en/medallia-experience-cloud/overview/medallia-experience-cloud', 'https://docs.medallia.com/en/medallia-digital/medallia-digital-web/administration-guide/creating-surveys/survey-design-best-practices/survey-scale'],
    files: [{ name: 'Responses_Export.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8-bom'), exp: {
      format: 'csv', encoding: 'utf-8-bom', kind: 'survey_responses', records: rows.length, columns: csvColumns(cols), nps: npsCount(nps), csat: csatCount(cs), customers: countCustomers(kl),
      notes: 'Likelihood to Recommend is 0-10 with labelled extremes ("10 - Extremely likely", "0 - Not at all likely"); "N/A" is invalid and blank is not answered. NPS Category is the derived group (other). Overall Satisfaction 1-5. Ease of Resolving Issue is a 1-7 effort item (score_ces). Alert Owner is the staff member owning the close-the-loop alert (agent). Invitation Date is secondary (other).',
    } }],
    readme: `Medallia Experience Cloud response report exported to CSV (Experience Cloud reporting, not the Agent Connect export). One row per completed survey; columns are the report's field labels: Survey ID, Response Date, Invitation Date, Survey Status, Unit, Region, Customer ID, Email, First/Last Name, Likelihood to Recommend, NPS Category, Overall Satisfaction, Ease of Resolving Issue, Reason for Score, Alert Status, Alert Owner, Customer Tier.

Quirks: UTF-8 with BOM; US date formats (\`M/D/YYYY h:mm AM\`); labelled LTR extremes; "N/A" answers; open comments with commas, quotes and embedded newlines; close-the-loop alert columns filled only for detractors; repeat customers (same Customer ID) with e-mail case variants.

Chosen where docs were silent: the Medallia docs found describe the record journey (invitation import, e_status, survey engine), units/organization hierarchy and the 0-10 vs 1-5 scale choice; they do not list export column names, so the labels above are my choice of a typical program configuration.`,
  };
});

// 7. Qualtrics (Japanese, choice text, 3 header rows) --------------------
tool(() => {
  const slug = 'qualtrics-ja', rng = makeRng(slug);
  const people = makePeople(rng, 30, { jp: true });
  const meta = [
    ['StartDate', '開始日', '{"ImportId":"startDate","timeZone":"Asia/Tokyo"}', null], ['EndDate', '終了日', '{"ImportId":"endDate","timeZone":"Asia/Tokyo"}', null],
    ['Status', '回答タイプ', '{"ImportId":"status"}', 'other'], ['IPAddress', 'IP アドレス', '{"ImportId":"ipAddress"}', null], ['Progress', '進捗', '{"ImportId":"progress"}', null],
    ['Duration (in seconds)', '所要時間 (秒)', '{"ImportId":"duration"}', null], ['Finished', '終了済み', '{"ImportId":"finished"}', null],
    ['RecordedDate', '記録日', '{"ImportId":"recordedDate","timeZone":"Asia/Tokyo"}', 'submitted_at'], ['ResponseId', '回答 ID', '{"ImportId":"_recordId"}', 'record_id'],
    ['RecipientLastName', '受信者の姓', '{"ImportId":"recipientLastName"}', null], ['RecipientFirstName', '受信者の名', '{"ImportId":"recipientFirstName"}', null],
    ['RecipientEmail', '受信者のメール', '{"ImportId":"recipientEmail"}', 'customer_email'], ['ExternalReference', '外部データ参照', '{"ImportId":"externalDataReference"}', 'customer_id'],
    ['LocationLatitude', '位置の緯度', '{"ImportId":"locationLatitude"}', null], ['LocationLongitude', '位置の経度', '{"ImportId":"locationLongitude"}', null],
    ['DistributionChannel', '配信チャネル', '{"ImportId":"distributionChannel"}', null], ['UserLanguage', 'ユーザー言語', '{"ImportId":"userLanguage"}', null],
    ['Q1', 'Hoshi Labs を友人や同僚に薦める可能性はどのくらいありますか？', '{"ImportId":"QID1"}', 'score_nps'], ['Q1_NPS_GROUP', 'Hoshi Labs を友人や同僚に薦める可能性はどのくらいありますか？ - Group', '{"ImportId":"QID1_NPS_GROUP"}', 'other'],
    ['Q2', '今回のサポートの対応にどの程度満足しましたか？', '{"ImportId":"QID2"}', 'score_csat'], ['Q3', 'Hoshi Labs のおかげで問題を簡単に解決できた。', '{"ImportId":"QID3"}', 'score_ces'],
    ['Q4', '普段どのチャネルで当社に問い合わせますか？（複数選択可）', '{"ImportId":"QID4"}', 'other'], ['Q5', 'その理由をお聞かせください。', '{"ImportId":"QID5_TEXT"}', null],
    ['utm_source', 'utm_source', '{"ImportId":"utm_source"}', 'other'],
  ];
  const CS = ['非常に不満', '不満', 'どちらでもない', '満足', '非常に満足'];
  const CES = ['まったくそう思わない', 'そう思わない', 'あまりそう思わない', 'どちらともいえない', 'ややそう思う', 'そう思う', '非常にそう思う'];
  const rows = []; const kl = []; const nps = []; const cs = [];
  const seq = withRepeats(rng, people, 46, 0.15);
  seq.forEach((s, i) => {
    const anon = i % 6 === 5; const p = s.p;
    const start = dateAt(rng, 30); const dur = rng.int(45, 900); const end = new Date(start.getTime() + dur * 1000);
    const finished = !rng.chance(0.08);
    const q1 = finished || rng.chance(0.5) ? String(rng.int(0, 10)) : '';
    const g = npsValue(q1); const grp = g === undefined ? '' : g >= 9 ? '推奨者' : g >= 7 ? '中立者' : '批判者';
    const q2 = finished ? (rng.chance(0.1) ? '' : rng.pick(CS)) : '';
    const email = anon ? '' : (s.repeat ? varyEmail(rng, p.email) : p.email);
    const ext = anon ? '' : 'CRM-' + String(5000 + people.indexOf(p)).padStart(6, '0');
    rows.push({ StartDate: ymdhms(start, '-', 540), EndDate: ymdhms(end, '-', 540), Status: 'IP Address', IPAddress: `198.51.100.${rng.int(1, 254)}`, Progress: finished ? '100' : String(rng.int(20, 80)), 'Duration (in seconds)': String(dur), Finished: finished ? 'True' : 'False',
      RecordedDate: ymdhms(new Date(end.getTime() + (finished ? 0 : 7 * 86400000)), '-', 540), ResponseId: 'R_' + rng.alnum(15), RecipientLastName: anon ? '' : p.last, RecipientFirstName: anon ? '' : p.first, RecipientEmail: email, ExternalReference: ext,
      LocationLatitude: (35 + rng.next()).toFixed(4), LocationLongitude: (139 + rng.next()).toFixed(4), DistributionChannel: anon ? 'anonymous' : 'email', UserLanguage: 'JA',
      Q1: q1, Q1_NPS_GROUP: grp, Q2: q2, Q3: finished && rng.chance(0.85) ? rng.pick(CES) : '', Q4: rng.shuffle(['メール', '電話', 'チャット', 'LINE']).slice(0, rng.int(1, 3)).join(','), Q5: rng.pick(['', '対応が早くて助かりました。', '電話がつながりにくい。\n改善してほしいです。', '説明が丁寧、わかりやすかった', '特になし']),
      utm_source: anon ? rng.pick(['twitter', 'newsletter', '']) : '' });
    nps.push(q1); cs.push(q2); kl.push(keys(slug, { emails: [email], ids: [ext] }));
  });
  const header1 = meta.map((m) => m[0]), header2 = meta.map((m) => m[1]), header3 = meta.map((m) => m[2]);
  const body = [header1, header2, header3, ...rows.map((r) => meta.map((m) => r[m[0]]))];
  const columns = []; meta.forEach((m, i) => { if (m[3]) columns.push({ index: i, header: m[2], role: m[3] }); });
  return {
    slug, tool: 'Qualtrics', exportName: 'Data & Analysis > Export & Import > Export data > CSV, "Use choice text" (Japanese survey)',
    docs: ['https://search.r-project.org/CRAN/refmans/kutils/html/importQualtrics.html', 'https://rdrr.io/cran/projoint/man/read_Qualtrics.html', 'https://search.r-project.org/CRAN/refmans/qualtRics/html/read_survey.html'],
    files: [{ name: 'Hoshi_Labs_顧客満足度調査_2024年5月.csv', content: encode(toDelimited(body), 'utf-8-bom'), exp: {
      format: 'csv', encoding: 'utf-8-bom', kind: 'survey_responses', records: rows.length, columns, nps: npsCount(nps), csat: csatCount(cs), customers: countCustomers(kl),
      notes: 'Three header rows: export tags, Japanese question text, ImportId JSON; the header given for each column is the third (last) row. Q1 is the NPS question exported as choice text "0".."10"; Q1_NPS_GROUP (推奨者/中立者/批判者) is the derived group (other). Q2 uses the Japanese 5-point satisfaction labels. Q3 is a 7-point agreement effort item (score_ces). Q4 multi-select channel list and Status (Response Type) are decoys. Anonymous-link rows have no e-mail/ExternalReference and are not customers; ExternalReference is the CRM customer id.',
    } }],
    readme: `Qualtrics response export as CSV with "Use choice text" and the current (non-legacy) three-header layout: row 1 export tags (StartDate, EndDate, Status, ..., Q1..Q5), row 2 the question text / metadata labels in Japanese, row 3 \`{"ImportId":...}\` JSON per column. No XML involved.

Survey: Japanese customer-satisfaction survey with an NPS question (Q1 + auto-generated Q1_NPS_GROUP), a 5-point satisfaction question with Japanese labels (非常に満足…非常に不満), a 7-point agreement CES item, a multi-select channel question (comma-joined choice texts, quoted), and an open text (some with embedded newlines). Metadata: Status "IP Address" (= normal response; the label row calls it 回答タイプ), DistributionChannel email/anonymous, UserLanguage JA, timestamps in Asia/Tokyo.

Quirks: UTF-8 with BOM, CRLF; partial responses (Finished False, Progress < 100, recorded a week later); anonymous-link rows with utm_source embedded data.

Docs: the R importers found (kutils::importQualtrics, projoint::read_Qualtrics, qualtRics::read_survey) document the three metadata rows (name / question text / ImportId) and the choice-text variant. The Japanese wording of the metadata labels in row 2 is my choice.`,
  };
});

// 8. Dynamics 365 Customer Voice ----------------------------------------
tool(() => {
  const slug = 'customer-voice', rng = makeRng(slug);
  const people = makePeople(rng, 26, { countryCode: '+49' });
  const Q_NPS = 'How likely are you to recommend Hoshi Labs to a friend or colleague?';
  const Q_SAT = 'Overall, how satisfied are you with your recent support experience?';
  const Q_CES = 'Hoshi Labs made it easy for me to handle my issue.';
  const cols = [['Response ID', 'record_id'], ['Survey name', null], ['Respondent', 'customer_name'], ['Email', 'customer_email'], ['Contact', 'customer_id'], ['Regarding', 'other'], ['Submitted on', 'submitted_at'], ['Language', null], ['Sentiment', 'other'], ['Owner', 'agent'], [Q_NPS, 'score_nps'], [Q_SAT, 'score_csat'], [Q_CES, 'score_ces'], ['What is the main reason for your score?', null], ['Which of these products do you use? (Recommend to others)', 'other']];
  const SAT = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
  const AG = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];
  const guid = () => `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
  const contactIds = people.map(() => guid());
  const seq = withRepeats(rng, people, 38, 0.2); const rows = []; const kl = []; const nps = []; const cs = [];
  seq.forEach((s, i) => {
    const anon = i % 9 === 4; const p = s.p; const sub = dateAt(rng, 30);
    const n = rng.chance(0.07) ? '' : String(rng.int(0, 10)); const sat = rng.chance(0.1) ? '' : rng.pick(SAT);
    const email = anon ? '' : (s.repeat ? varyEmail(rng, p.email) : p.email);
    const cid = anon ? '' : contactIds[people.indexOf(p)];
    rows.push({ 'Response ID': guid(), 'Survey name': 'Support follow-up survey', 'Respondent': anon ? 'Anonymous' : p.name, 'Email': email, 'Contact': cid, 'Regarding': anon ? '' : 'CAS-' + rng.digits(5) + '-' + rng.alnum(6).toUpperCase(),
      'Submitted on': `${ymd(sub, '-', 120).split('-').reverse().join('.')} ${ymdhms(sub, '-', 120).slice(11, 16)}`, 'Language': rng.pick(['English', 'English', 'German']), 'Sentiment': rng.pick(['Positive', 'Neutral', 'Negative', '']), 'Owner': rng.pick(STAFF).name,
      [Q_NPS]: n, [Q_SAT]: sat, [Q_CES]: rng.chance(0.12) ? '' : rng.pick(AG), 'What is the main reason for your score?': rng.pick(['', 'Quick answer', 'Had to repeat myself, twice', 'Sehr freundlich']), 'Which of these products do you use? (Recommend to others)': rng.shuffle(['Hoshi Cloud', 'Hoshi Sync', 'Hoshi Mobile']).slice(0, rng.int(1, 2)).join(';') });
    nps.push(n); cs.push(sat); kl.push(keys(slug, { emails: [email], ids: [cid] }));
  });
  return {
    slug, tool: 'Microsoft Dynamics 365 Customer Voice', exportName: 'Survey > Reports/Responses > Download responses (sheet saved as CSV UTF-8)',
    docs: ['https://learn.microsoft.com/en-us/dynamics365/developer/reference/entities/msfp_questionresponse'],
    files: [{ name: 'Support follow-up survey.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8-bom'), exp: {
      format: 'csv', encoding: 'utf-8-bom', kind: 'survey_responses', records: rows.length, columns: csvColumns(cols), nps: npsCount(nps), csat: csatCount(cs), customers: countCustomers(kl),
      notes: 'Contact is the Dataverse contact GUID of the respondent (customer_id); Regarding is the related case number (other). Owner is the survey-response record owner, a staff user (agent). Sentiment is derived text analytics (other). The multi-choice product question mentions "Recommend" but is not NPS. Anonymous responses have no e-mail/contact. Submitted on is DD.MM.YYYY HH:MM (German-locale user).',
    } }],
    readme: `Dynamics 365 Customer Voice survey responses, as downloaded from the survey's responses view. Customer Voice's download is an Excel workbook; this file is its single responses sheet saved as "CSV UTF-8" (BOM, CRLF), which is how the catalogue's CSV reader receives it.

Columns: Response ID (GUID), Survey name, Respondent, Email, Contact (Dataverse contact id), Regarding (case number), Submitted on, Language, Sentiment, Owner, then one column per question titled with the full question text: NPS (0-10), satisfaction (Very dissatisfied…Very satisfied), effort agreement (Strongly disagree…Strongly agree), an open text, and a multi-choice product question whose answers are joined with ';'.

Quirks: anonymous responses ("Anonymous", no e-mail/contact); repeat respondents with e-mail case/space variants; German-locale date format DD.MM.YYYY; a decoy question title containing "Recommend".

Chosen where docs were silent: the Microsoft Learn reference found only documents the Dataverse tables behind Customer Voice (msfp_questionresponse: one row per question answer). The wide responses-sheet column names above are my reconstruction; the Excel-to-CSV step is an explicit assumption because the catalogue schema has no xlsx format.`,
  };
});

// 9. Formstack ----------------------------------------------------------
tool(() => {
  const slug = 'formstack', rng = makeRng(slug);
  const people = makePeople(rng, 30);
  const QN = 'How likely are you to recommend Hoshi Labs to a friend or colleague?';
  const QS = 'How satisfied were you with your order?';
  const cols = [['Time', 'submitted_at'], ['Name', 'customer_name'], ['Email', 'customer_email'], ['Phone', 'customer_phone'], ['Address', null], [QN, 'score_nps'], [QS, 'score_csat'], ['Where did you hear about us? (Email, Twitter, Friend...)', 'other'], ['Comments', null], ['utm_campaign', 'other'], ['utm_medium', 'other'], ['Order number', 'other'], ['Unique ID', 'record_id'], ['Read', null], ['IP Address', null], ['Browser', null], ['OS', null], ['Location', null]];
  const SAT = ['Very Dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very Satisfied'];
  const seq = withRepeats(rng, people, 42, 0.2); const rows = []; const kl = []; const nps = []; const cs = [];
  seq.forEach((s, i) => {
    const p = s.p; const t = dateAt(rng, 35);
    const staff = i === 11; const email = staff ? STAFF[1].email : (s.repeat ? varyEmail(rng, p.email) : p.email);
    const n = rng.chance(0.08) ? '' : String(rng.int(0, 10)); const sat = rng.chance(0.1) ? '' : rng.pick(SAT);
    const phone = rng.chance(0.6) ? (rng.chance(0.7) ? p.phone : p.phone.replace(/^\+1 /, '')) : '';
    rows.push({ 'Time': ymdhms(t, '-', -240), 'Name': `first = ${staff ? 'Ben' : p.first}\nlast = ${staff ? 'Hartley (test)' : p.last}`, 'Email': email, 'Phone': phone,
      'Address': rng.chance(0.5) ? `address = ${rng.int(10, 9999)} ${rng.pick(['Oak St', 'Main St', 'Pine Ave'])}\ncity = ${rng.pick(['Austin', 'Denver', 'Portland'])}\nstate = ${rng.pick(['TX', 'CO', 'OR'])}\nzip = ${rng.digits(5)}` : '',
      [QN]: n, [QS]: sat, 'Where did you hear about us? (Email, Twitter, Friend...)': rng.pick(['Email', 'Twitter', 'Friend', 'Search engine', 'Other: podcast']), 'Comments': rng.pick(['', 'Arrived early, thanks!', 'Box was damaged, "fragile" sticker ignored', 'n/a']),
      'utm_campaign': rng.pick(['', 'spring_sale_2024', 'nps_followup']), 'utm_medium': rng.pick(['', 'email', 'social']), 'Order number': 'HL-' + rng.digits(6), 'Unique ID': String(1100000000 + i * 977), 'Read': rng.pick(['1', '0']),
      'IP Address': `192.0.2.${rng.int(1, 254)}`, 'Browser': rng.pick(['Chrome 124.0', 'Safari 17.4', 'Firefox 125.0']), 'OS': rng.pick(['Windows', 'Mac', 'iOS', 'Android']), 'Location': `${(30 + rng.next() * 15).toFixed(6)}, ${(-120 + rng.next() * 40).toFixed(6)}` });
    nps.push(n); cs.push(sat); kl.push(keys(slug, { emails: [email], phones: [phone] }));
  });
  return {
    slug, tool: 'Formstack Forms', exportName: 'Form > Submissions > Export > CSV',
    docs: ['https://helpcms.sitekit.net/documentation/KB/Enquiry-Forms/kb2-form-submission-export-formats-csv--xml.htm'],
    files: [{ name: 'Hoshi_Labs_Order_Feedback-submissions.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'survey_responses', records: rows.length, columns: csvColumns(cols), nps: npsCount(nps), csat: csatCount(cs), customers: countCustomers(kl),
      notes: 'Formstack writes compound fields as one cell with "first = X\\nlast = Y" (Name) and "address = ...\\ncity = ..." (Address). Phone sometimes lacks the +1 country code (then it is not a key, but the row still has an e-mail). One test submission from a hoshi.example address is not a customer. The "Where did you hear about us" single choice mentions channels (other). Unique ID is the submission id; Location is lat/long.',
    } }],
    readme: `Formstack Forms submissions export (Submissions > Export > CSV), one row per submission. First column is the submission Time, then one column per form field in form order, then the submission metadata Formstack appends (Unique ID, Read, IP Address, Browser, OS, Location).

Quirks: compound Name and Address fields exported as a single multi-line cell (\`first = …\\nlast = …\`, \`address = …\\ncity = …\`), quoted; hidden UTM fields (utm_campaign, utm_medium); phones with and without country code; comments with quotes; a staff test submission; repeat submitters with e-mail case variants.

Chosen where docs were silent: the public page found is a generic form-builder export description (timestamp/ID first, browser/IP metadata last), not Formstack's own; the column order and the compound-field cell format come from my knowledge of Formstack exports and are not confirmed by a document in the search corpora.`,
  };
});

// 10. SurveySparrow NPS (Japanese) --------------------------------------
tool(() => {
  const slug = 'surveysparrow-ja', rng = makeRng(slug);
  const people = makePeople(rng, 28, { jp: true });
  const QN = 'Hoshi Labsを友人や同僚に薦める可能性はどのくらいありますか？';
  const QF = 'そのスコアを付けた理由を教えてください。';
  const cols = [['Submission ID', 'record_id'], ['Contact Name', 'customer_name'], ['Contact Email', 'customer_email'], ['Contact Phone', 'customer_phone'], [QN, 'score_nps'], [QF, null], ['NPS Category', 'other'], ['Sentiment', 'other'], ['Sentiment Score', 'other'], ['Submitted Time', 'submitted_at'], ['Channel', 'other'], ['Tags', 'other'], ['Device', null], ['Browser', null], ['Customer Type', 'other']];
  const seq = withRepeats(rng, people, 40, 0.2); const rows = []; const kl = []; const nps = [];
  seq.forEach((s, i) => {
    const p = s.p; const anon = i % 8 === 6; const t = dateAt(rng, 30);
    const sc = rng.chance(0.06) ? '' : String(rng.int(0, 10)); const v = npsValue(sc);
    const email = anon ? '' : (s.repeat ? varyEmail(rng, p.email) : p.email);
    const phone = anon || !rng.chance(0.4) ? '' : p.phone;
    rows.push({ 'Submission ID': String(70450000 + i * 31), 'Contact Name': anon ? '' : p.name, 'Contact Email': email, 'Contact Phone': phone, [QN]: sc, [QF]: rng.pick(['', 'サポートの対応が丁寧でした。', '価格が高い', 'アプリが使いやすい、また使います', '配送が遅れた。\n連絡もなかった。']),
      'NPS Category': v === undefined ? '' : v >= 9 ? 'Promoter' : v >= 7 ? 'Passive' : 'Detractor', 'Sentiment': rng.pick(['Positive', 'Neutral', 'Negative']), 'Sentiment Score': (rng.next() * 2 - 1).toFixed(2),
      'Submitted Time': ymdhms(t, '/', 540), 'Channel': anon ? 'Web Link' : rng.pick(['Email', 'SMS']), 'Tags': rng.pick(['', 'VIP', '新規顧客', 'VIP,リピーター']), 'Device': rng.pick(['Desktop', 'Mobile']), 'Browser': rng.pick(['Chrome', 'Safari', 'Edge']), 'Customer Type': rng.pick(['個人', '法人']) });
    nps.push(sc); kl.push(keys(slug, { emails: [email], phones: [phone] }));
  });
  return {
    slug, tool: 'SurveySparrow', exportName: 'NPS survey > Responses > Export (CSV), Japanese survey',
    docs: [],
    files: [{ name: 'NPS_Responses_顧客ロイヤルティ調査.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8-bom'), exp: {
      format: 'csv', encoding: 'utf-8-bom', kind: 'survey_responses', records: rows.length, columns: csvColumns(cols), nps: npsCount(nps), csat: null, customers: countCustomers(kl),
      notes: 'The NPS question column is titled with the Japanese question text; NPS Category is derived (other); Sentiment / Sentiment Score are text-analytics outputs (other; the score is -1..1, not a rating). Web Link (anonymous) rows carry no contact and are not customers. Contact Phone is +81 international form.',
    } }],
    readme: `SurveySparrow NPS survey response export (CSV) for a survey written in Japanese. System columns keep SurveySparrow's English names (Submission ID, Contact Name/Email/Phone, NPS Category, Sentiment, Sentiment Score, Submitted Time, Channel, Tags, Device, Browser) while question columns carry the Japanese question text. A contact property "Customer Type" (個人/法人) is appended.

Quirks: UTF-8 with BOM (for Excel in Japan); timestamps \`YYYY/MM/DD HH:MM:SS\` JST; anonymous web-link responses; repeat contacts with e-mail case/space variants; Japanese free text with embedded newline; comma-joined tags.

Documentation: no SurveySparrow page describing the export layout was found in the search corpora (queries for SurveySparrow export/NPS columns returned unrelated vendors). Everything here is my best reconstruction and is flagged as such.`,
  };
});

// 11. Zonka Feedback ----------------------------------------------------
tool(() => {
  const slug = 'zonka', rng = makeRng(slug);
  const people = makePeople(rng, 28, { countryCode: '+61' });
  const QN = 'How likely are you to recommend Hoshi Labs to your friends and family?';
  const QS = 'How satisfied are you with your visit today?';
  const QE = 'How easy was it to find what you were looking for?';
  const cols = [['Response ID', 'record_id'], ['Survey Name', null], ['Location', 'other'], ['Device Name', null], ['Response Date', 'submitted_at'], ['Contact Name', 'customer_name'], ['Contact Email', 'customer_email'], ['Contact Mobile', 'customer_phone'], [QN, 'score_nps'], [QS, 'score_csat'], [QE, 'score_ces'], ['Any other comments?', null], ['Tags', 'other'], ['Response Status', 'other'], ['Assigned To', 'agent'], ['Sentiment', 'other'], ['Channel', 'other']];
  const SAT = ['Very Dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very Satisfied'];
  const EASE = ['Very Difficult', 'Difficult', 'Neutral', 'Easy', 'Very Easy'];
  const seq = withRepeats(rng, people, 45, 0.2); const rows = []; const kl = []; const nps = []; const cs = [];
  seq.forEach((s, i) => {
    const p = s.p; const kiosk = i % 5 === 2; const t = dateAt(rng, 30);
    const n = rng.chance(0.05) ? '' : String(rng.int(0, 10)); const sat = rng.chance(0.1) ? '' : rng.pick(SAT);
    const email = kiosk ? '' : (s.repeat ? varyEmail(rng, p.email) : p.email); const mobile = kiosk ? '' : (rng.chance(0.5) ? p.phone : '');
    const low = npsValue(n) !== undefined && npsValue(n) <= 6;
    rows.push({ 'Response ID': 'ZF' + String(400100 + i * 3), 'Survey Name': 'Store Experience Survey', 'Location': rng.pick(['Sydney CBD', 'Melbourne Central', 'Online']), 'Device Name': kiosk ? 'iPad Kiosk 2' : 'Email Survey', 'Response Date': `${ymd(t, '-', 600).split('-').reverse().join('/')} ${ymdhms(t, '-', 600).slice(11, 16)}`,
      'Contact Name': kiosk ? '' : p.name, 'Contact Email': email, 'Contact Mobile': mobile, [QN]: n, [QS]: sat, [QE]: rng.chance(0.1) ? '' : rng.pick(EASE), 'Any other comments?': rng.pick(['', 'Staff were lovely', 'Queue was long, 15 mins', 'No parking nearby']),
      'Tags': rng.pick(['', 'Follow up', 'Store Ops']), 'Response Status': low ? rng.pick(['Open', 'In Progress', 'Resolved']) : 'Closed', 'Assigned To': low ? rng.pick(STAFF).email : '', 'Sentiment': rng.pick(['Positive', 'Neutral', 'Negative']), 'Channel': kiosk ? 'Kiosk' : 'Email' });
    nps.push(n); cs.push(sat); kl.push(keys(slug, { emails: [email], phones: [mobile] }));
  });
  return {
    slug, tool: 'Zonka Feedback', exportName: 'Responses > Export > CSV',
    docs: ['https://help.zonkafeedback.com/en/articles/3943409-measuring-customer-feedback-metrics-with-zonka-feedback'],
    files: [{ name: 'Store_Experience_Survey_Responses.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'survey_responses', records: rows.length, columns: csvColumns(cols), nps: npsCount(nps), csat: csatCount(cs), customers: countCustomers(kl),
      notes: 'Kiosk (iPad) responses are anonymous and not customers. Assigned To is the staff member owning the follow-up workflow (agent, hoshi.example). CSAT uses the 5-point Very Dissatisfied..Very Satisfied labels; the effort item uses Very Difficult..Very Easy (score_ces). Response Status, Sentiment, Location, Tags, Channel are decoys. Dates are DD/MM/YYYY HH:MM (Australia).',
    } }],
    readme: `Zonka Feedback response export (CSV) of a store-experience survey collected on iPad kiosks and by e-mail. Columns: Response ID, Survey Name, Location, Device Name, Response Date, Contact Name/Email/Mobile, one column per question (NPS 0-10, CSAT label scale, CES label scale, comments), then Tags, Response Status, Assigned To, Sentiment, Channel.

Quirks: anonymous kiosk responses; Australian date format; +61 mobiles; close-the-loop assignment only on detractors; repeat contacts with e-mail variants.

Docs: Zonka's help article found describes its CSAT (5/10/100 scale, positive/neutral/negative bands), NPS and CES metrics. The export column names are my reconstruction; the docs do not list them.`,
  };
});

// 12. Trustpilot product reviews API ------------------------------------
tool(() => {
  const slug = 'trustpilot-api', rng = makeRng(slug);
  const people = makePeople(rng, 30, { countryCode: '+44' });
  const products = [{ sku: 'HL-SYNC-01', name: 'Hoshi Sync Hub', gtin: '5012345678900' }, { sku: 'HL-CAM-02', name: 'Hoshi Cam Mini', gtin: '5012345678917' }, { sku: 'HL-BAND-03', name: 'Hoshi Band', gtin: '5012345678924' }];
  const n = 34; const reviews = []; const kl = []; const stars = [];
  for (let i = 0; i < n; i++) {
    const p = people[i % people.length]; const imported = i % 8 === 5; const t = dateAt(rng, 40);
    const st = rng.pick([5, 5, 5, 4, 4, 3, 2, 1]); const pr = rng.pick(products);
    const email = imported ? null : (i >= 30 ? varyEmail(rng, people[i - 30].email) : p.email);
    reviews.push({ id: rng.hex(24), createdAt: t.toISOString(), stars: st, content: rng.pick(['Works great with my setup.', 'Stopped syncing after a week, support replaced it.', 'Good value, "just works".', 'Battery life is poor', 'Excellent build quality!']),
      product: { productUrl: `https://shop.hoshi.example/p/${pr.sku.toLowerCase()}`, productImages: [`https://cdn.hoshi.example/img/${pr.sku}.jpg`], name: pr.name, sku: pr.sku, gtin: pr.gtin, mpn: pr.sku, brand: 'Hoshi Labs' },
      consumer: { name: rng.chance(0.3) ? p.first : p.name, email }, referenceId: imported ? null : 'HL-' + rng.digits(6), locale: rng.pick(['en-GB', 'en-US']), language: 'en',
      redirectUri: null, state: rng.chance(0.9) ? 'Published' : 'Reported', hasModerationHistory: false, conversationId: rng.chance(0.3) ? rng.hex(24) : null,
      attributeRatings: [{ attributeId: 'quality', attributeName: 'Quality', rating: rng.int(1, 5) }], attachments: [], firstCompanyComment: st <= 2 ? { comment: 'Sorry to hear this, please contact support@hoshi.example', createdAt: new Date(t.getTime() + 86400000).toISOString() } : null });
    stars.push(st); kl.push(keys(slug, { emails: [email] }));
  }
  const body = { productReviews: reviews, links: [{ href: 'https://api.trustpilot.com/v1/private/product-reviews/business-units/5f1a2b3c4d5e6f7a8b9c0d1e/reviews?page=2&perPage=100', method: 'GET', rel: 'next-page' }] };
  return {
    slug, tool: 'Trustpilot', exportName: 'Trustpilot Product Reviews API (private): GET /v1/private/product-reviews/business-units/{businessUnitId}/reviews',
    docs: [],
    files: [{ name: 'product-reviews.json', content: encode(json(body), 'utf-8'), exp: {
      format: 'json', encoding: 'utf-8', kind: 'mentions', records: n,
      columns: [{ key: 'id', role: 'record_id' }, { key: 'createdAt', role: 'submitted_at' }, { key: 'stars', role: 'score_csat' }, { key: 'consumer.email', role: 'customer_email' }, { key: 'consumer.name', role: 'customer_name' }, { key: 'referenceId', role: 'other' }, { key: 'attributeRatings[].rating', role: 'other' }, { key: 'product.sku', role: 'other' }, { key: 'firstCompanyComment.createdAt', role: 'other' }],
      nps: null, csat: csatCount(stars), customers: countCustomers(kl),
      notes: 'Reviews (kind mentions) but the private endpoint carries consumer.email, so reviewers with an e-mail are customers; imported reviews have email null and referenceId null and are not counted. stars 1-5 is the CSAT star rating; attributeRatings[].rating is a per-attribute sub-rating (other). referenceId is the order reference, not a customer id. Four reviewers appear twice with case/space variants of their e-mail.',
    } }],
    readme: `Trustpilot product reviews from the private Product Reviews API (business-unit scoped, authenticated), saved as returned: \`{"productReviews":[...], "links":[...]}\`.

Each review: id, createdAt (ISO, ms), stars (1-5), content, product {productUrl, productImages, name, sku, gtin, mpn, brand}, consumer {name, email}, referenceId (the order reference sent with the invitation), locale, language, state, conversationId, attributeRatings[], attachments[], firstCompanyComment.

Quirks: imported reviews without consumer e-mail/referenceId; repeat reviewers with e-mail variants; company replies containing the company's support address (not a customer); attribute sub-ratings that look like stars.

Documentation: the search corpora returned only third-party scrapers for Trustpilot, no Trustpilot developer page; the field names are from my knowledge of the Trustpilot Product Reviews API and are not confirmed by a cited document.`,
  };
});

// 13. Google Play ratings (aggregated) -----------------------------------
tool(() => {
  const slug = 'google-play-ratings', rng = makeRng(slug);
  const cols = [['Date', 'submitted_at'], ['Package Name', 'other'], ['Daily Average Rating', 'other'], ['Total Average Rating', 'other']];
  const rows = []; let total = 4.31;
  for (let d = 1; d <= 31; d++) {
    const none = rng.chance(0.12);
    const daily = none ? 'NA' : (rng.next() * 2.2 + 2.8).toFixed(2);
    if (!none) total = Math.round((total * 0.97 + Number(daily) * 0.03) * 100) / 100;
    rows.push({ 'Date': `2024-05-${p2(d)}`, 'Package Name': 'com.hoshilabs.sync', 'Daily Average Rating': daily, 'Total Average Rating': total.toFixed(2) });
  }
  return {
    slug, tool: 'Google Play Console', exportName: 'Download reports > Statistics > Ratings (Cloud Storage stats/ratings/ratings_<package>_<YYYYMM>_overview.csv)',
    docs: ['https://support.Google.com/googleplay/android-developer/answer/6135870', 'https://raw.githubusercontent.com/trocco-io/trocco-docs-md/refs/heads/main/trocco/data-source-google-play.md'],
    files: [{ name: 'ratings_com.hoshilabs.sync_202405_overview.csv', content: encode(toDelimited(table(cols, rows), { eol: '\n' }), 'utf-16le-bom'), exp: {
      format: 'csv', encoding: 'utf-16le-bom', kind: 'mentions', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: 0,
      notes: 'Aggregated statistics, one row per day: no individual ratings and no reviewer identity, so csat is null and customers 0. Daily/Total Average Rating are averages of 1-5 stars (decimals), look-alikes that must not be read as individual CSAT scores. "NA" on days without new ratings.',
    } }],
    readme: `Google Play Console monthly statistics report for ratings (overview dimension), as stored in the developer's Cloud Storage bucket under \`stats/ratings/\` and offered in Download reports > Statistics. One row per day: Date, Package Name, Daily Average Rating, Total Average Rating.

Quirks: UTF-16LE with BOM (Play's Cloud Storage reports are UTF-16 — Google's help page tells BigQuery users to convert them from UTF-16 to UTF-8), LF line ends, "NA" on days without ratings, two-decimal averages.

Docs: Google's "Types of reports" help (detailed vs aggregated reports, statistics include ratings, monthly CSV files in Cloud Storage, UTF-16 note) and TROCCO's Google Play source doc (file naming \`..._yyyyMM_[dimension].csv\`, Date/Package columns). Exact rating column names and "NA" are from my knowledge of the report.`,
  };
});

// 14. Bazaarvoice --------------------------------------------------------
tool(() => {
  const slug = 'bazaarvoice', rng = makeRng(slug);
  const people = makePeople(rng, 34);
  const cols = [['Review ID', 'record_id'], ['Product ID', 'other'], ['Product Name', null], ['Brand', null], ['Submission Date', 'submitted_at'], ['Last Moderated Date', 'other'], ['Moderation Status', null], ['Overall Rating', 'score_csat'], ['Review Title', null], ['Review Text', null], ['Would Recommend', 'other'], ['Quality Rating', 'other'], ['User Nickname', 'other'], ['User Email Address', 'customer_email'], ['User Location', null], ['Author ID', 'customer_id'], ['Incentivized Review', null], ['Syndicated', null], ['Syndication Source', null], ['Helpful Votes', null], ['Client Response', null], ['Campaign ID', 'other']];
  const rows = []; const kl = []; const rat = []; const n = 48;
  for (let i = 0; i < n; i++) {
    const p = people[i % people.length]; const t = dateAt(rng, 45);
    const synd = i % 7 === 3; const anonAuthor = synd || i % 11 === 6;
    const r = String(rng.pick([5, 5, 4, 4, 4, 3, 2, 1]));
    const email = anonAuthor ? '' : (i >= people.length ? varyEmail(rng, p.email) : p.email);
    const author = anonAuthor ? '' : 'hl_' + (90000 + people.indexOf(p) * 7);
    rows.push({ 'Review ID': String(310000000 + i * 101), 'Product ID': rng.pick(['HL-SYNC-01', 'HL-CAM-02', 'HL-BAND-03']), 'Product Name': rng.pick(['Hoshi Sync Hub', 'Hoshi Cam Mini', 'Hoshi Band']), 'Brand': 'Hoshi Labs',
      'Submission Date': isoZ(t).replace('T', ' ').replace('Z', ''), 'Last Moderated Date': isoZ(new Date(t.getTime() + 86400000)).replace('T', ' ').replace('Z', ''), 'Moderation Status': rng.pick(['APPROVED', 'APPROVED', 'APPROVED', 'REJECTED', 'PENDING']),
      'Overall Rating': r, 'Review Title': rng.pick(['Love it', 'Not worth the money', 'Solid, but app is buggy', 'Great gift']), 'Review Text': rng.pick(['Setup took 5 minutes, works flawlessly.', 'It disconnected daily, returned it.', 'Good hardware; the app, however, needs work.', 'My daughter loves it!\nWould buy again.']),
      'Would Recommend': rng.pick(['Yes', 'Yes', 'No', '']), 'Quality Rating': rng.chance(0.6) ? String(rng.int(1, 5)) : '', 'User Nickname': anonAuthor ? rng.pick(['TechMom', 'gadgetguy77', 'Anonymous']) : p.first.toLowerCase() + rng.int(1, 99), 'User Email Address': email,
      'User Location': rng.pick(['Seattle, WA', 'Leeds, UK', '', 'Toronto']), 'Author ID': author, 'Incentivized Review': rng.chance(0.15) ? 'true' : 'false', 'Syndicated': synd ? 'true' : 'false', 'Syndication Source': synd ? rng.pick(['Best Buy', 'Target']) : '',
      'Helpful Votes': String(rng.int(0, 25)), 'Client Response': Number(r) <= 2 && rng.chance(0.6) ? 'Hi, please reach out to care@hoshi.example so we can help.' : '', 'Campaign ID': rng.pick(['', 'PIE_2024Q2', 'SAMPLING_BAND']) });
    rat.push(r); kl.push(keys(slug, { emails: [email], ids: [author] }));
  }
  return {
    slug, tool: 'Bazaarvoice', exportName: 'Bazaarvoice Workbench > Reviews > Export (CSV)',
    docs: ['https://fivetran.com/docs/connectors/applications/bazaarvoice/connector-schema', 'https://raw.githubusercontent.com/api-evangelist/bazaarvoice/refs/heads/main/llms/bazaarvoice-llms.txt'],
    files: [{ name: 'review_export_hoshilabs_20240516.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'mentions', records: rows.length, columns: csvColumns(cols), nps: null, csat: csatCount(rat), customers: countCustomers(kl),
      notes: 'Public product reviews, but the Workbench export carries the author e-mail and the client-side Author ID, so those reviewers are customers; syndicated reviews (from retailers) and anonymous ones have neither and are not counted. Overall Rating 1-5 stars is CSAT. Would Recommend (Yes/No) mentions recommending but is not NPS; Quality Rating is a secondary rating (other). Rejected/pending reviews are still records. User Nickname is not an X handle.',
    } }],
    readme: `Bazaarvoice Workbench review export (CSV), one row per review submitted for Hoshi Labs products: IDs, product, dates, moderation status, Overall Rating (1-5), title/text, Would Recommend, a secondary Quality rating, user nickname, e-mail, location, Author ID (the client's user id passed at submission), incentivized/syndication flags, helpfulness, client response, campaign id.

Quirks: syndicated retailer reviews without e-mail/author; multi-line review text; company responses containing a hoshi.example address; a Would Recommend column that is not NPS; repeat authors with e-mail variants.

Docs: the Fivetran Bazaarvoice schema found lists the review fields (rating, review_text, title, user_nickname, submission_time, last_moderated_time, moderation_status, is_recommended, is_syndicated, secondary_ratings, campaign_id, author_id, total_positive_feedback_count...). The Workbench CSV header wording is my reconstruction from those fields.`,
  };
});

// 15. Etsy ---------------------------------------------------------------
tool(() => {
  const slug = 'etsy', rng = makeRng(slug);
  const people = makePeople(rng, 30);
  const cols = [['Sale Date', 'created_at'], ['Order ID', 'record_id'], ['Buyer User ID', 'customer_id'], ['Full Name', 'customer_name'], ['First Name', null], ['Last Name', null], ['Number of Items', null], ['Payment Method', null], ['Date Shipped', 'other'], ['Street 1', null], ['Street 2', null], ['Ship City', null], ['Ship State', null], ['Ship Zipcode', null], ['Ship Country', null], ['Currency', null], ['Order Value', null], ['Coupon Code', 'other'], ['Coupon Details', null], ['Discount Amount', null], ['Shipping Discount', null], ['Shipping', null], ['Sales Tax', null], ['Order Total', 'amount'], ['Status', null], ['Card Processing Fees', null], ['Order Net', null], ['Adjusted Order Total', null], ['Adjusted Card Processing Fees', null], ['Adjusted Net Order Amount', null], ['Buyer', 'other'], ['Order Type', null], ['Payment Type', null], ['InPerson Discount', null], ['InPerson Location', null], ['SKU', 'other']];
  const uids = people.map(() => String(rng.int(100000000, 999999999)));
  const seq = withRepeats(rng, people, 40, 0.25); const rows = []; const kl = [];
  seq.forEach((s, i) => {
    const guest = i % 13 === 6; const p = s.p; const d = dateAt(rng, 30);
    const val = rng.int(12, 180) + rng.pick([0, 0.5, 0.99]); const ship = rng.pick([0, 4.5, 6.95]); const disc = rng.chance(0.2) ? Math.round(val * 0.1 * 100) / 100 : 0; const tax = Math.round((val - disc) * 0.0825 * 100) / 100;
    const total = Math.round((val - disc + ship + tax) * 100) / 100; const fee = Math.round((total * 0.03 + 0.25) * 100) / 100;
    const uid = guest ? '' : uids[people.indexOf(p)];
    rows.push({ 'Sale Date': `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${String(d.getUTCFullYear()).slice(2)}`, 'Order ID': String(3100000000 + i * 1733), 'Buyer User ID': uid, 'Full Name': p.name, 'First Name': p.first, 'Last Name': p.last, 'Number of Items': String(rng.int(1, 3)),
      'Payment Method': rng.pick(['Credit Card', 'PayPal', 'Apple Pay']), 'Date Shipped': rng.chance(0.8) ? `${p2(d.getUTCMonth() + 1)}/${p2(Math.min(28, d.getUTCDate() + 2))}/${String(d.getUTCFullYear()).slice(2)}` : '', 'Street 1': `${rng.int(1, 999)} ${rng.pick(['Maple Ave', 'Elm St', 'Harbor Rd'])}`, 'Street 2': rng.chance(0.3) ? 'Apt ' + rng.int(1, 40) : '',
      'Ship City': rng.pick(['Boise', 'Tulsa', 'Burlington', 'Fresno']), 'Ship State': rng.pick(['ID', 'OK', 'VT', 'CA']), 'Ship Zipcode': rng.digits(5), 'Ship Country': 'United States', 'Currency': 'USD', 'Order Value': val.toFixed(2), 'Coupon Code': disc ? 'SPRING10' : '', 'Coupon Details': disc ? '10% off' : '',
      'Discount Amount': disc.toFixed(2), 'Shipping Discount': '0.00', 'Shipping': ship.toFixed(2), 'Sales Tax': tax.toFixed(2), 'Order Total': total.toFixed(2), 'Status': rng.pick(['Completed', 'Completed', 'Processing']), 'Card Processing Fees': fee.toFixed(2), 'Order Net': (total - fee).toFixed(2),
      'Adjusted Order Total': '--', 'Adjusted Card Processing Fees': '--', 'Adjusted Net Order Amount': '--', 'Buyer': guest ? '' : p.first.toLowerCase() + p.last.toLowerCase().slice(0, 3) + rng.int(1, 99), 'Order Type': 'online', 'Payment Type': 'online_cc', 'InPerson Discount': '', 'InPerson Location': '', 'SKU': rng.pick(['HL-STK-01', 'HL-PRT-A3', 'HL-MUG-02']) });
    kl.push(keys(slug, { ids: [uid] }));
  });
  // Buyer usernames must be stable per buyer: fix after generation
  const uname = new Map(); rows.forEach((r) => { if (r['Buyer User ID']) { if (!uname.has(r['Buyer User ID'])) uname.set(r['Buyer User ID'], r['Buyer']); r['Buyer'] = uname.get(r['Buyer User ID']); } });
  return {
    slug, tool: 'Etsy', exportName: 'Shop Manager > Settings > Options > Download Data > Orders (CSV)',
    docs: ['https://gaelle-candel.neocities.org/ai-books/etsy-digital-products-api/06-orders-fulfillment.html'],
    files: [{ name: 'EtsySoldOrders2024-4.csv', content: encode(toDelimited(table(cols, rows), { eol: '\n' }), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'orders', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Etsy order CSVs carry no buyer e-mail; the key is Buyer User ID (Etsy user id). Guest-checkout orders have blank Buyer User ID/Buyer and are anonymous (names never link). Buyer is the Etsy username, one-to-one with Buyer User ID (other). Order Total is the amount; Order Value, Order Net and the other money columns are left unlabelled; "--" in the Adjusted columns means no adjustment. Sale Date is MM/DD/YY.',
    } }],
    readme: `Etsy "Orders" CSV from Shop Manager > Settings > Options > Download Data (file name EtsySoldOrders<year>-<month>.csv), one row per order (receipt). Columns in Etsy's order: Sale Date, Order ID, Buyer User ID, Full/First/Last Name, Number of Items, Payment Method, Date Shipped, shipping address, Currency, Order Value, coupon columns, Discount Amount, Shipping Discount, Shipping, Sales Tax, Order Total, Status, Card Processing Fees, Order Net, Adjusted* columns, Buyer, Order Type, Payment Type, InPerson columns, SKU.

Quirks: no e-mail column; MM/DD/YY dates; "--" placeholders in Adjusted columns; guest checkouts without user id; repeat buyers; LF line ends.

Docs: the only source found in the corpora is a secondary guide to the Etsy Open API receipt/transaction model (receipt = order, buyer_user_id, buyer_email, totals). The CSV column list is from my knowledge of the Etsy download and is not confirmed by a cited document.`,
  };
});

// 16. Amazon All Orders report ------------------------------------------
tool(() => {
  const slug = 'amazon-orders', rng = makeRng(slug);
  const cols = [['amazon-order-id', 'record_id'], ['merchant-order-id', 'other'], ['purchase-date', 'created_at'], ['last-updated-date', 'other'], ['order-status', null], ['fulfillment-channel', null], ['sales-channel', null], ['order-channel', null], ['ship-service-level', null], ['product-name', null], ['sku', 'other'], ['asin', 'other'], ['item-status', null], ['quantity', null], ['currency', null], ['item-price', 'amount'], ['item-tax', null], ['shipping-price', null], ['shipping-tax', null], ['gift-wrap-price', null], ['gift-wrap-tax', null], ['item-promotion-discount', null], ['ship-promotion-discount', null], ['ship-city', null], ['ship-state', null], ['ship-postal-code', 'other'], ['ship-country', null], ['promotion-ids', null], ['is-business-order', null], ['purchase-order-number', 'other'], ['price-designation', null]];
  const rows = []; const n = 45;
  for (let i = 0; i < n; i++) {
    const d = dateAt(rng, 30); const st = rng.pick(['Shipped', 'Shipped', 'Shipped', 'Pending', 'Cancelled', 'Shipping']);
    const pr = rng.pick([['Hoshi Sync Hub - Smart Home Bridge, White', 'HL-SYNC-01', 'B0C1H2S3Y4', 59.99], ['Hoshi Cam Mini 2K Indoor Camera', 'HL-CAM-02', 'B0C5C6A7M8', 34.99], ['Hoshi Band Fitness Tracker, Black', 'HL-BAND-03', 'B0C9B1A2N3', 49.0]]);
    const q = rng.chance(0.85) ? 1 : 2; const biz = rng.chance(0.15);
    const priced = st !== 'Pending' && st !== 'Cancelled';
    rows.push({ 'amazon-order-id': `11${rng.int(1, 4)}-${rng.digits(7)}-${rng.digits(7)}`, 'merchant-order-id': rng.chance(0.3) ? 'HL-' + rng.digits(6) : '', 'purchase-date': isoOff(d, 0), 'last-updated-date': isoOff(new Date(d.getTime() + rng.int(1, 72) * 3600000), 0), 'order-status': st,
      'fulfillment-channel': rng.pick(['Amazon', 'Merchant']), 'sales-channel': 'Amazon.com', 'order-channel': '', 'ship-service-level': rng.pick(['Standard', 'Expedited', 'SecondDay']), 'product-name': pr[0], 'sku': pr[1], 'asin': pr[2], 'item-status': st === 'Cancelled' ? 'Cancelled' : st === 'Pending' ? 'Unshipped' : 'Shipped',
      'quantity': String(st === 'Cancelled' ? 0 : q), 'currency': priced ? 'USD' : '', 'item-price': priced ? (pr[3] * q).toFixed(2) : '', 'item-tax': priced ? (pr[3] * q * 0.07).toFixed(2) : '', 'shipping-price': priced ? (rng.chance(0.7) ? '0.0' : '5.99') : '', 'shipping-tax': priced ? '0.0' : '',
      'gift-wrap-price': '', 'gift-wrap-tax': '', 'item-promotion-discount': priced && rng.chance(0.2) ? '-5.0' : '', 'ship-promotion-discount': '', 'ship-city': rng.pick(['SEATTLE', 'Austin', 'BROOKLYN', 'Columbus']), 'ship-state': rng.pick(['WA', 'TX', 'NY', 'OH']),
      'ship-postal-code': `${rng.digits(5)}-${rng.digits(4)}`, 'ship-country': 'US', 'promotion-ids': '', 'is-business-order': biz ? 'true' : 'false', 'purchase-order-number': biz ? 'PO-' + rng.digits(5) : '', 'price-designation': biz && rng.chance(0.5) ? 'BusinessPrice' : '' });
  }
  return {
    slug, tool: 'Amazon Seller Central', exportName: 'Reports > Order Reports > All Orders (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL), tab-delimited',
    docs: ['https://developer-docs.amazon.com/sp-api/lang-es_ES/docs/order-tracking-reports-attributes', 'https://app.unpkg.com/amazon-sp-api@1.1.6/files/lib/typings/download.ts', 'https://developer-docs.amazon.com/sp-api/docs/fba-sales-reports-attributes'],
    files: [{ name: 'All_Orders_20240501-20240531.txt', content: encode(toDelimited(table(cols, rows), { delim: '\t', eol: '\n' }), 'utf-8'), exp: {
      format: 'tsv', encoding: 'utf-8', kind: 'orders', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: 0,
      notes: 'The All Orders report has no buyer identity at all (no e-mail, name or buyer id), so customers = 0. merchant-order-id and purchase-order-number are order references (other); ship-postal-code is an address fragment (other). item-price is the line amount, blank for Pending/Cancelled orders. Every order has one line here.',
    } }],
    readme: `Amazon "All Orders" flat-file report by order date (\`GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL\`), tab-delimited text with a header row of hyphenated field names exactly as in the SP-API report attribute list: amazon-order-id, merchant-order-id, purchase-date, last-updated-date, order-status, fulfillment-channel, sales-channel, order-channel, ship-service-level, product-name, sku, asin, item-status, quantity, currency, item-price, item-tax, shipping-price, shipping-tax, gift-wrap-price, gift-wrap-tax, item-promotion-discount, ship-promotion-discount, ship-city, ship-state, ship-postal-code, ship-country, promotion-ids, is-business-order, purchase-order-number, price-designation.

Quirks: ISO timestamps with +00:00; Pending orders without prices; Cancelled with quantity 0; business orders with PO numbers; mixed-case city names; ZIP+4.

Chosen where docs were silent: line endings (LF), .txt file name and UTF-8 (US marketplace) are my choice; the \`cpf\` column (Brazil only) is omitted.`,
  };
});

// 17. Stripe disputes ----------------------------------------------------
tool(() => {
  const slug = 'stripe-disputes', rng = makeRng(slug);
  const people = makePeople(rng, 24);
  const cols = [['id', 'record_id'], ['Created (UTC)', 'created_at'], ['Amount', 'amount'], ['Currency', null], ['Status', null], ['Reason', null], ['Evidence Due By (UTC)', 'other'], ['Charge ID', 'other'], ['Payment Intent ID', 'other'], ['Customer ID', 'customer_id'], ['Customer Email', 'customer_email'], ['Customer Description', null], ['Card Brand', null], ['Network Reason Code', 'other'], ['Is Charge Refundable', null], ['order_id (metadata)', 'other']];
  const cus = people.map(() => 'cus_' + rng.alnum(14));
  const rows = []; const kl = []; const n = 30;
  for (let i = 0; i < n; i++) {
    const pi = i > 4 && rng.chance(0.25) ? rng.int(0, 5) : i % people.length; const p = people[pi]; const d = dateAt(rng, 40);
    const guest = i % 10 === 7; const id = guest ? '' : cus[pi];
    const email = guest ? '' : (i >= people.length ? varyEmail(rng, p.email) : p.email);
    rows.push({ 'id': 'du_' + rng.alnum(24), 'Created (UTC)': ymdhms(d).slice(0, 16), 'Amount': (rng.int(19, 480) + 0.0).toFixed(2), 'Currency': 'usd', 'Status': rng.pick(['needs_response', 'under_review', 'won', 'lost', 'warning_needs_response', 'warning_closed']), 'Reason': rng.pick(['fraudulent', 'product_not_received', 'subscription_canceled', 'duplicate', 'general', 'credit_not_processed']),
      'Evidence Due By (UTC)': ymdhms(new Date(d.getTime() + 14 * 86400000)).slice(0, 10) + ' 23:59', 'Charge ID': 'ch_' + rng.alnum(24), 'Payment Intent ID': 'pi_' + rng.alnum(24), 'Customer ID': id, 'Customer Email': email, 'Customer Description': guest ? '' : p.name, 'Card Brand': rng.pick(['visa', 'mastercard', 'amex']),
      'Network Reason Code': rng.pick(['10.4', '13.1', '4853', '4837', '']), 'Is Charge Refundable': rng.pick(['false', 'false', 'true']), 'order_id (metadata)': 'HL-' + rng.digits(6) });
    kl.push(keys(slug, { ids: [id], emails: [email] }));
  }
  return {
    slug, tool: 'Stripe', exportName: 'Dashboard > Payments > Disputes > Export (CSV)',
    docs: ['https://docs.stripe.com/api/disputes/object?api-version=2024-06-20', 'https://rubydoc.info/gems/stripe/Stripe/Dispute'],
    files: [{ name: 'disputes.csv', content: encode(toDelimited(table(cols, rows), { eol: '\n' }), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'payments', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Each row is a dispute (du_...). Charge ID / Payment Intent ID are ids of the disputed payment, not the row id and not customer ids (other). Customer ID (cus_...) and Customer Email identify the customer; guest-checkout disputes have neither. Amount is a decimal in major units. Network Reason Code looks numeric but is a card-network code (other).',
    } }],
    readme: `Stripe Dashboard disputes export (Payments > Disputes > Export, "all columns"), one row per dispute. Columns mirror the Dispute object (id, created, amount, currency, status, reason, evidence_details.due_by, charge, payment_intent, network_reason_code, is_charge_refundable) plus the customer columns the Dashboard joins in (Customer ID, Customer Email, Customer Description, Card Brand) and a metadata column (\`order_id (metadata)\`).

Quirks: Dashboard-style headers with "(UTC)"; amounts in major units with two decimals; guest payments without customer; repeat customers (several disputes) with e-mail variants; LF line ends.

Docs: Stripe API reference for the Dispute object (fields, statuses such as warning_needs_response, reasons) and the Ruby SDK class. The Dashboard CSV header wording is my reconstruction; Stripe does not document it field-by-field.`,
  };
});

// 18. Paddle Classic -----------------------------------------------------
tool(() => {
  const slug = 'paddle-classic', rng = makeRng(slug);
  const people = makePeople(rng, 26, { countryCode: '+44' });
  const uids = people.map(() => rng.int(280000, 299999));
  const list = []; const kl = []; const n = 34;
  for (let i = 0; i < n; i++) {
    const pi = i >= 26 ? rng.int(0, 7) : i; const p = people[pi]; const staff = i === 17;
    const d = dateAt(rng, 200, -170); const state = rng.pick(['active', 'active', 'active', 'trialing', 'past_due', 'paused', 'deleted']);
    const amt = rng.pick([9, 19, 49, 190]);
    const email = staff ? STAFF[2].email : (i >= 26 ? varyEmail(rng, p.email).trim() : p.email);
    const uid = staff ? 285001 : uids[pi];
    list.push({ subscription_id: 502000 + i * 17, plan_id: rng.pick([496199, 496200, 512003]), user_id: uid, user_email: email, marketing_consent: rng.chance(0.5), update_url: `https://checkout.paddle.com/subscription/update?user=${uid}&subscription=${502000 + i * 17}&hash=${rng.alnum(40)}`, cancel_url: `https://checkout.paddle.com/subscription/cancel?user=${uid}&subscription=${502000 + i * 17}&hash=${rng.alnum(40)}`,
      state, signup_date: ymdhms(d), last_payment: { amount: amt, currency: 'USD', date: ymd(new Date(d.getTime() + 30 * 86400000)) }, next_payment: state === 'deleted' ? null : { amount: amt, currency: 'USD', date: ymd(new Date(d.getTime() + 60 * 86400000)) },
      payment_information: rng.chance(0.8) ? { payment_method: 'card', card_type: rng.pick(['visa', 'master', 'american_express']), last_four_digits: rng.digits(4), expiry_date: `${p2(rng.int(1, 12))}/${rng.int(2025, 2029)}` } : { payment_method: 'paypal' },
      paused_at: state === 'paused' ? ymdhms(new Date(d.getTime() + 40 * 86400000)) : null, paused_from: state === 'paused' ? ymdhms(new Date(d.getTime() + 45 * 86400000)) : null, paused_reason: state === 'paused' ? 'voluntary' : null });
    if (!staff) kl.push(keys(slug, { ids: [uid], emails: [email] })); else kl.push(keys(slug, { emails: [email] }));
  }
  const body = { success: true, response: list };
  return {
    slug, tool: 'Paddle Classic', exportName: 'Paddle Classic Dashboard API: POST /api/2.0/subscription/users (list subscribers)',
    docs: ['https://hexdocs.pm/paddlex/Paddle.Subscription.html', 'https://hexdocs.pm/paddlex/Paddle.Subscription-function-list.html', 'https://socket.dev/npm/package/paddle-sdk/diff/3.0.0'],
    files: [{ name: 'subscription_users.json', content: encode(json(body), 'utf-8'), exp: {
      format: 'json', encoding: 'utf-8', kind: 'subscriptions', records: n,
      columns: [{ key: 'subscription_id', role: 'record_id' }, { key: 'user_id', role: 'customer_id' }, { key: 'user_email', role: 'customer_email' }, { key: 'signup_date', role: 'created_at' }, { key: 'last_payment.amount', role: 'amount' }, { key: 'next_payment.amount', role: 'other' }, { key: 'plan_id', role: 'other' }, { key: 'marketing_consent', role: 'other' }, { key: 'last_payment.date', role: 'other' }],
      nps: null, csat: null, customers: countCustomers(kl),
      notes: 'One record per subscription; several users hold two subscriptions (same user_id, e-mail sometimes in a different case). One subscription belongs to an internal hoshi.example test account (not a customer; its user_id is the staff user). last_payment.amount is the money column; next_payment is null for deleted subscriptions.',
    } }],
    readme: `Paddle Classic subscribers list from the vendor API \`/api/2.0/subscription/users\` (the Classic "Subscription Users" endpoint behind the dashboard's subscriber list), saved as returned: \`{"success":true,"response":[...]}\`.

Fields per subscription: subscription_id, plan_id, user_id, user_email, marketing_consent, update_url, cancel_url, state (active/trialing/past_due/paused/deleted), signup_date (\`YYYY-MM-DD HH:MM:SS\`), last_payment {amount,currency,date}, next_payment (null when deleted), payment_information {payment_method, card_type, last_four_digits, expiry_date}, paused_at/paused_from/paused_reason.

Quirks: users with several subscriptions; internal test subscription on hoshi.example; PayPal payment_information without card fields.

Docs: paddlex (Elixir) type spec and example, and the paddle-sdk (Node) changelog for getUsers/subscription_id filter, both describing the Classic endpoint. A dashboard CSV export of subscribers exists in Classic but its columns are not documented in what I found, so the API JSON was imitated.`,
  };
});

// 19. ChartMogul ---------------------------------------------------------
tool(() => {
  const slug = 'chartmogul', rng = makeRng(slug);
  const people = makePeople(rng, 40);
  const cols = [['Name', 'customer_name'], ['Email', 'customer_email'], ['Company', null], ['Country', null], ['City', null], ['Status', null], ['Customer Since', 'created_at'], ['MRR', 'amount'], ['ARR', 'other'], ['Currency', null], ['Plans', 'other'], ['Billing System', null], ['External ID', 'customer_id'], ['ChartMogul UUID', 'customer_id'], ['Owner', 'agent'], ['Lead Created', 'other'], ['Free Trial Started', 'other'], ['Tags', 'other'], ['Seats', 'other']];
  const rows = []; const kl = [];
  people.forEach((p, i) => {
    const st = rng.pick(['Active', 'Active', 'Active', 'Past Due', 'Cancelled', 'New Lead', 'Working Lead']);
    const lead = st.includes('Lead'); const d = dateAt(rng, 400, -400);
    const mrr = lead || st === 'Cancelled' ? 0 : rng.pick([29, 49, 99, 249, 990]);
    const ext = lead ? '' : 'cus_' + rng.alnum(14); const uuid = 'cus_' + `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
    const email = i === 33 ? varyEmail(rng, people[3].email) : p.email; // second billing account of person 3 (different data source)
    rows.push({ 'Name': i === 33 ? people[3].name : p.name, 'Email': email, 'Company': rng.pick(['', 'Northwind Traders', 'Contoso Ltd', 'Fabrikam, Inc.', 'Tailspin Toys']), 'Country': rng.pick(['US', 'GB', 'DE', 'JP', 'CA']), 'City': rng.pick(['', 'Boston', 'London', 'Berlin', 'Osaka']), 'Status': st,
      'Customer Since': lead ? '' : ymd(d), 'MRR': mrr.toFixed(2), 'ARR': (mrr * 12).toFixed(2), 'Currency': 'USD', 'Plans': lead ? '' : rng.pick(['Starter (Monthly)', 'Pro (Monthly)', 'Pro (Annual)', 'Enterprise']), 'Billing System': lead ? '' : rng.pick(['Stripe', 'Stripe', 'Chargebee']), 'External ID': ext, 'ChartMogul UUID': uuid,
      'Owner': rng.chance(0.6) ? rng.pick(STAFF).email : '', 'Lead Created': lead || rng.chance(0.4) ? ymd(new Date(d.getTime() - 20 * 86400000)) : '', 'Free Trial Started': rng.chance(0.5) ? ymd(new Date(d.getTime() - 14 * 86400000)) : '', 'Tags': rng.pick(['', 'enterprise', 'churn-risk', 'enterprise,expansion']), 'Seats': String(rng.int(1, 50)) });
    kl.push(keys(slug, { emails: [email], ids: [ext, uuid] }));
  });
  return {
    slug, tool: 'ChartMogul', exportName: 'Customers > (filter) > Export CSV',
    docs: ['https://pipedream.com/apps/chartmogul/actions/create-customer.md', 'https://docs.composio.dev/toolkits/chartmogul.md', 'https://fivetran.com/docs/connectors/applications/chartmogul/connector-schema.md'],
    files: [{ name: 'chartmogul_customers_export.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'contacts', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Customer list including leads (no External ID, MRR 0). External ID is the billing-system id (Stripe cus_...), ChartMogul UUID the ChartMogul id (both customer_id). One person has a second billing account (other data source) with the same e-mail in a different case, so the two rows merge. Owner is the account owner on staff (agent). MRR is the amount; ARR = 12 x MRR (other); Seats is a count (other).',
    } }],
    readme: `ChartMogul customer list export (Customers page, Export CSV), one row per ChartMogul customer, including CRM leads. Columns: Name, Email, Company, Country, City, Status (Active/Past Due/Cancelled/New Lead/Working Lead), Customer Since, MRR, ARR, Currency, Plans, Billing System, External ID, ChartMogul UUID, Owner, Lead Created, Free Trial Started, Tags, Seats (custom attribute).

Quirks: leads without billing ids; a customer present twice from two billing systems; comma inside company name and tags (quoted).

Docs: ChartMogul API action docs (customer fields external_id, name, email, company, country, lead_status, owner, free trial) and the Fivetran schema (customer uuid / external ids / data sources). The CSV header wording is my reconstruction.`,
  };
});

// 20. Pipedrive deals -----------------------------------------------------
tool(() => {
  const slug = 'pipedrive-deals', rng = makeRng(slug);
  const people = makePeople(rng, 28, { countryCode: '+49' });
  const cols = [['Deal - ID', 'record_id'], ['Deal - Title', null], ['Deal - Value', 'amount'], ['Deal - Currency', null], ['Deal - Organization', 'other'], ['Deal - Contact person', 'customer_name'], ['Deal - Owner', 'agent'], ['Deal - Pipeline', null], ['Deal - Stage', null], ['Deal - Status', null], ['Deal - Deal created', 'created_at'], ['Deal - Expected close date', 'other'], ['Deal - Won time', 'other'], ['Deal - Lost reason', null], ['Deal - Probability', 'other'], ['Deal - Label', 'other'], ['Deal - Source channel', 'other'], ['Person - Email', 'customer_email'], ['Person - Phone', 'customer_phone'], ['Deal - Next activity date', 'other']];
  const rows = []; const kl = []; const n = 40;
  for (let i = 0; i < n; i++) {
    const pi = i >= 28 ? rng.int(0, 9) : i; const p = people[pi]; const d = dateAt(rng, 90, -60);
    const st = rng.pick(['Open', 'Open', 'Won', 'Lost']); const noPerson = i % 11 === 9;
    let email = noPerson ? '' : (i >= 28 ? varyEmail(rng, p.email).trim() : p.email);
    if (i === 5) email = `${p.email}, ${p.first.toLowerCase()}@private-mail.example`; // two addresses on the person
    const phone = noPerson || !rng.chance(0.6) ? '' : p.phone;
    rows.push({ 'Deal - ID': String(1200 + i), 'Deal - Title': `${rng.pick(['Northwind', 'Contoso', 'Fabrikam', 'Litware'])} ${rng.pick(['deal', 'expansion', 'pilot', 'renewal'])}`, 'Deal - Value': String(rng.pick([1200, 4800, 9900, 15000, 36000])), 'Deal - Currency': 'EUR',
      'Deal - Organization': rng.pick(['Northwind GmbH', 'Contoso AG', 'Fabrikam, Inc.', 'Litware KG']), 'Deal - Contact person': noPerson ? '' : p.name, 'Deal - Owner': rng.pick(STAFF).name, 'Deal - Pipeline': rng.pick(['Sales', 'Partnerships']), 'Deal - Stage': rng.pick(['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started']),
      'Deal - Status': st, 'Deal - Deal created': ymdhms(d), 'Deal - Expected close date': ymd(new Date(d.getTime() + 30 * 86400000)), 'Deal - Won time': st === 'Won' ? ymdhms(new Date(d.getTime() + 20 * 86400000)) : '', 'Deal - Lost reason': st === 'Lost' ? rng.pick(['Price', 'Went with competitor', 'No budget']) : '',
      'Deal - Probability': rng.chance(0.5) ? String(rng.pick([10, 25, 50, 75])) : '', 'Deal - Label': rng.pick(['', 'Hot', 'Warm', 'Cold']), 'Deal - Source channel': rng.pick(['Web forms', 'Trade show', 'Inbound e-mail', 'Referral']), 'Person - Email': email, 'Person - Phone': phone, 'Deal - Next activity date': rng.chance(0.5) ? ymd(new Date(d.getTime() + 5 * 86400000)) : '' });
    kl.push(keys(slug, { emails: email.split(',').map((x) => x.trim()), phones: [phone] }));
  }
  return {
    slug, tool: 'Pipedrive', exportName: 'Deals list view > ... > Export filter results (CSV)',
    docs: ['https://getcapt.com/blog/pipedrive-import-csv', 'https://dashclicks-docs.pages.dev/docs/service/external/pipedrive/crm-data'],
    files: [{ name: 'deals-2024-05-16.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'contacts', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Deals have no dedicated kind; labelled contacts (CRM records). Customers are the linked persons (Person - Email / Person - Phone). One person cell holds two comma-separated addresses (both keys of the same person). Deals without a linked person are anonymous. Deal - Owner is the salesperson (agent). Deal - Probability is a percentage, not a score. Organization names are not keys.',
    } }],
    readme: `Pipedrive deals list exported to CSV ("Export filter results"), with Pipedrive's "Entity - Field" header convention (Deal - ID, Deal - Title, Deal - Value, ..., Person - Email, Person - Phone). One row per deal; the linked person's e-mail/phone are added as Person columns.

Quirks: multiple e-mails of one person joined with ", " in one cell; deals without a contact person; repeat persons across deals with e-mail variants; +49 phones; a comma inside an organization name (quoted).

Docs: Pipedrive import/export guides found show the "Person - Email" / "Organization - Name" header style and the People/Organizations/Deals model; deal column names beyond that are from my knowledge of the export and are not confirmed by a cited document. Kind "contacts" is my choice because the catalogue has no deals kind.`,
  };
});

// 21. Salesforce campaign members report --------------------------------
tool(() => {
  const slug = 'sf-campaign-members', rng = makeRng(slug);
  const people = makePeople(rng, 34);
  const cols = [['Campaign Name', 'other'], ['Member Type', null], ['Member Status', 'other'], ['Responded', 'other'], ['First Responded Date', 'other'], ['Member First Associated Date', 'created_at'], ['Lead/Contact ID', 'customer_id'], ['First Name', null], ['Last Name', null], ['Title', null], ['Company / Account', null], ['Email', 'customer_email'], ['Phone', 'customer_phone'], ['Lead/Contact Owner', 'agent'], ['Lead Source', 'other']];
  const id18 = (pfx) => pfx + '5g00000' + rng.alnum(8);
  const lids = people.map((p, i) => id18(i % 3 === 0 ? '003' : '00Q'));
  const rows = []; const kl = []; const n = 50;
  const campaigns = ['2024 Spring Webinar - Data Sync', 'Tokyo Expo 2024 Booth', 'Q2 Newsletter - Product Launch'];
  for (let i = 0; i < n; i++) {
    let pi = i < people.length ? i : rng.int(0, 15); const p = people[pi]; let lid = lids[pi]; let email = i < people.length ? p.email : varyEmail(rng, p.email);
    if (i === 40) { lid = id18('003'); email = people[2].email.toUpperCase(); } // converted lead -> contact, new id, same address
    const st = rng.pick(['Sent', 'Sent', 'Opened', 'Registered', 'Attended', 'Responded']); const resp = ['Registered', 'Attended', 'Responded'].includes(st);
    const d = dateAt(rng, 30);
    rows.push({ 'Campaign Name': rng.pick(campaigns), 'Member Type': lid.startsWith('003') ? 'Contact' : 'Lead', 'Member Status': st, 'Responded': resp ? '1' : '0', 'First Responded Date': resp ? mdy(new Date(d.getTime() + 3 * 86400000)) : '', 'Member First Associated Date': mdy(d),
      'Lead/Contact ID': lid, 'First Name': i === 40 ? people[2].first : p.first, 'Last Name': i === 40 ? people[2].last : p.last, 'Title': rng.pick(['', 'IT Manager', 'Head of Ops', 'CTO', 'Analyst']), 'Company / Account': rng.pick(['Northwind Traders', 'Contoso Ltd', 'Tailspin Toys', 'Adventure Works']),
      'Email': email, 'Phone': rng.chance(0.5) ? p.phone : '', 'Lead/Contact Owner': rng.pick(STAFF).name, 'Lead Source': rng.pick(['Web', 'Trade Show', 'Partner Referral', 'Advertisement']) });
    kl.push(keys(slug, { ids: [lid], emails: [email], phones: [rows[rows.length - 1]['Phone']] }));
  }
  const grid = table(cols, rows);
  const footer = ['', '"Campaigns with Campaign Members"', '"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."', '"Confidential Information - Do Not Distribute"', '"Generated By:  Aiko Tanaka  5/16/2024 9:14 AM"', '"Hoshi Labs"'];
  const content = toDelimited(grid, { quoteAll: true, eol: '\n' }) + footer.join('\n') + '\n';
  return {
    slug, tool: 'Salesforce Sales Cloud', exportName: 'Reports > "Campaigns with Campaign Members" > Export > Details Only, Comma Delimited .csv',
    docs: ['https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-campaignmember.html', 'https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_objects_campaignmember.htm', 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-campaignmemberstatus.html'],
    files: [{ name: 'report1715850857123.csv', content: encode(content, 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'campaign_members', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Every field quoted; a footer block (blank line, report name, copyright, confidentiality, Generated By, org name) follows the data and is not records. Lead/Contact ID is the 18-char Salesforce id (00Q lead / 003 contact). A lead converted to a contact has a new id but the same address (capitals), so they merge. Members in several campaigns repeat. Member Status / Responded / First Responded Date are campaign-response decoys (other). Lead/Contact Owner is the salesperson (agent).',
    } }],
    readme: `Salesforce report export of the standard report type "Campaigns with Campaign Members" (Export > Details Only > Comma Delimited .csv). Columns use the report column labels: Campaign Name, Member Type, Member Status, Responded, First Responded Date, Member First Associated Date, Lead/Contact ID, First/Last Name, Title, Company / Account, Email, Phone, Lead/Contact Owner, Lead Source.

Quirks: every cell double-quoted; M/D/YYYY dates; Responded as 1/0; after the data a blank line and the classic Salesforce footer lines (report title, copyright, "Confidential Information - Do Not Distribute", "Generated By", organization name); a converted lead reappearing as a contact; members in several campaigns.

Docs: Salesforce CampaignMember / CampaignMemberStatus field references (Status, HasResponded "Responded", FirstRespondedDate, LeadOrContactId "Lead/Contact ID", LeadOrContactOwnerId, CompanyOrAccount "Company (Account)"). The footer block and report-label wording come from my knowledge of report exports.`,
  };
});

// 22. Mailchimp campaign activity ----------------------------------------
tool(() => {
  const slug = 'mailchimp-activity', rng = makeRng(slug);
  const people = makePeople(rng, 40);
  const cols = [['Email Address', 'customer_email'], ['First Name', null], ['Last Name', null], ['Address', null], ['Phone Number', 'customer_phone'], ['Birthday', null], ['Company', null], ['Opens', 'other'], ['MEMBER_RATING', 'other'], ['OPTIN_TIME', 'other'], ['OPTIN_IP', null], ['CONFIRM_TIME', 'other'], ['CONFIRM_IP', null], ['LATITUDE', null], ['LONGITUDE', null], ['GMTOFF', null], ['DSTOFF', null], ['TIMEZONE', null], ['CC', null], ['REGION', null], ['LAST_CHANGED', 'other'], ['LEID', 'customer_id'], ['EUID', 'customer_id'], ['NOTES', null], ['TAGS', 'other']];
  const rows = []; const kl = [];
  people.forEach((p, i) => {
    const seed = i === 7 || i === 21; // internal seed-list addresses
    const email = seed ? (i === 7 ? 'marketing-seed@hoshi.example' : STAFF[0].email) : p.email;
    const d = dateAt(rng, 500, -520);
    const leid = String(100000000 + i * 7919); const euid = rng.hex(10);
    rows.push({ 'Email Address': email, 'First Name': seed ? (i === 7 ? 'Seed' : 'Aiko') : p.first, 'Last Name': seed ? (i === 7 ? 'List' : 'Tanaka') : p.last, 'Address': rng.chance(0.2) ? `${rng.int(1, 999)} Main St  Springfield OR 97477 US` : '', 'Phone Number': rng.chance(0.3) ? p.phone : '', 'Birthday': rng.chance(0.2) ? `${p2(rng.int(1, 12))}/${p2(rng.int(1, 28))}` : '', 'Company': '',
      'Opens': String(rng.int(1, 6)), 'MEMBER_RATING': String(rng.int(1, 5)), 'OPTIN_TIME': ymdhms(d), 'OPTIN_IP': `203.0.113.${rng.int(1, 254)}`, 'CONFIRM_TIME': ymdhms(new Date(d.getTime() + 120000)), 'CONFIRM_IP': `203.0.113.${rng.int(1, 254)}`, 'LATITUDE': '', 'LONGITUDE': '', 'GMTOFF': '', 'DSTOFF': '', 'TIMEZONE': rng.pick(['', 'America/Los_Angeles', 'Europe/London']), 'CC': rng.pick(['US', 'GB', '']), 'REGION': '',
      'LAST_CHANGED': ymdhms(new Date(d.getTime() + 86400000 * rng.int(1, 300))), 'LEID': leid, 'EUID': euid, 'NOTES': '', 'TAGS': rng.pick(['', '"Customer"', '"Customer","VIP"', '"Webinar 2024"']) });
    kl.push(keys(slug, { emails: [email], phones: [rows[rows.length - 1]['Phone Number']], ids: seed ? [] : [leid, euid] }));
  });
  return {
    slug, tool: 'Mailchimp', exportName: 'Campaign report > Activity > Opened > Export as CSV',
    docs: ['https://mailchimp.com/help/about-email-campaign-reports/?utm_source=mc-kb&utm_medium=kb-site&utm_campaign=eepurl', 'http://ginkgo.st/~ca/roadmap/mailchimp-and-civicrm-overview/notes-on-mailchimp-data-exports'],
    files: [{ name: 'opened_members_export_8f3a1c2d9e.csv', content: encode(toDelimited(table(cols, rows), { eol: '\n' }), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'campaign_members', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Recipients who opened one campaign. MEMBER_RATING is Mailchimp\'s 1-5 star engagement rating, NOT satisfaction (other). LEID/EUID are Mailchimp member ids (customer_id). Two internal seed-list addresses on hoshi.example are not customers (their LEID/EUID are ignored too). OPTIN_TIME/CONFIRM_TIME/LAST_CHANGED are subscription dates, not the campaign-member date, so no created_at is labelled. TAGS holds quoted tag names.',
    } }],
    readme: `Mailchimp campaign report activity export ("Opened" list > Export as CSV), one row per recipient who opened the campaign. Columns are the audience merge fields (Email Address, First Name, Last Name, Address, Phone Number, Birthday, Company), the activity count (Opens), then Mailchimp's system columns: MEMBER_RATING, OPTIN_TIME, OPTIN_IP, CONFIRM_TIME, CONFIRM_IP, LATITUDE, LONGITUDE, GMTOFF, DSTOFF, TIMEZONE, CC, REGION, LAST_CHANGED, LEID, EUID, NOTES, TAGS.

Quirks: MEMBER_RATING 1-5 (engagement stars, a CSAT look-alike); internal seed addresses in the list; TAGS cells containing quoted tag names (double-quoted in CSV); Address as one space-separated string; LF line ends.

Docs: Mailchimp's "About Email Campaign Reports" (opened/clicked activity views) and notes on Mailchimp exports (subscribed/unsubscribed/cleaned files). Column names are from my knowledge of Mailchimp member exports.`,
  };
});

// 23. Kintone (Shift_JIS) -------------------------------------------------
tool(() => {
  const slug = 'kintone', rng = makeRng(slug);
  const people = makePeople(rng, 28, { jp: true });
  const cols = [['レコード番号', 'record_id'], ['作成者', 'other'], ['作成日時', 'submitted_at'], ['更新者', null], ['更新日時', 'other'], ['顧客ID', 'customer_id'], ['お名前', 'customer_name'], ['フリガナ', null], ['メールアドレス', 'customer_email'], ['電話番号', 'customer_phone'], ['購入店舗', 'other'], ['おすすめ度', 'score_nps'], ['満足度', 'score_csat'], ['ご意見・ご要望', null], ['対応担当者', 'agent'], ['対応状況', 'other'], ['問い合わせ経路', 'other']];
  const CS = ['非常に満足', '満足', 'どちらでもない', '不満', '非常に不満'];
  const toFW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 48 + 0xFF10));
  const seq = withRepeats(rng, people, 44, 0.2); const rows = []; const kl = []; const nps = []; const cs = [];
  seq.forEach((s, i) => {
    const p = s.p; const paper = i % 4 === 1; const anon = i % 10 === 8; const d = dateAt(rng, 30);
    let sc = String(rng.int(0, 10)); if (rng.chance(0.06)) sc = ''; else if (paper && rng.chance(0.6)) sc = toFW(sc); else if (sc === '10') sc = '10 - 非常に薦めたい'; else if (sc === '0') sc = '0 - 全く薦めない';
    if (i === 13) sc = 'わからない';
    const sat = rng.chance(0.08) ? '' : rng.pick(CS);
    const email = anon ? '' : (s.repeat ? varyEmail(rng, p.email) : p.email);
    const cid = anon ? '' : 'K' + String(10200 + people.indexOf(p));
    rows.push({ 'レコード番号': String(101 + i), '作成者': paper ? rng.pick(STAFF.filter((x) => /[一-龥]/.test(x.jp))).jp : 'Guest', '作成日時': ymdhms(d, '-', 540).slice(0, 16), '更新者': rng.pick(STAFF).jp, '更新日時': ymdhms(new Date(d.getTime() + 86400000), '-', 540).slice(0, 16),
      '顧客ID': cid, 'お名前': anon ? '' : p.name, 'フリガナ': anon ? '' : `${p.lastKana} ${p.firstKana}`, 'メールアドレス': email, '電話番号': anon || !rng.chance(0.5) ? '' : p.phoneLocal, '購入店舗': rng.pick(['渋谷店', '梅田店', 'オンラインストア']),
      'おすすめ度': sc, '満足度': sat, 'ご意見・ご要望': rng.pick(['', 'スタッフの説明が丁寧でした。', '待ち時間が長い（30分）', '商品の在庫を増やしてほしい。\nまた来ます。', '特になし']), '対応担当者': rng.chance(0.5) ? rng.pick(STAFF).jp : '', '対応状況': rng.pick(['未対応', '対応中', '完了']), '問い合わせ経路': paper ? '店頭アンケート用紙' : 'Webフォーム' });
    nps.push(sc); cs.push(sat); kl.push(keys(slug, { emails: [email], ids: [cid] }));
  });
  return {
    slug, tool: 'kintone (Cybozu)', exportName: 'アプリ > レコード一覧 > ファイルに書き出す (CSV, 文字コード Shift-JIS)',
    docs: ['https://get.kintone.help/general/ja/admin/list_useradmin/list_csv/list_format/note.html', 'https://get.kintone.help/k/ja/user/using_app/import_records/create_csv.html', 'https://jp.cybozu.help/g5/ja/admin/spec/csv/note'],
    files: [{ name: '顧客アンケート_20240516.csv', content: encode(toDelimited(table(cols, rows), { quoteAll: true }), 'shift_jis'), exp: {
      format: 'csv', encoding: 'shift_jis', kind: 'survey_responses', records: rows.length, columns: csvColumns(cols), nps: npsCount(nps), csat: csatCount(cs), customers: countCustomers(kl),
      notes: 'kintone app of in-store/web survey answers. おすすめ度 is a text field: web answers use a drop-down with labelled extremes ("10 - 非常に薦めたい"), paper answers typed by staff sometimes use full-width digits (valid), one "わからない" is invalid. 満足度 uses the Japanese 5-point labels. 作成者 is Guest for web-form records or the staff member who typed a paper form (other); 対応担当者 is the staff owner (agent). 電話番号 is local 0X0- form (not a key). Rows without 顧客ID and e-mail are anonymous.',
    } }],
    readme: `kintone app records exported with "ファイルに書き出す" as CSV in Shift-JIS. Header row = field names, including the system fields レコード番号, 作成者, 作成日時, 更新者, 更新日時; every value double-quoted; CRLF.

App: 顧客アンケート (customer survey) fed by a web form (作成者 = Guest) and by staff typing in paper questionnaires. Fields: 顧客ID, お名前, フリガナ, メールアドレス, 電話番号, 購入店舗, おすすめ度 (0-10), 満足度 (非常に満足…非常に不満), ご意見・ご要望 (multi-line), 対応担当者 (user field), 対応状況, 問い合わせ経路.

Quirks: Shift_JIS encoding (table built by inverting Node's TextDecoder("shift_jis"), round-trip checked); full-width digits; labelled extremes; an invalid "わからない"; local phone numbers; repeat respondents with e-mail case/space variants; embedded newlines.

Docs: kintone help "ファイルの共通仕様" (export encodings Shift-JIS / UTF-8 / UTF-8 with BOM, delimiters, quoting rules) and "レコード登録・上書き用のファイルの記載形式" (header = field names, one record per row); Cybozu CSV notes (CRLF on Windows, quoting of commas/LF/quotes). Quoting every field is my choice of what kintone writes.`,
  };
});

// 24. Sansan business cards (Shift_JIS) ----------------------------------
tool(() => {
  const slug = 'sansan', rng = makeRng(slug);
  const people = makePeople(rng, 34, { jp: true });
  const cols = [['名刺交換日', 'created_at'], ['会社名', 'other'], ['部署名', null], ['役職', null], ['氏名', 'customer_name'], ['氏名（カナ）', null], ['E-mail', 'customer_email'], ['郵便番号', null], ['住所', null], ['TEL', null], ['FAX', null], ['携帯電話', 'customer_phone'], ['URL', null], ['名刺所有者', 'agent'], ['タグ', 'other'], ['メモ', null], ['名刺ID', 'record_id']];
  const cos = [['株式会社さくら商事', 'sakura-shoji.co.jp.example'], ['丸中工業株式会社', 'marunaka.co.jp.example'], ['北風物産株式会社', 'northwind.example'], ['コントソ・ジャパン合同会社', 'contoso.example']];
  const rows = []; const kl = []; const n = 44;
  for (let i = 0; i < n; i++) {
    const own = i === 10 || i === 27; // colleagues' own cards scanned into Sansan
    const pi = i < people.length ? i : rng.int(0, 12); const p = people[pi];
    const co = cos[pi % cos.length]; const d = dateAt(rng, 120, -100);
    let email = `${p.email.split('@')[0]}@${co[1]}`; if (i >= people.length) email = varyEmail(rng, email);
    if (pi % 9 === 4) email = '';
    const name = own ? STAFF[i === 10 ? 0 : 3].jp : p.name;
    if (own) email = STAFF[i === 10 ? 0 : 3].email;
    rows.push({ '名刺交換日': ymd(d, '/', 540), '会社名': own ? '株式会社Hoshi Labs' : co[0], '部署名': rng.pick(['営業部', '情報システム部', '経営企画室', '購買部']), '役職': rng.pick(['部長', '課長', '主任', '', 'マネージャー']), '氏名': name, '氏名（カナ）': own ? '' : `${p.lastKana} ${p.firstKana}`,
      'E-mail': email, '郵便番号': `${rng.digits(3)}-${rng.digits(4)}`, '住所': rng.pick(['東京都港区芝公園1-2-3 芝ビル5F', '大阪府大阪市北区梅田2-4-9', '愛知県名古屋市中村区名駅3-28-12']), 'TEL': `03-${rng.digits(4)}-${rng.digits(4)}`, 'FAX': rng.chance(0.4) ? `03-${rng.digits(4)}-${rng.digits(4)}` : '',
      '携帯電話': own || !rng.chance(0.5) ? '' : p.phoneLocal, 'URL': own ? 'https://hoshi.example' : `https://${co[1]}`, '名刺所有者': rng.pick(STAFF).jp, 'タグ': rng.pick(['', '展示会2024', '重要顧客', '展示会2024,重要顧客']), 'メモ': rng.pick(['', '導入検討中。6月に再訪。', '']), '名刺ID': 'B' + rng.digits(10) });
    kl.push(keys(slug, { emails: [email] }));
  }
  return {
    slug, tool: 'Sansan', exportName: '名刺一覧 > 名刺データのダウンロード (CSV, Shift_JIS)',
    docs: ['https://jp-help.sansan.com/hc/ja/articles/206509257-%E5%90%8D%E5%88%BA%E3%83%87%E3%83%BC%E3%82%BF%E3%82%92%E3%82%A4%E3%83%B3%E3%83%9D%E3%83%BC%E3%83%88%E3%81%99%E3%82%8B', 'https://jp-help.sansan.com/hc/ja/articles/206511317-%E5%90%8D%E5%88%BA%E3%82%A4%E3%83%B3%E3%83%9D%E3%83%BC%E3%83%88%E3%81%A7%E3%82%88%E3%81%8F%E3%81%82%E3%82%8B%E3%82%A8%E3%83%A9%E3%83%BC%E3%81%A8%E8%A7%A3%E6%B1%BA%E6%96%B9%E6%B3%95'],
    files: [{ name: 'meishi_20240516.csv', content: encode(toDelimited(table(cols, rows)), 'shift_jis'), exp: {
      format: 'csv', encoding: 'shift_jis', kind: 'contacts', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: countCustomers(kl),
      notes: 'Business cards. 名刺所有者 is the Hoshi Labs employee who exchanged the card (agent). Two rows are colleagues\' own cards (hoshi.example e-mail), not customers. The same person exchanged cards with several colleagues (repeat rows, e-mail case variants) and merges. 携帯電話 / TEL are local 0X0- numbers (not keys; TEL is the company line, unlabelled). Cards without e-mail are anonymous (names never link). 会社名 is not a key.',
    } }],
    readme: `Sansan business-card list downloaded as CSV (Shift_JIS, CRLF), one row per scanned card: 名刺交換日, 会社名, 部署名, 役職, 氏名, 氏名（カナ）, E-mail, 郵便番号, 住所, TEL, FAX, 携帯電話, URL, 名刺所有者, タグ, メモ, 名刺ID.

Quirks: Shift_JIS (Sansan's import checks insist on Shift-JIS CSV, and its downloads use the same encoding); the same person's card held by several owners; colleagues' own cards; cards without e-mail; comma-joined tags (quoted); local phone formats.

Docs: Sansan help "名刺データをインポートする" (CSV format with 会社名/氏名 columns, 名刺所有者, 名刺交換日) and "名刺インポートでよくあるエラーと解決方法" (Shift-JIS requirement, header row). The exact download column set is my reconstruction; the import format document was the closest official description found.`,
  };
});

// 25. X mentions from a listening tool -----------------------------------
tool(() => {
  const slug = 'x-mentions', rng = makeRng(slug);
  const en = makePeople(rng, 20); const jp = makePeople(rng, 14, { jp: true });
  const authors = [...en.map((p) => ({ name: p.name, handle: p.handle })), ...jp.map((p) => ({ name: p.name, handle: p.handle }))];
  const cols = [['id', 'record_id'], ['url', null], ['published', 'submitted_at'], ['indexed', 'other'], ['content', null], ['lang', null], ['source_type', null], ['post_type', null], ['extra_author_attributes.name', 'customer_name'], ['extra_author_attributes.short_name', 'customer_handle'], ['extra_author_attributes.followers_count', 'other'], ['sentiment', 'other'], ['engagement', 'other'], ['reach', 'other'], ['matched_query', 'other'], ['topic', 'other'], ['country', null]];
  const rows = []; const n = 50;
  for (let i = 0; i < n; i++) {
    const brand = i % 12 === 4; const a = brand ? { name: 'Hoshi Labs', handle: 'hoshilabs' } : authors[i < authors.length ? i : rng.int(0, 10)];
    const ja = !brand && authors.indexOf(a) >= en.length; const d = dateAt(rng, 30);
    const tid = String(1780000000000000000n + BigInt(i) * 7919113n + BigInt(rng.int(0, 999)));
    const handleOut = i >= authors.length && rng.chance(0.5) ? '@' + a.handle.toUpperCase() : a.handle;
    rows.push({ 'id': tid, 'url': `https://x.com/${a.handle}/status/${tid}`, 'published': isoZ(d), 'indexed': isoZ(new Date(d.getTime() + rng.int(30, 900) * 1000)),
      'content': brand ? 'Thanks for the feedback! DM us your order number and we\'ll sort it out 🙏' : ja ? rng.pick(['@hoshilabs 新しいアプリ、めちゃくちゃ使いやすい！', 'Hoshi Syncが昨日から同期しない…サポートに連絡中', '@hoshilabs 配送が早くて助かりました。ありがとう']) : rng.pick(['@hoshilabs your app keeps logging me out, 3rd time today', 'Loving my new Hoshi Band, battery lasts forever', '@hoshilabs support fixed my issue in 5 minutes, impressive', 'Anyone else having sync issues with Hoshi? #outage']),
      'lang': ja ? 'ja' : 'en', 'source_type': 'SOCIALMEDIA', 'post_type': rng.pick(['TEXT', 'TEXT', 'REPLY', 'RETWEET']), 'extra_author_attributes.name': a.name, 'extra_author_attributes.short_name': handleOut, 'extra_author_attributes.followers_count': String(rng.int(3, 48000)),
      'sentiment': String(rng.int(-5, 5)), 'engagement': String(rng.int(0, 320)), 'reach': String(rng.int(10, 90000)), 'matched_query': rng.pick(['"hoshi labs" OR @hoshilabs', 'hoshi sync', 'ホシラボ OR "Hoshi Labs"']), 'topic': rng.pick(['Brand mentions', 'Product: Sync', 'Customer care']), 'country': ja ? 'JP' : rng.pick(['US', 'GB', 'CA', '']) });
  }
  return {
    slug, tool: 'Social listening tool (Talkwalker-style export)', exportName: 'Results > Export > CSV of X/Twitter mentions',
    docs: [],
    files: [{ name: 'mentions_x_hoshilabs_2024-05.csv', content: encode(toDelimited(table(cols, rows)), 'utf-8'), exp: {
      format: 'csv', encoding: 'utf-8', kind: 'mentions', records: rows.length, columns: csvColumns(cols), nps: null, csat: null, customers: 0,
      notes: 'Public X posts analysed alone: authors are not customers (no e-mail or customer id), so customers = 0; the handle column is still labelled customer_handle. Some handles are written "@NAME" in capitals on repeat posts. The brand\'s own account @hoshilabs appears (replies). sentiment is a derived -5..5 score, engagement/reach/followers are counts, matched_query/topic are listening-tool query names: all other. Tweet ids are 19-digit strings.',
    } }],
    readme: `X/Twitter mentions exported from a social-listening tool as CSV, one row per post: id, url, published, indexed, content, lang, source_type, post_type, extra_author_attributes.name / short_name / followers_count, sentiment (-5..5), engagement, reach, matched_query, topic, country. Header names follow the dotted-path style of Talkwalker's result export.

Quirks: English and Japanese posts; emoji; the brand's own replies; handles sometimes "@UPPERCASE" on repeat authors; 19-digit ids (must stay strings); tool-derived sentiment and query/topic columns.

Documentation: no vendor page for a listening-tool export layout was found in the search corpora; the column naming is my reconstruction of a Talkwalker-style export and is flagged as such.`,
  };
});

// ---------------------------------------------------------------- write
function rmrf(p) { fs.rmSync(p, { recursive: true, force: true }); }
fs.mkdirSync(OUT, { recursive: true });
const index = [];
for (const make of TOOLS) {
  const t = make();
  const dir = path.join(OUT, t.slug);
  rmrf(dir); fs.mkdirSync(dir, { recursive: true });
  const files = {};
  for (const f of t.files) {
    fs.writeFileSync(path.join(dir, f.name), f.content);
    const { notes, ...rest } = f.exp;
    files[f.name] = { ...rest, notes };
  }
  const expected = { tool: t.tool, export: t.exportName, docs: t.docs, split: SPLIT, company_domains: [COMPANY], files };
  fs.writeFileSync(path.join(dir, 'expected.json'), json(expected));
  const docsList = t.docs.length ? t.docs.map((u) => `- ${u}`).join('\n') : '- (none found in the search corpora; see below)';
  const fileLines = t.files.map((f) => `- \`${f.name}\`: ${f.exp.format}, ${f.exp.encoding}, kind ${f.exp.kind}, ${f.exp.records} records; expected nps ${JSON.stringify(f.exp.nps)}, csat ${JSON.stringify(f.exp.csat)}, customers ${f.exp.customers}.`).join('\n');
  const readme = `# ${t.tool} — ${t.slug} (split ${SPLIT})\n\nExport imitated: ${t.exportName}\n\nCompany: Hoshi Labs (\`${COMPANY}\`). All people are invented; customer domains are \`*.example\`.\n\n## Files\n\n${fileLines}\n\n## Documentation used\n\n${docsList}\n\n## Layout, quirks and choices\n\n${t.readme}\n\n## Expected answers\n\n\`expected.json\` is computed by \`scripts/vendors/make-holdout4-exports.mjs\` from the values it wrote (NPS/CSAT parsed with the catalogue rules, customers counted by union of normalized keys, staff on ${COMPANY} excluded).\n`;
  fs.writeFileSync(path.join(dir, 'README.md'), readme);
  index.push(`| ${t.slug} | ${t.tool} | ${SPLIT} | ${t.exportName.replace(/\|/g, '/')} | ${t.files.map((f) => `\`${f.name}\` (${f.exp.kind}, ${f.exp.encoding})`).join('; ')} |`);
}
const md = `# Vendor export catalogue — split ${SPLIT}\n\nGenerated by \`node scripts/vendors/make-holdout4-exports.mjs\` (deterministic). Each directory holds the export file(s), \`README.md\` and \`expected.json\`.\n\n| slug | tool | split | export imitated | files (kind, encoding) |\n| --- | --- | --- | --- | --- |\n${index.join('\n')}\n`;
fs.writeFileSync(path.join(OUT, 'tools-holdout4.md'), md);
console.log(`wrote ${TOOLS.length} tool directories to ${OUT}`);
