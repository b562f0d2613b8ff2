#include "plugins/salesforce/normalize.h"

#include <map>

#include "plugins/salesforce/limit_info.h"
#include "plugins/salesforce/record.h"
#include "tributary/sdk/json.h"

namespace tributary::salesforce {

namespace json = boost::json;
using sdk::Status;

namespace {

struct ObjectRead {
  std::int64_t records = 0;
  std::int64_t converted = 0;
  std::int64_t without_id = 0;
  std::optional<Cursor> last;
};

Status read_page(const sdk::RawPage& page, sdk::NormalizeOutput& out, ObjectRead& read) {
  auto body = sdk::parse_json(page.body, "Salesforce " + page.stream + " page");
  if (!body) return body.status();
  const auto* rows = sdk::find_path(*body, "records");
  if (!rows || !rows->is_array())
    return Status::data("Salesforce " + page.stream + " page has no records array");
  for (const auto& row : rows->as_array()) {
    auto lead = record_to_lead(row, page.stream);
    if (!lead) {
      ++read.without_id;
      continue;
    }
    ++read.records;
    if (lead->record.archived) ++read.converted;
    // The server's ORDER BY SystemModstamp, Id decides what "after" means: the last record read
    // is the cursor, whatever our own string order would say.
    if (lead->position) read.last = lead->position;
    out.leads.push_back(std::move(lead->record));
  }
  return Status::success();
}

json::object summary_of(const sdk::FetchResult& fetched,
                        const std::map<std::string, ObjectRead>& objects) {
  json::object s;
  for (const auto& [object, read] : objects) {
    s[object] = {{"records", read.records},
                 {"converted", read.converted},
                 {"skipped_without_id", read.without_id}};
  }
  if (auto it = fetched.context.find("session_refreshes"); it != fetched.context.end())
    s["session_refreshes"] = it->value();
  auto limit = sdk::get_string(fetched.context, "limit_info").value_or("");
  if (auto usage = parse_limit_info(limit)) {
    s["api_usage"] = usage->used;
    s["api_limit"] = usage->limit;
  }
  if (auto it = fetched.context.find("stopped"); it != fetched.context.end()) {
    auto stopped = it->value().as_object();
    stopped["resume"] =
        "the org's API allocation ran out; what was read is committed with its cursor, and the "
        "next run after the rolling 24 h window frees requests continues from there";
    s["stopped"] = std::move(stopped);
  }
  return s;
}

}  // namespace

sdk::Result<sdk::NormalizeOutput> normalize_records(const sdk::NormalizeContext& ctx,
                                                    const sdk::FetchResult& fetched) {
  (void)ctx;
  sdk::NormalizeOutput out;
  std::map<std::string, ObjectRead> objects;
  for (const auto& page : fetched.pages) {
    if (auto s = read_page(page, out, objects[page.stream]); !s) return s;
  }
  for (const auto& [object, read] : objects) {
    if (read.last) out.state[cursor_key(object)] = read.last->to_state();
  }
  out.summary = summary_of(fetched, objects);
  return out;
}

}  // namespace tributary::salesforce
