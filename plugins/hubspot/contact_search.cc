#include "plugins/hubspot/contact_search.h"

#include <charconv>

#include "plugins/hubspot/instant.h"
#include "plugins/hubspot/list_pages.h"
#include "plugins/hubspot/properties.h"
#include "plugins/hubspot/search_query.h"
#include "tributary/sdk/json.h"

namespace tributary::hubspot {

using sdk::Status;

namespace {

constexpr const char* kWhat = "HubSpot POST /crm/v3/objects/contacts/search";
constexpr const char* kPath = "/crm/v3/objects/contacts/search";
// Each query moves past at least one instant or id, so this only stops a server that ignores
// the filters.
constexpr int kMaxQueries = 100000;

// What one query's results covered, to start the next one.
struct Span {
  bool any = false;
  std::int64_t first_ms = 0;
  std::int64_t last_ms = 0;
  std::string last_id;
};

std::int64_t after_number(const std::string& after) {
  std::int64_t n = 0;
  std::from_chars(after.data(), after.data() + after.size(), n);
  return n;
}

void extend(Span& span, const boost::json::array& results) {
  for (const auto& r : results) {
    auto modified = sdk::get_string(r, "properties.lastmodifieddate");
    if (!modified) modified = sdk::get_string(r, "updatedAt");
    auto ms = modified ? parse_instant_ms(*modified) : std::nullopt;
    if (!ms) continue;
    if (!span.any) span.first_ms = *ms;
    span.any = true;
    span.last_ms = std::max(span.last_ms, *ms);
    span.last_id = sdk::get_string(r, "id").value_or(span.last_id);
  }
}

// Where to continue once a query reached the cap.
SearchQuery next_query(const SearchQuery& current, const Span& span) {
  if (current.kind == SearchQuery::Kind::kTie)
    return {SearchQuery::Kind::kTie, current.time_ms, span.last_id};
  if (span.first_ms < span.last_ms) return {SearchQuery::Kind::kFrom, span.last_ms, "0"};
  return {SearchQuery::Kind::kTie, span.last_ms, "0"};
}

}  // namespace

sdk::Result<SearchOutcome> search_modified_since(HubSpotApi& api, sdk::HostServices& host,
                                                 const HubSpotConfig& config, std::int64_t from_ms,
                                                 std::vector<sdk::RawPage>& pages, int cap) {
  SearchOutcome outcome;
  const auto properties = property::contact_properties(config);
  SearchQuery query{SearchQuery::Kind::kFrom, from_ms, "0"};
  while (outcome.queries < kMaxQueries) {
    ++outcome.queries;
    Span span;
    std::string after;
    bool capped = false;
    for (;;) {
      if (host.stop_requested()) return Status::transient("stopped: the host was asked to stop");
      auto response = api.post_json(
          kPath, search_body(query, properties, config.search_page_size, after), kWhat);
      if (!response) return response.status();
      auto body = sdk::parse_json(response->body, kWhat);
      if (!body) return body.status();
      const auto* results = sdk::find_path(*body, "results");
      if (!results || !results->is_array())
        return Status::data(std::string(kWhat) + " answered without a results array");
      if (outcome.total < 0) outcome.total = sdk::get_int(*body, "total").value_or(-1);
      extend(span, results->as_array());
      outcome.results += static_cast<int>(results->as_array().size());
      ++outcome.pages;
      pages.push_back(
          {"contacts", std::move(response->body), {{"query", query.describe()}, {"after", after}}});
      auto next = next_after(*body);
      if (next.empty()) break;
      if (after_number(next) >= cap) {
        capped = true;
        break;
      }
      after = std::move(next);
    }
    if (capped && !span.any)
      return Status::data(std::string(kWhat) + " reached its " + std::to_string(cap) +
                          "-result cap with results that carry no lastmodifieddate, so there is "
                          "no instant to continue from");
    if (capped) {
      query = next_query(query, span);
      host.log().debug("HubSpot search reached its " + std::to_string(cap) +
                       "-result cap; continuing with " + query.describe());
      continue;
    }
    if (query.kind != SearchQuery::Kind::kTie) return outcome;
    // The run of contacts sharing one instant is read: carry on after that instant.
    query = {SearchQuery::Kind::kAfter, query.time_ms, "0"};
  }
  return Status::data(std::string(kWhat) + " did not move past " + query.describe() + " after " +
                      std::to_string(kMaxQueries) + " queries; the server ignores the filters");
}

}  // namespace tributary::hubspot
