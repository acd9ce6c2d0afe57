// Customer 360 (web/views/customers.js) in real Chromium, through the built page and its hashes:
// search by e-mail, name and id, counted against the report the npm CLI writes for the same demo
// files; a customer's page (keys, sources, scores, revenue, health, models, signals, timeline);
// opened from search and from a signal; in Japanese. A timeline longer than a page is paged
// (on the views' harness, with a synthetic report). Every request recorded; none leaves the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { assertOnlyOwnRequests, recordingPage, servedBrowser } from "./browser.mjs";
import { demoFiles } from "../web/demo_files.mjs";
import { serveHarness } from "../web/harness.mjs";
import customerStrings from "../../web/views/customers_i18n.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

let origin;
let browser;
servedBrowser((served) => ({ origin, browser } = served));

let cli = null;
/** The page with the demo loaded, and the report the npm CLI writes for the same files, in the
 *  page's order and with the page's as-of date (signal ids depend on both). */
async function demoPage() {
  const recorded = await recordingPage(browser);
  const { page } = recorded;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/`);
  await page.getByTestId("load-demo").click();
  await page.getByTestId("status").and(page.locator("[data-state=done]")).waitFor({ timeout: 60000 });
  if (!cli) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const { as_of: asOf } = JSON.parse(await readFile(await download.path(), "utf8"));
    cli = JSON.parse(execFileSync(process.execPath, [`${root}/dist/pkg/cli.js`, "report", "--as-of", asOf, ...demoFiles()],
      { encoding: "utf8", maxBuffer: 1 << 28 }));
  }
  return recorded;
}

/** Goes to a hash as a link would. */
const go = (page, hash) => page.evaluate((h) => { location.hash = h; }, hash);
const view = (page) => page.locator(".customers-view");
const en = (n, digits) => Number(n).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const health = (n) => Number(n).toLocaleString("en-US", { maximumFractionDigits: 1 });
/** Who a search finds, by the rule the page states: every word in the id, an e-mail, a name or a key. */
const matches = (profiles, query) => profiles.filter((p) => query.toLowerCase().split(/\s+/).filter(Boolean)
  .every((word) => [p.id, ...p.emails, ...p.names, ...p.keys].some((v) => v.toLowerCase().includes(word))));

test("search by e-mail, name and id finds the customers counted from the report; a result opens the customer's page", async () => {
  const { context, page, requests, errors } = await demoPage();
  const { profiles } = cli.customers;
  await page.getByTestId("nav-customers").click();
  const v = view(page);
  await v.getByTestId("customer-search").waitFor();
  const count = () => v.getByTestId("customers-count").getAttribute("data-shown").then(Number);
  assert.equal(await count(), profiles.length);

  // A customer with orders, signals, health and several sources.
  const p = profiles.find((x) => x.signals.length && x.health && Object.keys(x.revenue).length && x.sources.length >= 3 && x.emails.length);
  await v.getByTestId("customer-search").fill(p.emails[0].toUpperCase());
  assert.deepEqual(matches(profiles, p.emails[0]).map((x) => x.id), [p.id]);
  assert.equal(await count(), 1);
  assert.deepEqual(await v.getByTestId("customer-row").evaluateAll((rows) => rows.map((r) => r.dataset.id)), [p.id]);
  // A company name several customers share.
  const names = new Map();
  for (const x of profiles) for (const name of x.names) names.set(name, (names.get(name) ?? 0) + 1);
  const [shared] = [...names].find(([, n]) => n >= 3);
  await v.getByTestId("customer-search").fill(shared);
  const byName = matches(profiles, shared);
  assert.ok(byName.length >= 3);
  assert.equal(await count(), byName.length);
  assert.deepEqual(new Set(await v.getByTestId("customer-row").evaluateAll((rows) => rows.map((r) => r.dataset.id))),
    new Set(byName.map((x) => x.id)));
  // The id.
  await v.getByTestId("customer-search").fill(p.id);
  assert.equal(await count(), matches(profiles, p.id).length);
  await v.getByTestId("customer-row").first().click();
  await page.waitForFunction((id) => location.hash === `#/customers/${id}`, p.id);

  const card = v.getByTestId("customer-page");
  assert.equal(await card.getByTestId("customer-name").textContent(), p.names[0] ?? p.emails[0]);
  assert.equal(await card.getByTestId("customer-id").textContent(), p.id);
  assert.deepEqual(await card.getByTestId("customer-keys").locator("li").allTextContents(), p.keys);
  assert.deepEqual(await card.getByTestId("customer-sources").locator("li").allTextContents(), p.sources);
  assert.equal(await card.getByTestId("customer-nps").textContent(), p.last_nps === null ? "—" : String(p.last_nps));
  assert.equal(await card.getByTestId("customer-orders-n").textContent(), String(p.orders));
  const revenue = await card.getByTestId("customer-revenue").textContent();
  for (const [currency, amount] of Object.entries(p.revenue)) assert.ok(revenue.includes(`${en(amount, 2)} ${currency}`), revenue);
  assert.equal(await card.getByTestId("customer-subscription-status").textContent(), p.subscription.status || "none");
  assert.equal(await card.getByTestId("health-score").textContent(), health(p.health.score));
  assert.deepEqual(await card.getByTestId("health-component").evaluateAll((rows) => rows.map((r) => r.dataset.name)),
    p.health.components.map((c) => c.name));
  const details = await card.locator("[data-testid=health-component] .component-detail").allTextContents();
  assert.deepEqual(details, p.health.components.map((c) => c.detail));
  assert.equal(await card.getByTestId("customer-p-alive").textContent(),
    p.models.p_alive === null ? "—" : `${en(100 * p.models.p_alive, 1)}%`);
  assert.deepEqual(await card.getByTestId("customer-signal").evaluateAll((links) => links.map((a) => a.dataset.id)), p.signals);
  assert.equal(await card.getByTestId("timeline-entry").count(), Math.min(200, p.timeline.length));
  const texts = await card.locator("[data-testid=timeline-entry] .timeline-text").allTextContents();
  assert.deepEqual(texts, p.timeline.slice(0, 200).map((e) => e.text));

  // The orders: lowest health first, most signals first (ties by id), as counted from the report.
  await go(page, "#/customers");
  await v.getByTestId("customer-search").fill("");
  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const healthOf = (x) => x.health?.score ?? Infinity;
  await v.getByTestId("customer-sort").selectOption("health");
  const lowest = [...profiles].sort((a, b) => healthOf(a) - healthOf(b) || byId(a, b)).slice(0, 3).map((x) => x.id);
  assert.deepEqual((await v.getByTestId("customer-row").evaluateAll((rows) => rows.map((r) => r.dataset.id))).slice(0, 3), lowest);
  await v.getByTestId("customer-sort").selectOption("signals");
  const most = [...profiles].sort((a, b) => b.signals.length - a.signals.length || healthOf(a) - healthOf(b) || byId(a, b))[0];
  assert.equal(await v.getByTestId("customer-row").first().getAttribute("data-id"), most.id);
  await v.getByTestId("customer-sort").selectOption("recent");
  await v.getByTestId("customer-search").fill(p.id);
  await go(page, `#/customers/${p.id}`);

  // Back to the list; the search is kept.
  await card.getByTestId("customer-back").click();
  await page.waitForFunction(() => location.hash === "#/customers");
  assert.equal(await v.getByTestId("customer-search").inputValue(), p.id);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("a signal opens its customer, and the customer's signals open their detail; the page in Japanese", async () => {
  const { context, page, requests, errors } = await demoPage();
  const signal = cli.signals.find((s) => s.customer_id && s.type === "churn_risk");
  const profile = cli.customers.profiles.find((p) => p.id === signal.customer_id);
  await go(page, `#/signals/${signal.id}`);
  const inbox = page.locator(".inbox-view");
  assert.equal(await inbox.getByTestId("signal-title").textContent(), signal.title);
  await inbox.getByTestId("signal-state").selectOption("in_progress");
  await page.waitForFunction(() => document.querySelector(".inbox-view [data-testid=signal-saved]")?.dataset.state === "in_progress");
  await inbox.getByTestId("signal-customer").click();
  await page.waitForFunction((id) => location.hash === `#/customers/${id}`, profile.id);
  const card = view(page).getByTestId("customer-page");
  await card.getByTestId("customer-id").getByText(profile.id).waitFor();
  assert.equal(await card.getByTestId("customer-name").textContent(), profile.names[0] ?? profile.emails[0]);
  assert.ok(profile.signals.includes(signal.id));
  // The state given in the inbox shows beside the customer's signal.
  await card.locator(`[data-testid=customer-signal][data-id="${signal.id}"] ~ [data-testid=customer-signal-state]`)
    .getByText("In progress").waitFor();
  const other = profile.signals.at(-1);
  await card.locator(`[data-testid=customer-signal][data-id="${other}"]`).click();
  await page.waitForFunction((id) => location.hash === `#/signals/${id}`, other);
  assert.equal(await inbox.getByTestId("signal-title").textContent(), cli.signals.find((s) => s.id === other).title);

  // Japanese: the customer page's headings from the Japanese table.
  await go(page, `#/customers/${profile.id}`);
  await page.getByTestId("lang").selectOption("ja");
  await card.getByTestId("customer-health").locator("h3").getByText(customerStrings.ja.cust_health).waitFor();
  for (const [testid, key] of [["customer-identity", "cust_identity"], ["customer-scores", "cust_scores"],
    ["customer-orders", "cust_orders"], ["customer-models", "cust_models"], ["customer-signals", "cust_signals"],
    ["customer-timeline", "cust_timeline"]]) {
    assert.equal(await card.getByTestId(testid).locator("h3").textContent(), customerStrings.ja[key], testid);
  }
  assert.equal(await view(page).locator("h1").textContent(), customerStrings.ja.cust_title);
  await page.getByTestId("lang").selectOption("en");
  await go(page, "#/signals");
  await inbox.getByTestId("states-clear").click();
  await inbox.getByTestId("states-clear-confirm").click();
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, origin);
  await context.close();
});

