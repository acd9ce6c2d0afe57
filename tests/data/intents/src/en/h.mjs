export const e = (channel, subject, text, labels = [], lookalike = null) => ({ channel, subject, text, labels, lookalike });
export const C = (sev, span) => ['churn_risk', sev, span];
export const K = (sev, span, comp = null) => ['competitor_switch', sev, span, comp];
export const X = (sev, span) => ['expansion', sev, span];
export const P = (span) => ['complaint', null, span];
export const G = (span) => ['praise', null, span];
export const Q = (span) => ['quality_problem', null, span];
