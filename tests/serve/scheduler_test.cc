// The scheduler driven by a FixedClock: every decision happens inside poll(), so the tests set
// the time, poll, and then wait (with deadlines) only for the fake runs on worker threads.
#include <gtest/gtest.h>

#include "host/schedule/jitter.h"
#include "tests/serve/scheduler_fixture.h"

using namespace tributary::testing;
using tributary::host::OverlapPolicy;
using tributary::host::TriggerResult;
using namespace std::chrono_literals;

namespace {

constexpr auto kIdle = std::chrono::seconds(5);

}  // namespace

TEST_F(SchedulerTest, RunsEachSlotOnTimeAndNotBefore) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *"}}), 2);
  poll_at("2026-03-02T12:09:59Z");
  EXPECT_TRUE(scheduler_->running_run_ids().empty());
  EXPECT_TRUE(rows("p").empty()) << "a first start has no history to call missed";

  poll_at("2026-03-02T12:10:00Z");
  ASSERT_EQ(scheduler_->running_run_ids().size(), 1U);
  ASSERT_TRUE(runner_.wait_started(1));
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  auto job = runner_.jobs().at(0);
  EXPECT_EQ(job.trigger, "schedule");
  EXPECT_EQ(job.slot, at("2026-03-02T12:10:00Z"));
  auto history = rows("p");
  ASSERT_EQ(history.size(), 1U);
  EXPECT_EQ(history[0].id, job.run_id);
  EXPECT_EQ(history[0].trigger, "schedule");
  EXPECT_EQ(history[0].status, "success");
  EXPECT_EQ(iso(history[0].started_at), "2026-03-02T12:10:00Z");
  EXPECT_EQ(scheduler_->status().at(0).next_due, at("2026-03-02T12:20:00Z"));

  poll_at("2026-03-02T12:20:00Z");
  ASSERT_TRUE(runner_.wait_started(2));
  EXPECT_EQ(runner_.jobs().at(1).slot, at("2026-03-02T12:20:00Z"));
}

TEST_F(SchedulerTest, SlotDueWhileRunningIsSkippedAndRecorded) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *", "UTC", "skip"}}), 2);
  runner_.hold("p");
  poll_at("2026-03-02T12:10:00Z");
  ASSERT_TRUE(runner_.wait_started(1));
  const auto running_id = runner_.jobs()[0].run_id;

  poll_at("2026-03-02T12:20:00Z");
  auto skipped = rows_with_status("p", "skipped");
  ASSERT_EQ(skipped.size(), 1U);
  EXPECT_EQ(skipped[0].trigger, "schedule");
  EXPECT_EQ(iso(skipped[0].started_at), "2026-03-02T12:20:00Z");
  EXPECT_NE(skipped[0].summary.find("run #" + std::to_string(running_id) + " was still running"),
            std::string::npos)
      << skipped[0].summary;

  runner_.release("p");
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  EXPECT_EQ(runner_.jobs().size(), 1U) << "a skipped slot never runs later";
  poll_at("2026-03-02T12:30:00Z");
  ASSERT_TRUE(runner_.wait_started(2));
  EXPECT_FALSE(runner_.overlapped());
}

TEST_F(SchedulerTest, QueueKeepsOnePendingSlotAndRunsItAfterTheRunningOne) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *", "UTC", "queue"}}), 2);
  runner_.hold("p");
  poll_at("2026-03-02T12:10:00Z");
  ASSERT_TRUE(runner_.wait_started(1));
  poll_at("2026-03-02T12:20:00Z");  // queued
  poll_at("2026-03-02T12:30:00Z");  // one pending at most: skipped
  EXPECT_EQ(scheduler_->running_run_ids().size(), 1U);
  EXPECT_TRUE(scheduler_->status().at(0).pending);
  auto skipped = rows_with_status("p", "skipped");
  ASSERT_EQ(skipped.size(), 1U);
  EXPECT_EQ(iso(skipped[0].started_at), "2026-03-02T12:30:00Z");

  runner_.release("p");
  ASSERT_TRUE(runner_.wait_finished(2));
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  auto jobs = runner_.jobs();
  ASSERT_EQ(jobs.size(), 2U);
  EXPECT_EQ(jobs[1].slot, at("2026-03-02T12:20:00Z"));
  EXPECT_FALSE(runner_.overlapped());
  EXPECT_EQ(rows_with_status("p", "success").size(), 2U);
}