test("a long timeline is shown 200 events at a time, and a list of 20,000 customers stays quick", async () => {
  const harness = await serveHarness();
  const { context, page, requests, errors } = await recordingPage(browser);
  const profiles = [];
  for (let i = 0; i < 20000; i += 1) {
    profiles.push({
      id: `c-${i.toString(16).padStart(8, "0")}`, keys: [`user${i}@example.com`], emails: [`user${i}@example.com`], names: [`User ${i}`],
      sources: ["a.csv"], first_seen: "2026-01-01T00:00:00Z", last_seen: `2026-0${1 + (i % 9)}-01T00:00:00Z`, orders: 0, revenue: {},
      paid: {}, payments_failed: 0, tickets: 0, responses: 0, mentions: 0, last_nps: null, last_csat: null,
      subscription: { status: "", plan: "" },
      models: { rfm: null, persona: null, lapsed: false, p_alive: null, expected_purchases: null, expected_value: null },
      health: null, signals: [], timeline: [],
    });
  }
  profiles[7].timeline = Array.from({ length: 450 }, (_, i) => ({ time: `2026-01-01T00:${String(i % 60).padStart(2, "0")}:00Z`,
    kind: "tickets", source: "a.csv", row: i + 2, text: `<b>event ${i}</b>` }));
  const report = { schema: "cxsignals.report/1", as_of: "2026-10-01", signals: [], customers: { count: 20000, listed: 20000, profiles } };
  await page.goto(`${harness.origin}/#/customers`);
  await page.locator("body[data-ready]").waitFor();
  await page.evaluate((r) => window.harness.render(r), report);
  assert.ok(await page.getByTestId("customer-row").count() < 60, "only the rows in view are drawn");
  // Typing a search over 20,000 customers, timed in the page (the list drawn and laid out).
  const ms = await page.evaluate(() => {
    const input = document.querySelector("[data-testid=customer-search]");
    const times = [];
    for (const text of ["u", "us", "user1", "user19", "user199", "user1999", ""]) {
      const t0 = performance.now();
      input.value = text;
      input.dispatchEvent(new Event("input"));
      void document.body.offsetHeight;
      times.push(performance.now() - t0);
    }
    return times;
  });
  console.log(`# 20,000 customers: search keystrokes ${ms.map((x) => x.toFixed(1)).join(", ")} ms`);
  // Printed, not asserted (a timed test flakes on a shared machine); the rows drawn are.
  await page.getByTestId("customer-search").fill("user1999");
  assert.equal(await page.getByTestId("customers-count").getAttribute("data-shown"),
    String(profiles.filter((p) => p.emails[0].includes("user1999")).length));

  await page.evaluate(() => { location.hash = "#/customers/c-00000007"; });
  const entries = page.getByTestId("timeline-entry");
  await entries.first().waitFor();
  assert.equal(await entries.count(), 200);
  await page.getByTestId("timeline-more").click();
  assert.equal(await entries.count(), 400);
  await page.getByTestId("timeline-more").click();
  assert.equal(await entries.count(), 450);
  assert.ok(await page.getByTestId("timeline-more").isHidden());
  // Customer text is text: the <b> stays as written.
  assert.equal(await entries.nth(449).locator(".timeline-text").textContent(), "<b>event 449</b>");
  assert.equal(await page.locator("[data-testid=customer-timeline] b").count(), 0);
  assert.deepEqual(errors, []);
  assertOnlyOwnRequests(requests, harness.origin);
  await context.close();
  harness.stop();
});
