// A TypeScript consumer of the built package, type-checked (strict) by types.test.mjs: a dashboard
// module that turns a report into lines of text. It reads every section through the generated
// types, so a renamed or retyped field in the schema breaks this file.
import {
  analyze,
  CxsError,
  type AnalyzeOptions,
  type CesEstimate,
  type Change,
  type CustomerProfile,
  type ErrorCode,
  type InputFile,
  type Interval,
  type NpsEstimate,
  type Report,
  type Severity,
  type Signal,
  type SignalType,
} from "cxsignals";

const interval = ([lo, hi]: Interval, digits = 1): string => `${lo.toFixed(digits)} to ${hi.toFixed(digits)}`;

function npsLine(label: string, nps: NpsEstimate): string {
  if (nps === null) return `${label}: no NPS answers`;
  return `${label}: NPS ${nps.value.toFixed(1)} (95% CI ${interval(nps.ci95)}, ${nps.method}, n = ${nps.n}; ` +
    `${nps.promoters}/${nps.passives}/${nps.detractors}, SE ${nps.se.toFixed(1)})`;
}

function cesLine(ces: CesEstimate): string {
  if (!ces) return "CES: none";
  const [min, max] = ces.scale;
  return `CES ${ces.value.toFixed(2)} on ${min}–${max} (95% CI ${interval(ces.ci95, 2)}, sd ${ces.sd.toFixed(2)})` +
    (ces.small_sample ? ", small sample" : "");
}

function changeLine(change: Change): string {
  const where = change.segment ? ` in ${change.segment.column} = ${change.segment.value}` : "";
  const cell = change.explained_by ? `; explained by ${change.explained_by.segment.value}` : "";
  return `${change.metric} ${change.a} → ${change.b}${where}: ${change.difference.toFixed(1)} ` +
    `(${interval(change.ci95)}, ${change.test}, q = ${change.q_value.toFixed(3)})` +
    (change.significant ? " significant" : "") + cell;
}

const urgency: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

function signalLines(signals: Signal[], types: SignalType[]): string[] {
  return signals
    .filter((s) => types.includes(s.type))
    .sort((a, b) => urgency[b.severity] - urgency[a.severity] || b.score - a.score)
    .map((s) => {
      const who = s.customer_id ?? s.segment ?? "?";
      const first = s.evidence[0];
      const quote = first?.matched && first.span ? `"${first.text.slice(first.span[0], first.span[1])}"` : first?.text ?? "";
      const at = first?.source !== null && first?.row !== null && first ? ` (${first.source} row ${first.row})` : "";
      return `[${s.severity}] ${s.title} — ${who}, ${s.route.team}${s.route.owner ? ` / ${s.route.owner}` : ""}, ` +
        `due ${s.route.due_by}: ${quote}${at}`;
    });
}

function customerLine(p: CustomerProfile, report: Report): string {
  const revenue = Object.entries(p.revenue).map(([currency, amount]) => `${amount.toFixed(2)} ${currency}`).join(", ");
  const persona = p.models.persona !== null ? report.segments.personas?.personas[p.models.persona] : undefined;
  const health = p.health ? `${p.health.score.toFixed(0)} (${p.health.components.map((c) => `${c.name} ${c.contribution}`).join(", ")})` : "n/a";
  const alive = p.models.p_alive === null ? "" : `, P(alive) ${(100 * p.models.p_alive).toFixed(0)}%`;
  return `${p.id} ${p.names[0] ?? p.emails[0] ?? ""}: ${p.orders} orders ${revenue}, last NPS ${p.last_nps ?? "—"}, ` +
    `health ${health}${alive}, RFM ${p.models.rfm?.segment ?? "—"}, persona of ${persona?.size ?? 0}, ` +
    `${p.signals.length} signals, last seen ${p.last_seen ?? "never"}`;
}

