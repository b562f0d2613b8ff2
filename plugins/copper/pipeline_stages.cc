#include "plugins/copper/pipeline_stages.h"

#include <algorithm>
#include <boost/json.hpp>

#include "plugins/copper/text.h"
#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

bool in_pipelines(const Stage& s, const std::vector<std::int64_t>& pipeline_ids) {
  return pipeline_ids.empty() ||
         std::find(pipeline_ids.begin(), pipeline_ids.end(), s.pipeline_id) != pipeline_ids.end();
}

void read_stage(const json::value& v, std::optional<std::int64_t> pipeline_id,
                std::vector<Stage>& out) {
  auto id = sdk::get_int(v, "id");
  if (!id) return;
  Stage s;
  s.id = *id;
  s.name = sdk::get_string(v, "name").value_or("");
  s.pipeline_id = sdk::get_int(v, "pipeline_id").value_or(pipeline_id.value_or(0));
  out.push_back(std::move(s));
}

}  // namespace

sdk::Result<std::vector<Stage>> parse_pipeline_stages(std::string_view body) {
  auto parsed = sdk::parse_json(body, "copper GET /pipeline_stages");
  if (!parsed) return parsed.status();
  const auto* arr = parsed->if_array();
  if (!arr) return sdk::Status::data("copper GET /pipeline_stages: expected a JSON array of stages");
  std::vector<Stage> out;
  for (const auto& v : *arr) {
    // /pipelines nests its stages; /pipeline_stages lists them flat.
    const auto* stages_field = sdk::find_path(v, "stages");
    if (const auto* nested = stages_field ? stages_field->if_array() : nullptr) {
      auto pipeline = sdk::get_int(v, "id");
      for (const auto& s : *nested) read_stage(s, pipeline, out);
    } else {
      read_stage(v, std::nullopt, out);
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return out;
}

sdk::Result<std::set<std::int64_t>> resolve_stages(const std::vector<std::string>& specs,
                                                   const std::vector<Stage>& stages,
                                                   const std::vector<std::int64_t>& pipeline_ids,
                                                   std::string_view config_key) {
  std::set<std::int64_t> out;
  for (const auto& raw : specs) {
    auto spec = trim(raw);
    bool matched = false;
    if (auto id = parse_int64(spec)) {
      matched = std::any_of(stages.begin(), stages.end(), [&](const auto& s) { return s.id == *id; });
      if (matched) out.insert(*id);
    } else {
      auto wanted = lower(spec);
      for (const auto& s : stages) {
        if (lower(s.name) == wanted && in_pipelines(s, pipeline_ids)) {
          out.insert(s.id);
          matched = true;
        }
      }
    }
    if (!matched)
      return sdk::Status::config("copper: '" + std::string(config_key) + "' names stage '" +
                                 std::string(spec) + "', which this account" +
                                 (pipeline_ids.empty() ? "" : "'s pipelines in pipeline_ids") +
                                 " does not have; stages: " + describe_stages(stages));
  }
  return out;
}

std::string describe_stages(const std::vector<Stage>& stages) {
  std::string out;
  for (const auto& s : stages) {
    if (!out.empty()) out += ", ";
    out += std::to_string(s.id) + " " + s.name + " (pipeline " + std::to_string(s.pipeline_id) + ")";
  }
  return out.empty() ? "(none)" : out;
}

std::optional<StageRef> stage_ref(const json::value* value) {
  if (!value || value->is_null()) return std::nullopt;
  StageRef ref;
  if (auto id = sdk::get_int(*value, "")) {
    ref.id = id;
    return ref;
  }
  if (const auto* s = value->if_string()) {
    ref.name = std::string(trim(*s));
    if (ref.name.empty()) return std::nullopt;
    return ref;
  }
  if (!value->is_object()) return std::nullopt;
  for (const char* key : {"id", "pipeline_stage_id", "stage_id", "value"}) {
    if (auto id = sdk::get_int(*value, key)) {
      ref.id = id;
      break;
    }
  }
  for (const char* key : {"name", "stage_name", "value"}) {
    if (const auto* f = sdk::find_path(*value, key); f && f->is_string()) {
      ref.name = std::string(trim(f->get_string()));
      break;
    }
  }
  if (!ref.id && ref.name.empty()) return std::nullopt;
  return ref;
}

std::vector<std::int64_t> candidate_stage_ids(const StageRef& ref, const std::vector<Stage>& stages,
                                              std::optional<std::int64_t> pipeline_id) {
  if (ref.id) return {*ref.id};
  std::vector<std::int64_t> out;
  auto wanted = lower(ref.name);
  for (const auto& s : stages) {
    if (lower(s.name) == wanted && (!pipeline_id || s.pipeline_id == *pipeline_id))
      out.push_back(s.id);
  }
  return out;
}

}  // namespace tributary::copper
