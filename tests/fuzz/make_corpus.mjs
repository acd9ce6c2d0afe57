// Writes the fuzz seed corpus, tests/fuzz/corpus/<target>/: small fixtures of tests/data (cut
// to a few KB at a line end) and the hand-made edge cases below. Run: node tests/fuzz/make_corpus.mjs
// Targets that read a seed byte first (chunk splits, layout, options; see each *_fuzz.cpp) get
// it prepended here, so each file starts with the seed its fixture needs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, "..", "data");
const maxBytes = 3072; // under every target's -max_len in scripts/fuzz.sh

const hex = (text) => Buffer.from(text, "hex");
const text = (s) => Buffer.from(s, "utf8");

/** A fixture of tests/data, cut at the last line end within `limit` bytes. */
function fixture(relative, limit = maxBytes) {
  const bytes = fs.readFileSync(path.join(data, relative));
  if (bytes.length <= limit) return bytes;
  const cut = bytes.lastIndexOf(0x0a, limit - 1);
  return bytes.subarray(0, cut > 0 ? cut + 1 : limit);
}

const written = {};
function write(target, name, seed, bytes) {
  const dir = path.join(here, "corpus", target);
  if (!written[target]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    written[target] = 0;
  }
  const body = seed === null ? bytes : Buffer.concat([Buffer.from([seed]), bytes]);
  if (body.length > maxBytes + 1) throw new Error(`${target}/${name}: ${body.length} bytes`);
  fs.writeFileSync(path.join(dir, name), body);
  written[target] += 1;
}

// Shift_JIS (CP932) CSV: 名前,点数,コメント / 山田,9,とても良い / 佐藤,3,"遅い、高い" (CRLF).
const sjisCsv = hex(
  "96bc914f2c935f90942c83528381839383670d0a8e5293632c392c82c682c482e097c782a20d0a" +
    "8db293a12c332c22927882a281418d8282a2220d0a",
);
const eucJp = hex("b8dcb5d2cbfec2adc5d92c390ab2f2ccf3a4b7a4bfa4a40a"); // 顧客満足度,9 / 解約したい
// ISO-2022-JP: 件名: 解約について / カナ, and half-width katakana by ESC ( I.
const iso2022jp = hex(
  "1b2442376f4c3e1b28423a201b244232724c73244b2444242424461b28420a1b2442252b254a1b28420a" +
    "1b284936451b2842",
);
const cp1252 = hex("436166e92093677265617494208035206e61ef76650d0a"); // Café “great” €5 naïve
const utf16be = hex("004e00500053002c0043006f006d006d0065006e0074000a0039002c0047006f006f0064000a");
const utf16le = hex(
  "fffe4e0050005300090043006f006d006d0065006e0074000d000a00310030000900883044300d000a00",
);

