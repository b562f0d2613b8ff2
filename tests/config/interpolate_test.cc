#include "host/config/interpolate.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config_test_support.h"

namespace tributary::host {
namespace {

using ::testing::ElementsAre;
using testing::fake_env;
using ::testing::IsEmpty;

TEST(Interpolate, ReplacesSetVariablesAnywhereInTheText) {
  auto out = interpolate("http://${HOST}:${PORT}/x", fake_env({{"HOST", "h"}, {"PORT", "80"}}));
  EXPECT_EQ(out.text, "http://h:80/x");
  EXPECT_THAT(out.missing, IsEmpty());
  EXPECT_THAT(out.problems, IsEmpty());
}

TEST(Interpolate, UsesTheDefaultWhenUnsetOrEmpty) {
  EXPECT_EQ(interpolate("${PORT:-18080}", fake_env({})).text, "18080");
  EXPECT_EQ(interpolate("${PORT:-18080}", fake_env({{"PORT", ""}})).text, "18080");
  EXPECT_EQ(interpolate("${PORT:-18080}", fake_env({{"PORT", "9"}})).text, "9");
  EXPECT_EQ(interpolate("${PORT:-}", fake_env({})).text, "");
}

TEST(Interpolate, KeepsAnEmptyValueWithoutDefault) {
  auto out = interpolate("[${EMPTY}]", fake_env({{"EMPTY", ""}}));
  EXPECT_EQ(out.text, "[]");
  EXPECT_THAT(out.missing, IsEmpty());
}

TEST(Interpolate, ReportsEveryMissingVariable) {
  auto out = interpolate("${A}-${B}-${C}", fake_env({{"B", "b"}}));
  EXPECT_THAT(out.missing, ElementsAre("A", "C"));
}

TEST(Interpolate, DoubleDollarEscapesALiteralPlaceholder) {
  auto out = interpolate("$${NOT_A_VAR} costs $5", fake_env({}));
  EXPECT_EQ(out.text, "${NOT_A_VAR} costs $5");
  EXPECT_THAT(out.missing, IsEmpty());
}

TEST(Interpolate, ExplainsAnUnterminatedPlaceholder) {
  auto out = interpolate("${REGION", fake_env({}));
  EXPECT_THAT(out.problems,
              ElementsAre("unterminated '${' in '${REGION'; close it with '}' or write '$${' for "
                          "a literal '${'"));
}

TEST(Interpolate, RejectsNamesThatAreNotVariableNames) {
  auto out = interpolate("${1ABC}", fake_env({}));
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_THAT(out.problems[0],
              ::testing::StartsWith("'${1ABC}' does not name an environment variable"));
}

}  // namespace
}  // namespace tributary::host
