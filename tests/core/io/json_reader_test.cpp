// JsonReader: wrappers, side-loading, NDJSON, flattening, recovery, and chunk-size independence.
#include "cxs/json_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "support/feed_in_chunks.hpp"

namespace {

struct Record {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string collection;
  cxs::SourceRef at;

  std::string get(std::string_view key) const {
    for (const auto& [k, v] : fields) {
      if (k == key) return v;
    }
    return "<absent>";
  }
  std::vector<std::string> keys() const {
    std::vector<std::string> out;
    for (const auto& field : fields) out.push_back(field.first);
    return out;
  }
};

struct Collected : cxs::JsonRecordSink {
  std::vector<Record> records;
  std::vector<cxs::Issue> issues;
  void on_record(const cxs::JsonRecord& record) override {
    Record copy{{}, std::string(record.collection), record.at};
    for (const cxs::FlatField& field : record.fields)
      copy.fields.emplace_back(field.key, field.value);
    records.push_back(std::move(copy));
  }
  void on_issue(cxs::Issue issue) override { issues.push_back(std::move(issue)); }
};

Collected read_in_chunks(std::string_view text, std::size_t chunk_size,
                         cxs::JsonOptions options = {}) {
  cxs::JsonReader reader(options);
  Collected sink;
  cxs::test::feed_in_chunks(reader, text, chunk_size, sink);
  return sink;
}

Collected read_whole(std::string_view text, cxs::JsonOptions options = {}) {
  return read_in_chunks(text, text.size() + 1, options);
}

/// Everything the sink saw, as text, so a mismatch prints as a readable diff.
std::string render(const Collected& got) {
  std::string out;
  for (const Record& r : got.records) {
    out += "record " + std::to_string(r.at.row) + " line " + std::to_string(r.at.line) + " [" +
           r.collection + "]\n";
    for (const auto& [k, v] : r.fields) out += "  " + k + " = " + v + "\n";
  }
  for (const cxs::Issue& i : got.issues) {
    out += std::string("issue ") + cxs::to_string(i.code) + " row " + std::to_string(i.at.row) +
           " line " + std::to_string(i.at.line) + ": " + i.message + " | " + i.value + "\n";
  }
  return out;
}

using Keys = std::vector<std::string>;

// Zendesk Support list export, side-loaded: GET /api/v2/tickets.json?include=users.
constexpr std::string_view kZendesk = R"json({
  "tickets": [
    {
      "id": 35436,
      "subject": "Help, my printer is on fire!",
      "status": "open",
      "requester_id": 20978392,
      "tags": ["printer", "fire"],
      "via": {
        "channel": "email",
        "source": {"from": {"address": "ana@example.com", "name": "Ana"}, "to": {}, "rel": null}
      },
      "custom_fields": [{"id": 27642, "value": "745"}, {"id": 27648, "value": null}],
      "satisfaction_rating": {"score": "good", "comment": "Fixed \"fast\" {really} ]"}
    },
    {
      "id": 35437,
      "subject": "Refund",
      "status": "solved",
      "requester_id": 20978393,
      "tags": [],
      "via": {"channel": "web", "source": {"from": {}, "to": {}, "rel": null}},
      "custom_fields": [],
      "satisfaction_rating": null
    }
  ],
  "users": [
    {"id": 20978392, "name": "Ana", "email": "ana@example.com"},
    {"id": 20978393, "name": "Ben", "email": "ben@example.com"}
  ],
  "next_page": null,
  "previous_page": null,
  "count": 2
}
)json";

