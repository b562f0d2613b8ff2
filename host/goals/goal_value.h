#pragma once
// A goal's current value from what each source reported for its user, type and period.

#include <map>
#include <string>

#include "host/config/model.h"

namespace tributary::host {

struct SourceTotal {
  double value = 0;
  long rows = 0;  // metric rows behind the value; a source with rows "reported", even zero
};

using SourceTotals = std::map<std::string, SourceTotal, std::less<>>;  // by source

struct GoalValue {
  double current = 0;
  std::string source_detail;  // JSON: policy, order, every source's value, the sources used
};

// prefer: the first listed source that reported supplies the whole value; the others (and any
// source not listed) are ignored so one activity logged in two systems counts once.
// sum: the listed sources added up, or every source when the list is empty.
GoalValue goal_value(const SourcePolicy& policy, const SourceTotals& totals);

}  // namespace tributary::host
