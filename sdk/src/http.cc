#include "tributary/sdk/http.h"

#include <cctype>
#include <charconv>
#include <string>

namespace tributary::sdk {

namespace {
bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::string snippet(const std::string& body) {
  constexpr std::size_t kMax = 200;
  if (body.size() <= kMax) return body;
  return body.substr(0, kMax) + "...";
}
}  // namespace

std::string HttpResponse::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (iequals(k, name)) return v;
  }
  return {};
}

std::optional<std::int64_t> header_integer(const HttpResponse& response, std::string_view name) {
  const auto value_text = response.header(name);
  // Blanks around a field value are not part of it (RFC 9110 5.5).
  const auto first = value_text.find_first_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  const char* begin = value_text.data() + first;
  const char* end = value_text.data() + value_text.find_last_not_of(" \t") + 1;
  std::int64_t value = 0;
  auto [stop, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc{} || stop != end || value < 0) return std::nullopt;
  return value;
}

std::chrono::seconds retry_after(const HttpResponse& response, std::chrono::seconds fallback) {
  auto seconds = header_integer(response, "Retry-After");
  return seconds ? std::chrono::seconds{*seconds} : fallback;
}

Status status_from_http(const HttpResponse& r, std::string_view what) {
  std::string where = std::string(what) + " answered HTTP " + std::to_string(r.status);
  if (r.status >= 200 && r.status < 300) return Status::success();
  if (r.status == 401 || r.status == 403)
    return Status::auth(where + ": credentials rejected: " + snippet(r.body));
  if (r.status == 404) return Status::not_found(where + ": " + snippet(r.body));
  if (r.status == 429) {
    return Status::rate_limited(where + ": rate limit reached",
                                retry_after(r, std::chrono::seconds{60}));
  }
  if (r.status >= 500) return Status::transient(where + ": " + snippet(r.body));
  return Status::config(where + ": request rejected: " + snippet(r.body));
}

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 3);
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace tributary::sdk
