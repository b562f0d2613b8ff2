#pragma once
// What every vendor module generates its data from. Same options, same data: byte for byte.

#include <cstdint>

#include <date/date.h>

namespace tributary::sandbox {

struct DatasetOptions {
  std::uint64_t seed = 42;
  int users = 5;           // rep1..repN (vendor modules may add their own extra people)
  int days = 60;           // data covers the local dates [anchor - days, anchor]
  int calls_per_day = 12;  // the mean; a day gets 0..2x this many
  date::sys_days anchor = date::year{2024} / date::November / 20;
};

}  // namespace tributary::sandbox
