// Writes the signal test corpus in tests/data/signals/: twelve months (2025-11-21 .. 2026-11-20)
// of exports from one fictional company (Acme: a help-desk app billed through Stripe, and the
// headsets and desk gear its customers' agents use, sold through Shopify), ~400 customer
// accounts, in the shapes the real tools write (layouts from scripts/lib/exports.mjs), with
// planted signals and decoys, and truth.json listing each of them.
//
// Behavioural truths (failed payments, falling order frequency, promoter -> detractor, growing
// spend, campaign conversion, weekly order levels, term rates) are not assumed: after the data
// is drawn, the stated rule is evaluated over every customer / week / term here, and the
// generator throws if the rule finds anything other than the planted set.
// Deterministic: seeded PRNG per file, fixed dates, no clock, no locale.
// Run: npm run signal-corpus   (writes the same bytes every time)
import { mkdir, writeFile } from "node:fs/promises";
import { seeded } from "./lib/prng.mjs";
import { Table } from "./lib/delimited.mjs";
import {
  QUALTRICS_META, SHOPIFY_ORDERS_HEADER, STRIPE_SUBSCRIPTIONS_HEADER, ZENDESK_TICKETS_HEADER,
  fmt, money, pad, plus, qualtricsEmbedded, qualtricsResponseId, shopifyOrderRows, ymd,
} from "./lib/exports.mjs";

const OUT = new URL("../tests/data/signals/", import.meta.url);
const AS_OF = "2026-11-25";
const DAY = 86400000;
const START = Date.UTC(2025, 10, 21); // first day covered
const END = Date.UTC(2026, 10, 20); // last day covered
const AS_OF_MS = Date.UTC(2026, 10, 25);
const D = (y, m, d, h = 10, mi = 0) => new Date(Date.UTC(y, m - 1, d, h, mi));
const at = (r, dayMs) => new Date(dayMs + r.int(8 * 3600, 19 * 3600) * 1000); // a working-hours time on that day
const dayOf = (r, from, to) => from + r.int(0, Math.floor((to - from) / DAY)) * DAY; // a day in [from, to]
const COMPANY = { domain: "acme.example", support: "support@acme.example" };
const COMPETITORS = [
  { name: "Freshdesk", aliases: ["Freshdesk", "フレッシュデスク"] },
  { name: "Zendesk", aliases: ["Zendesk", "ゼンデスク"] },
  { name: "HubSpot", aliases: ["HubSpot", "Hubspot Service Hub"] },
  { name: "Help Scout", aliases: ["Help Scout", "HelpScout"] },
  { name: "Gorgias", aliases: ["Gorgias"] },
];
const OWN_HANDLES = ["AcmeHQ", "AcmeSupport"];

const truth = { signals: [], decoys: [] };
const files = {};
const fileInfo = {};

// ---------------------------------------------------------------------------------------------
// Staff: never customers; their text never raises a signal.
const AGENTS = [
  { name: "Mei Tanaka", email: "mei.tanaka@acme.example", intercom: "5012301" },
  { name: "Jordan Lee", email: "jordan.lee@acme.example", intercom: "5012302" },
  { name: "Priya Natarajan", email: "priya.natarajan@acme.example", intercom: "5012303" },
  { name: "Kenji Sato", email: "kenji.sato@acme.example", intercom: "5012304" },
  { name: "Lena Vogel", email: "lena.vogel@acme.example", intercom: "5012305" },
];

// ---------------------------------------------------------------------------------------------
// Population: 400 accounts. Country and plan are fixed by index so the segments have exact sizes.
const GIVEN = ["Ava", "Liam", "Olivia", "Noah", "Emma", "Ethan", "Mia", "James", "Amelia", "Lucas", "Harper", "Elijah", "Grace", "Samuel", "Zoe", "Nora", "Omar", "Aisha", "Wei", "Priya", "Hannah", "Diego", "Isabella", "Oliver", "Chloe", "Mateo", "Ingrid", "Marta", "Elena", "Tomas"];
const FAMILY = ["Chen", "OBrien", "Garcia", "Smith", "Johnson", "Brown", "Wilson", "Miller", "Davis", "Lopez", "Young", "Walker", "Kim", "Nguyen", "Okafor", "Martin", "Patel", "Haddad", "Mensah", "Cohen", "Moore", "Wright", "Turner", "Hughes", "Evans", "Clarke", "Walsh", "Murphy", "Dubois", "Rossi"];
const DE_GIVEN = ["Lukas", "Anna", "Jonas", "Julia", "Niklas", "Lea", "Felix", "Marie", "Paul", "Sophie", "Leon", "Laura"];
const DE_FAMILY = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter"];
const JA_FAMILY = [["佐藤", "Sato"], ["鈴木", "Suzuki"], ["高橋", "Takahashi"], ["田中", "Tanaka"], ["伊藤", "Ito"], ["渡辺", "Watanabe"], ["山本", "Yamamoto"], ["中村", "Nakamura"], ["小林", "Kobayashi"], ["加藤", "Kato"], ["吉田", "Yoshida"], ["山田", "Yamada"]];
const JA_GIVEN = [["健", "Ken"], ["花子", "Hanako"], ["大輔", "Daisuke"], ["美咲", "Misaki"], ["翔", "Sho"], ["由美", "Yumi"], ["陽菜", "Hina"], ["拓也", "Takuya"], ["さくら", "Sakura"], ["蓮", "Ren"]];
const DOMAINS = {
  US: ["northwind", "contoso", "fabrikam", "tailspin", "wingtip", "litware", "proseware", "adatum", "woodgrove", "lamna"],
  GB: ["blueyonder", "thamesworks", "fourthcoffee"], DE: ["alpenhaus", "rheinwerk", "nordlicht", "spreetal"],
  FR: ["lumiere", "bellevue"], NL: ["dijkstra", "grachten"], ES: ["solana"], SE: ["norrsken"], JP: ["sakura-shoji", "yamato-denki", "fuji-trading", "hinode"],
};
const COUNTRY_BY_INDEX = (i) => (i < 130 ? "US" : i < 170 ? "GB" : i < 230 ? "DE" : i < 260 ? "FR" : i < 340 ? "JP" : i < 360 ? "NL" : i < 380 ? "ES" : "SE");
const ascii = (s) => s.replace(/ü/g, "ue").replace(/ö/g, "oe").replace(/ä/g, "ae").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase();

function buildPopulation() {
  const r = seeded("population");
  const people = [];
  const emails = new Set();
  const countryIndex = {};
  for (let i = 0; i < 400; i++) {
    const country = COUNTRY_BY_INDEX(i);
    const k = (countryIndex[country] = (countryIndex[country] ?? -1) + 1);
    let first, last, kanji = null;
    if (country === "JP") {
      const [fk, fr] = JA_FAMILY[r.int(0, JA_FAMILY.length - 1)];
      const [gk, gr] = JA_GIVEN[r.int(0, JA_GIVEN.length - 1)];
      first = gr; last = fr; kanji = `${fk} ${gk}`;
    } else if (country === "DE") {
      first = r.pick(DE_GIVEN); last = r.pick(DE_FAMILY);
    } else {
      first = r.pick(GIVEN); last = r.pick(FAMILY);
    }
    const domain = `${r.pick(DOMAINS[country])}.example`;
    let email = `${ascii(first)}.${ascii(last)}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${ascii(first)}.${ascii(last)}${n}@${domain}`;
    emails.add(email);
    // Plans: exactly 40 Pro accounts in DE (the segment whose NPS falls) and 40 in US (stable).
    let plan;
    if (country === "DE") plan = k < 40 ? "Pro" : k < 52 ? "Starter" : "Enterprise";
    else if (country === "US") plan = k < 40 ? "Pro" : k < 110 ? "Starter" : "Enterprise";
    else plan = r.pick(["Starter", "Starter", "Pro", "Enterprise"]);
    const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let cus = "cus_";
    for (let c = 0; c < 14; c++) cus += alnum[r.int(0, alnum.length - 1)];
    let hex = "";
    for (let c = 0; c < 24; c++) hex += "0123456789abcdef"[r.int(0, 15)];
    people.push({
      i, id: `A${pad(i + 1, 3)}`, first, last, name: `${first} ${last}`, kanji, email, country, plan, ja: country === "JP",
      cus, intercom: hex, zendesk: String(36200001000 + i * 7 + r.int(0, 6)),
      mood: r.next() < 0.45 ? 2 : r.next() < 0.55 ? 1 : 0, // 2 promoter, 1 passive, 0 detractor: fixed per account
      shop: r.next() < 0.75,
      company: domain.replace(".example", "").split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join(" "),
    });
  }
  return people;
}
const people = buildPopulation();
const byEmail = new Map(people.map((p) => [p.email, p]));
const currencyOf = (p) => (p.ja ? "JPY" : ["DE", "FR", "NL", "ES"].includes(p.country) ? "EUR" : p.country === "SE" ? "EUR" : "USD");
const displayName = (p) => p.kanji ?? p.name;

// Roles handed out once, so no account carries two planted stories that could interfere.
const taken = new Set();
function cast(r, n, filter = () => true) {
  const pool = r.shuffle(people.filter((p) => !taken.has(p) && filter(p)));
  const chosen = pool.slice(0, n);
  if (chosen.length < n) throw new Error("population too small for the cast");
  chosen.forEach((p) => taken.add(p));
  return chosen;
}
const segDePro = people.filter((p) => p.country === "DE" && p.plan === "Pro");
const segUsPro = people.filter((p) => p.country === "US" && p.plan === "Pro");
segDePro.concat(segUsPro).forEach((p) => taken.add(p));
const castR = seeded("cast");
const ROLE = {
  failedPay: cast(castR, 5, (p) => p.plan !== "Enterprise"),
  retryPay: cast(castR, 5, (p) => p.plan !== "Enterprise"),
  downgrade: cast(castR, 5, (p) => p.plan === "Pro" && !p.ja),
  upgrade: cast(castR, 3, (p) => p.plan === "Starter"),
  cancelAtEnd: cast(castR, 4, (p) => p.plan !== "Enterprise"),
  renewSoon: cast(castR, 8, (p) => p.plan === "Enterprise"),
  renewLater: cast(castR, 4, (p) => p.plan === "Enterprise"),
  renewButCancel: cast(castR, 2, (p) => p.plan === "Enterprise"),
  promoterToDetractor: cast(castR, 6, (p) => p.mood === 2),
  promoterToPassive: cast(castR, 4, (p) => p.mood === 2),
  fallingOrders: cast(castR, 6, (p) => p.shop && !p.ja),
  steadyOrders: cast(castR, 3, (p) => p.shop && !p.ja),
  sparseOrders: cast(castR, 3, (p) => p.shop && !p.ja),
  growingSpend: cast(castR, 5, (p) => p.shop && p.mood === 2 && p.country === "US"),
};
// The text writers draw their (en / ja) accounts from the rest.
const textR = seeded("text-authors");
const freeEn = (f = () => true) => cast(textR, 1, (p) => !p.ja && f(p))[0];
const freeJa = (f = () => true) => cast(textR, 1, (p) => p.ja && f(p))[0];
const unhappy = (p) => p.mood !== 2; // an account that never gave a 9-10: a low answer is no promoter -> detractor
const freeAny = () => cast(textR, 1)[0];

// ---------------------------------------------------------------------------------------------
// Ground-truth bookkeeping: a planted item is attached to a record before the file is written;
// once the file knows its row numbers, `settle` turns it into a truth entry.
function settle(source, row, recordId, email, plants, recordText = null) {
  for (const p of plants ?? []) {
    if (recordText !== null && p.text && !recordText.includes(p.text)) throw new Error(`${source} row ${row}: "${p.text}" is not in the record's text`);
    const base = { source, row, record_id: recordId };
    if (p.decoy) {
      truth.decoys.push({ type: p.type, ...base, customer_email: email ?? undefined, text: p.text, why: p.why });
    } else {
      truth.signals.push({ type: p.type, customer_email: email ?? undefined, ...base, text_contains: p.text, ...(p.extra ?? {}), note: p.note });
    }
  }
}
const sig = (type, text, note, extra) => ({ type, text, note, extra });
const decoy = (type, text, why) => ({ decoy: true, type, text, why });

