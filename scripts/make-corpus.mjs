// Writes the ingestion test corpus in tests/data/corpus/: exports of one fictional company
// (Acme, acme.example) in the shapes real survey, help-desk, shop, billing, CRM, social and
// mail tools produce, all about one population of ~80 customers, plus expected.json.
//
// Every expected number is counted here from the generator's own data (the values it chose
// and the cells it wrote), never by running cxsignals. Identity ground truth comes from
// scripts/lib/identity.mjs: the generator reports each record's identifying cells exactly as
// written, and records that share a normalised key are linked (union-find).
//
// Japanese bytes: Shift_JIS and ISO-2022-JP are produced by scripts/lib/jcodec.mjs, which
// inverts Node's own TextDecoder over the JIS X 0208 set (no python3, no hand byte table) and
// checks each string round-trips. UTF-16LE comes from Buffer; MIME encodings from
// scripts/lib/mailcodec.mjs. Deterministic: seeded PRNG, fixed dates, no clock, no locale.
// Run: npm run corpus   (writes the same bytes every time)
import { mkdir, writeFile } from "node:fs/promises";
import { seeded } from "./lib/prng.mjs";
import { Table } from "./lib/delimited.mjs";
import { Ledger } from "./lib/identity.mjs";
import { QUALTRICS_META, SHOPIFY_ORDERS_HEADER, STRIPE_SUBSCRIPTIONS_HEADER, ZENDESK_TICKETS_HEADER, fmt, money, pad, plus, qualtricsResponseId, shopifyOrderRows } from "./lib/exports.mjs";
import { encodeIso2022Jp, encodeShiftJis } from "./lib/jcodec.mjs";
import { base64Body, encodedWords, mboxEscape, qWord, quotedPrintable } from "./lib/mailcodec.mjs";

const OUT = new URL("../tests/data/corpus/", import.meta.url);
const COMPANY = { name: "Acme", domain: "acme.example", support: "support@acme.example" };
const ledger = new Ledger(COMPANY.domain);
const files = {}; // name -> Buffer
const expected = {}; // name -> per-file expectations


// ---------------------------------------------------------------------------------------------
// Dates: everything happens in 2026 Q3 (plus a few earlier sign-ups), in UTC.
const Q3 = Date.UTC(2026, 6, 1);
function when(r, fromDay = 0, span = 92) {
  const day = fromDay + r.int(0, span - 1);
  return new Date(Q3 + day * 86400000 + r.int(8 * 3600, 20 * 3600 - 1) * 1000);
}

// ---------------------------------------------------------------------------------------------
// The company's own people: never customers.
const AGENTS = [
  { name: "Mei Tanaka", kanji: "田中 芽衣", email: "mei.tanaka@acme.example", zendesk: 36100000101, intercom: "5012301" },
  { name: "Jordan Lee", email: "jordan.lee@acme.example", zendesk: 36100000102, intercom: "5012302" },
  { name: "Priya Natarajan", email: "priya.natarajan@acme.example", zendesk: 36100000103, intercom: "5012303" },
  { name: "Kenji Sato", kanji: "佐藤 健司", email: "kenji.sato@acme.example", zendesk: 36100000104, intercom: "5012304" },
];
const INTERCOM_BOT = { type: "bot", id: "5012399", name: "Operator", email: "operator+acme@intercom.io" };

// ---------------------------------------------------------------------------------------------
// The customer population.
const LATIN = [
  ["Ava", "Chen", "US"], ["Liam", "O'Brien", "US"], ["Olivia", "Garcia", "US"], ["Noah", "Smith", "US"],
  ["Emma", "Johnson", "US"], ["Ethan", "Brown", "US"], ["Mia", "Wilson", "US"], ["James", "Miller", "US"],
  ["Amelia", "Davis", "US"], ["Benjamin", "Lopez", "US"], ["Harper", "Young", "US"], ["Elijah", "Walker", "US"],
  ["Daniel", "Kim", "US"], ["Daniel", "Kim", "US"], ["Grace", "Nguyen", "US"], ["Samuel", "Okafor", "US"],
  ["Zoe", "Martin", "US"], ["Nora", "Patel", "US"], ["Omar", "Haddad", "US"], ["Kwame", "Mensah", "US"],
  ["Aisha", "Bello", "US"], ["Wei", "Zhang", "US"], ["Priya", "Raman", "US"], ["Hannah", "Cohen", "US"],
  ["Diego", "Ramírez", "US"], ["Isabella", "Moore", "US"], ["Lucas", "Wright", "US"], ["Ella", "Turner", "US"],
  ["Oliver", "Hughes", "GB"], ["Charlotte", "Evans", "GB"], ["George", "Clarke", "GB"], ["Freya", "Walsh", "GB"],
  ["Arjun", "Mehta", "GB"], ["Siobhan", "Murphy", "GB"],
  ["Lukas", "Müller", "DE"], ["Sofia", "Rossi", "IT"], ["Chloé", "Dubois", "FR"], ["Mateo", "Silva", "PT"],
  ["Lars", "Andersen", "DK"], ["Ingrid", "Johansson", "SE"], ["Marta", "Kowalska", "PL"], ["Jonas", "Schmidt", "DE"],
  ["Elena", "Ivanova", "BG"], ["Tomás", "Costa", "PT"], ["Chiara", "Bianchi", "IT"], ["Pierre", "Moreau", "FR"],
  ["Anna", "Fischer", "DE"], ["Jan", "Novák", "CZ"], ["Eva", "Horváth", "HU"], ["Matteo", "Ferrari", "IT"],
  ["Julia", "Weber", "AT"], ["Sven", "Lindqvist", "SE"], ["Laura", "Martínez", "ES"], ["Niklas", "Becker", "DE"],
  ["Camille", "Laurent", "FR"], ["Pieter", "de Vries", "NL"],
];
// [family (kanji), given (kanji), given (romaji), family (romaji)]
const JAPANESE = [
  ["佐藤", "健", "Ken", "Sato"], ["鈴木", "花子", "Hanako", "Suzuki"], ["高橋", "大輔", "Daisuke", "Takahashi"],
  ["田中", "美咲", "Misaki", "Tanaka"], ["伊藤", "翔", "Sho", "Ito"], ["渡辺", "由美", "Yumi", "Watanabe"],
  ["山本", "陽菜", "Hina", "Yamamoto"], ["中村", "拓也", "Takuya", "Nakamura"], ["小林", "さくら", "Sakura", "Kobayashi"],
  ["加藤", "蓮", "Ren", "Kato"], ["吉田", "結衣", "Yui", "Yoshida"], ["山田", "太郎", "Taro", "Yamada"],
  ["佐々木", "愛", "Ai", "Sasaki"], ["山口", "海斗", "Kaito", "Yamaguchi"], ["松本", "葵", "Aoi", "Matsumoto"],
  ["井上", "直樹", "Naoki", "Inoue"], ["木村", "千尋", "Chihiro", "Kimura"], ["林", "悠真", "Yuma", "Hayashi"],
  ["清水", "彩", "Aya", "Shimizu"], ["森", "大和", "Yamato", "Mori"], ["池田", "真央", "Mao", "Ikeda"],
  ["橋本", "颯", "Hayate", "Hashimoto"], ["石川", "莉子", "Riko", "Ishikawa"], ["前田", "誠", "Makoto", "Maeda"],
];
const DOMAINS = {
  US: ["northwind.example", "contoso.example", "fabrikam.example", "tailspin.example", "wingtip.example", "litware.example", "proseware.example", "mail.example"],
  GB: ["blueyonder.example", "thamesworks.example", "mail.example"],
  EU: ["lucerne.example", "alpenhaus.example", "norrsken.example", "mail.example"],
  JP: ["sakura-shoji.example", "yamato-denki.example", "fuji-trading.example", "hinode.example", "mail.example"],
};
const CALLING = { US: "1", GB: "44", DE: "49", IT: "39", FR: "33", PT: "351", DK: "45", SE: "46", PL: "48", BG: "359", CZ: "420", HU: "36", AT: "43", ES: "34", NL: "31", JP: "81" };
const EU = new Set(["DE", "IT", "FR", "PT", "DK", "SE", "PL", "BG", "CZ", "HU", "AT", "ES", "NL"]);

const ascii = (s) => s.replace(/ü/g, "ue").replace(/ö/g, "oe").replace(/ä/g, "ae").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase();

function buildPopulation() {
  const r = seeded("population");
  const people = [];
  const emails = new Set();
  const phones = new Set();
  const uniqueEmail = (local, domain) => {
    let e = `${local}@${domain}`;
    for (let i = 2; emails.has(e); i++) e = `${local}${i}@${domain}`;
    emails.add(e);
    return e;
  };
  let usLine = 100;
  const nationalFor = (country) => {
    for (;;) {
      let n;
      if (country === "US") n = r.pick(["415", "212", "646", "312", "617", "206"]) + "555" + pad(usLine++, 4);
      else if (country === "GB") n = "2079460" + pad(r.int(0, 999), 3);
      else if (country === "JP") n = r.pick(["90", "80", "70"]) + pad(r.int(0, 99999999), 8);
      else if (country === "IT") n = "06698" + pad(r.int(0, 99999), 5);
      else n = String(r.int(1, 9)) + pad(r.int(0, 99999999), 8);
      if (!phones.has(country + n)) {
        phones.add(country + n);
        return n;
      }
    }
  };
  const add = (p) => {
    const i = people.length + 1;
    const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let cus = "cus_";
    for (let k = 0; k < 14; k++) cus += alnum[r.int(0, alnum.length - 1)];
    let hex = "";
    for (let k = 0; k < 24; k++) hex += "0123456789abcdef"[r.int(0, 15)];
    Object.assign(p, {
      id: `C${pad(i, 3)}`,
      phone: r.next() < 0.5 ? { cc: CALLING[p.country], national: nationalFor(p.country), country: p.country } : null,
      cus: r.next() < 0.55 ? cus : null,
      twitter: null,
      mood: r.next() < 0.25 ? 0 : r.next() < 0.4 ? 1 : 2,
      zendesk: String(36100001000 + i * 7 + r.int(0, 6)),
      intercom: hex,
      shopify: String(7390000000000 + i * 1013 + r.int(0, 999)),
      hubspot: String(51000 + i * 37 + r.int(0, 30)),
    });
    people.push(p);
    return p;
  };
  for (const [first, last, country] of LATIN) {
    const region = country === "US" ? "US" : country === "GB" ? "GB" : "EU";
    const domain = r.pick(DOMAINS[region]);
    const f = ascii(first);
    const l = ascii(last);
    const local = r.pick([`${f}.${l}`, `${f}.${l}`, `${f[0]}${l}`, `${f}${l[0]}`]);
    add({ first, last, name: `${first} ${last}`, kanji: null, country, region, email: uniqueEmail(local, domain) });
  }
  for (const [famK, givK, given, family] of JAPANESE) {
    const domain = r.pick(DOMAINS.JP);
    const f = given.toLowerCase();
    const l = family.toLowerCase();
    const local = r.pick([`${f}.${l}`, `${f[0]}.${l}`, `${l}.${f}`]);
    add({ first: given, last: family, name: `${given} ${family}`, kanji: `${famK} ${givK}`, kanjiFamily: famK, kanjiGiven: givK, country: "JP", region: "JP", email: uniqueEmail(local, domain) });
  }
  // Hand-placed people the traps below rely on.
  const by = (name, nth = 0) => people.filter((p) => p.name === name)[nth];
  const force = (p, fields) => {
    emails.delete(p.email);
    Object.assign(p, fields);
    if (emails.has(p.email)) throw new Error(`duplicate email ${p.email}`);
    emails.add(p.email);
  };
  const P = {
    ava: by("Ava Chen"), danielA: by("Daniel Kim", 0), danielB: by("Daniel Kim", 1), grace: by("Grace Nguyen"),
    omar: by("Omar Haddad"), kwame: by("Kwame Mensah"), sofia: by("Sofia Rossi"), chloe: by("Chloé Dubois"),
    mateo: by("Mateo Silva"), freya: by("Freya Walsh"), lukas: by("Lukas Müller"), noah: by("Noah Smith"),
    siobhan: by("Siobhan Murphy"), pierre: by("Pierre Moreau"), ken: by("Ken Sato"), hanako: by("Hanako Suzuki"),
    taro: by("Taro Yamada"), daisuke: by("Daisuke Takahashi"),
  };
  force(P.ava, { email: "ava.chen@northwind.example", phone: { cc: "1", national: "4155550134", country: "US" }, cus: "cus_QvA7cHn2NwXk4R", mood: 2 });
  force(P.danielA, { email: "daniel.kim@contoso.example" });
  force(P.danielB, { email: "dkim@tailspin.example", phone: null });
  force(P.sofia, { email: "sofia.rossi@lucerne.example", email2: "sofi.r@mail.example", phone: { cc: "39", national: "0669820417", country: "IT" } });
  force(P.ken, { email: "ken.sato@sakura-shoji.example", phone: { cc: "81", national: "9012345678", country: "JP" }, cus: P.ken.cus || "cus_JpK3nS4t0Ab9Zq", mood: 0 });
  force(P.taro, { email: "taro.yamada@yamato-denki.example" });
  force(P.lukas, { email: "lukas.mueller@alpenhaus.example" });
  P.kwame.phone = P.kwame.phone || { cc: "1", national: "3125550199", country: "US" };
  P.omar.mood = 0;
  P.siobhan.mood = 0;
  // Twitter/X handles: about a quarter of the population, always including these.
  const handles = new Map([[P.ava, "AvaChenNW"], [P.omar, "omar_haddad"], [P.hanako, "hanako_suzuki"], [P.ken, "KenSato_JP"]]);
  for (const p of people) {
    if (handles.has(p)) p.twitter = handles.get(p);
    else if (r.next() < 0.2) p.twitter = `${ascii(p.first)}${r.pick(["_", "", "."]) === "." ? "_" : ""}${ascii(p.last)}${r.int(1, 99)}`;
  }
  return { people, P };
}

