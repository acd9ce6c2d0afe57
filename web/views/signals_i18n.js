// UI strings of the Signals inbox (merged into i18n.js's tables by the shell).
export default {
  en: {
    inbox_count: "{n} signals",
  },
  ja: {
    inbox_count: "シグナル {n} 件",
  },
};