TEST_F(SchedulerTest, SlotsMissedWhileDownAreRecordedAtTheNextStart) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *"}}), 2);
  poll_at("2026-03-02T12:10:00Z");
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  scheduler_.reset();  // down from 12:10 to 12:45

  set_time("2026-03-02T12:45:00Z");
  restart().configure(schedules({{"p", "*/10 * * * *"}}), 2);
  auto missed = rows_with_status("p", "missed");
  ASSERT_EQ(missed.size(), 3U);
  EXPECT_EQ(iso(missed[0].started_at), "2026-03-02T12:20:00Z");
  EXPECT_EQ(iso(missed[1].started_at), "2026-03-02T12:30:00Z");
  EXPECT_EQ(iso(missed[2].started_at), "2026-03-02T12:40:00Z");
  for (const auto& m : missed) EXPECT_EQ(m.trigger, "schedule");
  EXPECT_TRUE(scheduler_->running_run_ids().empty()) << "catch_up none runs nothing";
  EXPECT_EQ(scheduler_->status().at(0).next_due, at("2026-03-02T12:50:00Z"));

  scheduler_.reset();  // a restart right away misses nothing more
  restart().configure(schedules({{"p", "*/10 * * * *"}}), 2);
  EXPECT_EQ(rows_with_status("p", "missed").size(), 3U);
}

TEST_F(SchedulerTest, CatchUpLatestRunsTheNewestMissedSlotOnce) {
  const PipelineSpec spec{"p", "*/10 * * * *", "UTC", "skip", "latest"};
  scheduler_->configure(schedules({spec}), 2);
  scheduler_.reset();
  set_time("2026-03-02T12:45:00Z");
  restart().configure(schedules({spec}), 2);
  ASSERT_TRUE(runner_.wait_started(1));
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  auto jobs = runner_.jobs();
  ASSERT_EQ(jobs.size(), 1U);
  EXPECT_EQ(jobs[0].slot, at("2026-03-02T12:40:00Z"));
  auto missed = rows_with_status("p", "missed");
  ASSERT_EQ(missed.size(), 3U) << "12:10, 12:20 and 12:30; 12:40 ran instead";
  EXPECT_EQ(iso(missed[0].started_at), "2026-03-02T12:10:00Z");
  EXPECT_EQ(iso(missed[2].started_at), "2026-03-02T12:30:00Z");
}

TEST_F(SchedulerTest, SlotsOvertakenByAClockJumpAreMissedAndOnlyTheNewestRuns) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *"}}), 2);
  poll_at("2026-03-02T12:41:00Z");  // the process slept from 12:03 to 12:41
  ASSERT_TRUE(runner_.wait_started(1));
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  EXPECT_EQ(runner_.jobs().at(0).slot, at("2026-03-02T12:40:00Z"));
  auto missed = rows_with_status("p", "missed");
  ASSERT_EQ(missed.size(), 3U);
  EXPECT_EQ(iso(missed.front().started_at), "2026-03-02T12:10:00Z");
  EXPECT_NE(missed.front().summary.find("overtaken"), std::string::npos);
}

TEST_F(SchedulerTest, JitterDelaysEveryFireByTheSameAmountAndNeverAdvancesIt) {
  const auto delay = tributary::host::jitter_for("jittered", 300);
  ASSERT_GE(delay.count(), 2) << "pick a name whose delay shows";
  ASSERT_LE(delay.count(), 300);
  const auto first = schedules({{"jittered", "*/10 * * * *", "UTC", "skip", "none", 300}});
  const auto again = schedules({{"jittered", "*/10 * * * *", "UTC", "skip", "none", 300}});
  EXPECT_EQ(first.at(0).jitter, delay);
  EXPECT_EQ(again.at(0).jitter, delay) << "the same name gets the same delay every time";

  scheduler_->configure(first, 2);
  poll_at("2026-03-02T12:10:00Z");
  EXPECT_TRUE(scheduler_->running_run_ids().empty()) << "jitter never fires early";
  poll_at(iso(at("2026-03-02T12:10:00Z") + delay - 1s));
  EXPECT_TRUE(scheduler_->running_run_ids().empty());
  poll_at(iso(at("2026-03-02T12:10:00Z") + delay));
  ASSERT_TRUE(runner_.wait_started(1));
  EXPECT_EQ(runner_.jobs().at(0).slot, at("2026-03-02T12:10:00Z"));
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  EXPECT_EQ(scheduler_->status().at(0).next_due, at("2026-03-02T12:20:00Z") + delay);
}

TEST_F(SchedulerTest, GlobalCapHoldsTheRestUntilASlotFrees) {
  scheduler_->configure(
      schedules({{"a", "*/10 * * * *"}, {"b", "*/10 * * * *"}, {"c", "*/10 * * * *"}}), 2);
  for (const char* p : {"a", "b", "c"}) runner_.hold(p);
  poll_at("2026-03-02T12:10:00Z");
  ASSERT_TRUE(runner_.wait_started(2));
  EXPECT_EQ(scheduler_->running_run_ids().size(), 2U);
  EXPECT_TRUE(rows("c").empty()) << "a waiting run has no row yet";

  runner_.release("a");
  ASSERT_TRUE(runner_.wait_started(3));
  EXPECT_EQ(runner_.jobs().at(2).pipeline, "c");
  EXPECT_EQ(runner_.jobs().at(2).slot, at("2026-03-02T12:10:00Z"));
  runner_.release("b");
  runner_.release("c");
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  EXPECT_EQ(runner_.max_running(), 2);
}

