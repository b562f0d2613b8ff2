// `tributary report` against a real SQLite store: the per-rep pivot, with the goal source
// policy applied so a call logged by JustCall and again in Copper counts once.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>

#include <sqlite3.h>

#include "host/store/store.h"
#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::copper {
namespace {

namespace json = boost::json;
using tributary::testing::bin;
using tributary::testing::run_process;
using tributary::testing::TempDir;
using tributary::testing::write_file;

struct Row {
  const char* user;
  const char* type;
  const char* date;
  const char* source;
  double value;
};

// Rows go in with plain SQL on the documented metrics columns, after the store has created its
// schema: the report reads what any writer left there.
void insert_metrics(const std::string& db_path, const std::vector<Row>& rows) {
  host::open_sqlite_store(db_path);  // creates and migrates the file
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "INSERT INTO metrics(id, user_id, type, date, source, value, metadata,"
                               " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, '{}',"
                               " '2024-11-05T00:00:00Z', '2024-11-05T00:00:00Z')",
                               -1, &st, nullptr),
            SQLITE_OK);
  for (const auto& r : rows) {
    auto id = std::string(r.user) + "_" + r.type + "_" + r.date + "_" + r.source;
    sqlite3_bind_text(st, 1, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, r.user, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, r.type, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, r.date, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, r.source, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 6, r.value);
    EXPECT_EQ(sqlite3_step(st), SQLITE_DONE) << sqlite3_errmsg(db);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
}

class CopperReport : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_.file("config/tributary.yaml"),
               "organization: {timezone: America/Denver, currency: USD}\n"
               "store: {driver: sqlite, path: ../var/report.db}\n"
               "plugin_dirs: []\n");
    write_file(dir_.file("config/users.yaml"),
               "users:\n"
               "  - {id: rep1, email: rep1@example.com, name: Rep One}\n"
               "  - {id: rep2, email: rep2@example.com, name: Rep Two}\n"
               "  - {id: gone, email: gone@example.com, name: Gone, active: false}\n");
    write_file(dir_.file("config/goals.yaml"), "goals: []\n");
    std::filesystem::create_directories(dir_.file("var"));
    insert_metrics(dir_.file("var/report.db"),
                   {{"rep1", "phone_call_quantity", "2024-11-01", "copper", 5},
                    {"rep1", "phone_call_quantity", "2024-11-02", "copper", 3},
                    {"rep1", "email_quantity", "2024-11-02", "copper", 7},
                    {"rep1", "lead_progression_a", "2024-11-03", "copper", 2},
                    {"rep2", "new_sales_wholesale", "2024-11-03", "copper", 12500.10},
                    {"rep1", "phone_call_quantity", "2024-11-01", "justcall", 4},
                    {"rep1", "talk_time_minutes", "2024-11-01", "justcall", 33.5}});
  }

  tributary::testing::ProcessResult report(std::vector<std::string> args) {
    std::vector<std::string> argv{bin("tributary"), "--config", dir_.file("config"), "report"};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv);
  }

  TempDir dir_;
};

TEST_F(CopperReport, ByUserAppliesThePolicyOverTheWholeRange) {
  auto r = report({"--from", "2024-11-01", "--to", "2024-11-04", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Calls: JustCall reported in the range, so it alone counts (4), as a goal over it would.
  EXPECT_EQ(r.out,
            "user_id,email_quantity,phone_call_quantity,talk_time_minutes,lead_progression_a,"
            "lead_progression_b,lead_progression_c,new_sales_wholesale,new_sales_distribution\n"
            "rep1,7,4,33.50,2,0,0,0.00,0.00\n"
            "rep2,0,0,0,0,0,0,12500.10,0.00\n");
}

TEST_F(CopperReport, ByDayAppliesThePolicyPerDay) {
  auto r = report({"--from", "2024-11-01", "--to", "2024-11-04", "--by", "day", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "user_id,date,email_quantity,phone_call_quantity,talk_time_minutes,lead_progression_a,"
            "lead_progression_b,lead_progression_c,new_sales_wholesale,new_sales_distribution\n"
            "rep1,2024-11-01,0,4,33.50,0,0,0,0.00,0.00\n"
            "rep1,2024-11-02,7,3,0,0,0,0,0.00,0.00\n"
            "rep1,2024-11-03,0,0,0,2,0,0,0.00,0.00\n"
            "rep2,2024-11-03,0,0,0,0,0,0,12500.10,0.00\n");
}

TEST_F(CopperReport, JsonForOneUserSaysWhichSourcesCounted) {
  auto r = report({"--from", "2024-11-01", "--to", "2024-11-01", "--format", "json", "--user", "rep1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = json::parse(r.out);
  ASSERT_EQ(doc.at("rows").as_array().size(), 1u);
  const auto& row = doc.at("rows").at(0);
  EXPECT_EQ(row.at("phone_call_quantity"), 4);
  EXPECT_EQ(json::serialize(row.at("sources_used").at("phone_call_quantity")), R"(["justcall"])");
  EXPECT_EQ(doc.at("totals").at("phone_call_quantity"), 4);
  EXPECT_EQ(doc.at("source_policy").at("phone_call_quantity").at("mode"), "prefer");
}

TEST_F(CopperReport, TableListsEveryActiveRepAndATotal) {
  auto r = report({"--from", "2024-11-01", "--to", "2024-11-04"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("rep1 "), std::string::npos);
  EXPECT_NE(r.out.find("TOTAL"), std::string::npos);
  EXPECT_EQ(r.out.find("gone"), std::string::npos);
  EXPECT_NE(r.out.find("phone_call_quantity     justcall > copper"), std::string::npos) << r.out;
}

TEST_F(CopperReport, ABackwardsRangeIsACommandLineError) {
  auto r = report({"--from", "2024-11-05", "--to", "2024-11-04"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("before --from"), std::string::npos) << r.err;
  auto bad = report({"--from", "11/05/2024", "--to", "2024-11-04"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("YYYY-MM-DD"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace tributary::copper
