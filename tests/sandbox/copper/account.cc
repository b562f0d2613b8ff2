#include "tests/sandbox/copper/account.h"

#include <stdexcept>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace tributary::sandbox::copper {

namespace json = boost::json;

const std::vector<Stage>& stages() {
  static const std::vector<Stage> kStages{
      {kStageOpportunity, "Opportunity", kSalesPipeline, 10},
      {kStageFactFinding, "Fact Finding", kSalesPipeline, 20},
      {kStageContact, "Contact Stage", kSalesPipeline, 40},
      {kStageClosing, "Closing Stage", kSalesPipeline, 80},
      {kStagePaymentReceived, "Payment Received", kSalesPipeline, 100},
      {kStageBoothLead, "Booth Lead", kTradeShowPipeline, 5},
      {kStageShowFactFinding, "Fact Finding", kTradeShowPipeline, 20},
  };
  return kStages;
}

const Stage& stage(std::int64_t id) {
  for (const auto& s : stages()) {
    if (s.id == id) return s;
  }
  throw std::out_of_range("no Copper stage " + std::to_string(id));
}

std::vector<Person> make_people(int reps) {
  std::vector<Person> people{{kOwnerId, "Account Owner", "owner@example.com", false}};
  for (int i = 1; i <= reps; ++i) {
    // The same addresses as the JustCall fake, rep2's in another case.
    std::string email = i == 2 ? "Rep2@Example.com" : "rep" + std::to_string(i) + "@example.com";
    people.push_back({kOwnerId + i, "Rep " + std::to_string(i), email, true});
  }
  people.push_back({kManagerId, "Sales Manager", "manager@example.com", false});
  people.push_back({kOfficeId, "Front Office", "office@example.com", false});
  return people;
}

json::value activity_types_json() {
  auto type = [](std::int64_t id, const char* category, const char* name, bool disabled,
                 bool interaction) {
    return json::object{{"id", id}, {"category", category}, {"name", name},
                        {"is_disabled", disabled}, {"count_as_interaction", interaction}};
  };
  json::array user{type(kNoteType, "user", "Note", false, false),
                   type(kPhoneCallType, "user", "Phone Call", false, true),
                   type(2160511, "user", "Meeting", false, true),
                   type(2160512, "user", "To Do", false, false),
                   type(2160513, "user", "SMS", false, true),
                   type(2279550, "user", "Email", false, true),
                   type(kPhoneCallTestType, "user", "Phone Call Test", true, true),
                   type(2279549, "user", "Call Duration", true, false)};
  json::array system{type(1, "system", "Property Changed", false, false),
                     type(2, "system", "User Assigned", false, false),
                     type(kStageChangedType, "system", "Pipeline Stage Changed", false, false),
                     type(kEmailType, "system", "Email", false, true),
                     type(8, "system", "Entity Created", false, false)};
  return json::object{{"user", std::move(user)}, {"system", std::move(system)}};
}

namespace {

json::object stage_json(const Stage& s, bool with_pipeline) {
  json::object o{{"id", s.id}, {"name", s.name}, {"win_probability", s.win_probability}};
  if (with_pipeline) o["pipeline_id"] = s.pipeline_id;
  return o;
}

}  // namespace

json::value pipelines_json() {
  json::array out;
  for (auto [id, name] : {std::pair{kSalesPipeline, "Sales Pipeline"},
                          std::pair{kTradeShowPipeline, "Trade Show Sales Pipeline"}}) {
    json::array nested;
    for (const auto& s : stages()) {
      if (s.pipeline_id == id) nested.push_back(stage_json(s, false));
    }
    out.push_back(json::object{{"id", id}, {"name", name}, {"stages", std::move(nested)}});
  }
  return out;
}

json::value pipeline_stages_json(std::int64_t only_pipeline) {
  json::array out;
  for (const auto& s : stages()) {
    if (only_pipeline == 0 || s.pipeline_id == only_pipeline) out.push_back(stage_json(s, true));
  }
  return out;
}

json::value person_json(const Person& p) {
  return json::object{{"id", p.id}, {"name", p.name}, {"email", p.email},
                      {"groups", json::array{json::object{{"id", 1}, {"name", "Sales"}}}}};
}

}  // namespace tributary::sandbox::copper
