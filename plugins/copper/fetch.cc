// fetch: everything once per account and window. Reads the account's activity types and stages
// (to resolve the config), our users' Copper ids, then one activities search and the
// opportunity searches the plan needs. Bounds are padded by a day and cut exactly in normalize.
#include <boost/json.hpp>
#include <set>

#include "plugins/copper/copper_api.h"
#include "plugins/copper/copper_connector.h"
#include "plugins/copper/plan.h"
#include "plugins/copper/user_directory.h"
#include "tributary/sdk/guarded.h"
#include "tributary/sdk/json.h"
#include "tributary/sdk/services.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

constexpr std::int64_t kPadSeconds = 86400;
constexpr const char* kDirectoryCacheKey = "users_by_email";

struct Fetcher {
  const sdk::FetchContext& ctx;
  const CopperConfig& config;
  CopperApi api;
  sdk::FetchResult out;

  std::int64_t padded_start() const { return ctx.window.start_utc - kPadSeconds; }
  std::int64_t padded_end() const { return ctx.window.end_utc - 1 + kPadSeconds; }

  sdk::Result<std::string> get_page(std::string_view path, std::string_view stream) {
    auto body = api.get(path);
    if (!body) return body.status();
    out.pages.push_back({std::string(stream), *body, {{"path", path}}});
    return body;
  }

  sdk::Result<UserDirectory> directory() {
    auto& cache = ctx.host->cache();
    if (config.user_cache_ttl_hours > 0) {
      if (auto text = cache.get(kDirectoryCacheKey)) {
        if (auto cached = directory_from_text(*text)) return std::move(*cached);
      }
    }
    UserDirectory dir;
    auto s = api.search("/users/search", {}, "users", "users", out.pages,
                        [&](const json::array& page) {
                          add_users(page, dir);
                          return sdk::Status::success();
                        });
    if (!s) return s;
    if (config.user_cache_ttl_hours > 0) {
      auto ttl = std::chrono::hours{config.user_cache_ttl_hours};
      if (auto put = cache.put(kDirectoryCacheKey, directory_to_text(dir), ttl); !put)
        ctx.host->log().warn("copper: user directory not cached: " + put.message());
    }
    return dir;
  }

  sdk::Status resolve_users() {
    std::optional<UserDirectory> dir;
    if (needs_directory(ctx.users)) {
      auto d = directory();
      if (!d) return d.status();
      dir = std::move(*d);
    }
    auto resolution = copper::resolve_users(ctx.users, dir ? &*dir : nullptr);
    for (const auto& n : resolution.notes) ctx.host->log().warn("copper: " + n.status.message());
    out.context = resolution_to_context(resolution);
    return sdk::Status::success();
  }

  sdk::Status activities(const Plan& plan) {
    auto types = plan.search_types();
    if (types.empty()) return sdk::Status::success();
    json::array filter;
    for (const auto& t : types) filter.push_back({{"id", t.id}, {"category", t.category}});
    json::object body{{"activity_types", std::move(filter)},
                      {"minimum_activity_date", padded_start()},
                      {"maximum_activity_date", padded_end()}};
    return api.search("/activities/search", body, "activities", "activities", out.pages);
  }

  json::object opportunity_filter() const {
    json::object body;
    if (!config.pipeline_ids.empty()) body["pipeline_ids"] = json::value_from(config.pipeline_ids);
    return body;
  }

  // Opportunities whose `field` date (stage_change or close) falls in the padded window.
  sdk::Status opportunities_by(std::string_view field, std::string_view name) {
    auto body = opportunity_filter();
    body["minimum_" + std::string(field) + "_date"] = padded_start();
    body["maximum_" + std::string(field) + "_date"] = padded_end();
    return api.search("/opportunities/search", body, "opportunities", name, out.pages);
  }

  sdk::Status opportunities(const Plan& plan) {
    if (plan.opportunities_by_stage_change) {
      if (auto s = opportunities_by("stage_change", "stage_changed_in_window"); !s) return s;
    }
    if (plan.opportunities_by_close_date) {
      if (auto s = opportunities_by("close", "closing_in_window"); !s) return s;
    }
    return referenced_opportunities();
  }

  // Opportunities a stage change in the window names but the searches above did not return
  // (they moved again after the window): needed for their assignee, value and channel.
  sdk::Status referenced_opportunities() {
    std::set<std::int64_t> have, wanted;
    for (const auto& page : out.pages) {
      if (page.stream != "activities" && page.stream != "opportunities") continue;
      auto parsed = sdk::parse_json(page.body, "copper " + page.stream);
      if (!parsed || !parsed->is_array()) continue;
      for (const auto& v : parsed->get_array()) {
        if (page.stream == "opportunities") {
          if (auto id = sdk::get_int(v, "id")) have.insert(*id);
        } else if (sdk::get_string(v, "parent.type") == std::optional<std::string>("opportunity") &&
                   sdk::get_int(v, "type.id") == kStageChangedType.id &&
                   sdk::get_string(v, "type.category") == kStageChangedType.category) {
          if (auto id = sdk::get_int(v, "parent.id")) wanted.insert(*id);
        }
      }
    }
    json::array ids;
    for (auto id : wanted) {
      if (!have.count(id)) ids.push_back(id);
    }
    if (ids.empty()) return sdk::Status::success();
    json::object body{{"ids", std::move(ids)}};
    return api.search("/opportunities/search", body, "opportunities", "named_by_stage_changes",
                      out.pages);
  }

  sdk::Result<sdk::FetchResult> run() {
    auto types_body = get_page("/activity_types", "activity_types");
    if (!types_body) return types_body.status();
    auto stages_body = get_page("/pipeline_stages", "pipeline_stages");
    if (!stages_body) return stages_body.status();
    auto plan = make_plan(config, *types_body, *stages_body);
    if (!plan) return plan.status();
    if (auto s = resolve_users(); !s) return s;
    if (out.context["users"].as_object().empty()) return std::move(out);  // nobody to count for
    if (auto s = activities(*plan); !s) return s;
    if (auto s = opportunities(*plan); !s) return s;
    return std::move(out);
  }
};

}  // namespace

sdk::Result<sdk::FetchResult> CopperConnector::fetch(const sdk::FetchContext& ctx) noexcept {
  using Fetched = sdk::Result<sdk::FetchResult>;
  return sdk::guarded<sdk::FetchResult>("Copper", "fetch", [&]() -> Fetched {
    auto config = parse_config(ctx.config);
    if (!config) return config.status();
    if (!ctx.host) return sdk::Status::internal("copper fetch: no host services");
    Fetcher fetcher{ctx, *config, CopperApi(*config, ctx.host->http()), {}};
    return fetcher.run();
  });
}

}  // namespace tributary::copper
