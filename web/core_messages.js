// The core's prose in the page's language. Beside each sentence it writes (a signal's title
// and cause, a data-quality message, ...) the core writes X_msg = {id, args}; coreText renders
// that message from the catalogue (core/data/messages/<lang>.json, the tables the core's own
// English comes from). It returns the English field as the core wrote it when there is no
// X_msg (a report saved by an older version), the id is not in the catalogue, or an argument
// is missing. The result is plain text: set it with textContent.
import en from "../core/data/messages/en.json" with { type: "json" };
import ja from "../core/data/messages/ja.json" with { type: "json" };

const tables = { en, ja };
const locales = { en: "en-US", ja: "ja-JP" };
const formats = new Map();

function numberFormat(lang) {
  if (!formats.has(lang)) {
    // The core rounds each figure to the digits it prints, so show them all (up to 10).
    formats.set(lang, new Intl.NumberFormat(locales[lang] ?? "en-US", { maximumFractionDigits: 10 }));
  }
  return formats.get(lang);
}

/** The message rendered, or undefined when it cannot be (unknown id, missing argument). */
function render(msg, lang) {
  if (!msg || typeof msg !== "object" || typeof msg.id !== "string") return undefined;
  const table = tables[lang] ?? tables.en;
  if (!Object.hasOwn(table, msg.id)) return undefined;
  const args = msg.args && typeof msg.args === "object" ? msg.args : {};
  let failed = false;
  const text = table[msg.id].replace(/\{([a-z0-9_]+)\}/g, (_, name) => {
    const arg = Object.hasOwn(args, name) ? args[name] : undefined;
    if (typeof arg === "string") return arg;
    if (typeof arg === "number") return numberFormat(lang).format(arg);
    const inner = render(arg, lang);
    if (inner === undefined) failed = true;
    return inner ?? "";
  });
  return failed ? undefined : text;
}

/**
 * @param {{id: string, args?: object} | undefined | null} msg the core's X_msg
 * @param {string} fallback the English field X the core wrote beside it
 * @param {string} lang "en" or "ja"
 * @returns {string}
 */
export function coreText(msg, fallback, lang) {
  return render(msg, lang) ?? fallback;
}
