// L(type, severity, quote, { field, competitor })
// `quote` is the exact substring (shortest clause) that carries the label;
// build.mjs turns it into a [start, end] span with indexOf.
export const L = (type, severity, quote, opts = {}) => ({
  type,
  severity,
  quote,
  field: opts.field ?? "text",
  competitor: opts.competitor ?? null,
});
