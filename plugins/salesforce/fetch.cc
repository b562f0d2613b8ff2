#include "plugins/salesforce/fetch.h"

#include "plugins/salesforce/api_error.h"
#include "plugins/salesforce/limit_info.h"
#include "plugins/salesforce/session.h"
#include "plugins/salesforce/soql.h"
#include "tributary/sdk/json.h"

namespace tributary::salesforce {

using sdk::Status;

namespace {

struct Reader {
  sdk::HostServices& host;
  const SalesforceConfig& config;
  Session session;
  sdk::FetchResult out;
  std::size_t records = 0;
  std::optional<Status> stopped;  // REQUEST_LIMIT_EXCEEDED, as error_status words it

  std::optional<Cursor> cursor_of(const std::string& object) {
    auto text = host.state().get(cursor_key(object));
    if (!text) return std::nullopt;
    auto cursor = Cursor::from_state(*text);
    if (!cursor)
      host.log().warn("Salesforce " + object + ": committed cursor '" + *text +
                      "' is not 'datetime|id'; reading every " + object + " again");
    return cursor;
  }

  // Proactive: the org's allocation (rolling 24 h) is as full as the config lets this sync make
  // it. Pages already read are kept; the next run resumes from their cursor.
  std::optional<Status> allocation_full(std::string_view header) const {
    auto usage = parse_limit_info(header);
    if (!usage || usage->limit <= 0 ||
        usage->used * 100 < usage->limit * static_cast<std::int64_t>(config.max_api_usage_percent))
      return std::nullopt;
    return Status::quota_exhausted(
        "Salesforce daily API allocation at " + std::to_string(usage->used) + "/" +
            std::to_string(usage->limit) + " (Sforce-Limit-Info), the max_api_usage_percent of " +
            std::to_string(config.max_api_usage_percent) +
            "% this sync may use; it frees up over the rolling 24 h",
        std::chrono::hours{1});
  }

  // Reads one object; returns a failure only for what must fail the unit.
  Status read(const std::string& object) {
    std::string path = "/services/data/" + config.api_version +
                       "/query?q=" + sdk::url_encode(soql(object, cursor_of(object)));
    const sdk::Headers headers = {
        {"Sforce-Query-Options", "batchSize=" + std::to_string(config.batch_size)}};
    const std::string what = "Salesforce query " + object;
    for (int page = 0;; ++page) {
      if (host.stop_requested()) return Status::transient("stopped: the host was asked to stop");
      auto response = session.get(path, headers, what);
      if (!response) return response.status();
      if (response->status < 200 || response->status >= 300) {
        auto failed = error_status(*response, what, config);
        if (failed.kind() != sdk::FailureKind::kQuotaExhausted) return failed;
        stopped = failed;
        out.context["stopped"] = {
            {"object", object}, {"code", kRequestLimitExceeded}, {"message", failed.message()}};
        return Status::success();
      }
      auto body = sdk::parse_json(response->body, what);
      if (!body) return body.status();
      const auto* rows = sdk::find_path(*body, "records");
      if (!rows || !rows->is_array())
        return Status::data(what + " answered without a records array");
      records += rows->as_array().size();
      out.pages.push_back({object, std::move(response->body), {{"page", page}}});
      auto next = sdk::get_string(*body, "nextRecordsUrl");
      if (sdk::get_bool(*body, "done").value_or(true) || !next || next->empty())
        return Status::success();
      if (auto full = allocation_full(response->header("Sforce-Limit-Info"))) {
        stopped = full;
        out.context["stopped"] = {
            {"object", object}, {"code", "MAX_API_USAGE_PERCENT"}, {"message", full->message()}};
        return Status::success();
      }
      path = *next;
    }
  }
};

}  // namespace

sdk::Result<sdk::FetchResult> fetch_records(const sdk::FetchContext& ctx,
                                            const SalesforceConfig& config) {
  if (ctx.host == nullptr)
    return Status::internal("Salesforce fetch was called without host services");
  Reader reader{*ctx.host, config, Session(*ctx.host, config), {}, 0, std::nullopt};
  for (const auto& object : config.objects) {
    if (auto s = reader.read(object); !s) return s;
    if (reader.stopped) break;
  }
  auto& context = reader.out.context;
  context["limit_info"] = reader.session.limit_info();
  context["session_refreshes"] = reader.session.refreshes();
  if (reader.stopped) {
    if (reader.records == 0) return *reader.stopped;
    ctx.host->log().warn(reader.stopped->message() + "; keeping the " +
                         std::to_string(reader.records) +
                         " records read so far, the next run resumes from their cursor");
  }
  return std::move(reader.out);
}

}  // namespace tributary::salesforce
