#include "plugins/salesforce/soql.h"

#include <gtest/gtest.h>

#include "plugins/salesforce/limit_info.h"

namespace tributary::salesforce {
namespace {

TEST(SalesforceSoql, FirstReadTakesEverythingInModstampThenIdOrder) {
  EXPECT_EQ(soql("Contact", std::nullopt),
            "SELECT Id, FirstName, LastName, Name, Email, Phone, MobilePhone, Description, "
            "LastActivityDate, OwnerId, Owner.Name, Owner.Email, SystemModstamp FROM Contact "
            "ORDER BY SystemModstamp, Id");
}

TEST(SalesforceSoql, LaterReadsContinueStrictlyAfterTheCursorWithAnIdTieBreak) {
  Cursor c{"2024-06-03T17:04:11Z", "003D000000QV9n2IAD"};
  EXPECT_EQ(soql("Lead", c),
            "SELECT Id, FirstName, LastName, Name, Email, Phone, MobilePhone, Description, "
            "LastActivityDate, OwnerId, Owner.Name, Owner.Email, SystemModstamp, Status, "
            "Company, IsConverted FROM Lead WHERE (SystemModstamp = 2024-06-03T17:04:11Z AND "
            "Id > '003D000000QV9n2IAD') OR SystemModstamp > 2024-06-03T17:04:11Z ORDER BY "
            "SystemModstamp, Id");
}

TEST(SalesforceSoql, CursorRoundTripsAndRefusesAnythingThatIsNotADatetimeAndAnId) {
  Cursor c{"2024-06-03T17:04:11Z", "003D000000QV9n2IAD"};
  EXPECT_EQ(c.to_state(), "2024-06-03T17:04:11Z|003D000000QV9n2IAD");
  auto back = Cursor::from_state(c.to_state());
  ASSERT_TRUE(back);
  EXPECT_EQ(back->id, c.id);
  EXPECT_FALSE(Cursor::from_state("2024-06-03T17:04:11Z|x' OR Id != '"));
  EXPECT_FALSE(Cursor::from_state("yesterday|003D000000QV9n2IAD"));
  EXPECT_FALSE(Cursor::from_state("no bar"));
  EXPECT_EQ(cursor_key("Contact"), "contact_cursor");
}

TEST(SalesforceSoql, ApiDatetimesBecomeSoqlLiterals) {
  EXPECT_EQ(soql_datetime("2024-06-03T17:04:11.000+0000"), "2024-06-03T17:04:11Z");
  EXPECT_EQ(soql_datetime("2024-06-03T19:04:11.000+0200"), "2024-06-03T17:04:11Z");
  EXPECT_EQ(soql_datetime("nope"), "");
}

TEST(SalesforceLimitInfo, ReadsUsedAndAllowed) {
  auto usage = parse_limit_info("api-usage=18/15000");
  ASSERT_TRUE(usage);
  EXPECT_EQ(usage->used, 18);
  EXPECT_EQ(usage->limit, 15000);
  EXPECT_FALSE(parse_limit_info("per-app-api-usage=1"));
  EXPECT_FALSE(parse_limit_info(""));
}

}  // namespace
}  // namespace tributary::salesforce
