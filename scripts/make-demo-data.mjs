// Writes the demo export set (web/demo/) that the page's "Load demo data" button and the README
// use: one fictional B2B SaaS company, Acme (acme.example), and its ~900 customer accounts over
// the 18 months to 2026-11-20, as the exports its tools would hand over:
//   acme_survey_qualtrics.csv        Qualtrics relationship survey (NPS, CSAT labels, CES, comment,
//                                    embedded Country / Channel / Plan), 12 months
//   acme_subscriptions_stripe.csv    Stripe subscriptions (Basic / Pro / Enterprise, monthly)
//   acme_orders_shopify.csv          Shopify orders of the Acme Store (hardware, supplies, training)
//   acme_tickets_zendesk.csv         Zendesk ticket view export
//   acme_nps_2026q3_googleforms_ja.csv  a small Japanese Google Forms pulse survey
// Customers link across files by e-mail, written with different case and stray spaces.
// The planted facts (web/demo/README.md, written here too) come from the generator's own draws,
// never from running cxsignals. Deterministic: seeded PRNG, fixed dates. Run: npm run demo-data
import { writeFile, mkdir, rm } from "node:fs/promises";
import { prng, csvLine, seeded } from "./lib/prng.mjs";
import { Table } from "./lib/delimited.mjs";
import {
  QUALTRICS_META, SHOPIFY_ORDERS_HEADER, STRIPE_SUBSCRIPTIONS_HEADER, ZENDESK_TICKETS_HEADER,
  fmt, money, plus, qualtricsEmbedded, qualtricsQuestion, qualtricsResponseId, shopifyOrderRows, ymd,
} from "./lib/exports.mjs";

const out = new URL("../web/demo/", import.meta.url);
const DAY = 86400000;
const END = Date.UTC(2026, 10, 20, 23, 59, 59); // last moment covered by every export
const START = Date.UTC(2025, 4, 21); // 18 months earlier
const SURVEY_START = Date.UTC(2025, 10, 21); // the survey runs for the last 12 months
const PLANT_START = Date.UTC(2026, 8, 21); // the last two months: 2026-09-21 .. 2026-11-20
const PLANT = { country: "DE", plan: "Pro" };


