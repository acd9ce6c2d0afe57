// Spawns a program on the bench file and times it from spawn to exit (process start-up
// included), with its own peak RSS from GNU time when /usr/bin/time is there. Shared by the
// peers that are separate programs (the native CLI, the naive C++ loop).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const gnuTime = "/usr/bin/time";

/** Resolves to {ms, stdout, peakRssMiB}; rejects when the program exits non-zero. */
export async function spawnTimed(program, args, name) {
  const dir = mkdtempSync(join(tmpdir(), "cxs-bench-"));
  const rusage = join(dir, "rusage");
  const [command, argv] = existsSync(gnuTime)
    ? [gnuTime, ["-f", "%M", "-o", rusage, program, ...args]]
    : [program, args];
  try {
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise((resolve, reject) => {
      const child = spawn(command, argv, { stdio: ["ignore", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (chunk) => out.push(chunk));
      child.stderr.on("data", (chunk) => err.push(chunk));
      child.on("error", reject);
      child.on("close", (exit) => resolve({ code: exit, stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString() }));
    });
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`${name} exited ${code}: ${stderr.trim()}`);
    // Without GNU time the program's own peak is unknown: null, never this Node process's figure.
    const peakRssMiB = existsSync(rusage) ? Number(readFileSync(rusage, "utf8").trim()) / 1024 : null;
    return { ms, stdout, peakRssMiB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