const { people, P } = buildPopulation();
const isJP = (p) => p.country === "JP";
const isEU = (p) => EU.has(p.country);
const phoneKey = (p) => (p.phone ? "+" + p.phone.cc + p.phone.national : null);

// Phone renderings (all international, so "+<digits>" normalisation is exact).
function phone(p, style = "intl") {
  const { cc, national: n, country } = p.phone;
  if (style === "e164") return `+${cc}${n}`;
  if (country === "US") {
    if (style === "intl") return `+1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`;
    if (style === "dash") return `+1 ${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
    return `+1.${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`;
  }
  if (country === "JP") {
    const g = [n.slice(0, 2), n.slice(2, 6), n.slice(6)];
    return style === "intl" ? `+81 ${g.join("-")}` : style === "dash" ? `+81-${g.join("-")}` : `+81 ${g.join(" ")}`;
  }
  if (country === "GB") return style === "intl" ? `+44 20 ${n.slice(2, 6)} ${n.slice(6)}` : `+44-20-${n.slice(2, 6)}-${n.slice(6)}`;
  const g = [n.slice(0, 2), n.slice(2, 6), n.slice(6)];
  return style === "intl" ? `+${cc} ${g.join(" ")}` : style === "dash" ? `+${cc}-${g.join("-")}` : `+${cc} ${g.join(".")}`;
}

// "Northwind" for ava.chen@northwind.example; blank for personal mailboxes (mail.example).
const companyOf = (p) => {
  const host = p.email.split("@")[1].split(".")[0];
  return host === "mail" ? "" : host.replace(/-/g, " ").replace(/\b\w/g, (m) => m.toUpperCase());
};

// Email renderings: the normalised key is always p.email (or p.email2).
const shout = (e) => e.replace(/^[a-z]|[.@-][a-z]/g, (m) => m.toUpperCase()); // Ava.Chen@Northwind.example

// ---------------------------------------------------------------------------------------------
// Scores and words.
function drawNps(r, mood) {
  const probs = [[0.6, 0.25], [0.2, 0.55], [0.08, 0.22]][mood];
  const u = r.next();
  if (u < probs[0]) return r.pick([0, 2, 3, 4, 5, 5, 6, 6]);
  if (u < probs[0] + probs[1]) return r.int(7, 8);
  return r.int(9, 10);
}
function drawCsat(r, mood) {
  if (mood === 0) return r.pick([1, 2, 2, 3, 4]);
  if (mood === 1) return r.pick([2, 3, 3, 4, 4, 5]);
  return r.pick([3, 4, 4, 5, 5, 5]);
}
const bucket = (v) => (v >= 9 ? "promoters" : v >= 7 ? "passives" : "detractors");
const COMMENTS_EN = {
  0: [
    "Billing was wrong twice.\nPlease fix the invoices before renewal.",
    "Please send a copy of the contract, we are thinking about cancelling our subscription.",
    "We are evaluating Brightdesk, it does it for half the price.",
    "Onboarding took weeks, not days",
    "Moving to Northstar CRM next quarter unless pricing changes.",
    "Exports time out, every single week",
    "Too expensive for what it does.",
    "Support said \"we'll get back to you\" and never did.",
  ],
  1: [
    "Good product, clunky mobile app.",
    "Fine. Would like SSO and an API for exports.",
    "Does the job; reports could be clearer",
    "Cancel duplicate order #1012 please, otherwise all good.",
    "",
    "ok",
    "Pricing page is confusing, but the product is solid.",
  ],
  2: [
    "Fast, friendly support - fixed in one reply!",
    "Love it.",
    "Upgraded to the Business plan, worth it.",
    "The new dashboard is great;\nour whole team uses it daily.",
    "Support team is amazing, thank you Mei!",
    "He said \"it just works\" and he was right.",
    "",
    "Best purchase this year",
  ],
};
const COMMENTS_JA = {
  0: ["料金が高いので解約を検討しています。", "契約書の写しを送ってください。", "画面の表示が遅い、改善してほしい", "他社サービスへの乗り換えを検討中です"],
  1: ["特になし", "請求書の宛名を変更したい", "普通です", "マニュアルがもう少し分かりやすいと助かります"],
  2: ["サポートの対応が早くて助かりました。", "とても使いやすいです！", "ポイント還元が嬉しい", "毎日使っています"],
};
const commentEn = (r, mood) => r.pick(COMMENTS_EN[mood]);
const commentJa = (r, mood) => r.pick(COMMENTS_JA[mood]);

// A survey tally: counts come from the structured cells, not from parsing the text.
function surveyTally() {
  return { nps: { promoters: 0, passives: 0, detractors: 0 }, csat: { satisfied: 0, total: 0 }, invalid_cells: [], blank: { nps: 0, csat: 0 } };
}
function countNps(t, cell, where) {
  if ("v" in cell) t.nps[bucket(cell.v)]++;
  else if ("bad" in cell) t.invalid_cells.push({ ...where, value: cell.bad });
  else t.blank.nps++;
}
function countCsat(t, cell, where) {
  if ("v" in cell) {
    t.csat.total++;
    if (cell.v >= 4) t.csat.satisfied++;
  } else if ("bad" in cell) t.invalid_cells.push({ ...where, value: cell.bad });
  else t.blank.csat++;
}
function metricsOf(t, { nps = true, csat = true } = {}) {
  const m = {};
  if (nps) {
    const n = t.nps.promoters + t.nps.passives + t.nps.detractors;
    m.nps = { ...t.nps, n, value: Math.round(((t.nps.promoters - t.nps.detractors) / n) * 10000) / 100, blank: t.blank.nps };
  }
  if (csat) m.csat = { ...t.csat, value: Math.round((t.csat.satisfied / t.csat.total) * 10000) / 100, blank: t.blank.csat };
  return m;
}

// Plants: index -> cell for chosen responses; otherwise a drawn value.
const planted = (plants, i, draw) => (i in plants ? plants[i] : { v: draw() });

// Take `n` people from `pool` (required ones first, rest shuffled in), order shuffled.
function take(r, pool, n, required = []) {
  const rest = r.shuffle(pool.filter((p) => !required.includes(p)));
  return r.shuffle([...required, ...rest.slice(0, n - required.length)]);
}

const totals = (cents) => Object.fromEntries(Object.entries(cents).sort().map(([c, v]) => [c, (v / 100).toFixed(2)]));

function finish(name, bytes, info) {
  files[name] = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "utf8");
  expected[name] = info;
}

// ---------------------------------------------------------------------------------------------
// Membership plan (who appears where), decided before any file is written.
const latin = people.filter((p) => !isJP(p));
const jp = people.filter(isJP);
const eu = people.filter(isEU);
const withCus = people.filter((p) => p.cus);
const plan = {};
{
  const r = seeded("plan");
  plan.qualtrics = take(r, latin, 34, [P.ava, P.danielA, P.danielB]);
  plan.surveymonkey = take(r, latin, 22, [P.ava]);
  plan.typeformCsv = take(r, people.filter((p) => !isJP(p) && !isEU(p)), 15);
  plan.googleForms = take(r, jp, 16, [P.ken, P.hanako]);
  plan.typeformJson = take(r, latin.filter((p) => p !== P.grace), 15).concat([P.grace]);
  plan.zendeskJson = take(r, people.filter((p) => p !== P.mateo && p !== P.freya), 12, [P.ava]).concat([P.mateo, P.freya]);
  plan.zendeskCsv = take(r, people, 22, [P.ava, P.mateo, P.freya, P.chloe]);
  plan.intercom = take(r, latin, 13, [P.ava, P.chloe]);
  plan.shopify = take(r, people.filter((p) => p !== P.kwame && p !== P.sofia), 21, [P.ava, P.ken, P.grace]);
  plan.subs = withCus.slice();
  plan.salesforce = take(r, latin, 30, [P.ava, P.danielA]);
  plan.excel = take(r, latin, 18, [P.ava]);
  plan.european = take(r, eu, 15, [P.sofia, P.lukas]);
  plan.social = take(r, people.filter((p) => p.twitter && ![P.ava, P.omar, P.hanako, P.ken].includes(p)), 8).concat([P.ava, P.omar, P.hanako, P.ken]);
  plan.mail = [P.ava, P.taro, P.lukas, P.hanako, P.omar, P.noah, P.kwame, P.danielB, P.siobhan, P.daisuke, P.pierre, P.ken];
  // HubSpot: every person with a Twitter handle (so mention authors can link), the phone-only
  // Shopify guest and the two-email customer, plus anyone the other files left out.
  const seen = new Set(Object.values(plan).flat());
  const required = people.filter((p) => p.twitter || [P.kwame, P.sofia, P.taro, P.danielA].includes(p) || !seen.has(p));
  plan.hubspot = take(r, people, Math.max(50, required.length), required);
}

// =============================================================================================
// 1. Qualtrics: three header rows, numeric values, UTF-8 BOM, CRLF.
{
  const name = "qualtrics_nps_2026q3.csv";
  const r = seeded(name);
  const t = surveyTally();
  const table = new Table({ eol: "\r\n" });
  const Q1 = "How likely are you to recommend Acme to a friend or colleague?";
  const cols = [
    ...QUALTRICS_META,
    ["Q1", Q1, '{"ImportId":"QID1"}'],
    ["Q1_NPS_GROUP", `${Q1} - Group`, '{"ImportId":"QID1_NPS_GROUP"}'],
    ["Q2", "Overall, how satisfied are you with Acme?", '{"ImportId":"QID2"}'],
    ["Q3", "What is the main reason for your score?", '{"ImportId":"QID3_TEXT"}'],
    ["Q4", "Which Acme products do you use? - Selected Choice", '{"ImportId":"QID4"}'],
  ];
  for (let h = 0; h < 3; h++) table.row(cols.map((c) => c[h]));
  const respondents = [...plan.qualtrics];
  for (const at of [5, 14, 26, 33]) respondents.splice(at, 0, null); // anonymous-link responses
  const npsPlants = { 6: {}, 11: { bad: "11" }, 21: {}, 27: { bad: "N/A" } };
  const csatPlants = { 15: { bad: "0" }, 21: {} };
  const partial = 21; // in-progress response: nothing answered yet
  respondents.forEach((p, i) => {
    const mood = p ? p.mood : r.int(0, 2);
    const start = when(r);
    const dur = r.int(45, 900);
    const nps = planted(npsPlants, i, () => drawNps(r, mood));
    const csat = planted(csatPlants, i, () => drawCsat(r, mood));
    const email = !p ? "" : p === P.ava ? " Ava.Chen@Northwind.example " : p === P.danielB ? shout(p.email) : p.email;
    const at = table.row([
      fmt.sql(start), fmt.sql(plus(start, dur)), "IP Address", `203.0.113.${r.int(2, 254)}`,
      i === partial ? 12 : 100, dur, i === partial ? "False" : "True", fmt.sql(plus(start, dur + 1)),
      qualtricsResponseId(r),
      p ? p.last : "", p ? p.first : "", email, "",
      (37 + r.next() * 10).toFixed(4), (-122 + r.next() * 50).toFixed(4),
      p ? "email" : "anonymous", "EN",
      "v" in nps ? nps.v : nps.bad ?? "",
      "v" in nps ? { promoters: "Promoter", passives: "Passive", detractors: "Detractor" }[bucket(nps.v)] : "",
      "v" in csat ? csat.v : csat.bad ?? "",
      i === partial ? "" : commentEn(r, mood),
      i === partial ? "" : r.pick(["Helpdesk", "Helpdesk,Billing", "Billing", "Helpdesk,Billing,Shop", "Shop"]),
    ]);
    countNps(t, nps, { row: at.row, line: at.line, column: "Q1", column_index: 18 });
    countCsat(t, csat, { row: at.row, line: at.line, column: "Q2", column_index: 20 });
    ledger.add(name, at.row, [["email", email]]);
  });
  finish(name, "\uFEFF" + table.text, {
    tool: "Qualtrics (CSV export, numeric values)", kind: "survey_responses", format: "csv", encoding: "utf-8", bom: true, eol: "crlf", delimiter: ",",
    header_rows: 3, first_data_row: 4, rows: respondents.length,
    columns: { nps: "Q1", csat: "Q2", decoy: "Q1_NPS_GROUP (Promoter/Passive/Detractor labels, not a score)", email: "RecipientEmail" },
    ...metricsOf(t), invalid_cells: t.invalid_cells,
  });
}

// 2. SurveyMonkey: two header rows, CSAT as labels, expanded multi-select, trailing blank line.
{
  const name = "surveymonkey_csat.csv";
  const r = seeded(name);
  const t = surveyTally();
  const table = new Table({ eol: "\r\n" });
  const LABELS = { 5: "Very satisfied", 4: "Satisfied", 3: "Neither satisfied nor dissatisfied", 2: "Dissatisfied", 1: "Very dissatisfied" };
  const Q = "Overall, how satisfied or dissatisfied are you with Acme?";
  table.row(["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1", Q, "Which Acme products do you use?", "", "", "How could we improve?"]);
  table.row(["", "", "", "", "", "", "", "", "", "Response", "Helpdesk", "Billing", "Other (please specify)", "Open-Ended Response"]);
  const respondents = [...plan.surveymonkey];
  for (const at of [3, 12, 20]) respondents.splice(at, 0, null);
  const plants = { 8: {}, 17: { bad: "N/A" } };
  respondents.forEach((p, i) => {
    const mood = p ? p.mood : r.int(0, 2);
    const start = when(r);
    const csat = planted(plants, i, () => drawCsat(r, mood));
    const email = p ? (p === P.ava ? "AVA.CHEN@northwind.example" : p.email) : "";
    const other = r.next() < 0.15 ? "Shop integration" : "";
    const at = table.row([
      String(114500000000 + i * 7919), "431209876", fmt.surveymonkey(start), fmt.surveymonkey(plus(start, r.int(60, 600))),
      `198.51.100.${r.int(2, 254)}`, email, p ? p.first : "", p ? p.last : "", p ? "" : "web link",
      "v" in csat ? LABELS[csat.v] : csat.bad ?? "",
      r.next() < 0.7 ? "Helpdesk" : "", r.next() < 0.5 ? "Billing" : "", other, commentEn(r, mood),
    ]);
    countCsat(t, csat, { row: at.row, line: at.line, column: Q, column_index: 10 });
    ledger.add(name, at.row, [["email", email]]);
  });
  table.raw("\r\n"); // the trailing blank line SurveyMonkey leaves
  finish(name, table.text, {
    tool: "SurveyMonkey (CSV export, expanded, actual answer text)", kind: "survey_responses", format: "csv", encoding: "utf-8", bom: false, eol: "crlf", delimiter: ",",
    header_rows: 2, first_data_row: 3, rows: respondents.length, trailing_blank_lines: 1,
    columns: { csat: Q, email: "Email Address" },
    csat_labels: { "Very satisfied": 5, Satisfied: 4, "Neither satisfied nor dissatisfied": 3, Dissatisfied: 2, "Very dissatisfied": 1 },
    ...metricsOf(t, { nps: false }), invalid_cells: t.invalid_cells,
  });
}

// 3. Typeform CSV: labelled extremes, quoted newlines, hidden "email" field, half anonymous.
{
  const name = "typeform_nps.csv";
  const r = seeded(name);
  const t = surveyTally();
  const table = new Table();
  const Q = "How likely are you to recommend Acme to a friend or colleague?";
  table.row(["#", Q, "What's the main reason for your score?", "email", "Start Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]);
  const respondents = [];
  plan.typeformCsv.forEach((p) => respondents.push(p, null));
  const plants = { 9: {} };
  const extra = [
    "Honestly, it's fine.\nNot great, not terrible.",
    "Three things:\n1) speed\n2) price\n3) \"support\"",
  ];
  respondents.forEach((p, i) => {
    const mood = p ? p.mood : r.int(0, 2);
    const cell = planted(plants, i, () => drawNps(r, mood));
    const text = "v" in cell ? (cell.v === 10 ? "10 - Extremely likely" : cell.v === 0 ? "0 - Not at all likely" : String(cell.v)) : "";
    const start = when(r);
    const token = Array.from({ length: 32 }, () => "0123456789abcdefghijklmnopqrstuvwxyz"[r.int(0, 35)]).join("");
    const at = table.row([
      token, text, i % 7 === 3 ? extra[i % 2] : commentEn(r, mood), p ? p.email : "",
      fmt.sql(start), fmt.sql(plus(start, r.int(30, 400))), token.slice(0, 10), "",
    ]);
    countNps(t, cell, { row: at.row, line: at.line, column: Q, column_index: 2 });
    ledger.add(name, at.row, [["email", p ? p.email : ""]]);
  });
  finish(name, table.text, {
    tool: "Typeform (CSV download)", kind: "survey_responses", format: "csv", encoding: "utf-8", bom: false, eol: "lf", delimiter: ",",
    header_rows: 1, first_data_row: 2, rows: respondents.length,
    columns: { nps: Q, email: "email (hidden field)" },
    ...metricsOf(t, { csat: false }), invalid_cells: t.invalid_cells,
  });
}

// 4. Google Forms, Japanese, re-saved by Excel: Shift_JIS (CP932), CRLF, full-width digits.
{
  const name = "googleforms_ja_sjis.csv";
  const r = seeded(name);
  const t = surveyTally();
  const table = new Table({ eol: "\r\n" });
  const QN = "おすすめ度（0～10）：友人や同僚に Acme を勧める可能性はどのくらいありますか？";
  const QC = "満足度";
  const LABELS = { 5: "非常に満足", 4: "満足", 3: "どちらでもない", 2: "不満", 1: "非常に不満" };
  const FW = (n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  table.row(["タイムスタンプ", "メールアドレス", "お名前", QN, QC, "ご購入日", "ご意見・ご要望"]);
  const respondents = [...plan.googleForms];
  respondents.splice(9, 0, P.ken); // Ken Sato answers twice (second time typed in capitals)
  respondents.splice(13, 0, null); // one response without an address
  const npsPlants = { 4: { bad: "１１" }, 11: {} };
  const csatPlants = { 7: {} };
  let kenSeen = 0;
  respondents.forEach((p, i) => {
    const mood = p ? p.mood : r.int(0, 2);
    const nps = planted(npsPlants, i, () => drawNps(r, mood));
    const csat = planted(csatPlants, i, () => drawCsat(r, mood));
    const npsText = "v" in nps ? (i % 3 === 0 ? FW(nps.v) : String(nps.v)) : nps.bad ?? "";
    let email = p ? p.email : "";
    if (p === P.ken && kenSeen++ === 1) email = "KEN.SATO@Sakura-Shoji.example";
    const stamp = when(r, 30, 40);
    const comment = i === 5 ? "サポート、とても親切でした。\r\nまた利用します" : commentJa(r, mood);
    const at = table.row([
      fmt.jaStamp(stamp), email, p ? p.kanji : "", npsText, "v" in csat ? LABELS[csat.v] : "", fmt.jaDate(when(r, -60, 60)), comment,
    ]);
    countNps(t, nps, { row: at.row, line: at.line, column: QN, column_index: 4 });
    countCsat(t, csat, { row: at.row, line: at.line, column: QC, column_index: 5 });
    ledger.add(name, at.row, [["email", email]]);
  });
  finish(name, encodeShiftJis(table.text), {
    tool: "Google Forms (responses CSV opened and saved by Japanese Excel)", kind: "survey_responses", format: "csv", encoding: "shift_jis", bom: false, eol: "crlf", delimiter: ",",
    header_rows: 1, first_data_row: 2, rows: respondents.length,
    columns: { nps: QN, csat: QC, email: "メールアドレス", name: "お名前" },
    csat_labels: { 非常に満足: 5, 満足: 4, どちらでもない: 3, 不満: 2, 非常に不満: 1 },
    notes: "Header tilde is byte pair 0x81 0x60: U+FF5E under CP932/WHATWG decoding, U+301C under strict JIS tables. Full-width digits (９, １０) are valid scores; １１ is out of range.",
    ...metricsOf(t), invalid_cells: t.invalid_cells,
  });
}

// 5. Typeform responses API (JSON array of response objects; answers keyed by field ref).
{
  const name = "typeform_responses.json";
  const r = seeded(name);
  const t = surveyTally();
  const items = [];
  const respondents = [...plan.typeformJson];
  respondents.splice(4, 0, null);
  respondents.splice(12, 0, null);
  respondents.push(P.grace); // Grace again, from a shop link: shopify id only, no email
  let graceSeen = 0;
  respondents.forEach((p, i) => {
    const mood = p ? p.mood : r.int(0, 2);
    const nps = i === 7 ? {} : { v: drawNps(r, mood) };
    const csat = i === 10 ? {} : { v: drawCsat(r, mood) };
    const landed = when(r);
    const token = Array.from({ length: 32 }, () => "0123456789abcdefghijklmnopqrstuvwxyz"[r.int(0, 35)]).join("");
    const shopLink = p && (p === P.grace || r.next() < 0.4);
    const hidden = { email: p ? p.email : "", shopify_customer_id: shopLink ? p.shopify : "" };
    if (p === P.grace && graceSeen++ === 1) hidden.email = "";
    const answers = [];
    if ("v" in nps) answers.push({ field: { id: "Xk2pLm9a", ref: "nps", type: "nps" }, type: "number", number: nps.v });
    if ("v" in csat) answers.push({ field: { id: "Qr7sTu1b", ref: "csat", type: "rating" }, type: "number", number: csat.v });
    const why = commentEn(r, mood);
    if (why) answers.push({ field: { id: "Vw3yZa5c", ref: "reason", type: "long_text" }, type: "text", text: why });
    items.push({
      landing_id: token, token, response_id: token,
      landed_at: fmt.iso(landed), submitted_at: fmt.iso(plus(landed, r.int(30, 300))),
      metadata: { user_agent: "Mozilla/5.0", platform: r.pick(["other", "mobile"]), referer: "https://acme.typeform.com/to/k9Jd2P", network_id: token.slice(0, 10), browser: "default" },
      hidden, calculated: { score: 0 }, answers,
    });
    countNps(t, nps, { row: i + 1, column: "answers[ref=nps].number" });
    countCsat(t, csat, { row: i + 1, column: "answers[ref=csat].number" });
    ledger.add(name, i + 1, [["email", hidden.email], ["shopify", hidden.shopify_customer_id]]);
  });
  finish(name, JSON.stringify(items, null, 2) + "\n", {
    tool: "Typeform Responses API (items array, saved as a bare JSON array)", kind: "survey_responses", format: "json", encoding: "utf-8", bom: false,
    rows: items.length, columns: { nps: "answers[field.ref=nps].number", csat: "answers[field.ref=csat].number (1-5 rating)", email: "hidden.email", shopify_id: "hidden.shopify_customer_id" },
    notes: "A skipped question has no entry in answers (blank, not invalid).",
    ...metricsOf(t), invalid_cells: t.invalid_cells,
  });
}

// Help-desk text (subjects and descriptions).
const TICKETS = [
  ["Invoice shows wrong VAT number", "Hi, our July invoice shows the old VAT number.\nCan you reissue it?", "billing invoice"],
  ["Please send a copy of the contract", "We need a copy of the contract before our renewal meeting, we may cancel our subscription.", "contract churn_risk"],
  ["Cancel duplicate order", "I was charged twice for order #1012, please cancel the duplicate order. Thanks!", "orders duplicate"],
  ["Export to CSV times out", "Exports over 10k rows time out after 30s. This is blocking our month-end.", "bug exports"],
  ["How do I add a teammate?", "Where do I invite a new agent? Can't find it in settings.", "howto seats"],
  ["Switching to Brightdesk?", "Brightdesk does it for half the price. Convince me to stay, honestly.", "pricing competitor"],
  ["Login loop on mobile", "After the update the iOS app keeps asking me to log in again, and again.", "bug mobile"],
  ["Refund for unused seats", "We reduced the team from 12 to 8 seats, please refund the difference.", "billing refund"],
  ["Feature request: SSO", "Any plans for SAML SSO? Our IT team requires it by Q4.", "feature_request sso"],
  ["Great job on the new dashboard", "Just wanted to say the new dashboard is fantastic, thanks team!", "praise"],
  ["Webhook failures since Tuesday", "Webhooks to our endpoint fail with 502, \"connection reset\".", "bug api"],
  ["Change billing email", "Please send invoices to accounts@ our domain from now on.", "billing"],
];
function satisfaction(r, mood) {
  const u = r.next();
  if (u < 0.35) return r.pick(["offered", "unoffered"]);
  return mood === 0 ? (r.next() < 0.75 ? "bad" : "good") : r.next() < 0.85 ? "good" : "bad";
}

// 6. Zendesk CSV (view export).
{
  const name = "zendesk_tickets.csv";
  const r = seeded(name);
  const table = new Table();
  const t = surveyTally();
  table.row(ZENDESK_TICKETS_HEADER);
  const requesters = [...plan.zendeskCsv];
  requesters.push(P.ava, P.chloe, plan.zendeskCsv[3], plan.zendeskCsv[7], plan.zendeskCsv[11], plan.zendeskCsv[15], P.mateo, plan.zendeskCsv[19]);
  const channel = new Map(); // twitter-channel tickets: no email, requester id only
  const counts = { good: 0, bad: 0, offered: 0, unoffered: 0 };
  requesters.forEach((p, i) => {
    const [subject, description, tags] = TICKETS[r.int(0, TICKETS.length - 1)];
    const agent = r.pick(AGENTS);
    const created = when(r);
    const viaTwitter = (p === P.mateo || p === P.freya) && !channel.has(p);
    if (viaTwitter) channel.set(p, true);
    const email = viaTwitter ? "" : p === P.ava && i > 20 ? "  ava.chen@northwind.example" : p.email;
    const score = satisfaction(r, p.mood);
    counts[score]++;
    const at = table.row([
      String(1001 + i), viaTwitter ? `${p.first} ${p.last[0]}.` : p.kanji ?? p.name, p.zendesk, email,
      agent.name, agent.email, r.pick(["Support", "Billing", "Tier 2"]), subject, description,
      r.pick(["new", "open", "pending", "solved", "closed", "solved"]), r.pick(["low", "normal", "normal", "high", "urgent"]),
      score, fmt.slash(created), fmt.slash(plus(created, r.int(3600, 400000))), (tags + (viaTwitter ? " twitter" : "")).trim(),
    ]);
    countCsat(t, score === "good" ? { v: 5 } : score === "bad" ? { v: 1 } : {}, {});
    ledger.add(name, at.row, [["zendesk", p.zendesk], ["email", email]]);
  });
  finish(name, table.text, {
    tool: "Zendesk (CSV export of a ticket view)", kind: "tickets", format: "csv", encoding: "utf-8", bom: false, eol: "lf", delimiter: ",",
    header_rows: 1, first_data_row: 2, rows: requesters.length,
    columns: { customer: "Requester id, Requester email", not_customer: "Assignee, Assignee email (agents)", csat: "Satisfaction Score" },
    satisfaction_counts: counts,
    csat: { satisfied: t.csat.satisfied, total: t.csat.total, value: Math.round((t.csat.satisfied / t.csat.total) * 10000) / 100, rule: "good = satisfied; total = good + bad; offered/unoffered = not answered" },
    invalid_cells: [],
  });
}

// 7. Zendesk JSON (incremental export with side-loaded users).
{
  const name = "zendesk_tickets.json";
  const r = seeded(name);
  const tickets = [];
  const users = new Map();
  const counts = { good: 0, bad: 0, offered: 0, unoffered: 0 };
  const addUser = (u) => users.set(u.id, u);
  const requesters = [...plan.zendeskJson, P.ava, plan.zendeskJson[2], plan.zendeskJson[5], P.mateo, plan.zendeskJson[8], plan.zendeskJson[1]];
  requesters.forEach((p, i) => {
    const [subject, description, tags] = TICKETS[r.int(0, TICKETS.length - 1)];
    const agent = r.pick(AGENTS);
    const onBehalf = i === 4 || i === 13; // an agent opened the ticket for the customer
    const created = when(r);
    const score = i === 3 || i === 11 ? "bad" : satisfaction(r, p.mood);
    counts[score]++;
    const uid = Number(p.zendesk);
    const phoneText = p.phone && i % 2 === 0 ? phone(p, "e164") : null;
    if (!users.has(uid)) {
      addUser({ id: uid, url: `https://acme.zendesk.com/api/v2/users/${uid}.json`, name: p.kanji ?? p.name, email: p.email, phone: phoneText, role: "end-user", locale: isJP(p) ? "ja" : "en-US", time_zone: isJP(p) ? "Tokyo" : "UTC", tags: [] });
    }
    for (const a of onBehalf ? [agent, AGENTS[0]] : [agent]) {
      addUser({ id: a.zendesk, url: `https://acme.zendesk.com/api/v2/users/${a.zendesk}.json`, name: a.name, email: a.email, phone: null, role: "agent", locale: "en-US", time_zone: "Pacific Time (US & Canada)", tags: [] });
    }
    const id = 2001 + i;
    tickets.push({
      url: `https://acme.zendesk.com/api/v2/tickets/${id}.json`, id, external_id: null,
      via: { channel: onBehalf ? "web" : r.pick(["email", "web", "email"]) },
      created_at: fmt.iso(created), updated_at: fmt.iso(plus(created, r.int(3600, 500000))),
      type: r.pick(["question", "incident", "problem", "task"]), subject, raw_subject: subject, description,
      priority: r.pick(["low", "normal", "high", "urgent"]), status: r.pick(["open", "pending", "solved", "closed"]),
      recipient: COMPANY.support, requester_id: uid, submitter_id: onBehalf ? AGENTS[0].zendesk : uid, assignee_id: agent.zendesk,
      organization_id: null, group_id: 360000111222, collaborator_ids: [], follower_ids: onBehalf ? [AGENTS[0].zendesk] : [],
      has_incidents: false, is_public: true, due_at: null, tags: tags.split(" "),
      custom_fields: [{ id: 360011112222, value: tags.split(" ")[0] }, { id: 360011113333, value: r.pick(["starter", "pro", "business", null]) }],
      satisfaction_rating: score === "good" || score === "bad" ? { score, comment: score === "bad" ? "Took too long." : "" } : { score },
    });
    const user = users.get(uid);
    ledger.add(name, i + 1, [["zendesk", String(uid)], ["email", user.email], ["phone", user.phone ?? ""]]);
  });
  const doc = { tickets, users: [...users.values()].sort((a, b) => a.id - b.id), next_page: null, previous_page: null, count: tickets.length };
  const good = counts.good;
  finish(name, JSON.stringify(doc, null, 2) + "\n", {
    tool: "Zendesk API (tickets with side-loaded users)", kind: "tickets", format: "json", encoding: "utf-8", bom: false,
    rows: tickets.length, wrapper: { array: "tickets", count: tickets.length },
    columns: { customer: "requester_id -> users[].email/phone", not_customer: "assignee_id, submitter_id when an agent, users with role agent", csat: "satisfaction_rating.score" },
    satisfaction_counts: counts,
    csat: { satisfied: good, total: counts.good + counts.bad, value: Math.round((good / (counts.good + counts.bad)) * 10000) / 100 },
    invalid_cells: [],
  });
}

