// Build script for the jaB holdout corpus.
// Usage: node src/build.mjs   (from anywhere)
// Reads the hand-written entries in ./churn.mjs, ./competitor_expansion.mjs, ./lookalikes.mjs,
// ./other.mjs, shuffles them with a fixed seed, assigns ids, computes spans with indexOf,
// validates everything and writes ../jaB.jsonl. Exits 1 on any error.

import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import churn from './churn.mjs';
import compExp from './competitor_expansion.mjs';
import lookalikes from './lookalikes.mjs';
import other from './other.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'jaB.jsonl');
const PREFIX = 'jaB';
const SEED = 0x6a61_4221;

const CHANNELS = ['ticket', 'chat', 'review', 'survey_comment', 'mail', 'social'];
const SEVERITIES = {
  churn_risk: ['decided', 'planning', 'considering', 'asking'],
  competitor_switch: ['high', 'low'],
  expansion: ['high', 'low'],
  complaint: [null],
  praise: [null],
  quality_problem: [null],
};
const TYPES = Object.keys(SEVERITIES);
const INTENT_TYPES = ['churn_risk', 'competitor_switch', 'expansion'];
const LOOKALIKES = [
  'third_party', 'other_object', 'negated', 'hypothetical_other', 'how_to_for_product',
  'quoted', 'past_resolved', 'competitor_mention_neutral', 'expansion_lookalike',
];
const COMPETITORS = ['Routewise', 'JobPilot', 'FieldNest', 'Tasklane', 'ゲンバクラウド', '株式会社ゲンバクラウド'];

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(arr, seed) {
  const rnd = mulberry32(seed);
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function countOccurrences(hay, needle) {
  let n = 0;
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return n;
    n++;
    from = i + 1;
  }
}

// ---------- build rows from source entries ----------
const sources = [
  ['churn.mjs', churn],
  ['competitor_expansion.mjs', compExp],
  ['lookalikes.mjs', lookalikes],
  ['other.mjs', other],
];
const entries = [];
for (const [file, list] of sources) {
  if (!Array.isArray(list)) { err(file, 'default export is not an array'); continue; }
  list.forEach((e, i) => entries.push({ ...e, _where: `${file}#${i + 1}` }));
}

const shuffled = shuffle(entries, SEED);
const rows = [];
shuffled.forEach((e, idx) => {
  const id = `${PREFIX}-${String(idx + 1).padStart(4, '0')}`;
  const where = `${id} (${e._where})`;
  const subject = e.subject === undefined ? null : e.subject;
  const labels = [];
  for (const l of e.labels || []) {
    const field = l.field || 'text';
    const value = field === 'text' ? e.text : subject;
    if (typeof value !== 'string') { err(where, `label ${l.type}: field ${field} is not a string`); continue; }
    if (typeof l.quote !== 'string' || l.quote.length === 0) { err(where, `label ${l.type}: empty quote`); continue; }
    const n = countOccurrences(value, l.quote);
    if (n !== 1) { err(where, `label ${l.type}: quote occurs ${n} times in ${field}: ${JSON.stringify(l.quote)}`); continue; }
    const start = value.indexOf(l.quote);
    labels.push({
      type: l.type,
      severity: l.severity === undefined ? null : l.severity,
      field,
      span: [start, start + l.quote.length],
      competitor: l.competitor === undefined ? null : l.competitor,
    });
  }
  rows.push({
    id, lang: 'ja', channel: e.channel, subject, text: e.text, labels,
    lookalike: e.lookalike === undefined ? null : e.lookalike, split: 'holdout',
    _where: where,
  });
});

