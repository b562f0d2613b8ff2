#pragma once
// The recorded Copper pages in plugins/copper/fixtures/ and the unit they belong to (Denver,
// 2024-11-01..04, users rep1/rep2/rep3/newhire), for normalize and fetch tests.

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "tributary/sdk/context.h"

namespace tributary::copper::testkit {

// The text of plugins/copper/fixtures/<name>.
std::string fixture(const std::string& name);

// A connector config with credentials and the fixture account's stage mapping:
// lead A "Fact Finding", B "5034782", C "Closing Stage", closed-won "Payment Received".
boost::json::object fixture_config();

// Window 2024-11-01..2024-11-04 in America/Denver.
sdk::Window fixture_window();

// rep1 and rep2 by email (rep2 in another case than Copper has it), rep3 by an
// identities.copper.user_id override whose email Copper does not know, newhire without an account.
std::vector<sdk::UserRef> fixture_users();

sdk::FetchContext fixture_context(boost::json::object config = fixture_config());

// What fetch would return for the fixture account: every page, and the users resolved against
// users_page1.json.
sdk::FetchResult fixture_fetch_result(const std::vector<sdk::UserRef>& users = fixture_users());

// Replaces the first occurrence of `from` in the pages of `stream`; fails the test if absent.
void edit_page(sdk::FetchResult& result, const std::string& stream, const std::string& from,
               const std::string& to);

}  // namespace tributary::copper::testkit
