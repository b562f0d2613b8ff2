#include "plugins/hubspot/fetch.h"

#include <chrono>

#include "plugins/hubspot/bookmark.h"
#include "plugins/hubspot/contact_search.h"
#include "plugins/hubspot/hubspot_api.h"
#include "plugins/hubspot/list_pages.h"
#include "plugins/hubspot/properties.h"

namespace tributary::hubspot {

using sdk::Status;

namespace {

ListRequest contacts_list(const HubSpotConfig& config, bool archived) {
  return {
      archived ? kArchivedStream : kContactsStream, "/crm/v3/objects/contacts",
      "limit=" + std::to_string(config.page_size) + "&archived=" + (archived ? "true" : "false") +
          "&properties=" + sdk::url_encode(property::joined(property::contact_properties(config))),
      std::string("HubSpot GET /crm/v3/objects/contacts") + (archived ? " (archived)" : "")};
}

ListRequest owners_list() {
  return {kOwnersStream, "/crm/v3/owners",
          "limit=" + std::to_string(kMaxOwnersLimit) + "&archived=false",
          "HubSpot GET /crm/v3/owners"};
}

std::int64_t now_ms(sdk::HostServices& host) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             host.clock().now().time_since_epoch())
      .count();
}

}  // namespace

sdk::Result<sdk::FetchResult> fetch_contacts(const sdk::FetchContext& ctx,
                                             const HubSpotConfig& config) {
  if (ctx.host == nullptr)
    return Status::internal("HubSpot fetch was called without host services");
  auto& host = *ctx.host;
  sdk::FetchResult out;
  auto& context = out.context;
  context["sync_started_ms"] = now_ms(host);
  HubSpotApi api(host, config);

  auto owners = walk_list(api, host, owners_list(), out.pages);
  if (!owners) return owners.status();

  auto bookmark = read_bookmark(host.state());
  if (!bookmark) {
    context["mode"] = "full";
    auto listed = walk_list(api, host, contacts_list(config, false), out.pages);
    if (!listed) return listed.status();
    host.log().info("HubSpot full read: " + std::to_string(listed->results) + " contacts in " +
                    std::to_string(listed->pages) + " pages");
  } else {
    auto from = *bookmark - config.lookback_seconds * 1000;
    context["mode"] = "incremental";
    context["previous_bookmark_ms"] = *bookmark;
    context["search_from_ms"] = from;
    auto searched = search_modified_since(api, host, config, from, out.pages);
    if (!searched) return searched.status();
    context["search_queries"] = searched->queries;
    context["search_total"] = searched->total;
    host.log().info("HubSpot incremental read: " + std::to_string(searched->results) +
                    " contacts modified since the bookmark minus " +
                    std::to_string(config.lookback_seconds) + " s, in " +
                    std::to_string(searched->queries) + " queries");
  }

  if (config.include_archived) {
    auto archived = walk_list(api, host, contacts_list(config, true), out.pages);
    if (!archived) return archived.status();
  }
  context["token_refreshes"] = api.token_refreshes();
  return out;
}

}  // namespace tributary::hubspot
