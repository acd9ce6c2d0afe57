// Builder: turns hand-written entries into tests/data/intents/en.jsonl with computed spans.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
const parts = ['churn', 'comp_exp', 'sentiment', 'lookalike1', 'lookalike2', 'neutral', 'extra', 'extra2'];
let entries = [];
for (const p of parts) {
  const m = await import(`./${p}.mjs`);
  for (const e of m.default) entries.push({ ...e, _part: p });
}
// deterministic shuffle so that ids do not reveal which category an entry was written under
let seed = 20240611;
const rand = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
for (let i = entries.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [entries[i], entries[j]] = [entries[j], entries[i]]; }
const TYPES = { churn_risk: ['decided', 'planning', 'considering', 'asking'], competitor_switch: ['high', 'low'], expansion: ['high', 'low'], complaint: [null], praise: [null], quality_problem: [null] };
let errors = 0;
const out = [];
entries.forEach((e, i) => {
  const id = `EN-${String(i + 1).padStart(4, '0')}`;
  const labels = e.labels.map(([type, severity, spanText, competitor]) => {
    if (!(type in TYPES) || !TYPES[type].includes(severity)) { console.error(id, 'bad type/severity', type, severity); errors++; }
    let field = 'text', needle = spanText;
    if (needle.startsWith('S:')) { field = 'subject'; needle = needle.slice(2); }
    const hay = e[field];
    const s = hay == null ? -1 : hay.indexOf(needle);
    if (s < 0) { console.error(id, `span not found in ${field}:`, JSON.stringify(needle), '\n   ', JSON.stringify(hay)); errors++; return null; }
    if (hay.indexOf(needle, s + 1) >= 0) console.error(id, 'WARN span occurs twice:', needle);
    const span = [s, s + needle.length];
    if (hay.slice(span[0], span[1]) !== needle) { console.error(id, 'slice mismatch'); errors++; }
    return { type, severity, field, span, competitor: type === 'competitor_switch' ? (competitor ?? null) : null };
  });
  out.push({ id, lang: 'en', channel: e.channel, subject: e.subject, text: e.text, labels, lookalike: e.lookalike, _key: [e.labels.map(l => l[0]).sort().join('+') || 'none', e.lookalike, e.channel].join('|') });
});
// split: balance every (type, lookalike, channel) group (weight 10) plus coarser (type, lookalike),
// type:severity and lookalike groups (weight 1). Start from a seeded hash of the id, then flip rows
// one at a time while that lowers the sum of squared dev/test differences (deterministic).
const rowKeys = out.map((o) => {
  const types = o.labels.length ? o.labels.map((l) => l.type) : ['(none)'];
  const keys = [];
  for (const t of new Set(types)) keys.push([`${t}|${o.lookalike}|${o.channel}`, 10], [`${t}|${o.lookalike}`, 1]);
  for (const l of o.labels) keys.push([`${l.type}:${l.severity}`, 1]);
  keys.push([`lk:${o.lookalike}`, 1], [`ch:${o.channel}`, 1]);
  return keys;
});
const diff = new Map();
const side = out.map((o) => (parseInt(createHash('sha1').update('hoshi-en:' + o.id).digest('hex').slice(0, 2), 16) % 2 ? 1 : -1));
rowKeys.forEach((ks, i) => { for (const [k] of ks) diff.set(k, (diff.get(k) ?? 0) + side[i]); });
for (let pass = 0, changed = true; changed && pass < 50; pass++) {
  changed = false;
  rowKeys.forEach((ks, i) => {
    // gain of flipping row i: each key's diff moves by -2*side
    let delta = 0;
    for (const [k, w] of ks) { const d = diff.get(k); const nd = d - 2 * side[i]; delta += w * (nd * nd - d * d); }
    if (delta < 0) { for (const [k] of ks) diff.set(k, diff.get(k) - 2 * side[i]); side[i] = -side[i]; changed = true; }
  });
}
out.forEach((o, i) => { o.split = side[i] > 0 ? 'dev' : 'test'; delete o._key; });
if (errors) { console.error(errors, 'errors'); process.exit(1); }
fs.writeFileSync(new URL('../../en.jsonl', import.meta.url), out.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log('wrote', out.length);
