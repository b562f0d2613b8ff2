// SalesforceApi::admin: test-only changes to the served org.
#include <chrono>

#include "tests/sandbox/params.h"
#include "tests/sandbox/salesforce/record_json.h"
#include "tests/sandbox/salesforce/salesforce_api.h"

namespace tributary::sandbox::salesforce {
namespace {

std::string param(const Request& request, std::string_view name) {
  auto it = request.query.find(name);
  return it == request.query.end() ? std::string() : it->second;
}

std::string object_param(const Request& request) {
  auto object = read_choice(request.query, "object", {"Contact", "Lead"});
  return std::string(object.value_or("Contact"));
}

}  // namespace

Response SalesforceApi::admin(std::string_view action, const Request& request) {
  if (action == "expire-sessions") {
    sessions_.expire_all();
    return Response::json(200, boost::json::object{{"expired", sessions_.issued()}});
  }
  if (action == "set-remaining") {
    if (!request.query.contains("requests"))
      throw BadRequest("set-remaining needs ?requests=<API calls left>");
    allocation_.set_remaining(read_int(request.query, "requests", 0, 0, 1 << 30));
    return Response::json(200, boost::json::object{{"limit_info", allocation_.header()}});
  }
  if (action == "touch") {
    TouchRequest touch{object_param(request), read_int(request.query, "count", 1, 1, 10000000),
                       param(request, "first_id")};
    auto ids = store_.touch(touch, now_s());
    boost::json::object out{{"touched", static_cast<std::int64_t>(ids.size())},
                            {"system_modstamp", api_datetime(now_s())}};
    if (!ids.empty()) out["first_id"] = ids.front();
    return Response::json(200, out);
  }
  // add-record?object=Contact&phone=...&email=...&firstname=...&lastname=...
  if (!request.query.contains("phone") && !request.query.contains("email"))
    throw BadRequest(
        "add-record needs ?phone=<as written> and/or &email=; optional object, firstname, "
        "lastname");
  crm::Person person;
  person.first = param(request, "firstname");
  person.last = param(request, "lastname");
  person.email = param(request, "email");
  person.phone.raw = param(request, "phone");
  auto added = store_.add(object_param(request), std::move(person), now_s());
  return Response::json(
      200, record_json(added, {"Id", "FirstName", "LastName", "Email", "Phone", "SystemModstamp"},
                       store_.users()));
}

}  // namespace tributary::sandbox::salesforce