// By hand: 2 tickets (lines 3 and 16) then 2 users (lines 28, 29), ordinals 1-4 across both
// collections; next_page, previous_page and count are not records.
TEST(JsonReaderTest, zendesk_wrapper_gives_tickets_and_side_loaded_users) {
  const Collected got = read_whole(kZendesk);
  EXPECT_TRUE(got.issues.empty()) << render(got);
  ASSERT_EQ(got.records.size(), 4u) << render(got);
  const Record& t1 = got.records[0];
  EXPECT_EQ(t1.collection, "tickets");
  EXPECT_EQ(t1.at.row, 1u);
  EXPECT_EQ(t1.at.line, 3u);
  EXPECT_EQ(t1.keys(), (Keys{"id", "subject", "status", "requester_id", "tags", "via.channel",
                             "via.source.from.address", "via.source.from.name", "via.source.to",
                             "via.source.rel", "custom_fields[].id", "custom_fields[].value",
                             "satisfaction_rating.score", "satisfaction_rating.comment"}));
  EXPECT_EQ(t1.get("id"), "35436");
  EXPECT_EQ(t1.get("tags"), "printer\nfire");
  EXPECT_EQ(t1.get("via.source.from.address"), "ana@example.com");
  EXPECT_EQ(t1.get("via.source.to"), "");   // an empty object keeps its key
  EXPECT_EQ(t1.get("via.source.rel"), "");  // null keeps its key
  EXPECT_EQ(t1.get("custom_fields[].id"), "27642\n27648");
  EXPECT_EQ(t1.get("custom_fields[].value"), "745\n");
  EXPECT_EQ(t1.get("satisfaction_rating.comment"), "Fixed \"fast\" {really} ]");

  const Record& t2 = got.records[1];
  EXPECT_EQ(t2.at.row, 2u);
  EXPECT_EQ(t2.at.line, 16u);
  EXPECT_EQ(t2.get("tags"), "");
  EXPECT_EQ(t2.get("custom_fields"), "");
  EXPECT_EQ(t2.get("satisfaction_rating"), "");
  EXPECT_EQ(t2.get("via.source.from"), "");

  EXPECT_EQ(got.records[2].collection, "users");
  EXPECT_EQ(got.records[2].at.row, 3u);
  EXPECT_EQ(got.records[2].at.line, 28u);
  EXPECT_EQ(got.records[2].keys(), (Keys{"id", "name", "email"}));
  EXPECT_EQ(got.records[3].get("email"), "ben@example.com");
  EXPECT_EQ(got.records[3].at.row, 4u);
  EXPECT_EQ(got.records[3].at.line, 29u);
}

// Intercom GET /conversations with parts expanded; `pages` comes before the list.
constexpr std::string_view kIntercom = R"json({
  "type": "conversation.list",
  "pages": {"type": "pages", "page": 1, "per_page": 20, "total_pages": 1, "next": [{"x": 1}]},
  "total_count": 2,
  "conversations": [
    {
      "type": "conversation",
      "id": "1911149811",
      "created_at": 1539897198,
      "source": {"type": "conversation", "body": "<p>My order never arrived</p>", "author": {"type": "user", "email": "bob@example.com"}},
      "tags": {"type": "tag.list", "tags": [{"type": "tag", "name": "shipping"}]},
      "conversation_rating": {"rating": 4, "remark": null},
      "conversation_parts": {
        "type": "conversation_part.list",
        "conversation_parts": [
          {"part_type": "comment", "body": "<p>Sorry! Resending.</p>", "author": {"type": "admin", "id": "814860"}},
          {"part_type": "close", "body": null, "author": {"type": "admin", "id": "814860"}}
        ],
        "total_count": 2
      }
    },
    {"type": "conversation", "id": "1911149812", "created_at": 1539897200.5, "source": {"type": "email", "body": "Hi", "author": {"type": "lead", "email": null}}, "tags": {"type": "tag.list", "tags": []}, "conversation_parts": {"type": "conversation_part.list", "conversation_parts": [], "total_count": 0}}
  ]
}
)json";

// By hand: 2 conversations, lines 6 and 22. Arrays nested below depth 1 (pages.next, the
// parts) are fields of their record, never records themselves.
TEST(JsonReaderTest, intercom_conversations_flatten_nested_parts) {
  const Collected got = read_whole(kIntercom);
  EXPECT_TRUE(got.issues.empty()) << render(got);
  ASSERT_EQ(got.records.size(), 2u) << render(got);
  const Record& c1 = got.records[0];
  EXPECT_EQ(c1.collection, "conversations");
  EXPECT_EQ(c1.at.row, 1u);
  EXPECT_EQ(c1.at.line, 6u);
  EXPECT_EQ(c1.get("source.author.email"), "bob@example.com");
  EXPECT_EQ(c1.get("tags.tags[].name"), "shipping");
  EXPECT_EQ(c1.get("conversation_rating.rating"), "4");
  EXPECT_EQ(c1.get("conversation_rating.remark"), "");
  EXPECT_EQ(c1.get("conversation_parts.conversation_parts[].part_type"), "comment\nclose");
  EXPECT_EQ(c1.get("conversation_parts.conversation_parts[].body"), "<p>Sorry! Resending.</p>\n");
  EXPECT_EQ(c1.get("conversation_parts.conversation_parts[].author.id"), "814860\n814860");
  EXPECT_EQ(c1.get("conversation_parts.total_count"), "2");

  const Record& c2 = got.records[1];
  EXPECT_EQ(c2.at.row, 2u);
  EXPECT_EQ(c2.at.line, 22u);
  EXPECT_EQ(c2.get("created_at"), "1539897200.5");
  EXPECT_EQ(c2.get("source.author.email"), "");
  EXPECT_EQ(c2.get("tags.tags"), "");
  EXPECT_EQ(c2.get("conversation_parts.conversation_parts"), "");
}

