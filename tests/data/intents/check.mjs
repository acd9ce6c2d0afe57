// Validator for the blind intent evaluation corpus (tests/data/intents/*.jsonl).
// Node 20, ESM, no dependencies.   Usage: node tests/data/intents/check.mjs
// Exits 1 if any line is invalid; prints count tables and split-balance warnings.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = dirname(fileURLToPath(import.meta.url));
const KEYS = ['id', 'lang', 'channel', 'subject', 'text', 'labels', 'lookalike', 'split'];
const LABEL_KEYS = ['type', 'severity', 'field', 'span', 'competitor'];
const CHANNELS = ['ticket', 'chat', 'review', 'survey_comment', 'mail', 'social'];
const SEVERITY = {
  churn_risk: ['decided', 'planning', 'considering', 'asking'],
  competitor_switch: ['high', 'low'],
  expansion: ['high', 'low'],
  complaint: [null],
  praise: [null],
  quality_problem: [null],
};
const TYPES = Object.keys(SEVERITY);
const INTENT_TYPES = ['churn_risk', 'competitor_switch', 'expansion'];
const LOOKALIKES = ['third_party', 'other_object', 'negated', 'hypothetical_other', 'how_to_for_product',
  'quoted', 'past_resolved', 'competitor_mention_neutral', 'expansion_lookalike'];
const COMPETITORS = ['Orbitly', 'Kumo Analytics', 'DataNest', 'Fathom Metrics', '株式会社ミライデータ', 'ミライデータ'];
const SPLITS = ['dev', 'test'];

let errors = 0;
const warnings = [];
const err = (where, msg) => { errors++; console.error(`ERROR ${where}: ${msg}`); };
const isStr = (v) => typeof v === 'string';
const isLowSurrogate = (c) => c >= 0xdc00 && c <= 0xdfff;

const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort();
const rows = [];
const seenIds = new Map();
const seenTexts = new Map();

for (const file of files) {
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line.trim() === '') { if (i !== lines.length - 1) err(where, 'blank line'); return; }
    let o;
    try { o = JSON.parse(line); } catch (e) { err(where, `invalid JSON: ${e.message}`); return; }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(where, 'not an object'); return; }
    const keys = Object.keys(o);
    for (const k of KEYS) if (!keys.includes(k)) err(where, `missing key "${k}"`);
    for (const k of keys) if (!KEYS.includes(k)) err(where, `unknown key "${k}"`);
    const w = `${where} (${o.id})`;
    if (!isStr(o.lang) || !/^[a-z]{2}$/.test(o.lang)) err(w, `bad lang ${JSON.stringify(o.lang)}`);
    if (!isStr(o.id) || !/^[A-Z]{2}-\d{4}$/.test(o.id)) err(w, `bad id ${JSON.stringify(o.id)}`);
    else if (isStr(o.lang) && !o.id.startsWith(o.lang.toUpperCase() + '-')) err(w, 'id prefix does not match lang');
    if (seenIds.has(o.id)) err(w, `duplicate id (also ${seenIds.get(o.id)})`); else seenIds.set(o.id, where);
    if (isStr(o.lang) && file !== `${o.lang}.jsonl`) warnings.push(`${w}: lang "${o.lang}" in file ${file}`);
    if (!CHANNELS.includes(o.channel)) err(w, `bad channel ${JSON.stringify(o.channel)}`);
    if (!(o.subject === null || (isStr(o.subject) && o.subject.trim() !== ''))) err(w, 'subject must be null or a non-empty string');
    if (o.channel === 'ticket' && !isStr(o.subject)) err(w, 'ticket needs a subject');
    if (!isStr(o.text) || o.text.trim() === '') err(w, 'text must be a non-empty string');
    const tkey = `${o.lang}\u0000${o.subject}\u0000${o.text}`;
    if (seenTexts.has(tkey)) err(w, `duplicate text (also ${seenTexts.get(tkey)})`); else seenTexts.set(tkey, o.id);
    if (!SPLITS.includes(o.split)) err(w, `bad split ${JSON.stringify(o.split)}`);
    if (!(o.lookalike === null || LOOKALIKES.includes(o.lookalike))) err(w, `bad lookalike ${JSON.stringify(o.lookalike)}`);
    if (!Array.isArray(o.labels)) { err(w, 'labels must be an array'); return; }
    const typesSeen = new Set();
    o.labels.forEach((l, j) => {
      const lw = `${w} label[${j}]`;
      if (l === null || typeof l !== 'object' || Array.isArray(l)) { err(lw, 'not an object'); return; }
      for (const k of LABEL_KEYS) if (!(k in l)) err(lw, `missing key "${k}"`);
      for (const k of Object.keys(l)) if (!LABEL_KEYS.includes(k)) err(lw, `unknown key "${k}"`);
      if (!TYPES.includes(l.type)) { err(lw, `bad type ${JSON.stringify(l.type)}`); return; }
      if (typesSeen.has(l.type)) err(lw, `type ${l.type} given twice`);
      typesSeen.add(l.type);
      if (!SEVERITY[l.type].includes(l.severity)) err(lw, `severity ${JSON.stringify(l.severity)} not allowed for ${l.type} (allowed: ${JSON.stringify(SEVERITY[l.type])})`);
      if (l.type === 'competitor_switch') {
        if (!(l.competitor === null || COMPETITORS.includes(l.competitor))) err(lw, `unknown competitor ${JSON.stringify(l.competitor)}`);
      } else if (l.competitor !== null) err(lw, 'competitor must be null unless type is competitor_switch');
      if (l.field !== 'text' && l.field !== 'subject') { err(lw, `bad field ${JSON.stringify(l.field)}`); return; }
      const val = o[l.field];
      if (!isStr(val)) { err(lw, `field "${l.field}" is not a string`); return; }
      const sp = l.span;
      if (!Array.isArray(sp) || sp.length !== 2 || !sp.every(Number.isInteger)) { err(lw, 'span must be [start, end] integers'); return; }
      const [s, e] = sp;
      if (!(s >= 0 && s < e && e <= val.length)) { err(lw, `span ${JSON.stringify(sp)} out of range (length ${val.length})`); return; }
      if (isLowSurrogate(val.charCodeAt(s)) || (e < val.length && isLowSurrogate(val.charCodeAt(e)))) err(lw, 'span splits a surrogate pair');
      const piece = val.slice(s, e);
      if (piece.trim() !== piece) err(lw, `span has leading/trailing whitespace: ${JSON.stringify(piece)}`);
    });
    if (o.lookalike !== null) {
      for (const l of o.labels) if (INTENT_TYPES.includes(l?.type)) err(w, `lookalike "${o.lookalike}" but carries intent label ${l.type}`);
    }
    rows.push(o);
  });
}

