#pragma once
// Our users -> Copper user ids. An explicit users.yaml `identities.copper.user_id` wins;
// otherwise the user's email is looked up, case-insensitively, in the account's user directory
// (POST /users/search, cached by the host). A user with neither is not covered: a kNotFound note,
// so nothing of theirs is touched.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::copper {

// Lower-cased email -> Copper user id.
using UserDirectory = std::map<std::string, std::int64_t>;

// Adds one POST /users/search page to `directory`; where two Copper users share an email the
// lower id wins, so the result does not depend on page order.
sdk::Status add_users_page(std::string_view body, UserDirectory& directory);
void add_users(const boost::json::array& users, UserDirectory& directory);

std::string directory_to_text(const UserDirectory& directory);
std::optional<UserDirectory> directory_from_text(std::string_view text);

struct ResolvedUser {
  std::string user_id;        // ours
  std::int64_t copper_id = 0;
  std::string copper_email;   // lower-cased; empty when an override names an id we cannot see
  std::string via;            // "override" | "directory"
};

struct UserResolution {
  std::vector<ResolvedUser> resolved;  // in the unit's user order
  std::vector<sdk::UserNote> notes;    // users not resolved, and why
};

// True when some user has no override, so the directory is needed.
bool needs_directory(const std::vector<sdk::UserRef>& users);

// `directory` may be null when every user has an override.
UserResolution resolve_users(const std::vector<sdk::UserRef>& users, const UserDirectory* directory);

// The resolution travels from fetch to normalize in FetchResult::context.
boost::json::object resolution_to_context(const UserResolution& resolution);
sdk::Result<UserResolution> resolution_from_context(const std::vector<sdk::UserRef>& users,
                                                    const boost::json::object& context);

}  // namespace tributary::copper
