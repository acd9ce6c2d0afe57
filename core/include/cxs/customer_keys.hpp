// Customer keys: the normalised identifiers that link records into one customer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cxs {

/// "  Ava.Chen@Northwind.example " → "ava.chen@northwind.example"; also reads
/// "Ava <ava@x.example>" and "mailto:". nullopt when the text is not an address.
std::optional<std::string> normalise_email(std::string_view text);

/// An international number ("+1 (415) 555-0134", "+81 90-1234-5678", "0044 20 7946 0958")
/// → "+14155550134". A national number (no + or 00 prefix) has no country, so it is not a
/// key: nullopt. 7–15 digits, as E.164 allows.
std::optional<std::string> normalise_phone(std::string_view text);

/// "@Ava_Chen" on "X" → "twitter:ava_chen" (X and Twitter are one namespace).
std::optional<std::string> normalise_handle(std::string_view handle, std::string_view platform);

/// A tool's own customer id, namespaced so ids of different tools never collide. Stripe ids
/// (cus_...) are global; other ids are scoped by `scope` (the source they came from).
std::optional<std::string> namespaced_id(std::string_view id, std::string_view scope);

/// A free mail provider's domain (gmail.com, yahoo.co.jp, ...): many people share it, so it
/// never says who is staff or which company an address belongs to.
bool is_webmail_domain(std::string_view domain);

/// The domain of a normalised address ("ava@x.example" → "x.example").
std::string_view email_domain(std::string_view email);

}  // namespace cxs
