#include "tributary/sdk/connector.h"

namespace tributary::sdk {

Status Connector::emit(const NormalizeOutput& output, Emitter& emitter) const noexcept {
  for (const auto& user : output.covered_users) {
    if (auto s = emitter.cover(user); !s) return s;
  }
  for (const auto& m : output.metrics) {
    if (auto s = emitter.metric(m); !s) return s;
  }
  for (const auto& l : output.leads) {
    if (auto s = emitter.lead(l); !s) return s;
  }
  for (const auto& [k, v] : output.state) {
    if (auto s = emitter.state(k, v); !s) return s;
  }
  for (const auto& n : output.notes) emitter.note(n);
  for (const auto& [k, v] : output.summary) emitter.summary(k, v);
  return Status::success();
}

}  // namespace tributary::sdk
