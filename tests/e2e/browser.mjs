// Shared Chromium launch for the end-to-end tests: Debian's chromium, no downloads, every
// request recorded.
import { spawn } from "node:child_process";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../..", import.meta.url));

export const CHROMIUM = process.env.CXS_CHROMIUM ?? "/usr/bin/chromium";

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Opens a page that records every request it makes (URL and kind) into `requests`.
 *  `options` go to the browser context (e.g. a viewport, or bypassCSP to inject a test tool). */
export async function recordingPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  // Workers' requests are reported through the context too.
  context.on("request", (request) => {
    if (!requests.some((r) => r.url === request.url())) requests.push({ url: request.url(), type: request.resourceType() });
  });
  return { context, page, requests, errors };
}

/** Starts scripts/serve.mjs on a free port: resolves to {origin, stop}. */
export async function serve() {
  const server = spawn(process.execPath, [`${root}/scripts/serve.mjs`], {
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk) => {
      const match = /http:\/\/[\d.]+:\d+/.exec(String(chunk));
      if (match) resolve(match[0]);
    });
    server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { origin, stop: () => server.kill() };
}

/** Fails when the page requested anything outside `allowedPrefix` (its origin, or its file:
 *  URL): blob: and data: URLs are the page's own. */
export function assertOnlyOwnRequests(requests, allowedPrefix) {
  const outside = requests.filter(
    ({ url }) => !url.startsWith(allowedPrefix) && !url.startsWith("blob:") && !url.startsWith("data:"));
  if (outside.length) throw new Error(`the page made a request outside its own origin: ${JSON.stringify(outside)}`);
}

/** Serves the page and launches Chromium once for a test file (node:test before/after hooks);
 *  `ready` gets {origin, browser} before the first test runs. */
export function servedBrowser(ready) {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launch();
    ready({ origin: server.origin, browser });
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });
}

/** Shows one of the page's views through its navigation link, as a user does. */
export async function showView(page, name) {
  await page.getByTestId(`nav-${name}`).click();
  await page.getByTestId(`view-${name}`).waitFor({ state: "visible" });
}

/** Opens the settings panel (analysis settings, routing rules, learning) if it is closed. */
export async function openSettings(page) {
  if (await page.getByTestId("settings").isVisible()) return;
  await page.getByTestId("settings-toggle").click();
  await page.getByTestId("settings").waitFor({ state: "visible" });
}
