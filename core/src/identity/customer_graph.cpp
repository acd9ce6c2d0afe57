// Union-find over customer keys (Tarjan 1975: union by rank, path compression) with
// per-node partial profiles merged when the customers are read out.
#include "cxs/customer_graph.hpp"

#include <algorithm>

#include "cxs/customer_keys.hpp"
#include "cxs/detail/ascii.hpp"
#include "cxs/detail/fnv1a.hpp"

namespace cxs {
namespace {

/// FNV-1a, 64-bit: a stable, platform-independent id for a customer from its smallest key.
std::string stable_id(const std::string& key) {
  detail::Fnv1a fnv;
  fnv.add(key);
  const std::uint64_t hash = fnv.hash;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "c-";
  for (int shift = 60; shift >= 32; shift -= 4) out.push_back(kHex[(hash >> shift) & 0xF]);
  return out;
}

template <typename T>
void add_unique(std::vector<T>& into, const T& value) {
  if (std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
}

template <typename T>
std::vector<T> sorted(std::vector<T> values) {
  std::sort(values.begin(), values.end());
  return values;
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

std::uint32_t CustomerGraph::add(const Event& event) {
  if (event.keys.empty()) return no_node;
  const std::uint32_t first = node_for(event.keys.front());
  for (std::size_t i = 1; i < event.keys.size(); ++i) unite(first, node_for(event.keys[i]));
  Partial& p = partial_[first];
  const std::uint64_t seq = ++seq_;
  const std::int64_t time = event.time.value_or(INT64_MIN);
  for (const std::string& email : event.emails) add_unique(p.emails, email);
  if (!event.name.empty()) add_unique(p.names, event.name);
  add_unique(p.sources, event.source);
  if (event.time) {
    if (!p.first_seen || *event.time < *p.first_seen) p.first_seen = event.time;
    if (!p.last_seen || *event.time > *p.last_seen) p.last_seen = event.time;
  }
  // A mention that carries the author's address (a review app's export) is a customer's.
  p.only_mentions = p.only_mentions && event.kind == SourceKind::mentions && event.emails.empty();
  switch (event.kind) {
    case SourceKind::orders:
      if (!event.order_id.empty()) {
        p.order_ids.insert(std::to_string(event.source) + ":" + event.order_id);
      }
      if (event.amount) p.revenue[event.currency] += *event.amount;
      break;
    case SourceKind::payments: {
      const std::string status = detail::ascii_lower(event.status);
      if (status == "failed") {
        ++p.payments_failed;
      } else if (event.amount && (status.empty() || status == "paid" || status == "succeeded")) {
        p.paid[event.currency] += *event.amount;
      }
      break;
    }
    case SourceKind::tickets:
    case SourceKind::conversations:
      ++p.tickets;
      break;
    case SourceKind::survey_responses:
      ++p.responses;
      break;
    case SourceKind::mentions:
      ++p.mentions;
      break;
    case SourceKind::subscriptions:
      p.subscription.offer({event.status, event.plan}, time, seq);
      break;
    default:
      break;
  }
  if (event.nps) p.nps.offer(*event.nps, time, seq);
  if (event.csat) p.csat.offer(*event.csat, time, seq);
  p.timeline.push_back(
      {time, seq, {event.time, event.kind, event.source, event.at.row, event.text}});
  if (p.timeline.size() > 2 * max_timeline_) trim(p.timeline);
  return first;
}

void CustomerGraph::trim(std::vector<Stamped>& timeline) const {
  std::sort(timeline.begin(), timeline.end(), [](const Stamped& a, const Stamped& b) {
    return a.time != b.time ? a.time < b.time : a.seq < b.seq;
  });
  if (timeline.size() > max_timeline_) {
    timeline.erase(timeline.begin(),
                   timeline.begin() + static_cast<std::ptrdiff_t>(timeline.size() - max_timeline_));
  }
}

void CustomerGraph::merge_into(Partial& into, const Partial& from) const {
  for (const std::string& email : from.emails) add_unique(into.emails, email);
  for (const std::string& name : from.names) add_unique(into.names, name);
  into.order_ids.insert(from.order_ids.begin(), from.order_ids.end());
  for (const std::uint32_t source : from.sources) add_unique(into.sources, source);
  if (from.first_seen && (!into.first_seen || *from.first_seen < *into.first_seen)) {
    into.first_seen = from.first_seen;
  }
  if (from.last_seen && (!into.last_seen || *from.last_seen > *into.last_seen)) {
    into.last_seen = from.last_seen;
  }
  for (const auto& [currency, amount] : from.revenue) into.revenue[currency] += amount;
  for (const auto& [currency, amount] : from.paid) into.paid[currency] += amount;
  into.payments_failed += from.payments_failed;
  into.tickets += from.tickets;
  into.responses += from.responses;
  into.mentions += from.mentions;
  into.only_mentions = into.only_mentions && from.only_mentions;
  into.nps.merge(from.nps);
  into.csat.merge(from.csat);
  into.subscription.merge(from.subscription);
  into.timeline.insert(into.timeline.end(), from.timeline.begin(), from.timeline.end());
}

void CustomerGraph::add_company_email(const std::string& email) { company_emails_.insert(email); }
void CustomerGraph::add_company_domain(const std::string& domain) {
  company_domains_.insert(domain);
}

CustomerGraph::Customers CustomerGraph::customers(std::size_t limit) const {
  auto is_company = [&](const std::string& key) {
    return company_emails_.count(key) > 0 ||
           (key.find('@') != std::string::npos &&
            company_domains_.count(std::string(email_domain(key))) > 0);
  };
  // Components, each with its nodes and its smallest key.
  std::vector<std::int64_t> component_of(parent_.size(), -1);
  std::vector<std::vector<std::uint32_t>> components;
  for (std::uint32_t node = 0; node < parent_.size(); ++node) {
    const std::uint32_t root = find(node);
    if (component_of[root] < 0) {
      component_of[root] = static_cast<std::int64_t>(components.size());
      components.emplace_back();
    }
    components[static_cast<std::size_t>(component_of[root])].push_back(node);
  }
  // A record that names a company address as its customer is the company's own (a test
  // submission, a seed address): the whole customer goes. Someone seen only in social
  // mentions is an author, not (yet) a customer.
  std::vector<std::pair<const std::string*, std::size_t>> valid;  // smallest key, component
  for (std::size_t c = 0; c < components.size(); ++c) {
    const auto& nodes = components[c];
    bool company = false;
    bool only_mentions = true;
    const std::string* smallest = nullptr;
    for (const std::uint32_t node : nodes) {
      company = company || is_company(node_keys_[node]);
      only_mentions = only_mentions && partial_[node].only_mentions;
      if (!smallest || node_keys_[node] < *smallest) smallest = &node_keys_[node];
    }
    if (!company && !only_mentions) valid.emplace_back(smallest, c);
  }
  Customers out;
  out.count = valid.size();
  const std::size_t listed = std::min(limit, valid.size());
  std::sort(valid.begin(), valid.end(),
            [](const auto& a, const auto& b) { return *a.first < *b.first; });
  out.customer_of_node.assign(parent_.size(), -1);
  out.ids.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    out.ids.push_back(stable_id(*valid[i].first));
    for (const std::uint32_t node : components[valid[i].second]) {
      out.customer_of_node[node] = static_cast<std::int32_t>(i);
    }
  }
  for (std::size_t i = 0; i < listed; ++i) {
    const auto& nodes = components[valid[i].second];
    Partial all;
    for (const std::uint32_t node : nodes) merge_into(all, partial_[node]);
    trim(all.timeline);
    CustomerProfile profile;
    for (const std::uint32_t node : nodes) profile.keys.push_back(node_keys_[node]);
    std::sort(profile.keys.begin(), profile.keys.end());
    profile.id = stable_id(profile.keys.front());
    for (const auto& email : sorted(all.emails)) {
      if (!is_company(email)) profile.emails.push_back(email);
    }
    profile.names = sorted(std::move(all.names));
    profile.sources = sorted(std::move(all.sources));
    profile.first_seen = all.first_seen;
    profile.last_seen = all.last_seen;
    profile.orders = all.order_ids.size();
    profile.revenue = std::move(all.revenue);
    profile.paid = std::move(all.paid);
    profile.payments_failed = all.payments_failed;
    profile.tickets = all.tickets;
    profile.responses = all.responses;
    profile.mentions = all.mentions;
    profile.last_nps = all.nps.value;
    profile.last_csat = all.csat.value;
    if (all.subscription.value) {
      profile.subscription_status = all.subscription.value->first;
      profile.plan = all.subscription.value->second;
    }
    for (Stamped& stamped : all.timeline) profile.timeline.push_back(std::move(stamped.entry));
    out.profiles.push_back(std::move(profile));
  }
  return out;
}

}  // namespace cxs
