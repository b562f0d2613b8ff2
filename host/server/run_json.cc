#include "host/server/run_json.h"

#include <boost/json/parse.hpp>

#include "tributary/sdk/time.h"

namespace tributary::host {

namespace json = boost::json;

json::object run_to_json(const RunRow& run, bool with_summary) {
  json::object o;
  o["id"] = run.id;
  o["pipeline"] = run.pipeline;
  o["trigger"] = run.trigger;
  o["status"] = run.status;
  o["started_at"] = sdk::format_iso8601_utc(run.started_at);
  const bool ended = run.ended_at != 0 && run.status != "running";
  o["ended_at"] = ended ? json::value(sdk::format_iso8601_utc(run.ended_at)) : json::value(nullptr);
  o["duration_seconds"] = ended ? json::value(run.ended_at - run.started_at) : json::value(nullptr);
  if (with_summary) {
    boost::system::error_code ec;
    auto summary = json::parse(run.summary, ec);
    // The store only ever holds JSON here; text that is not is shown as it is, not dropped.
    o["summary"] = ec ? json::value(run.summary) : std::move(summary);
  }
  return o;
}

}  // namespace tributary::host