// Social listening export, one mention per line; line 3 is blank and line 4 is malformed.
constexpr std::string_view kSocial =
    R"({"id":"m1","platform":"twitter","text":"Love the new app \u2764","author":{"handle":"@ana","followers":1200},"media":[{"type":"photo","url":"https://x.test/1.jpg"}]})"
    "\n"
    R"({"id":"m2","platform":"reddit","text":"Checkout keeps failing","score":12,"replies":[{"by":"u1","text":"same"},{"by":"u2"}]})"
    "\n"
    "\n"
    R"({"id":"m3","platform":"twitter","text":"broken" "oops"})"
    "\n"
    R"({"id":"m4","platform":"mastodon","text":"日本語のテキスト","sentiment":-0.5,"verified":false})"
    "\n";

// By hand: 4 non-blank lines → ordinals 1-4; the blank line takes no ordinal; m3 (row 3,
// line 4) is the issue and m1, m2, m4 still count.
TEST(JsonReaderTest, ndjson_mentions_keep_good_lines_around_a_malformed_one) {
  const Collected got = read_whole(kSocial);
  ASSERT_EQ(got.records.size(), 3u) << render(got);
  EXPECT_EQ(got.records[0].collection, "");
  EXPECT_EQ(got.records[0].get("text"), "Love the new app \xE2\x9D\xA4");
  EXPECT_EQ(got.records[0].get("author.handle"), "@ana");
  EXPECT_EQ(got.records[0].get("media[].url"), "https://x.test/1.jpg");  // a field, not records
  EXPECT_EQ(got.records[1].get("replies[].by"), "u1\nu2");
  EXPECT_EQ(got.records[1].get("replies[].text"), "same\n");
  EXPECT_EQ(got.records[2].get("text"), "日本語のテキスト");
  EXPECT_EQ(got.records[2].get("sentiment"), "-0.5");
  EXPECT_EQ(got.records[2].get("verified"), "false");
  EXPECT_EQ(got.records[0].at.row, 1u);
  EXPECT_EQ(got.records[1].at.row, 2u);
  EXPECT_EQ(got.records[2].at.row, 4u);
  EXPECT_EQ(got.records[2].at.line, 5u);
  ASSERT_EQ(got.issues.size(), 1u) << render(got);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::invalid_json);
  EXPECT_EQ(got.issues[0].at.row, 3u);
  EXPECT_EQ(got.issues[0].at.line, 4u);
  EXPECT_NE(got.issues[0].message.find("line 4"), std::string::npos) << got.issues[0].message;
  EXPECT_EQ(got.issues[0].value, R"({"id":"m3","platform":"twitter","text":"broken" "oops"})");
}

// Typeform Responses API `items`, saved as a bare array, with one stray string element.
constexpr std::string_view kTypeform = R"json([
  {"response_id": "a1", "submitted_at": "2024-03-01T10:00:00Z", "hidden": {"email": "ana@example.com"},
   "answers": [
     {"field": {"id": "nps", "type": "opinion_scale"}, "type": "number", "number": 9},
     {"field": {"id": "why", "type": "long_text"}, "type": "text", "text": "Fast support"}
   ]},
  {"response_id": "a2", "submitted_at": "2024-03-01T11:00:00Z", "hidden": {"email": "ben@example.com"},
   "answers": [
     {"field": {"id": "nps", "type": "opinion_scale"}, "type": "number", "number": 3},
     {"field": {"id": "plan", "type": "multiple_choice"}, "type": "choice", "choice": {"label": "Pro"}}
   ]},
  "not a response",
  {"response_id": "a4", "answers": [], "calculated": {"score": 0}}
]
)json";

