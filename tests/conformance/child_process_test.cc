#include "host/conformance/child_process.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <csignal>
#include <cstdio>
#include <stdexcept>

#include "host/conformance/exchange_server.h"
#include "host/http/http_client.h"

namespace tributary::host::conformance {
namespace {

namespace json = boost::json;
using std::chrono::milliseconds;

[[noreturn]] void throw_runtime_error() { throw std::runtime_error("boom"); }
void call_noexcept() noexcept { throw_runtime_error(); }

TEST(ChildProcess, ReturnsWhatTheProbeReturnedAndWhatItPrinted) {
  boost::asio::io_context io;
  auto outcome = run_in_child(io, milliseconds(10000), [](ChildChannel& channel) -> json::value {
    channel.step("printing");
    std::printf("hello from the child\n");
    return json::object{{"answer", 42}};
  });
  ASSERT_TRUE(outcome.result) << outcome.failure;
  EXPECT_EQ(outcome.result->at("answer").as_int64(), 42);
  EXPECT_EQ(outcome.last_step, "printing");
  EXPECT_EQ(outcome.output, "hello from the child\n");
}

TEST(ChildProcess, ACrashIsAFailureNamingTheSignalAndTheStep) {
  boost::asio::io_context io;
  auto outcome = run_in_child(io, milliseconds(10000), [](ChildChannel& channel) -> json::value {
    channel.step("fetch (read, user rep1)");
    std::raise(SIGSEGV);
    return nullptr;
  });
  EXPECT_FALSE(outcome.result);
  EXPECT_EQ(outcome.failure, "crashed with SIGSEGV (Segmentation fault) during fetch (read, user rep1)");
}

TEST(ChildProcess, AnExceptionThroughNoexceptNamesTheException) {
  boost::asio::io_context io;
  auto outcome = run_in_child(io, milliseconds(10000), [](ChildChannel& channel) -> json::value {
    channel.step("normalize");
    call_noexcept();
    return nullptr;
  });
  EXPECT_FALSE(outcome.result);
  EXPECT_EQ(outcome.failure,
            "crashed with SIGABRT (Aborted) during normalize: an exception escaped a noexcept entry "
            "point (std::runtime_error: boom); entry points must catch everything and return a Status");
}

TEST(ChildProcess, AHangIsKilledAtTheDeadline) {
  boost::asio::io_context io;
  auto started = std::chrono::steady_clock::now();
  auto outcome = run_in_child(io, milliseconds(1000), [](ChildChannel& channel) -> json::value {
    channel.step("fetch");
    for (;;) ::pause();
  });
  EXPECT_TRUE(outcome.timed_out);
  EXPECT_FALSE(outcome.result);
  EXPECT_EQ(outcome.failure.substr(0, 60), "did not finish within 1 s during fetch and was killed; a con");
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
}

TEST(ChildProcess, ExitingIsAFailureWithTheStatus) {
  boost::asio::io_context io;
  auto outcome = run_in_child(io, milliseconds(10000), [](ChildChannel&) -> json::value { std::exit(3); });
  EXPECT_EQ(outcome.failure, "ended with exit status 3 before reporting; a connector must never exit the process");
}

TEST(ChildProcess, TheParentServesHttpWhileTheChildWaitsForIt) {
  boost::asio::io_context io;
  Exchange hello;
  hello.request.path = "/hello";
  hello.response.body = "hi";
  ExchangeServer server(io, {hello});
  server.listen();
  init_curl_globally();
  auto url = server.root_url() + "/hello";
  auto outcome = run_in_child(io, milliseconds(10000), [&](ChildChannel&) -> json::value {
    CurlHttpClient client(HttpPolicy{}, nullptr, nullptr, nullptr, nullptr);
    sdk::HttpRequest request;
    request.url = url;
    auto response = client.send(request);
    return json::value(response ? response->body : response.status().to_string());
  });
  ASSERT_TRUE(outcome.result) << outcome.failure;
  EXPECT_EQ(outcome.result->as_string(), "hi");
  ASSERT_EQ(server.served().size(), 1u);
  EXPECT_EQ(server.served()[0].exchange, 0);
}

}  // namespace
}  // namespace tributary::host::conformance
