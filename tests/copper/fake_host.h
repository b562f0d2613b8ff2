#pragma once
// The Copper tests drive the connector through the shared in-process host (tests/support), with
// a Copper that answers from the fixture pages.

#include <string>

#include "tests/support/fake_host.h"

namespace tributary::copper::testkit {

using tributary::testing::FakeHost;
using Handler = tributary::testing::ScriptedHttp::Handler;

// Serves the fixture pages the way Copper would: GET /activity_types and /pipeline_stages,
// POST searches paged by page_number (activities: 200 then 4), opportunities searched by `ids`
// answered from the full list. `opportunities_page` is what the window searches return.
struct FixtureCopper {
  std::string opportunities_page;
  FixtureCopper();
  sdk::Result<sdk::HttpResponse> operator()(const sdk::HttpRequest& request) const;
};

// The path below the base URL ("/activities/search") and the JSON body's page_number.
std::string path_of(const sdk::HttpRequest& request);
int page_number_of(const sdk::HttpRequest& request);

}  // namespace tributary::copper::testkit
