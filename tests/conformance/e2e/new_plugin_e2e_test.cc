// The drop-in connector path, end to end, as a connector author outside the project walks it:
// scaffold a plugin, install Tributary into a prefix, build the plugin against that prefix only,
// drop it into a plugin directory, see it listed, run a pipeline with it against its recorded
// exchanges (served by tributary-conformance --serve), and pass tributary-conformance.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>

#include "tests/support/sandbox_process.h"
#include "tests/support/sqlite_reader.h"
#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::testing {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using std::chrono::seconds;

constexpr const char* kName = "acme_e2e";
constexpr const char* kToken = "conformance-token-1234";  // what the scaffold's recordings expect

// Only what the test sets: no config directory or plugin path from the caller's environment.
const Env kClean = {{"TRIBUTARY_CONFIG", ""}, {"TRIBUTARY_PLUGIN_PATH", ""}};

ProcessResult run(const std::vector<std::string>& argv, Env env = {}, seconds timeout = seconds(120)) {
  for (const auto& [k, v] : kClean) env.emplace(k, v);
  return run_process(argv, env, timeout);
}

std::string explain(const ProcessResult& r) { return "exit " + std::to_string(r.exit_code) + "\n" + r.out + "\n" + r.err; }

void write_config(const std::string& dir, const std::string& plugin_dir, const std::string& db) {
  fs::create_directories(dir + "/pipelines");
  write_file(dir + "/tributary.yaml",
             "organization: {timezone: America/New_York, currency: USD, default_country: US}\n"
             "store: {driver: sqlite, path: " + db + "}\n"
             "plugin_dirs: [" + plugin_dir + "]\n");
  write_file(dir + "/users.yaml", "users:\n  - {id: rep1, email: rep1@example.com, name: Rep One}\n");
  write_file(dir + "/pipelines/acme.yaml",
             "name: acme\nupdate_goals: false\nconnectors:\n"
             "  - plugin: " + std::string(kName) + "\n"
             "    config:\n"
             "      base_url: \"http://127.0.0.1:${ACME_PORT}\"\n"
             "      api_token: \"${ACME_TOKEN}\"\n");
}

TEST(NewPluginEndToEnd, ScaffoldBuildDropInListRunAndConform) {
  TempDir root;
  auto prefix = root.file("prefix");
  auto project = root.file(kName);
  auto build = root.file("build");
  auto plugins = root.file("plugins");

  // 1. Tributary installed into a prefix: the SDK package, the binaries, the shipped plugins.
  auto installed = run({CMAKE_COMMAND_PATH, "--install", TRIBUTARY_BINARY_DIR, "--prefix", prefix});
  ASSERT_EQ(installed.exit_code, 0) << explain(installed);
  EXPECT_TRUE(fs::exists(prefix + "/lib/cmake/TributarySDK/TributarySDKConfig.cmake"));
  EXPECT_TRUE(fs::exists(prefix + "/include/tributary/sdk/sdk.h"));
  EXPECT_TRUE(fs::exists(prefix + "/lib/tributary/plugins/libtributary-justcall.so"));
  EXPECT_TRUE(fs::exists(prefix + "/lib/tributary/plugins/tributary-justcall.manifest.json"));
  auto tributary = prefix + "/bin/tributary";
  auto conformance = prefix + "/bin/tributary-conformance";

  // 2. The scaffold, built outside the tree against the prefix only.
  auto scaffold = run({tributary, "new-plugin", kName, "--dir", root.path()});
  ASSERT_EQ(scaffold.exit_code, 0) << explain(scaffold);
  auto configured = run({CMAKE_COMMAND_PATH, "-S", project, "-B", build, "-G", "Ninja", "-DCMAKE_PREFIX_PATH=" + prefix,
                         "-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF", "-DCMAKE_BUILD_TYPE=Release"});
  ASSERT_EQ(configured.exit_code, 0) << explain(configured);
  auto built = run({CMAKE_COMMAND_PATH, "--build", build}, {}, seconds(170));
  ASSERT_EQ(built.exit_code, 0) << explain(built);

  // 3. Dropped into a plugin directory and listed without loading code.
  fs::create_directories(plugins);
  for (const auto* file : {"libtributary-acme_e2e.so", "tributary-acme_e2e.manifest.json"})
    fs::copy_file(build + "/plugins/" + file, plugins + "/" + file);
  auto config = root.file("config");
  write_config(config, plugins, root.file("store.db"));
  // The pipeline's ${ACME_PORT} must be set for the config to load; the list reads no port.
  auto listed = run({tributary, "--config", config, "plugins", "list"}, {{"ACME_PORT", "1"}, {"ACME_TOKEN", kToken}});
  ASSERT_EQ(listed.exit_code, 0) << explain(listed);
  EXPECT_NE(listed.out.find("acme_e2e"), std::string::npos) << listed.out;

  // 4. A pipeline with it, against its own recorded exchanges.
  auto port_file = root.file("port");
  BackgroundProcess server({conformance, "--serve", "--config", project + "/conformance.yaml", "--port-file", port_file});
  ASSERT_TRUE(wait_until([&] { return fs::exists(port_file); }, std::chrono::seconds(20)));
  auto port = read_file(port_file);
  port.erase(port.find_last_not_of("\n") + 1);
  auto ran = run({tributary, "--config", config, "run", "acme", "--from", "2024-06-03", "--to", "2024-06-05", "--json"},
                 {{"ACME_PORT", port}, {"ACME_TOKEN", kToken}});
  server.kill(SIGTERM);
  server.finish(std::chrono::seconds(10));
  ASSERT_EQ(ran.exit_code, 0) << explain(ran);
  // The scaffold's fixtures, by hand (New York days): emails 06-03 a-1 and a-3, 06-04 a-4;
  // calls 06-03 a-2, 06-05 a-5.
  auto rows = sqlite_query(root.file("store.db"),
                           "SELECT type, date, value FROM metrics WHERE source = 'acme_e2e' ORDER BY type, date");
  ASSERT_EQ(rows.size(), 4u) << ran.out;
  EXPECT_EQ(rows[0].at("type") + " " + rows[0].at("date") + " " + rows[0].at("value"), "email_quantity 2024-06-03 2.0");
  EXPECT_EQ(rows[1].at("type") + " " + rows[1].at("date") + " " + rows[1].at("value"), "email_quantity 2024-06-04 1.0");
  EXPECT_EQ(rows[2].at("type") + " " + rows[2].at("date") + " " + rows[2].at("value"), "phone_call_quantity 2024-06-03 1.0");
  EXPECT_EQ(rows[3].at("type") + " " + rows[3].at("date") + " " + rows[3].at("value"), "phone_call_quantity 2024-06-05 1.0");

  // 5. The conformance runner passes it, from the installed prefix.
  auto conformed = run({conformance, plugins + "/libtributary-acme_e2e.so", "--config", project + "/conformance.yaml", "--json"});
  ASSERT_EQ(conformed.exit_code, 0) << explain(conformed);
  auto report = json::parse(conformed.out).as_object();
  EXPECT_EQ(report.at("failed").as_int64(), 0);
  EXPECT_EQ(report.at("passed").as_int64(), 10) << conformed.out;
}

}  // namespace
}  // namespace tributary::testing
