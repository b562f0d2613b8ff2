#include "tests/copper/copper_fixtures.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "plugins/copper/user_directory.h"

namespace tributary::copper::testkit {

namespace json = boost::json;

std::string fixture(const std::string& name) {
  std::string path = std::string(TRIBUTARY_SOURCE_DIR) + "/plugins/copper/fixtures/" + name;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read fixture " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

json::object fixture_config() {
  return {{"api_key", "fixture-key-0123456789"},
          {"user_email", "owner@example.com"},
          {"lead_stage_a", json::array{"Fact Finding"}},
          {"lead_stage_b", json::array{"5034782"}},
          {"lead_stage_c", json::array{"Closing Stage"}},
          {"closed_won_stages", json::array{"Payment Received"}}};
}

sdk::Window fixture_window() {
  return {"2024-11-01", "2024-11-04", 1730440800, 1730790000};
}

std::vector<sdk::UserRef> fixture_users() {
  return {{"rep1", "rep1@example.com", "Rep One", {}},
          {"rep2", "rep2@example.com", "Rep Two", {}},
          {"rep3", "rep.three@example.org", "Rep Three", {{"user_id", "1003"}}},
          {"newhire", "newhire@example.com", "New Hire", {}}};
}

sdk::FetchContext fixture_context(json::object config) {
  sdk::FetchContext ctx;
  ctx.config = std::move(config);
  ctx.window = fixture_window();
  ctx.org.timezone = "America/Denver";
  ctx.users = fixture_users();
  return ctx;
}

sdk::FetchResult fixture_fetch_result(const std::vector<sdk::UserRef>& users) {
  sdk::FetchResult r;
  r.pages.push_back({"activity_types", fixture("activity_types.json"), {}});
  r.pages.push_back({"pipeline_stages", fixture("pipeline_stages.json"), {}});
  r.pages.push_back({"users", fixture("users_page1.json"), {{"page_number", 1}}});
  r.pages.push_back({"activities", fixture("activities_page1.json"), {{"page_number", 1}}});
  r.pages.push_back({"activities", fixture("activities_page2.json"), {{"page_number", 2}}});
  r.pages.push_back({"opportunities", fixture("opportunities_page1.json"), {{"page_number", 1}}});
  UserDirectory directory;
  if (!add_users_page(fixture("users_page1.json"), directory))
    throw std::runtime_error("users_page1.json does not parse");
  r.context = resolution_to_context(resolve_users(users, &directory));
  return r;
}

void edit_page(sdk::FetchResult& result, const std::string& stream, const std::string& from,
               const std::string& to) {
  for (auto& page : result.pages) {
    if (page.stream != stream) continue;
    auto at = page.body.find(from);
    if (at == std::string::npos) continue;
    page.body.replace(at, from.size(), to);
    return;
  }
  ADD_FAILURE() << "no '" << stream << "' page contains " << from;
}

}  // namespace tributary::copper::testkit
