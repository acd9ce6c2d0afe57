// CustomerGraph: events sharing a key are one customer; facts fold into the profile; the
// latest answer is decided by (time, arrival); timelines keep the newest entries. Every
// expected value is counted by hand from the events written here.
#include "cxs/customer_graph.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using cxs::CustomerGraph;
using cxs::Event;
using cxs::SourceKind;

Event answer(std::vector<std::string> keys, std::int64_t time, int nps, std::string text = "") {
  Event e;
  e.kind = SourceKind::survey_responses;
  e.keys = std::move(keys);
  for (const std::string& key : e.keys)
    if (key.find('@') != std::string::npos) e.emails.push_back(key);
  e.time = time;
  e.nps = nps;
  e.text = std::move(text);
  return e;
}

TEST(CustomerGraphTest, a_shared_key_joins_two_events_into_one_customer) {
  CustomerGraph graph;
  graph.add(answer({"a@x.example"}, 100, 9));
  graph.add(answer({"b@x.example", "id:7"}, 50, 3));
  graph.add(answer({"id:7", "a@x.example"}, 75, 6));  // links the two
  graph.add(answer({"c@y.example"}, 10, 10));
  const auto customers = graph.customers(10);
  ASSERT_EQ(customers.count, 2u);
  const auto& ab = customers.profiles[0];  // smallest key "a@x.example"
  EXPECT_EQ(ab.keys, (std::vector<std::string>{"a@x.example", "b@x.example", "id:7"}));
  EXPECT_EQ(ab.emails, (std::vector<std::string>{"a@x.example", "b@x.example"}));
  EXPECT_EQ(ab.responses, 3u);
  EXPECT_EQ(ab.first_seen, 50);
  EXPECT_EQ(ab.last_seen, 100);
  EXPECT_EQ(ab.last_nps, 9);  // the answer at t=100, though it arrived first
  EXPECT_EQ(customers.profiles[1].keys, (std::vector<std::string>{"c@y.example"}));
}

TEST(CustomerGraphTest, at_equal_times_the_later_arrival_is_the_latest) {
  CustomerGraph graph;
  graph.add(answer({"a@x.example"}, 100, 2));
  graph.add(answer({"a@x.example"}, 100, 8));
  EXPECT_EQ(graph.customers(1).profiles[0].last_nps, 8);
}

TEST(CustomerGraphTest, company_addresses_and_mention_only_authors_are_not_customers) {
  CustomerGraph graph;
  graph.add_company_domain("ours.example");
  graph.add(answer({"staff@ours.example", "id:1"}, 1, 5));
  Event mention;
  mention.kind = SourceKind::mentions;
  mention.keys = {"@fan"};
  mention.time = 5;
  graph.add(mention);
  graph.add(answer({"d@z.example"}, 2, 7));
  const auto customers = graph.customers(10);
  ASSERT_EQ(customers.count, 1u);
  EXPECT_EQ(customers.profiles[0].keys.front(), "d@z.example");
}

TEST(CustomerGraphTest, the_timeline_keeps_the_newest_entries_oldest_first) {
  CustomerGraph graph(3);
  for (int i = 0; i < 10; ++i)
    graph.add(answer({"a@x.example"}, 1000 - i, 5, "t" + std::to_string(i)));
  // Held by value: a reference into the temporary's profiles dangled (ASan, heap-use-after-free).
  const auto customers = graph.customers(1);
  const auto& timeline = customers.profiles[0].timeline;
  ASSERT_EQ(timeline.size(), 3u);  // times run 1000 down to 991: the newest are 1000, 999, 998
  EXPECT_EQ(timeline[0].text, "t2");
  EXPECT_EQ(timeline[1].text, "t1");
  EXPECT_EQ(timeline[2].text, "t0");
  EXPECT_EQ(timeline[2].time, 1000);
}

// Thousands of events per customer with a short timeline: the texts of trimmed entries are
// dropped from the graph's text buffer along the way, and the kept entries keep their own text.
TEST(CustomerGraphTest, timelines_keep_their_texts_through_many_trims) {
  CustomerGraph graph(2);
  const auto said = [](const char* who, int i) {
    return std::string(who) + " said " + std::to_string(i) + std::string(100, '.');
  };
  for (int i = 0; i < 5000; ++i) {
    // c's two entries arrive after a and b have left dead text behind, and are never trimmed:
    // they must keep their own text through every compaction that follows.
    if (i == 1000) {
      graph.add(answer({"c@x.example"}, 1, 5, "c's first"));
      graph.add(answer({"c@x.example"}, 2, 5, "c's second"));
    }
    for (const char* who : {"a@x.example", "b@x.example"})
      graph.add(answer({who}, i, 5, said(who, i)));
  }
  const auto customers = graph.customers(3);
  ASSERT_EQ(customers.profiles.size(), 3u);
  const auto& c = customers.profiles[2].timeline;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].text, "c's first");
  EXPECT_EQ(c[1].text, "c's second");
  for (const auto& profile : {customers.profiles[0], customers.profiles[1]}) {
    ASSERT_EQ(profile.timeline.size(), 2u);
    EXPECT_EQ(profile.timeline[0].text, said(profile.keys[0].c_str(), 4998));
    EXPECT_EQ(profile.timeline[1].text, said(profile.keys[0].c_str(), 4999));
  }
}

TEST(CustomerGraphTest, revenue_is_summed_per_currency_and_orders_counted_once) {
  CustomerGraph graph;
  for (const auto& [id, amount, currency] :
       {std::tuple{"1", 10.5, "USD"}, std::tuple{"2", 4.5, "USD"}, std::tuple{"1", 10.5, "USD"},
        std::tuple{"3", 7.0, "EUR"}}) {
    Event order;
    order.kind = SourceKind::orders;
    order.keys = {"a@x.example"};
    order.emails = {"a@x.example"};
    order.order_id = id;
    order.amount = amount;
    order.currency = currency;
    graph.add(order);
  }
  const auto customers = graph.customers(1);
  const auto& profile = customers.profiles[0];
  EXPECT_EQ(profile.orders, 3u);  // order "1" appears twice
  EXPECT_DOUBLE_EQ(profile.revenue.at("USD"), 25.5);
  EXPECT_DOUBLE_EQ(profile.revenue.at("EUR"), 7.0);
}

}  // namespace
