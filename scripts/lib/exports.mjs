// What real tools write, shared by the generators (scripts/make-corpus.mjs, the ingestion test
// corpus, and scripts/make-demo-data.mjs, the page's demo set): the date formats each tool uses,
// money cells, and the column layouts of the exports. All UTC, no locale, no clock.

export const pad = (n, w = 2) => String(n).padStart(w, "0");
export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
export const plus = (d, seconds) => new Date(d.getTime() + seconds * 1000);
export const ymd = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const hm = (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
export const hms = (d) => `${hm(d)}:${pad(d.getUTCSeconds())}`;
const h12 = (d) => {
  const h = d.getUTCHours() % 12 || 12;
  return { h, ap: d.getUTCHours() < 12 ? "AM" : "PM" };
};

/** Date renderings, named after the tools that write them. */
export const fmt = {
  iso: (d) => d.toISOString().replace(".000Z", "Z"),
  sql: (d) => `${ymd(d)} ${hms(d)}`, // 2026-07-03 09:12:44 (Qualtrics, Typeform)
  minutes: (d) => `${ymd(d)} ${hm(d)}`, // 2026-07-03 09:12 (Stripe, HubSpot)
  slash: (d) => `${ymd(d).replace(/-/g, "/")} ${hm(d)}`, // 2026/07/03 09:12 (Zendesk CSV)
  shopify: (d) => `${ymd(d)} ${hms(d)} +0000`,
  surveymonkey: (d) => {
    const { h, ap } = h12(d);
    return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(h)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${ap}`;
  },
  usShort: (d) => {
    const { h, ap } = h12(d);
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h}:${pad(d.getUTCMinutes())} ${ap}`;
  },
  usDate: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  jaStamp: (d) => `${ymd(d).replace(/-/g, "/")} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  jaDate: (d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
  dmy: (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`,
  unix: (d) => Math.floor(d.getTime() / 1000),
  rfc2822: (d, offsetHours = 0) => {
    const l = plus(d, offsetHours * 3600);
    const sign = offsetHours >= 0 ? "+" : "-";
    return `${DAYS[l.getUTCDay()]}, ${pad(l.getUTCDate())} ${MONTHS[l.getUTCMonth()]} ${l.getUTCFullYear()} ${hms(l)} ${sign}${pad(Math.abs(offsetHours))}00`;
  },
  asctime: (d) => `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, " ")} ${hms(d)} ${d.getUTCFullYear()}`,
};

/** A money cell from integer minor units (JPY has none). */
export const money = (cents, currency) => (currency === "JPY" || currency === "jpy" ? String(cents / 100) : (cents / 100).toFixed(2));

// ---------------------------------------------------------------------------------------------
// Column layouts.

/**
 * Qualtrics response metadata columns as its CSV export writes them: [export tag, question
 * text row, ImportId row]. An export with "Download all fields" unticked keeps a subset.
 */
export const QUALTRICS_META = [
  ["StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"America/Los_Angeles"}'],
  ["EndDate", "End Date", '{"ImportId":"endDate","timeZone":"America/Los_Angeles"}'],
  ["Status", "Response Type", '{"ImportId":"status"}'],
  ["IPAddress", "IP Address", '{"ImportId":"ipAddress"}'],
  ["Progress", "Progress", '{"ImportId":"progress"}'],
  ["Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'],
  ["Finished", "Finished", '{"ImportId":"finished"}'],
  ["RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"America/Los_Angeles"}'],
  ["ResponseId", "Response ID", '{"ImportId":"_recordId"}'],
  ["RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'],
  ["RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'],
  ["RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'],
  ["ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'],
  ["LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'],
  ["LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'],
  ["DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'],
  ["UserLanguage", "User Language", '{"ImportId":"userLanguage"}'],
];
/** A question column: [tag, question text, {"ImportId":"QIDn"}]. */
export const qualtricsQuestion = (tag, text, importId) => [tag, text, `{"ImportId":"${importId}"}`];
/** An embedded-data field column (Country, Plan, ...): its name in all three header rows. */
export const qualtricsEmbedded = (field) => [field, field, `{"ImportId":"${field}"}`];
/** A response id as Qualtrics prints it (R_ and 15 alphanumerics). */
export const qualtricsResponseId = (r) =>
  `R_${Array.from({ length: 15 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[r.int(0, 61)]).join("")}`;

/** Zendesk Support, CSV export of a ticket view (the columns the view shows). */
export const ZENDESK_TICKETS_HEADER = ["Id", "Requester", "Requester id", "Requester email", "Assignee", "Assignee email", "Group", "Subject", "Description", "Status", "Priority", "Satisfaction Score", "Created at", "Updated at", "Tags"];

/** Stripe dashboard, Subscriptions export. */
export const STRIPE_SUBSCRIPTIONS_HEADER = ["id", "Customer ID", "Customer Description", "Customer Email", "Plan", "Product", "Quantity", "Currency", "Interval", "Amount", "Status", "Created (UTC)", "Start (UTC)", "Current Period Start (UTC)", "Current Period End (UTC)", "Trial Start (UTC)", "Trial End (UTC)", "Canceled At (UTC)", "Ended At (UTC)", "Cancel At Period End"];

/** Shopify admin, Orders export ("CSV for Excel, Numbers, or other spreadsheet programs"). */
export const SHOPIFY_ORDERS_HEADER = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Billing Name", "Billing Phone", "Shipping Name", "Cancelled at", "Refunded Amount", "Id", "Source"];

/**
 * The rows of one Shopify order: one per line item; the order's own fields (status, money,
 * names, id) only on the first line, Name, Email and Created at on every line.
 * Money fields are cells already rendered (see `money`).
 * @param {object} o  { name, email, status, paidAt, fulfillment, acceptsMarketing, currency,
 *   subtotal, shipping, taxes, total, discount, created, lines: [{qty, title, price, sku}],
 *   billingName, billingPhone, shippingName, cancelledAt, refunded, id, source }
 */
export function shopifyOrderRows(o) {
  return o.lines.map((l, k) => {
    const first = k === 0;
    const f = (v) => (first ? v ?? "" : "");
    return [
      o.name, o.email, f(o.status), f(o.paidAt), f(o.fulfillment), f(o.acceptsMarketing),
      f(o.currency), f(o.subtotal), f(o.shipping), f(o.taxes), f(o.total), "", f(o.discount), o.created,
      l.qty, l.title, l.price, l.sku,
      f(o.billingName), f(o.billingPhone), f(o.shippingName), f(o.cancelledAt), f(o.refunded), f(o.id), f(o.source),
    ];
  });
}