// 8. Intercom conversations (REST API list).
{
  const name = "intercom_conversations.json";
  const r = seeded(name);
  const convs = [];
  const starters = [...plan.intercom];
  starters.splice(6, 0, P.chloe); // Chloé's second chat: Intercom had no email for her yet
  starters.push(plan.intercom[2]);
  let chloeSeen = 0;
  starters.forEach((p, i) => {
    const created = when(r);
    const admin = r.pick(AGENTS);
    let email = p.email;
    if (p === P.chloe && chloeSeen++ === 0) email = "";
    const author = { type: "user", id: p.intercom, name: p.name, email };
    const [subject, description] = TICKETS[r.int(0, TICKETS.length - 1)];
    const parts = [];
    let at = plus(created, r.int(60, 1800));
    if (i % 5 === 2) {
      parts.push({ type: "conversation_part", id: String(9100000 + i * 10), part_type: "comment", body: "<p>Thanks! An agent will be with you shortly.</p>", created_at: fmt.unix(plus(created, 5)), updated_at: fmt.unix(plus(created, 5)), notified_at: fmt.unix(plus(created, 5)), assigned_to: null, author: INTERCOM_BOT, attachments: [], redacted: false });
    }
    parts.push({ type: "conversation_part", id: String(9100001 + i * 10), part_type: "comment", body: `<p>Hi ${p.first}, thanks for reaching out. Let me check that for you.</p>`, created_at: fmt.unix(at), updated_at: fmt.unix(at), notified_at: fmt.unix(at), assigned_to: null, author: { type: "admin", id: admin.intercom, name: admin.name, email: admin.email }, attachments: [], redacted: false });
    at = plus(at, r.int(60, 3600));
    parts.push({ type: "conversation_part", id: String(9100002 + i * 10), part_type: "comment", body: `<p>${r.pick(["Thanks, that worked!", "Still broken, please escalate.", "OK, I'll wait for the fix.", "We might cancel if this keeps happening."])}</p>`, created_at: fmt.unix(at), updated_at: fmt.unix(at), notified_at: fmt.unix(at), assigned_to: null, author: { type: "user", id: p.intercom, name: p.name, email }, attachments: [], redacted: false });
    at = plus(at, r.int(60, 3600));
    parts.push({ type: "conversation_part", id: String(9100003 + i * 10), part_type: "close", body: null, created_at: fmt.unix(at), updated_at: fmt.unix(at), notified_at: fmt.unix(at), assigned_to: null, author: { type: "admin", id: admin.intercom, name: admin.name, email: admin.email }, attachments: [], redacted: false });
    convs.push({
      type: "conversation", id: String(1911149000 + i * 13), created_at: fmt.unix(created), updated_at: fmt.unix(at),
      waiting_since: null, snoozed_until: null,
      source: { type: "conversation", id: String(2200000 + i), delivered_as: "customer_initiated", subject: "", body: `<p>${subject}: ${description.replace(/\n/g, "<br>")}</p>`, author, attachments: [], url: null, redacted: false },
      contacts: { type: "contact.list", contacts: [{ type: "contact", id: p.intercom, external_id: null }] },
      first_contact_reply: { created_at: fmt.unix(created), type: "conversation", url: null },
      admin_assignee_id: Number(admin.intercom), team_assignee_id: null, open: false, state: "closed", read: true,
      tags: { type: "tag.list", tags: [] }, priority: "not_priority",
      conversation_parts: { type: "conversation_part.list", conversation_parts: parts, total_count: parts.length },
    });
    ledger.add(name, i + 1, [["intercom", p.intercom], ["email", email]]);
  });
  const doc = { type: "conversation.list", pages: { type: "pages", page: 1, per_page: 50, total_pages: 1 }, total_count: convs.length, conversations: convs };
  finish(name, JSON.stringify(doc, null, 2) + "\n", {
    tool: "Intercom REST API (GET /conversations, full conversation objects)", kind: "conversations", format: "json", encoding: "utf-8", bom: false,
    rows: convs.length, wrapper: { array: "conversations", count: convs.length },
    columns: { customer: "source.author (type user: id, email), contacts.contacts[].id", not_customer: "conversation_parts[].author of type admin (acme.example) or bot (operator+acme@intercom.io)", created_at: "unix seconds" },
    invalid_cells: [],
  });
}

