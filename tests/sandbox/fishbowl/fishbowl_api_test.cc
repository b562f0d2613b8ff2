#include "tests/sandbox/fishbowl/fishbowl_api.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "tests/sandbox/fishbowl/fishbowl_fixture.h"
#include "tests/sandbox/testing/http_client.h"

namespace tributary::sandbox::fishbowl {
namespace {

namespace json = boost::json;
using sandbox::testing::HttpClient;
using sandbox::testing::HttpResult;

std::string url_encode(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.')
      out += static_cast<char>(c);
    else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

class FishbowlApiTest : public ::testing::Test {
 protected:
  void SetUp() override { server_ = testing::start_fishbowl(); }
  std::string url(const std::string& path) const { return server_->base_url() + path; }

  HttpResult login(const std::string& extra = "") {
    return client_.post(
        url("/fishbowl/api/login"),
        R"({"appName":"Tributary","appDescription":"d","appId":7301,"username":"demo-user",)"
        R"("password":"demo-pass")" +
            extra + "}");
  }
  std::string token() {
    auto r = login();
    EXPECT_EQ(r.status, 200) << r.body;
    return std::string(r.json().at("token").as_string());
  }
  HttpResult query(const std::string& token, const std::string& sql) {
    return client_.get(url("/fishbowl/api/data-query?query=" + url_encode(sql)),
                       {"Authorization: Bearer " + token});
  }
  HttpResult logout(const std::string& token) {
    return client_.request("POST", url("/fishbowl/api/logout"), {"Authorization: Bearer " + token});
  }
  std::int64_t held() {
    return client_.post(url("/_sandbox/fishbowl/seats")).json().at("held").as_int64();
  }

  std::unique_ptr<SandboxServer> server_;
  HttpClient client_;
};

TEST_F(FishbowlApiTest, EachSessionHoldsASeatUntilLogout) {
  auto first = token();
  auto second = token();
  EXPECT_EQ(held(), 2);
  auto refused = login();
  EXPECT_EQ(refused.status, 401);
  EXPECT_NE(refused.body.find("licence seats"), std::string::npos) << refused.body;
  EXPECT_EQ(logout(first).status, 200);
  EXPECT_EQ(held(), 1);
  EXPECT_EQ(logout(first).status, 401) << "a session logs out once";
  EXPECT_EQ(query(first, "SELECT id FROM so LIMIT 1").status, 401) << "its token is dead";
  EXPECT_EQ(query(second, "SELECT id FROM so LIMIT 1").status, 200);
  client_.post(url("/_sandbox/fishbowl/expire-sessions"));
  EXPECT_EQ(held(), 0);
  EXPECT_EQ(query(second, "SELECT id FROM so LIMIT 1").status, 401);
}

TEST_F(FishbowlApiTest, WrongPasswordIs401WithAMessage) {
  auto r = client_.post(url("/fishbowl/api/login"),
                        R"({"appName":"T","appId":1,"username":"demo-user","password":"nope"})");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.json().at("message"), "Invalid username or password");
  EXPECT_EQ(client_.post(url("/fishbowl/api/login"), "not json").status, 400);
}

TEST_F(FishbowlApiTest, AppsNeedApprovalWhenTheAdminSaysSo) {
  client_.post(url("/_sandbox/fishbowl/require-approval?on=true"));
  auto refused = login();
  EXPECT_EQ(refused.status, 401);
  EXPECT_NE(refused.body.find("has not been approved"), std::string::npos) << refused.body;
  EXPECT_EQ(client_.post(url("/_sandbox/fishbowl/seats")).json().at("pending_apps"),
            json::array{"Tributary"});
  client_.post(url("/_sandbox/fishbowl/approve-app?name=Tributary"));
  EXPECT_EQ(login().status, 200);
}

TEST_F(FishbowlApiTest, MfaRequiredAnswers401WithTheHeader) {
  client_.post(url("/_sandbox/fishbowl/require-mfa?code=246810"));
  auto refused = login();
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.header("mfa"), "Required");
  EXPECT_EQ(login(R"(,"mfaCode":"000000")").status, 401);
  EXPECT_EQ(login(R"(,"mfaCode":"246810")").status, 200);
  client_.post(url("/_sandbox/fishbowl/require-mfa"));
  EXPECT_EQ(login().status, 200);
}

TEST_F(FishbowlApiTest, DataQueryRunsTheSqlAndRefusesTheRest) {
  auto t = token();
  auto rows =
      query(t,
            "SELECT so.id AS id, so.dateIssued AS dateIssued FROM so WHERE so.statusId IN (80) "
            "ORDER BY so.id LIMIT 3 OFFSET 1");
  ASSERT_EQ(rows.status, 200) << rows.body;
  auto array = rows.json().as_array();
  ASSERT_EQ(array.size(), 3u);
  EXPECT_LT(array[0].at("id").as_int64(), array[1].at("id").as_int64());
  auto issued = std::string(array[0].at("dateIssued").as_string());
  EXPECT_TRUE(issued.ends_with(".000-04") || issued.ends_with(".000-05")) << issued;
  auto bad = query(t, "SELECT id FROM so WHERE id = 1 OR 1 = 1");
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(std::string(bad.json().at("message").as_string()).find("near 'OR'"), std::string::npos)
      << bad.body;
  EXPECT_EQ(client_.get(url("/fishbowl/api/data-query?query=SELECT%20id%20FROM%20so")).status, 401);
}

TEST_F(FishbowlApiTest, InjectedQueryFailuresAnswerTheGivenStatus) {
  auto t = token();
  client_.post(url("/_sandbox/fishbowl/fail-queries?count=1&status=503"));
  EXPECT_EQ(query(t, "SELECT id FROM so LIMIT 1").status, 503);
  EXPECT_EQ(query(t, "SELECT id FROM so LIMIT 1").status, 200);
}

TEST_F(FishbowlApiTest, ExportsTheSameOrdersAsCsv) {
  auto so = client_.post(
      url("/_sandbox/fishbowl/export-csv?format=sales_order&from=2024-11-18&to=2024-11-20"));
  ASSERT_EQ(so.status, 200);
  EXPECT_EQ(so.header("content-type"), "text/csv");
  EXPECT_TRUE(so.body.starts_with("Flag,SONum,Status,")) << so.body.substr(0, 80);
  auto table = client_.post(url("/_sandbox/fishbowl/export-csv?format=table"));
  EXPECT_TRUE(table.body.starts_with("id,num,customerId,satusId,")) << table.body.substr(0, 80);
  auto rows = std::count(table.body.begin(), table.body.end(), '\n');
  auto orders = testing::fishbowl_of(*server_).book().orders().size();
  EXPECT_GE(static_cast<std::size_t>(rows), orders + 1)
      << "a header and one row per order (notes add lines)";
}

TEST_F(FishbowlApiTest, ExpectedNeedsARangeAndAZone) {
  EXPECT_EQ(
      client_
          .get(url("/_sandbox/expected/fishbowl?from=2024-11-01&to=2024-11-02&tz=America/Denver"))
          .status,
      200);
  EXPECT_EQ(
      client_.get(url("/_sandbox/expected/fishbowl?from=2024-11-01&tz=America/Denver")).status,
      400);
  EXPECT_EQ(client_
                .get(url("/_sandbox/expected/fishbowl?from=2024-11-01&to=2024-11-02&tz=America/"
                         "Denver&date_field=x"))
                .status,
            400);
}

}  // namespace
}  // namespace tributary::sandbox::fishbowl