// ---- distributions on top of the uniform PRNG ---------------------------------------------
function normal(r) {
  const u = 1 - r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
}
/** Gamma(shape, rate) by Marsaglia & Tsang (shape < 1 boosted by U^(1/shape)). */
function gamma(r, shape, rate = 1) {
  if (shape < 1) return gamma(r, shape + 1, rate) * Math.pow(1 - r.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x;
    let v;
    do {
      x = normal(r);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - r.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}
const beta = (r, a, b) => {
  const x = gamma(r, a);
  return x / (x + gamma(r, b));
};
const exponential = (r, rate) => -Math.log(1 - r.next()) / rate;
function weighted(r, pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let pick = r.next() * total;
  for (const [value, w] of pairs) {
    pick -= w;
    if (pick < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}
const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
const addMonths = (t, m) => {
  const d = new Date(t);
  const out = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + m, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
  return out;
};
const daytime = (r, t) => t - (t % DAY) + r.int(7 * 3600, 19 * 3600) * 1000 + r.int(0, 59) * 1000;
const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const token = (r, n) => Array.from({ length: n }, () => alnum[r.int(0, 61)]).join("");

// ---- the customer population ----------------------------------------------------------------
const COUNTRIES = [["US", 34], ["GB", 13], ["DE", 18], ["FR", 8], ["NL", 5], ["JP", 10], ["CA", 7], ["AU", 5]];
const NAMES = {
  US: [["James", "Emily", "Michael", "Olivia", "Daniel", "Sophia", "Ryan", "Grace", "Marcus", "Aaliyah", "Carlos", "Mei"],
    ["Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Nguyen", "Robinson", "Lopez", "Carter", "Reed", "Patel"]],
  GB: [["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Arjun", "Freya"], ["Clarke", "Evans", "Hughes", "Walsh", "Wright", "Thompson", "Shah", "Murphy"]],
  DE: [["Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Niklas", "Laura", "Tobias", "Julia"], ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann", "Koch", "Richter"]],
  FR: [["Camille", "Louis", "Chloé", "Hugo", "Léa", "Jules"], ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre"]],
  NL: [["Daan", "Emma", "Sem", "Sanne", "Bram"], ["de Jong", "Jansen", "de Vries", "Bakker", "Visser"]],
  JP: [["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kenji", "Sakura"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Watanabe", "Yamamoto", "Kobayashi"]],
  CA: [["Liam", "Chloe", "Ethan", "Maya", "Noah", "Ava"], ["Tremblay", "Roy", "Gagnon", "Wilson", "MacDonald", "Singh"]],
  AU: [["Jack", "Charlotte", "William", "Mia", "Thomas"], ["Smith", "Kelly", "Taylor", "Harris", "Martin"]],
};
const LANGUAGE = { US: "EN", GB: "EN", CA: "EN", AU: "EN", DE: "DE", FR: "FR", NL: "NL", JP: "JA" };
const CURRENCY = { US: "usd", CA: "usd", AU: "usd", GB: "gbp", DE: "eur", FR: "eur", NL: "eur", JP: "jpy" };
const PLAN_NAMES = ["Basic", "Pro", "Enterprise"];
// Monthly price in minor units per currency; monthly cancellation hazard per plan.
const PRICE = { usd: [4900, 14900, 59900], eur: [4500, 13900, 54900], gbp: [3900, 11900, 47900], jpy: [750000, 2200000, 8800000] };
const HAZARD = { Basic: 0.055, Pro: 0.028, Enterprise: 0.01 };
const MOOD = { Basic: 0.0, Pro: 0.3, Enterprise: 0.6 }; // mean latent satisfaction per plan
const CHANNEL = {
  Basic: [["Self-serve", 80], ["Partner", 15], ["Sales", 5]],
  Pro: [["Self-serve", 50], ["Sales", 30], ["Partner", 20]],
  Enterprise: [["Sales", 75], ["Partner", 15], ["Self-serve", 10]],
};
const COMPANY_A = ["blue", "north", "bright", "iron", "silver", "red", "oak", "river", "summit", "pine", "coral", "atlas", "nova", "delta", "granite", "maple", "harbor", "cedar", "lumen", "vista"];
const COMPANY_B = ["works", "labs", "logistics", "foods", "health", "systems", "retail", "media", "partners", "tech", "motors", "studio", "supply", "dental", "legal"];
const ascii = (s) => s.replace(/ü/g, "ue").replace(/ö/g, "oe").replace(/ä/g, "ae").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase();
const title = (s) => s[0].toUpperCase() + s.slice(1);

function buildPopulation(n) {
  const r = seeded("population");
  const emails = new Set();
  const people = [];
  for (let i = 0; i < n; i++) {
    const country = weighted(r, COUNTRIES);
    const [firsts, lasts] = NAMES[country];
    const first = r.pick(firsts);
    const last = r.pick(lasts);
    const a = r.pick(COMPANY_A);
    const b = r.pick(COMPANY_B);
    const tld = { US: "example", CA: "example", AU: "example", GB: "example", DE: "example", FR: "example", NL: "example", JP: "example" }[country];
    const domain = `${a}${b}.${tld}`;
    const f = ascii(first);
    const l = ascii(last);
    let local = r.pick([`${f}.${l}`, `${f}.${l}`, `${f[0]}${l}`, `${f}`]);
    let email = `${local}@${domain}`;
    for (let k = 2; emails.has(email); k++) email = `${local}${k}@${domain}`;
    emails.add(email);
    const plan = weighted(r, [["Basic", 50], ["Pro", 35], ["Enterprise", 15]]);
    // Sign-ups grow over the 18 months: half uniform, half with density rising linearly.
    const u = r.next() < 0.5 ? r.next() : Math.sqrt(r.next());
    const start = daytime(r, START + Math.floor(u * (END - START - DAY)));
    people.push({
      i, first, last, name: `${first} ${last}`, company: `${title(a)} ${title(b)}${country === "JP" ? " K.K." : country === "DE" ? " GmbH" : country === "GB" ? " Ltd" : ""}`,
      email, country, currency: CURRENCY[country], language: LANGUAGE[country], signupPlan: plan,
      channel: weighted(r, CHANNEL[plan]), start, mood: MOOD[plan] + normal(r),
      cus: `cus_${token(r, 14)}`, zendesk: String(38200000000 + i * 13 + r.int(0, 12)),
    });
  }
  return people;
}

// ---- Stripe: subscriptions, month by month --------------------------------------------------
// Each customer starts on a plan; at every monthly renewal they cancel with the plan's hazard
// (times exp(-0.4 mood); DE Pro accounts three times as likely at renewals after 2026-09-21,
// the planted problem), or upgrade Basic->Pro (1.2%/month) / Pro->Enterprise (0.6%/month).
function simulateSubscriptions(people) {
  const r = seeded("stripe");
  const subs = [];
  for (const p of people) {
    p.subs = [];
    let plan = p.signupPlan;
    let subStart = p.start;
    const trial = p.start > END - 14 * DAY && r.next() < 0.6;
    for (let m = 1; ; m++) {
      const renewal = addMonths(p.start, m);
      if (renewal > END) {
        p.subs.push({ plan, created: subStart, periodStart: addMonths(p.start, m - 1), periodEnd: renewal, status: trial ? "trialing" : r.next() < 0.03 ? "past_due" : "active", trial });
        break;
      }
      let hazard = HAZARD[plan] * Math.exp(-0.4 * p.mood);
      if (p.country === PLANT.country && plan === PLANT.plan && renewal >= PLANT_START) hazard *= 3;
      const u = r.next();
      if (u < hazard) {
        const canceled = daytime(r, renewal - r.int(1, 27) * DAY);
        const atPeriodEnd = r.next() < 0.7;
        const ended = atPeriodEnd ? renewal : canceled;
        if (ended > END) {
          p.subs.push({ plan, created: subStart, periodStart: addMonths(p.start, m - 1), periodEnd: renewal, status: "active", canceled, atPeriodEnd: true });
        } else {
          p.subs.push({ plan, created: subStart, periodStart: addMonths(p.start, m - 1), periodEnd: ended, status: "canceled", canceled, ended, atPeriodEnd });
          p.churnedAt = ended;
        }
        p.cancelRequested = canceled;
        break;
      }
      const up = plan === "Basic" ? 0.012 : plan === "Pro" ? 0.006 : 0;
      if (r.next() < up) {
        const next = plan === "Basic" ? "Pro" : "Enterprise";
        p.subs.push({ plan, created: subStart, periodStart: addMonths(p.start, m - 1), periodEnd: renewal, status: "canceled", canceled: renewal, ended: renewal, atPeriodEnd: false, upgradedTo: next });
        plan = next;
        subStart = renewal;
      }
    }
    for (const s of p.subs) subs.push({ p, ...s, id: `sub_1${token(r, 23)}` });
  }
  subs.sort((a, b) => b.created - a.created); // the dashboard lists newest first
  return subs;
}
const planAt = (p, t) => {
  for (const s of p.subs) if (s.created <= t && (!s.ended || s.ended > t)) return s.plan;
  return null;
};
const activeAt = (p, t) => planAt(p, t) !== null;

function stripeExport(subs) {
  const table = new Table();
  table.row(STRIPE_SUBSCRIPTIONS_HEADER);
  const r = seeded("stripe-cells");
  for (const s of subs) {
    const p = s.p;
    const email = r.next() < 0.02 ? `${p.email} ` : p.email; // pasted with a trailing space
    const amount = PRICE[p.currency][PLAN_NAMES.indexOf(s.plan)];
    table.row([
      s.id, p.cus, p.company, email, s.plan, `Acme ${s.plan}`, 1, p.currency, "month", money(amount, p.currency),
      s.status, fmt.minutes(new Date(s.created)), fmt.minutes(new Date(s.created)),
      fmt.minutes(new Date(s.periodStart)), fmt.minutes(new Date(s.periodEnd)),
      s.trial ? fmt.minutes(new Date(s.created)) : "", s.trial ? fmt.minutes(new Date(s.created + 14 * DAY)) : "",
      s.canceled ? fmt.minutes(new Date(s.canceled)) : "", s.ended ? fmt.minutes(new Date(s.ended)) : "",
      s.atPeriodEnd ? "true" : "false",
    ]);
  }
  return table.text;
}

// ---- Qualtrics: the relationship survey -----------------------------------------------------
const NPS_Q = "How likely are you to recommend Acme to a friend or colleague?";
const CSAT_LABELS = ["Extremely dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Extremely satisfied"];
const COMMENTS = {
  low: [
    "Too expensive for what we use, we are evaluating other tools.",
    "Support takes days to answer. We pay for Pro, this is not Pro support.",
    "Reports are slow and the CSV export times out.",
    "Billing charged us twice in March, took three weeks to get a refund.",
    "Please send me a copy of our contract, we are reviewing our options.",
    "Brightdesk does the same for half the price.",
    "The mobile app logs me out every day.",
  ],
  mid: ["Does the job.", "Fine, but the export to Excel is slow.", "Good product, pricing is a bit high.", "Would like SSO and an API for exports.", "OK overall; onboarding could be shorter."],
  high: [
    "Support answered within minutes, and the fix worked.",
    "Dashboards are clear; my team uses them every morning.",
    "Great product, \"just works\" as promised.",
    "Onboarding was smooth, thanks to Priya.",
    "The new scheduling feature saved us hours every week.",
  ],
  plant: [
    "Since the October update the DATEV export fails every month-end.",
    "Seit dem Update im Oktober funktioniert der DATEV-Export nicht mehr.",
    "The new Pro pricing plus the broken DATEV export - we are looking at alternatives.",
    "DATEV export broken for weeks, support keeps saying it is a known issue.",
    "Month-end close took two extra days because the DATEV export is broken.",
  ],
};

function qualtricsExport(people) {
  const r = seeded("qualtrics");
  const table = new Table({ eol: "\r\n" });
  const meta = Object.fromEntries(QUALTRICS_META.map((c) => [c[0], c.map((h) => h.replace("America/Los_Angeles", "UTC"))]));
  const cols = [
    ...["StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "RecipientEmail", "UserLanguage"].map((k) => meta[k]),
    qualtricsQuestion("Q1", NPS_Q, "QID1"),
    qualtricsQuestion("Q1_NPS_GROUP", `${NPS_Q} - Group`, "QID1_NPS_GROUP"),
    qualtricsQuestion("Q2", "Overall, how satisfied are you with Acme?", "QID2"),
    qualtricsQuestion("Q3", "How easy was it to get what you needed from Acme?", "QID3"),
    qualtricsQuestion("Q4", "What is the main reason for your score?", "QID4_TEXT"),
    qualtricsEmbedded("Country"), qualtricsEmbedded("Channel"), qualtricsEmbedded("Plan"),
  ];
  for (let h = 0; h < 3; h++) table.row(cols.map((c) => c[h]));

  // 1,500 responses: a date, then an account active (and past its trial) on that date.
  const responses = [];
  const truth = { before: new Map(), plant: new Map(), all: { p: 0, d: 0, n: 0 } };
  while (responses.length < 1500) {
    const t = daytime(r, SURVEY_START + Math.floor(r.next() * (END - SURVEY_START - DAY)));
    const anonymous = r.next() < 0.03;
    let p = null;
    if (!anonymous) {
      p = r.pick(people);
      if (!activeAt(p, t) || t < p.start + 14 * DAY) continue;
    }
    responses.push({ t, p });
  }
  responses.sort((a, b) => a.t - b.t);
  const tally = (map, key, score) => {
    if (!map.has(key)) map.set(key, { n: 0, p: 0, d: 0 });
    const c = map.get(key);
    c.n++;
    c.p += score >= 9 ? 1 : 0;
    c.d += score <= 6 ? 1 : 0;
  };
  let npsBlank = 0;
  for (const { t, p } of responses) {
    const plan = p ? planAt(p, t) : null;
    const planted = p && p.country === PLANT.country && plan === PLANT.plan && t >= PLANT_START;
    const x = (p ? p.mood : r.next() - 0.3) + 0.8 * normal(r) - (planted ? 1.3 : 0) - (p && p.cancelRequested && p.cancelRequested - t < 60 * DAY && p.cancelRequested > t ? 0.8 : 0);
    const nps = clamp(Math.round(8.3 + 1.6 * x), 0, 10);
    const csat = clamp(Math.round(3.9 + 0.8 * x + 0.5 * normal(r)), 1, 5);
    const ces = clamp(Math.round(5.3 + 0.9 * x + 0.7 * normal(r)), 1, 7);
    const skipNps = r.next() < 0.01;
    if (skipNps) npsBlank++;
    else {
      truth.all.n++;
      truth.all.p += nps >= 9 ? 1 : 0;
      truth.all.d += nps <= 6 ? 1 : 0;
      if (p && p.country === PLANT.country && plan === PLANT.plan) tally(t >= PLANT_START ? truth.plant : truth.before, "DE/Pro", nps);
      if (p && p.country === PLANT.country) tally(t >= PLANT_START ? truth.plant : truth.before, "DE", nps);
      if (p && plan === PLANT.plan) tally(t >= PLANT_START ? truth.plant : truth.before, "Pro", nps);
      tally(t >= PLANT_START ? truth.plant : truth.before, "all", nps);
    }
    const group = nps >= 9 ? "Promoter" : nps >= 7 ? "Passive" : "Detractor";
    let comment = "";
    if (planted && r.next() < 0.7) comment = r.pick(COMMENTS.plant);
    else if (r.next() < 0.55) comment = r.pick(nps >= 9 ? COMMENTS.high : nps >= 7 ? COMMENTS.mid : COMMENTS.low);
    const dur = r.int(40, 600);
    const start = new Date(t - dur * 1000);
    let email = "";
    if (p) {
      const u = r.next();
      email = u < 0.1 ? p.email.replace(/^[a-z]|[.@][a-z]/g, (m) => m.toUpperCase()) : u < 0.13 ? ` ${p.email}` : p.email;
    }
    table.row([
      fmt.sql(start), fmt.sql(new Date(t)), "IP Address", 100, dur, "True", fmt.sql(new Date(t + 1000)), qualtricsResponseId(r),
      email, p ? p.language : "EN",
      skipNps ? "" : nps, skipNps ? "" : group, r.next() < 0.03 ? "" : CSAT_LABELS[csat - 1], r.next() < 0.05 ? "" : ces, comment,
      p ? p.country : "", p ? p.channel : "", plan ?? "",
    ]);
  }
  return { text: "\uFEFF" + table.text, rows: responses.length, truth, npsBlank };
}

// ---- Zendesk: tickets -----------------------------------------------------------------------
const AGENTS = [["Mei Tanaka", "mei.tanaka@acme.example"], ["Jordan Lee", "jordan.lee@acme.example"], ["Priya Natarajan", "priya.natarajan@acme.example"], ["Stefan Braun", "stefan.braun@acme.example"], ["Claire Petit", "claire.petit@acme.example"]];
const TICKETS = {
  routine: [
    ["Invoice shows wrong VAT number", "Hi, our last invoice shows the old VAT number. Can you reissue it?", "billing invoice", "Billing"],
    ["How do I add a teammate?", "Where do I invite a new user? Can't find it in settings.", "howto seats", "Support"],
    ["Export to CSV times out", "Exports over 10k rows time out after 30s. This is blocking our month-end.", "bug exports", "Tier 2"],
    ["Login loop on mobile", "After the update the iOS app keeps asking me to log in again, and again.", "bug mobile", "Tier 2"],
    ["Feature request: SSO", "Any plans for SAML SSO? Our IT team requires it.", "feature_request sso", "Support"],
    ["Change billing email", "Please send invoices to our accounts payable address from now on.", "billing", "Billing"],
    ["Webhook failures", "Webhooks to our endpoint fail with 502, \"connection reset\".", "bug api", "Tier 2"],
    ["Cancel duplicate invoice", "We received the same invoice twice, please cancel the duplicate invoice.", "billing duplicate", "Billing"],
    ["Great job on the new dashboard", "Just wanted to say the new dashboard is fantastic, thanks team!", "praise", "Support"],
    ["Scanner not pairing", "The barcode scanner from your store does not pair with the tablet.", "hardware store", "Support"],
  ],
  churn: [
    ["Please send a copy of our contract", "We need a copy of our contract and the notice period, we may cancel our subscription.", "contract churn_risk", "Billing"],
    ["How do we cancel?", "How do we cancel our subscription at the end of this billing period?", "cancellation churn_risk", "Billing"],
    ["Brightdesk offer", "Brightdesk quoted us half the price. Can you do better before we renew?", "pricing competitor", "Billing"],
  ],
  plant: [
    ["DATEV export fails", "Since the October release the DATEV export stops with \"format error\" at month-end.", "bug datev exports", "Tier 2"],
    ["DATEV-Export funktioniert nicht", "Seit dem Update bricht der DATEV-Export mit einem Formatfehler ab. Bitte dringend prüfen.", "bug datev exports", "Tier 2"],
    ["Still no fix for DATEV export?", "Third month-end with a broken DATEV export. We are considering other tools.", "bug datev exports churn_risk", "Tier 2"],
  ],
};

function zendeskExport(people) {
  const r = seeded("zendesk");
  const tickets = [];
  for (const p of people) {
    const from = p.start;
    const to = p.churnedAt ?? END;
    const rate = { Basic: 0.06, Pro: 0.08, Enterprise: 0.14 }[p.signupPlan] * Math.exp(-0.3 * p.mood);
    let t = from + exponential(r, rate) * 30 * DAY;
    while (t < to) {
      tickets.push({ p, t: daytime(r, t), kind: "routine" });
      t += exponential(r, rate) * 30 * DAY;
    }
    if (p.cancelRequested && r.next() < 0.35) tickets.push({ p, t: daytime(r, p.cancelRequested - r.int(3, 20) * DAY), kind: "churn" });
    const planTo = planAt(p, Math.min(to, END) - 1);
    if (p.country === PLANT.country && planTo === PLANT.plan && to > PLANT_START && r.next() < 0.6) {
      tickets.push({ p, t: daytime(r, PLANT_START + r.int(0, Math.floor((Math.min(to, END) - PLANT_START) / DAY) - 1) * DAY), kind: "plant" });
    }
  }
  const kept = tickets.filter((k) => k.t > START && k.t < END);
  kept.sort((a, b) => a.t - b.t);
  const table = new Table();
  table.row(ZENDESK_TICKETS_HEADER);
  const counts = { good: 0, bad: 0, offered: 0, unoffered: 0 };
  const kinds = { routine: 0, churn: 0, plant: 0 };
  kept.forEach((k, i) => {
    const { p } = k;
    const [subject, description, tags, group] = r.pick(TICKETS[k.kind]);
    kinds[k.kind]++;
    const agent = r.pick(AGENTS);
    const age = (END - k.t) / DAY;
    const status = age > 14 ? r.pick(["closed", "closed", "solved"]) : r.pick(["new", "open", "pending", "solved"]);
    let score = "unoffered";
    if (status === "solved" || status === "closed") {
      const u = r.next();
      if (u < 0.45) score = "offered";
      else {
        const good = k.kind === "routine" ? 1 / (1 + Math.exp(-(1.6 + p.mood))) : 0.25;
        score = r.next() < good ? "good" : "bad";
      }
    }
    counts[score]++;
    const u = r.next();
    const email = u < 0.06 ? p.email.toUpperCase() : u < 0.09 ? `  ${p.email}` : p.email;
    table.row([
      String(24001 + i), p.name, p.zendesk, email, agent[0], agent[1], group, subject, description, status,
      r.pick(["low", "normal", "normal", "normal", "high", k.kind === "routine" ? "normal" : "urgent"]), score,
      fmt.slash(new Date(k.t)), fmt.slash(new Date(Math.min(END, k.t + r.int(2, 96) * 3600000))), tags,
    ]);
  });
  return { text: table.text, rows: kept.length, counts, kinds };
}

// ---- Shopify: the Acme Store (buy-till-you-die purchases) ----------------------------------
// Each buyer purchases as a Poisson process with rate lambda ~ Gamma(r=0.75, alpha=6) per week
// and, after each purchase, drops out for good with probability p ~ Beta(a=0.8, b=2.8) (BG/NBD).
// Order value: z ~ Gamma(6, nu) with nu ~ Gamma(3.5, 75) per buyer (Gamma-Gamma; mean $180),
// filled with catalogue items up to z, shipping $9.90 below $100.
const BTYD = { r: 0.75, alpha: 6, a: 0.8, b: 2.8, p: 6, q: 3.5, gamma: 75 };
const CATALOGUE = [
  ["Acme Barcode Scanner S2", 12900, "HW-SCAN-S2"], ["Acme Receipt Printer", 18900, "HW-PRN-1"],
  ["Acme Label Roll (6 pack)", 2400, "SUP-LBL-6"], ["Acme Cash Drawer", 9900, "HW-DRW"],
  ["Admin Training Voucher (1 seat)", 25000, "SVC-TRN-1"], ["Acme Card Reader", 5900, "HW-CRD"],
  ["Acme Hoodie", 4500, "MER-HOOD"], ["USB-C Hub", 3900, "ACC-HUB"],
];

function shopifyExport(people) {
  const r = seeded("shopify");
  const buyers = people.filter(() => r.next() < 0.4).map((p) => ({ p, first: p.start + exponential(r, 1 / 30) * DAY }));
  for (let g = 0; g < 60; g++) {
    // Store-only buyers: never subscribed, unknown to the other tools.
    const first = r.pick(NAMES.US[0]);
    const last = r.pick(NAMES.US[1]);
    buyers.push({ p: { name: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}${r.int(1, 99)}@mail.example` }, first: START + r.next() * (END - START) });
  }
  const orders = [];
  let buyersWithOrders = 0;
  for (const b of buyers) {
    if (b.first >= END) continue;
    buyersWithOrders++;
    const lambda = gamma(r, BTYD.r, BTYD.alpha); // purchases per week
    const dropout = beta(r, BTYD.a, BTYD.b);
    const nu = gamma(r, BTYD.q, BTYD.gamma);
    let t = b.first;
    for (;;) {
      orders.push({ b, t: daytime(r, t), z: gamma(r, BTYD.p, nu) });
      if (r.next() < dropout) break;
      t += exponential(r, lambda) * 7 * DAY;
      if (t >= END) break;
    }
  }
  orders.sort((a, b) => a.t - b.t);
  const table = new Table();
  table.row(SHOPIFY_ORDERS_HEADER);
  const statuses = {};
  let lineRows = 0;
  let revenue = 0;
  orders.forEach((o, i) => {
    const lines = [];
    let left = o.z * 100;
    const most = weighted(r, [[1, 55], [2, 30], [3, 15]]); // distinct items in the order
    while (lines.length < most) {
      const fits = CATALOGUE.filter(([, price]) => price <= left && !lines.some((l) => l.title === CATALOGUE.find((c) => c[1] === price)[0]));
      if (fits.length === 0) break;
      const [ttl, price, sku] = r.pick(fits);
      const qty = r.int(1, Math.min(3, Math.floor(left / price)));
      lines.push({ title: ttl, price, sku, qty });
      left -= price * qty;
    }
    if (lines.length === 0) {
      const [ttl, price, sku] = r.pick(CATALOGUE.filter(([, pr]) => pr < 5000));
      lines.push({ title: ttl, price, sku, qty: 1 });
    }
    const subtotal = lines.reduce((s, l) => s + l.price * l.qty, 0);
    const shipping = subtotal >= 10000 ? 0 : 990;
    const total = subtotal + shipping;
    const u = r.next();
    const status = o.t > END - 3 * DAY && u < 0.3 ? "pending" : u < 0.03 ? "refunded" : u < 0.05 ? "partially_refunded" : u < 0.055 ? "voided" : "paid";
    statuses[status] = (statuses[status] || 0) + 1;
    revenue += total;
    const created = new Date(o.t);
    const e = r.next();
    const email = e < 0.05 ? ` ${o.b.p.email.replace(/^[a-z]/, (m) => m.toUpperCase())}` : o.b.p.email;
    const rows = shopifyOrderRows({
      name: `#${1001 + i}`, email, status, paidAt: status !== "pending" && status !== "voided" ? fmt.shopify(plus(created, 30)) : "",
      fulfillment: status === "paid" || status === "partially_refunded" ? "fulfilled" : "unfulfilled", acceptsMarketing: r.next() < 0.4 ? "yes" : "no",
      currency: "USD", subtotal: money(subtotal, "USD"), shipping: money(shipping, "USD"), taxes: money(0, "USD"),
      total: money(total, "USD"), discount: money(0, "USD"), created: fmt.shopify(created),
      lines: lines.map((l) => ({ qty: l.qty, title: l.title, price: money(l.price, "USD"), sku: l.sku })),
      billingName: o.b.p.name, billingPhone: "", shippingName: o.b.p.name,
      cancelledAt: status === "voided" ? fmt.shopify(plus(created, 7200)) : "",
      refunded: status === "refunded" ? money(total, "USD") : status === "partially_refunded" ? money(lines[0].price, "USD") : money(0, "USD"),
      id: String(6100000000000 + i * 7331), source: "web",
    });
    for (const cells of rows) table.row(cells);
    lineRows += rows.length;
  });
  return { text: table.text, orders: orders.length, lineRows, buyers: buyersWithOrders, storeOnly: 60, statuses, revenue };
}

// ---- Google Forms (Japanese): a short NPS pulse to the Japanese accounts, Aug-Sep 2026 -------
// UTF-8 with BOM, CRLF, labelled extremes, full-width digits typed with an IME.
const scoreWeights = [3, 1, 2, 2, 3, 5, 7, 12, 18, 22, 25];
function googleFormsJa(people) {
  const rand = prng(20261125);
  const drawScore = () => weighted(rand, scoreWeights.map((w, s) => [s, w]));
  const header = ["タイムスタンプ", "メールアドレス",
    "Acme を友人や同僚に勧める可能性はどのくらいありますか？", "その点数をつけた理由を教えてください"];
  const reasons = ["サポートの対応が早くて助かります。", "価格が高いので、他社サービスへの乗り換えを検討中です。",
    "使いやすいです", "請求書の発行に時間がかかる。改善してほしい。", "契約書の写しを送ってください。"];
  const jp = people.filter((p) => p.country === "JP");
  let text = "\uFEFF" + csvLine(header, "\r\n");
  let rows = 0;
  for (let i = 0; rows < 120 && i < 10000; i++) {
    const d = new Date(Date.UTC(2026, 7, 1) + rand.int(0, 60) * DAY + rand.int(0, 86399) * 1000);
    const p = rand.pick(jp);
    if (!activeAt(p, d.getTime())) continue;
    const score = drawScore();
    let cell = String(score);
    if (score === 10) cell = "10 - 非常に可能性が高い";
    if (score === 0) cell = "0 - まったく可能性はない";
    if (rows % 17 === 3) cell = score === 10 ? "１０" : String.fromCharCode(0xff10 + score); // full-width digits from IME input
    text += csvLine([fmt.jaStamp(d), p.email, cell,
      score <= 6 ? rand.pick(reasons.slice(1)) : rand.pick(reasons.slice(0, 3))], "\r\n");
    rows++;
  }
  return { text, rows };
}

// =============================================================================================
const people = buildPopulation(860);
const subs = simulateSubscriptions(people);
const survey = qualtricsExport(people);
const tickets = zendeskExport(people);
const shop = shopifyExport(people);
const ja = googleFormsJa(people);

const files = [
  ["acme_survey_qualtrics.csv", survey.text, "survey", survey.rows],
  ["acme_subscriptions_stripe.csv", stripeExport(subs), "stripe", subs.length],
  ["acme_orders_shopify.csv", shop.text, "shopify", shop.orders],
  ["acme_tickets_zendesk.csv", tickets.text, "zendesk", tickets.rows],
  ["acme_nps_2026q3_googleforms_ja.csv", ja.text, "googleFormsJa", ja.rows],
];

// ---- ground truth -----------------------------------------------------------------------------
const npsOf = (c) => (c ? Math.round(((c.p - c.d) / c.n) * 1000) / 10 : null);
const seg = (key) => ({ before: survey.truth.before.get(key), last2: survey.truth.plant.get(key) });
const subStatus = {};
const churnByPlan = {};
for (const s of subs) subStatus[s.status] = (subStatus[s.status] || 0) + 1;
for (const p of people) {
  const c = (churnByPlan[p.signupPlan] ??= { accounts: 0, churned: 0 });
  c.accounts++;
  if (p.churnedAt) c.churned++;
}
const dePro = people.filter((p) => p.country === "DE" && p.subs.some((s) => s.plan === "Pro"));
const deProChurn = (from, to) => dePro.filter((p) => p.churnedAt && p.churnedAt >= from && p.churnedAt < to && p.subs.at(-1).plan === "Pro").length;
const line = (label, key) => {
  const { before, last2 } = seg(key);
  return `| ${label} | ${npsOf(before)} (n=${before.n}) | ${npsOf(last2)} (n=${last2.n}) |`;
};
const readme = `# Demo export set (generated)

Written by \`scripts/make-demo-data.mjs\` (\`npm run demo-data\`); deterministic. One fictional
B2B SaaS company, Acme (staff mail domain \`acme.example\`), ${people.length} customer accounts
signing up between ${ymd(new Date(START))} and ${ymd(new Date(END))}. Customers link across the files by
e-mail, written with different case and stray spaces in some rows. Analyse with
\`--company-domain acme.example\` (Zendesk assignees are staff).

| file | tool and shape | records |
|---|---|---|
| \`acme_survey_qualtrics.csv\` | Qualtrics CSV (3 header rows, UTF-8 BOM, CRLF; choice text for CSAT) | ${survey.rows} responses, ${ymd(new Date(SURVEY_START))} to ${ymd(new Date(END))} |
| \`acme_subscriptions_stripe.csv\` | Stripe dashboard subscriptions export | ${subs.length} subscriptions (${Object.entries(subStatus).sort().map(([k, v]) => `${k} ${v}`).join(", ")}) |
| \`acme_orders_shopify.csv\` | Shopify orders export (line items on several rows, order fields on the first) | ${shop.orders} orders on ${shop.lineRows} rows, ${shop.buyers} buyers (${shop.storeOnly} store-only) |
| \`acme_tickets_zendesk.csv\` | Zendesk ticket view CSV | ${tickets.rows} tickets |
| \`acme_nps_2026q3_googleforms_ja.csv\` | Google Forms (Japanese; BOM, CRLF, labelled extremes, full-width digits) | ${ja.rows} responses, Aug-Sep 2026, Japanese accounts |

## Planted facts

1. **NPS of ${PLANT.country} accounts on the ${PLANT.plan} plan drops in the last two months**
   (responses from ${ymd(new Date(PLANT_START))} on): their latent satisfaction is shifted down by
   1.3 (about 2 points on the 0-10 scale), 70% of their comments mention the broken DATEV export,
   60% of these accounts open a "DATEV export" ticket, and their monthly cancellation hazard
   triples at renewals from ${ymd(new Date(PLANT_START))}.

   | segment | NPS before ${ymd(new Date(PLANT_START))} | NPS last two months |
   |---|---|---|
${[line(`${PLANT.country} + ${PLANT.plan}`, "DE/Pro"), line(`${PLANT.country}, all plans`, "DE"), line(`${PLANT.plan}, all countries`, "Pro"), line("everyone", "all")].map((s) => "   " + s).join("\n")}

   Pooled survey NPS: ${npsOf(survey.truth.all)} (n=${survey.truth.all.n}; ${survey.npsBlank} blank NPS cells).
   DE accounts whose Pro subscription ended: ${deProChurn(START, PLANT_START)} before ${ymd(new Date(PLANT_START))}, ${deProChurn(PLANT_START, END + 1)} after.
2. **Churn by plan** (monthly hazard Basic 5.5%, Pro 2.8%, Enterprise 1.0%, times exp(-0.4 x mood)):
   ${Object.entries(churnByPlan).map(([k, c]) => `${k} ${c.churned} of ${c.accounts} accounts churned`).join("; ")}
   (by sign-up plan). Upgrades Basic->Pro and Pro->Enterprise end the old subscription (status
   canceled) and start a new one the same minute. Accounts that asked to cancel at the end of a
   period ending after ${ymd(new Date(END))} are still \`active\`, with Canceled At set and Ended At empty.
3. **Store purchases** follow BG/NBD with Gamma-Gamma spend: purchase rate lambda ~
   Gamma(r=${BTYD.r}, alpha=${BTYD.alpha}) per week, drop-out after each purchase p ~ Beta(a=${BTYD.a}, b=${BTYD.b}),
   order value ~ Gamma(p=${BTYD.p}, nu), nu ~ Gamma(q=${BTYD.q}, gamma=${BTYD.gamma}) in dollars (items fill the drawn value,
   so totals sit a little below it). Revenue in the file: ${money(shop.revenue, "USD")} USD over ${shop.orders} orders
   (financial status: ${Object.entries(shop.statuses).sort().map(([k, v]) => `${k} ${v}`).join(", ")}).
4. **Tickets**: ${tickets.kinds.routine} routine, ${tickets.kinds.churn} churn-risk (contract copy, how to cancel,
   competitor offer; 3-20 days before a cancellation request), ${tickets.kinds.plant} DATEV-export tickets
   (planted segment). Decoy: "Cancel duplicate invoice" is routine billing. Satisfaction:
   ${Object.entries(tickets.counts).map(([k, v]) => `${k} ${v}`).join(", ")}.
`;

await mkdir(out, { recursive: true });
await rm(new URL("acme_nps_2026q3_typeform.csv", out), { force: true }); // replaced by the Qualtrics survey
for (const [name, text] of files) await writeFile(new URL(name, out), text);
await writeFile(new URL("README.md", out), readme);
const manifest = `// The demo export set inlined into the page (written by scripts/make-demo-data.mjs).
${files.map(([name, , id]) => `import ${id} from "./${name}";`).join("\n")}

export const demoFiles = [
${files.map(([name, , id]) => `  { name: "${name}", data: ${id} },`).join("\n")}
];
`;
await writeFile(new URL("manifest.js", out), manifest);
let bytes = 0;
for (const [name, text, , rows] of files) {
  const size = Buffer.byteLength(text);
  bytes += size;
  console.log(`wrote web/demo/${name}: ${rows} records, ${size} bytes`);
}
console.log(`total ${bytes} bytes; planted facts in web/demo/README.md`);