// By hand: 4 elements → ordinals 1-4 at lines 2, 7, 12, 13; element 3 is a string → issue.
// Answer fields stay line-aligned: line i of every answers[] field is answer i.
TEST(JsonReaderTest, typeform_array_keeps_answer_lines_aligned) {
  const Collected got = read_whole(kTypeform);
  ASSERT_EQ(got.records.size(), 3u) << render(got);
  const Record& a1 = got.records[0];
  EXPECT_EQ(a1.at.line, 2u);
  EXPECT_EQ(a1.keys(),
            (Keys{"response_id", "submitted_at", "hidden.email", "answers[].field.id",
                  "answers[].field.type", "answers[].type", "answers[].number", "answers[].text"}));
  EXPECT_EQ(a1.get("answers[].field.id"), "nps\nwhy");
  EXPECT_EQ(a1.get("answers[].number"), "9\n");
  EXPECT_EQ(a1.get("answers[].text"), "\nFast support");
  const Record& a2 = got.records[1];
  EXPECT_EQ(a2.at.row, 2u);
  EXPECT_EQ(a2.at.line, 7u);
  EXPECT_EQ(a2.get("answers[].choice.label"), "\nPro");
  EXPECT_EQ(a2.get("answers[].text"), "<absent>");
  const Record& a4 = got.records[2];
  EXPECT_EQ(a4.at.row, 4u);
  EXPECT_EQ(a4.at.line, 13u);
  EXPECT_EQ(a4.get("answers"), "");
  EXPECT_EQ(a4.get("calculated.score"), "0");
  ASSERT_EQ(got.issues.size(), 1u) << render(got);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::not_an_object);
  EXPECT_EQ(got.issues[0].at.row, 3u);
  EXPECT_EQ(got.issues[0].at.line, 12u);
  EXPECT_EQ(got.issues[0].value, "\"not a response\"");
}

TEST(JsonReaderTest, unicode_escapes_surrogate_pairs_and_raw_japanese) {
  const Collected got = read_whole(
      R"([{"a":"\u3042","b":"\ud83d\ude00","c":"日本語","d":"tab\there \"q\" \\ \/","\u30ad\u30fc":"k"},)"
      R"({"lone":"\ud83d"}])");
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  EXPECT_EQ(got.records[0].get("a"), "\xE3\x81\x82");      // あ
  EXPECT_EQ(got.records[0].get("b"), "\xF0\x9F\x98\x80");  // 😀, one code point from the pair
  EXPECT_EQ(got.records[0].get("c"), "日本語");
  EXPECT_EQ(got.records[0].get("d"), "tab\there \"q\" \\ /");
  EXPECT_EQ(got.records[0].get("キー"), "k");
  ASSERT_EQ(got.issues.size(), 1u);  // a high surrogate alone is not valid JSON
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::invalid_json);
  EXPECT_EQ(got.issues[0].at.row, 2u);
}

TEST(JsonReaderTest, an_escaped_wrapper_member_name_is_unescaped_as_the_collection) {
  const Collected got = read_whole(R"({"\u30c1\u30b1\u30c3\u30c8":[{"件名":"返金"}]})");
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  EXPECT_EQ(got.records[0].collection, "チケット");
  EXPECT_EQ(got.records[0].get("件名"), "返金");
}

TEST(JsonReaderTest, scalars_read_as_nlohmann_prints_them) {
  const Collected got = read_whole(
      R"([{"i":1,"f":1.5,"g":2.50,"e":1e3,"neg":-7,"big":12345678901234567890,"t":true,"n":null}])");
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  const Record& r = got.records[0];
  EXPECT_EQ(r.get("i"), "1");
  EXPECT_EQ(r.get("f"), "1.5");
  EXPECT_EQ(r.get("g"), "2.5");
  EXPECT_EQ(r.get("e"), "1000.0");
  EXPECT_EQ(r.get("neg"), "-7");
  EXPECT_EQ(r.get("big"), "12345678901234567890");
  EXPECT_EQ(r.get("t"), "true");
  EXPECT_EQ(r.get("n"), "");
}

TEST(JsonReaderTest, mixed_and_nested_arrays_flatten_to_lines) {
  const Collected got =
      read_whole(R"([{"m":[1,{"a":"x"},[2,3],{"b":true}],"o":[{},{}],"w":[{"a":{"b":[1,2]}}]}])");
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  const Record& r = got.records[0];
  EXPECT_EQ(r.keys(), (Keys{"m", "m[].a", "m[].b", "o", "w[].a.b"}));
  EXPECT_EQ(r.get("m"), "1\n2\n3");  // the scalars, nested arrays line by line
  EXPECT_EQ(r.get("m[].a"), "x\n");  // one line per object element
  EXPECT_EQ(r.get("m[].b"), "\ntrue");
  EXPECT_EQ(r.get("o"), "");
  EXPECT_EQ(r.get("w[].a.b"), "1 2");  // one element, one line: its nested lines join
}