TEST_F(SchedulerTest, TriggerRunsNowAndAnswersBusyWithTheRunningRun) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *"}, {"manual", ""}}), 2);
  runner_.hold("manual");
  auto first = scheduler_->trigger("manual");
  ASSERT_EQ(first.kind, TriggerResult::Kind::kAccepted) << first.message;
  EXPECT_FALSE(first.queued);
  ASSERT_TRUE(runner_.wait_started(1));
  EXPECT_EQ(runner_.jobs()[0].run_id, first.run_id);
  EXPECT_EQ(store_->run(first.run_id)->trigger, "http");
  EXPECT_EQ(store_->run(first.run_id)->status, "running");

  auto second = scheduler_->trigger("manual");
  EXPECT_EQ(second.kind, TriggerResult::Kind::kBusy);
  EXPECT_EQ(second.run_id, first.run_id);
  EXPECT_EQ(scheduler_->trigger("nope").kind, TriggerResult::Kind::kUnknownPipeline);

  runner_.release("manual");
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  EXPECT_EQ(store_->run(first.run_id)->status, "success");
  EXPECT_EQ(runner_.jobs().size(), 1U);
}

TEST_F(SchedulerTest, StoppingDropsWaitingRunsAndClosesTheirRows) {
  scheduler_->configure(schedules({{"a", ""}, {"b", ""}}), 1);
  runner_.hold("a");
  ASSERT_EQ(scheduler_->trigger("a").kind, TriggerResult::Kind::kAccepted);
  auto waiting = scheduler_->trigger("b");
  ASSERT_EQ(waiting.kind, TriggerResult::Kind::kAccepted);
  EXPECT_TRUE(waiting.queued);
  EXPECT_EQ(scheduler_->trigger("b").kind, TriggerResult::Kind::kBusy);

  scheduler_->stop_starting();
  EXPECT_EQ(store_->run(waiting.run_id)->status, "skipped");
  EXPECT_EQ(scheduler_->trigger("a").kind, TriggerResult::Kind::kStopping);
  EXPECT_FALSE(scheduler_->wait_idle(50ms)) << "a is still running";
  runner_.release("a");
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  for (const auto& r : store_->runs(std::nullopt, 0)) EXPECT_NE(r.status, "running");
  EXPECT_EQ(runner_.jobs().size(), 1U);
}

TEST_F(SchedulerTest, LoopFiresWhenWokenAfterTheClockMoves) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *"}}), 2);
  scheduler_->start_loop();
  set_time("2026-03-02T12:10:00Z");
  scheduler_->wake();
  ASSERT_TRUE(runner_.wait_started(1));
  EXPECT_EQ(runner_.jobs()[0].slot, at("2026-03-02T12:10:00Z"));
}

TEST_F(SchedulerTest, ReloadKeepsTheRunningJobAndMovesAChangedScheduleToNow) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *"}, {"q", "*/10 * * * *"}}), 2);
  runner_.hold("p");
  poll_at("2026-03-02T12:10:00Z");
  ASSERT_TRUE(runner_.wait_started(2));
  set_time("2026-03-02T12:12:00Z");
  scheduler_->configure(schedules({{"p", "*/10 * * * *"}, {"q", "*/15 * * * *"}}), 2);
  auto status = scheduler_->status();
  ASSERT_EQ(status.size(), 2U);
  EXPECT_NE(status[0].running_run_id, 0) << "p keeps running through the reload";
  EXPECT_EQ(status[0].next_due, at("2026-03-02T12:20:00Z"));
  EXPECT_EQ(status[1].next_due, at("2026-03-02T12:15:00Z"));
  EXPECT_EQ(scheduler_->trigger("p").kind, TriggerResult::Kind::kBusy);

  scheduler_->configure(schedules({{"q", "*/15 * * * *"}}), 2);  // p removed while it runs
  EXPECT_EQ(scheduler_->trigger("p").kind, TriggerResult::Kind::kUnknownPipeline);
  runner_.release("p");
  ASSERT_TRUE(scheduler_->wait_idle(kIdle));
  EXPECT_EQ(rows_with_status("p", "success").size(), 1U);
  EXPECT_FALSE(runner_.overlapped());
}

TEST_F(SchedulerTest, AMarkAheadOfTheClockDoesNotSilenceThePipeline) {
  scheduler_->configure(schedules({{"p", "*/10 * * * *"}}), 2);
  scheduler_.reset();
  set_time("2026-03-02T11:01:00Z");  // the clock was set back while serve was down
  restart().configure(schedules({{"p", "*/10 * * * *"}}), 2);
  EXPECT_EQ(scheduler_->status().at(0).next_due, at("2026-03-02T11:10:00Z"));
  EXPECT_TRUE(rows("p").empty());
}
