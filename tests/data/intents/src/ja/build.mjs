import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { R } from './lib.mjs';
import './p1_churn.mjs';
import './p2_comp_exp.mjs';
import './p3_cqp.mjs';
import './p4_look.mjs';
import './p5_neutral.mjs';

const out = [];
let problems = 0;
// shuffle (seeded) so that ids do not reveal the category a text was written for
const hk = (s) => createHash('sha256').update('cxsignals-intents-ja-order:' + s).digest('hex');
const RS = R.map((r, i) => ({ r, k: hk(String(i) + r.text) })).sort((a, b) => (a.k < b.k ? -1 : 1)).map((x) => x.r);
RS.forEach((r, i) => {
  const id = `JA-${String(i + 1).padStart(4, '0')}`;
  const labels = r.labels.map((l) => {
    const val = l.f === 'subject' ? r.subj : r.text;
    if (typeof val !== 'string') { console.error(id, 'no field', l.f); problems++; return null; }
    const s = val.indexOf(l.q);
    if (s < 0) { console.error(id, 'quote not found:', l.q); problems++; return null; }
    if (val.indexOf(l.q, s + 1) >= 0) console.error(id, 'WARN quote occurs twice:', l.q);
    const e = s + l.q.length;
    if (val.slice(s, e) !== l.q) { console.error(id, 'slice mismatch'); problems++; }
    return { type: l.type, severity: l.sev, field: l.f, span: [s, e], competitor: l.c };
  }).filter(Boolean);
  out.push({ id, lang: 'ja', channel: r.ch, subject: r.subj, text: r.text, labels, lookalike: r.la, split: null });
});

// split: seeded-hash initial assignment, then local search (single flips and pair swaps)
// minimising sum over groups of weight*(dev-test)^2. Groups: (type|none, lookalike, channel)
// as in check.mjs, plus (type, severity), type, lookalike, channel, label field, competitor.
const h = (s) => createHash('sha256').update('cxsignals-intents-ja:' + s).digest();
const groupsOf = (o) => {
  const g = [['all', 1]];
  const types = o.labels.length ? [...new Set(o.labels.map((l) => l.type))] : ['none'];
  for (const t of types) g.push([`tlc|${t}|${o.lookalike}|${o.channel}`, 3], [`t|${t}`, 1]);
  for (const l of o.labels) {
    g.push([`ts|${l.type}|${l.severity}`, 2]);
    if (l.field === 'subject') g.push([`field|subject`, 1]);
    if (l.type === 'competitor_switch') g.push([`comp|${l.competitor}`, 1]);
  }
  g.push([`la|${o.lookalike}`, 1], [`ch|${o.channel}`, 1]);
  if (!o.lookalike && !o.labels.length) g.push([`neutral|${o.channel}`, 1]);
  return g;
};
const G = out.map(groupsOf);
const bal = new Map();
const sgn = (o) => (o.split === 'dev' ? 1 : -1);
out.forEach((o) => { o.split = (h(o.id)[0] & 1) ? 'dev' : 'test'; });
out.forEach((o, i) => { for (const [k] of G[i]) bal.set(k, (bal.get(k) || 0) + sgn(o)); });
const W = new Map(); G.forEach((g) => g.forEach(([k, w]) => W.set(k, w)));
const deltaFlip = (i, extra = null) => {
  // cost change if item i flips; extra: a Map of pending changes
  const d = -2 * sgn(out[i]);
  let c = 0;
  for (const [k, w] of G[i]) {
    const b = (bal.get(k) || 0) + (extra?.get(k) || 0);
    c += w * ((b + d) ** 2 - b ** 2);
  }
  return c;
};
const flip = (i) => { const d = -2 * sgn(out[i]); out[i].split = out[i].split === 'dev' ? 'test' : 'dev'; for (const [k] of G[i]) bal.set(k, bal.get(k) + d); };
for (let round = 0; round < 50; round++) {
  let improved = false;
  for (let i = 0; i < out.length; i++) if (deltaFlip(i) < 0) { flip(i); improved = true; }
  for (let i = 0; i < out.length; i++) {
    const di = deltaFlip(i);
    const pend = new Map(); for (const [k] of G[i]) pend.set(k, (pend.get(k) || 0) - 2 * sgn(out[i]));
    let best = 0, bj = -1;
    for (let j = 0; j < out.length; j++) {
      if (j === i || out[j].split === out[i].split) continue;
      const c = di + deltaFlip(j, pend);
      if (c < best) { best = c; bj = j; }
    }
    if (bj >= 0) { flip(i); flip(bj); improved = true; }
  }
  if (!improved) break;
}
if (problems) { console.error(problems, 'problems'); process.exit(1); }
writeFileSync(new URL('../../ja.jsonl', import.meta.url), out.map((o) => JSON.stringify(o)).join('\n') + '\n');
console.log('wrote', out.length);
