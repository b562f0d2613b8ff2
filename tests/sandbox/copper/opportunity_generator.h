#pragma once
// Deterministic opportunities and their "Pipeline Stage Changed" activities. Each rep may open
// one on an account-local date, hashed from (seed, rep, date); it then walks its pipeline
// (Opportunity > Fact Finding > Contact Stage > Closing Stage > Payment Received, or Booth Lead >
// Fact Finding at trade shows) a few days per step, sometimes moved by the sales manager, and
// may stop, be lost, or be won. Steps after the end of the data range have not happened yet.

#include <vector>

#include <date/tz.h>

#include "tests/sandbox/copper/account.h"
#include "tests/sandbox/copper/model.h"
#include "tests/sandbox/dataset_options.h"

namespace tributary::sandbox::copper {

struct GeneratedDeals {
  std::vector<Opportunity> opportunities;
  std::vector<Activity> stage_changes;
};

GeneratedDeals generate_opportunities(const std::vector<Person>& people, const date::time_zone* zone,
                                      const DatasetOptions& options);

}  // namespace tributary::sandbox::copper
