#include "tests/sandbox/message.h"

#include <gtest/gtest.h>

namespace tributary::sandbox {
namespace {

TEST(ParseTarget, DecodesPathAndQuery) {
  Request request;
  parse_target("/justcall/v2.1/calls?from_datetime=2024-06-01%2000:00:00&to_datetime=2024-06-02+23:59:59&page=1",
               request);
  EXPECT_EQ(request.path, "/justcall/v2.1/calls");
  EXPECT_EQ(request.query.at("from_datetime"), "2024-06-01 00:00:00");
  EXPECT_EQ(request.query.at("to_datetime"), "2024-06-02 23:59:59") << "'+' is a space in a query";
  EXPECT_EQ(request.query.at("page"), "1");
}

TEST(ParseTarget, RepeatedParameterKeepsLastValue) {
  Request request;
  parse_target("/x?page=1&page=2", request);
  EXPECT_EQ(request.query.at("page"), "2");
}

TEST(ParseTarget, RejectsTargetThatIsNotAPath) {
  Request request;
  EXPECT_THROW(parse_target("calls?page=1", request), BadRequest);
  EXPECT_THROW(parse_target("/a b", request), BadRequest);
}

TEST(Response, SetHeaderReplacesIgnoringCase) {
  Response response;
  response.set_header("Retry-After", "5");
  response.set_header("retry-after", "1");
  ASSERT_EQ(response.headers.size(), 1u);
  EXPECT_EQ(response.header("RETRY-AFTER"), "1");
  EXPECT_EQ(response.header("X-Missing"), "");
}

}  // namespace
}  // namespace tributary::sandbox
