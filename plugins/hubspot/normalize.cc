#include "plugins/hubspot/normalize.h"

#include <map>
#include <optional>

#include "plugins/hubspot/bookmark.h"
#include "plugins/hubspot/config.h"
#include "plugins/hubspot/contact_record.h"
#include "plugins/hubspot/fetch.h"
#include "plugins/hubspot/instant.h"
#include "tributary/sdk/json.h"

namespace tributary::hubspot {

namespace json = boost::json;
using sdk::Status;

namespace {

struct Contacts {
  std::map<std::string, ContactLead> live;  // by id, so output order is stable
  std::map<std::string, ContactLead> archived;
  std::optional<std::int64_t> newest_ms;  // over live contacts
  int without_id = 0;
  int read = 0;  // live contacts answered, repeats included
};

void keep_newest(std::map<std::string, ContactLead>& into, ContactLead lead) {
  auto id = lead.record.crm_id;
  auto [it, fresh] = into.try_emplace(id, lead);
  if (!fresh && lead.modified_ms.value_or(0) >= it->second.modified_ms.value_or(0))
    it->second = std::move(lead);
}

Status read_contacts(const sdk::RawPage& page, const OwnerDirectory& owners,
                     const std::string& description_property,
                     std::optional<std::int64_t> archived_since, Contacts& out) {
  auto body = sdk::parse_json(page.body, "HubSpot " + page.stream + " page");
  if (!body) return body.status();
  const auto* results = sdk::find_path(*body, "results");
  if (!results || !results->is_array())
    return Status::data("HubSpot " + page.stream + " page has no results array");
  bool archived = page.stream == kArchivedStream;
  for (const auto& contact : results->as_array()) {
    if (!archived) ++out.read;
    auto lead = contact_to_lead(contact, owners, description_property);
    if (!lead) {
      ++out.without_id;
      continue;
    }
    if (archived) {
      lead->record.archived = true;
      // When it was archived (archivedAt; else its last change): an incremental sync reports
      // only contacts archived since it last looked.
      if (auto at = parse_instant_ms(sdk::get_string(contact, "archivedAt").value_or("")))
        lead->modified_ms = std::max(lead->modified_ms.value_or(0), *at);
      if (archived_since && lead->modified_ms && *lead->modified_ms < *archived_since) continue;
      keep_newest(out.archived, std::move(*lead));
      continue;
    }
    if (lead->modified_ms) out.newest_ms = std::max(out.newest_ms.value_or(0), *lead->modified_ms);
    keep_newest(out.live, std::move(*lead));
  }
  return Status::success();
}

std::optional<std::int64_t> context_int(const json::object& context, std::string_view key) {
  auto it = context.find(key);
  if (it == context.end()) return std::nullopt;
  return sdk::get_int(it->value(), "");
}

json::object summary_of(const sdk::FetchResult& fetched, const Contacts& contacts,
                        std::size_t owners, std::int64_t bookmark) {
  json::object s;
  for (auto key : {"mode", "search_queries", "search_total", "token_refreshes"}) {
    if (auto it = fetched.context.find(key); it != fetched.context.end()) s[key] = it->value();
  }
  if (auto from = context_int(fetched.context, "search_from_ms"))
    s["search_from"] = format_instant_ms(*from);
  s["contacts_read"] = contacts.read;
  s["contacts"] = static_cast<std::int64_t>(contacts.live.size());
  s["archived_contacts"] = static_cast<std::int64_t>(contacts.archived.size());
  s["owners"] = static_cast<std::int64_t>(owners);
  s["skipped_without_id"] = contacts.without_id;
  s["bookmark"] = format_instant_ms(bookmark);
  return s;
}

}  // namespace

sdk::Result<sdk::NormalizeOutput> normalize_contacts(const sdk::NormalizeContext& ctx,
                                                     const sdk::FetchResult& fetched) {
  auto config = parse_config(ctx.config);
  if (!config) return config.status();
  auto started = context_int(fetched.context, "sync_started_ms");
  if (!started) return Status::internal("HubSpot normalize: fetch context has no sync_started_ms");

  OwnerDirectory owners;
  for (const auto& page : fetched.pages) {
    if (page.stream != kOwnersStream) continue;
    auto body = sdk::parse_json(page.body, "HubSpot owners page");
    if (!body) return body.status();
    add_owners(*body, owners);
  }
  Contacts contacts;
  for (const auto& page : fetched.pages) {
    if (page.stream == kOwnersStream) continue;
    if (auto s = read_contacts(page, owners, config->description_property,
                               context_int(fetched.context, "search_from_ms"), contacts);
        !s)
      return s;
  }
  // A contact archived (or restored) while this sync read both lists: one lead, its latest state.
  for (auto it = contacts.archived.begin(); it != contacts.archived.end();) {
    auto live = contacts.live.find(it->first);
    if (live == contacts.live.end()) {
      ++it;
    } else if (live->second.modified_ms.value_or(0) > it->second.modified_ms.value_or(0)) {
      it = contacts.archived.erase(it);
    } else {
      contacts.live.erase(live);
      ++it;
    }
  }

  sdk::NormalizeOutput out;
  for (auto& [id, lead] : contacts.live) out.leads.push_back(lead.record);
  for (auto& [id, lead] : contacts.archived) out.leads.push_back(lead.record);
  auto bookmark = next_bookmark(context_int(fetched.context, "previous_bookmark_ms"),
                                contacts.newest_ms, *started);
  out.state[kBookmarkKey] = std::to_string(bookmark);
  out.summary = summary_of(fetched, contacts, owners.size(), bookmark);
  return out;
}

}  // namespace tributary::hubspot
