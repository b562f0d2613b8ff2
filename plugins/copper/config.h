#pragma once
// The Copper connector's declaration (identity, config keys, outputs, budget) and its config,
// read from the host-validated JSON into typed fields.

#include <array>
#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "tributary/sdk/declaration.h"
#include "tributary/sdk/status.h"

namespace tributary::copper {

inline constexpr const char* kPluginName = "copper";
inline constexpr const char* kPluginVersion = "1.0.0";
inline constexpr const char* kDefaultBaseUrl = "https://api.copper.com/developer_api/v1";

// Who an email activity belongs to: the activity's user_id, or the user whose address is
// details.sender.email (received copies logged on a rep's record then do not count for them).
enum class EmailAttribution { kUser, kSender };
enum class TalkTimeUnit { kSeconds, kMinutes };
// Where lead progression transitions come from: "Pipeline Stage Changed" system activities
// (every entry into a stage), or the opportunities' date_stage_changed (only the latest entry).
enum class LeadSource { kStageChangeActivities, kDateStageChanged };
// Whose progression a stage change is: the opportunity's assignee, or whoever moved it.
enum class StageAttribution { kAssignee, kActor };
// Which day a won opportunity is a sale on: when it entered its won stage, or its close_date.
enum class WonDate { kStageChanged, kCloseDate };

struct CopperConfig {
  std::string api_key;
  std::string user_email;
  std::string base_url = kDefaultBaseUrl;

  // Activity type specs: "6", "system:6", "user:2160510" or a name such as "Phone Call".
  std::vector<std::string> email_types;
  std::vector<std::string> phone_call_types;
  EmailAttribution email_attribution = EmailAttribution::kUser;
  std::string talk_time_field;  // dotted path inside an activity; empty: no talk time
  TalkTimeUnit talk_time_unit = TalkTimeUnit::kSeconds;

  LeadSource lead_source = LeadSource::kStageChangeActivities;
  std::array<std::vector<std::string>, 3> lead_stages;  // A, B, C: stage ids or names
  StageAttribution stage_attribution = StageAttribution::kAssignee;
  std::vector<std::int64_t> pipeline_ids;  // empty: every pipeline

  std::vector<std::string> closed_won_stages;  // stage ids or names, besides status "Won"
  WonDate won_date = WonDate::kStageChanged;
  std::string close_date_format = "MM/DD/YYYY";
  std::int64_t sale_type_field = 710692;
  std::vector<std::int64_t> wholesale_options{2098790};
  std::vector<std::int64_t> distribution_options{2098791};

  int user_cache_ttl_hours = 24;

  bool has_lead_stages() const;
};

// The connector's one declaration: what `plugins describe copper` prints.
const sdk::Declaration& declaration();

// Reads the validated config. Defaults are the declaration's; a value the host could not check
// (an unknown close_date_format, an empty type name) is a kConfig failure naming the key.
sdk::Result<CopperConfig> parse_config(const boost::json::object& config);

}  // namespace tributary::copper
