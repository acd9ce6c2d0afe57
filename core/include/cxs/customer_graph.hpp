// CustomerGraph: links events that share a key into customers (union-find) and folds each
// customer's events into a profile, streaming, one event at a time.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

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
  /// Adds one event: its keys are linked, its facts folded into its customer. An event
  /// without keys (an anonymous answer) adds nothing here.
  void add(const Event& event);
  /// Addresses that are the company's own (staff, support mailboxes): never customers.
  void add_company_email(const std::string& email);
  void add_company_domain(const std::string& domain);

  /// Every customer, sorted by id. Keys on company domains are dropped first, and a
  /// customer left with no key is no customer.
  std::vector<CustomerProfile> profiles(std::size_t max_timeline) const;

 private:
  std::uint32_t node_for(const std::string& key);
  std::uint32_t find(std::uint32_t node) const;
  void unite(std::uint32_t a, std::uint32_t b);

  struct Partial {
    std::set<std::string> emails, names, order_ids;
    std::set<std::uint32_t> sources;
    std::vector<Event> events;  ///< trimmed: the fields profiles need, newest kept
  };
  std::unordered_map<std::string, std::uint32_t> key_nodes_;
  std::vector<std::string> node_keys_;
  mutable std::vector<std::uint32_t> parent_;
  std::vector<std::uint32_t> rank_;
  std::vector<Partial> partial_;  ///< per node: what events attached to that node said
  std::set<std::string> company_emails_;
  std::set<std::string> company_domains_;
};

}  // namespace cxs
