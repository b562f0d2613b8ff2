#include "plugins/fishbowl/fetch.h"

#include <boost/json.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "plugins/fishbowl/order_query.h"
#include "plugins/fishbowl/session.h"
#include "tributary/sdk/http.h"
#include "tributary/sdk/json.h"

namespace tributary::fishbowl {

namespace json = boost::json;
using sdk::Status;

namespace {

constexpr int kMaxPages = 10000;
constexpr std::uintmax_t kMaxCsvBytes = 512ull * 1024 * 1024;

// Rows in a data-query answer; a body that is not a JSON array fails the fetch here, while the
// session can still be closed, rather than later in normalize.
sdk::Result<std::size_t> row_count(const std::string& body, const std::string& what) {
  auto parsed = sdk::parse_json(body, what);
  if (!parsed) return parsed.status();
  if (!parsed->is_array())
    return Status::data(what + ": expected a JSON array of rows, got " +
                        std::string(json::to_string(parsed->kind())));
  return parsed->get_array().size();
}

Status walk_pages(sdk::HostServices& host, Session& session, OrderQuery query,
                  sdk::FetchResult& out) {
  for (int page = 0;; ++page) {
    if (host.stop_requested())
      return Status::transient("stopped: the host was asked to stop after " + std::to_string(page) +
                               " Fishbowl pages; logged out, nothing kept");
    if (page >= kMaxPages)
      return Status::data("Fishbowl data-query returned full pages " + std::to_string(kMaxPages) +
                          " times; refusing to page further (page_size " +
                          std::to_string(query.limit) + ")");
    auto sql = build_order_sql(query);
    if (!sql) return sql.status();
    std::string what = "Fishbowl GET /api/data-query (orders page " + std::to_string(page) + ")";
    auto response = session.get("/api/data-query?query=" + sdk::url_encode(*sql), what);
    if (!response) return response.status();
    auto rows = row_count(response->body, what);
    if (!rows) return rows.status();
    out.pages.push_back({kOrdersStream,
                         std::move(response->body),
                         {{"page", page}, {"offset", query.offset}, {"limit", query.limit}}});
    if (*rows < static_cast<std::size_t>(query.limit)) return Status::success();
    query.offset += query.limit;
  }
}

}  // namespace

std::string server_zone(const CountingRules& rules, const sdk::Organization& org) {
  return rules.server_timezone.empty() ? org.timezone : rules.server_timezone;
}

sdk::Result<sdk::FetchResult> fetch_rest(const sdk::FetchContext& ctx,
                                         const FishbowlConfig& config) {
  auto& host = *ctx.host;
  auto zone = server_zone(config.rules, ctx.org);
  auto range = query_range(ctx.window, zone);
  if (!range) return range.status();
  OrderQuery query{config.rules.date_field,
                   config.rules.statuses,
                   range->from,
                   range->to,
                   config.rest.page_size,
                   0};
  if (auto sql = build_order_sql(query); !sql) return sql.status();  // fail before taking a seat
  if (host.stop_requested())
    return Status::transient("stopped: the host was asked to stop before logging in to Fishbowl");

  Session session(host, config.rest);
  if (auto s = session.login(); !s) return s;
  sdk::FetchResult out;
  out.context = {
      {"mode", "rest"}, {"server_timezone", zone}, {"from", range->from}, {"to", range->to}};
  auto walked = walk_pages(host, session, query, out);
  auto logged_out = session.logout();
  if (!logged_out) {
    host.log().warn(
        "Fishbowl logout failed; the seat stays held until the server times the "
        "session out: " +
        logged_out.message());
    out.context["logout_error"] = logged_out.message();
  }
  if (!walked) return walked;
  out.context["logins"] = session.logins();
  host.log().debug("Fishbowl orders " + range->from + " .. " + range->to + " (" + zone +
                   "): " + std::to_string(out.pages.size()) + " pages");
  return out;
}

sdk::Result<sdk::FetchResult> fetch_csv(const sdk::FetchContext& ctx,
                                        const FishbowlConfig& config) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path path(config.csv_path);
  auto absolute = fs::absolute(path, ec);
  std::string shown = "csv_path '" + config.csv_path + "'" +
                      (path.is_relative() ? " (" + absolute.string() +
                                                ", relative to the "
                                                "working directory)"
                                          : "");
  auto size = fs::file_size(path, ec);
  if (ec)
    return Status::config("fishbowl: " + shown + " cannot be read: " + ec.message() +
                          "; point csv_path at a Fishbowl sales order or so-table CSV export");
  if (size > kMaxCsvBytes)
    return Status::data("fishbowl: " + shown + " is " + std::to_string(size) +
                        " bytes; exports over 512 MiB are refused, export a shorter date range");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof())
    return Status::config("fishbowl: " + shown + " cannot be read: " + std::strerror(errno));
  sdk::FetchResult out;
  out.pages.push_back({kCsvStream, text.str(), {{"path", config.csv_path}}});
  out.context = {{"mode", "csv"},
                 {"server_timezone", server_zone(config.rules, ctx.org)},
                 {"file", config.csv_path}};
  return out;
}

}  // namespace tributary::fishbowl
