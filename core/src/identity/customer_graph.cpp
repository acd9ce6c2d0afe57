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
std::string stable_id(std::string_view key) {
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

std::uint32_t CustomerGraph::node_for(std::string_view key) {
  bool inserted = false;
  const std::uint32_t node = keys_.intern(key, inserted);
  if (inserted) {
    parent_.push_back(node);
    rank_.push_back(0);
    facts_.emplace_back();
    timelines_.emplace_back();
  }
  return node;
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

void CustomerGraph::add_attribute(std::uint32_t node, AttributeKind kind, std::uint32_t value) {
  std::uint32_t* link = &facts_[node].first_attribute;
  while (*link != no_node) {
    const Attribute& a = attributes_[*link];
    if (a.kind == kind && a.value == value) return;
    link = &attributes_[*link].next;
  }
  *link = static_cast<std::uint32_t>(attributes_.size());
  attributes_.push_back({value, no_node, kind});
}

std::uint32_t CustomerGraph::add(const Event& event) {
  if (event.keys.empty()) return no_node;
  // The event's addresses are among its keys (row_events.cpp adds them to both): an address
  // is kept as its key's node, so it is not stored twice. The first few keys' nodes are held
  // on the stack; an address beyond them, or not a key, is interned as a value.
  constexpr std::size_t kHeld = 8;
  std::uint32_t key_nodes[kHeld];
  const std::uint32_t first = node_for(event.keys.front());
  key_nodes[0] = first;
  for (std::size_t i = 1; i < event.keys.size(); ++i) {
    const std::uint32_t node = node_for(event.keys[i]);
    if (i < kHeld) key_nodes[i] = node;
    unite(first, node);
  }
  const std::uint64_t seq = ++seq_;
  const std::int64_t time = event.time.value_or(kNoTime);
  for (const std::string& email : event.emails) {
    const std::size_t held = std::min(kHeld, event.keys.size());
    const auto key = std::find(event.keys.begin(),
                               event.keys.begin() + static_cast<std::ptrdiff_t>(held), email);
    if (key != event.keys.begin() + static_cast<std::ptrdiff_t>(held)) {
      add_attribute(first, AttributeKind::email_key, key_nodes[key - event.keys.begin()]);
    } else {
      add_attribute(first, AttributeKind::email, values_.intern(email));
    }
  }
  if (!event.name.empty()) add_attribute(first, AttributeKind::name, values_.intern(event.name));
  add_attribute(first, AttributeKind::source, event.source);
  NodeFacts& p = facts_[first];
  if (event.time) {
    p.first_seen = std::min(p.first_seen, *event.time);
    p.last_seen = std::max(p.last_seen, *event.time);
  }
  // A mention that carries the author's address (a review app's export) is a customer's.
  p.only_mentions = p.only_mentions && event.kind == SourceKind::mentions && event.emails.empty();
  const auto commerce = [&]() -> Commerce& {
    if (p.commerce == no_node) {
      p.commerce = static_cast<std::uint32_t>(commerce_.size());
      commerce_.emplace_back();
    }
    return commerce_[p.commerce];
  };
  switch (event.kind) {
    case SourceKind::orders: {
      Commerce& c = commerce();
      if (!event.order_id.empty()) {
        c.order_ids.insert(std::to_string(event.source) + ":" + event.order_id);
      }
      if (event.amount) c.revenue[event.currency] += *event.amount;
      break;
    }
    case SourceKind::payments: {
      const PaymentOutcome outcome = payment_outcome(detail::ascii_lower(event.status));
      if (outcome == PaymentOutcome::failed) {
        ++p.payments_failed;
      } else if (event.amount && outcome == PaymentOutcome::paid) {
        commerce().paid[event.currency] += *event.amount;
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
      commerce().subscription.offer({event.status, event.plan}, time, seq);
      break;
    default:
      break;
  }
  if (event.nps) p.nps.offer(*event.nps, time, seq);
  if (event.csat) p.csat.offer(*event.csat, time, seq);
  std::vector<Stamped>& timeline = timelines_[first];
  timeline.push_back({time, seq, event.at.row, texts_.size(),
                      static_cast<std::uint32_t>(event.text.size()), event.source, event.kind});
  texts_ += event.text;
  if (timeline.size() > 2 * max_timeline_) {
    dead_text_bytes_ += trim(timeline);
    // Trimmed entries leave their text behind; once that is most of the buffer, the live texts
    // are copied to a fresh one, so the buffer stays within twice what the timelines hold.
    if (dead_text_bytes_ >= kCompactMinBytes && dead_text_bytes_ * 2 > texts_.size())
      compact_texts();
  }
  return first;
}

std::uint64_t CustomerGraph::trim(std::vector<Stamped>& timeline) const {
  std::sort(timeline.begin(), timeline.end(), [](const Stamped& a, const Stamped& b) {
    return a.time != b.time ? a.time < b.time : a.seq < b.seq;
  });
  std::uint64_t removed_text_bytes = 0;
  if (timeline.size() > max_timeline_) {
    const auto end =
        timeline.begin() + static_cast<std::ptrdiff_t>(timeline.size() - max_timeline_);
    for (auto it = timeline.begin(); it != end; ++it) removed_text_bytes += it->text_size;
    timeline.erase(timeline.begin(), end);
  }
  return removed_text_bytes;
}

void CustomerGraph::compact_texts() {
  std::string live;
  live.reserve(texts_.size() - dead_text_bytes_);
  for (std::vector<Stamped>& timeline : timelines_) {
    for (Stamped& entry : timeline) {
      const std::uint64_t at = live.size();
      live.append(texts_, entry.text_at, entry.text_size);
      entry.text_at = at;
    }
  }
  texts_.swap(live);
  dead_text_bytes_ = 0;
}

void CustomerGraph::merge_into(Merged& into, std::uint32_t node) const {
  const NodeFacts& from = facts_[node];
  for (std::uint32_t at = from.first_attribute; at != no_node; at = attributes_[at].next) {
    const Attribute& a = attributes_[at];
    switch (a.kind) {
      case AttributeKind::email:
        add_unique(into.emails, std::string(values_.key(a.value)));
        break;
      case AttributeKind::email_key:
        add_unique(into.emails, std::string(keys_.key(a.value)));
        break;
      case AttributeKind::name:
        add_unique(into.names, std::string(values_.key(a.value)));
        break;
      case AttributeKind::source:
        add_unique(into.sources, a.value);
        break;
    }
  }
  NodeFacts& facts = into.facts;
  facts.first_seen = std::min(facts.first_seen, from.first_seen);
  facts.last_seen = std::max(facts.last_seen, from.last_seen);
  facts.payments_failed += from.payments_failed;
  facts.tickets += from.tickets;
  facts.responses += from.responses;
  facts.mentions += from.mentions;
  facts.only_mentions = facts.only_mentions && from.only_mentions;
  facts.nps.merge(from.nps);
  facts.csat.merge(from.csat);
  if (from.commerce != no_node) {
    const Commerce& c = commerce_[from.commerce];
    into.commerce.order_ids.insert(c.order_ids.begin(), c.order_ids.end());
    for (const auto& [currency, amount] : c.revenue) into.commerce.revenue[currency] += amount;
    for (const auto& [currency, amount] : c.paid) into.commerce.paid[currency] += amount;
    into.commerce.subscription.merge(c.subscription);
  }
  const std::vector<Stamped>& timeline = timelines_[node];
  into.timeline.insert(into.timeline.end(), timeline.begin(), timeline.end());
}

void CustomerGraph::add_company_email(const std::string& email) { company_emails_.insert(email); }
void CustomerGraph::add_company_domain(const std::string& domain) {
  company_domains_.insert(domain);
}

CustomerGraph::Customers CustomerGraph::customers(std::size_t limit) const {
  auto is_company = [&](std::string_view key) {
    return company_emails_.count(key) > 0 ||
           (key.find('@') != std::string::npos && company_domains_.count(email_domain(key)) > 0);
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
  std::vector<std::pair<std::string_view, std::size_t>> valid;  // smallest key, component
  for (std::size_t c = 0; c < components.size(); ++c) {
    const auto& nodes = components[c];
    bool company = false;
    bool only_mentions = true;
    std::optional<std::string_view> smallest;
    for (const std::uint32_t node : nodes) {
      const std::string_view key = keys_.key(node);
      company = company || is_company(key);
      only_mentions = only_mentions && facts_[node].only_mentions;
      if (!smallest || key < *smallest) smallest = key;
    }
    if (!company && !only_mentions) valid.emplace_back(*smallest, c);
  }
  Customers out;
  out.count = valid.size();
  const std::size_t listed = std::min(limit, valid.size());
  std::sort(valid.begin(), valid.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  out.customer_of_node.assign(parent_.size(), -1);
  out.ids.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    out.ids.push_back(stable_id(valid[i].first));
    for (const std::uint32_t node : components[valid[i].second]) {
      out.customer_of_node[node] = static_cast<std::int32_t>(i);
    }
  }
  for (std::size_t i = 0; i < listed; ++i) {
    const auto& nodes = components[valid[i].second];
    Merged all;
    for (const std::uint32_t node : nodes) merge_into(all, node);
    trim(all.timeline);
    CustomerProfile profile;
    for (const std::uint32_t node : nodes) profile.keys.emplace_back(keys_.key(node));
    std::sort(profile.keys.begin(), profile.keys.end());
    profile.id = stable_id(profile.keys.front());
    for (const auto& email : sorted(all.emails)) {
      if (!is_company(email)) profile.emails.push_back(email);
    }
    profile.names = sorted(std::move(all.names));
    profile.sources = sorted(std::move(all.sources));
    const NodeFacts& facts = all.facts;
    if (facts.first_seen != INT64_MAX) profile.first_seen = facts.first_seen;
    if (facts.last_seen != INT64_MIN) profile.last_seen = facts.last_seen;
    profile.orders = all.commerce.order_ids.size();
    profile.revenue = std::move(all.commerce.revenue);
    profile.paid = std::move(all.commerce.paid);
    profile.payments_failed = facts.payments_failed;
    profile.tickets = facts.tickets;
    profile.responses = facts.responses;
    profile.mentions = facts.mentions;
    profile.last_nps = facts.nps.value;
    profile.last_csat = facts.csat.value;
    if (all.commerce.subscription.value) {
      profile.subscription_status = all.commerce.subscription.value->first;
      profile.plan = all.commerce.subscription.value->second;
    }
    for (const Stamped& stamped : all.timeline) {
      profile.timeline.push_back(
          {stamped.time != kNoTime ? std::optional<std::int64_t>(stamped.time) : std::nullopt,
           stamped.kind, stamped.source, stamped.row, text_of(stamped)});
    }
    out.profiles.push_back(std::move(profile));
  }
  return out;
}

}  // namespace cxs