// ---- csv_reader: seed = delimiter (top 2 bits: , ; tab |), tiny field limits (0x20: 7 bytes,
// 5 fields) and chunk splits (low bits) ----------------------------------------------------------
const tinyLimits = 0x20;
const comma = 0x00;
const semicolon = 0x40;
const tab = 0x80;
const pipe = 0xc0;
for (const [file, seed] of [
  ["surveys/survey_bom_crlf.csv", comma | 0x01],
  ["surveys/ragged_unterminated.csv", comma | 0x00],
  ["surveys/html_injection.csv", comma | 0x02],
  ["surveys/orders_no_nps.csv", comma | 0x13],
  ["surveys/googleforms_ja.csv", comma | 0x24],
  ["surveys/typeform_quoted_newlines.csv", comma | 0x35],
  ["corpus/european_survey_semicolon.csv", semicolon | 0x03],
  ["corpus/googleforms_ja_sjis.csv", comma | 0x06],
  ["corpus/zendesk_tickets.csv", comma | 0x07],
  ["corpus/shopify_orders.csv", comma | 0x05],
  ["corpus/stripe_subscriptions.csv", comma | 0x04],
  ["vendors/amazon-reviews/feedback.txt", tab | 0x03],
  ["vendors/nicereply/nps.csv", comma | 0x02],
  ["vendors/google-play-ratings/ratings_com.hoshilabs.sync_202405_overview.csv", comma | 0x1b],
]) {
  write("csv_reader", path.basename(file), seed, fixture(file));
}
for (const [name, seed, body] of [
  ["bom_quoted_header_crlf", comma | 0x00, '\ufeff"NPS",Comment\r\n9,"ok"\r\n10,""\r\n'],
  ["bom_only", comma | 0x00, "\ufeff"],
  ["bom_prefix_then_text", comma | 0x00, Buffer.from([0xef, 0xbb, 0x41, 0x2c, 0x42, 0x0a])],
  ["quoted_newlines_doubled_quotes", comma | 0x01, 'id,comment\n1,"line one\nline ""two"""\n2,x\n'],
  ["truncated_quote", comma | 0x02, 'a,b\n1,"never closed\n2,3\n'],
  ["quote_at_end", comma | 0x00, 'a,"b"'],
  ["lone_quote", comma | 0x00, '"'],
  ["doubled_quote_at_chunk_edge", comma | 0x01, '"a""b""",""""\n'],
  ["stray_quotes", comma | 0x03, 'a,b\n1,ab"c\n"x"y,2\n"q" ,z\n'],
  ["lone_cr_line_ends", comma | 0x00, "a,b\r1,2\r3,4"],
  ["crlf_split_byte_by_byte", comma | 0x00, "a,b\r\n1,2\r\n\r\n3,4\r\n"],
  ["cr_inside_quotes", comma | 0x01, 'a,b\r\n"x\r\ny",2\r\n"\r",3\r'],
  ["blank_lines", comma | 0x02, "\n\n\nNPS\n\n9\n\n\n10\n"],
  ["empty_fields", comma | 0x03, ",,,,,,\n,,,\n,\n"],
  ["semicolon_decimal_commas", semicolon | 0x02, "Score;Amount\r\n9;1,50\r\n7;\"2;5\"\r\n"],
  ["tab_separated", tab | 0x01, "NPS\tComment\n9\t\"tab\tinside\"\n"],
  ["pipe_separated", pipe | 0x02, "a|b|c\n1|2|3\n"],
  ["nul_and_high_bytes", comma | 0x01, Buffer.from([0x61, 0x00, 0x2c, 0xff, 0xfe, 0x0a, 0x80, 0x22, 0x00, 0x22])],
  ["shift_jis", comma | 0x00, sjisCsv],
  ["utf16le_bom", tab | 0x00, utf16le],
  ["cut_inside_multibyte", comma | tinyLimits | 0x01, 'a,"ああ""あ",bcdefghij\r\n"あい\nう",x\n'],
  ["too_many_fields", comma | tinyLimits | 0x02, "1,2,3,4,5,6,7,8\n,,,,,,\n1,2\n"],
]) {
  write("csv_reader", name, seed, typeof body === "string" ? text(body) : body);
}

