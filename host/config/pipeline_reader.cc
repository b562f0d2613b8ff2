#include <map>

#include "host/config/map_reader.h"
#include "host/config/readers.h"
#include "host/config/scalar_parse.h"
#include "host/config/time_zones.h"
#include "host/schedule/cron_expression.h"

namespace tributary::host {

namespace {

const std::vector<std::string> kPipelineKeys = {"name",        "schedule",     "window",    "users",
                                                "concurrency", "update_goals", "connectors"};

// A bad expression fails loading (and `validate`) here rather than at the first scheduled run.
void check_cron(MapReader& map, const std::string& cron) {
  auto parsed = CronExpression::parse(cron);
  const auto where = map.value_at("cron");
  if (const auto* e = std::get_if<CronParseError>(&parsed)) {
    map.ctx().error(where, "cron '" + cron + "' in " + map.what() + " is invalid: " +
                               e->to_string());
  } else if (!std::get<CronExpression>(parsed).can_ever_fire()) {
    map.ctx().error(where, "cron '" + cron + "' in " + map.what() +
                               " never fires: no date has that day-of-month in those months");
  }
}

void read_schedule(MapReader& root, PipelineConfig& out) {
  auto map = root.mapping("schedule", "'schedule' of " + root.what());
  map.check_keys({"cron", "timezone", "overlap", "catch_up", "jitter_seconds"});
  auto& schedule = out.schedule;
  schedule.where = map.where();
  if (auto cron = map.text("cron")) {
    schedule.cron = *cron;
    check_cron(map, *cron);
  }
  if (auto zone = read_time_zone(map, "timezone")) schedule.timezone = *zone;
  if (auto v = map.choice("overlap", "overlap policy", {"skip", "queue"})) schedule.overlap = *v;
  if (auto v = map.choice("catch_up", "catch-up policy", {"none", "latest"}))
    schedule.catch_up = *v;
  if (auto v = map.integer("jitter_seconds", 0, 86'400))
    schedule.jitter_seconds = static_cast<int>(*v);
}

void read_users_selection(MapReader& root, const KnownUsers& users, PipelineConfig& out) {
  const auto* node = root.value("users");
  if (node == nullptr) return;
  auto& ctx = root.ctx();
  if (node->IsScalar()) {
    auto text = ctx.interpolate(node->Scalar(), root.value_at("users"));
    if (text && *text != "all") {
      ctx.error(root.value_at("users"),
                "expected \"all\" or a list of user ids for 'users', got '" + *text + "'");
    }
    return;
  }
  auto ids = root.text_list("users");
  if (!ids) return;
  if (ids->empty()) {
    ctx.error(root.value_at("users"),
              "'users' is an empty list; write \"all\" for every active user or list user ids");
  }
  for (std::size_t i = 0; i < ids->size(); ++i) {
    users.require(ctx, ctx.at((*node)[i], root.value_at("users")), (*ids)[i], root.what(),
                  "expected a user id from users.yaml");
  }
  out.users = std::move(*ids);
}

void read_connectors(MapReader& root, PipelineConfig& out) {
  auto& ctx = root.ctx();
  const auto* list = root.list("connectors", "connectors");
  if (list == nullptr && root.value("connectors") != nullptr) return;
  if (list == nullptr || list->size() == 0) {
    ctx.error(root.key_at("connectors"), root.what() +
                                             " has no connectors; list at least one under "
                                             "'connectors' (each with a 'plugin')");
    return;
  }
  std::map<std::string, SourceLocation> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto connector = read_connector(ctx, (*list)[i], i + 1, root.value_at("connectors"));
    if (connector.name.empty()) continue;
    auto [it, inserted] = seen.emplace(connector.name, connector.where);
    if (!inserted) {
      ctx.error(connector.where, "duplicate connector name '" + connector.name + "' in " +
                                     root.what() + "; it is first defined at " +
                                     it->second.to_string() +
                                     "; give each instance of a plugin its own 'name'");
      continue;
    }
    out.connectors.push_back(std::move(connector));
  }
}

}  // namespace

PipelineConfig read_pipeline(FileContext& ctx, const YAML::Node& root_node, const std::string& stem,
                             const KnownUsers& users) {
  PipelineConfig out;
  out.file = ctx.path();
  MapReader root(ctx, root_node, "pipeline '" + stem + "'", {ctx.path(), 1, 1});
  out.where = root.where();
  if (auto name = root.plain_name("name", "pipeline name")) {
    out.name = *name;
  } else if (root.value("name") == nullptr) {
    out.name = stem;
    if (!is_plain_name(stem)) ctx.error(root.where(), plain_name_message("pipeline name", stem));
  }
  root.rename("pipeline '" + (out.name.empty() ? stem : out.name) + "'");
  if (!root.is_mapping()) return out;
  root.check_keys(kPipelineKeys);
  read_schedule(root, out);
  auto window = root.mapping("window", "'window' of " + root.what());
  window.check_keys({"days"});
  if (auto days = window.integer("days", 1, 3660)) out.window.days = static_cast<int>(*days);
  read_users_selection(root, users, out);
  if (auto v = root.integer("concurrency", 1, 256)) out.concurrency = static_cast<int>(*v);
  if (auto v = root.boolean("update_goals")) out.update_goals = *v;
  read_connectors(root, out);
  return out;
}

}  // namespace tributary::host
