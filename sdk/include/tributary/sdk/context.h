#pragma once
// What the host hands a connector for one unit of work.

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tributary::sdk {

class HostServices;

// The run's window: whole organisation-local days, start_date..end_date inclusive, and the same
// span as UTC instants [start_utc, end_utc). A unit owns every day of it for its covered users.
struct Window {
  std::string start_date;  // YYYY-MM-DD
  std::string end_date;    // YYYY-MM-DD, inclusive
  std::int64_t start_utc = 0;  // unix seconds of start_date 00:00 in the organisation zone
  std::int64_t end_utc = 0;    // unix seconds of the day after end_date 00:00 (exclusive)
};

struct Organization {
  std::string timezone = "UTC";  // IANA name
  std::string currency = "USD";
  std::string default_country = "US";
};

struct UserRef {
  std::string id;
  std::string email;
  std::string name;
  // users.yaml `identities.<plugin>`: explicit vendor identities that win over lookups.
  std::map<std::string, std::string> identity;
};

struct NormalizeContext {
  boost::json::object config;  // validated against the declaration, defaults applied
  Window window;
  Organization org;
  std::vector<UserRef> users;  // the unit's users
};

struct FetchContext : NormalizeContext {
  HostServices* host = nullptr;  // never null when the host calls fetch
};

// One raw vendor response as fetched; normalize works from these alone.
struct RawPage {
  std::string stream;  // e.g. "calls", "users"
  std::string body;    // the response body, untouched
  boost::json::object meta;  // what fetch knew when it asked (agent id, user id, page number...)
};

struct FetchResult {
  std::vector<RawPage> pages;
  // Facts fetch resolved that normalize needs (e.g. our user id -> vendor id, agent time zones).
  boost::json::object context;
};

}  // namespace tributary::sdk
