// Mistakes the generated types must catch: types.test.mjs expects tsc to report an error on
// every line marked "expect-error" and on no other line.
import { analyze, type Report, type Signal } from "cxsignals";

declare const report: Report;
declare const signal: Signal;

export const misspelled = report.metrics.nsp; // expect-error: no such key
export const nullable = report.metrics.nps.value; // expect-error: nps may be null
export const wrongSeverity: Signal["severity"] = "urgent"; // expect-error: not a severity
export const notANumber: number = signal.customer_id; // expect-error: string | null
export const oneBound: [number, number] = [report.metrics.csat?.value ?? 0]; // expect-error: a pair
export const unknownOption = analyze([], { as_off: "2026-11-25" }); // expect-error: misspelled option
export const badOptionType = analyze([], { max_profiles: "10" }); // expect-error: a number
export const madeUp = report.models.bgnbd?.params.beta; // expect-error: BG/NBD has r, alpha, a, b
export const version: Report["schema"] = "cxsignals.report/2"; // expect-error: the version is a literal
