export const R = [];
// add(channel, subject, text, labels, lookalike)
export function add(ch, subj, text, labels = [], la = null) {
  R.push({ ch, subj, text, labels, la });
}
const L = (type, sev, q, o = {}) => ({ type, sev, q, f: o.f || 'text', c: o.c ?? null });
export const churn = (sev, q, o) => L('churn_risk', sev, q, o);
export const comp = (sev, q, c = null, o = {}) => L('competitor_switch', sev, q, { ...o, c });
export const exp = (sev, q, o) => L('expansion', sev, q, o);
export const K = (q, o) => L('complaint', null, q, o);
export const P = (q, o) => L('praise', null, q, o);
export const Q = (q, o) => L('quality_problem', null, q, o);
