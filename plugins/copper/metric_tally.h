#pragma once
// Sums per (our user, metric type, organisation-local day) in exact integer units (counts,
// cents, seconds) and turns them into MetricRecords in a fixed order, so normalize is
// deterministic and money is exact to the cent.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::copper {

class MetricTally {
 public:
  MetricTally(std::string zone, sdk::Window window)
      : timezone_(std::move(zone)), window_(std::move(window)) {}

  // The organisation-local day of a unix instant inside the window; nullopt outside it.
  sdk::Result<std::optional<std::string>> day_of(std::int64_t at) const;
  // A local calendar day ("YYYY-MM-DD") if it is inside the window.
  bool in_window(std::string_view day) const;

  // `units`: 1 per count, cents for sales, seconds for talk time.
  void add(const std::string& user_id, std::string_view type, const std::string& day,
           std::int64_t units, std::optional<std::int64_t> opportunity_id = std::nullopt);

  std::vector<sdk::MetricRecord> records() const;

 private:
  struct Cell {
    std::int64_t units = 0;
    int items = 0;
    std::set<std::int64_t> opportunities;
  };
  std::string timezone_;
  sdk::Window window_;
  std::map<std::tuple<std::string, std::string, std::string>, Cell> cells_;
};

}  // namespace tributary::copper
