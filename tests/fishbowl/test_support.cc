#include "tests/fishbowl/test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "plugins/fishbowl/fetch.h"
#include "tributary/sdk/time.h"

namespace tributary::fishbowl::testing {

namespace json = boost::json;

std::string fixture_path(const std::string& name) {
  return std::string(TRIBUTARY_SOURCE_DIR) + "/plugins/fishbowl/fixtures/" + name;
}

std::string fixture(const std::string& name) {
  std::ifstream in(fixture_path(name), std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing fixture " << name;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

sdk::Window denver_window(const std::string& first, const std::string& last) {
  sdk::Window w;
  w.start_date = first;
  w.end_date = last;
  w.start_utc = *sdk::local_to_unix(first, "00:00:00", "America/Denver");
  w.end_utc = *sdk::local_to_unix(sdk::add_days(last, 1), "00:00:00", "America/Denver");
  return w;
}

namespace {

json::object counting_config() {
  return {{"server_timezone", "America/New_York"},
          {"date_field", "issued"},
          {"count_statuses", json::array{20, 25, 60, 70}},
          {"amount", "subtotal"},
          {"channel_field", "account_type"},
          {"channel_map", {{"Wholesale", "wholesale"}, {"Distribution", "distribution"}}},
          {"salesman_aliases",
           {{"jdoe", "rep1"},
            {"JD", "rep1"},
            {"bwong", "rep3"},
            {"BW", "rep3"},
            {"old.rep", "alumni"}}},
          {"csv_format", "auto"}};
}

}  // namespace

json::object rest_config() {
  auto c = counting_config();
  c["mode"] = "rest";
  c["base_url"] = kBaseUrl;
  c["username"] = "apiuser";
  c["password"] = "s3cret-pass";
  c["app_name"] = "Tributary";
  c["app_description"] = "Tributary sales metrics";
  c["app_id"] = 7301;
  c["page_size"] = 8;
  return c;
}

json::object csv_config(const std::string& path) {
  auto c = counting_config();
  c["mode"] = "csv";
  c["csv_path"] = path;
  return c;
}

std::vector<sdk::UserRef> june_users() {
  return {{"rep1", "rep1@example.com", "Rep One", {{"salesman_id", "101"}}},
          {"rep2", "rep2@example.com", "Rep Two", {{"salesman", "asmith"}}},
          {"rep3", "rep3@example.com", "Rep Three", {}},
          {"rep4", "rep4@example.com", "Rep Four", {}}};
}

sdk::FetchContext june_context(const json::object& config, sdk::HostServices* host) {
  sdk::FetchContext ctx;
  ctx.config = config;
  ctx.window = denver_window("2024-06-03", "2024-06-05");
  ctx.org.timezone = "America/Denver";
  ctx.users = june_users();
  ctx.host = host;
  return ctx;
}

sdk::FetchResult rest_pages() {
  sdk::FetchResult out;
  out.pages.push_back({kOrdersStream, fixture("orders-page-0.json"), {{"page", 0}}});
  out.pages.push_back({kOrdersStream, fixture("orders-page-1.json"), {{"page", 1}}});
  out.context = {{"mode", "rest"}, {"server_timezone", "America/New_York"}};
  return out;
}

sdk::FetchResult csv_pages(const std::string& fixture_name) {
  sdk::FetchResult out;
  out.pages.push_back({kCsvStream, fixture(fixture_name), {{"path", fixture_name}}});
  out.context = {{"mode", "csv"}, {"server_timezone", "America/New_York"}};
  return out;
}

std::vector<ExpectedDay> june_expected() {
  return {{"rep1", "new_sales_distribution", "2024-06-03", 17990, 1},   // SO 50102, 23:30 Denver
          {"rep1", "new_sales_wholesale", "2024-06-03", 33750, 1},      // SO 50101
          {"rep1", "new_sales_wholesale", "2024-06-05", 7500, 1},       // SO 50109, 23:59 Denver
          {"rep2", "new_sales_wholesale", "2024-06-04", 466269, 2},     // 50103 + 50112
          {"rep3", "new_sales_distribution", "2024-06-05", 19099, 1}};  // SO 50107
}

void expect_metrics(const sdk::NormalizeOutput& out, const std::vector<ExpectedDay>& expected) {
  ASSERT_EQ(out.metrics.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& m = out.metrics[i];
    const auto& e = expected[i];
    SCOPED_TRACE(e.user + " " + e.type + " " + e.date);
    EXPECT_EQ(m.user_id, e.user);
    EXPECT_EQ(m.type, e.type);
    EXPECT_EQ(m.date, e.date);
    EXPECT_DOUBLE_EQ(m.value, static_cast<double>(e.cents) / 100.0);
    EXPECT_EQ(m.metadata.at("amount_cents").as_int64(), e.cents);
    EXPECT_EQ(m.metadata.at("orders").as_int64(), e.orders);
  }
}

FakeHttp::Handler recorded_fishbowl() {
  return [](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    std::string path = r.url.substr(std::string(kBaseUrl).size());
    if (path == "/api/login") return http_answer(200, R"({"token":"tok-1","user":{"id":1}})");
    if (path == "/api/logout") return http_answer(200, "{}");
    if (path.starts_with("/api/data-query?query=")) {
      bool second = path.ends_with("OFFSET%208");
      return http_answer(200, fixture(second ? "orders-page-1.json" : "orders-page-0.json"));
    }
    return http_answer(404, R"({"message":"no such path"})");
  };
}

}  // namespace tributary::fishbowl::testing