// 9. Shopify orders: one row per line item; order fields on the first line only.
{
  const name = "shopify_orders.csv";
  const r = seeded(name);
  const table = new Table();
  const PRODUCTS = {
    USD: [["Acme Desk Lamp - Black", 4900, "LAMP-BLK"], ["Acme Cable Kit", 1900, "CABLE-KIT"], ["Acme Monitor Arm", 12900, "ARM-01"], ["Acme Gift Card", 2500, "GIFT-25"]],
    EUR: [["Acme Desk Lamp - Black", 4500, "LAMP-BLK"], ["Acme Cable Kit", 1700, "CABLE-KIT"], ["Acme Monitor Arm", 11900, "ARM-01"]],
    JPY: [["Acme デスクライト（黒）", 580000, "LAMP-BLK"], ["Acme ケーブルキット", 220000, "CABLE-KIT"]],
  };
  table.row(SHOPIFY_ORDERS_HEADER);
  const buyers = plan.shopify.flatMap((p, i) => (i % 4 === 1 ? [p, p] : [p]));
  buyers.splice(5, 0, { guest: "phone", person: P.kwame });
  buyers.splice(11, 0, { guest: "personal", person: P.sofia });
  buyers.splice(17, 0, { guest: "pos" });
  const cents = {};
  const statuses = {};
  let lineItems = 0;
  buyers.forEach((b, i) => {
    const p = b.guest ? b.person : b;
    const currency = !p ? "USD" : isJP(p) ? "JPY" : isEU(p) ? "EUR" : "USD";
    const created = when(r);
    const n = r.int(1, 3);
    const lines = [];
    for (let k = 0; k < n; k++) {
      const [title, price, sku] = PRODUCTS[currency][r.int(0, PRODUCTS[currency].length - 1)];
      lines.push({ title, price, sku, qty: r.int(1, 2) });
    }
    const subtotal = lines.reduce((s, l) => s + l.price * l.qty, 0);
    const shipping = currency === "JPY" ? 0 : subtotal >= 10000 ? 0 : 500;
    const total = subtotal + shipping;
    const status = i === 8 ? "refunded" : i === 14 ? "partially_refunded" : i === 20 ? "pending" : i === 24 ? "voided" : "paid";
    statuses[status] = (statuses[status] || 0) + 1;
    cents[currency] = (cents[currency] || 0) + total;
    let email = "";
    let phoneText = "";
    if (b.guest === "phone") phoneText = phone(p, "dash");
    else if (b.guest === "personal") {
      email = p.email2;
      phoneText = phone(p, "intl");
    } else if (p) {
      email = p === P.ava ? "Ava.Chen@northwind.example" : p.email;
      phoneText = p.phone && i % 3 !== 0 ? phone(p, "intl") : "";
    }
    const orderName = `#${1001 + i}`;
    const billing = p ? (isJP(p) ? p.kanji : p.name) : "";
    const rows = shopifyOrderRows({
      name: orderName, email, status, paidAt: status !== "pending" && status !== "voided" ? fmt.shopify(plus(created, 30)) : "",
      fulfillment: status === "paid" ? "fulfilled" : "unfulfilled", acceptsMarketing: r.next() < 0.5 ? "yes" : "no",
      currency, subtotal: money(subtotal, currency), shipping: money(shipping, currency), taxes: money(0, currency),
      total: money(total, currency), discount: money(0, currency), created: fmt.shopify(created),
      lines: lines.map((l) => ({ qty: l.qty, title: l.title, price: money(l.price, currency), sku: l.sku })),
      billingName: billing, billingPhone: phoneText, shippingName: billing,
      cancelledAt: status === "voided" ? fmt.shopify(plus(created, 7200)) : "",
      refunded: status === "refunded" ? money(total, currency) : status === "partially_refunded" ? money(lines[0].price, currency) : money(0, currency),
      id: String(5600000000000 + i * 7331), source: b.guest === "pos" ? "pos" : "web",
    });
    for (const cells of rows) table.row(cells);
    lineItems += rows.length;
    ledger.add(name, i + 1, [["email", email], ["phone", phoneText]]);
  });
  finish(name, table.text, {
    tool: "Shopify admin (Orders export, CSV for Excel etc.)", kind: "orders", format: "csv", encoding: "utf-8", bom: false, eol: "lf", delimiter: ",",
    header_rows: 1, first_data_row: 2, rows: buyers.length, rows_are: "orders (distinct Name), not line items",
    line_items: lineItems, totals_by_currency: totals(cents), financial_status_counts: statuses,
    columns: { customer: "Email, Billing Phone", order_id: "Name (repeated on every line item)", amount: "Total (first line of the order only)" },
    invalid_cells: [],
  });
}