// ---------------------------------------------------------------------------------------------
// Text. Background phrases never contain a planted phrase, a competitor name, a defect term
// (battery, crash, 4.2, バッテリー, クラッシュ) or an expansion phrase; tests below enforce it.
const BG_TICKETS_EN = [
  ["Invoice shows wrong VAT number", "Hi,\nour invoice shows the old VAT number.\nCan you reissue it?"],
  ["Password reset link expired", "The password reset link in the email says it expired. Could you send a new one?"],
  ["Webhook failures since Tuesday", "Webhooks to our endpoint fail with 502, \"connection reset\".\nLogs attached."],
  ["How do I create a macro?", "Where do I create a macro for refunds? Can't find it in settings."],
  ["Change billing email", "Please send invoices to accounts@ our domain from now on."],
  ["Great job on the new dashboard", "Just wanted to say the new dashboard is fantastic, thanks team!"],
  ["Report filters reset", "When I switch tabs, the report filters go back to default.\nSteps:\n1) open Reports\n2) set a filter\n3) switch tab"],
  ["Question about SSO", "Does SAML SSO work with Okta? Our IT team asked."],
  ["Lamp flickers at low brightness", "The desk lamp flickers at the lowest setting. Is that normal?"],
  ["Wrong cable in the kit", "The cable kit had a USB-A cable, we expected USB-C."],
  ["Time zone on reports", "Reports show UTC; can we set Europe/Berlin?"],
  ["API rate limit", "We hit 429s at about 100 requests/minute. What is the limit?"],
  ["Tags missing in views", "Tags we add by rule do not show up in the \"Open\" view, only after a refresh."],
  ["Receipt for last order", "Could you email the receipt for our last shop order? Thanks."],
];
const BG_TICKETS_JA = [
  ["請求書の宛名変更", "請求書の宛名を「経理部」に変更してください。"],
  ["パスワード再設定のリンクが無効", "パスワード再設定のメールのリンクが期限切れになっています。"],
  ["レポートの表示が遅い", "レポート画面の表示に30秒ほどかかります。\n改善の予定はありますか。"],
  ["領収書の発行", "先月分の領収書をPDFで発行していただけますか。"],
  ["マクロの作り方", "返金用のマクロはどこで作成できますか。"],
];
const BG_CHAT_EN = ["How do I change the billing email?", "Is there a keyboard shortcut for closing a ticket?", "Can I merge two tickets?", "Where do I set business hours?", "The lamp arrived, looks great. Quick question about the warranty.", "How do I add an internal note?"];
const BG_CHAT_JA = ["営業時間の設定はどこですか？", "チケットを統合できますか？", "請求書の送付先を変更したいです。"];
const ADMIN_REPLIES = ["Hi {first}, thanks for reaching out. Let me check that for you.", "Good question! You'll find it under Settings > Workflow.", "Done, you should see the change now.", "Happy to help, anything else?"];
const COMMENTS = {
  en: {
    2: ["Support is fast and friendly.", "Reliable and easy to use.", "The reporting saves us hours every week.", "Great product, great people.", ""],
    1: ["Does the job. Reports could be faster.", "Fine overall, a bit pricey.", "Good, but the mobile app needs work.", ""],
    0: ["Support replies take days now.", "Too many small bugs lately.", "Billing mistakes again.", "The new pricing is hard to justify.", ""],
  },
  ja: {
    2: ["サポートの対応が早くて助かります。", "使いやすく、安定しています。", ""],
    1: ["概ね満足ですが、レポートが遅いです。", "価格が少し高いと感じます。", ""],
    0: ["問い合わせへの返信が遅いです。", "不具合が多く困っています。", ""],
  },
};
const npsDraw = (r, mood) => (mood === 2 ? r.int(9, 10) : mood === 1 ? r.int(7, 8) : r.int(0, 6));
const bucket = (v) => (v >= 9 ? "promoter" : v >= 7 ? "passive" : "detractor");

// The planted phrases. Each entry: [kind, text, note/why]; kinds are "churn", "decoy_churn", ...
const CHURN_EN = [
  ["Contract copy please", "Could you send us a copy of the contract? Our legal team is reviewing our vendors.", "copy of the contract"],
  ["End of term", "We would like to cancel our subscription at the end of the term.\nPlease confirm the date.", "cancel our subscription at the end of the term"],
  ["Data export", "How do we export all our data? We need everything before our contract ends.", "export all our data"],
  ["Renewal", "Just a heads-up: we are not renewing in January.", "not renewing"],
  ["Notice period", "What is the notice period to terminate our contract?\nWe are reviewing our tools.", "terminate our contract"],
  ["Closing the account", "We have decided to close our account at the end of the month.", "close our account"],
  ["Re: invoice", "Please send a copy of the contract and the cancellation terms.", "copy of the contract"],
  ["Cancel", "Please cancel our subscription when the current term ends, the team has moved on.", "cancel our subscription"],
  ["Auto-renew", "Please switch off auto-renew, we will not renew this year.", "not renew"],
];
const CHURN_JA = [
  ["解約について", "解約したいのですが、手続きを教えてください。", "解約したい"],
  ["契約書の送付依頼", "契約書を送っていただけますか。更新するか社内で検討中です。", "契約書を送って"],
  ["退会の手続き", "今月末で退会します。必要な手続きを教えてください。", "退会"],
  ["次回更新について", "次回の契約は更新しない予定です。", "更新しない"],
];
const DECOY_EN = [
  ["Duplicate order", "I was charged twice, please cancel the duplicate order #{n}. Thanks!", "cancel the duplicate order: an order, not the account"],
  ["Meeting", "Can you cancel my meeting with the onboarding team tomorrow? I'll rebook next week.", "cancel a meeting"],
  ["Invoice question", "We are not going to cancel, we just want to understand the invoice.", "explicitly not cancelling"],
  ["Thanks", "The contract renewal went smoothly, thanks Mei!", "renewal went smoothly"],
  ["Contract received", "We received the copy of the contract you sent, everything is in order.", "copy of the contract received, no leaving intent"],
  ["Newsletter", "Please unsubscribe me from the marketing newsletter, too many emails.", "newsletter unsubscribe, not the product subscription"],
  ["Wrong colour", "Please cancel order #{n}, I picked the wrong colour. I'll order the white one.", "cancel one shop order"],
  ["Renewed", "We renewed for another year, can you send the new invoice?", "renewed"],
];
const DECOY_JA = [
  ["請求の確認", "解約するつもりはありません。請求書の内容を確認したいだけです。", "解約するつもりはありません: explicitly not cancelling"],
  ["メンバーの削除", "退会済みのメンバーのアカウントを削除したいです。", "退会済みのメンバー: departed staff accounts, not the customer leaving"],
  ["注文のキャンセル", "注文番号#{n}は重複しているのでキャンセルしてください。", "duplicate order cancellation"],
  ["更新完了", "契約の更新手続きが完了しました。ありがとうございました。", "renewal completed"],
];
const ADMIN_DECOYS = [
  ["If you want to cancel your subscription, go to Settings > Billing > Cancel plan.", "agent text (how-to), never a customer signal"],
  ["You can export all your data any time from Settings > Data > Export.", "agent text"],
  ["A copy of the contract is always available under Settings > Billing > Documents.", "agent text"],
  ["解約をご希望の場合は、設定 > 請求 からお手続きいただけます。", "agent text (ja)"],
  ["Sorry about that! If you're not renewing we'd love to hear why, but it sounds like you're all set.", "agent text"],
  ["契約書は管理画面からダウンロードできます。", "agent text (ja)"],
];
const ADMIN_COMPETITOR_DECOYS = [
  "Unlike Freshdesk, we don't charge extra per agent for automations.",
  "You can import your old tickets from Zendesk with our migration tool.",
  "Our HubSpot integration syncs contacts both ways, see Settings > Integrations.",
  "Help Scout users often ask this too: saved replies live under Settings > Macros.",
];
// [text, switching?, note]
const COMPETITOR_EN = [
  ["We are moving to Freshdesk next quarter unless pricing changes.", true, "moving to Freshdesk"],
  ["Honestly, evaluating HubSpot right now. Their service hub is bundled with our CRM.", true, "evaluating HubSpot"],
  ["GORGIAS does it for half the price.", true, "upper case; half the price"],
  ["We started a trial of help scout last week.", true, "lower case; trial"],
  ["Switching to Zendesk is on the table for 2027.", true, "switching to"],
  ["Ｆｒｅｓｈｄｅｓｋ offered us a 40% discount to switch.", true, "full-width letters"],
  ["zendesk quoted us less for 30 agents, can you match it?", true, "lower case; price match"],
  ["We compared you with HelpScout and you still win on reports.", false, "bare mention (comparison, no switching intent)"],
  ["Our sister company uses Freshdesk and likes it.", false, "bare mention"],
  ["We looked at Gorgias and decided to stay with you.", false, "bare mention, switching negated"],
];
const COMPETITOR_MORE = [
  ["Gorgias plugs into Shopify out of the box; we're considering a switch.", true, "considering a switch"],
  ["hubspot offered us their help desk for free with our CRM plan, so we're thinking of moving.", true, "lower case; thinking of moving"],
  ["Help Scout is $20 per user and you are $99. We'll switch if nothing changes.", true, "price comparison + switch"],
  ["Our CFO asked why we don't use Zendesk like everyone else.", false, "bare mention"],
  ["Freshdesk's AI summaries look nicer than yours, any plans?", false, "bare mention (feature comparison)"],
  ["ＺＥＮＤＥＳＫ のトライアルを始めました。", true, "full-width, ja; trial"],
];
const COMPETITOR_JA = [
  ["Zendeskに乗り換えを検討しています。", true, "乗り換え"],
  ["フレッシュデスクの方が安いので移行を考えています。", true, "katakana alias; 移行"],
  ["ＨｕｂＳｐｏｔ への乗り換えを社内で検討中です。", true, "full-width; 乗り換え"],
];
const OPPORTUNITY_EN = [
  ["We need to add 20 more seats for the new support team next month.", "add 20 more seats"],
  ["What would it take to upgrade to Enterprise? We need the audit log.", "upgrade to Enterprise"],
  ["Could you send pricing for more users? We're doubling the team.", "pricing for more users"],
  ["Please quote 50 additional licenses for our EU office.", "additional licenses"],
  ["We want to roll Acme out to two more departments, who should we talk to?", "roll Acme out to two more departments"],
];
const OPPORTUNITY_JA = [
  ["追加ライセンスを10件購入したいです。見積もりをお願いします。", "追加ライセンス"],
  ["エンタープライズプランへのアップグレードを検討しています。", "アップグレード"],
];
const OPPORTUNITY_DECOYS = [
  ["We upgraded the app to 4.1 and the sidebar moved, where is the search now?", "app version upgrade, not a plan upgrade"],
  ["Can we add more filters to the seats report? It only shows active agents.", "a report feature, not buying seats"],
  ["We reduced the team and need 5 fewer seats from next month.", "contraction, not expansion"],
];

// Quality: defect terms (the detector's job is to find the rise; these are the texts).
const BATTERY_EN = ["Acme Pods battery drains in under 2 hours since last week.", "Pods won't hold a charge, the battery dies after 90 minutes.", "Battery on two of our Pods is dead after one shift.\nCharged overnight, still 20%.", "The Pods battery indicator jumps from 80% to 5%."];
const BATTERY_JA = ["Acme Podsのバッテリーがすぐに切れます。", "バッテリーの減りが異常に早いです。"];
const BATTERY_BASE = ["How long should the Acme Pods battery last on a full charge?", "Is the Pods battery replaceable?"];
const CRASH_EN = ["The desktop app crashes after update 4.2 when I open a ticket with attachments.", "Since updating to 4.2 the app crashes on start.", "Crash after update 4.2, every time I switch views.\nReinstalling did not help."];
const CRASH_JA = ["アップデート4.2以降、アプリがクラッシュします。"];
const CRASH_BASE = ["The app crashed once while uploading a big attachment (4.0).", "One crash on 4.1 when the laptop woke from sleep."];
const DELIVERY = ["My order hasn't arrived yet, tracking shows no movement for a week.", "Late delivery again, the order was due last Monday.", "Where is my order? It's been 10 days.", "The parcel arrived damaged and late."];

