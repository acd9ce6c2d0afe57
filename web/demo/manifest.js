// The demo export set inlined into the page (written by scripts/make-demo-data.mjs).
import typeform from "./acme_nps_2026q3_typeform.csv";
import googleFormsJa from "./acme_nps_2026q3_googleforms_ja.csv";

export const demoFiles = [
  { name: "acme_nps_2026q3_typeform.csv", data: typeform },
  { name: "acme_nps_2026q3_googleforms_ja.csv", data: googleFormsJa },
];
