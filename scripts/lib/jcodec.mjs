// Shift_JIS and ISO-2022-JP encoders for the test-corpus generator (scripts/make-corpus.mjs).
//
// Node ships decoders for both (TextDecoder, full ICU) but no encoder. Instead of calling
// python3 or keeping a hand-made byte table, we build the encoder by inverting Node's own
// Shift_JIS decoder over the JIS X 0208 code area only (lead bytes 0x81-0x84, 0x88-0x9F,
// 0xE0-0xEA), plus ASCII. Vendor extensions (NEC row 13, IBM extensions, user-defined area)
// and half-width katakana are deliberately left out, so every character we write has exactly
// one Shift_JIS form that CP932, strict Shift_JIS and ISO-2022-JP (via the arithmetic
// SJIS->JIS transform) all agree on. Characters outside that set make the encoder throw,
// and every encoded string is decoded back with TextDecoder and compared (roundTrip).
//
// One known decoder difference, kept on purpose: byte pair 0x81 0x60 decodes to U+FF5E
// (FULLWIDTH TILDE) in CP932/WHATWG and to U+301C (WAVE DASH) in strict JIS tables. Our
// source text uses U+FF5E and only in the Shift_JIS files (never in ISO-2022-JP mail).

let table = null;

function sjisTable() {
  if (table) return table;
  let decoder;
  try {
    decoder = new TextDecoder("shift_jis", { fatal: true });
  } catch {
    throw new Error("this generator needs a Node built with full ICU (TextDecoder('shift_jis'))");
  }
  table = new Map();
  const leads = [];
  for (let b = 0x81; b <= 0x84; b++) leads.push(b);
  for (let b = 0x88; b <= 0x9f; b++) leads.push(b);
  for (let b = 0xe0; b <= 0xea; b++) leads.push(b);
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      let ch;
      try {
        ch = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue; // unassigned
      }
      if ([...ch].length !== 1 || ch === "\uFFFD") continue;
      if (!table.has(ch)) table.set(ch, [lead, trail]); // first (lowest) code wins
    }
  }
  return table;
}

function sjisPair(ch) {
  const pair = sjisTable().get(ch);
  if (!pair) throw new Error(`character ${JSON.stringify(ch)} (U+${ch.codePointAt(0).toString(16)}) is outside the JIS X 0208 set this encoder writes`);
  return pair;
}

/** Shift_JIS (JIS X 0208 subset of CP932) bytes of `text`. */
export function encodeShiftJis(text) {
  const out = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) out.push(cp);
    else out.push(...sjisPair(ch));
  }
  const bytes = Buffer.from(out);
  roundTrip(bytes, "shift_jis", text);
  return bytes;
}

// Shift_JIS pair -> JIS X 0208 row/cell bytes (0x21-0x7E each).
function sjisToJis(s1, s2) {
  const base = s1 < 0xa0 ? s1 - 0x70 : s1 - 0xb0;
  if (s2 >= 0x9f) return [base * 2, s2 - 0x7e];
  return [base * 2 - 1, s2 - (s2 >= 0x80 ? 0x20 : 0x1f)];
}

const ESC_JIS = [0x1b, 0x24, 0x42]; // ESC $ B  (JIS X 0208-1983)
const ESC_ASCII = [0x1b, 0x28, 0x42]; // ESC ( B

/**
 * ISO-2022-JP (RFC 1468) bytes of `text`: every line (and the whole text) ends in ASCII mode,
 * as mail requires. Line breaks are kept as given.
 */
export function encodeIso2022Jp(text) {
  const out = [];
  let jis = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) {
      if (jis) {
        out.push(...ESC_ASCII);
        jis = false;
      }
      out.push(cp);
    } else {
      if (ch === "\uFF5E") throw new Error("U+FF5E has no ISO-2022-JP form; do not use it in mail");
      if (!jis) {
        out.push(...ESC_JIS);
        jis = true;
      }
      out.push(...sjisToJis(...sjisPair(ch)));
    }
  }
  if (jis) out.push(...ESC_ASCII);
  const bytes = Buffer.from(out);
  roundTrip(bytes, "iso-2022-jp", text);
  return bytes;
}

function roundTrip(bytes, label, text) {
  const back = new TextDecoder(label, { fatal: true }).decode(bytes);
  if (back !== text) throw new Error(`${label} round trip failed for ${JSON.stringify(text.slice(0, 40))}`);
}