// ---------- validation of final rows ----------
function validateRow(r, where) {
  const keys = ['id', 'lang', 'channel', 'subject', 'text', 'labels', 'lookalike', 'split'];
  const got = Object.keys(r).filter((k) => k !== '_where');
  if (got.join(',') !== keys.join(',')) err(where, `keys ${got.join(',')}`);
  if (!/^jaB-\d{4}$/.test(r.id)) err(where, `bad id ${r.id}`);
  if (!['en', 'ja'].includes(r.lang)) err(where, `bad lang ${r.lang}`);
  if (r.lang !== 'ja') err(where, 'this corpus is Japanese; lang must be ja');
  if (r.split !== 'holdout') err(where, `bad split ${r.split}`);
  if (!CHANNELS.includes(r.channel)) err(where, `bad channel ${r.channel}`);
  if (typeof r.text !== 'string' || r.text.trim() === '') err(where, 'empty text');
  if (r.text !== r.text.trim()) err(where, 'text has leading/trailing whitespace');
  if (r.channel === 'ticket') {
    if (typeof r.subject !== 'string' || r.subject.trim() === '') err(where, 'ticket needs a subject');
  } else if (r.channel === 'mail') {
    if (r.subject !== null && (typeof r.subject !== 'string' || r.subject.trim() === '')) err(where, 'mail subject must be null or non-empty string');
  } else if (r.subject !== null) {
    err(where, `${r.channel} must have subject null`);
  }
  if (r.channel === 'chat' && !r.text.includes('\n')) err(where, 'chat needs several turns (newlines)');
  if (r.channel === 'review' && !r.text.startsWith('★')) err(where, 'review should start with a ★ rating');
  if (r.lookalike !== null && !LOOKALIKES.includes(r.lookalike)) err(where, `bad lookalike ${r.lookalike}`);
  if (!Array.isArray(r.labels)) { err(where, 'labels not an array'); return; }
  const seen = new Set();
  for (const l of r.labels) {
    const lk = Object.keys(l).join(',');
    if (lk !== 'type,severity,field,span,competitor') err(where, `label keys ${lk}`);
    if (!TYPES.includes(l.type)) { err(where, `bad label type ${l.type}`); continue; }
    if (seen.has(l.type)) err(where, `duplicate label type ${l.type}`);
    seen.add(l.type);
    if (!SEVERITIES[l.type].includes(l.severity)) err(where, `bad severity ${l.severity} for ${l.type}`);
    if (!['text', 'subject'].includes(l.field)) err(where, `bad field ${l.field}`);
    const value = l.field === 'text' ? r.text : r.subject;
    if (typeof value !== 'string') { err(where, `field ${l.field} missing`); continue; }
    const [s, e] = l.span || [];
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s || e > value.length) {
      err(where, `bad span ${JSON.stringify(l.span)}`); continue;
    }
    const piece = value.slice(s, e);
    if (countOccurrences(value, piece) !== 1) err(where, `span text not unique in field: ${piece}`);
    if (piece.includes('\n')) err(where, `span crosses a line break: ${JSON.stringify(piece)}`);
    if (piece !== piece.trim()) err(where, `span has surrounding whitespace: ${JSON.stringify(piece)}`);
    if (l.type === 'competitor_switch') {
      if (l.competitor !== null && !COMPETITORS.includes(l.competitor)) err(where, `bad competitor ${l.competitor}`);
      if (l.competitor !== null && !(r.text.includes(l.competitor) || (r.subject || '').includes(l.competitor))) {
        err(where, `competitor ${l.competitor} not written in the row`);
      }
      if (l.competitor === 'ゲンバクラウド' && (r.text + (r.subject || '')).includes('株式会社ゲンバクラウド')) {
        err(where, 'competitor written as 株式会社ゲンバクラウド; use that form');
      }
    } else if (l.competitor !== null) {
      err(where, `competitor must be null for ${l.type}`);
    }
  }
  if (r.lookalike !== null) {
    for (const l of r.labels) {
      if (INTENT_TYPES.includes(l.type)) err(where, `look-alike (${r.lookalike}) carries ${l.type}`);
    }
  }
}

rows.forEach((r) => validateRow(r, r._where));

// duplicates
const seenText = new Map();
for (const r of rows) {
  const key = r.text.replace(/\s+/g, '');
  if (seenText.has(key)) err(r._where, `duplicate text of ${seenText.get(key)}`);
  else seenText.set(key, r._where);
}
const ids = new Set(rows.map((r) => r.id));
if (ids.size !== rows.length) err('corpus', 'duplicate ids');

// ---------- write and re-read ----------
const lines = rows.map(({ _where, ...r }) => JSON.stringify(r));
if (errors.length === 0) {
  writeFileSync(OUT, lines.join('\n') + '\n', 'utf8');
  const back = readFileSync(OUT, 'utf8').split('\n').filter((x) => x !== '');
  if (back.length !== rows.length) err('output', `wrote ${rows.length} rows, read back ${back.length}`);
  back.forEach((line, i) => {
    let obj;
    try { obj = JSON.parse(line); } catch (ex) { err(`line ${i + 1}`, `invalid JSON: ${ex.message}`); return; }
    validateRow(obj, `line ${i + 1}`);
  });
}

if (errors.length) {
  console.error(`${errors.length} error(s):`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}

// ---------- counts ----------
const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const byTypeSev = new Map();
const byLook = new Map();
const byChannel = new Map();
const byLabelCount = new Map();
for (const r of rows) {
  for (const l of r.labels) inc(byTypeSev, `${l.type}:${l.severity ?? '-'}`);
  inc(byLook, r.lookalike ?? '(none)');
  inc(byChannel, r.channel);
  inc(byLabelCount, r.labels.length);
}
const print = (title, m) => {
  console.log(title);
  for (const [k, v] of [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])))) {
    console.log(`  ${String(k).padEnd(32)} ${v}`);
  }
};
console.log(`wrote ${rows.length} rows to ${OUT}`);
print('labels per type:severity', byTypeSev);
print('rows per look-alike kind', byLook);
print('rows per channel', byChannel);
print('rows per number of labels', byLabelCount);