// A part body with its own line breaks (Intercom bodies may hold raw newlines) stays one line,
// so line i of the bodies is still the part whose author is line i of the author types.
TEST(JsonReaderTest, multi_line_values_in_arrays_of_objects_keep_lines_aligned) {
  const Collected got =
      read_whole(R"([{"parts":[{"body":"<p>Hi</p>\n<p>there</p>","author":{"type":"admin"}},)"
                 R"({"body":"line one\r\nline two","author":{"type":"user"}}]}])");
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  const Record& r = got.records[0];
  EXPECT_EQ(r.get("parts[].body"), "<p>Hi</p> <p>there</p>\nline one  line two");
  EXPECT_EQ(r.get("parts[].author.type"), "admin\nuser");
}

TEST(JsonReaderTest, a_top_level_object_without_collections_is_one_record) {
  const Collected got = read_whole(
      "{\n  \"id\": 7,\n  \"tags\": [\"a\", \"b\"],\n"
      "  \"meta\": {\"k\": [1, 2.5, true, null]}\n}\n");
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  EXPECT_TRUE(got.issues.empty()) << render(got);
  EXPECT_EQ(got.records[0].at.row, 1u);
  EXPECT_EQ(got.records[0].at.line, 1u);
  EXPECT_EQ(got.records[0].get("tags"), "a\nb");  // scalar arrays are attributes, not records
  EXPECT_EQ(got.records[0].get("meta.k"), "1\n2.5\ntrue\n");
}

TEST(JsonReaderTest, an_empty_page_has_no_records_and_no_issues) {
  const Collected got = read_whole(R"({"tickets":[],"next_page":null,"count":0})");
  EXPECT_TRUE(got.records.empty()) << render(got);
  EXPECT_TRUE(got.issues.empty()) << render(got);
}

TEST(JsonReaderTest, detects_the_layout_from_what_follows_the_first_object) {
  cxs::JsonReader reader;
  EXPECT_EQ(reader.layout(), cxs::JsonLayout::auto_detect);
  Collected sink;
  const std::string text = "{\"id\":1,\"parts\":[{\"a\":1}]}\n{\"id\":2}\n";
  reader.feed({reinterpret_cast<const std::uint8_t*>(text.data()), 10}, sink);
  EXPECT_EQ(reader.layout(), cxs::JsonLayout::auto_detect);  // still holding line 1
  EXPECT_TRUE(sink.records.empty());
  reader.feed({reinterpret_cast<const std::uint8_t*>(text.data()) + 10, text.size() - 10}, sink);
  reader.finish(sink);
  EXPECT_EQ(reader.layout(), cxs::JsonLayout::ndjson);
  ASSERT_EQ(sink.records.size(), 2u) << render(sink);
  EXPECT_EQ(sink.records[0].get("parts[].a"), "1");  // a line is a record, whatever it holds
  EXPECT_EQ(sink.records[1].at.line, 2u);

  // One line and nothing after it: a minified document, so its array member holds the records.
  const Collected minified = read_whole(R"({"tickets":[{"id":1},{"id":2}],"count":2})"
                                        "\n\n");
  ASSERT_EQ(minified.records.size(), 2u) << render(minified);
  EXPECT_EQ(minified.records[1].collection, "tickets");

  // Pretty-printed objects one after another are not NDJSON: the first is read, the rest reported.
  const Collected stream = read_whole("{\n  \"a\": 1\n}\n{\n  \"a\": 2\n}\n");
  ASSERT_EQ(stream.records.size(), 1u) << render(stream);
  ASSERT_EQ(stream.issues.size(), 1u) << render(stream);
  EXPECT_EQ(stream.issues[0].at.row, 0u);
  EXPECT_EQ(stream.issues[0].at.line, 4u);
}

TEST(JsonReaderTest, a_forced_layout_is_not_second_guessed) {
  const Collected ndjson =
      read_whole(R"({"tickets":[{"id":1},{"id":2}]})", {.layout = cxs::JsonLayout::ndjson});
  ASSERT_EQ(ndjson.records.size(), 1u) << render(ndjson);
  EXPECT_EQ(ndjson.records[0].get("tickets[].id"), "1\n2");

  const Collected array = read_whole("{\"a\":1}\n{\"a\":2}\n", {.layout = cxs::JsonLayout::array});
  EXPECT_EQ(array.records.size(), 1u) << render(array);
  ASSERT_EQ(array.issues.size(), 1u) << render(array);
  EXPECT_EQ(array.issues[0].code, cxs::IssueCode::invalid_json);
}

