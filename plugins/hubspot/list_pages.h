#pragma once
// Walks a HubSpot GET list (owners, contacts, archived contacts) with the `after` cursor from
// paging.next.after until `paging` is missing, keeping every body as it came.

#include <string>
#include <vector>

#include "plugins/hubspot/hubspot_api.h"
#include "tributary/sdk/context.h"

namespace tributary::hubspot {

struct ListRequest {
  std::string stream;  // RawPage.stream: "owners", "contacts", "archived"
  std::string path;    // "/crm/v3/objects/contacts"
  std::string query;   // "limit=100&archived=false&properties=..." (already encoded)
  std::string what;    // "HubSpot GET /crm/v3/objects/contacts"
};

struct ListOutcome {
  int pages = 0;
  int results = 0;
};

// Appends one RawPage per response (meta {"after": cursor or ""}). Checks stop_requested between
// pages; a body without a `results` array is a kData Status.
sdk::Result<ListOutcome> walk_list(HubSpotApi& api, sdk::HostServices& host,
                                   const ListRequest& request, std::vector<sdk::RawPage>& pages);

// paging.next.after of a list or search body; "" when there is no next page.
std::string next_after(const boost::json::value& body);

}  // namespace tributary::hubspot
