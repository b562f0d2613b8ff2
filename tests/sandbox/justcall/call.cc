#include "tests/sandbox/justcall/call.h"

namespace tributary::sandbox::justcall {

std::string_view to_string(Direction direction) {
  return direction == Direction::kIncoming ? "Incoming" : "Outgoing";
}

std::string_view to_string(CallType type) {
  switch (type) {
    case CallType::kAnswered: return "Answered";
    case CallType::kMissed: return "Missed";
    case CallType::kVoicemail: return "Voicemail";
    case CallType::kUnanswered: return "Unanswered";
  }
  return "Answered";
}

}  // namespace tributary::sandbox::justcall
