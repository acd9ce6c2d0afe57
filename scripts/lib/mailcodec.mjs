// MIME helpers for the test-corpus generator: quoted-printable (RFC 2045), base64 bodies,
// RFC 2047 encoded words, and mboxrd "From " escaping. Bytes in, ASCII text out.

/** Quoted-printable body of UTF-8 (or already-encoded) bytes; soft line breaks at 76. */
export function quotedPrintable(text, eol = "\n", encode = (s) => Buffer.from(s, "utf8")) {
  const out = [];
  for (const line of text.split("\n")) {
    const bytes = encode(line);
    const tokens = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      const escape = b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09) || ((b === 0x20 || b === 0x09) && last);
      tokens.push(escape ? "=" + b.toString(16).toUpperCase().padStart(2, "0") : String.fromCharCode(b));
    }
    let current = "";
    for (const token of tokens) {
      if (current.length + token.length > 75) {
        out.push(current + "=");
        current = "";
      }
      current += token;
    }
    out.push(current);
  }
  return out.join(eol);
}

/** Base64 of bytes, wrapped at 76 characters. */
export function base64Body(bytes, eol = "\n") {
  const text = Buffer.from(bytes).toString("base64");
  const lines = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join(eol);
}

/**
 * RFC 2047 "B" encoded words for `text` in `charset`, each at most 75 characters and each
 * holding whole characters (for ISO-2022-JP each word is self-contained, ending in ASCII).
 * Words are joined by folding whitespace (eol + space).
 */
export function encodedWords(text, charset, encode, eol = "\n") {
  const prefix = `=?${charset}?B?`;
  const wordFor = (chunk) => `${prefix}${Buffer.from(encode(chunk)).toString("base64")}?=`;
  const words = [];
  let chunk = "";
  for (const ch of text) {
    if (chunk && wordFor(chunk + ch).length > 75) {
      words.push(wordFor(chunk));
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(wordFor(chunk));
  return words.join(eol + " ");
}

/** RFC 2047 "Q" encoded word for a short UTF-8 phrase (display names). */
export function qWord(text) {
  let body = "";
  for (const b of Buffer.from(text, "utf8")) {
    if (b === 0x20) body += "_";
    else if (/[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b))) body += String.fromCharCode(b);
    else body += "=" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  const word = `=?UTF-8?Q?${body}?=`;
  if (word.length > 75) throw new Error("Q word too long");
  return word;
}

/** mboxrd escaping: a body line matching /^>*From / gets one more ">". */
export function mboxEscape(body) {
  return body.replace(/^(>*From )/gm, ">$1");
}