// By hand: elements 1, 3, 5 are good; 2 closes `[` with `}` and 4 lacks a comma inside.
TEST(JsonReaderTest, malformed_array_elements_are_skipped_and_reading_resumes) {
  const Collected got =
      read_whole(R"([{"id":1},{"id":2,"x":[1,2},{"id":3},{"id":4 "y":5},{"id":5}])");
  ASSERT_EQ(got.records.size(), 3u) << render(got);
  EXPECT_EQ(got.records[0].get("id"), "1");
  EXPECT_EQ(got.records[1].get("id"), "3");
  EXPECT_EQ(got.records[1].at.row, 3u);
  EXPECT_EQ(got.records[2].get("id"), "5");
  EXPECT_EQ(got.records[2].at.row, 5u);
  ASSERT_EQ(got.issues.size(), 2u) << render(got);
  EXPECT_EQ(got.issues[0].at.row, 2u);
  EXPECT_EQ(got.issues[1].at.row, 4u);
  EXPECT_EQ(got.issues[1].code, cxs::IssueCode::invalid_json);
}

// A string left open in pretty-printed JSON ends at its line break, so the brackets on the
// next lines still close element 2 and element 3 is read.
TEST(JsonReaderTest, an_unclosed_string_in_pretty_json_loses_only_its_element) {
  const Collected got = read_whole(
      "[\n  {\n    \"id\": 1\n  },\n  {\n    \"id\": 2,\n    \"note\": \"never closed,\n"
      "    \"x\": 1\n  },\n  {\n    \"id\": 3\n  }\n]\n");
  ASSERT_EQ(got.records.size(), 2u) << render(got);
  EXPECT_EQ(got.records[1].get("id"), "3");
  EXPECT_EQ(got.records[1].at.row, 3u);
  EXPECT_EQ(got.records[1].at.line, 10u);
  ASSERT_EQ(got.issues.size(), 1u) << render(got);
  EXPECT_EQ(got.issues[0].at.row, 2u);
  EXPECT_EQ(got.issues[0].at.line, 5u);
  EXPECT_NE(got.issues[0].message.find("line 7"), std::string::npos) << got.issues[0].message;
}

TEST(JsonReaderTest, broken_structure_between_records_stops_with_an_issue) {
  const Collected got = read_whole(R"([{"id":1}}, {"id":2}])");
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  ASSERT_EQ(got.issues.size(), 1u) << render(got);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::invalid_json);
  EXPECT_EQ(got.issues[0].at.row, 0u);  // about the document, not one record
}

TEST(JsonReaderTest, a_truncated_file_reports_the_cut_record) {
  const Collected got = read_whole("[{\"id\":1},\n{\"id\":2,\"te");
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  ASSERT_EQ(got.issues.size(), 1u) << render(got);
  EXPECT_EQ(got.issues[0].at.row, 2u);
  EXPECT_EQ(got.issues[0].at.line, 2u);
  const Collected unclosed = read_whole("{\"tickets\":[{\"id\":1}]");
  ASSERT_EQ(unclosed.records.size(), 1u) << render(unclosed);
  ASSERT_EQ(unclosed.issues.size(), 1u) << render(unclosed);
  EXPECT_EQ(unclosed.issues[0].at.row, 0u);
}

TEST(JsonReaderTest, records_over_max_record_bytes_are_skipped) {
  const cxs::JsonOptions small{.max_record_bytes = 20};
  const Collected array =
      read_whole(R"([{"id":1},{"id":2,"pad":"xxxxxxxxxxxxxxxxxxxx"},{"id":3}])", small);
  ASSERT_EQ(array.records.size(), 2u) << render(array);
  EXPECT_EQ(array.records[1].at.row, 3u);
  ASSERT_EQ(array.issues.size(), 1u) << render(array);
  EXPECT_EQ(array.issues[0].code, cxs::IssueCode::record_too_large);
  EXPECT_EQ(array.issues[0].at.row, 2u);

  const Collected lines =
      read_whole("{\"id\":1}\n{\"id\":2,\"pad\":\"xxxxxxxxxxxxxxxxxxxx\"}\n{\"id\":3}\n", small);
  ASSERT_EQ(lines.records.size(), 2u) << render(lines);
  ASSERT_EQ(lines.issues.size(), 1u) << render(lines);
  EXPECT_EQ(lines.issues[0].at.line, 2u);

  const Collected whole = read_whole(R"({"id":1,"pad":"xxxxxxxxxxxxxxxxxxxx"})", small);
  EXPECT_TRUE(whole.records.empty()) << render(whole);
  ASSERT_EQ(whole.issues.size(), 1u) << render(whole);
  EXPECT_EQ(whole.issues[0].code, cxs::IssueCode::record_too_large);
}

