#pragma once
// Copper activities and opportunities read from the recorded search pages, deduplicated by id
// (page-number paging has no snapshot and full_result may repeat records). Deleted activities
// come back as {id, is_deleted: true} stubs without a type and are dropped here.

#include <boost/json/value.hpp>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plugins/copper/activity_types.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/status.h"

namespace tributary::copper {

struct Activity {
  std::int64_t id = 0;
  TypeKey type;
  std::optional<std::int64_t> user_id;
  std::int64_t at = 0;  // activity_date (unix seconds), else date_created
  std::string parent_type;
  std::optional<std::int64_t> parent_id;
  std::optional<std::string> sender_email;  // details.sender.email (emails)
  std::optional<double> talk_value;         // the configured talk_time_field, when present
  boost::json::value new_value, old_value;  // stage changes only
};

struct Opportunity {
  std::int64_t id = 0;
  std::optional<std::int64_t> assignee_id;
  std::string status;
  std::optional<std::int64_t> pipeline_id;
  std::optional<std::int64_t> stage_id;
  std::optional<std::int64_t> value_cents;  // monetary_value, exact to the cent
  std::optional<std::string> close_date;    // as Copper sends it (a locale string)
  std::optional<std::int64_t> date_stage_changed;
  boost::json::value custom_fields;
};

struct ActivityCounts {
  int received = 0;       // records on the pages, repeats included
  int duplicates = 0;
  int deleted_stubs = 0;
};

// Activities ordered by id. A record seen twice keeps its deleted stub if either copy is one,
// else the copy with the later date_modified.
// `talk_time_field` (a dotted path, may be empty) is read into Activity::talk_value.
sdk::Result<std::vector<Activity>> collect_activities(const std::vector<sdk::RawPage>& pages,
                                                      ActivityCounts& counts,
                                                      std::string_view talk_time_field);

sdk::Result<std::map<std::int64_t, Opportunity>> collect_opportunities(
    const std::vector<sdk::RawPage>& pages);

// Every record of every page of `stream`, one page parsed at a time; a page that is not an array
// fails, and so does the first record `visit` fails.
sdk::Status for_each_record(const std::vector<sdk::RawPage>& pages, std::string_view stream,
                            const std::function<sdk::Status(boost::json::value&)>& visit);

// Every record of every page of `stream`, as parsed arrays; a page that is not an array fails.
sdk::Result<std::vector<boost::json::value>> records_of(const std::vector<sdk::RawPage>& pages,
                                                        std::string_view stream);

}  // namespace tributary::copper
