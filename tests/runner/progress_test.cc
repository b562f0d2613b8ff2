#include "host/runner/progress.h"

#include <gtest/gtest.h>

#include "host/runner/unit_executor.h"

namespace tributary::host {
namespace {

using namespace std::chrono;

ProgressSnapshot snapshot(int total, int done, seconds elapsed) {
  ProgressSnapshot s;
  s.pipeline = "sales";
  s.phase = "units";
  s.total = total;
  s.done = done;
  s.requests = 20;
  s.retries = 1;
  s.elapsed = elapsed;
  return s;
}

TEST(Progress, EstimatesTheRestAtThePaceSoFar) {
  // 4 units in 8 s is 2 s a unit; 6 left.
  EXPECT_EQ(estimate_remaining(snapshot(10, 4, seconds{8})), seconds{12});
  EXPECT_EQ(estimate_remaining(snapshot(10, 10, seconds{8})), seconds{0});
  EXPECT_FALSE(estimate_remaining(snapshot(10, 0, seconds{8})).has_value());
}

TEST(Progress, FormatsUnitsRequestsRetriesAndEta) {
  EXPECT_EQ(format_progress(snapshot(10, 4, seconds{8})),
            "sales: 4/10 units, 20 requests, 1 retries, 0 throttled, 8s, ETA 12s");
  auto s = snapshot(1000, 0, seconds{75});
  s.failed = 0;
  EXPECT_EQ(format_progress(s), "sales: 0/1000 units, 20 requests, 1 retries, 0 throttled, 1m15s, ETA --");
}

TEST(Progress, NamesFailuresDeferralsAndTheGoalsPhase) {
  auto s = snapshot(10, 4, seconds{8});
  s.failed = 1;
  s.deferred = 2;
  EXPECT_NE(format_progress(s).find("4/10 units (1 failed, 2 deferred)"), std::string::npos);
  s.phase = "goals";
  EXPECT_EQ(format_progress(s).rfind("sales: units done, updating goals, 20 requests", 0), 0u);
}

TEST(Progress, ReadsHttpCountersLiveAndKeepsThemOnceUnitsFinish) {
  RunProgress progress;
  {
    HttpStats a, b;
    progress.start("p", 2, {&a, &b});
    a.requests = 5;
    b.requests = 2;
    b.retries = 1;
    b.throttled = 1;
    auto live = progress.snapshot();
    EXPECT_EQ(live.requests, 7);
    EXPECT_EQ(live.retries, 1);
    EXPECT_EQ(live.throttled, 1);
    progress.finish_units();
  }  // the run's HttpStats are gone; the display may still ask
  auto after = progress.snapshot();
  EXPECT_EQ(after.requests, 7);
  EXPECT_EQ(after.retries, 1);
}

TEST(Progress, CountsFinishedFailedAndDeferredUnits) {
  RunProgress progress;
  progress.start("p", 3, {});
  UnitResult ok, failed, deferred;
  failed.status = sdk::Status::transient("timeout");
  deferred.status = sdk::Status::quota_exhausted("daily", seconds{60});
  deferred.deferred = true;
  for (const auto* r : {&ok, &failed, &deferred}) progress.unit_finished(*r);
  auto s = progress.snapshot();
  EXPECT_EQ(s.done, 3);
  EXPECT_EQ(s.failed, 1);
  EXPECT_EQ(s.deferred, 1);
}

}  // namespace
}  // namespace tributary::host
