// Build enA.jsonl from the hand-written entries in src/*.mjs.
// Usage: node build.mjs   (exits 1 on any validation error)
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SRC = join(HERE, 'src');
const OUT = join(HERE, 'enA.jsonl');
const SEED = 0x6b657374; // fixed seed ("kest")

const CHANNELS = new Set(['ticket', 'chat', 'review', 'survey_comment', 'mail', 'social']);
const TYPES = ['churn_risk', 'competitor_switch', 'expansion', 'complaint', 'praise', 'quality_problem'];
const SEVERITIES = {
  churn_risk: ['decided', 'planning', 'considering', 'asking'],
  competitor_switch: ['high', 'low'],
  expansion: ['high', 'low'],
  complaint: [null],
  praise: [null],
  quality_problem: [null],
};
const LOOKALIKES = [
  'third_party', 'other_object', 'negated', 'hypothetical_other', 'how_to_for_product',
  'quoted', 'past_resolved', 'competitor_mention_neutral', 'expansion_lookalike',
];
const INTENT_TYPES = new Set(['churn_risk', 'competitor_switch', 'expansion']);
const COMPETITORS = new Set(['Routewise', 'JobPilot', 'FieldNest', 'Tasklane', 'ゲンバクラウド', '株式会社ゲンバクラウド']);

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

// ---- load entries ----
const files = readdirSync(SRC).filter((f) => f.endsWith('.mjs') && f !== 'h.mjs').sort();
const entries = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(SRC, f)).href);
  if (!Array.isArray(mod.entries)) { err(f, 'does not export an entries array'); continue; }
  mod.entries.forEach((e, i) => entries.push({ ...e, _src: `${f}#${i}` }));
}

// ---- seeded shuffle (mulberry32 + Fisher-Yates) ----
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
for (let i = entries.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [entries[i], entries[j]] = [entries[j], entries[i]];
}

