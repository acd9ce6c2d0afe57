// A small page that mounts only the Signals and Customers views (web/views/*.js) with a stand-in
// shell: a hash router, the views' string tables, core_messages.js's coreText, and learning hooks
// that record each label. The e2e tests use it to test the views on their own, under the same
// CSP as the real page (connect-src 'none'), served on 127.0.0.1. window.harness.render(report)
// gives the views a report; window.harness.labelCalls lists the labels recorded.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

const ENTRY = `
import { createSignalsView } from "./web/views/signals.js";
import { createCustomersView } from "./web/views/customers.js";
import signalStrings from "./web/views/signals_i18n.js";
import customerStrings from "./web/views/customers_i18n.js";
import { coreText } from "./web/core_messages.js";
import { format } from "./web/i18n.js";
const tables = { en: { ...signalStrings.en, ...customerStrings.en }, ja: { ...signalStrings.ja, ...customerStrings.ja } };
let lang = "en";
let report = null;
const verdicts = new Map();
const labelCalls = [];
const key = (s, e) => JSON.stringify([s.id, e.source, e.row, e.field]);
const labels = {
  verdict: (s, e) => verdicts.get(key(s, e)),
  async label(s, e, verdict) {
    labelCalls.push({ signal: s.id, source: e.source, row: e.row, field: e.field, verdict });
    if (verdicts.get(key(s, e)) === verdict) verdicts.delete(key(s, e));
    else verdicts.set(key(s, e), verdict);
  },
};
const ctx = {
  t: (k, values) => format(tables[lang][k] ?? tables.en[k] ?? k, values),
  lang: () => lang,
  navigate: (hash) => { if (location.hash !== hash) location.hash = hash; else show(); },
  // The core's messages go through core_messages.js; a message id starting "test." renders as
  // ⟦lang:id⟧, so a test can see which fields the views pass through it, in which language.
  coreText: (msg, fallback, language) =>
    (typeof msg?.id === "string" && msg.id.startsWith("test.") ? \`⟦\${language}:\${msg.id}⟧\` : coreText(msg, fallback, language)),
  labels,
};
const views = { signals: createSignalsView(ctx), customers: createCustomersView(ctx) };
const main = document.querySelector("main");
main.append(views.signals.root, views.customers.root);
function show() {
  const text = location.hash.replace(/^#\\/?/, "");
  const [path, search = ""] = text.split(/\\?(.*)/s);
  const [name, ...rest] = path.split("/");
  const view = views[name] ? name : "signals";
  for (const [other, v] of Object.entries(views)) v.root.hidden = other !== view;
  if (!report) return;
  views[view].render(report);
  views[view].route(rest.join("/"), new URLSearchParams(search));
  document.body.dataset.view = view;
}
window.addEventListener("hashchange", show);
window.harness = {
  render(next) { report = next; show(); },
  setLang(next) { lang = next; show(); },
  labelCalls,
  ready: () => views.signals.ready(),
};
document.body.dataset.ready = "1";
`;

export async function harnessHtml() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: "harness.js" },
    bundle: true, format: "iife", platform: "browser", write: false, logLevel: "error",
  });
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
  const css = await readFile(`${root}/web/views/inbox.css`, "utf8");
  const hash = createHash("sha256").update(script).digest("base64");
  const csp = ["default-src 'none'", `script-src 'sha256-${hash}'`, "connect-src 'none'", "style-src 'unsafe-inline'",
    "img-src data: blob:", "form-action 'none'", "base-uri 'none'"].join("; ");
  const theme = ":root { --bg: #f6f7fa; --surface: #fff; --fg: #1d2330; --muted: #5b6475; --border: #d8dde6; " +
    "--accent: #2458d3; --danger: #c0392b; --warn: #c98a00; --ok: #2e7d4f; font-family: system-ui, sans-serif; } " +
    "body { margin: 0; background: var(--bg); } main { padding: 1rem 2rem; }";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}"><title>views harness</title>` +
    `<style>${theme}\n${css}</style></head><body><main></main><script>${script}</script></body></html>`;
  return { html, csp };
}

/** Serves the harness page at / on 127.0.0.1: resolves to {origin, stop}. */
export async function serveHarness() {
  const { html, csp } = await harnessHtml();
  const server = createServer((request, response) => {
    if (new URL(request.url, "http://x").pathname !== "/") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp, "cache-control": "no-store" });
    response.end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() };
}
