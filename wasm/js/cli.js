#!/usr/bin/env node
// The npm bin: `npx cxsignals report FILE...`, the same arguments and output as the native tool.
import { createReadStream } from "node:fs";
import { access, constants, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { analyzeToJson, loadModule, CxsError, trainIntentModelToJson } from "./index.js";
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
  const options = { as_of: request.as_of || todayUtc() };
  if (request.company_domains.length) options.company_domains = request.company_domains;
  if (request.calibration_end) options.calibration_end = request.calibration_end;
  if (request.horizon_weeks > 0) options.horizon_weeks = request.horizon_weeks;
  if (request.competitors.length) options.competitors = request.competitors;
  if (request.own_accounts.length) options.own_accounts = request.own_accounts;
  // Options given as JSON files, in the order the native tool reads them.
  const jsonFiles = [
    ["mapping", request.mapping_file],
    ["routes", request.routes_file],
    ["lexicon", request.lexicon_file],
    ["model", request.model_file],
  ].filter(([, path]) => path);
  for (const path of [...jsonFiles.map(([, p]) => p), ...request.files].filter((p) => p && p !== "-")) {
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
      let jsonOk = true;
      for (const [key, path] of jsonFiles) {
        try {
          options[key] = JSON.parse(await readFile(path, "utf8"));
        } catch {
          process.stderr.write(`cxsignals: ${path} is not valid JSON\n`);
          jsonOk = false;
          break;
        }
      }
      if (!jsonOk) {
        exit(mod.EXIT_USAGE);
      } else if (request.action === "train") {
        const labels = await readFile(request.files[0], "utf8");
        process.stdout.write((await trainIntentModelToJson(labels, options)) + "\n");
        exit(mod.EXIT_OK);
      } else {
        process.stdout.write(await analyzeToJson(files, options));
        exit(mod.EXIT_OK);
      }
    } catch (error) {
      if (!(error instanceof CxsError)) throw error;
      process.stderr.write(`cxsignals: ${error.code}: ${error.message}\n`);
      exit(mod.EXIT_FAILED);
    }
  }
}
