// Union-find over customer keys (Tarjan 1975: union by rank, path compression) with
// per-node partial profiles merged when the customers are read out.
#include "cxs/customer_graph.hpp"

#include <algorithm>

#include "cxs/customer_keys.hpp"

namespace cxs {
namespace {

/// FNV-1a, 64-bit: a stable, platform-independent id for a customer from its smallest key.
std::string stable_id(const std::string& key) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "c-";
  for (int shift = 60; shift >= 32; shift -= 4) out.push_back(kHex[(hash >> shift) & 0xF]);
  return out;
}

bool later(const std::optional<std::int64_t>& a, const std::optional<std::int64_t>& b) {
  return a.value_or(INT64_MIN) > b.value_or(INT64_MIN);
}

}  // namespace

std::uint32_t CustomerGraph::node_for(const std::string& key) {
  const auto [it, inserted] =
      key_nodes_.try_emplace(key, static_cast<std::uint32_t>(parent_.size()));
  if (inserted) {
    parent_.push_back(it->second);
    rank_.push_back(0);
    node_keys_.push_back(key);
    partial_.emplace_back();
  }
  return it->second;
}

std::uint32_t CustomerGraph::find(std::uint32_t node) const {
  while (parent_[node] != node) {
    parent_[node] = parent_[parent_[node]];
    node = parent_[node];
  }
  return node;
}

void CustomerGraph::unite(std::uint32_t a, std::uint32_t b) {
  a = find(a);
  b = find(b);
  if (a == b) return;
  if (rank_[a] < rank_[b]) std::swap(a, b);
  parent_[b] = a;
  if (rank_[a] == rank_[b]) ++rank_[a];
}

void CustomerGraph::add(const Event& event) {
  if (event.keys.empty()) return;
  const std::uint32_t first = node_for(event.keys.front());
  for (std::size_t i = 1; i < event.keys.size(); ++i) unite(first, node_for(event.keys[i]));
  Partial& partial = partial_[first];
  partial.emails.insert(event.emails.begin(), event.emails.end());
  if (!event.name.empty()) partial.names.insert(event.name);
  partial.sources.insert(event.source);
  if (event.kind == SourceKind::orders && !event.order_id.empty()) {
    partial.order_ids.insert(std::to_string(event.source) + ":" + event.order_id);
  }
  Event kept = event;
  kept.keys.clear();
  kept.emails.clear();
  kept.name.clear();
  if (kept.text.size() > 160) kept.text.resize(160);
  partial.events.push_back(std::move(kept));
}

void CustomerGraph::add_company_email(const std::string& email) { company_emails_.insert(email); }
void CustomerGraph::add_company_domain(const std::string& domain) {
  company_domains_.insert(domain);
}

std::vector<CustomerProfile> CustomerGraph::profiles(std::size_t max_timeline) const {
  auto is_company = [&](const std::string& key) {
    return company_emails_.count(key) > 0 ||
           (key.find('@') != std::string::npos &&
            company_domains_.count(std::string(email_domain(key))) > 0);
  };
  std::map<std::uint32_t, std::vector<std::uint32_t>> members;  // root → nodes
  for (std::uint32_t node = 0; node < parent_.size(); ++node) members[find(node)].push_back(node);

  std::vector<CustomerProfile> out;
  for (const auto& [root, nodes] : members) {
    CustomerProfile profile;
    std::set<std::string> emails, names, order_ids;
    std::set<std::uint32_t> sources;
    std::vector<const Event*> events;
    for (const std::uint32_t node : nodes) {
      if (!is_company(node_keys_[node])) profile.keys.push_back(node_keys_[node]);
      const Partial& partial = partial_[node];
      for (const auto& email : partial.emails) {
        if (!is_company(email)) emails.insert(email);
      }
      names.insert(partial.names.begin(), partial.names.end());
      order_ids.insert(partial.order_ids.begin(), partial.order_ids.end());
      sources.insert(partial.sources.begin(), partial.sources.end());
      for (const Event& event : partial.events) events.push_back(&event);
    }
    // A record that names a company address as its customer is the company's own (a test
    // submission, a seed address): the whole customer goes. Someone seen only in social
    // mentions is an author, not (yet) a customer.
    const bool company = profile.keys.size() != nodes.size();
    const bool only_mentions = std::all_of(events.begin(), events.end(), [](const Event* e) {
      return e->kind == SourceKind::mentions;
    });
    if (profile.keys.empty() || company || only_mentions) continue;
    std::sort(profile.keys.begin(), profile.keys.end());
    profile.id = stable_id(profile.keys.front());
    profile.emails.assign(emails.begin(), emails.end());
    profile.names.assign(names.begin(), names.end());
    profile.sources.assign(sources.begin(), sources.end());
    profile.orders = order_ids.size();
    // Oldest first; events without a time keep file order before the timed ones.
    std::stable_sort(events.begin(), events.end(),
                     [](const Event* a, const Event* b) { return later(b->time, a->time); });
    for (const Event* event : events) {
      if (event->time) {
        if (!profile.first_seen || *event->time < *profile.first_seen)
          profile.first_seen = event->time;
        if (!profile.last_seen || *event->time > *profile.last_seen)
          profile.last_seen = event->time;
      }
      switch (event->kind) {
        case SourceKind::orders:
          if (event->amount) profile.revenue[event->currency] += *event->amount;
          break;
        case SourceKind::payments: {
          std::string status = event->status;
          for (char& c : status) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
          if (status == "failed") {
            ++profile.payments_failed;
          } else if (event->amount &&
                     (status.empty() || status == "paid" || status == "succeeded")) {
            profile.paid[event->currency] += *event->amount;
          }
          break;
        }
        case SourceKind::tickets:
        case SourceKind::conversations:
          ++profile.tickets;
          break;
        case SourceKind::survey_responses:
          ++profile.responses;
          break;
        case SourceKind::mentions:
          ++profile.mentions;
          break;
        case SourceKind::subscriptions:
          profile.subscription_status = event->status;
          if (!event->plan.empty()) profile.plan = event->plan;
          break;
        default:
          break;
      }
      if (event->nps) profile.last_nps = event->nps;
      if (event->csat) profile.last_csat = event->csat;
    }
    const std::size_t skip = events.size() > max_timeline ? events.size() - max_timeline : 0;
    for (std::size_t i = skip; i < events.size(); ++i) {
      const Event& event = *events[i];
      profile.timeline.push_back({event.time, event.kind, event.source, event.at.row, event.text});
    }
    out.push_back(std::move(profile));
  }
  std::sort(out.begin(), out.end(),
            [](const CustomerProfile& a, const CustomerProfile& b) { return a.keys < b.keys; });
  return out;
}

}  // namespace cxs