// ---- json_reader: seed = layout (top 2 bits: auto, array, ndjson, auto with 64-byte records) --
const auto = 0x00;
const array = 0x40;
const ndjson = 0x80;
const tiny = 0xc0;
for (const [file, seed] of [
  ["corpus/social_mentions.ndjson", ndjson | 0x03],
  ["corpus/zendesk_tickets.json", auto | 0x05],
  ["corpus/typeform_responses.json", auto | 0x02],
  ["corpus/intercom_conversations.json", array | 0x04],
  ["vendors/zendesk-json/tickets.json", auto | 0x06],
  ["vendors/typeform-api/responses.json", auto | 0x01],
  ["vendors/gorgias/satisfaction-surveys.json", tiny | 0x03],
  ["vendors/drift/conversations.json", auto | 0x07],
]) {
  write("json_reader", path.basename(file), seed, fixture(file));
}
const deepArray = "[".repeat(1200) + "]".repeat(1200);
// Objects nested around the reader's bound of 256 levels (json_reader.cpp kMaxNesting).
const nested = (levels) => "[" + '{"a":'.repeat(levels) + "1" + "}".repeat(levels) + "]";
for (const [name, seed, body] of [
  ["array_of_records", auto | 0x01, '[{"id":1,"score":9,"email":"a@x.example"},{"id":2,"score":null}]'],
  ["wrapper_side_loaded", auto | 0x02,
    '{"tickets":[{"id":1,"requester_id":7}],"users":[{"id":7,"email":"u@x.example"}],"count":1,"next_page":null}'],
  ["wrapper_empty_member", auto | 0x00, '{"tickets":[],"meta":{"page":1}}'],
  ["single_object_record", auto | 0x03, '{"id":1,"x":{"y":[1,2]},"z":"w"}'],
  ["nested_flattening", auto | 0x04,
    '[{"requester":{"email":"a@x.example","name":"A"},"tags":["vip","billing"],' +
      '"custom_fields":[{"id":1,"value":"x\\ny"},{"id":2}],"empty":[],"obj":{}}]'],
  ["ndjson_blank_and_broken_lines", ndjson | 0x01, '{"a":1}\n\n{"a":\n{"b":2}\r\n  \n{"c":[1,{"d":3}]}'],
  ["ndjson_auto_detected", auto | 0x00, '{"a":1}\n{"a":2}\n'],
  ["first_object_spans_lines", auto | 0x02, '{\n"a":1\n}\n{"a":2}\n'],
  ["bom_array", auto | 0x01, '\ufeff[{"a":"b"}]'],
  ["escapes_and_surrogates", auto | 0x03,
    '[{"s":"\\u00e9\\ud83d\\ude00\\\\\\"\\/\\b\\f\\n\\r\\t","bad":"\\ud800","ctl":"\\u0000"}]'],
  ["numbers", auto | 0x04, '[{"a":1e400,"b":-0,"c":1.5e-400,"d":123456789012345678901234567890,"e":-1.0E+2}]'],
  ["truncated_document", auto | 0x05, '{"tickets":[{"id":1},{"id":2,"subject":"cut'],
  ["top_level_scalar", auto | 0x00, "42"],
  ["top_level_null", array | 0x00, "null"],
  ["not_objects", array | 0x01, '[1,"two",[3],{"four":4},null,true]'],
  ["empty_containers", auto | 0x00, "[] "],
  ["trailing_garbage", auto | 0x02, '[{"a":1}] [{"b":2}]'],
  ["unclosed_strings_in_keys", auto | 0x01, '{"tick\\"ets":[{"a":"\\'],
  ["deep_array", auto | 0x06, deepArray],
  ["deep_object_255", auto | 0x07, nested(255)],
  ["deep_object_256", auto | 0x03, nested(256)],
  ["deep_object_300", ndjson | 0x05, nested(300).slice(1, -1)],
  ["oversized_record", tiny | 0x02, `[{"text":"${"x".repeat(200)}"},{"a":1}]`],
  ["invalid_utf8", auto | 0x01, Buffer.concat([text('[{"a":"'), Buffer.from([0xff, 0xc3]), text('"}]')])],
]) {
  write("json_reader", name, seed, typeof body === "string" ? text(body) : body);
}

// ---- mail_reader: seed = format (top bit: eml, else mbox) and chunk splits ----------------
const mbox = 0x00;
const eml = 0x80;
write("mail_reader", "complaint_sjis.eml", eml | 0x03, fixture("corpus/complaint_sjis.eml"));
write("mail_reader", "support_mailbox.mbox", mbox | 0x05, fixture("corpus/support_mailbox.mbox"));
const multipart =
  'From: "Kim, A" <kim@x.example>\r\nTo: support@acme.example, "B" <b@x.example>\r\n' +
  "Cc: =?utf-8?Q?Caf=C3=A9_team?= <cafe@x.example>\r\nSubject: =?iso-2022-jp?b?GyRCMnJMcyRLJEQkJCRGGyhC?=\r\n" +
  " =?utf-8?B?8J+YgA==?=\r\nDate: Tue, 07 Jul 2026 13:08:00 +0900\r\nMessage-ID: <m1@x.example>\r\n" +
  'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n' +
  "--b1\r\nContent-Type: text/plain; charset=shift_jis\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
  "gqiQophigsmCyILBgsSCqILogtyCt4FCConwlvGC8Iyfk6KCtYLEgqKC3IK3gUIK\r\n" +
  "--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
  "<p>Caf=C3=A9 &amp; &#x1F600; &bogus;</p><blockquote>old<br>text</blockquote>=\r\n\r\n--b1--\r\n";