// =============================================================================================
// 1. Zendesk tickets (CSV export of a ticket view): ~75 a month, ids in creation order.
{
  const name = "zendesk_tickets.csv";
  const r = seeded(name);
  const specs = [];
  const add = (p, dayMs, subject, description, plants = [], status) => specs.push({ p, created: at(r, dayMs), subject, description, plants, status });
  // background
  for (let m = 0; m < 12; m++) {
    const from = START + m * 30.4 * DAY;
    for (let k = 0; k < 62; k++) {
      const p = r.pick(people);
      const [s, d] = p.ja ? r.pick(BG_TICKETS_JA) : r.pick(BG_TICKETS_EN);
      add(p, dayOf(r, from, Math.min(END, from + 30 * DAY)), s, d);
    }
    // baseline defect mentions: about one battery and one crash ticket every other month
    if (m % 2 === 0 && m < 11) add(r.pick(people.filter((p) => !p.ja)), dayOf(r, from, from + 28 * DAY), "Pods battery question", r.pick(BATTERY_BASE));
    if (m % 2 === 1 && m < 11) add(r.pick(people.filter((p) => !p.ja)), dayOf(r, from, from + 28 * DAY), "App crashed", r.pick(CRASH_BASE));
  }
  // complaint spike: delivery complaints in the two weeks before the order level shift (2026-09-07)
  for (let k = 0; k < 24; k++) {
    const p = r.pick(people.filter((q) => q.shop && !q.ja));
    const day = Date.UTC(2026, 7, 24) + r.int(0, 13) * DAY;
    add(p, day, "Where is my order?", r.pick(DELIVERY), [{ complaint: true }]);
  }
  // the same complaint, at its baseline rate: one every 5-6 weeks
  for (let k = 0; k < 8; k++) add(r.pick(people.filter((q) => q.shop && !q.ja)), START + (20 + k * 42) * DAY, "Delivery question", r.pick(DELIVERY), [{ complaint: true }]);
  // quality spike in the last month
  const lastMonth = Date.UTC(2026, 9, 21);
  for (let k = 0; k < 14; k++) {
    const p = k % 5 === 4 ? freeJa() : freeEn();
    const text = p.ja ? r.pick(BATTERY_JA) : BATTERY_EN[k % BATTERY_EN.length];
    add(p, dayOf(r, lastMonth, END), p.ja ? "バッテリーの不具合" : "Pods battery problem", text, [sig("quality_issue", p.ja ? "バッテリー" : "battery", "battery spike, last month")]);
  }
  for (let k = 0; k < 8; k++) {
    const p = k === 3 ? freeJa() : freeEn();
    const text = p.ja ? CRASH_JA[0] : CRASH_EN[k % CRASH_EN.length];
    add(p, dayOf(r, Date.UTC(2026, 10, 2), END), p.ja ? "アプリが落ちる" : "App crash", text, [sig("quality_issue", "4.2", "crash after update 4.2 (released 2026-11-02)")]);
  }
  // churn phrases, decoys, competitor, opportunity
  const recent = (from = Date.UTC(2026, 5, 1)) => dayOf(r, from, END);
  CHURN_EN.forEach(([s, d, phrase], k) => { if (k < 7) add(freeEn(), recent(), s, d, [sig("churn_risk", phrase, "phrase (en)")]); });
  CHURN_JA.forEach(([s, d, phrase], k) => { if (k < 3) add(freeJa(), recent(), s, d, [sig("churn_risk", phrase, "phrase (ja)")]); });
  let orderNo = 4100;
  DECOY_EN.forEach(([s, d, why]) => {
    for (let rep = 0; rep < 2; rep++) {
      const text = d.replace("{n}", String(orderNo++));
      add(freeEn(), recent(Date.UTC(2026, 1, 1)), s, text, [decoy("churn_risk", text, why)]);
    }
  });
  DECOY_JA.forEach(([s, d, why]) => {
    const text = d.replace("{n}", String(orderNo++));
    add(freeJa(), recent(Date.UTC(2026, 1, 1)), s, text, [decoy("churn_risk", text, why)]);
  });
  COMPETITOR_EN.slice(0, 5).forEach(([text, switching, note]) => add(freeEn(), recent(), "Pricing", `Hi,\n${text}\nRegards`, [sig("competitor", text, note, { switching, severity: switching ? "high" : "low" })]));
  COMPETITOR_MORE.forEach(([text, switching, note]) => { const ja = /[ぁ-んァ-ン]/.test(text); add(ja ? freeJa() : freeEn(), recent(), ja ? "ご相談" : "Question", text, [sig("competitor", text, note, { switching, severity: switching ? "high" : "low" })]); });
  COMPETITOR_JA.slice(0, 1).forEach(([text, switching, note]) => add(freeJa(), recent(), "料金について", text, [sig("competitor", text, note, { switching, severity: "high" })]));
  OPPORTUNITY_EN.slice(0, 3).forEach(([text, phrase]) => add(freeEn(), recent(), "Question about plans", text, [sig("opportunity", phrase, "expansion phrase")]));
  add(freeJa(), recent(), "ライセンスの追加", OPPORTUNITY_JA[0][0], [sig("opportunity", OPPORTUNITY_JA[0][1], "expansion phrase (ja)")]);
  OPPORTUNITY_DECOYS.forEach(([text, why]) => add(freeEn(), recent(), "Question", text, [decoy("opportunity", text, why)]));
  // help-center links on the company's own Zendesk-hosted site: a competitor name in a URL
  for (let k = 0; k < 3; k++) {
    const text = `I followed https://acme.zendesk.com/hc/en-us/articles/36000${4411 + k} but the webhook still fails.`;
    add(freeEn(), recent(), "Webhook setup", text, [decoy("competitor", text, "competitor name only inside the URL of the company's own help center")]);
  }

  specs.sort((a, b) => a.created - b.created);
  const table = new Table();
  table.row(ZENDESK_TICKETS_HEADER);
  const complaints = [];
  specs.forEach((s, i) => {
    const id = String(30001 + i);
    const agent = r.pick(AGENTS);
    const ageDays = (AS_OF_MS - s.created.getTime()) / DAY;
    const status = ageDays > 14 ? r.pick(["solved", "closed", "closed"]) : r.pick(["new", "open", "pending", "solved"]);
    const score = ageDays > 14 ? r.pick(["good", "good", "bad", "offered", "unoffered"]) : "unoffered";
    const w = table.row([
      id, s.p.kanji ?? s.p.name, s.p.zendesk, s.p.email, agent.name, agent.email, r.pick(["Support", "Billing", "Tier 2", "Shop"]),
      s.subject, s.description, status, r.pick(["low", "normal", "normal", "high"]), score,
      fmt.slash(s.created), fmt.slash(plus(s.created, r.int(3600, 400000))), "",
    ]);
    if (s.plants[0]?.complaint) complaints.push({ row: w.row, created: s.created });
    settle(name, w.row, id, s.p.email, s.plants.filter((x) => !x.complaint), `${s.subject}\n${s.description}`);
  });
  files[name] = table.text;
  fileInfo[name] = { tool: "Zendesk Support (CSV export of a ticket view)", expected_kind: "tickets", records: specs.length, header_rows: 1, text: "Subject, Description", customer: "Requester email, Requester id", staff: "Assignee, Assignee email" };
  // complaint spike as an aggregate signal
  const weekly = (from) => complaints.filter((c) => c.created >= from && c.created < from + 14 * DAY).length;
  const spike = weekly(Date.UTC(2026, 7, 24));
  const baseRows = complaints.filter((c) => c.created < Date.UTC(2026, 7, 24));
  truth.signals.push({
    type: "volume_change", segment: "tickets: delivery complaints", source: name, rows: complaints.filter((c) => c.created >= Date.UTC(2026, 7, 24) && c.created < Date.UTC(2026, 8, 7)).map((c) => c.row),
    terms: ["order", "delivery", "arrived"], window: ["2026-08-24", "2026-09-06"], count_in_window: spike, baseline: { rows: baseRows.map((c) => c.row), per_two_weeks: +(baseRows.length / ((Date.UTC(2026, 7, 24) - START) / (14 * DAY))).toFixed(2) },
    note: "complaint spike (late / missing / damaged delivery) two weeks before the order level shift of 2026-09-07; co-moves with it",
  });
}

// =============================================================================================
// 2. Intercom conversations (REST API list, compact JSON): record = conversation, 1-based.
{
  const name = "intercom_conversations.json";
  const r = seeded(name);
  const specs = [];
  const add = (p, dayMs, customerText, o = {}) => specs.push({ p, created: at(r, dayMs), customerText, ...o });
  for (let k = 0; k < 110; k++) {
    const p = r.pick(people);
    add(p, dayOf(r, START, END), p.ja ? r.pick(BG_CHAT_JA) : r.pick(BG_CHAT_EN));
  }
  const recent = () => dayOf(r, Date.UTC(2026, 5, 1), END);
  // customer churn phrases, in the opening message or in a later customer part
  [CHURN_EN[7], CHURN_EN[8], CHURN_EN[2], CHURN_EN[0]].forEach(([, d, phrase], k) => {
    const p = freeEn();
    if (k % 2) add(p, recent(), r.pick(BG_CHAT_EN), { followUp: d, followPlants: [sig("churn_risk", phrase, "phrase in a later customer part")] });
    else add(p, recent(), d, { plants: [sig("churn_risk", phrase, "phrase in the opening message")] });
  });
  [CHURN_JA[3], CHURN_JA[0]].forEach(([, d, phrase]) => add(freeJa(), recent(), d, { plants: [sig("churn_risk", phrase, "phrase (ja)")] }));
  // agent replies that contain churn phrases: never a signal
  ADMIN_DECOYS.forEach(([text, why], k) => {
    for (let rep = 0; rep < 2; rep++) {
      const ja = /[ぁ-ん]/.test(text);
      const p = ja ? freeJa() : freeEn();
      add(p, recent(), ja ? r.pick(BG_CHAT_JA) : r.pick(BG_CHAT_EN), { adminText: text, adminPlants: [decoy("churn_risk", text, why)] });
    }
  });
  ADMIN_COMPETITOR_DECOYS.forEach((text) => add(freeEn(), recent(), r.pick(BG_CHAT_EN), { adminText: text, adminPlants: [decoy("competitor", text, "agent text mentioning a competitor")] }));
  COMPETITOR_EN.slice(5, 8).forEach(([text, switching, note]) => add(freeEn(), recent(), text, { plants: [sig("competitor", text, note, { switching, severity: switching ? "high" : "low" })] }));
  add(freeJa(), recent(), COMPETITOR_JA[1][0], { plants: [sig("competitor", COMPETITOR_JA[1][0], COMPETITOR_JA[1][2], { switching: true, severity: "high" })] });
  OPPORTUNITY_EN.slice(3, 5).forEach(([text, phrase]) => add(freeEn(), recent(), text, { plants: [sig("opportunity", phrase, "expansion phrase")] }));
  add(freeJa(), recent(), OPPORTUNITY_JA[1][0], { plants: [sig("opportunity", OPPORTUNITY_JA[1][1], "plan upgrade phrase (ja)")] });
  for (let k = 0; k < 3; k++) {
    const p = freeEn();
    add(p, dayOf(r, Date.UTC(2026, 10, 2), END), CRASH_EN[k], { plants: [sig("quality_issue", "4.2", "crash after update 4.2, in chat")] });
  }
  specs.sort((a, b) => a.created - b.created);
  const convs = [];
  specs.forEach((s, i) => {
    const p = s.p;
    const admin = p.ja ? AGENTS[r.int(0, 1) * 3] : r.pick(AGENTS); // Mei or Kenji answer in Japanese
    const author = { type: "user", id: p.intercom, name: displayName(p), email: p.email };
    const adminAuthor = { type: "admin", id: admin.intercom, name: admin.name, email: admin.email };
    const convId = String(1921149000 + i * 13);
    const parts = [];
    let t = plus(s.created, r.int(60, 1800));
    const part = (body, a, partType = "comment") => {
      const id = String(9300000 + i * 10 + parts.length);
      parts.push({ type: "conversation_part", id, part_type: partType, body, created_at: fmt.unix(t), updated_at: fmt.unix(t), notified_at: fmt.unix(t), assigned_to: null, author: a, attachments: [], redacted: false });
      t = plus(t, r.int(60, 3600));
      return id;
    };
    const adminText = s.adminText ?? (p.ja ? "お問い合わせありがとうございます。確認いたします。" : r.pick(ADMIN_REPLIES).replace("{first}", p.first));
    part(`<p>${adminText}</p>`, adminAuthor);
    if (s.followUp) part(`<p>${s.followUp.replace(/\n/g, "<br>")}</p>`, author);
    else part(`<p>${p.ja ? "ありがとうございます。" : r.pick(["Thanks, that worked!", "Great, thank you.", "OK, got it."])}</p>`, author);
    part(null, adminAuthor, "close");
    convs.push({
      type: "conversation", id: convId, created_at: fmt.unix(s.created), updated_at: fmt.unix(t), waiting_since: null, snoozed_until: null,
      source: { type: "conversation", id: String(2300000 + i), delivered_as: "customer_initiated", subject: "", body: `<p>${s.customerText.replace(/\n/g, "<br>")}</p>`, author, attachments: [], url: null, redacted: false },
      contacts: { type: "contact.list", contacts: [{ type: "contact", id: p.intercom, external_id: null }] },
      admin_assignee_id: Number(admin.intercom), team_assignee_id: null, open: false, state: "closed", read: true,
      tags: { type: "tag.list", tags: [] }, priority: "not_priority",
      conversation_parts: { type: "conversation_part.list", conversation_parts: parts, total_count: parts.length },
    });
    const bodyOf = (k) => parts[k].body.replace(/<br>/g, "\n");
    settle(name, i + 1, convId, p.email, s.plants, s.customerText);
    settle(name, i + 1, convId, p.email, (s.followPlants ?? []).map((x) => ({ ...x, note: `${x.note} (conversation_parts[1])` })), bodyOf(1));
    settle(name, i + 1, convId, p.email, (s.adminPlants ?? []).map((x) => ({ ...x, why: `${x.why} (conversation_parts[0], author.type admin)` })), bodyOf(0));
  });
  const doc = { type: "conversation.list", pages: { type: "pages", page: 1, per_page: 200, total_pages: 1 }, total_count: convs.length, conversations: convs };
  files[name] = JSON.stringify(doc) + "\n";
  fileInfo[name] = { tool: "Intercom REST API (GET /conversations, full objects, compact JSON)", expected_kind: "conversations", records: convs.length, text: "source.body (customer), conversation_parts[].body (author.type user = customer, admin = staff)", customer: "source.author.email, contacts" };
}

