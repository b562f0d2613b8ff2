#pragma once
// The fake org's OAuth and limits: POST /services/oauth2/token (refresh_token grant) issues
// sessions that die after a number of API calls (INVALID_SESSION_ID) or when an admin expires
// them, and every API call spends the org's daily allocation (REQUEST_LIMIT_EXCEEDED when gone).

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "tests/sandbox/message.h"
#include "tests/sandbox/salesforce/settings.h"

namespace tributary::sandbox::salesforce {

class Sessions {
 public:
  explicit Sessions(const Settings& settings) : settings_(settings) {}

  // The token endpoint; `instance_url` is what the answer names as the API host.
  Response token(const Request& request, const std::string& instance_url);
  // One API call on the session named by `bearer`; false when it is unknown, expired or used up.
  bool admit(std::string_view bearer);
  void expire_all();
  int issued() const;

 private:
  const Settings& settings_;
  mutable std::mutex mutex_;
  std::map<std::string, std::int64_t, std::less<>> calls_left_;  // -1: unlimited
  int counter_ = 0;
};

class Allocation {
 public:
  explicit Allocation(std::int64_t limit) : limit_(limit) {}
  bool spend();                                // false once used == limit
  void set_remaining(std::int64_t remaining);  // the limit becomes used + remaining
  std::string header() const;                  // "api-usage=18/15000"

 private:
  mutable std::mutex mutex_;
  std::int64_t used_ = 0;
  std::int64_t limit_;
};

}  // namespace tributary::sandbox::salesforce
