#pragma once
// A connector's entry points are noexcept: no exception may cross into the host. `guarded` runs
// an entry point's work and turns anything thrown (allocation, a JSON library throw) into a
// kInternal failure of that unit: "<who> <what> failed unexpectedly: <e.what()>".

#include <exception>
#include <string>
#include <string_view>

#include "tributary/sdk/status.h"

namespace tributary::sdk {

template <class T, class F>
Result<T> guarded(std::string_view who, std::string_view what, F&& body) noexcept {
  try {
    return body();
  } catch (const std::exception& e) {
    return Status::internal(std::string(who) + " " + std::string(what) +
                            " failed unexpectedly: " + e.what());
  } catch (...) {
    return Status::internal(std::string(who) + " " + std::string(what) + " failed unexpectedly");
  }
}

}  // namespace tributary::sdk
