// Types of the cxsignals npm package (wasm/js/index.js).

/** One export file: bytes only, never a decoded string. */
export interface InputFile {
  name: string;
  data: Uint8Array | ArrayBuffer | Blob | AsyncIterable<Uint8Array>;
}

export interface Progress {
  file: string;
  bytes_done: number;
  /** undefined when a file is a stream of unknown length */
  bytes_total?: number;
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD; default: today (UTC) */
  as_of?: string;
  /** issues listed per source in data_quality (all are counted); default 1000 */
  max_issues_per_source?: number;
  /** data rows read before column roles are decided; default 200 */
  mapping_sample_rows?: number;
  /** the company's own mail domains: never customers */
  company_domains?: string[];
  /**
   * Fixes per file name, or per "sig:<header_signature>" for every file with that header
   * (a name wins over a signature): kind, encoding, delimiter and column roles by header text
   * as the report shows it ("ignore" for no role).
   */
  mapping?: Record<string, { kind?: string; encoding?: string; delimiter?: string; columns?: Record<string, string> }>;
  /** YYYY-MM-DD: customer-value models fit on orders up to it, checked on orders after it */
  calibration_end?: string;
  /** weeks ahead for expected purchases and value; default 52 */
  horizon_weeks?: number;
  /** competitor names; "Name|alias|alias" reports aliases as Name */
  competitors?: string[];
  /** the company's own social handles: never influencers or competitor posts */
  own_accounts?: string[];
  /** followers from which a mention is an influencer signal; default 100000 */
  influencer_min_followers?: number;
  /** routing rules, as the CLI's --routes file */
  routes?: object;
  /** phrase edits, as the CLI's --lexicon file */
  lexicon?: object;
  /** an intent model from trainIntentModel() or `cxsignals train` (the CLI's --model file) */
  model?: IntentModel;
  onProgress?: (progress: Progress) => void;
}

export interface Estimate {
  value: number;
  n: number;
  ci95: [number, number];
  method: string;
}

export interface NpsEstimate extends Estimate {
  se: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface ColumnRole {
  index: number;
  header: string;
  role: string;
  confidence: number;
  evidence: string;
}

/** Every column as detection saw it (issue 12): role "attribute" when it has none. */
export interface ColumnSummary extends ColumnRole {
  /** Other roles the column could hold, best first. */
  alternatives: { role: string; confidence: number }[];
  /** What the values are: "e-mail 100%, 3 domains", "integer 1–5", "labels on …". */
  profile: string;
  /** The label scale a score column's answers were read on, when they are labels. */
  scale?: string;
}

export interface Source {
  name: string;
  format: string;
  encoding: string;
  bom: boolean;
  kind: string;
  /** 0..1, the kind model's probability of the kind; 1 when set by a mapping. */
  kind_confidence: number;
  kind_runner_up: string | null;
  /** The features that weighed most for the kind, in a few words. */
  kind_evidence: string;
  /**
   * The evidence the kind was weighed from, features that are not 0: `role:<role>` (that
   * column's confidence), `collection:<kind>`, `type:<kind>`, `vocab:<area>` (header hits),
   * `word:<header word>` (1 when a header uses it), ...
   */
  kind_features: Record<string, number>;
  /** Same header, same signature: a mapping keyed "sig:<this>" applies to every such file. */
  header_signature: string;
  /** The kind or a key role was decided by a small margin (see the uncertain_* issues). */
  uncertain: boolean;
  bytes: number;
  rows: number;
  rows_rejected: number;
  mapping: { columns: ColumnRole[] };
  columns: ColumnSummary[];
  metrics: { nps: NpsEstimate | null };
  issues: { total: number; listed: number };
}

export interface Issue {
  source: string;
  row: number;
  line: number;
  column: string | null;
  code: string;
  value: string | null;
  message: string;
}

export interface Report {
  schema: "cxsignals.report/1";
  generator: { name: "cxsignals"; version: string };
  as_of: string | null;
  sources: Source[];
  metrics: { nps: NpsEstimate | null };
  data_quality: {
    totals: { rows: number; rows_rejected: number; issues: number; listed: number; by_code: Record<string, number> };
    issues: Issue[];
  };
}

export class CxsError extends Error {
  code: string;
}

export const CHUNK_BYTES: number;
export function analyze(files: InputFile[], options?: AnalyzeOptions): Promise<Report>;

/** A trained intent model, "cxsignals.intent_model/1": non-zero weights by hashed index. */
export interface IntentModel {
  schema: "cxsignals.intent_model/1";
  hash_bits: number;
  labels_seen: number;
  intents: Record<"churn_risk" | "competitor_switch" | "expansion", { bias: number; weights: Record<string, number> }>;
}

/**
 * Trains the intent model on labelled texts (JSON Lines: {"text", "subject"?, "labels"} per
 * line), starting from options.model or the phrase rules, on this machine.
 */
export function trainIntentModel(labels: string, options?: AnalyzeOptions): Promise<IntentModel>;
/** trainIntentModel(), resolving to the JSON text `cxsignals train` prints. */
export function trainIntentModelToJson(labels: string, options?: AnalyzeOptions): Promise<string>;
export function analyzeToJson(files: InputFile[], options?: AnalyzeOptions): Promise<string>;
export function version(): Promise<string>;
export function loadModule(): Promise<unknown>;