for (const [name, seed, body] of [
  ["multipart_alternative_sjis_base64", eml | 0x04, text(multipart)],
  ["mbox_two_messages_from_escaping", mbox | 0x02,
    text("From a@x.example Tue Jul  7 13:08:00 2026\nFrom: a@x.example\nSubject: one\n\n" +
      ">From here\n>>From there\nFrom the start\n\nFrom b@x.example Wed Jul  8 09:00:00 2026\n" +
      "From: B <b@x.example>\nSubject: two\n\nbody\n")],
  ["reply_with_quote", eml | 0x03,
    text("From: c@x.example\nSubject: Re: Order\nIn-Reply-To: <m1@x.example>\nReferences: <m0@x.example>\n" +
      " <m1@x.example>\n\nThanks, that works.\n\nOn Tue, 7 Jul 2026, Acme <s@acme.example> wrote:\n> Try again\n> please\n")],
  ["outlook_original_message", eml | 0x01,
    text("From: d@x.example\r\nSubject: FW\r\n\r\nSee below\r\n\r\n-----Original Message-----\r\nFrom: e\r\n" +
      "____\r\nFrom: f\r\n")],
  ["japanese_attribution", eml | 0x02,
    text("From: 山田 <y@x.example>\nSubject: 解約\n\n解約します。\n\n2026年7月7日 Acme さんは書きました:\n> 承知しました\n")],
  ["no_from_header", eml | 0x00, text("Subject: nobody\n\nbody without sender\n")],
  ["header_without_colon_and_folding", eml | 0x01,
    text("From: g@x.example\nThis is not a header\n\tfolded\nSubject:\n  folded subject\n\nbody\n")],
  ["broken_boundary", eml | 0x02,
    text('From: h@x.example\nContent-Type: multipart/mixed; boundary="never"\n\n--other\nContent-Type: text/plain\n\nx\n')],
  ["nested_multipart_attachment", eml | 0x05,
    text('From: i@x.example\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\n' +
      'Content-Type: multipart/alternative; boundary=inner\n\n--inner\nContent-Type: text/plain; charset="us-ascii"\n\n' +
      "hello\n--inner--\n--outer\nContent-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\n" +
      "attached\n--outer--\n")],
  ["encoded_words_broken", eml | 0x06,
    text("From: =?x-unknown?Q?a?= <j@x.example>\nSubject: =?utf-8?Q?broken =?utf-8?B?!!!?= =?utf-8?q?=ZZ?=\n\n=\n")],
  ["eight_bit_sjis_body", eml | 0x01,
    Buffer.concat([text("From: k@x.example\r\nContent-Type: text/plain; charset=Shift_JIS\r\n" +
      "Content-Transfer-Encoding: 8bit\r\n\r\n"), hex("89f096f182f08c9f93a282b582c482a282dc82b781420d0a")])],
  ["address_forms", eml | 0x00,
    text('From: k@x.example (Kay Comment)\nTo: undisclosed-recipients:;\nCc: "a, b" <ab@x.example>, <c@x.example>, d@x.example\nReply-To: group: e@x.example, f@x.example;\n\nx')],
  ["envelope_line_eml", eml | 0x00, text("From x@y Tue Jul  7 13:08:00 2026\nFrom: x@y\n\nz")],
  ["empty", mbox | 0x00, Buffer.alloc(0)],
]) {
  write("mail_reader", name, seed, body);
}

// ---- encoding: seed = encoding (low 3 bits: utf8, utf16le, utf16be, shift_jis, iso-2022-jp,
// euc-jp, windows-1252, 7 = detected), then splits and the sniffer's file name ---------------
const detected = 0x07;
for (const [file, seed] of [
  ["corpus/excel_unicode_survey.txt", detected | 0x08],
  ["corpus/googleforms_ja_sjis.csv", detected | 0x10],
  ["corpus/european_survey_semicolon.csv", detected | 0x20],
  ["corpus/social_mentions.ndjson", detected | 0x18],
  ["corpus/complaint_sjis.eml", detected | 0x30],
  ["surveys/googleforms_ja.csv", 0x00 | 0x08],
]) {
  write("encoding", path.basename(file), seed, fixture(file));
}
for (const [name, seed, body] of [
  ["shift_jis", 0x03, sjisCsv],
  ["shift_jis_detected", detected, sjisCsv],
  ["euc_jp", 0x05, eucJp],
  ["euc_jp_detected", detected | 0x08, eucJp],
  ["iso_2022_jp", 0x04, iso2022jp],
  ["iso_2022_jp_detected", detected | 0x28, iso2022jp],
  ["windows_1252", 0x06, cp1252],
  ["windows_1252_detected", detected, cp1252],
  ["utf16be_no_bom", detected, utf16be],
  ["utf16le_bom", 0x01, utf16le],
  ["utf16le_odd_length", 0x01, utf16le.subarray(0, utf16le.length - 1)],
  ["utf16_lone_surrogates", 0x01, hex("fffe3dd8410000dc42003dd8")],
  ["utf8_bom", 0x00, text("\ufeffNPS,Comment\n9,ok\n")],
  ["utf8_invalid_sequences", 0x00, hex("c0afe0808080eda080f4908080c3ffe282")],
  ["utf8_cut_at_end", 0x00, hex("41e38182e381")],
  ["iso_2022_jp_cut_escape", 0x04, hex("611b2428")],
  ["iso_2022_jp_0212", 0x04, hex("1b2428443021")],
  ["sjis_cut_lead_byte", 0x03, hex("82a082")],
  ["ndjson_sniff", 0x18, text('{"a":1}\n{"b":2}\n')],
  ["mbox_sniff", 0x28, text("From a@b Tue Jul  7 13:08:00 2026\nFrom: a@b\n\nx\n")],
  ["pipe_sniff", 0x00, text("a|b|c\n1|2|3\n4|5|6\n")],
]) {
  write("encoding", name, seed, body);
}

