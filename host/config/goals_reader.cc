#include <map>
#include <tuple>

#include "host/config/map_reader.h"
#include "host/config/readers.h"
#include "host/config/scalar_parse.h"
#include "tributary/sdk/declaration.h"

namespace tributary::host {

namespace {

const std::vector<std::string> kPeriods = {"daily", "weekly", "monthly", "quarterly", "yearly"};

std::optional<GoalConfig> read_goal(FileContext& ctx, const YAML::Node& node, std::size_t index,
                                    const SourceLocation& list_where, const KnownUsers& users) {
  auto label = "goal #" + std::to_string(index);
  MapReader map(ctx, node, label, ctx.at(node, list_where));
  if (!map.is_mapping()) return std::nullopt;
  map.check_keys({"user", "type", "period", "target"});
  auto errors_before = ctx.errors().size();
  GoalConfig goal;
  goal.where = map.where();
  if (auto user = map.text("user", Need::kRequired)) {
    goal.user_id = *user;
    if (*user != "*") {
      users.require(ctx, map.value_at("user"), *user, label,
                    "expected a user id from users.yaml or \"*\" for every active user");
    }
  }
  goal.type =
      map.choice("type", "metric type", sdk::known_metric_types(), Need::kRequired).value_or("");
  goal.period = map.choice("period", "period", kPeriods, Need::kRequired).value_or("");
  if (auto target = map.number("target", Need::kRequired)) {
    goal.target = *target;
    if (goal.target <= 0) {
      ctx.error(map.value_at("target"),
                "'target' must be greater than 0, got " + format_number(goal.target));
    }
  }
  // Unknown keys alone do not make the goal unusable; anything read wrongly does.
  if (ctx.errors().size() != errors_before) return std::nullopt;
  return goal;
}

}  // namespace

std::vector<GoalConfig> read_goals(FileContext& ctx, const YAML::Node& root_node,
                                   const KnownUsers& users) {
  MapReader root(ctx, root_node, ctx.relative(), {ctx.path(), 1, 1});
  root.check_keys({"goals"});
  std::vector<GoalConfig> goals;
  const auto* list = root.list("goals", "goals");
  if (list == nullptr) return goals;
  // The goals table is keyed by (user, type, period): a second entry would silently win.
  std::map<std::tuple<std::string, std::string, std::string>, SourceLocation> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto goal = read_goal(ctx, (*list)[i], i + 1, root.value_at("goals"), users);
    if (!goal) continue;
    auto [it, inserted] =
        seen.emplace(std::tuple(goal->user_id, goal->type, goal->period), goal->where);
    if (!inserted) {
      ctx.error(goal->where, "duplicate goal for user '" + goal->user_id + "', type '" +
                                 goal->type + "', period '" + goal->period +
                                 "'; it is first defined at " + it->second.to_string());
      continue;
    }
    goals.push_back(std::move(*goal));
  }
  return goals;
}

}  // namespace tributary::host