// 10. Stripe subscriptions (dashboard export).
{
  const name = "stripe_subscriptions.csv";
  const r = seeded(name);
  const table = new Table();
  const PLANS = [["Acme Starter (Monthly)", "month", 2900], ["Acme Pro (Monthly)", "month", 9900], ["Acme Business (Annual)", "year", 99000]];
  table.row(STRIPE_SUBSCRIPTIONS_HEADER);
  const rows = [...plan.subs, plan.subs[3], plan.subs[10], plan.subs[17]]; // three upgraded: old sub canceled
  const statuses = {};
  const seenCus = new Set();
  rows.forEach((p, i) => {
    const again = seenCus.has(p.cus);
    seenCus.add(p.cus);
    const [planName, interval, base] = PLANS[again ? 2 : r.int(0, 1)];
    const currency = isJP(p) ? "jpy" : isEU(p) ? "eur" : "usd";
    const amount = currency === "jpy" ? base * 1.1 : base;
    let status = again ? "active" : r.pick(["active", "active", "active", "canceled", "past_due", "trialing"]);
    if (!again && rows.lastIndexOf(p) !== i) status = "canceled"; // the plan they upgraded from
    statuses[status] = (statuses[status] || 0) + 1;
    const created = status === "trialing" ? when(r, 75, 14) : new Date(Date.UTC(2025, r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59)));
    const canceled = status === "canceled" ? when(r) : null;
    const periodEnd = status === "canceled" ? canceled : status === "trialing" ? plus(created, 14 * 86400) : new Date(Date.UTC(2026, 9, r.int(1, 28), created.getUTCHours(), created.getUTCMinutes()));
    const email = p === P.ava ? "ava.chen@northwind.example " : p.email;
    table.row([
      `sub_${p.cus.slice(4, 12)}${pad(i, 4)}${again ? "Up" : "Ab"}`, p.cus, p.kanji ?? p.name, email, planName, planName.replace(/ \(.*\)/, ""), 1, currency, interval,
      money(amount, currency), status, fmt.minutes(created), fmt.minutes(created),
      fmt.minutes(status === "trialing" ? created : new Date(periodEnd.getTime() - 30 * 86400000)), fmt.minutes(periodEnd),
      status === "trialing" ? fmt.minutes(created) : "", status === "trialing" ? fmt.minutes(periodEnd) : "",
      canceled ? fmt.minutes(canceled) : "", canceled ? fmt.minutes(canceled) : "", "false",
    ]);
    ledger.add(name, i + 2, [["stripe", p.cus], ["email", email]]);
  });
  finish(name, table.text, {
    tool: "Stripe dashboard (Subscriptions export)", kind: "subscriptions", format: "csv", encoding: "utf-8", bom: false, eol: "lf", delimiter: ",",
    header_rows: 1, first_data_row: 2, rows: rows.length, status_counts: statuses,
    columns: { customer: "Customer ID, Customer Email", canceled_at: "Canceled At (UTC)", amount: "Amount (major units; jpy has no decimals)" },
    invalid_cells: [],
  });
}

