// HubSpotApi::admin: test-only changes to the served contacts.
#include <limits>

#include "tests/sandbox/hubspot/contact_json.h"
#include "tests/sandbox/hubspot/hubspot_api.h"
#include "tests/sandbox/params.h"

namespace tributary::sandbox::hubspot {
namespace {

constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();

std::string param(const Request& request, std::string_view name) {
  auto it = request.query.find(name);
  return it == request.query.end() ? std::string() : it->second;
}

}  // namespace

Response HubSpotApi::admin(std::string_view action, const Request& request) {
  auto now = now_ms();
  if (action == "expire-tokens") {
    oauth_.expire_all();
    return Response::json(200, boost::json::object{{"expired", oauth_.issued()}});
  }
  if (action == "touch") {
    TouchRequest touch;
    touch.count = read_int(request.query, "count", 1, 1, 10000000);
    touch.first_id = read_int(request.query, "first_id", 0, 0, kMaxId);
    touch.same_timestamp =
        read_choice(request.query, "same_timestamp", {"0", "1"}).value_or("0") == "1";
    auto ids = store_.touch(touch, now);
    boost::json::object out{{"touched", static_cast<std::int64_t>(ids.size())},
                            {"modified_at", iso_ms(now)}};
    if (!ids.empty()) {
      out["first_id"] = ids.front();
      out["last_id"] = ids.back();
    }
    return Response::json(200, out);
  }
  if (action == "archive") {
    if (!request.query.contains("id")) throw BadRequest("archive needs ?id=<contact id>");
    auto id = read_int(request.query, "id", 0, 0, kMaxId);
    if (!store_.archive(id, now))
      throw BadRequest("archive: no live contact with id " + std::to_string(id));
    return Response::json(200, boost::json::object{{"archived", id}});
  }
  // add-contact?phone=...&email=...&firstname=...&lastname=...&owner_id=...
  if (!request.query.contains("phone") && !request.query.contains("email"))
    throw BadRequest(
        "add-contact needs ?phone=<as written> and/or &email=; optional firstname, lastname, "
        "owner_id");
  crm::Person person;
  person.first = param(request, "firstname");
  person.last = param(request, "lastname");
  person.email = param(request, "email");
  person.phone.raw = param(request, "phone");
  auto owner = read_int(request.query, "owner_id", 0, 0, kMaxId);
  auto added = store_.add(std::move(person), owner, now);
  return Response::json(200, contact_json(added, {"email", "firstname", "lastname", "phone",
                                                  "hs_object_id", "lastmodifieddate"}));
}

}  // namespace tributary::sandbox::hubspot
