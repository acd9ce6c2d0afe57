// UI strings of the customer pages (merged into i18n.js's tables by the shell).
export default {
  en: {
    customers_count: "{n} customers",
  },
  ja: {
    customers_count: "顧客 {n} 件",
  },
};
