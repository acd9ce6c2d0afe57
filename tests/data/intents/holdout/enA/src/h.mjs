// Small helpers so each label is written as: type, severity, field, exact substring, competitor.
// `quote` is the exact substring (shortest clause) that carries the label; build.mjs turns it into a span.
const mk = (type, severity, quote, field = 'text', competitor = null) => ({ type, severity, field, quote, competitor });

export const churn = (severity, quote, field = 'text') => mk('churn_risk', severity, quote, field);
export const comp = (severity, competitor, quote, field = 'text') => mk('competitor_switch', severity, quote, field, competitor);
export const exp = (severity, quote, field = 'text') => mk('expansion', severity, quote, field);
export const complaint = (quote, field = 'text') => mk('complaint', null, quote, field);
export const praise = (quote, field = 'text') => mk('praise', null, quote, field);
export const quality = (quote, field = 'text') => mk('quality_problem', null, quote, field);
