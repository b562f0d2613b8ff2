#include <gtest/gtest.h>

#include "host/store/store.h"
#include "tests/store/sqlite_dump.h"
#include "tests/store/store_test_util.h"

namespace tributary::host {
namespace {

constexpr std::int64_t kNow = 1717434251;  // 2024-06-03T17:04:11Z

using SmallTables = testing::StoreFixture;

TEST_F(SmallTables, StateIsScopedAndMissingKeysAreEmpty) {
  UnitWrite w;
  w.source = "copper";
  w.state_scope = "sales/copper";
  w.state = {{"cursor", "42"}};
  w.now_unix = kNow;
  store_->commit_unit(w);
  EXPECT_EQ(store_->get_state("sales/copper", "cursor"), "42");
  EXPECT_FALSE(store_->get_state("sales/justcall", "cursor").has_value());
  EXPECT_FALSE(store_->get_state("sales/copper", "page").has_value());
  EXPECT_EQ(testing::query_text(path_, "SELECT updated_at FROM connector_state"),
            "2024-06-03T17:04:11Z");
}

TEST_F(SmallTables, CacheEntryExpiresAtItsInstant) {
  store_->cache_put("copper/acct", "user:ann@example.com", "1234", kNow + 60);
  EXPECT_EQ(store_->cache_get("copper/acct", "user:ann@example.com", kNow), "1234");
  EXPECT_EQ(store_->cache_get("copper/acct", "user:ann@example.com", kNow + 59), "1234");
  EXPECT_FALSE(store_->cache_get("copper/acct", "user:ann@example.com", kNow + 60).has_value());
  EXPECT_FALSE(store_->cache_get("other/acct", "user:ann@example.com", kNow).has_value());
}

TEST_F(SmallTables, CachePutReplacesValueAndExpiry) {
  store_->cache_put("s", "k", "old", kNow + 10);
  store_->cache_put("s", "k", "new", kNow + 1000);
  EXPECT_EQ(store_->cache_get("s", "k", kNow + 500), "new");
}

TEST_F(SmallTables, CredentialsPersistAndRotate) {
  EXPECT_FALSE(store_->credential_get("hubspot/acct", "refresh_token").has_value());
  store_->credential_put("hubspot/acct", "refresh_token", "r1", kNow);
  store_->credential_put("hubspot/acct", "refresh_token", "r2", kNow + 3600);
  EXPECT_EQ(store_->credential_get("hubspot/acct", "refresh_token"), "r2");
  EXPECT_EQ(testing::query_text(path_, "SELECT updated_at FROM credentials"),
            "2024-06-03T18:04:11Z");

  store_.reset();  // survives reopening the file
  auto reopened = open_sqlite_store(path_);
  EXPECT_EQ(reopened->credential_get("hubspot/acct", "refresh_token"), "r2");
}

}  // namespace
}  // namespace tributary::host
