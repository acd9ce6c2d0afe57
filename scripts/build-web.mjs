// Builds web/ into one self-contained HTML file (dist/web/index.html) that works served or
// from file://, offline: app, worker, wasm (base64), styles and demo data are all inlined.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, writeFile, stat } from "node:fs/promises";

const root = new URL("..", import.meta.url);
const at = (path) => new URL(path, root).pathname;

async function bundle(entry, define = {}) {
  const result = await build({
    entryPoints: [at(entry)],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["chrome110", "firefox115", "safari16"],
    minify: true,
    write: false,
    define,
    loader: { ".csv": "binary", ".wasm": "binary" },
    logLevel: "error",
    // The emscripten glue reads import.meta.url only to find its .wasm file; the worker hands
    // it the bytes (and a locateFile), so an empty import.meta is correct here.
    logOverride: { "empty-import-meta": "silent" },
  });
  return result.outputFiles[0].text;
}

const workerSource = await bundle("web/worker.js");
const appSource = await bundle("web/app.js", { __WORKER_SOURCE__: JSON.stringify(workerSource) });
// A closing tag inside the inline script would end it early.
const safeApp = appSource.replace(/<\/(script)/gi, "<\\/$1");
const scriptHash = createHash("sha256").update(safeApp).digest("base64");

// default-src 'none' and connect-src 'none': no request can leave the page. The worker is a
// blob: URL and inherits this policy; 'wasm-unsafe-eval' lets it compile the core.
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${scriptHash}' 'wasm-unsafe-eval' blob:`,
  "worker-src blob:",
  "connect-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

const template = await readFile(at("web/index.html"), "utf8");
// uPlot's own stylesheet (legend, cursor) goes in first, so the page's rules can refine it; each
// view's stylesheet (web/views/*.css, in name order) after the page's, so it can use its variables.
const uplotCss = await readFile(at("node_modules/uplot/dist/uPlot.min.css"), "utf8");
const viewCss = (await readdir(at("web/views"))).filter((name) => name.endsWith(".css")).sort();
const style = [uplotCss, await readFile(at("web/style.css"), "utf8"),
  ...await Promise.all(viewCss.map((name) => readFile(at(`web/views/${name}`), "utf8")))].join("\n");
const html = template
  .replace("__CSP__", csp)
  .replace("__STYLE__", () => style)
  .replace("__SCRIPT__", () => safeApp);

await mkdir(at("dist/web"), { recursive: true });
await writeFile(at("dist/web/index.html"), html);
await writeFile(at("dist/web/csp.txt"), csp + "\n");
const { size } = await stat(at("dist/web/index.html"));
console.log(`dist/web/index.html: ${(size / 1024).toFixed(0)} KiB (worker ${(workerSource.length / 1024).toFixed(0)} KiB)`);