TEST(JsonReaderTest, a_record_nested_too_deep_is_refused_and_the_next_one_read) {
  std::string text = "[";
  for (int i = 0; i < 300; ++i) text += "{\"a\":";
  text += "1";
  for (int i = 0; i < 300; ++i) text += "}";
  text += ",{\"id\":2}]";
  const Collected got = read_whole(text);
  ASSERT_EQ(got.records.size(), 1u) << render(got);
  EXPECT_EQ(got.records[0].at.row, 2u);
  ASSERT_EQ(got.issues.size(), 1u) << render(got);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::record_too_large);
  EXPECT_EQ(got.issues[0].at.row, 1u);
}

TEST(JsonReaderTest, input_that_is_not_json_is_one_issue) {
  const Collected got = read_whole("id,name\n1,Ana\n");
  EXPECT_TRUE(got.records.empty());
  ASSERT_EQ(got.issues.size(), 1u);
  EXPECT_EQ(got.issues[0].code, cxs::IssueCode::invalid_json);
  EXPECT_TRUE(read_whole("").issues.empty());
  EXPECT_TRUE(read_whole(" \n\t\n").issues.empty());
}

// Property: records, ordinals, lines and issues do not depend on where the chunks are cut, from
// 1 byte (inside escapes, surrogate pairs, UTF-8 sequences, the BOM and CRLF) to the whole file.
struct ChunkCase {
  const char* name;
  std::string_view text;
  cxs::JsonOptions options;
};

// By hand: elements 1-7 at lines 2-8. 2 closes `[` with `}`; 3→4 lacks a comma (an issue, both
// read); 5 is a number; 7 is cut by the end of the file. Records: 1, 3, 4, 6.
constexpr std::string_view kAwkwardArray =
    "\xEF\xBB\xBF[\r\n"
    "  {\"id\":1,\"s\":\"a]}\\\"[{\\\\\"},\r\n"
    "  {\"id\":2,\"x\":[1,2},\r\n"
    "  {\"id\":3,\"u\":\"\\ud83d\\ude00 \xE3\x81\x82\"}\r\n"
    "  {\"id\":4},\r\n"
    "  42,\r\n"
    "  {\"id\":6,\"n\":{\"m\":[{\"k\":true},{\"k\":false}]}},\r\n"
    "  {\"id\":7,\"cut\":";

// By hand, one line (pending detection ends at max_record_bytes): tickets 1-3 and user 9 are
// ordinals 1-4; ticket 2 is too long; the string "oops" in a collection is not a record.
constexpr std::string_view kAwkwardMinified =
    R"({"count":3,"tickets":[{"id":1,"subject":"x, [y]"},{"id":2,"body":")"
    "0123456789012345678901234567890123456789012345678901234567890123456789"
    R"("},"oops",{"id":3,"t":"\u00e9\"]"}],"users":[{"id":9}],"next_page":null})"
    "\n";

// By hand: line 1 row 1; lines 2-3 blank; line 4 row 2 (an array); line 5 row 3 (too long);
// line 6 row 4; line 7 row 5 (invalid); line 8 row 6, with no final line break.
constexpr std::string_view kAwkwardNdjson =
    "{\"id\":1,\"parts\":[{\"b\":\"x\"},{\"b\":\"y\"}]}\r\n"
    "\r\n"
    "   \r\n"
    "[1,2]\r\n"
    "{\"id\":2,\"long\":\"0123456789012345678901234567890123456789012345678901234567890123\"}\r\n"
    "{\"id\":3,\"s\":\"\\u3042 \\\"}{\\\"\"}\r\n"
    "{bad json}\r\n"
    "{\"id\":4}";

const ChunkCase kChunkCases[] = {
    {"zendesk", kZendesk, {}},
    {"intercom", kIntercom, {}},
    {"social", kSocial, {}},
    {"typeform", kTypeform, {}},
    {"awkward_array", kAwkwardArray, {}},
    {"awkward_minified", kAwkwardMinified, {.max_record_bytes = 60}},
    {"awkward_ndjson", kAwkwardNdjson, {.max_record_bytes = 80}},
};

