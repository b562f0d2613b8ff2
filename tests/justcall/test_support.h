#pragma once
// Fixture pages and the contexts the JustCall tests share: agent Derek (id 4242) works on
// America/Los_Angeles, the organisation is on America/New_York.

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::justcall::testing {

inline constexpr const char* kBaseUrl = "http://127.0.0.1:9";
inline constexpr const char* kApiKey = "key-123";
inline constexpr const char* kApiSecret = "secret-456";

// The text of plugins/justcall/fixtures/<name>.
std::string fixture(const std::string& name);

// Organisation-local window (America/New_York) of whole days first..last.
sdk::Window ny_window(const std::string& first, const std::string& last);

// Derek on 2024-06-03..2024-06-05, the given rules.
sdk::NormalizeContext june_context(const std::string& count_calls = "handled",
                                   const std::string& talk_time_field = "conversation_time");
// The two recorded June pages as fetch would hand them over.
sdk::FetchResult june_pages();

sdk::FetchResult pages_of(const std::vector<std::string>& bodies,
                          const std::string& agent_timezone = "America/Los_Angeles");

// A page holding the given call objects (JSON text each).
std::string page_with(const std::vector<std::string>& calls);

// The full config a pipeline would pass (secrets included).
boost::json::object full_config();

// One day's expected metric, for expect_metrics.
struct ExpectedMetric {
  std::string date;
  std::string type;
  double value;
  boost::json::object metadata;
};
ExpectedMetric phone(const std::string& date, int count, int seconds, int calls_all);
ExpectedMetric talk(const std::string& date, int seconds);

void expect_metrics(const sdk::NormalizeOutput& out, const std::vector<ExpectedMetric>& expected,
                    const std::string& user_id = "u-derek");

}  // namespace tributary::justcall::testing
