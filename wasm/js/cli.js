#!/usr/bin/env node
// The npm bin: `npx cxsignals report FILE...`, the same arguments and output as the native tool.
import { createReadStream } from "node:fs";
import { access, constants } from "node:fs/promises";
import { basename } from "node:path";
import { analyzeToJson, loadModule, CxsError } from "./index.js";
import { todayUtc } from "./analyze.js";

const mod = await loadModule();
const request = JSON.parse(mod.parseCliArgs(JSON.stringify(process.argv.slice(2))));

function exit(code) {
  process.exitCode = code;
}

if (request.action === "help") {
  process.stdout.write(mod.cliUsage());
  exit(mod.EXIT_OK);
} else if (request.action === "version") {
  process.stdout.write(`cxsignals ${mod.version()}\n`);
  exit(mod.EXIT_OK);
} else if (request.action === "usage_error") {
  process.stderr.write(`cxsignals: ${request.message}\n${mod.cliUsage()}`);
  exit(mod.EXIT_USAGE);
} else {
  let readable = true;
  for (const path of request.files.filter((p) => p !== "-")) {
    try {
      await access(path, constants.R_OK);
    } catch (error) {
      process.stderr.write(`cxsignals: cannot read ${path}: ${error.message}\n`);
      readable = false;
      break;
    }
  }
  if (!readable) {
    exit(mod.EXIT_NO_INPUT);
  } else {
    const files = request.files.map((path) =>
      path === "-"
        ? { name: "stdin", data: process.stdin }
        : { name: basename(path), data: createReadStream(path, { highWaterMark: 4 << 20 }) });
    try {
      process.stdout.write(await analyzeToJson(files, { as_of: request.as_of || todayUtc() }));
      exit(mod.EXIT_OK);
    } catch (error) {
      if (!(error instanceof CxsError)) throw error;
      process.stderr.write(`cxsignals: ${error.code}: ${error.message}\n`);
      exit(mod.EXIT_FAILED);
    }
  }
}
