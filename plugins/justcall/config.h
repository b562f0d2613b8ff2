#pragma once
// The JustCall connector's declaration (identity, config keys, what it produces, rate budget)
// and the typed config both fetch and normalize work from.

#include <boost/json/object.hpp>
#include <string>

#include "tributary/sdk/declaration.h"
#include "tributary/sdk/status.h"

namespace tributary::justcall {

inline constexpr const char* kName = "justcall";
inline constexpr const char* kVersion = "0.1.0";
inline constexpr const char* kPhoneCallQuantity = "phone_call_quantity";
inline constexpr const char* kTalkTimeMinutes = "talk_time_minutes";
inline constexpr const char* kAgentIdIdentity = "agent_id";
inline constexpr int kMaxPerPage = 100;  // JustCall's cap for calls and users

// `Authorization: key:secret` is the documented v2.1 form; some accounts were set up with
// HTTP Basic, which JustCall also accepts.
enum class AuthStyle { kRaw, kBasic };

// Which calls count as work the rep did.
enum class CountRule {
  kHandled,   // every Outgoing call, plus Incoming calls of type Answered
  kAll,       // every call, missed and voicemail included
  kOutgoing,  // Outgoing calls only
};

// Which duration field of a call is its talk time.
enum class TalkField { kConversationTime, kTotalDuration };

struct CallRules {
  CountRule count = CountRule::kHandled;
  TalkField talk_field = TalkField::kConversationTime;
};

struct JustCallConfig {
  std::string base_url;  // no trailing slash
  std::string api_key;
  std::string api_secret;
  AuthStyle auth_style = AuthStyle::kRaw;
  int per_page = kMaxPerPage;
  int lookback_padding_days = 1;
  CallRules rules;
};

const sdk::Declaration& declaration();

// Both readers apply the declaration's defaults to absent keys (the host normally has already)
// and return a kConfig Status naming the key, the value and what would be accepted.
sdk::Result<CallRules> parse_call_rules(const boost::json::object& config);
sdk::Result<JustCallConfig> parse_config(const boost::json::object& config);

}  // namespace tributary::justcall
