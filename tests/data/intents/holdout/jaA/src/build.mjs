// Build jaA.jsonl from the hand-written entries in this directory.
// Usage: node src/build.mjs   (exits 1 on any validation error)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import churn from './churn.mjs';
import compExp from './competitor_expansion.mjs';
import lookalikes from './lookalikes.mjs';
import other from './other.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'jaA.jsonl');
const PREFIX = 'jaA';
const SEED = 0x6a61_41; // "jaA"

const CHANNELS = ['ticket', 'chat', 'review', 'survey_comment', 'mail', 'social'];
const SEVERITIES = {
  churn_risk: ['decided', 'planning', 'considering', 'asking'],
  competitor_switch: ['high', 'low'],
  expansion: ['high', 'low'],
  complaint: [null],
  praise: [null],
  quality_problem: [null],
};
const INTENT_TYPES = ['churn_risk', 'competitor_switch', 'expansion'];
const LOOKALIKES = [
  'third_party', 'other_object', 'negated', 'hypothetical_other', 'how_to_for_product',
  'quoted', 'past_resolved', 'competitor_mention_neutral', 'expansion_lookalike',
];
const COMPETITORS = ['Routewise', 'JobPilot', 'FieldNest', 'Tasklane', 'ゲンバクラウド', '株式会社ゲンバクラウド'];

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- seeded shuffle
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
  let i = hay.indexOf(needle);
  while (i !== -1) { n++; i = hay.indexOf(needle, i + 1); }
  return n;
}

// ---------------------------------------------------------------- convert entries
const sources = [
  ['churn', churn], ['competitor_expansion', compExp], ['lookalikes', lookalikes], ['other', other],
];
const entries = [];
for (const [file, list] of sources) {
  list.forEach((e, i) => entries.push({ ...e, _where: `${file}.mjs#${i}` }));
}

const rows = [];
for (const e of shuffle(entries, SEED)) {
  const where = e._where;
  const text = Array.isArray(e.text) ? e.text.join('\n') : e.text;
  const subject = e.subj === undefined ? null : e.subj;
  const row = {
    id: null,
    lang: 'ja',
    channel: e.ch,
    subject,
    text,
    labels: [],
    lookalike: e.la === undefined ? null : e.la,
    split: 'holdout',
  };
  for (const l of e.labels || []) {
    const field = l.f || 'text';
    const value = field === 'subject' ? subject : text;
    if (typeof value !== 'string') { err(where, `label ${l.type}: field ${field} is empty`); continue; }
    if (typeof l.q !== 'string' || l.q.length === 0) { err(where, `label ${l.type}: missing substring`); continue; }
    const n = countOccurrences(value, l.q);
    if (n !== 1) { err(where, `label ${l.type}: substring occurs ${n} times in ${field}: ${l.q}`); continue; }
    const s = value.indexOf(l.q);
    const span = [s, s + l.q.length];
    if (value.slice(span[0], span[1]) !== l.q) err(where, `label ${l.type}: slice mismatch`);
    row.labels.push({
      type: l.type,
      severity: l.sev === undefined ? null : l.sev,
      field,
      span,
      competitor: l.type === 'competitor_switch' ? (l.comp === undefined ? null : l.comp) : null,
    });
    if (l.type !== 'competitor_switch' && l.comp !== undefined) err(where, `competitor given on ${l.type}`);
    if (l.type === 'competitor_switch' && l.comp === undefined) err(where, 'competitor_switch without comp (use null for unnamed)');
  }
  rows.push({ row, where });
}
rows.forEach(({ row }, i) => { row.id = `${PREFIX}-${String(i + 1).padStart(4, '0')}`; });

