#include "tests/sandbox/admin.h"

#include <string>

#include <boost/json/parse.hpp>

namespace tributary::sandbox {
namespace {

constexpr std::string_view kAdminPrefix = "/_sandbox/";

Response method_not_allowed(const Request& request, std::string_view allowed) {
  auto response = sandbox_error(405, request.method + " is not allowed on " + request.path +
                                         "; use " + std::string(allowed));
  response.set_header("Allow", std::string(allowed));
  return response;
}

}  // namespace

Response sandbox_error(int status, std::string_view message) {
  return Response::json(status, boost::json::object{{"error", message}});
}

Response AdminApi::handle(const Request& request) {
  std::string_view rest = std::string_view(request.path).substr(kAdminPrefix.size());
  auto slash = rest.find('/');
  std::string_view head = rest.substr(0, slash);
  std::string_view tail = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
  bool get = request.method == "GET";
  bool post = request.method == "POST";

  if (head == "health" && tail.empty()) {
    if (!get) return method_not_allowed(request, "GET");
    boost::json::array names;
    for (const auto& slot : state_.vendors()) names.emplace_back(slot->api->name());
    return Response::json(200, boost::json::object{{"status", "ok"}, {"vendors", names}});
  }
  if (head == "stats" && tail.empty()) return get ? stats() : method_not_allowed(request, "GET");
  if (head == "reset-stats" && tail.empty()) {
    if (!post) return method_not_allowed(request, "POST");
    state_.reset();
    return stats();
  }
  if (head == "faults" && tail.empty()) {
    return get || post ? faults(request) : method_not_allowed(request, "GET, POST");
  }
  if (head == "expected" && !tail.empty()) {
    return get ? expected(tail, request) : method_not_allowed(request, "GET");
  }
  if (state_.find(head) && !tail.empty()) {
    return post ? vendor_action(head, tail, request) : method_not_allowed(request, "POST");
  }
  return sandbox_error(404, "no sandbox endpoint " + request.path +
                                "; known: /_sandbox/health, /_sandbox/stats, /_sandbox/reset-stats, "
                                "/_sandbox/faults, /_sandbox/expected/<vendor>, /_sandbox/<vendor>/<action> "
                                "(vendors: " + state_.vendor_list() + ")");
}

Response AdminApi::stats() const {
  boost::json::object vendors;
  for (const auto& slot : state_.vendors()) vendors[slot->api->name()] = slot->stats.to_json();
  return Response::json(200, boost::json::object{{"vendors", vendors}, {"unrouted", state_.unrouted.load()}});
}

Response AdminApi::faults(const Request& request) {
  if (request.method == "POST") {
    boost::system::error_code ec;
    auto body = boost::json::parse(request.body, ec);
    if (ec || !body.is_object()) {
      throw BadRequest("POST /_sandbox/faults wants a JSON object such as {\"fault_429\":0.1}, got '" +
                       request.body + "'");
    }
    auto settings = state_.faults();
    update_faults(settings, body.as_object());
    state_.set_faults(settings);
  }
  return Response::json(200, faults_to_json(state_.faults()));
}

Response AdminApi::expected(std::string_view vendor_name, const Request& request) {
  return Response::json(200, vendor(vendor_name).api->expected(request.query));
}

Response AdminApi::vendor_action(std::string_view vendor_name, std::string_view action,
                                 const Request& request) {
  auto& api = *vendor(vendor_name).api;
  for (auto known : api.admin_actions()) {
    if (known == action) return api.admin(action, request);
  }
  std::string known_list;
  for (auto known : api.admin_actions()) known_list += (known_list.empty() ? "" : ", ") + std::string(known);
  return sandbox_error(404, "vendor " + std::string(vendor_name) + " has no admin action '" +
                                std::string(action) + "'; known: " +
                                (known_list.empty() ? "(none)" : known_list));
}

VendorSlot& AdminApi::vendor(std::string_view name) const {
  auto* slot = state_.find(name);
  if (!slot) {
    throw BadRequest("no vendor module named '" + std::string(name) + "'; known: " + state_.vendor_list());
  }
  return *slot;
}

}  // namespace tributary::sandbox
