#pragma once
// The fake Copper account's fixed metadata, modelled on the tenant the original system ran
// against: its activity types (ids of user types are per account), two pipelines and their
// stages, the "Sale Type" custom field, and its people: the reps (same emails as the JustCall
// fake, rep2 in another case) plus people who are not our users.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>
#include <date/tz.h>

namespace tributary::sandbox::copper {

inline constexpr std::string_view kAccountZone = "America/Denver";

// Activity types the data uses: {category, id}.
inline constexpr std::int64_t kNoteType = 0;              // user
inline constexpr std::int64_t kPhoneCallType = 2160510;   // user
inline constexpr std::int64_t kPhoneCallTestType = 2257077;  // user, disabled
inline constexpr std::int64_t kStageChangedType = 3;      // system
inline constexpr std::int64_t kEmailType = 6;             // system

inline constexpr std::int64_t kSalesPipeline = 1084986;
inline constexpr std::int64_t kTradeShowPipeline = 1084987;
inline constexpr std::int64_t kStageOpportunity = 4896301;
inline constexpr std::int64_t kStageFactFinding = 5034781;
inline constexpr std::int64_t kStageContact = 5034782;
inline constexpr std::int64_t kStageClosing = 5034783;
inline constexpr std::int64_t kStagePaymentReceived = 4896303;
inline constexpr std::int64_t kStageBoothLead = 6000001;
inline constexpr std::int64_t kStageShowFactFinding = 6000002;

inline constexpr std::int64_t kSaleTypeField = 710692;
inline constexpr std::int64_t kSaleWholesale = 2098790;
inline constexpr std::int64_t kSaleDistribution = 2098791;
inline constexpr std::int64_t kSaleDirect = 2098792;

struct Stage {
  std::int64_t id;
  std::string_view name;
  std::int64_t pipeline_id;
  int win_probability;
};
const std::vector<Stage>& stages();
const Stage& stage(std::int64_t id);  // throws std::out_of_range for an unknown id

struct Person {
  std::int64_t id = 0;
  std::string name;
  std::string email;
  bool rep = false;  // one of rep1..repN (our users); the others are not in our config
};

inline constexpr std::int64_t kOwnerId = 2000;
inline constexpr std::int64_t kManagerId = 2900;
inline constexpr std::int64_t kOfficeId = 2901;

// The key owner, rep1..repN (ids 2001..), the sales manager and the office address.
std::vector<Person> make_people(int reps);

boost::json::value activity_types_json();
boost::json::value pipelines_json();
boost::json::value pipeline_stages_json(std::int64_t only_pipeline = 0);  // 0: every pipeline
boost::json::value person_json(const Person& person);

}  // namespace tributary::sandbox::copper
