#pragma once
// The Fishbowl tests drive the connector through the shared in-process host (tests/support).

#include "tests/support/fake_host.h"

namespace tributary::fishbowl::testing {

using tributary::testing::FakeHost;
using tributary::testing::http_answer;
using FakeHttp = tributary::testing::ScriptedHttp;

}  // namespace tributary::fishbowl::testing
