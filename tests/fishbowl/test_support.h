#pragma once
// The hand-made June data set the Fishbowl tests share (plugins/fishbowl/fixtures, computed by
// hand in docs/connectors/fishbowl.md): the Fishbowl server runs on New York time, the
// organisation on Denver time, the window is 2024-06-03..05.
//   rep1: identities.fishbowl.salesman_id 101, and aliases jdoe / JD (the CSV export has no ids)
//   rep2: identities.fishbowl.salesman "asmith"
//   rep3: only the aliases bwong / BW
//   rep4: nothing maps to them
//   "old.rep" is an alias of alumni, who is not in the run; "hkim" is mapped to nobody.

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "tests/fishbowl/fake_host.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::fishbowl::testing {

inline constexpr const char* kBaseUrl = "http://127.0.0.1:9";

std::string fixture_path(const std::string& name);
std::string fixture(const std::string& name);

// Whole Denver days first..last.
sdk::Window denver_window(const std::string& first, const std::string& last);

boost::json::object rest_config();
boost::json::object csv_config(const std::string& path);
std::vector<sdk::UserRef> june_users();
sdk::FetchContext june_context(const boost::json::object& config,
                               sdk::HostServices* host = nullptr);

// The recorded data-query pages (page_size 8) and a CSV fixture as fetch hands them over.
sdk::FetchResult rest_pages();
sdk::FetchResult csv_pages(const std::string& fixture_name);

struct ExpectedDay {
  std::string user;
  std::string type;
  std::string date;
  std::int64_t cents;
  std::int64_t orders;
};
// The June window with amount: subtotal and date_field: issued.
std::vector<ExpectedDay> june_expected();

void expect_metrics(const sdk::NormalizeOutput& out, const std::vector<ExpectedDay>& expected);

// A data-query server over the recorded pages: login, the two pages by OFFSET, logout.
FakeHttp::Handler recorded_fishbowl();

}  // namespace tributary::fishbowl::testing
