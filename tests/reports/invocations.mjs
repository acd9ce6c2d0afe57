// The CLI invocations whose reports are kept byte for byte in tests/data/reports/ (issue 14:
// the flat rewrite must not change one byte of any report). One list, read by the script that
// writes the reports and by the test that compares them.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { prepare } from "../bench/survey_1m/generate.mjs";

export const root = new URL("../../", import.meta.url).pathname;
export const goldenDir = join(root, "tests/data/reports");

const exportFile = /\.(csv|tsv|txt|json|ndjson|mbox|eml)$/;

function filesOf(dir) {
  return readdirSync(join(root, dir)).sort()
    .filter((name) => exportFile.test(name) && name !== "expected.json")
    .map((name) => `${dir}/${name}`);
}

function vendorFiles() {
  const dir = "tests/data/vendors";
  const out = [];
  for (const tool of readdirSync(join(root, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    for (const name of readdirSync(join(root, dir, tool.name)).sort()) {
      if (!/^(README\.md|expected\.json)$/.test(name)) out.push(`${dir}/${tool.name}/${name}`);
    }
  }
  return out;
}

/** Returns [{name, args}]: `name` is the report's file stem, `args` the CLI arguments. */
export async function invocations() {
  const asOf = ["report", "--as-of", "2026-11-25"];
  const list = [];
  for (const dir of ["tests/data/surveys", "tests/data/corpus", "tests/data/pipeline", "web/demo", "tests/data/signals"]) {
    const stem = dir.split("/").pop();
    list.push({ name: `${stem}-all`, args: [...asOf, ...filesOf(dir)] });
  }
  for (const dir of ["tests/data/surveys", "tests/data/corpus", "tests/data/pipeline"]) {
    for (const file of filesOf(dir)) {
      list.push({ name: `${dir.split("/").pop()}-${file.split("/").pop().replace(".", "_")}`, args: [...asOf, file] });
    }
  }
  list.push({ name: "vendors-all", args: [...asOf, ...vendorFiles()] });
  list.push({ name: "cdnow-split", args: ["report", "--as-of", "1998-06-30", "--calibration-end", "1997-09-30",
    "--horizon-weeks", "39", "tests/data/cdnow/cdnow_orders.csv"] });
  // The bench's survey shape (BOM, CRLF, quoted line breaks, Japanese comments) at 5,000 rows:
  // the generator is seeded, so every machine writes the same bytes.
  const survey = await prepare({ rows: 5000, cacheDir: join(root, "build/bench/survey_1m") });
  list.push({ name: "survey-5k", args: ["report", "--as-of", "2026-01-01", survey.path.slice(root.length)] });
  return list;
}