// =============================================================================================
// 3. Qualtrics relationship NPS (CSV, numeric values, three header rows, BOM, CRLF), en + ja.
const surveyByCustomer = new Map(); // email -> [{date, nps}]
{
  const name = "qualtrics_nps_2025-2026.csv";
  const r = seeded(name);
  const RECENT = Date.UTC(2026, 8, 21); // last two months: 2026-09-21 .. 2026-11-20
  const specs = [];
  const add = (p, dayMs, nps, comment = null, plants = []) => specs.push({ p, date: at(r, dayMs), nps, comment, plants });
  const early = () => dayOf(r, START, RECENT - DAY);
  const late = () => dayOf(r, RECENT, END);
  // Segment DE / Pro: baseline 60 answers (33 P, 18 Pa, 9 D) -> NPS +40; last two months 40
  // answers (8 P, 12 Pa, 20 D) -> NPS -30. Accounts 0-19 answer detractor recently and gave
  // only passive / detractor answers before, so no account goes promoter -> detractor.
  const multiset = (pr, pa, de) => [...Array(pr).fill(2), ...Array(pa).fill(1), ...Array(de).fill(0)];
  {
    const recentMoods = multiset(8, 12, 20).reverse(); // accounts 0-19 detractors, 20-31 passives, 32-39 promoters
    const baseA = r.shuffle(multiset(0, 18, 2)); // accounts 0-19, one answer each
    const baseB = r.shuffle(multiset(33, 0, 7)); // accounts 20-39, two answers each
    segDePro.forEach((p, k) => {
      if (k < 20) add(p, early(), npsDraw(r, baseA[k]));
      else {
        const d1 = early();
        const d2 = early();
        const pair = [baseB[2 * (k - 20)], baseB[2 * (k - 20) + 1]].sort((a, b) => a - b);
        add(p, Math.min(d1, d2), npsDraw(r, pair[0]));
        add(p, Math.max(d1, d2), npsDraw(r, pair[1]));
      }
      add(p, late(), npsDraw(r, recentMoods[k]), r.pick(["The new pricing is hard to justify.", "Support replies take days now.", ""]));
    });
  }
  // Segment US / Pro: same sizes, same mix in both periods (27 P, 21 Pa, 12 D -> +25; 18 P,
  // 14 Pa, 8 D -> +25). Accounts 20-27 answer detractor recently and only passive / detractor
  // before; accounts 0-19 answer twice before (lower answer first), the rest once.
  {
    const recentMoods = r.shuffle(multiset(18, 14, 0));
    const lowBase = r.shuffle(multiset(0, 4, 4));
    const rest = r.shuffle(multiset(27, 17, 8));
    let j = 0;
    segUsPro.forEach((p, k) => {
      if (k >= 20 && k < 28) {
        add(p, early(), npsDraw(r, lowBase[k - 20]));
        add(p, late(), npsDraw(r, 0));
        return;
      }
      if (k < 20) {
        const pair = [rest[j++], rest[j++]].sort((a, b) => a - b);
        const [d1, d2] = [early(), early()].sort((a, b) => a - b);
        add(p, d1, npsDraw(r, pair[0]));
        add(p, d2, npsDraw(r, pair[1]));
      } else add(p, early(), npsDraw(r, rest[j++]));
      add(p, late(), npsDraw(r, recentMoods.pop()));
    });
  }
  // Everyone else: one to two answers a year, all in the account's own bucket.
  for (const p of people) {
    if (p.country === "DE" && p.plan === "Pro") continue;
    if (p.country === "US" && p.plan === "Pro") continue;
    const n = r.next() < 0.5 ? 1 : 2;
    if (ROLE.promoterToDetractor.includes(p)) {
      add(p, dayOf(r, Date.UTC(2026, 1, 1), Date.UTC(2026, 6, 31)), r.int(9, 10));
      add(p, dayOf(r, Date.UTC(2026, 8, 1), END), r.int(0, 4), p.ja ? "最近、対応が遅くなりました。" : "Support got slower and slower this year.", [sig("churn_risk", null, "promoter -> detractor: previous answer 9-10, latest answer 0-6 (in the last 90 days)")]);
      continue;
    }
    if (ROLE.promoterToPassive.includes(p)) {
      add(p, dayOf(r, Date.UTC(2026, 1, 1), Date.UTC(2026, 6, 31)), 10);
      add(p, dayOf(r, Date.UTC(2026, 8, 1), END), 8, "", [decoy("churn_risk", "", "promoter -> passive (10 -> 8): a dip, not a detractor")]);
      continue;
    }
    for (let k = 0; k < n; k++) add(p, dayOf(r, START, END), npsDraw(r, p.mood));
  }
  // Planted comments on free accounts (an extra answer each, in the account's bucket).
  const comment = (p, text, plants, mood) => add(p, dayOf(r, Date.UTC(2026, 6, 1), END), npsDraw(r, mood), text, plants);
  CHURN_EN.slice(2, 7).forEach(([, d, phrase]) => { const p = freeEn(unhappy); comment(p, d, [sig("churn_risk", phrase, "phrase in an NPS comment")], 0); });
  CHURN_JA.forEach(([, d, phrase]) => { const p = freeJa(unhappy); comment(p, d, [sig("churn_risk", phrase, "phrase in an NPS comment (ja)")], 0); });
  [DECOY_EN[2], DECOY_EN[3], DECOY_EN[4], DECOY_EN[7]].forEach(([, d, why]) => { const p = freeEn(); comment(p, d, [decoy("churn_risk", d, why)], p.mood); });
  [DECOY_JA[0], DECOY_JA[1], DECOY_JA[3]].forEach(([, d, why]) => { const p = freeJa(); comment(p, d, [decoy("churn_risk", d, why)], p.mood); });
  COMPETITOR_EN.slice(8, 10).concat([COMPETITOR_EN[0], COMPETITOR_EN[2]]).forEach(([text, switching, note]) => { const p = freeEn(switching ? unhappy : undefined); comment(p, text, [sig("competitor", text, note, { switching, severity: switching ? "high" : "low" })], switching ? 0 : p.mood); });
  { const p = freeJa(unhappy); comment(p, COMPETITOR_JA[2][0], [sig("competitor", COMPETITOR_JA[2][0], COMPETITOR_JA[2][2], { switching: true, severity: "high" })], 0); }
  { const p = freeEn(); comment(p, "Love it. " + OPPORTUNITY_EN[0][0], [sig("opportunity", OPPORTUNITY_EN[0][1], "expansion phrase in a promoter comment")], 2); }
  // growing-spend promoters: their answers are promoters (latest within the year)
  for (const p of ROLE.growingSpend) add(p, dayOf(r, Date.UTC(2026, 8, 1), END), r.int(9, 10), "Great product, great people.");

  specs.sort((a, b) => a.date - b.date);
  const table = new Table({ eol: "\r\n" });
  const Q1 = "How likely are you to recommend Acme to a friend or colleague?";
  const META = QUALTRICS_META.filter(([tag]) => ["StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "RecipientEmail", "UserLanguage"].includes(tag));
  const cols = [...META, ["Q1", Q1, '{"ImportId":"QID1"}'], ["Q1_NPS_GROUP", `${Q1} - Group`, '{"ImportId":"QID1_NPS_GROUP"}'], ["Q2", "What is the main reason for your score?", '{"ImportId":"QID2_TEXT"}'], qualtricsEmbedded("Plan"), qualtricsEmbedded("Country")];
  for (let h = 0; h < 3; h++) table.row(cols.map((c) => c[h]));
  specs.forEach((s) => {
    const dur = r.int(30, 600);
    const mood = s.nps >= 9 ? 2 : s.nps >= 7 ? 1 : 0;
    const text = s.comment ?? r.pick(COMMENTS[s.p.ja ? "ja" : "en"][mood]);
    const rid = qualtricsResponseId(r);
    const w = table.row([
      fmt.sql(s.date), fmt.sql(plus(s.date, dur)), "IP Address", 100, dur, "True", fmt.sql(plus(s.date, dur + 1)), rid, s.p.email, s.p.ja ? "JA" : "EN",
      s.nps, { promoter: "Promoter", passive: "Passive", detractor: "Detractor" }[bucket(s.nps)], text, s.p.plan, s.p.country,
    ]);
    const list = surveyByCustomer.get(s.p.email) ?? [];
    list.push({ date: s.date.getTime(), nps: s.nps, row: w.row, rid });
    surveyByCustomer.set(s.p.email, list);
    s.row = w.row;
    settle(name, w.row, rid, s.p.email, s.plants.map((x) => (x.decoy && !x.text ? { ...x, why: `${x.why}; this answer: NPS ${s.nps}` } : x)), text);
  });
  files[name] = "\uFEFF" + table.text;
  fileInfo[name] = { tool: "Qualtrics (CSV export, numeric values, 'all fields' unticked)", expected_kind: "survey_responses", records: specs.length, header_rows: 3, text: "Q2 (comment)", nps: "Q1", segment: "Plan, Country (embedded data)", customer: "RecipientEmail" };
  // satisfaction_change truth, counted from the rows written
  const seg = (country, plan, from, to) => {
    const xs = specs.filter((s) => s.p.country === country && s.p.plan === plan && s.date >= from && s.date < to);
    const c = { promoters: 0, passives: 0, detractors: 0 };
    xs.forEach((s) => c[bucket(s.nps) + "s"]++);
    const n = xs.length;
    return { n, ...c, nps: Math.round(((c.promoters - c.detractors) / n) * 1000) / 10 };
  };
  const window = { baseline: ["2025-11-21", "2026-09-20"], recent: ["2026-09-21", "2026-11-20"] };
  truth.signals.push({ type: "satisfaction_change", segment: { Country: "DE", Plan: "Pro" }, source: name, ...window, baseline_counts: seg("DE", "Pro", START, RECENT), recent_counts: seg("DE", "Pro", RECENT, END + DAY), note: "NPS falls by 70 points in the last two months; two-proportion / trinomial test p << 0.001" });
  truth.decoys.push({ type: "satisfaction_change", segment: { Country: "US", Plan: "Pro" }, source: name, ...window, baseline_counts: seg("US", "Pro", START, RECENT), recent_counts: seg("US", "Pro", RECENT, END + DAY), why: "same mix in both periods: no change" });
}

// =============================================================================================
// 4. Shopify orders. Weekly totals: 24 orders a week until the week of 2026-09-07, then 14
// (-40%). Planted order histories (falling frequency, steady, sparse, growing spend, campaign
// conversions) count towards those totals; the rest is filled with random shop customers.
const ordersByCustomer = new Map(); // email -> [{date, cents, row}]
const campaignOrders = []; // filled by the campaign plan below, before orders are written
const CAMPAIGN = {
  hot: { name: "2026 Autumn Pods Pro Offer", created: D(2026, 9, 28), members: 90, responders: 30, converters: 22 },
  base: { name: "2026 Q3 Newsletter", created: D(2026, 8, 14), members: 90, responders: 8, converters: 0 },
};
const campaignR = seeded("campaign-plan");
const shopPool = people.filter((p) => p.shop && !taken.has(p));
const campaignMembers = { hot: castR.shuffle(shopPool.slice()).slice(0, CAMPAIGN.hot.members), base: castR.shuffle(shopPool.slice()).slice(0, CAMPAIGN.base.members) };
const responses = { hot: new Map(), base: new Map() };
for (const key of ["hot", "base"]) {
  const c = CAMPAIGN[key];
  campaignMembers[key].slice(0, c.responders).forEach((p, k) => {
    const responded = plus(c.created, (2 + campaignR.int(0, 18)) * 86400 + campaignR.int(0, 8) * 3600);
    responses[key].set(p.email, responded);
    if (k < c.converters) campaignOrders.push({ p, date: plus(responded, campaignR.int(1, 25) * 86400), big: true });
  });
}
const SHIFT = Date.UTC(2026, 8, 7);
{
  const name = "shopify_orders.csv";
  const r = seeded(name);
  const PRODUCTS = {
    USD: [["Acme Desk Lamp - Black", 4900, "LAMP-BLK"], ["Acme Cable Kit", 1900, "CABLE-KIT"], ["Acme Pods Headset", 8900, "PODS-1"], ["Acme Monitor Arm", 12900, "ARM-01"]],
    EUR: [["Acme Desk Lamp - Black", 4500, "LAMP-BLK"], ["Acme Cable Kit", 1700, "CABLE-KIT"], ["Acme Pods Headset", 8400, "PODS-1"]],
    JPY: [["Acme デスクライト（黒）", 580000, "LAMP-BLK"], ["Acme ケーブルキット", 220000, "CABLE-KIT"], ["Acme Pods ヘッドセット", 1180000, "PODS-1"]],
  };
  const BIG = ["Acme Pods Pro 10-pack", 74900, "PODS-PRO-10"];
  const planned = []; // {p, date, big}
  // falling frequency: every 14 +/- 2 days from 2026-01-05 to 2026-07-31, then nothing
  for (const p of ROLE.fallingOrders) for (let t = Date.UTC(2026, 0, 5) + r.int(0, 6) * DAY; t <= Date.UTC(2026, 6, 31); t += (12 + r.int(0, 4)) * DAY) planned.push({ p, date: at(r, t) });
  // steady decoy: every 14 +/- 2 days all year
  for (const p of ROLE.steadyOrders) for (let t = START + r.int(0, 10) * DAY; t <= END; t += (12 + r.int(0, 4)) * DAY) planned.push({ p, date: at(r, t) });
  // sparse decoy: once a quarter, last one 2026-09-01
  for (const p of ROLE.sparseOrders) for (const t of [Date.UTC(2025, 11, 1), Date.UTC(2026, 2, 2), Date.UTC(2026, 5, 1), Date.UTC(2026, 8, 1)]) planned.push({ p, date: at(r, t + r.int(0, 3) * DAY) });
  // growing spend: one small order a month Dec-Jul, then two 10-packs a month from 2026-08-25
  for (const p of ROLE.growingSpend) {
    for (let m = 0; m < 8; m++) planned.push({ p, date: at(r, Date.UTC(2025, 11 + m, 10 + r.int(0, 10))) });
    for (let m = 0; m < 3; m++) for (const d of [3, 15]) planned.push({ p, date: at(r, Date.UTC(2026, 8 + m, d + r.int(0, 5))), big: true });
  }
  planned.push(...campaignOrders);
  for (const o of planned) if (o.date.getTime() > END + 20 * 3600000) throw new Error("planned order after the period");
  // weekly targets (weeks start Monday 2025-11-24; the partial first days join week 0)
  const WEEK0 = Date.UTC(2025, 10, 24);
  const weekOf = (t) => Math.max(0, Math.floor((t - WEEK0) / (7 * DAY)));
  const nWeeks = weekOf(END) + 1;
  const target = Array.from({ length: nWeeks }, (_, w) => (WEEK0 + w * 7 * DAY >= SHIFT ? 14 : 24) + r.int(-2, 2));
  target[nWeeks - 1] = Math.round(target[nWeeks - 1] * 4 / 7); // the last week is Mon-Thu only (to 2026-11-20)
  const have = new Array(nWeeks).fill(0);
  planned.forEach((o) => have[weekOf(o.date.getTime())]++);
  const exclude = new Set([...ROLE.fallingOrders, ...ROLE.steadyOrders, ...ROLE.sparseOrders, ...ROLE.growingSpend, ...campaignMembers.hot.slice(0, CAMPAIGN.hot.responders), ...campaignMembers.base.slice(0, CAMPAIGN.base.responders)]);
  const fillers = people.filter((p) => p.shop && !exclude.has(p));
  const all = [...planned];
  for (let w = 0; w < nWeeks; w++) {
    const from = Math.max(START, WEEK0 + w * 7 * DAY - (w === 0 ? 3 * DAY : 0));
    const to = Math.min(END, WEEK0 + w * 7 * DAY + 6 * DAY);
    for (let k = have[w]; k < target[w]; k++) all.push({ p: r.pick(fillers), date: at(r, dayOf(r, from, to)) });
  }
  // campaign "base" responders order like everyone else: let the fill decide (they are excluded
  // from fill so their conversion is 0 by construction? no: give them background-rate orders)
  for (const p of campaignMembers.base.slice(0, CAMPAIGN.base.responders)) if (r.next() < 0.2) all.push({ p, date: plus(responses.base.get(p.email), r.int(3, 28) * 86400) });
  all.sort((a, b) => a.date - b.date);
  const table = new Table();
  table.row(SHOPIFY_ORDERS_HEADER);
  const weekly = new Array(nWeeks).fill(0);
  const weeklyUsd = new Array(nWeeks).fill(0); // order totals in dollars
  all.forEach((o, i) => {
    const p = o.p;
    const currency = currencyOf(p);
    const lines = [];
    if (o.big) lines.push({ title: BIG[0], price: currency === "JPY" ? 11000000 : BIG[1], sku: BIG[2], qty: 1 });
    else {
      const n = r.next() < 0.75 ? 1 : 2;
      for (let k = 0; k < n; k++) {
        const [title, price, sku] = PRODUCTS[currency][r.int(0, PRODUCTS[currency].length - 1)];
        lines.push({ title, price, sku, qty: 1 });
      }
    }
    const subtotal = lines.reduce((s, l) => s + l.price * l.qty, 0);
    const shipping = currency === "JPY" || subtotal >= 10000 ? 0 : 500;
    const total = subtotal + shipping;
    const id = String(6100000000000 + i * 1009);
    const rows = shopifyOrderRows({
      name: `#${2001 + i}`, email: p.email, status: "paid", paidAt: fmt.shopify(plus(o.date, 30)), fulfillment: "fulfilled", acceptsMarketing: r.next() < 0.5 ? "yes" : "no",
      currency, subtotal: money(subtotal, currency), shipping: money(shipping, currency), taxes: money(0, currency), total: money(total, currency), discount: money(0, currency),
      created: fmt.shopify(o.date), lines: lines.map((l) => ({ qty: l.qty, title: l.title, price: money(l.price, currency), sku: l.sku })),
      billingName: displayName(p), billingPhone: "", shippingName: displayName(p), cancelledAt: "", refunded: money(0, currency), id, source: "web",
    });
    let first = null;
    rows.forEach((cells) => { const w = table.row(cells); first ??= w.row; });
    const list = ordersByCustomer.get(p.email) ?? [];
    list.push({ date: o.date.getTime(), cents: total, row: first, id, name: `#${2001 + i}` });
    ordersByCustomer.set(p.email, list);
    weekly[weekOf(o.date.getTime())]++;
    if (currency === "USD") weeklyUsd[weekOf(o.date.getTime())] += total / 100;
  });
  files[name] = table.text;
  fileInfo[name] = { tool: "Shopify admin (Orders export, one row per line item)", expected_kind: "orders", records: all.length, rows_with_line_items: table.records - 1, header_rows: 1, customer: "Email", amount: "Total (first line of each order)", date: "Created at" };
  const shiftWeek = weekOf(SHIFT);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const before = mean(weekly.slice(0, shiftWeek));
  const after = mean(weekly.slice(shiftWeek, nWeeks - 1));
  truth.signals.push({
    type: "volume_change", segment: "orders: all", source: name, change_week_start: ymd(new Date(SHIFT)), weeks: "Monday-start weeks from 2025-11-24; the first week also holds 2025-11-21..23; the last (2026-11-16) is partial, 4 days",
    weekly_orders: weekly, mean_before: +before.toFixed(2), mean_after: +after.toFixed(2), relative_change: +((after - before) / before).toFixed(3),
    note: "level shift: 24 +/- 2 orders a week, then 14 +/- 2 from the week of 2026-09-07 (-40%); preceded by the delivery-complaint spike in zendesk_tickets.csv (2026-08-24..09-06)",
  });
  // The planted $749 10-packs (growing-spend promoters twice a month from September, campaign
  // converters from October) lift USD revenue although orders fall: a revenue rise to report.
  const RISE = Date.UTC(2026, 7, 31);
  const usdBefore = mean(weeklyUsd.slice(1, weekOf(RISE)));
  const usdAfter = mean(weeklyUsd.slice(weekOf(RISE), nWeeks - 1));
  truth.signals.push({
    type: "volume_change", segment: "revenue: USD", source: name, direction: "up", change_window: ["2026-08-31", "2026-10-25"],
    weekly_revenue_usd: weeklyUsd.map((x) => +x.toFixed(2)), mean_before: +usdBefore.toFixed(2), mean_after: +usdAfter.toFixed(2),
    note: "USD revenue rises from September: planted Acme Pods Pro 10-packs ($749), two a month for each growing-spend promoter from 2026-09-03 and one per campaign converter from October; weeks as for the orders",
  });
}

// Behavioural rules over the orders, checked against the planted sets.
{
  const source = "shopify_orders.csv";
  const falling = [], growing = [];
  for (const [email, list] of ordersByCustomer) {
    const xs = list.map((o) => o.date).sort((a, b) => a - b);
    const inH1 = xs.filter((t) => t >= Date.UTC(2026, 0, 1) && t <= Date.UTC(2026, 6, 31, 23, 59));
    const gaps = inH1.slice(1).map((t, k) => (t - inH1[k]) / DAY).sort((a, b) => a - b);
    const median = gaps.length ? gaps[Math.floor(gaps.length / 2)] : Infinity;
    const last = xs[xs.length - 1];
    if (inH1.length >= 8 && median <= 21 && AS_OF_MS - last >= 90 * DAY) falling.push(email);
    const spend = (a, b) => list.filter((o) => o.date >= a && o.date < b).reduce((s, o) => s + o.cents, 0);
    const count = (a, b) => list.filter((o) => o.date >= a && o.date < b).length;
    const recent = spend(AS_OF_MS - 90 * DAY, AS_OF_MS), prior = spend(AS_OF_MS - 180 * DAY, AS_OF_MS - 90 * DAY);
    const answers = surveyByCustomer.get(email) ?? [];
    const latest = answers.sort((a, b) => a.date - b.date)[answers.length - 1];
    if (latest && latest.nps >= 9 && recent >= 2 * prior && count(AS_OF_MS - 90 * DAY, AS_OF_MS) >= 4 && count(AS_OF_MS - 180 * DAY, AS_OF_MS - 90 * DAY) >= 2) growing.push(email);
  }
  const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
  if (!same(falling, ROLE.fallingOrders.map((p) => p.email))) throw new Error(`falling-frequency rule found ${falling}`);
  if (!same(growing, ROLE.growingSpend.map((p) => p.email))) throw new Error(`growing-spend rule found ${growing}`);
  for (const p of ROLE.fallingOrders) {
    const list = ordersByCustomer.get(p.email);
    const last = list[list.length - 1];
    truth.signals.push({ type: "churn_risk", customer_email: p.email, source, row: last.row, record_id: last.id, orders: list.length, last_order: ymd(new Date(last.date)), note: "falling order frequency: ordered every 12-16 days from 2026-01-05 to 2026-07-31, then nothing (>= 90 days of silence at as_of); row = last order" });
  }
  for (const p of ROLE.steadyOrders) {
    const list = ordersByCustomer.get(p.email);
    const last = list[list.length - 1];
    truth.decoys.push({ type: "churn_risk", customer_email: p.email, source, row: last.row, record_id: last.id, text: "", why: "orders every 12-16 days all year, last order within 2 weeks: no drop" });
  }
  for (const p of ROLE.sparseOrders) {
    const list = ordersByCustomer.get(p.email);
    const last = list[list.length - 1];
    truth.decoys.push({ type: "churn_risk", customer_email: p.email, source, row: last.row, record_id: last.id, text: "", why: "orders once a quarter (Dec, Mar, Jun, Sep): a long gap is its normal rhythm" });
  }
  for (const p of ROLE.growingSpend) {
    const list = ordersByCustomer.get(p.email);
    const last = list[list.length - 1];
    const ans = surveyByCustomer.get(p.email).slice(-1)[0];
    truth.signals.push({ type: "opportunity", customer_email: p.email, source, row: last.row, record_id: last.id, related: { source: "qualtrics_nps_2025-2026.csv", row: ans.row, nps: ans.nps }, note: "promoter with growing spend: latest NPS >= 9, order spend in the 90 days before as_of >= 2x the 90 days before that, with >= 4 orders in the last 90 days and >= 2 in the 90 before; row = latest order" });
  }
}

// Promoter -> detractor, checked over every account's answers.
{
  const found = [];
  for (const [email, list] of surveyByCustomer) {
    const xs = list.slice().sort((a, b) => a.date - b.date);
    if (xs.length < 2) continue;
    const [prev, last] = xs.slice(-2);
    if (prev.nps >= 9 && last.nps <= 6 && AS_OF_MS - last.date <= 90 * DAY) found.push(email);
  }
  const want = ROLE.promoterToDetractor.map((p) => p.email);
  if (found.length !== want.length || !found.every((e) => want.includes(e))) throw new Error(`promoter->detractor rule found ${found}`);
}

// =============================================================================================
// 5. Stripe subscriptions (dashboard export).
{
  const name = "stripe_subscriptions.csv";
  const r = seeded(name);
  const PLANS = { Starter: ["Acme Starter (Monthly)", "month", 2900], Pro: ["Acme Pro (Monthly)", "month", 9900], Enterprise: ["Acme Enterprise (Annual)", "year", 240000] };
  const table = new Table();
  table.row(STRIPE_SUBSCRIPTIONS_HEADER);
  const specs = [];
  for (const p of people) {
    const startDay = p.plan === "Enterprise"
      ? (ROLE.renewSoon.includes(p) || ROLE.renewButCancel.includes(p) ? Date.UTC(2025, 10, 28) + r.int(0, 25) * DAY
        : ROLE.renewLater.includes(p) ? Date.UTC(2025, 0, 10) + r.int(0, 15) * DAY
          : Date.UTC(2025, 1, 1) + r.int(0, 260) * DAY) // anniversaries Feb..Oct: never within 30 days of as_of
      : Date.UTC(2024, 0, 1) + r.int(0, 600) * DAY;
    if (ROLE.renewLater.includes(p)) { // due in 45-60 days: 2027-01-10 .. 2027-01-25
      specs.push({ p, plan: p.plan, start: startDay, status: "active" });
      continue;
    }
    if (ROLE.downgrade.includes(p)) {
      const when = Date.UTC(2026, 8, 1) + r.int(0, 70) * DAY;
      p.planChange = when;
      specs.push({ p, plan: "Pro", start: startDay, status: "canceled", canceled: when, old: true });
      specs.push({ p, plan: "Starter", start: when, status: "active", plants: [sig("churn_risk", null, "downgrade: Pro subscription canceled and a Starter one started the same day (last 90 days); row = the new Starter subscription")] });
      continue;
    }
    if (ROLE.upgrade.includes(p)) {
      const when = Date.UTC(2026, 8, 1) + r.int(0, 70) * DAY;
      p.planChange = when;
      specs.push({ p, plan: "Starter", start: startDay, status: "canceled", canceled: when, old: true });
      specs.push({ p, plan: "Pro", start: when, status: "active", plants: [decoy("churn_risk", "", "upgrade Starter -> Pro (the opposite of a downgrade)")] });
      continue;
    }
    const s = { p, plan: p.plan, start: startDay, status: "active" };
    if (ROLE.failedPay.includes(p)) s.status = "past_due";
    if (ROLE.cancelAtEnd.includes(p)) { s.cancelAtEnd = true; s.plants = [sig("churn_risk", null, "active subscription with Cancel At Period End = true")]; }
    if (ROLE.renewSoon.includes(p)) s.plants = [sig("opportunity", null, "annual renewal due within 30 days of as_of (Current Period End 2026-11-28 .. 2026-12-23), active, not set to cancel")];
    if (ROLE.renewButCancel.includes(p)) { s.cancelAtEnd = true; s.plants = [sig("churn_risk", null, "annual subscription due within 30 days but Cancel At Period End = true"), decoy("opportunity", "", "renewal due within 30 days but set to cancel: not a renewal opportunity")]; }
    if (!s.plants && people.indexOf(p) % 23 === 5) { s.status = "canceled"; s.canceled = Date.UTC(2026, 0, 15) + r.int(0, 150) * DAY; } // churned earlier in the year (background)
    specs.push(s);
  }
  for (const p of ROLE.renewLater) truth.decoys.push({ type: "opportunity", customer_email: p.email, source: name, text: "", why: "annual renewal due in 45-60 days: outside the 30-day window" });
  specs.forEach((s, i) => {
    const [planName, interval, base] = PLANS[s.plan];
    const p = s.p;
    const currency = currencyOf(p).toLowerCase();
    const amount = currency === "jpy" ? base * 1.5 : base;
    // current period: the period containing as_of (or ending at cancellation)
    let pStart = s.start, pEnd;
    const step = (t) => { const d = new Date(t); return interval === "year" ? Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate()) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()); };
    const stop = s.canceled ?? AS_OF_MS;
    for (pEnd = step(pStart); pEnd <= stop; pEnd = step(pEnd)) pStart = pEnd;
    if (s.canceled) pEnd = s.canceled;
    const h = D(2000, 1, 1, r.int(0, 23), r.int(0, 59)).getTime() - Date.UTC(2000, 0, 1);
    const id = `sub_1Q${p.cus.slice(4, 12)}${pad(i, 4)}`;
    const w = table.row([
      id, p.cus, displayName(p), p.email, planName, planName.replace(/ \(.*\)/, ""), s.plan === "Enterprise" ? r.int(15, 60) : r.int(2, 14), currency, interval,
      money(amount, currency), s.status, fmt.minutes(new Date(s.start + h)), fmt.minutes(new Date(s.start + h)),
      fmt.minutes(new Date(pStart + h)), fmt.minutes(new Date(pEnd + h)), "", "",
      s.canceled ? fmt.minutes(new Date(s.canceled + h)) : "", s.canceled ? fmt.minutes(new Date(s.canceled + h)) : "", s.cancelAtEnd ? "true" : "false",
    ]);
    settle(name, w.row, id, p.email, (s.plants ?? []).map((x) => ({ ...x, extra: { ...(x.extra ?? {}), current_period_end: ymd(new Date(pEnd)), plan: planName } })));
  });
  files[name] = table.text;
  fileInfo[name] = { tool: "Stripe dashboard (Subscriptions export)", expected_kind: "subscriptions", records: specs.length, header_rows: 1, customer: "Customer ID, Customer Email", plan: "Plan", amount: "Amount", status: "Status", dates: "Created (UTC), Current Period End (UTC), Canceled At (UTC)", cancel_at_period_end: "Cancel At Period End" };
}

