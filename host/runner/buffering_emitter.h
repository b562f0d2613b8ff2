#pragma once
// Collects what a connector emits for one unit, checking each record against the unit's contract
// (declared metric types, the unit's users, dates inside the window) so a connector bug fails
// the unit instead of writing outside what it owns.

#include <set>
#include <string>
#include <vector>

#include "tributary/sdk/connector.h"

namespace tributary::host {

class BufferingEmitter final : public sdk::Emitter {
 public:
  BufferingEmitter(const sdk::Declaration& declaration, const sdk::Window& window,
                   std::set<std::string> unit_users);

  sdk::Status metric(const sdk::MetricRecord& record) noexcept override;
  sdk::Status lead(const sdk::LeadRecord& record) noexcept override;
  sdk::Status cover(std::string_view user_id) noexcept override;
  sdk::Status state(std::string_view key, std::string_view value) noexcept override;
  void note(const sdk::UserNote& note) noexcept override;
  void summary(std::string_view key, const boost::json::value& value) noexcept override;

  std::vector<sdk::MetricRecord> metrics;
  std::vector<sdk::LeadRecord> leads;
  std::vector<std::string> covered;
  sdk::StateMap new_state;
  std::vector<sdk::UserNote> notes;
  boost::json::object summary_fields;

 private:
  const sdk::Declaration& declaration_;
  sdk::Window window_;
  std::set<std::string> unit_users_;
  std::set<std::string> covered_set_;
};

}  // namespace tributary::host
