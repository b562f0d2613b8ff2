// `tributary schedule next` prints what the schedule library computes, one instant per line,
// and `tributary validate` rejects a bad cron with its location.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "host/schedule/cron.h"
#include "tests/serve/serve_env.h"

using namespace tributary::testing;
namespace host = tributary::host;

namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> library_next(const std::string& cron, const std::string& zone_name,
                                      const std::string& from, std::size_t count) {
  const auto* zone = date::locate_zone(zone_name);
  auto expr = std::get<host::CronExpression>(host::CronExpression::parse(cron));
  auto start = std::get<std::chrono::sys_seconds>(host::parse_iso8601_instant(from, zone));
  std::vector<std::string> out;
  for (auto t : host::next_fires(expr, zone, start, count))
    out.push_back(host::format_iso8601_offset(t, zone));
  return out;
}

ProcessResult schedule_next(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {bin("tributary"), "schedule", "next"};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv, {{"TRIBUTARY_CONFIG", ""}}, std::chrono::seconds(20));
}

// A random field: *, */n, a-b, a-b/n, a list, or a single value within [lo, hi].
std::string random_field(std::mt19937& gen, int lo, int hi) {
  auto pick = [&](int a, int b) { return std::uniform_int_distribution<int>(a, b)(gen); };
  switch (pick(0, 5)) {
    case 0: return "*";
    case 1: return "*/" + std::to_string(pick(2, std::max(2, (hi - lo) / 2)));
    case 2: {
      int a = pick(lo, hi), b = pick(a, hi);
      return std::to_string(a) + "-" + std::to_string(b);
    }
    case 3: {
      int a = pick(lo, hi), b = pick(a, hi);
      return std::to_string(a) + "-" + std::to_string(b) + "/" + std::to_string(pick(1, 3));
    }
    case 4: return std::to_string(pick(lo, hi)) + "," + std::to_string(pick(lo, hi));
    default: return std::to_string(pick(lo, hi));
  }
}

}  // namespace

TEST(ScheduleNextCommand, PrintsWhatTheLibraryComputesForRandomSchedules) {
  std::mt19937 gen(2026);
  const std::vector<std::string> zones = {"UTC", "America/New_York", "Europe/Berlin",
                                          "Australia/Lord_Howe"};
  // Starts around the 2026 daylight-saving changes of New York and Berlin, and ordinary days.
  const std::vector<std::string> starts = {"2026-03-07T22:00:00Z", "2026-03-28T20:00:00Z",
                                           "2026-10-24T22:00:00Z", "2026-10-31T23:30:00Z",
                                           "2026-06-15T12:34:56Z", "2026-04-04T13:00:00Z"};
  for (int i = 0; i < 24; ++i) {
    std::string cron = random_field(gen, 0, 59) + " " + random_field(gen, 0, 23) + " " +
                       (i % 3 == 0 ? random_field(gen, 1, 28) : "*") + " * " +
                       (i % 4 == 0 ? random_field(gen, 0, 6) : "*");
    const auto& zone = zones[static_cast<std::size_t>(i) % zones.size()];
    const auto& from = starts[static_cast<std::size_t>(i) % starts.size()];
    auto r = schedule_next({"--cron", cron, "--tz", zone, "--from", from, "--count", "8"});
    ASSERT_EQ(r.exit_code, 0) << cron << ": " << r.err;
    EXPECT_EQ(lines(r.out), library_next(cron, zone, from, 8)) << cron << " in " << zone;
  }
}

TEST(ScheduleNextCommand, FollowsTheDaylightSavingRuleAndNow) {
  // docs/scheduling.md: the 02:30 job on New York's spring-forward day runs at 03:00 EDT.
  auto r = run_process({bin("tributary"), "--now", "2026-03-08T06:00:00Z", "schedule", "next",
                        "--cron", "30 2 * * *", "--tz", "America/New_York", "--count", "2"},
                       {{"TRIBUTARY_CONFIG", ""}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out), (std::vector<std::string>{"2026-03-08T03:00:00-04:00",
                                                    "2026-03-09T02:30:00-04:00"}));
}

TEST(ScheduleNextCommand, UsesAPipelinesCronAndZone) {
  ServeEnv env;
  auto r = env.tributary({"schedule", "next", "sales-metrics", "--from",
                          "2026-11-01T00:55:00-06:00", "--count", "4"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out),
            library_next("*/10 * * * *", "America/Denver", "2026-11-01T00:55:00-06:00", 4));
  EXPECT_EQ(lines(r.out).at(0), "2026-11-01T01:00:00-06:00");
}

TEST(ScheduleNextCommand, RejectsBadInputWithReasons) {
  auto bad_cron = schedule_next({"--cron", "0 24 * * *"});
  EXPECT_EQ(bad_cron.exit_code, 2);
  EXPECT_NE(bad_cron.err.find("hour: 24 is out of range 0-23"), std::string::npos) << bad_cron.err;
  auto bad_zone = schedule_next({"--cron", "0 0 * * *", "--tz", "America/New_Yrok"});
  EXPECT_EQ(bad_zone.exit_code, 2);
  EXPECT_NE(bad_zone.err.find("did you mean 'America/New_York'"), std::string::npos) << bad_zone.err;
  EXPECT_EQ(schedule_next({}).exit_code, 2);
  auto bad_from = schedule_next({"--cron", "0 0 * * *", "--from", "yesterday"});
  EXPECT_EQ(bad_from.exit_code, 2);
  EXPECT_NE(bad_from.err.find("--from 'yesterday'"), std::string::npos) << bad_from.err;
}

TEST(ValidateCommand, RejectsABadCronAtItsLocation) {
  ServeEnv env;
  replace_in_file(env.pipeline_file(), "cron: \"*/10 * * * *\"", "cron: \"0 24 * * *\"");
  auto r = env.tributary({"validate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("pipelines/sales-metrics.yaml:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("hour: 24 is out of range 0-23"), std::string::npos) << r.err;
}