// =============================================================================================
// 6. Stripe payments (dashboard export filtered to 2026-08-21 .. 2026-11-20): monthly charges.
{
  const name = "stripe_payments.csv";
  const r = seeded(name);
  const table = new Table();
  table.row(["id", "Description", "Seller Message", "Created (UTC)", "Amount", "Amount Refunded", "Currency", "Fee", "Status", "Statement Descriptor", "Customer ID", "Customer Description", "Customer Email", "Captured", "Card Brand", "Card Last4", "Invoice ID"]);
  const FROM = Date.UTC(2026, 7, 21);
  const specs = [];
  const PRICE = { Starter: 2900, Pro: 9900 };
  for (const p of people) {
    if (p.plan === "Enterprise") continue; // annual, invoiced outside this window
    if (people.indexOf(p) % 23 === 5 && !taken.has(p)) continue; // churned earlier (see subscriptions)
    const anchor = 1 + (people.indexOf(p) * 7) % 28;
    for (let m = 7; m <= 10; m++) {
      const t = Date.UTC(2026, m, anchor);
      const changed = p.planChange !== undefined && t >= p.planChange;
      const amount = ROLE.downgrade.includes(p) ? (changed ? 2900 : 9900) : ROLE.upgrade.includes(p) ? (changed ? 9900 : 2900) : PRICE[p.plan];
      if (t < FROM || t > END) continue;
      const date = at(r, t);
      if (ROLE.failedPay.includes(p) && t >= Date.UTC(2026, 8, 25)) {
        specs.push({ p, date, amount, status: "Failed", plants: [] });
        specs.push({ p, date: plus(date, 3 * 86400), amount, status: "Failed", retry: true, plants: [] });
      } else if (ROLE.retryPay.includes(p) && m === 9) {
        specs.push({ p, date, amount, status: "Failed", plants: [decoy("churn_risk", "", "one failed charge, paid on the retry 3 days later")] });
        specs.push({ p, date: plus(date, 3 * 86400), amount, status: "Paid", retry: true });
      } else specs.push({ p, date, amount, status: r.next() < 0.01 ? "Refunded" : "Paid" });
    }
  }
  specs.sort((a, b) => a.date - b.date);
  // the last failure of each failing account carries the signal
  for (const p of ROLE.failedPay) {
    const mine = specs.filter((s) => s.p === p && s.status === "Failed");
    mine[mine.length - 1].plants.push(sig("churn_risk", null, `failed payments: ${mine.length} failed charges since 2026-09-25 (>= 2 in the 60 days before as_of) and no successful charge after them; row = the last failure`));
  }
  specs.forEach((s, i) => {
    const p = s.p;
    const currency = currencyOf(p).toLowerCase();
    const amount = currency === "jpy" ? s.amount * 1.5 : s.amount;
    const id = "ch_3Q" + Array.from({ length: 22 }, () => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"[r.int(0, 55)]).join("");
    const w = table.row([
      id, s.retry ? "Subscription update (retry)" : "Subscription update", s.status === "Failed" ? "The bank returned the decline code `insufficient_funds`." : "Payment complete.",
      fmt.minutes(s.date), money(amount, currency), s.status === "Refunded" ? money(amount, currency) : money(0, currency), currency,
      currency === "jpy" ? String(Math.round(amount * 0.036)) : ((amount * 0.029 + 30) / 100).toFixed(2), s.status, "ACME", p.cus, displayName(p), p.email,
      s.status === "Failed" ? "false" : "true", r.pick(["visa", "mastercard", "amex"]), pad(r.int(0, 9999), 4), `in_1Q${pad(i, 5)}Rx`,
    ]);
    settle(name, w.row, id, p.email, s.plants);
  });
  // rule check: >= 2 failures in the 60 days before as_of and no later Paid
  const found = new Set();
  for (const p of people) {
    const mine = specs.filter((s) => s.p === p);
    const fails = mine.filter((s) => s.status === "Failed" && AS_OF_MS - s.date.getTime() <= 60 * DAY);
    if (fails.length >= 2 && !mine.some((s) => s.status === "Paid" && s.date > fails[fails.length - 1].date)) found.add(p);
  }
  if (found.size !== ROLE.failedPay.length || !ROLE.failedPay.every((p) => found.has(p))) throw new Error("failed-payment rule mismatch");
  files[name] = table.text;
  fileInfo[name] = { tool: "Stripe dashboard (Payments export, 2026-08-21..2026-11-20)", expected_kind: "payments", records: specs.length, header_rows: 1, customer: "Customer ID, Customer Email", amount: "Amount", status: "Status (Paid, Failed, Refunded)", date: "Created (UTC)" };
}

// =============================================================================================
// 7. Salesforce campaign members (report export: every field quoted, footer lines).
{
  const name = "salesforce_campaign_members.csv";
  const r = seeded(name);
  const table = new Table({ quoteAll: true, eol: "\r\n" });
  table.row(["Campaign Name", "Contact ID", "Lead ID", "First Name", "Last Name", "Title", "Company", "Email", "Status", "Member First Responded Date", "Created Date"]);
  const id18 = () => Array.from({ length: 8 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[r.int(0, 61)]).join("");
  const stats = {};
  for (const key of ["base", "hot"]) {
    const c = CAMPAIGN[key];
    const rows = [];
    let converted = 0, respondedN = 0, nonRespConverted = 0;
    for (const p of campaignMembers[key]) {
      const responded = responses[key].get(p.email);
      const w = table.row([
        c.name, "0035g00000" + id18(), "", p.first, p.last, r.pick(["Head of Support", "CX Manager", "Operations Lead", "Founder", ""]), p.company, p.email,
        responded ? "Responded" : "Sent", responded ? fmt.usDate(responded) : "", fmt.usDate(c.created),
      ]);
      const orders = ordersByCustomer.get(p.email) ?? [];
      if (responded) {
        respondedN++;
        rows.push(w.row);
        if (orders.some((o) => o.date > responded.getTime() && o.date <= responded.getTime() + 30 * DAY)) converted++;
      } else if (orders.some((o) => o.date > c.created.getTime() && o.date <= c.created.getTime() + 30 * DAY)) nonRespConverted++;
    }
    const n = campaignMembers[key].length;
    stats[key] = { campaign: c.name, members: n, responded: respondedN, response_rate: +(respondedN / n).toFixed(3), ordered_within_30_days_of_responding: converted, conversion_rate: +(converted / n).toFixed(3), non_responders_ordering_within_30_days_of_send: nonRespConverted, non_responder_rate: +(nonRespConverted / (n - respondedN)).toFixed(3), responder_rows: rows };
  }
  table.raw('\r\n\r\n"Acme, Inc."\r\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\r\n"Confidential Information - Do Not Distribute"\r\n"Generated By:  Jordan Lee  11/20/2026 5:12 PM"\r\n"Acme, Inc."\r\n');
  truth.signals.push({ type: "campaign_response", segment: { campaign: CAMPAIGN.hot.name }, source: name, ...stats.hot, baseline: { campaign: CAMPAIGN.base.name, response_rate: stats.base.response_rate, conversion_rate: stats.base.conversion_rate }, note: `response ${stats.hot.responded}/${stats.hot.members} vs ${stats.base.responded}/${stats.base.members}; conversion (an order in shopify_orders.csv within 30 days of Member First Responded Date, by email) ${stats.hot.ordered_within_30_days_of_responding}/${stats.hot.members} vs ${stats.base.ordered_within_30_days_of_responding}/${stats.base.members}` });
  truth.decoys.push({ type: "campaign_response", segment: { campaign: CAMPAIGN.base.name }, source: name, ...stats.base, why: "baseline campaign: response ~8%, responders order at the background rate" });
  files[name] = table.text;
  fileInfo[name] = { tool: "Salesforce (report: Campaigns with Campaign Members, CSV)", expected_kind: "campaign_members", records: table.records - 1, header_rows: 1, footer_lines: 5, campaign: "Campaign Name", status: "Status (Sent / Responded)", date: "Member First Responded Date (M/D/YYYY)", customer: "Email" };
}

// =============================================================================================
// 8. Social listening (NDJSON, one mention per line).
{
  const name = "social_mentions.ndjson";
  const r = seeded(name);
  const specs = [];
  const TEXT = {
    neg: ["@AcmeHQ export is slow again today", "@AcmeHQ still waiting on a reply from support", "Acme invoices confuse our finance team every month"],
    neu: ["@AcmeHQ is there a status page?", "Trying Acme for our team, first impressions: ok", "Anyone using Acme with Shopify?"],
    pos: ["Huge thanks to @AcmeHQ support, fixed our billing issue in an hour", "The new @AcmeHQ dashboard is great", "Acme just works. Recommended."],
    ja: ["@AcmeHQ サポートの対応が早くて助かる", "Acme、便利だけど少し高い", "Acmeのレポート機能が良い"],
  };
  const handles = Array.from({ length: 90 }, (_, k) => `${r.pick(["ops", "cx", "dev", "support", "team", "desk"])}_${r.pick(["mark", "tess", "kai", "lena", "raj", "yuki", "sam", "ines"])}${k}`);
  for (let k = 0; k < 230; k++) {
    const h = r.pick(handles);
    const ja = h.includes("yuki");
    specs.push({ handle: h, followers: 20 + (h.length * 997 + k * 13) % 18000, text: ja ? r.pick(TEXT.ja) : r.pick(TEXT[r.pick(["neg", "neu", "pos", "pos"])]), date: at(r, dayOf(r, START, END)), lang: ja ? "ja" : "en", platform: r.pick(["x", "x", "x", "linkedin", "reddit"]) });
  }
  const recent = () => dayOf(r, Date.UTC(2026, 10, 8), END);
  const inf = (handle, followers, text, sentiment, platform = "x") => specs.push({ handle, followers, text, date: at(r, recent()), lang: "en", platform, plants: [sig("influencer", text.slice(0, 40), `followers ${followers}, ${sentiment}, within 14 days of as_of`, { author_handle: handle, followers, sentiment })] });
  inf("SaaSWatchdog", 250000, "Third outage this month for @AcmeHQ customers. If you run support on Acme, have a plan B.", "negative");
  inf("cx_weekly", 480000, "@AcmeHQ billing charged our readers twice and support is silent. Not good.", "negative", "linkedin");
  inf("TechTidbits", 120000, "Acme Pods battery is a disaster after the last firmware, avoid for now.", "negative", "youtube");
  inf("helpdeskguru", 310000, "Acme's new reporting is the best I've used in years. Recommended for support teams.", "positive");
  inf("supportdriven", 150000, "Shout-out to @AcmeHQ: fastest support reply I've seen all year.", "positive");
  specs.push({ handle: "bigbloggerdan", followers: 220000, text: "Acme support was slow for me today, meh.", date: at(r, Date.UTC(2026, 2, 14)), lang: "en", platform: "x", plants: [decoy("influencer", "Acme support was slow for me today, meh.", "high reach but eight months old: not recent")] });
  for (const [h, f, t] of [["tiny_ops", 45, "@AcmeHQ worst support ever, never again"], ["kai_builds", 310, "Acme billing is a mess"], ["lena_codes", 820, "@AcmeHQ third time the export failed"], ["desk_sam", 120, "Acme Pods battery died again"]]) specs.push({ handle: h, followers: f, text: t, date: at(r, recent()), lang: "en", platform: "x", plants: [decoy("influencer", t, `low reach (${f} followers): not an influencer signal`)] });
  // competitor mentions by outsiders (switching intent) and the company's own posts
  specs.push({ handle: "ops_ines77", followers: 900, text: "We're moving to Freshdesk next month, Acme got too expensive.", date: at(r, recent()), lang: "en", platform: "x", plants: [sig("competitor", "moving to Freshdesk", "public post, switching intent", { switching: true, severity: "high", author_handle: "ops_ines77" })] });
  specs.push({ handle: "team_yuki88", followers: 400, text: "AcmeからZendeskに乗り換えました。", date: at(r, recent()), lang: "ja", platform: "x", plants: [sig("competitor", "Zendeskに乗り換え", "public post (ja), switching", { switching: true, severity: "high", author_handle: "team_yuki88" })] });
  specs.push({ handle: "cx_raj12", followers: 1500, text: "Evaluating HELP SCOUT vs Acme this week, opinions?", date: at(r, recent()), lang: "en", platform: "x", plants: [sig("competitor", "Evaluating HELP SCOUT", "public post, upper case", { switching: true, severity: "high", author_handle: "cx_raj12" })] });
  for (const t of ["Switching from Zendesk? Our import tool moves your tickets in minutes.", "Coming from Freshdesk or Help Scout? Here's a side-by-side guide.", "Webinar: what we learned migrating 200 teams off HubSpot Service Hub."]) specs.push({ handle: "AcmeHQ", followers: 12800, text: t, date: at(r, dayOf(r, Date.UTC(2026, 5, 1), END)), lang: "en", platform: "x", plants: [decoy("competitor", t, "the company's own account (AcmeHQ, see own_accounts): marketing, not a customer")] });
  specs.sort((a, b) => a.date - b.date);
  const lines = specs.map((s, i) => {
    const id = `m-${pad(i + 1, 5)}`;
    const host = { x: "x.com", linkedin: "linkedin.com/posts", reddit: "reddit.com/user", youtube: "youtube.com/@" }[s.platform];
    const url = s.platform === "x" ? `https://x.com/${s.handle}/status/${1851000000000000000n + BigInt(i * 7919)}` : `https://${host}/${s.handle}/${id}`;
    settle(name, i + 1, id, null, (s.plants ?? []).map((x) => ({ ...x, extra: { ...(x.extra ?? {}), created_at: fmt.iso(s.date) } })), s.text);
    return JSON.stringify({ id, platform: s.platform, author: { handle: s.handle, name: s.handle, followers: s.followers }, text: s.text, url, created_at: fmt.iso(s.date), lang: s.lang });
  });
  files[name] = lines.join("\n") + "\n";
  fileInfo[name] = { tool: "Social listening export (NDJSON, one mention per line)", expected_kind: "mentions", records: lines.length, text: "text", followers: "author.followers", handle: "author.handle", platform: "platform", date: "created_at", url: "url" };
}

// =============================================================================================
// 9. Product reviews (Judge.me export CSV): rating 1-5, title, body, shop reply (staff).
{
  const name = "judgeme_reviews.csv";
  const r = seeded(name);
  const specs = [];
  const reviewers = people.filter((p) => p.shop);
  const BG = { 5: ["Love it", "Bright, sturdy, looks great on the desk."], 4: ["Good value", "Does what it says. Shipping took a while."], 3: ["Okay", "Fine, the cable is a bit short."], 2: ["Meh", "The arm wobbles at full extension."] };
  const PRODUCT = [["Acme Pods Headset", "acme-pods-headset", 8123001], ["Acme Desk Lamp - Black", "acme-desk-lamp-black", 8123002], ["Acme Monitor Arm", "acme-monitor-arm", 8123003], ["Acme Cable Kit", "acme-cable-kit", 8123004]];
  for (let k = 0; k < 130; k++) {
    const stars = r.pick([5, 5, 5, 4, 4, 3, 2]);
    const [title, body] = BG[stars];
    specs.push({ p: r.pick(reviewers), date: at(r, dayOf(r, START, END)), stars, title, body, product: PRODUCT[r.int(1, 3)] });
  }
  // baseline battery mentions (positive), about one every two months
  for (let m = 0; m < 5; m++) specs.push({ p: r.pick(reviewers), date: at(r, START + (15 + m * 61) * DAY), stars: 5, title: "Great headset", body: "Battery lasts a full shift, comfy too.", product: PRODUCT[0] });
  const lastMonth = Date.UTC(2026, 9, 21);
  const battery = ["Battery dies after two hours, returning them.", "Great sound but the battery won't hold a charge anymore.", "Battery drains overnight even when switched off.", "バッテリーがすぐ切れる。残念。", "Two units, both with battery problems within a week."];
  for (let k = 0; k < 8; k++) {
    const text = battery[k % battery.length];
    const p = /[ぁ-ん]/.test(text) ? r.pick(reviewers.filter((q) => q.ja)) : r.pick(reviewers.filter((q) => !q.ja));
    specs.push({ p, date: at(r, dayOf(r, lastMonth, END)), stars: r.pick([1, 2]), title: "Battery", body: text, product: PRODUCT[0], plants: [sig("quality_issue", text.match(/battery|バッテリー/i)[0], "battery spike in reviews, last month")], reply: k === 2 ? "Sorry about this! If you want to cancel your order or return the Pods, reply here and we'll send a label." : k === 5 ? "We're sorry. A battery fix is on the way; if you'd rather not renew your warranty plan, no problem." : "" });
  }
  const table = new Table();
  table.row(["title", "body", "rating", "review_date", "source", "curated", "reviewer_name", "reviewer_email", "product_id", "product_handle", "reply", "reply_date", "picture_urls", "ip_address", "location"]);
  specs.sort((a, b) => a.date - b.date);
  specs.forEach((s, i) => {
    const w = table.row([s.title, s.body, s.stars, fmt.sql(s.date) + " UTC", "web", "ok", displayName(s.p), s.p.email, s.product[2], s.product[1], s.reply ?? "", s.reply ? fmt.sql(plus(s.date, 86400)) + " UTC" : "", "", "", s.p.country]);
    settle(name, w.row, String(i + 1), s.p.email, s.plants, `${s.title}\n${s.body}`);
    if (s.reply) truth.decoys.push({ type: "churn_risk", source: name, row: w.row, record_id: String(i + 1), customer_email: s.p.email, text: s.reply, why: "the shop's reply (column reply) is staff text" });
  });
  files[name] = table.text;
  fileInfo[name] = { tool: "Judge.me (Shopify product reviews, CSV export)", expected_kind: "(none in the contract; survey_responses via rating, or a reviews kind)", records: specs.length, header_rows: 1, text: "title, body (customer); reply (staff)", rating: "rating 1-5", date: "review_date", customer: "reviewer_email" };
}

// =============================================================================================
// Truth checks: background text never holds a planted phrase; counts per type.
{
  const textual = truth.signals.filter((s) => s.text_contains && s.row);
  for (const s of textual) if (!files[s.source].includes(s.text_contains)) throw new Error(`evidence "${s.text_contains}" not in ${s.source}`);
}
const byType = (xs) => xs.reduce((m, x) => ((m[x.type] = (m[x.type] ?? 0) + 1), m), {});
const doc = {
  as_of: AS_OF,
  period: ["2025-11-21", "2026-11-20"],
  company: { name: "Acme", staff_domain: COMPANY.domain, own_accounts: OWN_HANDLES },
  competitors: COMPETITORS,
  rules: {
    row: "row = record number as a spreadsheet shows it (header rows counted; Qualtrics has 3, so its first response is row 4; Shopify orders: the first line-item row of the order); JSON / NDJSON: the 1-based record index (Intercom: conversations[]). record_id = the record's own id.",
    key: "customer_email + source + row (aggregate signals: segment + source)",
    churn_phrases: "customer-authored text (ticket subject/description, Intercom source.body and user parts, NPS comment) with an account-leaving phrase, en or ja; staff text (Zendesk assignee, Intercom admin/bot parts, Judge.me reply) never fires",
    failed_payments: ">= 2 Failed charges in the 60 days before as_of and no Paid charge after the last of them",
    downgrade: "a subscription canceled and a cheaper plan started for the same customer the same day, within 90 days of as_of",
    cancel_at_period_end: "active subscription with Cancel At Period End = true",
    promoter_to_detractor: "a customer's previous NPS answer 9-10 and latest 0-6, the latest within 90 days of as_of",
    falling_order_frequency: ">= 8 orders between 2026-01-01 and 2026-07-31 with a median gap <= 21 days, and no order in the 90 days before as_of",
    competitor: "a competitor name or alias (case-insensitive, NFKC so full-width letters match) in customer or public text = competitor signal; severity high with a switching phrase (moving to, switching to, evaluating, trial of, half the price, quoted us less, offered ... to switch, 乗り換え, 移行), low for a bare mention. Names inside URLs, staff text and the company's own accounts do not count.",
    satisfaction_change: "NPS of segment (Country, Plan) in the last two months (2026-09-21..11-20) vs the ten months before",
    volume_change: "weekly order count level shift; complaint-ticket spike before it",
    campaign_response: "response rate = Responded / members; conversion = responders with an order (by email) within 30 days of Member First Responded Date / members",
    quality_issue: "defect term count in tickets, chats and reviews in the last month (2026-10-21..11-20) vs its monthly baseline over the 11 months before",
    influencer: "mention with author.followers >= 100,000 within 14 days of as_of (either sentiment); < 1,000 followers or older than 6 months do not count",
    opportunity: "expansion phrase in customer text; promoter (latest NPS >= 9) whose order spend in the last 90 days is >= 2x the 90 days before (>= 4 orders in the last 90 days, >= 2 in the 90 before); annual subscription active, not set to cancel, Current Period End within 30 days of as_of",
  },
  files: fileInfo,
  counts: { signals: byType(truth.signals), decoys: byType(truth.decoys) },
  signals: truth.signals,
  decoys: truth.decoys,
};

// quality_issue as aggregates too (the per-record rows above are the evidence)
for (const [term, note] of [["battery", "battery / バッテリー (Acme Pods)"], ["4.2", "crash after update 4.2 / クラッシュ"]]) {
  const rows = truth.signals.filter((s) => s.type === "quality_issue" && (term === "battery" ? /battery|バッテリー/i.test(s.text_contains) : s.text_contains === "4.2"));
  doc.quality_terms ??= [];
  doc.quality_terms.push({ term, note, last_month_records: rows.length, baseline: term === "battery" ? "6 tickets (Nov-Sep, every other month) + 5 positive reviews over 11 months" : "5 tickets over 11 months (crash on 4.0/4.1)", window: ["2026-10-21", "2026-11-20"] });
}

await mkdir(OUT, { recursive: true });
for (const [name, text] of Object.entries(files)) await writeFile(new URL(name, OUT), text);
await writeFile(new URL("truth.json", OUT), JSON.stringify(doc, null, 2) + "\n");
await writeFile(new URL("README.md", OUT), readme(doc));
const total = Object.values(files).reduce((s, t) => s + Buffer.byteLength(t), 0);
console.log(`wrote ${Object.keys(files).length} files (${total} bytes) + truth.json`, JSON.stringify(doc.counts));

// The README, written from the same numbers as truth.json.
function readme(doc) {
  const count = (type, list = doc.signals) => list.filter((x) => x.type === type).length;
  const where = (type, list = doc.signals) => {
    const m = {};
    for (const x of list.filter((y) => y.type === type)) m[x.source] = (m[x.source] ?? 0) + 1;
    return Object.entries(m).map(([k, v]) => `${k} ${v}`).join(", ");
  };
  const sat = doc.signals.find((x) => x.type === "satisfaction_change");
  const satNo = doc.decoys.find((x) => x.type === "satisfaction_change");
  const vol = doc.signals.find((x) => x.segment === "orders: all");
  const spike = doc.signals.find((x) => x.segment === "tickets: delivery complaints");
  const camp = doc.signals.find((x) => x.type === "campaign_response");
  const campNo = doc.decoys.find((x) => x.type === "campaign_response");
  const fileRows = Object.entries(doc.files).map(([name, f]) => `| \`${name}\` | ${f.tool} | ${f.expected_kind} | ${f.records} |`).join("\n");
  const rules = Object.entries(doc.rules).map(([k, v]) => `- **${k}**: ${v}`).join("\n");
  return `# Signal test corpus (tests/data/signals)

Generated by \`scripts/make-signal-corpus.mjs\` (\`npm run signal-corpus\`; same bytes every run). Do not edit by hand.

Twelve months (${doc.period[0]} .. ${doc.period[1]}) of exports from one fictional company, Acme (a help-desk
app billed through Stripe, plus the headsets and desk gear its customers' agents use, sold through Shopify),
about ~400 customer accounts, in the layouts the real tools write (shared with the ingestion corpus through
\`scripts/lib/exports.mjs\`). Analyse with \`--as-of ${doc.as_of}\`. Staff are \`@${doc.company.staff_domain}\`; the
company's own social accounts are ${doc.company.own_accounts.map((h) => "@" + h).join(", ")}.

\`truth.json\` lists every planted signal (\`signals\`) and every decoy (\`decoys\`: must **not** fire). A
detector passes when it finds each signal (key: \`customer_email\` + \`source\` + \`row\`; aggregate signals:
\`segment\` + \`source\`) and raises nothing on a decoy record. \`text_contains\` is a substring of the
evidence text when the signal is textual.

## Files

| file | tool | expected \`kind\` | records |
|---|---|---|---|
${fileRows}

Row numbers: the record number a spreadsheet shows, header rows counted (Qualtrics writes 3 header rows,
so its first response is row 4; a Shopify order is the row of its first line item). JSON and NDJSON: the
1-based record index (Intercom: \`conversations[]\`; NDJSON: line). \`record_id\` is the record's own id.

## Planted signals (${doc.signals.length}) and decoys (${doc.decoys.length})

| type | signals | decoys | where (signals) |
|---|---|---|---|
${[...new Set(doc.signals.map((x) => x.type))].map((t) => `| ${t} | ${count(t)} | ${count(t, doc.decoys)} | ${where(t)} |`).join("\n")}

### churn_risk
- Phrases in customer text, en and ja: "send us a copy of the contract", "cancel our subscription at the end of
  the term", "how do we export all our data", "not renewing", "terminate our contract", "close our account",
  解約したい, 契約書を送って, 退会, 更新しない. Tickets (subject + description, some multi-line), Intercom
  (opening message \`source.body\` or a later **user** part), NPS comments (\`Q2\`).
- Behavioural: failed payments (5 accounts), downgrades Pro -> Starter (5), Cancel At Period End = true (4 monthly
  + 2 annual), promoter -> detractor (6), falling order frequency (6). Rules below; each was evaluated over
  every account by the generator, which fails if the rule finds anyone but the planted accounts.
- Decoys: "please cancel the duplicate order #4101", "cancel my meeting", "we are not going to cancel",
  "the contract renewal went smoothly", "we received the copy of the contract", newsletter unsubscribe,
  "we renewed", 解約するつもりはありません, 退会済みのメンバー, 契約の更新手続きが完了; Intercom **admin**
  replies ("If you want to cancel your subscription, go to Settings > Billing", 解約をご希望の場合は…);
  the shop's replies in the reviews file; a failed charge paid on retry (5); upgrades (3); promoter -> passive
  (4); steady fortnightly buyers (3) and once-a-quarter buyers (3).

### competitor
Competitors: ${doc.competitors.map((c) => `${c.name} (${c.aliases.join(", ")})`).join("; ")}.
Rule planted: **any** mention of a listed name or alias in customer or public text is a competitor signal;
with a switching phrase (moving to, switching to, evaluating, trial, considering a switch, half the price,
quoted us less, 乗り換え, 移行) its \`severity\` is \`high\`, a bare mention (a comparison, a sister company,
"we looked at X and decided to stay") is \`low\`. Matching is case-insensitive and NFKC (full-width
ＦＲＥＳＨＤＥＳＫ, ＨｕｂＳｐｏｔ, ＺＥＮＤＥＳＫ match). ${count("competitor")} signals
(${doc.signals.filter((x) => x.type === "competitor" && x.switching).length} switching, ${doc.signals.filter((x) => x.type === "competitor" && !x.switching).length} bare).
Decoys (${count("competitor", doc.decoys)}): names in Intercom admin replies, names only inside a URL of the
company's own Zendesk-hosted help center (\`acme.zendesk.com\`), and posts by @AcmeHQ itself.

### satisfaction_change
Segment Country = ${sat.segment.Country}, Plan = ${sat.segment.Plan} (Qualtrics embedded data): NPS ${sat.baseline_counts.nps} (n ${sat.baseline_counts.n}:
${sat.baseline_counts.promoters} P / ${sat.baseline_counts.passives} Pa / ${sat.baseline_counts.detractors} D) in ${sat.baseline.join("..")}, then ${sat.recent_counts.nps} (n ${sat.recent_counts.n}: ${sat.recent_counts.promoters} / ${sat.recent_counts.passives} / ${sat.recent_counts.detractors})
in ${sat.recent.join("..")}. Control (decoy): Country = ${satNo.segment.Country}, Plan = ${satNo.segment.Plan}: ${satNo.baseline_counts.nps} (n ${satNo.baseline_counts.n}) and
${satNo.recent_counts.nps} (n ${satNo.recent_counts.n}). Every other account answers within its own bucket, so no other segment moves by design.

### volume_change
Weekly Shopify orders (Monday weeks from 2025-11-24): 24 ± 2 a week, then 14 ± 2 from the week of
${vol.change_week_start} (mean ${vol.mean_before} -> ${vol.mean_after}, ${(vol.relative_change * 100).toFixed(1)}%); counts per week in truth.json.
Before it, a complaint spike in tickets: ${spike.count_in_window} delivery complaints ("hasn't arrived", "late delivery",
"where is my order", "arrived damaged") in ${spike.window.join("..")} against a baseline of ${spike.baseline.rows.length} in the 39 weeks before.

### campaign_response
Salesforce campaign members (Status Sent / Responded, Member First Responded Date); conversion = a responder
with a Shopify order (same email) within 30 days of responding. "${camp.campaign}": ${camp.responded}/${camp.members}
responded, ${camp.ordered_within_30_days_of_responding}/${camp.members} converted (signal). "${campNo.campaign}": ${campNo.responded}/${campNo.members} responded,
${campNo.ordered_within_30_days_of_responding}/${campNo.members} converted (baseline, decoy).

### quality_issue
${doc.quality_terms.map((q) => `- "${q.term}" (${q.note}): ${q.last_month_records} records in ${q.window.join("..")}; baseline ${q.baseline}.`).join("\n")}
Each record of the spike is listed in truth.json; the baseline records are not signals.

### influencer
Mentions within 14 days of as_of by authors with >= 100,000 followers: 3 negative (250k, 480k, 120k) and 2
positive (310k, 150k). Decoys: a 220k author eight months ago, four recent negative posts by authors with
< 1,000 followers. Background: ~230 mentions by authors with < 20,000 followers.

### opportunity
Expansion phrases ("add 20 more seats", "upgrade to Enterprise", "pricing for more users", "additional
licenses", "roll Acme out to two more departments", 追加ライセンス, アップグレード) in tickets, chats and an NPS
comment; 5 promoters with growing spend; 8 annual subscriptions renewing within 30 days. Decoys: "upgraded
the app to 4.1", "add more filters to the seats report", "5 fewer seats", renewals 45-60 days out, a renewal
within 30 days that is set to cancel.

## Rules (as planted)

${rules}
`;
}
