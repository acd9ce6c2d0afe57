// CustomerGraph: links events that share a key into customers (union-find) and folds each
// customer's events into a profile, streaming, one event at a time.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "cxs/detail/key_interner.hpp"
#include "cxs/events.hpp"

namespace cxs {

struct TimelineEntry {
  std::optional<std::int64_t> time;
  SourceKind kind = SourceKind::unknown;
  std::uint32_t source = 0;
  std::uint64_t row = 0;
  std::string text;
};

struct CustomerProfile {
  std::string id;                 ///< "c-" + hash of the smallest key: stable across runs
  std::vector<std::string> keys;  ///< sorted
  std::vector<std::string> emails;
  std::vector<std::string> names;
  std::vector<std::uint32_t> sources;
  std::optional<std::int64_t> first_seen, last_seen;
  std::uint64_t orders = 0;
  std::map<std::string, double> revenue;  ///< order totals per currency
  std::map<std::string, double> paid;     ///< successful payments per currency
  std::uint64_t payments_failed = 0;
  std::uint64_t tickets = 0;    ///< tickets and conversations
  std::uint64_t responses = 0;  ///< survey answers
  std::uint64_t mentions = 0;
  std::optional<int> last_nps;
  std::optional<int> last_csat;
  std::string subscription_status;
  std::string plan;
  std::vector<TimelineEntry> timeline;  ///< newest last, at most max_timeline entries
};

class CustomerGraph {
 public:
  /// `max_timeline`: newest events kept per customer. Everything else is folded into
  /// counters as events arrive, so memory grows with customers, not with rows.
  explicit CustomerGraph(std::size_t max_timeline = 50) : max_timeline_(max_timeline) {}

  /// Returned by add() for an event without keys.
  static constexpr std::uint32_t no_node = UINT32_MAX;
  /// Adds one event: its keys are linked, its facts folded into its customer. An event
  /// without keys (an anonymous answer) adds nothing here. Returns the graph node the event
  /// was attached to (or no_node), which customers() later maps to its customer.
  std::uint32_t add(const Event& event);
  /// Addresses that are the company's own (staff, support mailboxes): never customers.
  void add_company_email(const std::string& email);
  void add_company_domain(const std::string& domain);

  struct Customers {
    std::size_t count = 0;                  ///< every distinct customer
    std::vector<CustomerProfile> profiles;  ///< the first `limit`, by smallest key
    /// node (as returned by add()) → customer index in smallest-key order, for every
    /// customer (not only the listed ones); -1 for company and mention-only nodes.
    std::vector<std::int32_t> customer_of_node;
    std::vector<std::string> ids;  ///< every customer's stable id, by customer index
  };
  /// The customers, in the order of their smallest key. A customer holding a company
  /// address, or seen only in social mentions, is not one. Only the first `limit` profiles
  /// are built; the count covers them all.
  Customers customers(std::size_t limit) const;

  /// The customer index of `node` in Customers::customer_of_node, or -1 for a node that is
  /// no customer's (or no node at all: an anonymous event).
  static std::int32_t customer_at(std::span<const std::int32_t> customer_of_node,
                                  std::uint32_t node) {
    return node < customer_of_node.size() ? customer_of_node[node] : -1;
  }

 private:
  std::uint32_t node_for(std::string_view key);
  std::uint32_t find(std::uint32_t node) const;
  void unite(std::uint32_t a, std::uint32_t b);

  /// A value with the (time, arrival) order that decides which one is the latest.
  template <typename T>
  struct Latest {
    std::optional<T> value;
    std::int64_t time = INT64_MIN;
    std::uint64_t seq = 0;
    void offer(T v, std::int64_t t, std::uint64_t s) {
      if (!value || t > time || (t == time && s > seq)) {
        value = std::move(v);
        time = t;
        seq = s;
      }
    }
    void merge(const Latest& other) {
      if (other.value) offer(*other.value, other.time, other.seq);
    }
  };
  /// A timeline entry as kept: its text lives in texts_, once.
  struct Stamped {
    std::int64_t time;  ///< kNoTime without a time
    std::uint64_t seq;
    std::uint64_t row;
    std::uint64_t text_at;
    std::uint32_t text_size;
    std::uint32_t source;
    SourceKind kind;
  };
  /// Stamped::time of an event without a time: sorts first, as the timeline wants.
  static constexpr std::int64_t kNoTime = INT64_MIN;
  /// What the events attached to one node said, folded as they arrived: plain numbers, one
  /// flat column entry per node. Emails, names and sources are chained in attributes_; orders,
  /// payments and subscriptions, which most nodes of a survey never have, in commerce_.
  struct NodeFacts {
    std::int64_t first_seen = INT64_MAX, last_seen = INT64_MIN;  ///< sentinels: none yet
    std::uint64_t payments_failed = 0, tickets = 0, responses = 0, mentions = 0;
    Latest<int> nps, csat;
    std::uint32_t first_attribute = no_node;  ///< head of this node's chain in attributes_
    std::uint32_t commerce = no_node;         ///< index in commerce_, or none
    bool only_mentions = true;
  };
  enum class AttributeKind : std::uint8_t { email, email_key, name, source };
  /// One distinct (node, email | name | source) pair; `value` is a values_ id, a keys_ id
  /// (email_key: an address that is also a key) or a source.
  struct Attribute {
    std::uint32_t value;
    std::uint32_t next;  ///< the node's next attribute, or no_node
    AttributeKind kind;
  };
  struct Commerce {
    std::set<std::string> order_ids;
    std::map<std::string, double> revenue, paid;
    Latest<std::pair<std::string, std::string>> subscription;  ///< status, plan
  };
  /// The merged view of a listed customer's nodes.
  struct Merged {
    std::vector<std::string> emails, names;
    std::vector<std::uint32_t> sources;
    NodeFacts facts;
    Commerce commerce;
    std::vector<Stamped> timeline;
  };
  void add_attribute(std::uint32_t node, AttributeKind kind, std::uint32_t value);
  void merge_into(Merged& into, std::uint32_t node) const;
  /// Keeps the newest max_timeline entries, oldest first; returns the text bytes dropped.
  std::uint64_t trim(std::vector<Stamped>& timeline) const;
  void compact_texts();
  static constexpr std::uint64_t kCompactMinBytes = 1 << 16;
  std::string text_of(const Stamped& entry) const {
    return texts_.substr(entry.text_at, entry.text_size);
  }

  std::size_t max_timeline_;
  std::uint64_t seq_ = 0;
  detail::KeyInterner keys_;    ///< customer keys; a key's id is its graph node
  detail::KeyInterner values_;  ///< emails and names as written, one copy each
  mutable std::vector<std::uint32_t> parent_;
  std::vector<std::uint8_t> rank_;  ///< union by rank: ranks stay below 32
  std::vector<NodeFacts> facts_;
  std::vector<Attribute> attributes_;
  std::vector<Commerce> commerce_;
  std::vector<std::vector<Stamped>> timelines_;  ///< by node, newest max_timeline..2×, unsorted
  std::string texts_;                            ///< timeline texts, back to back
  std::uint64_t dead_text_bytes_ = 0;            ///< of texts_, no longer in any timeline
  // Transparent: customers() asks with views of the interned keys, without copying each.
  std::set<std::string, std::less<>> company_emails_;
  std::set<std::string, std::less<>> company_domains_;
};

}  // namespace cxs
