#include "plugins/hubspot/contact_record.h"

#include "plugins/hubspot/instant.h"
#include "plugins/hubspot/properties.h"
#include "tributary/sdk/json.h"

namespace tributary::hubspot {

namespace {

std::string joined_name(std::string first, const std::string& last) {
  if (first.empty()) return last;
  if (last.empty()) return first;
  return first + " " + last;
}

class Properties {
 public:
  explicit Properties(const boost::json::value& contact)
      : props_(sdk::find_path(contact, "properties")) {}
  std::string operator[](std::string_view name) const {
    if (!props_ || !props_->is_object()) return {};
    auto it = props_->as_object().find(name);
    if (it == props_->as_object().end() || !it->value().is_string()) return {};
    return std::string(it->value().as_string());
  }

 private:
  const boost::json::value* props_;
};

}  // namespace

void add_owners(const boost::json::value& owners_page, OwnerDirectory& owners) {
  const auto* results = sdk::find_path(owners_page, "results");
  if (!results || !results->is_array()) return;
  for (const auto& o : results->as_array()) {
    auto id = sdk::get_string(o, "id");  // also reads a numeric id
    if (!id) continue;
    owners[*id] = {joined_name(sdk::get_string(o, "firstName").value_or(""),
                               sdk::get_string(o, "lastName").value_or("")),
                   sdk::get_string(o, "email").value_or("")};
  }
}

std::optional<ContactLead> contact_to_lead(const boost::json::value& contact,
                                           const OwnerDirectory& owners,
                                           const std::string& description_property) {
  auto id = sdk::get_string(contact, "id");
  if (!id || id->empty()) return std::nullopt;
  Properties p(contact);
  ContactLead out;
  auto& r = out.record;
  r.crm_id = *id;
  r.name = joined_name(p[property::kFirstName], p[property::kLastName]);
  r.email = p[property::kEmail];
  auto phone = p[property::kPhone];
  auto mobile = p[property::kMobilePhone];
  r.phone = phone.empty() ? mobile : phone;
  r.status = p[property::kLeadStatus];
  r.stage = p[property::kLifecycleStage];
  r.description = p[description_property];
  r.last_activity_at = iso_seconds(p[property::kLastActivity]);

  auto modified = p[property::kLastModified];
  if (modified.empty()) modified = sdk::get_string(contact, "updatedAt").value_or("");
  out.modified_ms = parse_instant_ms(modified);
  if (out.modified_ms) r.modified_at = format_instant_ms(*out.modified_ms);
  r.archived = sdk::get_bool(contact, "archived").value_or(false);

  if (!mobile.empty() && mobile != r.phone) r.metadata["mobilephone"] = mobile;
  if (auto owner_id = p[property::kOwnerId]; !owner_id.empty()) {
    r.metadata["hubspot_owner_id"] = owner_id;
    if (auto it = owners.find(owner_id); it != owners.end()) {
      r.owner_name = it->second.name;
      r.owner_email = it->second.email;
    } else {
      r.metadata["owner_unresolved"] = true;
    }
  }
  return out;
}

}  // namespace tributary::hubspot
