#pragma once
// What every check's child process inherits from the runner (fork copies it): the plugin to load
// and the unit to run it on, already validated against the plugin's declaration.

#include <boost/json/object.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "host/config/model.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/declaration.h"

namespace tributary::host::conformance {

struct ProbeSetup {
  std::string library_path;
  sdk::Declaration declaration;
  boost::json::object good_config;  // defaults applied; its base URL key points at the endpoint
  boost::json::object bad_config;   // the same with wrong credentials
  boost::json::object fault_config; // good_config pointed at the runner's own server, which serves
                                    // the error cases even when the endpoint is a live service
  std::vector<std::string> secrets; // values of the secret keys of good_config
  sdk::Organization org;
  std::vector<sdk::UserRef> users;
  sdk::Window window;
  std::chrono::system_clock::time_point now;  // what the host clock says to the connector
  std::string control_url;  // the runner's own server, for phase and fault control
  bool recorded = true;     // false: the endpoint is a live service
  HttpPolicy http;
};

// The users of each unit the host would run: one unit per user for per_user connectors, one
// unit with every user for per_account ones.
std::vector<std::vector<sdk::UserRef>> unit_users(const ProbeSetup& setup);

}  // namespace tributary::host::conformance
