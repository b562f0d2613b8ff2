#include "host/conformance/secret_scan.h"

#include <algorithm>
#include <cctype>

#include "host/conformance/declaration_rules.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

constexpr std::size_t kMinSecret = 6;

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool credential_header(std::string_view name) {
  auto n = lower(name);
  return n == "authorization" || n == "proxy-authorization" || n == "cookie" ||
         n.find("token") != std::string::npos || n.find("secret") != std::string::npos ||
         n.find("api-key") != std::string::npos || n.find("apikey") != std::string::npos ||
         n.find("auth") != std::string::npos;
}

void add(std::vector<Secret>& out, std::string value, std::string origin) {
  if (value.size() < kMinSecret) return;
  for (const auto& s : out) {
    if (s.value == value) return;
  }
  out.push_back({std::move(value), std::move(origin)});
}

std::string mask(std::string text, const std::vector<Secret>& secrets) {
  for (const auto& s : secrets) {
    if (s.value.size() < kMinSecret) continue;
    for (auto p = text.find(s.value); p != std::string::npos; p = text.find(s.value, p + 3))
      text.replace(p, s.value.size(), "***");
  }
  return text;
}

// The text around position `at`, masked before it is cut so no part of a secret shows.
std::string excerpt(const std::string& text, std::size_t at, const std::vector<Secret>& secrets) {
  auto masked = mask(text, secrets);
  auto masked_at = mask(text.substr(0, at), secrets).size();
  std::size_t from = masked_at > 60 ? masked_at - 60 : 0;
  return (from > 0 ? "..." : "") + masked.substr(from, 160) + (from + 160 < masked.size() ? "..." : "");
}

void scan_string(const std::string& text, const std::vector<Secret>& secrets, const std::string& where,
                 std::vector<SecretHit>& hits) {
  // One hit per place: a header value "Token X" and the config value X are the same leak.
  for (const auto& s : secrets) {
    if (s.value.size() < kMinSecret) continue;
    auto at = text.find(s.value);
    if (at == std::string::npos) continue;
    hits.push_back({s.origin, mask(where, secrets), excerpt(text, at, secrets)});
    return;
  }
}

}  // namespace

std::vector<Secret> wire_credentials(const std::vector<ServedRequest>& served, const std::string& phase_prefix) {
  std::vector<Secret> out;
  for (const auto& s : served) {
    if (!s.phase.starts_with(phase_prefix)) continue;
    for (const auto& [name, value] : s.request.headers) {
      if (!credential_header(name)) continue;
      std::string origin = "the " + name + " header it sent";
      add(out, value, origin);
      if (auto space = value.find(' '); space != std::string::npos) add(out, value.substr(space + 1), origin);
    }
    for (const auto& [name, value] : s.request.query) {
      if (looks_like_credential(lower(name))) add(out, value, "the '" + name + "' query parameter it sent");
    }
  }
  return out;
}

std::vector<SecretHit> find_secrets(const json::value& value, const std::vector<Secret>& secrets,
                                    const std::string& root) {
  std::vector<SecretHit> hits;
  if (value.is_string()) {
    scan_string(std::string(value.as_string()), secrets, root, hits);
  } else if (value.is_object()) {
    for (const auto& [k, v] : value.as_object()) {
      auto path = root.empty() ? std::string(k) : root + "." + std::string(k);
      scan_string(std::string(k), secrets, path + " (key)", hits);
      auto inner = find_secrets(v, secrets, path);
      hits.insert(hits.end(), inner.begin(), inner.end());
    }
  } else if (value.is_array()) {
    const auto& a = value.as_array();
    for (std::size_t i = 0; i < a.size(); ++i) {
      auto inner = find_secrets(a[i], secrets, root + "[" + std::to_string(i) + "]");
      hits.insert(hits.end(), inner.begin(), inner.end());
    }
  }
  return hits;
}

std::vector<SecretHit> find_secrets_in_text(const std::string& text, const std::vector<Secret>& secrets,
                                            const std::string& where) {
  std::vector<SecretHit> hits;
  std::size_t start = 0, line = 1;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    scan_string(text.substr(start, end - start), secrets, where + " line " + std::to_string(line), hits);
    start = end + 1;
    ++line;
  }
  return hits;
}

}  // namespace tributary::host::conformance
