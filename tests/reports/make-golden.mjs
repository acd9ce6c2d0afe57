// Writes tests/data/reports/NAME.json.gz: the reports the native CLI prints today for every
// invocation in invocations.mjs. Run it only when a report is meant to change, and say in the
// commit what changed and why; the golden test then holds every later change to those bytes.
//   node tests/reports/make-golden.mjs [path/to/cxsignals]
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { goldenDir, invocations, root } from "./invocations.mjs";

const cli = process.argv[2] ?? join(root, "build/native/core/cli/cxsignals");
rmSync(goldenDir, { recursive: true, force: true });
mkdirSync(goldenDir, { recursive: true });
let total = 0;
for (const { name, args } of await invocations()) {
  const report = execFileSync(cli, args, { cwd: root, maxBuffer: 256 << 20 });
  const packed = gzipSync(report, { level: 9 });
  writeFileSync(join(goldenDir, `${name}.json.gz`), packed);
  total += packed.length;
  console.log(`${name}: ${report.length} bytes (${packed.length} gzipped)`);
}
console.log(`total ${total} bytes gzipped in ${goldenDir.slice(root.length)}`);