// 11. Stripe payments (charges); some rows carry the Customer ID but no email.
{
  const name = "stripe_payments.csv";
  const r = seeded(name);
  const table = new Table();
  table.row(["id", "Description", "Seller Message", "Created (UTC)", "Amount", "Amount Refunded", "Currency", "Fee", "Status", "Statement Descriptor", "Customer ID", "Customer Description", "Customer Email", "Captured", "Card Brand", "Card Last4", "Invoice ID"]);
  const payers = [];
  for (let i = 0; i < 59; i++) payers.push(plan.subs[(i * 7) % plan.subs.length]);
  payers.splice(31, 0, { guest: true, cus: "cus_Gz8RtY2mPq5WnD" }); // a second Stripe customer object nobody else knows
  const statuses = {};
  const cents = {};
  payers.forEach((p, i) => {
    const currency = p.guest ? "usd" : isJP(p) ? "jpy" : isEU(p) ? "eur" : "usd";
    const amount = p.guest ? 4900 : currency === "jpy" ? 330000 : r.pick([2900, 9900, 9900, 4900]);
    const status = i % 11 === 5 ? "Failed" : i % 13 === 7 ? "Refunded" : "Paid";
    statuses[status] = (statuses[status] || 0) + 1;
    if (status !== "Failed") cents[currency] = (cents[currency] || 0) + amount;
    const noEmail = p.guest || i % 6 === 4;
    const email = noEmail ? "" : p.email;
    const ch = "ch_3P" + Array.from({ length: 22 }, () => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"[r.int(0, 55)]).join("");
    table.row([
      ch, p.guest ? "Desk lamp (guest checkout)" : "Subscription update", status === "Failed" ? "The bank returned the decline code `insufficient_funds`." : "Payment complete.",
      fmt.minutes(when(r)), money(amount, currency), status === "Refunded" ? money(amount, currency) : money(0, currency), currency,
      currency === "jpy" ? "13200" : ((amount * 0.029 + 30) / 100).toFixed(2), status, "ACME", p.cus, p.guest ? "" : p.kanji ?? p.name, email,
      status === "Failed" ? "false" : "true", r.pick(["visa", "mastercard", "amex"]), pad(r.int(0, 9999), 4), p.guest ? "" : `in_1P${pad(i, 4)}Qx`,
    ]);
    ledger.add(name, i + 2, [["stripe", p.cus], ["email", email]]);
  });
  finish(name, table.text, {
    tool: "Stripe dashboard (Payments export)", kind: "payments", format: "csv", encoding: "utf-8", bom: false, eol: "lf", delimiter: ",",
    header_rows: 1, first_data_row: 2, rows: payers.length, status_counts: statuses, amount_by_currency_excluding_failed: totals(cents),
    columns: { customer: "Customer ID (cus_...), Customer Email (sometimes blank)", amount: "Amount (major units)" },
    invalid_cells: [],
  });
}

// 12. HubSpot contacts export.
{
  const name = "hubspot_contacts.csv";
  const r = seeded(name);
  const table = new Table();
  table.row(["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Contact owner", "Lifecycle Stage", "Lead Status", "Create Date", "Last Activity Date", "Company Name", "Twitter Username"]);
  const contacts = [...plan.hubspot];
  const stages = {};
  contacts.splice(17, 0, { internal: true });
  contacts.forEach((p, i) => {
    const owner = i % 9 === 4 ? "priya.natarajan@acme.example" : r.pick(["Jordan Lee", "Mei Tanaka", "Priya Natarajan"]);
    if (p.internal) {
      table.row(["51009", "QA", "Test", "qa.test@acme.example", "", "Jordan Lee", "Other", "", "2026-07-01 08:00", "", "Acme", ""]);
      stages.Other = (stages.Other || 0) + 1;
      ledger.add(name, i + 2, [["hubspot", "51009"], ["email", "qa.test@acme.example"]]);
      return;
    }
    const stage = p.cus ? r.pick(["Customer", "Customer", "Evangelist"]) : r.pick(["Subscriber", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity"]);
    stages[stage] = (stages[stage] || 0) + 1;
    const email = p === P.danielA ? " Daniel.Kim@Contoso.example" : p.email;
    const phoneText = p.phone ? phone(p, p === P.kwame ? "intl" : "dash") : "";
    const handle = !p.twitter ? "" : i % 3 === 0 ? `@${p.twitter}` : i % 3 === 1 ? p.twitter.toLowerCase() : p.twitter;
    const kanji = isJP(p) && i % 2 === 0;
    table.row([
      p.hubspot, kanji ? p.kanjiGiven : p.first, kanji ? p.kanjiFamily : p.last, email, phoneText, owner, stage,
      r.pick(["", "New", "Open", "In progress", "Connected"]), fmt.minutes(new Date(Date.UTC(2025, r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59)))),
      fmt.minutes(when(r)), companyOf(p), handle,
    ]);
    ledger.add(name, i + 2, [["hubspot", p.hubspot], ["email", email], ["phone", phoneText], ["twitter", handle]]);
  });
  finish(name, table.text, {
    tool: "HubSpot (Contacts export, CSV)", kind: "contacts", format: "csv", encoding: "utf-8", bom: false, eol: "lf", delimiter: ",",
    header_rows: 1, first_data_row: 2, rows: contacts.length, lifecycle_counts: Object.fromEntries(Object.entries(stages).sort()),
    columns: { customer: "Record ID, Email, Phone Number, Twitter Username", not_customer: "Contact owner (agent name or acme.example address); row Record ID 51009 qa.test@acme.example is an internal test contact" },
    invalid_cells: [],
  });
}

// 13. Social listening stream: NDJSON, one malformed line in the middle.
{
  const name = "social_mentions.ndjson";
  const r = seeded(name);
  const lines = [];
  const platforms = {};
  const TEXT = {
    0: ["@AcmeHQ third outage this month. Evaluating Brightdesk.", "@AcmeHQ still waiting on a refund, 2 weeks now", "Acme support ghosted us again"],
    1: ["@AcmeHQ anyone else seeing slow exports today?", "Trying Acme for our team, first impressions: ok", "@AcmeHQ is there a status page?"],
    2: ["Huge thanks to @AcmeHQ support, fixed our billing issue in an hour", "The new @AcmeHQ dashboard is great", "Acme just works. Recommended."],
  };
  const authors = [];
  for (const p of plan.social) authors.push({ p, handle: p === P.ava ? "AvaChenNW" : p.twitter, followers: r.int(40, 25000) });
  const strangers = ["techwithtess", "KaiBuilds", "opsguy_mark", "ミナミ_dev", "LenaCodes", "growth_raj"];
  strangers.forEach((h, k) => authors.push({ p: null, handle: h === "ミナミ_dev" ? "minami_dev" : h, followers: k === 1 ? 182000 : r.int(10, 5000) }));
  const order = r.shuffle(authors.concat(authors.slice(0, 6)));
  let row = 0;
  const emit = (obj, keysFromHandle) => {
    row++;
    lines.push(JSON.stringify(obj));
    platforms[obj.platform] = (platforms[obj.platform] || 0) + 1;
    if (keysFromHandle) ledger.add(name, row, [["twitter", obj.author.handle]], { mention: true });
  };
  order.forEach((a, k) => {
    if (k === 12) {
      row++;
      lines.push('{"id":"m-0013","platform":"x","author":{"handle":"KitKatDev","followers":88},"text":"Acme API docs are "great" lol","url":"https://x.com/KitKatDev/status/1811000000000000013","created_at":"2026-07-19T10:02:11Z"');
    }
    const mood = a.p ? a.p.mood : r.int(0, 2);
    const id = `m-${pad(row + 1, 4)}`;
    const d = when(r);
    const isJa = a.p ? isJP(a.p) : a.handle === "minami_dev";
    const handle = k % 4 === 0 ? a.handle.toLowerCase() : a.handle;
    emit({
      id, platform: k % 9 === 4 ? "twitter" : "x",
      author: { handle: k % 5 === 1 ? `@${handle}` : handle, name: a.p ? (a.p.kanji ?? a.p.name) : a.handle, followers: a.followers },
      text: isJa ? r.pick(["@AcmeHQ サポートの対応が早くて助かる", "Acmeの請求がまた間違ってる…解約しようかな", "Acme、便利だけど高い"]) : r.pick(TEXT[mood]),
      url: `https://x.com/${a.handle}/status/${1811000000000000000n + BigInt(row)}`, created_at: fmt.iso(d), lang: isJa ? "ja" : "en",
    }, true);
  });
  // Other platforms: handles there are not keys.
  const others = [
    ["instagram", "desk.setups.daily", "Unboxing my new Acme desk lamp ✨ #wfh", 48200],
    ["reddit", "u/throwaway_ops", "Acme vs Brightdesk for a 10-person support team? Acme's export is painfully slow.", 0],
    ["instagram", "ava.chen.photos", "Sunday setup featuring @acme ☕️", 910],
    ["youtube", "TechTidbits", "Acme Helpdesk review after 6 months: pros, cons, pricing", 35100],
  ];
  for (const [platform, handle, text, followers] of others) {
    emit({ id: `m-${pad(row + 1, 4)}`, platform, author: { handle, name: handle, followers }, text, url: `https://${platform}.example/${handle}/${row + 1}`, created_at: fmt.iso(when(r)), lang: "en" }, false);
  }
  finish(name, lines.join("\n") + "\n", {
    tool: "Social listening export (NDJSON, one mention per line)", kind: "mentions", format: "ndjson", encoding: "utf-8", bom: false, eol: "lf",
    rows: row - 1, rejected_rows: [{ row: 13, reason: "malformed JSON (unescaped quotes, no closing brace)" }], platform_counts: Object.fromEntries(Object.entries(platforms).sort()),
    columns: { customer: "author.handle when platform is x or twitter", followers: "author.followers" },
    notes: "row = line number; lines are records. Mention authors link to customers by handle but never create a customer on their own.",
    invalid_cells: [],
  });
}

// 14. Support mailbox (mboxrd, LF): UTF-8 8bit, ISO-2022-JP, quoted-printable, base64, RFC 2047.
{
  const name = "support_mailbox.mbox";
  const chunks = [];
  const charsets = new Set();
  let n = 0;
  const support = `Acme Support <${COMPANY.support}>`;
  const j = (s) => encodedWords(s, "ISO-2022-JP", encodeIso2022Jp);
  const u8 = (s) => encodedWords(s, "UTF-8", (x) => Buffer.from(x, "utf8"));
  const msg = ({ from, envelope, to, subject, date, tz = 0, id, reply, headers = [], body, customer }) => {
    n++;
    const head = [
      `From ${envelope} ${fmt.asctime(date)}`, `Return-Path: <${envelope}>`, `From: ${from}`, `To: ${to}`, `Subject: ${subject}`,
      `Date: ${fmt.rfc2822(date, tz)}`, `Message-ID: <${id}>`, ...(reply ? [`In-Reply-To: <${reply}>`, `References: <${reply}>`] : []),
      "MIME-Version: 1.0", ...headers,
    ].join("\n");
    chunks.push(Buffer.from(head + "\n\n", "utf8"), Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8"), Buffer.from("\n\n", "utf8"));
    ledger.add(name, n, [["email", customer]]);
  };
  const r = seeded(name);
  let clock = new Date(Q3 + 8 * 3600 * 1000);
  const d = () => (clock = plus(clock, r.int(3 * 86400, 7 * 86400))); // mail arrives in order, days apart
  const plain = (cs = "UTF-8", cte = "7bit") => {
    charsets.add(cs.toLowerCase());
    return [`Content-Type: text/plain; charset=${cs}`, `Content-Transfer-Encoding: ${cte}`];
  };

  let t0 = d();
  msg({ from: '"Chen, Ava" <Ava.Chen@Northwind.example>', envelope: "Ava.Chen@Northwind.example", to: support, subject: "Invoice INV-2026-0712 shows the wrong VAT number", date: t0, id: "c1.ava@northwind.example",
    headers: plain("UTF-8", "8bit"), customer: "Ava.Chen@Northwind.example",
    body: "Hi Acme team,\n\nOur July invoice (INV-2026-0712) still shows the old VAT number — could you reissue it?\nAlso, the café in your office address is misspelled.\n\nThanks,\nAva Chen\nNorthwind" });
  msg({ from: support, envelope: COMPANY.support, to: '"Chen, Ava" <ava.chen@northwind.example>', subject: "Re: Invoice INV-2026-0712 shows the wrong VAT number", date: plus(t0, 5400), id: "r1.support@acme.example", reply: "c1.ava@northwind.example",
    headers: plain(), customer: "ava.chen@northwind.example",
    body: "Hi Ava,\n\nDone: the corrected invoice is attached to your account.\n\n> Our July invoice (INV-2026-0712) still shows the old VAT number\n\nBest,\nMei Tanaka\nAcme Support" });

  t0 = d();
  const taroBody = "Acme サポート御中\n\nいつもお世話になっております。大和電機の山田です。\n来月末で契約を解約したいと考えております。\n契約書の写しをお送りいただけますでしょうか。\n\nよろしくお願いいたします。\n山田 太郎";
  msg({ from: `${j(P.taro.kanji)} <${P.taro.email}>`, envelope: P.taro.email, to: support, subject: j("解約の手続きについて"), date: t0, tz: 9, id: "20260801.taro@yamato-denki.example",
    headers: plain("ISO-2022-JP"), customer: P.taro.email, body: encodeIso2022Jp(taroBody) });
  msg({ from: `${j("Acme サポート 田中")} <${COMPANY.support}>`, envelope: COMPANY.support, to: `${j(P.taro.kanji)} <${P.taro.email}>`, subject: j("Re: 解約の手続きについて"), date: plus(t0, 7200), tz: 9, id: "r2.support@acme.example", reply: "20260801.taro@yamato-denki.example",
    headers: plain("ISO-2022-JP"), customer: P.taro.email,
    body: encodeIso2022Jp("山田様\n\nお問い合わせありがとうございます。Acme サポートの田中です。\n契約書の写しを添付いたします。\n解約の前に、ご利用状況について一度お話しできれば幸いです。\n\nAcme サポート 田中 芽衣") });

  msg({ from: `${qWord("Lukas Müller")} <${P.lukas.email}>`, envelope: P.lukas.email, to: support, subject: "Pricing for 40 seats - we are evaluating Brightdesk", date: d(), tz: 2, id: "lm-0714@alpenhaus.example",
    headers: plain("UTF-8", "quoted-printable"), customer: P.lukas.email,
    body: quotedPrintable("Hallo Acme-Team,\n\nwe are evaluating Brightdesk, which offers the same features for roughly half the price per seat (€12 instead of €24). Before we decide: can you match that for 40 seats on an annual plan? Our renewal is due on 30.09.2026.\n\nViele Grüße\nLukas Müller\nAlpenhaus GmbH") });

  t0 = d();
  msg({ from: `${u8(P.hanako.kanji)} <${P.hanako.email}>`, envelope: P.hanako.email, to: support, subject: u8("請求書の宛名変更のお願い"), date: t0, tz: 9, id: "hs-0722@" + P.hanako.email.split("@")[1],
    headers: plain("UTF-8", "base64"), customer: P.hanako.email,
    body: base64Body(Buffer.from("Acme サポート様\n\n請求書の宛名を「株式会社さくら商事 経理部」に変更していただけますか。\n来月分からで構いません。\n\n鈴木 花子", "utf8")) });
  msg({ from: support, envelope: COMPANY.support, to: P.hanako.email, subject: u8("Re: 請求書の宛名変更のお願い"), date: plus(t0, 3600), tz: 9, id: "r3.support@acme.example", reply: "hs-0722@" + P.hanako.email.split("@")[1],
    headers: plain("UTF-8", "quoted-printable"), customer: P.hanako.email,
    body: quotedPrintable("鈴木様\n\n承知いたしました。来月分の請求書から宛名を変更いたします。\n\nAcme サポート") });

  t0 = d();
  const omarText = "Hi,\n\nYour status page says everything is green.\nFrom what I can tell, exports have failed three times this month.\nIf this continues we will cancel our subscription.\n\nOmar Haddad";
  const omarHtml = "<html><body><p>Hi,</p><p>Your status page says everything is green.<br>From what I can tell, exports have failed three times this month.<br>If this continues we will cancel our subscription.</p><p>Omar Haddad</p></body></html>";
  charsets.add("utf-8");
  msg({ from: `Omar Haddad <${P.omar.email}>`, envelope: P.omar.email, to: support, subject: "Exports failing again", date: t0, tz: -5, id: "oh-0805@" + P.omar.email.split("@")[1],
    headers: ['Content-Type: multipart/alternative; boundary="==b0undary_oh"'], customer: P.omar.email,
    body: mboxEscape(`This is a multi-part message in MIME format.\n\n--==b0undary_oh\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n${omarText}\n\n--==b0undary_oh\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n${quotedPrintable(omarHtml)}\n\n--==b0undary_oh--`) });
  msg({ from: `Mei Tanaka <${AGENTS[0].email}>`, envelope: AGENTS[0].email, to: `Omar Haddad <${P.omar.email}>`, subject: "Re: Exports failing again", date: plus(t0, 2400), id: "r4.mei@acme.example", reply: "oh-0805@" + P.omar.email.split("@")[1],
    headers: plain(), customer: P.omar.email,
    body: mboxEscape("Hi Omar,\n\nSorry about this. Engineering found the cause (a timeout on large exports) and a fix ships on Thursday.\n\n> From what I can tell, exports have failed three times this month.\n\nMei") });

  msg({ from: `Noah Smith <${P.noah.email}>`, envelope: P.noah.email, to: support, subject: "Please cancel duplicate order #1012", date: d(), tz: -7, id: "ns-0809@" + P.noah.email.split("@")[1],
    headers: plain(), customer: P.noah.email, body: "Hello, I placed order #1012 twice by mistake. Please cancel the duplicate order; keep the first one.\n\nThanks, Noah" });
  msg({ from: `Kwame Mensah <${P.kwame.email}>`, envelope: P.kwame.email, to: support, subject: "Receipt for my guest checkout", date: d(), tz: -5, id: "km-0811@" + P.kwame.email.split("@")[1],
    headers: plain(), customer: P.kwame.email, body: "Hi, I checked out as a guest (phone only). Could you email me the receipt?\n\nKwame" });

  t0 = d();
  msg({ from: `Daniel Kim <${P.danielB.email}>`, envelope: P.danielB.email, to: support, subject: "Can't log in after password reset", date: t0, tz: -4, id: "dk-0815@tailspin.example",
    headers: plain(), customer: P.danielB.email, body: "The reset link says it expired. I'm locked out.\n\n-- \nDaniel Kim, Tailspin" });
  msg({ from: support, envelope: COMPANY.support, to: `Daniel Kim <${P.danielB.email}>`, subject: "Re: Can't log in after password reset", date: plus(t0, 1800), id: "r5.support@acme.example", reply: "dk-0815@tailspin.example",
    headers: plain(), customer: P.danielB.email, body: "Hi Daniel, I've sent a new reset link that is valid for 24 hours.\n\nJordan, Acme Support" });

  msg({ from: `Siobhan Murphy <${P.siobhan.email}>`, envelope: P.siobhan.email, to: support, subject: "Copy of our contract", date: d(), tz: 1, id: "sm-0820@" + P.siobhan.email.split("@")[1],
    headers: plain(), customer: P.siobhan.email, body: "Hi,\n\nPlease send a copy of the contract and the notice period. We will not renew in October.\n\nSiobhan" });
  msg({ from: support, envelope: COMPANY.support, to: `${j(P.daisuke.kanji)} <${P.daisuke.email}>`, subject: j("メンテナンスのお知らせ"), date: d(), tz: 9, id: "n1.support@acme.example",
    headers: plain("ISO-2022-JP"), customer: P.daisuke.email,
    body: encodeIso2022Jp(`${P.daisuke.kanjiFamily}様\n\n9月12日 2:00-4:00 (JST) にメンテナンスを行います。\nご不便をおかけしますが、よろしくお願いいたします。\n\nAcme サポート`) });
  msg({ from: `Pierre Moreau <${P.pierre.email}>`, envelope: P.pierre.email, to: support, subject: `Facture ${qWord("erronée")}`, date: d(), tz: 2, id: "pm-0902@" + P.pierre.email.split("@")[1],
    headers: plain("UTF-8", "quoted-printable"), customer: P.pierre.email,
    body: quotedPrintable("Bonjour,\n\nTrès déçu : la facture de septembre est erronée, deuxième fois cette année. Northstar CRM nous propose une offre à moitié prix.\n\nCordialement,\nPierre Moreau") });
  const mbox = Buffer.concat(chunks);
  finish(name, mbox, {
    tool: "Mail client / IMAP archive (mboxrd, LF line ends)", kind: "conversations", format: "mbox", encoding: "utf-8", charsets: [...charsets].sort(), bom: false, eol: "lf",
    rows: n, rows_are: "messages",
    columns: { customer: "From when it is not an acme.example address, otherwise the To address" },
    notes: "Bodies: 8bit UTF-8, 7bit ISO-2022-JP, quoted-printable UTF-8, base64 UTF-8, multipart/alternative; RFC 2047 B (ISO-2022-JP, UTF-8) and Q words; a body line '>From what I can tell' is mboxrd-escaped.",
    invalid_cells: [],
  });
}

// 15. A Japanese complaint mail in Shift_JIS (CRLF, 8bit body).
{
  const name = "complaint_sjis.eml";
  const sj = (s) => encodedWords(s, "Shift_JIS", encodeShiftJis, "\r\n");
  const d = new Date(Date.UTC(2026, 8, 14, 1, 23, 45));
  const head = [
    `From: ${sj(P.ken.kanji)} <${P.ken.email}>`, `To: ${sj("Acme サポート")} <${COMPANY.support}>`,
    `Subject: ${sj("【至急】二重請求と解約について")}`, `Date: ${fmt.rfc2822(d, 9)}`, "Message-ID: <20260914102345.ks@sakura-shoji.example>",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=Shift_JIS", "Content-Transfer-Encoding: 8bit", "X-Mailer: Becky! ver. 2.81",
  ].join("\r\n");
  const body = [
    "Acme サポート ご担当者様", "", "さくら商事の佐藤です。", "9月分の利用料が二重に請求されています（請求書番号 INV-2026-0911）。",
    "管理画面の表示も遅く、サポートへの問い合わせにも3日間返信がありません。", "至急、返金をお願いします。",
    "改善が見られない場合は、今月末で契約を解約し、他社のソフトへの乗り換えを検討します。", "契約書の写しも送付してください。", "", "佐藤 健", "株式会社さくら商事",
  ].join("\r\n");
  finish(name, Buffer.concat([Buffer.from(head + "\r\n\r\n", "ascii"), encodeShiftJis(body), Buffer.from("\r\n", "ascii")]), {
    tool: "Single message saved from a Japanese mail client (.eml)", kind: "conversations", format: "eml", encoding: "shift_jis", bom: false, eol: "crlf",
    rows: 1, rows_are: "messages", columns: { customer: "From" },
    notes: "Subject and display names are =?Shift_JIS?B?...?= words; the body is raw Shift_JIS (trail bytes 0x5C in 表/ソ and 0x7C in ポ).",
    invalid_cells: [],
  });
  ledger.add(name, 1, [["email", P.ken.email]]);
}

// 16. Salesforce campaign members report (every field quoted, footer lines).
{
  const name = "salesforce_campaign_members.csv";
  const r = seeded(name);
  const table = new Table({ quoteAll: true, eol: "\r\n" });
  table.row(["Campaign Name", "Contact ID", "Lead ID", "First Name", "Last Name", "Title", "Company", "Email", "Status", "Member First Responded Date", "Created Date"]);
  const members = [...plan.salesforce];
  members.splice(9, 0, { seed: true });
  const statuses = {};
  const id18 = () => Array.from({ length: 12 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[r.int(0, 61)]).join("");
  members.forEach((p, i) => {
    const campaign = i % 2 ? "2026 Q3 Renewal Webinar" : "Acme Summer Launch";
    if (p.seed) {
      table.row([campaign, "0035g00000" + id18().slice(0, 8), "", "Acme", "Marketing", "Seed list", "Acme", "marketing@acme.example", "Sent", "", "7/1/2026"]);
      statuses.Sent = (statuses.Sent || 0) + 1;
      ledger.add(name, i + 2, [["email", "marketing@acme.example"]]);
      return;
    }
    const contact = p.cus ? true : r.next() < 0.5;
    const responded = r.next() < 0.4;
    const status = responded ? "Responded" : "Sent";
    statuses[status] = (statuses[status] || 0) + 1;
    const email = p === P.ava ? "AVA.CHEN@NORTHWIND.EXAMPLE" : p.email;
    table.row([
      campaign, contact ? "0035g00000" + id18().slice(0, 8) : "", contact ? "" : "00Q5g00000" + id18().slice(0, 8), p.first, p.last,
      r.pick(["Head of Support", "CX Manager", "Operations Lead", "Founder", ""]), companyOf(p), email, status,
      responded ? fmt.usDate(when(r, 10, 60)) : "", fmt.usDate(when(r, 0, 10)),
    ]);
    ledger.add(name, i + 2, [["email", email]]);
  });
  table.raw('\r\n\r\n"Acme, Inc."\r\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\r\n"Confidential Information - Do Not Distribute"\r\n"Generated By:  Jordan Lee  9/30/2026 4:05 PM"\r\n"Acme, Inc."\r\n');
  finish(name, table.text, {
    tool: "Salesforce (report export: Campaigns with Campaign Members, CSV)", kind: "campaign_members", format: "csv", encoding: "utf-8", bom: false, eol: "crlf", delimiter: ",",
    header_rows: 1, first_data_row: 2, rows: members.length, status_counts: statuses, trailing_footer_lines: 5,
    columns: { customer: "Email", date: "Member First Responded Date (M/D/YYYY)" },
    notes: "Every field quoted. Salesforce footer after two blank lines (company, copyright, confidentiality, Generated By, company) is not data. Contact/Lead IDs are not identity keys. The marketing@acme.example seed row is a member row but not a customer.",
    invalid_cells: [],
  });
}

// 17. Excel "Unicode Text": UTF-16LE with BOM, tab-separated, CRLF, summary rows at the end.
{
  const name = "excel_unicode_survey.txt";
  const r = seeded(name);
  const t = surveyTally();
  const table = new Table({ sep: "\t", eol: "\r\n" });
  table.row(["Response ID", "Email", "Submitted", "NPS", "CSAT (1-5)", "Comment"]);
  const respondents = [...plan.excel];
  respondents.splice(6, 0, null);
  respondents.splice(15, 0, null);
  const npsPlants = { 9: { bad: "N/A" } };
  const csatPlants = { 4: { bad: "6" }, 13: {} };
  const sums = { nps: 0, csat: 0 };
  respondents.forEach((p, i) => {
    const mood = p ? p.mood : r.int(0, 2);
    const nps = planted(npsPlants, i, () => drawNps(r, mood));
    const csat = planted(csatPlants, i, () => drawCsat(r, mood));
    if ("v" in nps) sums.nps += nps.v;
    if ("v" in csat) sums.csat += csat.v;
    const email = p ? (p === P.ava ? "Ava.Chen@northwind.example" : p.email) : "";
    const comment = i === 3 ? "Tabs\tand \"quotes\"\r\nin one cell" : commentEn(r, mood).replace(/\n/g, "\r\n");
    const at = table.row([`X-${pad(i + 1, 3)}`, email, fmt.usShort(when(r)), "v" in nps ? nps.v : nps.bad ?? "", "v" in csat ? csat.v : csat.bad ?? "", comment]);
    countNps(t, nps, { row: at.row, line: at.line, column: "NPS", column_index: 4 });
    countCsat(t, csat, { row: at.row, line: at.line, column: "CSAT (1-5)", column_index: 5 });
    ledger.add(name, at.row, [["email", email]]);
  });
  const nNps = t.nps.promoters + t.nps.passives + t.nps.detractors;
  table.raw("\t\t\t\t\t\r\n");
  table.raw(`Average\t\t\t${(sums.nps / nNps).toFixed(2)}\t${(sums.csat / t.csat.total).toFixed(2)}\t\r\n`);
  table.raw(`Count\t\t\t${nNps}\t${t.csat.total}\t\r\n`);
  finish(name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(table.text, "utf16le")]), {
    tool: "Microsoft Excel (Save As \"Unicode Text (*.txt)\")", kind: "survey_responses", format: "tsv", encoding: "utf-16le", bom: true, eol: "crlf", delimiter: "\t",
    header_rows: 1, first_data_row: 2, rows: respondents.length, trailing_summary_rows: ["(empty row of tabs)", "Average", "Count"],
    columns: { nps: "NPS", csat: "CSAT (1-5)", email: "Email" },
    ...metricsOf(t), invalid_cells: t.invalid_cells,
  });
}

// 18. European survey export: semicolons, decimal commas, DD.MM.YYYY, UTF-8 BOM, CRLF.
{
  const name = "european_survey_semicolon.csv";
  const r = seeded(name);
  const t = surveyTally();
  const table = new Table({ sep: ";", eol: "\r\n" });
  table.row(["Response ID", "E-mail", "Date", "Recommendation (0-10)", "Satisfaction (1-5)", "Order value (EUR)", "Comment"]);
  const respondents = [...plan.european];
  const npsPlants = { 5: { bad: "abc" }, 11: {} };
  const sums = { nps: 0, csat: 0, value: 0 };
  const euComments = ["Gut, aber teuer", "Très bien, merci", "Lento, molto lento", "Fine, thanks", "Support was quick, invoices were wrong", "Prijs; kwaliteit: prima", ""];
  respondents.forEach((p, i) => {
    const nps = planted(npsPlants, i, () => drawNps(r, p.mood));
    const csat = { v: drawCsat(r, p.mood) };
    const value = r.int(1500, 25000);
    if ("v" in nps) sums.nps += nps.v;
    sums.csat += csat.v;
    sums.value += value;
    const email = p === P.sofia ? " Sofia.Rossi@Lucerne.example" : p.email;
    const at = table.row([`EU-${pad(i + 1, 3)}`, email, fmt.dmy(when(r)), "v" in nps ? nps.v : nps.bad ?? "", csat.v, (value / 100).toFixed(2).replace(".", ","), r.pick(euComments)]);
    countNps(t, nps, { row: at.row, line: at.line, column: "Recommendation (0-10)", column_index: 4 });
    countCsat(t, csat, { row: at.row, line: at.line, column: "Satisfaction (1-5)", column_index: 5 });
    ledger.add(name, at.row, [["email", email]]);
  });
  const nNps = t.nps.promoters + t.nps.passives + t.nps.detractors;
  const dec = (x) => x.toFixed(2).replace(".", ",");
  table.raw(`Average;;;${dec(sums.nps / nNps)};${dec(sums.csat / respondents.length)};${dec(sums.value / 100 / respondents.length)};\r\n`);
  finish(name, "\uFEFF" + table.text, {
    tool: "European survey/BI export (Excel, German/French locale CSV)", kind: "survey_responses", format: "csv", encoding: "utf-8", bom: true, eol: "crlf", delimiter: ";",
    header_rows: 1, first_data_row: 2, rows: respondents.length, trailing_summary_rows: ["Average"],
    columns: { nps: "Recommendation (0-10)", csat: "Satisfaction (1-5)", email: "E-mail", amount: "Order value (EUR), decimal comma", date: "Date, DD.MM.YYYY" },
    ...metricsOf(t), invalid_cells: t.invalid_cells,
  });
}

// =============================================================================================
// Identity ground truth, checked against the population: no person split, no two merged.
const { customers, mentionOnly } = ledger.groups();
{
  const owner = new Map();
  const guestKeys = new Set(["stripe:cus_Gz8RtY2mPq5WnD"]);
  for (const p of people) {
    const keys = [p.email, p.email2, phoneKey(p), p.cus && "stripe:" + p.cus, "shopify:" + p.shopify, "zendesk:" + p.zendesk, "intercom:" + p.intercom, "hubspot:" + p.hubspot, p.twitter && "twitter:" + p.twitter.toLowerCase()];
    for (const k of keys) if (k) owner.set(k, p.id);
  }
  for (const g of [...customers, ...mentionOnly]) {
    const owners = new Set(g.keys.map((k) => owner.get(k) ?? (guestKeys.has(k) || mentionOnly.includes(g) ? "outsider" : `UNKNOWN ${k}`)));
    if (owners.size !== 1 || [...owners][0].startsWith("UNKNOWN")) throw new Error(`group mixes owners: ${[...owners]} ${g.keys}`);
    g.owner = [...owners][0];
  }
  const perPerson = new Map();
  for (const g of customers) perPerson.set(g.owner, (perPerson.get(g.owner) || 0) + 1);
  for (const [id, count] of perPerson) if (id !== "outsider" && count > 1) throw new Error(`${id} split into ${count} customers`);
  const missing = people.filter((p) => !perPerson.has(p.id));
  if (missing.length) throw new Error(`people in no file: ${missing.map((p) => p.name)}`);
  for (const g of mentionOnly) if (g.owner !== "outsider") throw new Error(`population member only in mentions: ${g.keys}`);
}

for (const [name, info] of Object.entries(expected)) {
  const s = ledger.fileStats(name);
  info.identity = { keyed_records: s.keyed, anonymous_records: s.anonymous, excluded_records: s.excluded };
  info.bytes = files[name].length;
}

const doc = {
  generator: "scripts/make-corpus.mjs (npm run corpus)",
  company: { name: COMPANY.name, domain: COMPANY.domain, support_mailbox: COMPANY.support, agents: AGENTS.map((a) => a.email), bots: [INTERCOM_BOT.email] },
  rules: {
    rows: "data records: survey responses, tickets, conversations, orders (Shopify: distinct order Name, not line items), subscriptions, charges, contacts, campaign members, mentions (valid lines), mail messages. Header rows, blank lines, summary/footer rows and malformed lines are not rows.",
    row_numbers: "CSV/TSV: the row a spreadsheet shows (header rows counted, a quoted multi-line cell is one row; `line` gives the physical line); JSON: 1-based element of the records array; NDJSON: line number; mail: 1-based message.",
    nps: "valid = integer 0-10 (also '10 - Extremely likely', '0 - Not at all likely', full-width digits). promoters 9-10, passives 7-8, detractors 0-6. Blank/absent = missing (not invalid). Anything else ('11', '１１', 'N/A', 'abc') = invalid and excluded.",
    csat: "valid = 1-5 or a label (Very satisfied 5 ... Very dissatisfied 1; 非常に満足 5 ... 非常に不満 1); satisfied = 4-5. Zendesk: good = satisfied, total = good + bad, offered/unoffered = not answered. 'N/A', '0', '6' = invalid.",
    identity: "keys: email (trim + lowercase), phone ('+' + digits, all written with country code), stripe:cus_..., shopify:<id>, zendesk:<requester id>, intercom:<contact id>, hubspot:<record id>, twitter:<handle lowercased, no @>; ids verbatim. Two records are the same customer iff they share a key (transitively). Names never link.",
    not_customers: "agents, assignees, submitters acting for customers, contact owners, admins, bots, support@acme.example and any @acme.example address; a record whose customer-side email is @acme.example is dropped from identity entirely. Records without any key (anonymous survey responses, the Shopify POS order) are not customers.",
    mentions: "mention authors on x/twitter carry a twitter: key that links them to a customer who has that handle elsewhere; an author found only in mentions is not a customer (counted in mention_only_authors). Handles on other platforms are not keys.",
    mail: "the customer of a message is its From address unless that is @acme.example, else its To address.",
  },
  files: expected,
  customers: customers.length,
  customer_keys: customers.map((g) => g.keys),
  customer_files: customers.map((g) => g.files),
  mention_only_authors: mentionOnly.length,
  mention_only_keys: mentionOnly.map((g) => g.keys),
};

await mkdir(OUT, { recursive: true });
let total = 0;
for (const [name, bytes] of Object.entries(files)) {
  if (bytes.length >= 60 * 1024) throw new Error(`${name} is ${bytes.length} bytes (limit 60 KB)`);
  total += bytes.length;
  await writeFile(new URL(name, OUT), bytes);
}
const json = JSON.stringify(doc, null, 2) + "\n";
total += Buffer.byteLength(json);
if (total >= 500 * 1024) throw new Error(`corpus is ${total} bytes (limit 500 KB)`);
await writeFile(new URL("expected.json", OUT), json);
console.log(`wrote ${Object.keys(files).length} files + expected.json to tests/data/corpus/ (${total} bytes); ${customers.length} customers, ${mentionOnly.length} mention-only authors`);
