// The report schema compiled with ajv, as the tests in this folder check reports against it, and
// the ways they make reports (native CLI, npm package).
import Ajv from "ajv";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const schemaPath = `${root}core/data/schemas/report.schema.json`;
export const schema = JSON.parse(await readFile(schemaPath, "utf8"));

/** format "date" as the core's validator reads it: a calendar date written YYYY-MM-DD. */
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

// strict: a keyword ajv does not know, or one it would ignore, is an error in the schema.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addFormat("date", isCalendarDate);
const validateReport = ajv.compile(schema);
const validateErrorReply = ajv.compile({ $ref: `${schema.$id}#/definitions/error_reply` });

/** ajv's errors, one line each: the path in the report, what failed, and the keyword's params. */
export function describeErrors(errors, limit = 12) {
  const lines = errors.slice(0, limit).map((e) => `  ${e.instancePath || "(root)"}: ${e.message} ${JSON.stringify(e.params)}`);
  if (errors.length > limit) lines.push(`  ... and ${errors.length - limit} more`);
  return lines.join("\n");
}

/** The errors of `report` against the schema ([] when it is valid). */
export function reportErrors(report) {
  return validateReport(report) ? [] : [...validateReport.errors];
}

/** Fails with every offending path when `report` does not validate. */
export function assertValidReport(report, label) {
  const errors = reportErrors(report);
  if (errors.length) throw new Error(`${label} does not validate against report.schema.json:\n${describeErrors(errors)}`);
}

/** The errors of an {"error"} reply against the schema's error_reply ([] when it is valid). */
export function errorReplyErrors(reply) {
  return validateErrorReply(reply) ? [] : [...validateErrorReply.errors];
}

const run = promisify(execFile);
export const nativeCli = `${root}build/native/core/cli/cxsignals`;
export const asOf = "2026-11-25";

/** The report the native CLI prints for `files` (paths from the repository root). */
export async function cliReport(files, extra = []) {
  const { stdout } = await run(nativeCli, ["report", "--as-of", asOf, ...extra, ...files], { cwd: root, maxBuffer: 512 << 20 });
  return JSON.parse(stdout);
}

/** The report analyze() of the built npm package gives for `files` (paths from the root). */
export async function npmReport(files) {
  const { analyze } = await import("../../dist/pkg/index.js");
  const inputs = await Promise.all(files.map(async (file) => ({ name: file, data: new Uint8Array(await readFile(`${root}${file}`)) })));
  return analyze(inputs, { as_of: asOf });
}