TEST(JsonReaderTest, awkward_fixtures_read_as_counted_by_hand) {
  const Collected array = read_whole(kAwkwardArray);
  ASSERT_EQ(array.records.size(), 4u) << render(array);
  EXPECT_EQ(array.records[0].get("s"), "a]}\"[{\\");
  EXPECT_EQ(array.records[0].at.line, 2u);
  EXPECT_EQ(array.records[1].get("u"), "\xF0\x9F\x98\x80 \xE3\x81\x82");
  EXPECT_EQ(array.records[1].at.row, 3u);
  EXPECT_EQ(array.records[2].at.row, 4u);
  EXPECT_EQ(array.records[3].get("n.m[].k"), "true\nfalse");
  EXPECT_EQ(array.records[3].at.line, 7u);
  ASSERT_EQ(array.issues.size(), 4u) << render(array);
  EXPECT_EQ(array.issues[0].at.row, 2u);  // [1,2}
  EXPECT_EQ(array.issues[1].at.row, 4u);  // missing comma, reported before record 4
  EXPECT_EQ(array.issues[2].code, cxs::IssueCode::not_an_object);
  EXPECT_EQ(array.issues[2].at.row, 5u);
  EXPECT_EQ(array.issues[3].at.row, 7u);  // cut by the end of the file
  EXPECT_EQ(array.issues[3].at.line, 8u);

  const Collected minified = read_whole(kAwkwardMinified, {.max_record_bytes = 60});
  ASSERT_EQ(minified.records.size(), 3u) << render(minified);
  EXPECT_EQ(minified.records[1].get("t"), "\xC3\xA9\"]");
  EXPECT_EQ(minified.records[1].at.row, 3u);
  EXPECT_EQ(minified.records[2].collection, "users");
  EXPECT_EQ(minified.records[2].at.row, 4u);
  ASSERT_EQ(minified.issues.size(), 1u) << render(minified);
  EXPECT_EQ(minified.issues[0].code, cxs::IssueCode::record_too_large);
  EXPECT_EQ(minified.issues[0].at.row, 2u);

  const Collected ndjson = read_whole(kAwkwardNdjson, {.max_record_bytes = 80});
  ASSERT_EQ(ndjson.records.size(), 3u) << render(ndjson);
  EXPECT_EQ(ndjson.records[0].get("parts[].b"), "x\ny");
  EXPECT_EQ(ndjson.records[1].get("s"), "\xE3\x81\x82 \"}{\"");
  EXPECT_EQ(ndjson.records[1].at.row, 4u);
  EXPECT_EQ(ndjson.records[1].at.line, 6u);
  EXPECT_EQ(ndjson.records[2].at.row, 6u);
  EXPECT_EQ(ndjson.records[2].at.line, 8u);
  ASSERT_EQ(ndjson.issues.size(), 3u) << render(ndjson);
  EXPECT_EQ(ndjson.issues[0].code, cxs::IssueCode::not_an_object);
  EXPECT_EQ(ndjson.issues[0].at.line, 4u);
  EXPECT_EQ(ndjson.issues[1].code, cxs::IssueCode::record_too_large);
  EXPECT_EQ(ndjson.issues[1].at.row, 3u);
  EXPECT_EQ(ndjson.issues[2].code, cxs::IssueCode::invalid_json);
  EXPECT_EQ(ndjson.issues[2].at.line, 7u);
}

class JsonChunking : public ::testing::TestWithParam<std::tuple<std::size_t, std::size_t>> {};

TEST_P(JsonChunking, records_do_not_depend_on_chunk_size) {
  const auto [which, size] = GetParam();
  const ChunkCase& c = kChunkCases[which];
  const std::string whole = render(read_whole(c.text, c.options));
  EXPECT_EQ(render(read_in_chunks(c.text, size, c.options)), whole) << c.name << " in " << size;
}

std::size_t longest_case() {
  std::size_t longest = 0;
  for (const ChunkCase& c : kChunkCases) longest = std::max(longest, c.text.size());
  return longest;
}

INSTANTIATE_TEST_SUITE_P(EverySize, JsonChunking,
                         ::testing::Combine(::testing::Range<std::size_t>(0,
                                                                          std::size(kChunkCases)),
                                            ::testing::Range<std::size_t>(1, longest_case() + 2)));

}  // namespace
