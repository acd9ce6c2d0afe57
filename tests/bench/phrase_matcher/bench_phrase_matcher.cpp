// Throughput of PhraseMatcher::matches on ~10 MB of synthetic ticket text (en + ja, ~8% of
// sentences carry a phrase), as one text and as ~200-byte tickets. Prints MB/s; no pass/fail.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "cxs/phrase_matcher.hpp"

namespace {

constexpr std::size_t kTargetBytes = 10u << 20;

const std::vector<std::string> kFiller = {
    "Hi team, thanks for getting back to me so quickly. ",
    "I have attached the screenshot from the dashboard as requested. ",
    "Our finance department asked about the invoice for last month. ",
    "The weekly report shows the numbers broken down by region. ",
    "Could you check the settings for the billing contact? ",
    "いつもお世話になっております。",
    "先日の件について確認させてください。",
    "添付の資料をご確認いただけますでしょうか。",
    "Best regards, and have a nice weekend. ",
};
const std::vector<std::string> kSignals = {
    "We want to cancel our subscription at the end of the term. ",
    "The app crashes when I open the report. ",
    "We're evaluating Zendesk for next year. ",
    "来月で解約したいです。",
    "保存するとエラーになります。",
    "We'd like to add more seats for the support team. ",
    "please cancel the duplicate order #1234. ",
    "解約するつもりはありません。",
};

}  // namespace

int main() {
  std::uint64_t seed = 0x9E3779B97F4A7C15u;  // xorshift64*: same text on every run
  const auto next = [&seed] {
    seed ^= seed >> 12, seed ^= seed << 25, seed ^= seed >> 27;
    return (seed * 0x2545F4914F6CDD1Du) >> 33;
  };
  std::vector<std::string> tickets;
  std::string all;
  std::string ticket;
  while (all.size() < kTargetBytes) {
    const bool signal = next() % 100 < 8;
    const std::string& sentence =
        signal ? kSignals[next() % kSignals.size()] : kFiller[next() % kFiller.size()];
    ticket += sentence;
    if (ticket.size() >= 200) {
      all += ticket;
      all += '\n';
      tickets.push_back(std::move(ticket));
      ticket.clear();
    }
  }

  const auto lexicon = cxs::default_lexicon();
  if (!lexicon) return std::fprintf(stderr, "%s\n", lexicon.error().message.c_str()), 1;
  const std::vector<std::string> competitors = {"Zendesk", "Freshdesk", "Help Scout"};
  const auto compile_start = std::chrono::steady_clock::now();
  const auto matcher = cxs::PhraseMatcher::compile(lexicon.value(), competitors);
  const auto compile_end = std::chrono::steady_clock::now();
  if (!matcher) return std::fprintf(stderr, "%s\n", matcher.error().message.c_str()), 1;
  std::printf("compile: %.2f ms, %zu states\n",
              std::chrono::duration<double, std::milli>(compile_end - compile_start).count(),
              matcher.value().state_count());

  const double mb = static_cast<double>(all.size()) / 1e6;
  for (int pass = 0; pass < 3; ++pass) {
    auto start = std::chrono::steady_clock::now();
    const std::size_t found = matcher.value().matches(all).size();
    auto end = std::chrono::steady_clock::now();
    const double whole = std::chrono::duration<double>(end - start).count();

    start = std::chrono::steady_clock::now();
    std::size_t found_tickets = 0;
    for (const std::string& t : tickets) found_tickets += matcher.value().matches(t).size();
    end = std::chrono::steady_clock::now();
    const double split = std::chrono::duration<double>(end - start).count();
    std::printf("pass %d: %.1f MB one text %.1f MB/s (%zu matches); %zu tickets %.1f MB/s (%zu)\n",
                pass, mb, mb / whole, found, tickets.size(), mb / split, found_tickets);
  }
  return 0;
}
