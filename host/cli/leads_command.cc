// tributary leads [--source S] [--json]: the leads table, oldest first.
// tributary leads add --name N [--phone P] [--email E] ...: a lead entered by hand.
// tributary leads edit ID [--phone P] ...: a person's change; CRM syncs never overwrite it.
#include <CLI/CLI.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

#include "host/cli/cli_context.h"
#include "host/leads/lead_fields.h"
#include "host/runner/exit_codes.h"
#include "tributary/sdk/time.h"

namespace tributary::host {

namespace {

namespace json = boost::json;

// Flag name -> column, for add and edit.
const std::map<std::string, std::string>& editable() {
  static const std::map<std::string, std::string> kFlags = {{"name", "name"},
                                                            {"email", "email"},
                                                            {"phone", "phone_e164"},
                                                            {"owner", "crm_owner"},
                                                            {"owner-email", "crm_owner_email"},
                                                            {"status", "crm_status"},
                                                            {"stage", "crm_stage"},
                                                            {"description", "crm_description"}};
  return kFlags;
}

json::object lead_json(const LeadRow& r) {
  json::object o{{"id", r.id}, {"crm_source", r.crm_source}, {"crm_id", r.crm_id}};
  for (const auto& f : lead_fields()) o[f.column] = r.*f.member;
  json::array manual;
  for (const auto& m : r.manual_fields) manual.emplace_back(m);
  boost::system::error_code ec;
  auto metadata = json::parse(r.metadata, ec);
  o["origin"] = r.origin;
  o["manual_fields"] = std::move(manual);
  o["archived_at"] =
      r.archived_at ? json::value(sdk::format_iso8601_utc(r.archived_at)) : json::value(nullptr);
  o["metadata"] = ec ? json::value(json::object{}) : metadata;
  o["created_at"] = sdk::format_iso8601_utc(r.created_at);
  o["updated_at"] = sdk::format_iso8601_utc(r.updated_at);
  return o;
}

std::string cut(const std::string& text, std::size_t width) {
  return text.size() <= width ? text : text.substr(0, width - 1) + "~";
}

void print_table(const std::vector<LeadRow>& rows) {
  std::printf("%-30s %-11s %-24s %-30s %-13s %-18s %-14s %s\n", "ID", "SOURCE", "NAME", "EMAIL",
              "PHONE", "OWNER", "STATUS", "NOTE");
  for (const auto& r : rows) {
    std::string note = r.origin == kOriginManual ? "manual" : "";
    if (r.archived_at) note += std::string(note.empty() ? "" : ", ") + "archived";
    if (!r.manual_fields.empty() && r.origin != kOriginManual)
      note += std::string(note.empty() ? "" : ", ") + "edited";
    std::printf("%-30s %-11s %-24s %-30s %-13s %-18s %-14s %s\n", cut(r.id, 30).c_str(),
                cut(r.crm_source.empty() ? "-" : r.crm_source, 11).c_str(), cut(r.name, 24).c_str(),
                cut(r.email, 30).c_str(), r.phone_e164.c_str(), cut(r.crm_owner, 18).c_str(),
                cut(r.crm_status, 14).c_str(), note.c_str());
  }
  std::printf("%zu lead%s\n", rows.size(), rows.size() == 1 ? "" : "s");
}

void list_leads(CliState& state, const std::string& source, bool as_json) {
  auto host = open_host(state, /*needs_store=*/true);
  if (!host) return;
  LeadFilter filter;
  if (!source.empty()) filter.source = source;
  auto rows = host->store->leads(filter);
  if (!as_json) return print_table(rows);
  json::array out;
  for (const auto& r : rows) out.push_back(lead_json(r));
  std::cout << json::serialize(out) << std::endl;
}

using Values = std::map<std::string, std::string>;  // flag -> value given

void save(CliState& state, const std::string& id, const Values& values) {
  auto host = open_host(state, /*needs_store=*/true);
  if (!host) return;
  ManualLeadEdit edit;
  edit.id = id;
  for (const auto& [flag, value] : values) edit.fields[editable().at(flag)] = value;
  try {
    auto now =
        std::chrono::duration_cast<std::chrono::seconds>(host->clock->now().time_since_epoch())
            .count();
    auto row = host->store->save_manual_lead(edit, host->config.host.org.default_country, now);
    std::cout << json::serialize(lead_json(row)) << std::endl;
  } catch (const std::exception& e) {
    std::cerr << "tributary leads " << (id.empty() ? "add" : "edit") << ": " << e.what() << "\n";
    state.exit_code = kExitConfig;
  }
}

CLI::App* add_edit_flags(CLI::App* cmd, std::shared_ptr<Values> values) {
  for (const auto& [flag, column] : editable()) {
    cmd->add_option_function<std::string>(
        "--" + flag, [values, flag = flag](const std::string& v) { (*values)[flag] = v; },
        "set " + column + " (kept from then on: CRM syncs do not overwrite it)");
  }
  return cmd;
}

}  // namespace

void add_leads_command(CLI::App& app, CliState& state) {
  auto source = std::make_shared<std::string>();
  auto as_json = std::make_shared<bool>(false);
  auto* cmd =
      app.add_subcommand("leads", "Leads from the CRMs and those entered by hand; add or edit one");
  cmd->add_option("--source", *source, "Only this CRM (hubspot, salesforce) or 'manual'");
  cmd->add_flag("--json", *as_json, "JSON output");
  cmd->require_subcommand(0, 1);

  auto added = std::make_shared<Values>();
  auto* add = add_edit_flags(cmd->add_subcommand("add", "Enter a lead by hand"), added);
  add->callback([&state, added] {
    if (!added->count("name") && !added->count("phone") && !added->count("email")) {
      std::cerr << "tributary leads add: give at least --name, --phone or --email\n";
      state.exit_code = kExitConfig;
      return;
    }
    save(state, "", *added);
  });

  auto id = std::make_shared<std::string>();
  auto edited = std::make_shared<Values>();
  auto* edit =
      add_edit_flags(cmd->add_subcommand("edit", "Change a lead's fields by hand"), edited);
  edit->add_option("id", *id, "Lead id, as `tributary leads` shows it")->required();
  edit->callback([&state, id, edited] { save(state, *id, *edited); });

  cmd->callback([&state, source, as_json, add, edit] {
    if (add->parsed() || edit->parsed()) return;
    list_leads(state, *source, *as_json);
  });
}

}  // namespace tributary::host
