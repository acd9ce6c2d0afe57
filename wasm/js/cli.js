#!/usr/bin/env node
// The npm bin: `npx cxsignals report FILE...`, the same arguments, output and exit codes as the
// native tool. The grammar and the request -> options step are the core's (cli_args.hpp); this
// file only reads files and writes streams.
import { createReadStream } from "node:fs";
import { access, constants, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { analyzeToJson, loadModule, CxsError, trainIntentModelToJson } from "./index.js";
import { todayUtc } from "./analyze.js";

const mod = await loadModule();
const args = JSON.stringify(process.argv.slice(2));
const request = JSON.parse(mod.parseCliArgs(args));

/** Runs the request; resolves to the exit code. */
async function run() {
  if (request.action === "help") {
    process.stdout.write(mod.cliUsage());
    return mod.EXIT_OK;
  }
  if (request.action === "version") {
    process.stdout.write(`cxsignals ${mod.version()}\n`);
    return mod.EXIT_OK;
  }
  if (request.action === "schema") {
    process.stdout.write(mod.schemaText(request.schema_name));
    return mod.EXIT_OK;
  }
  if (request.action === "usage_error") {
    process.stderr.write(`cxsignals: ${request.message}\n${mod.cliUsage()}`);
    return mod.EXIT_USAGE;
  }
  // Option files first, in the core's order, then the data files: as the native tool reads.
  const texts = [];
  for (const { path } of request.option_files) {
    try {
      texts.push(await readFile(path, "utf8"));
    } catch (error) {
      process.stderr.write(`cxsignals: cannot read ${path}: ${error.message}\n`);
      return mod.EXIT_NO_INPUT;
    }
  }
  const options = JSON.parse(mod.cliOptions(args, JSON.stringify(texts), todayUtc()));
  if (options.exit_code !== mod.EXIT_OK) {
    process.stderr.write(`cxsignals: ${options.message}\n`);
    return options.exit_code;
  }
  const coreOptions = JSON.parse(options.options_json);
  for (const path of request.files.filter((p) => p !== "-")) {
    try {
      await access(path, constants.R_OK);
    } catch (error) {
      process.stderr.write(`cxsignals: cannot read ${path}: ${error.message}\n`);
      return mod.EXIT_NO_INPUT;
    }
  }
  try {
    if (request.action === "train") {
      const labels = await readFile(request.files[0], "utf8");
      process.stdout.write((await trainIntentModelToJson(labels, coreOptions)) + "\n");
      return mod.EXIT_OK;
    }
    const files = request.files.map((path) =>
      path === "-"
        ? { name: "stdin", data: process.stdin }
        : { name: basename(path), data: createReadStream(path, { highWaterMark: 4 << 20 }) });
    process.stdout.write(await analyzeToJson(files, coreOptions));
    return mod.EXIT_OK;
  } catch (error) {
    if (!(error instanceof CxsError)) throw error;
    process.stderr.write(`cxsignals: ${error.code}: ${error.message}\n`);
    return mod.cliExitCode(error.code);
  }
}

process.exitCode = await run();
