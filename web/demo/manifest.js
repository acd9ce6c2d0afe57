// The demo export set inlined into the page (written by scripts/make-demo-data.mjs).
import survey from "./acme_survey_qualtrics.csv";
import stripe from "./acme_subscriptions_stripe.csv";
import shopify from "./acme_orders_shopify.csv";
import zendesk from "./acme_tickets_zendesk.csv";
import googleFormsJa from "./acme_nps_2026q3_googleforms_ja.csv";

export const demoFiles = [
  { name: "acme_survey_qualtrics.csv", data: survey },
  { name: "acme_subscriptions_stripe.csv", data: stripe },
  { name: "acme_orders_shopify.csv", data: shopify },
  { name: "acme_tickets_zendesk.csv", data: zendesk },
  { name: "acme_nps_2026q3_googleforms_ja.csv", data: googleFormsJa },
];
