#include "tests/sandbox/justcall/envelope.h"

#include <string>

#include <boost/url/url.hpp>

#include "tests/sandbox/params.h"

namespace tributary::sandbox::justcall {
namespace {

constexpr std::int64_t kMaxPage = 1'000'000'000;

// The same query with another page, parameters in name order so the link is stable.
std::string page_link(const Request& request, const Paging& paging, std::int64_t page) {
  boost::urls::url link(request.base_url);
  link.set_path(request.path);
  auto query = request.query;
  query["page"] = std::to_string(page);
  query["per_page"] = std::to_string(paging.per_page);
  for (const auto& [name, value] : query) link.params().append({name, value});
  return std::string(link.buffer());
}

}  // namespace

Paging read_paging(const QueryParams& query, std::int64_t default_per_page) {
  return Paging{read_int(query, "page", 0, 0, kMaxPage), read_int(query, "per_page", default_per_page, 1, kMaxPerPage)};
}

boost::json::object page_envelope(const Request& request, const Paging& paging, std::size_t total,
                                  boost::json::array data) {
  boost::json::value next = nullptr;
  if (paging.first() + static_cast<std::size_t>(paging.per_page) < total) {
    next = page_link(request, paging, paging.page + 1);
  }
  boost::json::value prev = nullptr;
  if (paging.page > 0) prev = page_link(request, paging, paging.page - 1);
  auto count = data.size();
  return {{"status", "success"},
          {"count", count},
          {"total_count", total},
          {"current_page", paging.page},
          {"per_page", paging.per_page},
          {"next_page_link", next},
          {"prev_page_link", prev},
          {"data", std::move(data)}};
}

}  // namespace tributary::sandbox::justcall