// ---- cells: seed = day order, numeric dates, zone offset, score range, label scale -----------
const cells = {
  iso_dates: "2024-06-11\n2024-06-11T14:03:00Z\n2025-01-04T16:29:13Z\n2024-06-11 14:03 JST\n2024-06-11T14:03:00+09:00\n9999-12-31T23:59:59+14:00\n0001-01-01",
  numeric_dates: "11/06/2024\n13/06/2024\n6/11/2024 2:03 PM\n11.06.2024\n11-Jun-24\nJun 11, 2024\n14/Jun/24 10:00 AM",
  mail_dates: "Tue, 07 Jul 2026 13:08:00 +0000\nWed, 8 Jul 2026 09:00:00 -0700 (PDT)\nThu, 09 Jul 2026 10:00 GMT",
  japanese_dates: "2024年6月11日\n２０２４－０６－１１\n2024/06/11 14:03\n令和6年6月11日\n2024年6月11日(火) 14時03分",
  unix_and_excel: "1718114580\n1718114580000\n45454.5854166\n45454\n60\n1.5\n99999999999",
  impossible_dates: "2024-02-30\n2024-06-11 25:00\n2023-02-29\n2024-13-01\n-2024-01-01\n2024-06-11T24:00:00Z",
  nps_scores: "9\n 9 \n10 - Extremely likely\n９\n9.0\n0 - Not at all likely\n10 (Promoter)\n7: Neutral",
  invalid_scores: "N/A\n7.5\n11\nabc\n-1\n\n   \n\u3000\n99999999999999999999",
  csat_labels: "Very satisfied\nSatisfied\nNeutral\nDissatisfied\nVery dissatisfied\ngood\nbad\noffered\nunoffered",
  japanese_labels: "非常に満足\n満足\nやや満足\nどちらでもない\nやや不満\n不満\n非常に不満\n未提供",
  agreement_labels: "Strongly agree\nAgree\nSomewhat agree\nNeither agree nor disagree\nDisagree\nStrongly disagree",
};
let cellSeed = 0;
for (const [name, body] of Object.entries(cells)) {
  write("cells", name, cellSeed, text(body));
  cellSeed += 0x17; // walks day order, numeric, offset, range and scale across the files
}

// ---- analysis_options: the options JSON itself, no seed byte --------------------------------
for (const [name, body] of [
  ["empty_object", "{}"],
  ["blank", " \n"],
  ["as_of", '{"as_of":"2026-11-25"}'],
  ["all_scalars",
    '{"as_of":"2026-11-25","calibration_end":"2026-06-30","horizon_weeks":52,"max_issues_per_source":10,' +
      '"mapping_sample_rows":200,"max_profiles":5000,"influencer_min_followers":1000.5}'],
  ["lists", '{"competitors":["Rival|rival.example","Other"],"own_accounts":["@acme"],"company_domains":["Acme.example",3]}'],
  ["mapping",
    '{"mapping":{"survey.csv":{"kind":"survey_responses","encoding":"shift_jis","delimiter":";",' +
      '"columns":{"Q1":"score_nps","Memo":"ignore"}}}}'],
  ["lexicon_routes_model",
    '{"lexicon":{"language":"en","categories":{"churn_risk":{"phrases":["cancel * subscription"]}}},' +
      '"routes":{"rules":[{"match":{"type":"churn_risk"},"team":"renewals","due_days":14}]},"model":{}}'],
  ["bad_values", '{"as_of":"2026-13-45","horizon_weeks":0,"max_profiles":-1}'],
  ["unknown_key", '{"colour":"red"}'],
  ["not_an_object", '["as_of"]'],
  ["truncated", '{"as_of":"2026-'],
  ["deep", '{"lexicon":' + '{"a":'.repeat(300) + "1" + "}".repeat(301)],
]) {
  write("analysis_options", name, null, text(body));
}

