#include "plugins/hubspot/normalize.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "plugins/hubspot/fetch.h"
#include "tests/hubspot/hubspot_testing.h"

namespace tributary::hubspot {
namespace {

using namespace testing;

// 2024-06-06T08:00:00Z, later than every fixture's lastmodifieddate.
constexpr std::int64_t kSyncStart = 1717660800000;

sdk::FetchResult full_read() {
  sdk::FetchResult f;
  f.context = {{"mode", "full"}, {"sync_started_ms", kSyncStart}};
  f.pages = {{"owners", fixture("owners-page-0.json"), {}},
             {"owners", fixture("owners-page-1.json"), {}},
             {"contacts", fixture("contacts-page-0.json"), {}},
             {"contacts", fixture("contacts-page-1.json"), {}},
             {"archived", fixture("archived-page-0.json"), {}}};
  return f;
}

sdk::NormalizeContext ctx() {
  sdk::NormalizeContext c;
  c.config = private_app_config();
  return c;
}

const sdk::LeadRecord& lead(const sdk::NormalizeOutput& out, const std::string& id) {
  for (const auto& l : out.leads) {
    if (l.crm_id == id) return l;
  }
  throw std::runtime_error("no lead " + id);
}

TEST(HubSpotNormalize, ContactsBecomeLeadsWithOwnersResolved) {
  auto out = normalize_contacts(ctx(), full_read());
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  ASSERT_EQ(out->leads.size(), 4u);  // 51, 52, 53 live, 40 archived; the id-less one skipped
  const auto& ann = lead(*out, "51");
  EXPECT_EQ(ann.name, "Ann Lee");
  EXPECT_EQ(ann.email, "ann.lee@example.com");
  EXPECT_EQ(ann.phone, "(303) 555-0142");  // as the CRM has it; the host normalises
  EXPECT_EQ(ann.owner_name, "Rep One");
  EXPECT_EQ(ann.owner_email, "rep1@example.com");
  EXPECT_EQ(ann.status, "NEW");
  EXPECT_EQ(ann.stage, "lead");
  EXPECT_EQ(ann.description, "Asked for a quote on 40 units");
  EXPECT_EQ(ann.last_activity_at, "2024-06-02T15:30:00Z");
  EXPECT_EQ(ann.modified_at, "2024-06-03T17:04:11.123Z");
  EXPECT_FALSE(ann.archived);
  EXPECT_EQ(boost::json::serialize(ann.metadata),
            R"({"mobilephone":"303-555-0123","hubspot_owner_id":"123456"})");
}

TEST(HubSpotNormalize, EmptyStringsAreNullAndMobileStandsInForAMissingPhone) {
  auto out = normalize_contacts(ctx(), full_read());
  ASSERT_TRUE(out.ok());
  const auto& ben = lead(*out, "52");
  EXPECT_EQ(ben.name, "Ben");
  EXPECT_EQ(ben.phone, "+1 720 234 5678");
  EXPECT_EQ(ben.status, "");
  EXPECT_EQ(ben.description, "");
  EXPECT_EQ(ben.last_activity_at, "");
  // Owner 999999 is not in the directory: kept unresolved, not guessed.
  EXPECT_EQ(ben.owner_name, "");
  EXPECT_EQ(boost::json::serialize(ben.metadata),
            R"({"hubspot_owner_id":"999999","owner_unresolved":true})");
  // lastmodifieddate given as epoch milliseconds.
  EXPECT_EQ(lead(*out, "53").modified_at, "2024-06-03T09:00:00.000Z");
}

TEST(HubSpotNormalize, ArchivedContactsAreReportedAsArchived) {
  auto out = normalize_contacts(ctx(), full_read());
  ASSERT_TRUE(out.ok());
  EXPECT_TRUE(lead(*out, "40").archived);
  EXPECT_EQ(out->summary.at("archived_contacts").as_int64(), 1);
  EXPECT_EQ(out->summary.at("skipped_without_id").as_int64(), 1);
  EXPECT_EQ(out->summary.at("owners").as_int64(), 3);
}

TEST(HubSpotNormalize, BookmarkIsTheNewestModificationSeenButNeverAfterTheSyncStart) {
  auto out = normalize_contacts(ctx(), full_read());
  ASSERT_TRUE(out.ok());
  // Newest live lastmodifieddate: contact 52, 2024-06-04T09:00:00.000Z = 1717491600000. The
  // archived contact does not move the bookmark.
  EXPECT_EQ(out->state.at("contacts_bookmark_ms"), "1717491600000");

  auto mid_sync = full_read();
  mid_sync.context["sync_started_ms"] = 1717400000000;  // before some modifications were seen
  auto capped = normalize_contacts(ctx(), mid_sync);
  EXPECT_EQ(capped->state.at("contacts_bookmark_ms"), "1717400000000");
}

TEST(HubSpotNormalize, RepeatedContactsKeepTheNewestCopyAndAnEmptyReadKeepsTheBookmark) {
  sdk::FetchResult f;
  f.context = {{"mode", "incremental"},
               {"sync_started_ms", kSyncStart},
               {"previous_bookmark_ms", 1717580000000},
               {"search_from_ms", 1717579700000}};
  f.pages = {{"owners", fixture("owners-page-0.json"), {}},
             {"contacts", fixture("contacts-page-0.json"), {}},  // older copies of 51 and 52
             {"contacts", fixture("search-page-0.json"), {}}};
  auto out = normalize_contacts(ctx(), f);
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  ASSERT_EQ(out->leads.size(), 2u);
  EXPECT_EQ(lead(*out, "52").status, "CONNECTED");
  EXPECT_EQ(lead(*out, "52").owner_name, "Rep Two");
  EXPECT_EQ(out->state.at("contacts_bookmark_ms"), "1717585200500");  // 2024-06-05T11:00:00.500Z
  EXPECT_EQ(out->summary.at("search_from").as_string(), "2024-06-05T09:28:20.000Z");

  sdk::FetchResult nothing;
  nothing.context = {{"mode", "incremental"},
                     {"sync_started_ms", kSyncStart},
                     {"previous_bookmark_ms", 1717580000000}};
  auto empty = normalize_contacts(ctx(), nothing);
  EXPECT_EQ(empty->state.at("contacts_bookmark_ms"), "1717580000000");
  EXPECT_TRUE(empty->leads.empty());
}

TEST(HubSpotNormalize, ABookmarkAheadOfTheSyncStartNeverMovesBack) {
  sdk::FetchResult f;
  f.context = {{"mode", "incremental"},
               {"sync_started_ms", kSyncStart},
               {"previous_bookmark_ms", 4873251600000},  // 2124: a state from the future
               {"search_from_ms", 4873251300000}};
  f.pages = {{"contacts", fixture("search-page-0.json"), {}}};
  auto out = normalize_contacts(ctx(), f);
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  EXPECT_EQ(out->state.at("contacts_bookmark_ms"), "4873251600000");
}

TEST(HubSpotNormalize, AnIncrementalSyncReportsOnlyContactsArchivedSinceItLastLooked) {
  sdk::FetchResult f;
  f.context = {{"mode", "incremental"},
               {"sync_started_ms", kSyncStart},
               {"previous_bookmark_ms", 1717580000000},
               {"search_from_ms", 1717579700000}};
  // Contact 40 was archived on 2024-05-20, before the bookmark: the last sync reported it.
  f.pages = {{"archived", fixture("archived-page-0.json"), {}}};
  auto later = normalize_contacts(ctx(), f);
  ASSERT_TRUE(later.ok()) << later.status().to_string();
  EXPECT_TRUE(later->leads.empty());

  f.context["search_from_ms"] = 1716100000000;  // 2024-05-19: it was archived since
  auto since = normalize_contacts(ctx(), f);
  ASSERT_TRUE(since.ok());
  ASSERT_EQ(since->leads.size(), 1u);
  EXPECT_TRUE(since->leads[0].archived);
}

TEST(HubSpotNormalize, AContactInBothListsIsOneLeadInItsLatestState) {
  auto f = full_read();
  // Contact 51 archived after its last live change (2024-06-03T17:04:11Z) while the sync ran.
  f.pages.push_back({"archived",
                     R"({"results":[{"id":"51","properties":{"firstname":"Ann","lastname":"Lee",)"
                     R"("lastmodifieddate":"2024-06-03T17:04:11.123Z"},"archived":true,)"
                     R"("archivedAt":"2024-06-05T10:00:00.000Z"}]})",
                     {}});
  auto out = normalize_contacts(ctx(), f);
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  int copies = 0;
  for (const auto& l : out->leads) copies += l.crm_id == "51";
  EXPECT_EQ(copies, 1);
  EXPECT_TRUE(lead(*out, "51").archived);
}

TEST(HubSpotNormalize, BrokenPageIsADataError) {
  sdk::FetchResult f;
  f.context = {{"sync_started_ms", kSyncStart}};
  f.pages = {{"contacts", R"({"results":[)", {}}};
  auto out = normalize_contacts(ctx(), f);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().kind(), sdk::FailureKind::kData);
}

}  // namespace
}  // namespace tributary::hubspot
