#pragma once
// OAuth token requests send a form-encoded body ("grant_type=refresh_token&client_id=..."),
// which decodes exactly like a query string. Shared by the HubSpot and Salesforce fakes.

#include <string>
#include <string_view>

#include "tests/sandbox/message.h"

namespace tributary::sandbox::crm {

class FormBody {
 public:
  explicit FormBody(const std::string& body) {
    Request form;
    parse_target("/?" + body, form);
    fields_ = std::move(form.query);
  }
  // "" when absent.
  std::string operator[](std::string_view name) const {
    auto it = fields_.find(name);
    return it == fields_.end() ? std::string() : it->second;
  }

 private:
  QueryParams fields_;
};

}  // namespace tributary::sandbox::crm