// ---- analysis: seed = file extension (low 3 bits: csv, tsv, json, ndjson, mbox, eml, txt,
// jsonl) and 1-3 chunks -------------------------------------------------------------------
const ext = { csv: 0, tsv: 1, json: 2, ndjson: 3, mbox: 4, eml: 5, txt: 6, jsonl: 7 };
for (const [file, seed, limit] of [
  ["surveys/survey_bom_crlf.csv", ext.csv | 0x08, maxBytes],
  ["surveys/googleforms_ja.csv", ext.csv | 0x10, maxBytes],
  ["surveys/ragged_unterminated.csv", ext.csv, maxBytes],
  ["surveys/orders_no_nps.csv", ext.csv | 0x28, maxBytes],
  ["corpus/typeform_nps.csv", ext.csv | 0x08, 2048],
  ["corpus/shopify_orders.csv", ext.csv | 0x10, 2048],
  ["corpus/stripe_subscriptions.csv", ext.csv | 0x30, 2048],
  ["corpus/stripe_payments.csv", ext.csv | 0x08, 2048],
  ["corpus/zendesk_tickets.csv", ext.csv | 0x10, 2048],
  ["corpus/surveymonkey_csat.csv", ext.csv, 2048],
  ["corpus/salesforce_campaign_members.csv", ext.csv | 0x08, 2048],
  ["corpus/googleforms_ja_sjis.csv", ext.csv | 0x10, maxBytes],
  ["corpus/excel_unicode_survey.txt", ext.txt | 0x08, maxBytes],
  ["corpus/social_mentions.ndjson", ext.ndjson | 0x10, 2048],
  ["corpus/complaint_sjis.eml", ext.eml, maxBytes],
  ["corpus/support_mailbox.mbox", ext.mbox | 0x08, 2048],
  ["vendors/zendesk-json/tickets.json", ext.json | 0x10, 2048],
  ["vendors/amazon-reviews/feedback.txt", ext.tsv | 0x08, maxBytes],
]) {
  write("analysis", path.basename(file), seed, fixture(file, limit));
}
for (const [name, seed, body] of [
  ["nps_hand_count", ext.csv, text("Email,NPS,Date\na@x.example,9,2026-01-05\nb@x.example,6,2026-02-05\nc@x.example,10,2026-03-05\n")],
  ["one_answer_each_month", ext.csv | 0x10,
    text("email,How likely are you to recommend us?,submitted_at\n" +
      Array.from({ length: 12 }, (_, i) => `u${i}@x.example,${i % 11},2026-${String(i + 1).padStart(2, "0")}-01`).join("\n"))],
  ["orders_and_refunds", ext.csv | 0x08,
    text("Name,Email,Financial Status,Total,Created at\n#1,a@x.example,paid,10,2026-01-01\n#2,a@x.example,refunded,-10,2026-01-02\n#3,b@x.example,paid,0,2026-01-03\n")],
  ["subscriptions_same_day", ext.csv,
    text("id,customer_email,status,plan_amount,plan_interval,created,canceled_at\ns1,a@x.example,canceled,10,month,2026-01-01,2026-01-01\ns2,b@x.example,active,0,year,2026-01-01,\n")],
  ["header_only", ext.csv, text("NPS,Comment\n")],
  ["one_column_no_header", ext.csv | 0x08, text("9\n")],
  ["ndjson_mentions", ext.ndjson,
    text('{"author":"@fan","followers":1e308,"text":"moving to Rival, cancel my subscription","created_at":"2026-01-01"}\n')],
  ["empty", ext.csv, Buffer.alloc(0)],
]) {
  write("analysis", name, seed, body);
}

for (const [target, count] of Object.entries(written)) console.log(`${target}: ${count} files`);
