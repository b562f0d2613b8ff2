#include "tests/sandbox/fault_plan.h"

#include <gtest/gtest.h>

#include "tests/sandbox/message.h"

namespace tributary::sandbox {
namespace {

constexpr int kRequests = 2000;

TEST(FaultPlan, InjectsNothingByDefault) {
  FaultSettings settings;
  for (std::uint64_t n = 0; n < kRequests; ++n) {
    auto decision = decide_faults(settings, 42, "justcall", n);
    EXPECT_EQ(decision.status, 0);
    EXPECT_FALSE(decision.slow);
    EXPECT_FALSE(decision.truncate);
    EXPECT_EQ(decision.delay.count(), 0);
  }
}

TEST(FaultPlan, ProbabilityOneInjectsEveryTime) {
  FaultSettings only_500;
  only_500.p500 = 1.0;
  FaultSettings slow_and_truncate;
  slow_and_truncate.p_slow = 1.0;
  slow_and_truncate.p_truncate = 1.0;
  slow_and_truncate.latency_ms = 5;
  slow_and_truncate.slow_ms = 70;
  FaultSettings all = slow_and_truncate;
  all.p429 = 1.0;
  all.p500 = 1.0;
  for (std::uint64_t n = 0; n < 100; ++n) {
    EXPECT_EQ(decide_faults(only_500, 1, "v", n).status, 500);
    auto slow = decide_faults(slow_and_truncate, 1, "v", n);
    EXPECT_TRUE(slow.slow && slow.truncate);
    EXPECT_EQ(slow.delay.count(), 75);
    auto both = decide_faults(all, 1, "v", n);
    EXPECT_EQ(both.status, 429) << "429 wins over 500";
    EXPECT_FALSE(both.truncate) << "an injected error has no body to truncate";
  }
}

TEST(FaultPlan, SameSeedAndSequenceGiveSameFaults) {
  FaultSettings settings;
  settings.p429 = 0.3;
  settings.p_truncate = 0.3;
  int injected = 0;
  int differences = 0;
  for (std::uint64_t n = 0; n < kRequests; ++n) {
    auto a = decide_faults(settings, 42, "justcall", n);
    auto b = decide_faults(settings, 42, "justcall", n);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.truncate, b.truncate);
    injected += a.status == 429;
    differences += a.status != decide_faults(settings, 43, "justcall", n).status;
  }
  // 0.3 of 2000 = 600; binomial sd ~ 20, so 450..750 cannot fail by chance.
  EXPECT_GT(injected, 450);
  EXPECT_LT(injected, 750);
  EXPECT_GT(differences, 0) << "another seed must give another fault sequence";
}

TEST(FaultPlan, UpdateChangesOnlyGivenKeys) {
  FaultSettings settings;
  settings.slow_ms = 1234;
  update_faults(settings, boost::json::object{{"fault_429", 0.25}, {"latency_ms", 20}});
  EXPECT_DOUBLE_EQ(settings.p429, 0.25);
  EXPECT_EQ(settings.latency_ms, 20);
  EXPECT_EQ(settings.slow_ms, 1234);
}

TEST(FaultPlan, UpdateRejectsUnknownKeyOrRangeAndKeepsSettings) {
  FaultSettings settings;
  try {
    update_faults(settings, boost::json::object{{"fault_429", 0.5}, {"fault_404", 0.5}});
    FAIL() << "an unknown key was accepted";
  } catch (const BadRequest& e) {
    EXPECT_NE(std::string(e.what()).find("'fault_404'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("fault_429, fault_500"), std::string::npos) << e.what();
  }
  EXPECT_DOUBLE_EQ(settings.p429, 0.0) << "a rejected update must change nothing";
  EXPECT_THROW(update_faults(settings, boost::json::object{{"fault_500", 1.5}}), BadRequest);
  EXPECT_THROW(update_faults(settings, boost::json::object{{"slow_ms", "fast"}}), BadRequest);
  EXPECT_DOUBLE_EQ(settings.p500, 0.0);
}

}  // namespace
}  // namespace tributary::sandbox