// ---------- tables ----------
const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
const langs = [...new Set(rows.map((r) => r.lang))].sort();
// display width (East Asian wide characters count 2) so tables line up
const dw = (s) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const padEndW = (s, n) => s + ' '.repeat(Math.max(0, n - dw(s)));
const printTable = (title, keys, counter) => {
  console.log(`\n${title}`);
  const cols = [];
  for (const l of langs) for (const s of SPLITS) cols.push(`${l}/${s}`);
  cols.push('total');
  const w0 = Math.max(...keys.map((k) => dw(k)), 10) + 1;
  console.log(''.padEnd(w0) + cols.map((c) => c.padStart(9)).join(''));
  for (const k of keys) {
    let tot = 0;
    const cells = [];
    for (const l of langs) for (const s of SPLITS) { const n = counter.get(`${k}|${l}|${s}`) || 0; tot += n; cells.push(String(n).padStart(9)); }
    if (tot === 0) continue;
    console.log(padEndW(k, w0) + cells.join('') + String(tot).padStart(9));
  }
};

console.log(`files: ${files.join(', ') || '(none)'}; rows: ${rows.length}`);
const perLang = new Map();
for (const r of rows) inc(perLang, r.lang);
for (const l of langs) console.log(`  ${l}: ${perLang.get(l)} rows`);

const ts = new Map();
const tsKeys = [];
for (const t of TYPES) for (const s of SEVERITY[t]) tsKeys.push(`${t}${s === null ? '' : ':' + s}`);
for (const t of TYPES) tsKeys.push(`${t} (all)`);
tsKeys.push('(no label)');
for (const r of rows) {
  if (r.labels.length === 0) inc(ts, `(no label)|${r.lang}|${r.split}`);
  for (const l of r.labels) {
    inc(ts, `${l.type}${l.severity == null ? '' : ':' + l.severity}|${r.lang}|${r.split}`);
    inc(ts, `${l.type} (all)|${r.lang}|${r.split}`);
  }
}
printTable('type x severity x lang x split', tsKeys, ts);

const la = new Map();
for (const r of rows) {
  inc(la, `${r.lookalike ?? '(none)'}|${r.lang}|${r.split}`);
  if (r.lookalike) inc(la, `(any lookalike)|${r.lang}|${r.split}`);
  if (r.lookalike && r.labels.length === 0) inc(la, `(lookalike, no label)|${r.lang}|${r.split}`);
  if (!r.lookalike && r.labels.length === 0) inc(la, `(plain neutral)|${r.lang}|${r.split}`);
}
printTable('lookalike kind x lang x split', [...LOOKALIKES, '(any lookalike)', '(lookalike, no label)', '(plain neutral)', '(none)'], la);

const ch = new Map();
for (const r of rows) inc(ch, `${r.channel}|${r.lang}|${r.split}`);
printTable('channel x lang x split', CHANNELS, ch);

const fld = new Map();
for (const r of rows) for (const l of r.labels) inc(fld, `${l.field}|${r.lang}|${r.split}`);
printTable('label field x lang x split', ['text', 'subject'], fld);

const comp = new Map();
for (const r of rows) for (const l of r.labels) if (l.type === 'competitor_switch') inc(comp, `${l.competitor ?? '(unnamed)'}|${r.lang}|${r.split}`);
printTable('competitor x lang x split', [...COMPETITORS, '(unnamed)'], comp);

// ---------- split balance per (type, lookalike, channel) ----------
const groups = new Map();
for (const r of rows) {
  const types = r.labels.length ? [...new Set(r.labels.map((l) => l.type))] : ['(none)'];
  for (const t of types) {
    const k = `${r.lang} ${t} / ${r.lookalike ?? '-'} / ${r.channel}`;
    const g = groups.get(k) || { dev: 0, test: 0 };
    g[r.split] = (g[r.split] || 0) + 1;
    groups.set(k, g);
  }
}
for (const [k, g] of [...groups].sort()) {
  const n = g.dev + g.test;
  if (Math.abs(g.dev - g.test) > 1 + Math.floor(n * 0.2)) warnings.push(`split imbalance ${k}: dev ${g.dev}, test ${g.test}`);
}

if (warnings.length) { console.log(`\nwarnings (${warnings.length}):`); for (const w of warnings) console.log(`  ${w}`); }
console.log(`\n${errors ? `FAILED: ${errors} error(s)` : 'OK: no errors'}`);
process.exit(errors ? 1 : 0);
