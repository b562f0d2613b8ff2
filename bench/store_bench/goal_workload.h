#pragma once
// The goal-update workload: `users` users with metrics for every type on every day of the last
// N days (N chosen so the table holds `metric_rows` rows), and ten goals per user over every
// period kind, so 1,000 users give 10,000 goals over 5,000,000 rows.

#include <chrono>
#include <cstdint>
#include <string>

#include "bench/store_bench/metric_workload.h"
#include "host/config/model.h"

namespace tributary::bench {

constexpr int kGoalsPerUser = 10;

// Phone and talk time from "justcall", the other six types from "copper" (the sources the
// default source policy prefers), ending on `last_date`.
Throughput fill_goal_metrics(host::Store& store, int users, std::int64_t metric_rows,
                             const std::string& last_date, std::int64_t now_unix);

// Users user1..userN and kGoalsPerUser goals for "*", in the organisation zone `tz`.
host::Config goal_config(int users, const std::string& tz);

}  // namespace tributary::bench