// ---------------------------------------------------------------- validate
const seenTexts = new Map();
for (const { row, where } of rows) {
  const w = `${row.id} (${where})`;
  const keys = Object.keys(row).join(',');
  if (keys !== 'id,lang,channel,subject,text,labels,lookalike,split') err(w, `bad keys ${keys}`);
  if (!/^jaA-\d{4}$/.test(row.id)) err(w, 'bad id');
  if (!['en', 'ja'].includes(row.lang)) err(w, 'bad lang');
  if (row.split !== 'holdout') err(w, 'bad split');
  if (!CHANNELS.includes(row.channel)) err(w, `bad channel ${row.channel}`);
  if (typeof row.text !== 'string' || row.text.trim().length === 0) err(w, 'empty text');
  if (row.text !== row.text.trim()) err(w, 'text has leading/trailing whitespace');
  if (row.channel === 'ticket' && (typeof row.subject !== 'string' || row.subject.trim() === '')) err(w, 'ticket needs a subject');
  if (!['ticket', 'mail'].includes(row.channel) && row.subject !== null) err(w, `${row.channel} must have subject null`);
  if (row.subject !== null && typeof row.subject !== 'string') err(w, 'subject must be string or null');
  if (row.channel === 'chat' && !row.text.includes('\n')) err(w, 'chat needs several turns separated by newlines');
  if (/\$\{|undefined/.test(row.text)) err(w, 'suspicious text content');
  // duplicates
  const norm = row.text.replace(/\s+/g, '');
  if (seenTexts.has(norm)) err(w, `duplicate text of ${seenTexts.get(norm)}`);
  else seenTexts.set(norm, row.id);
  // lookalike
  if (row.lookalike !== null && !LOOKALIKES.includes(row.lookalike)) err(w, `bad lookalike ${row.lookalike}`);
  // labels
  if (!Array.isArray(row.labels)) err(w, 'labels must be an array');
  const types = new Set();
  for (const l of row.labels) {
    if (!(l.type in SEVERITIES)) { err(w, `bad type ${l.type}`); continue; }
    if (types.has(l.type)) err(w, `type ${l.type} used twice`);
    types.add(l.type);
    if (!SEVERITIES[l.type].includes(l.severity)) err(w, `bad severity ${l.severity} for ${l.type}`);
    if (!['text', 'subject'].includes(l.field)) err(w, `bad field ${l.field}`);
    const value = l.field === 'subject' ? row.subject : row.text;
    if (typeof value !== 'string') { err(w, `field ${l.field} missing`); continue; }
    const [s, e] = l.span;
    if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= value.length)) err(w, `bad span ${l.span}`);
    const piece = value.slice(s, e);
    if (piece.trim() !== piece) err(w, `span has surrounding whitespace: "${piece}"`);
    if (piece.includes('\n')) err(w, `span crosses a line break: "${piece}"`);
    if (l.type === 'competitor_switch') {
      if (l.competitor !== null && !COMPETITORS.includes(l.competitor)) err(w, `bad competitor ${l.competitor}`);
      if (l.competitor !== null && !(`${row.subject || ''}\n${row.text}`).includes(l.competitor)) err(w, `competitor ${l.competitor} not written in the row`);
      // "ゲンバクラウド" vs "株式会社ゲンバクラウド": take the form as written
      if (l.competitor === 'ゲンバクラウド' && (`${row.subject || ''}${row.text}`).includes('株式会社ゲンバクラウド')) err(w, 'write competitor as 株式会社ゲンバクラウド');
    } else if (l.competitor !== null) err(w, `competitor on ${l.type}`);
  }
  if (row.lookalike !== null) {
    for (const t of INTENT_TYPES) if (types.has(t)) err(w, `look-alike ${row.lookalike} carries ${t}`);
  }
}

if (errors.length) {
  console.error(`${errors.length} error(s):`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}

// ---------------------------------------------------------------- write + stats
writeFileSync(OUT, rows.map(({ row }) => JSON.stringify(row)).join('\n') + '\n', 'utf8');

const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const byTypeSev = new Map();
const byLook = new Map();
const byChannel = new Map();
const byComp = new Map();
let withLabels = 0, multi = 0, subjectSpans = 0, neutral = 0;
for (const { row } of rows) {
  inc(byChannel, row.channel);
  if (row.lookalike) inc(byLook, row.lookalike);
  if (row.labels.length) withLabels++;
  if (row.labels.length > 1) multi++;
  if (!row.labels.length && !row.lookalike) neutral++;
  for (const l of row.labels) {
    inc(byTypeSev, `${l.type} × ${l.severity ?? '-'}`);
    if (l.field === 'subject') subjectSpans++;
    if (l.type === 'competitor_switch') inc(byComp, l.competitor ?? '(unnamed)');
  }
}
const show = (title, m, order) => {
  console.log(title);
  const keys = order ? order.filter((k) => m.has(k)) : [...m.keys()].sort();
  for (const k of keys) console.log(`  ${k.padEnd(36)} ${m.get(k)}`);
};
const tsOrder = Object.entries(SEVERITIES).flatMap(([t, ss]) => ss.map((s) => `${t} × ${s ?? '-'}`));
console.log(`wrote ${rows.length} rows to ${OUT}`);
show('labels per type × severity:', byTypeSev, tsOrder);
show('look-alikes per kind:', byLook, LOOKALIKES);
console.log(`  ${'(total look-alikes)'.padEnd(36)} ${[...byLook.values()].reduce((a, b) => a + b, 0)}`);
show('rows per channel:', byChannel, CHANNELS);
show('competitor_switch per competitor:', byComp);
console.log(`rows with labels: ${withLabels}, with 2+ labels: ${multi}, labels on subject: ${subjectSpans}, unlabelled non-look-alike rows: ${neutral}`);