// ---- build + validate rows ----
const rows = [];
const seenText = new Map();
entries.forEach((e, idx) => {
  const id = `enA-${String(idx + 1).padStart(4, '0')}`;
  const where = `${id} (${e._src})`;
  const subject = e.subject === undefined ? null : e.subject;
  const text = e.text;

  if (!CHANNELS.has(e.channel)) err(where, `bad channel ${e.channel}`);
  if (typeof text !== 'string' || !text.trim()) err(where, 'empty text');
  if (typeof text === 'string' && text !== text.trim()) err(where, 'text has leading/trailing whitespace');
  if (e.channel === 'ticket' && (typeof subject !== 'string' || !subject.trim())) err(where, 'ticket needs a subject');
  if (e.channel !== 'ticket' && e.channel !== 'mail' && subject !== null) err(where, `subject must be null for ${e.channel}`);
  if (subject !== null && typeof subject !== 'string') err(where, 'subject must be string or null');
  if (e.channel === 'chat' && typeof text === 'string' && !text.includes('\n')) err(where, 'chat should have several turns');

  const norm = (text || '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (seenText.has(norm)) err(where, `duplicate text of ${seenText.get(norm)}`);
  seenText.set(norm, where);

  const lookalike = e.lookalike === undefined ? null : e.lookalike;
  if (lookalike !== null && !LOOKALIKES.includes(lookalike)) err(where, `bad lookalike ${lookalike}`);

  const labels = [];
  const seenTypes = new Set();
  for (const l of e.labels || []) {
    if (!TYPES.includes(l.type)) { err(where, `bad type ${l.type}`); continue; }
    if (seenTypes.has(l.type)) err(where, `type ${l.type} used twice`);
    seenTypes.add(l.type);
    if (!SEVERITIES[l.type].includes(l.severity)) err(where, `bad severity ${l.severity} for ${l.type}`);
    if (l.field !== 'text' && l.field !== 'subject') { err(where, `bad field ${l.field}`); continue; }
    const value = l.field === 'text' ? text : subject;
    if (typeof value !== 'string') { err(where, `field ${l.field} is empty`); continue; }
    if (typeof l.quote !== 'string' || !l.quote) { err(where, `missing quote for ${l.type}`); continue; }
    if (l.quote !== l.quote.trim()) err(where, `quote for ${l.type} has outer whitespace`);
    const start = value.indexOf(l.quote);
    if (start < 0) { err(where, `quote for ${l.type} not found in ${l.field}: ${JSON.stringify(l.quote)}`); continue; }
    if (value.indexOf(l.quote, start + 1) >= 0) err(where, `quote for ${l.type} occurs more than once in ${l.field}`);
    const end = start + l.quote.length;
    if (value.slice(start, end) !== l.quote) err(where, `slice mismatch for ${l.type}`);
    if (l.type === 'competitor_switch') {
      if (l.competitor !== null && !COMPETITORS.has(l.competitor)) err(where, `bad competitor ${l.competitor}`);
      if (l.competitor !== null && !`${subject || ''}\n${text}`.toLowerCase().includes(l.competitor.toLowerCase())) {
        err(where, `competitor ${l.competitor} not named in the text or subject`);
      }
    } else if (l.competitor !== null && l.competitor !== undefined) {
      err(where, `competitor must be null for ${l.type}`);
    }
    if (lookalike !== null && INTENT_TYPES.has(l.type)) err(where, `look-alike carries ${l.type}`);
    labels.push({
      type: l.type,
      severity: l.severity,
      field: l.field,
      span: [start, end],
      competitor: l.type === 'competitor_switch' ? l.competitor : null,
    });
  }

  rows.push({ id, lang: 'en', channel: e.channel, subject, text, labels, lookalike, split: 'holdout' });
});

// ---- final re-check of the serialised rows ----
const lines = rows.map((r) => JSON.stringify(r));
lines.forEach((line, i) => {
  const r = JSON.parse(line);
  const keys = Object.keys(r).join(',');
  if (keys !== 'id,lang,channel,subject,text,labels,lookalike,split') err(r.id, `bad keys ${keys}`);
  if (!/^enA-\d{4}$/.test(r.id) || r.id !== `enA-${String(i + 1).padStart(4, '0')}`) err(r.id, 'bad id');
  if (r.lang !== 'en' && r.lang !== 'ja') err(r.id, 'bad lang');
  if (r.split !== 'holdout') err(r.id, 'bad split');
  for (const l of r.labels) {
    const v = l.field === 'text' ? r.text : r.subject;
    const [s, e] = l.span;
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s || e > v.length) err(r.id, `bad span ${l.span}`);
    if (Object.keys(l).join(',') !== 'type,severity,field,span,competitor') err(r.id, 'bad label keys');
  }
});

// ---- counts ----
const typeSev = {};
const laCounts = {};
const chCounts = {};
let withLabels = 0, multi = 0, subjectSpans = 0, neutral = 0;
for (const r of rows) {
  for (const l of r.labels) {
    const k = `${l.type}:${l.severity ?? '-'}`;
    typeSev[k] = (typeSev[k] || 0) + 1;
    if (l.field === 'subject') subjectSpans++;
  }
  if (r.labels.length) withLabels++;
  if (r.labels.length > 1) multi++;
  if (!r.labels.length && r.lookalike === null) neutral++;
  const la = r.lookalike ?? '(none)';
  laCounts[la] = (laCounts[la] || 0) + 1;
  chCounts[r.channel] = (chCounts[r.channel] || 0) + 1;
}
const named = {};
for (const r of rows) for (const l of r.labels) if (l.type === 'competitor_switch') {
  const c = l.competitor ?? '(unnamed)';
  named[c] = (named[c] || 0) + 1;
}
const show = (title, obj) => {
  console.log(`\n${title}`);
  for (const k of Object.keys(obj).sort()) console.log(`  ${k.padEnd(36)} ${obj[k]}`);
};
console.log(`rows: ${rows.length}  with labels: ${withLabels}  multi-label: ${multi}  subject spans: ${subjectSpans}  neutral (no label, no look-alike): ${neutral}`);
show('type x severity', typeSev);
show('type totals', Object.fromEntries(TYPES.map((t) => [t, rows.filter((r) => r.labels.some((l) => l.type === t)).length])));
show('competitor_switch by competitor', named);
show('look-alike kind', laCounts);
show('channel', chCounts);

if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}
writeFileSync(OUT, lines.join('\n') + '\n', 'utf8');
console.log(`\nwrote ${rows.length} rows to ${OUT}`);