/** The report's summary in lines, for a dashboard. */
export function summarise(report: Report): string[] {
  const out: string[] = [`${report.generator.name} ${report.generator.version}, as of ${report.as_of ?? "?"}`];
  out.push(npsLine("All sources", report.metrics.nps));
  for (const source of report.sources) {
    out.push(`${source.name}: ${source.kind} (${(100 * source.kind_confidence).toFixed(0)}%), ${source.rows} rows, ` +
      `${source.rows_rejected} rejected, ${source.issues.total} issues`);
    if (source.metrics.nps) out.push(npsLine(`  ${source.name}`, source.metrics.nps));
  }
  const csat = report.metrics.csat;
  if (csat) out.push(`CSAT ${csat.value.toFixed(1)}% (95% CI ${interval(csat.ci95)}, ${csat.satisfied} of ${csat.n})`);
  out.push(cesLine(report.metrics.ces));
  for (const month of report.metrics.by_period.month) out.push(npsLine(month.period, month.nps));
  for (const segment of report.metrics.by_segment) {
    for (const group of segment.groups) if (!group.small_sample) out.push(npsLine(`${segment.column} = ${group.value}`, group.nps));
  }
  out.push(...report.metrics.changes.filter((c) => c.significant).map(changeLine));

  out.push(...signalLines(report.signals, ["churn_risk", "competitor", "opportunity"]));
  out.push(`${report.customers.count} customers, ${report.customers.listed} listed`);
  for (const p of report.customers.profiles.slice(0, 10)) out.push(customerLine(p, report));

  const subscriptions = report.retention.subscriptions;
  for (const m of subscriptions?.months ?? []) {
    const nrr = m.net_revenue_retention === null ? "—" : `${(100 * m.net_revenue_retention).toFixed(0)}%`;
    out.push(`${m.month}: churn ${(100 * m.churn_rate.value).toFixed(1)}% (${interval(m.churn_rate.ci95, 3)}), ` +
      `MRR ${m.mrr_start} ${subscriptions?.mrr_currency}, NRR ${nrr}`);
  }
  for (const row of report.retention.cohorts?.rows ?? []) {
    out.push(`${row.cohort} (${row.size}): ${row.retention.map((cell) => `${(100 * cell.share).toFixed(0)}%`).join(" ")}`);
  }
  if (report.retention.lapse) out.push(`${report.retention.lapse.lapsed} lapsed: ${report.retention.lapse.rule}`);

  const { survival, sbg, bgnbd, gamma_gamma, holdout, not_fitted } = report.models;
  for (const curve of survival?.segments ?? []) {
    const [lo, hi] = curve.median_ci95;
    out.push(`survival ${curve.name}: median ${curve.median ?? "not reached"} days (${lo ?? "?"}–${hi ?? "?"}), ${curve.events}/${curve.n}`);
  }
  if (survival?.logrank) out.push(`log-rank χ² ${survival.logrank.chisq.toFixed(2)}, df ${survival.logrank.df}, p ${survival.logrank.p.toFixed(3)}`);
  if (sbg) out.push(`sBG alpha ${sbg.params.alpha.value.toFixed(2)} ${sbg.params.alpha.ci95 ? interval(sbg.params.alpha.ci95, 2) : "(no SE)"}, fit p ${sbg.fit_check?.p ?? "—"}`);
  if (bgnbd) {
    const { r, alpha, a, b } = bgnbd.params;
    out.push(`BG/NBD r ${r.value} alpha ${alpha.value} a ${a.value} b ${b.value}, LL ${bgnbd.log_likelihood}, converged ${bgnbd.converged}`);
  }
  if (gamma_gamma) out.push(`Gamma–Gamma p ${gamma_gamma.params.p.value}, q ${gamma_gamma.params.q.se ?? "no SE"}, left out ${gamma_gamma.without_repeat}`);
  if (holdout) out.push(`holdout ${holdout.weeks} weeks: actual ${holdout.actual}, BG/NBD ${holdout.bgnbd ?? "—"}; ${holdout.by_x.map((x) => `${x.x}: ${x.actual}`).join(", ")}`);
  for (const [model, why] of Object.entries(not_fitted)) out.push(`${model} not fitted: ${why}`);

  for (const s of report.segments.rfm?.segments ?? []) out.push(`RFM ${s.segment}: ${s.count} (${(100 * s.share).toFixed(0)}%), ${s.mean_monetary ?? "—"}`);
  for (const persona of report.segments.personas?.personas ?? []) {
    const features = persona.distinguishing_features.map((f) => `${f.column} ${f.direction} (z ${f.z.toFixed(1)})`).join(", ");
    out.push(`persona ${persona.index}: ${persona.size}, churned ${(100 * persona.churned.value).toFixed(0)}%, ${features}, orders ${persona.centroid.orders ?? 0}`);
  }
  for (const period of report.scorecard.periods) {
    out.push(`${period.period}: +${period.acquisition.new_customers}, retained ${period.retention.rate ?? "—"}, ` +
      `revenue ${period.profitability.revenue}, ${period.action.tickets} tickets, NPS ${period.satisfaction.nps?.value ?? "—"}`);
  }
  const { totals, issues } = report.data_quality;
  out.push(`${totals.issues} issues (${Object.entries(totals.by_code).map(([code, n]) => `${code} ${n}`).join(", ")})`);
  for (const issue of issues.slice(0, 5)) out.push(`${issue.source} row ${issue.row}${issue.column ? `, ${issue.column}` : ""}: ${issue.code} ${issue.message}`);
  return out;
}

/** Analyses files and summarises them; a core error comes back as its code. */
export async function run(files: InputFile[], progress: (file: string, share: number) => void): Promise<string[] | CxsError["code"]> {
  const options: AnalyzeOptions = {
    as_of: "2026-11-25",
    competitors: ["Globex|Globex Corp"],
    mapping: { "survey.csv": { kind: "survey_responses", columns: { "How likely?": "score_nps" } } },
    onProgress: ({ file, bytes_done, bytes_total }) => progress(file, bytes_total ? bytes_done / bytes_total : 0),
  };
  try {
    return summarise(await analyze(files, options));
  } catch (error) {
    if (error instanceof CxsError) return error.code;
    throw error;
  }
}
