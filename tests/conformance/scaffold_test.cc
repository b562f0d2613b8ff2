// The new-plugin scaffold: names, the files it writes, and that its conformance file reads. The
// project building and passing conformance is new_plugin_e2e_test's job.
#include "host/scaffold/scaffold.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>

#include "host/conformance/conformance_config.h"
#include "tests/support/temp_dir.h"
#include "tributary/sdk/abi.h"

namespace tributary::host {
namespace {

const ScaffoldFile* find(const std::vector<ScaffoldFile>& files, const std::string& path) {
  for (const auto& f : files) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

TEST(Scaffold, NamesAreLowerSnakeCaseIdentifiers) {
  EXPECT_EQ(plugin_name_problem("acme_crm"), std::nullopt);
  EXPECT_EQ(plugin_name_problem("crm2"), std::nullopt);
  EXPECT_EQ(plugin_name_problem(""), "the plugin name is empty; expected e.g. acme_crm");
  EXPECT_EQ(plugin_name_problem("2crm"), "the plugin name '2crm' must start with a lower-case letter (e.g. acme_crm)");
  EXPECT_EQ(plugin_name_problem("Acme-CRM").value_or("").find("may hold only lower-case letters"), std::string::npos)
      << "starts with an upper-case letter: that is the first thing said";
  EXPECT_EQ(plugin_name_problem("acme-CRM"),
            "the plugin name 'acme-CRM' may hold only lower-case letters, digits and '_' (it is a C++ "
            "namespace, a library name and the metrics source); e.g. acme_crm");
  EXPECT_TRUE(plugin_name_problem(std::string(41, 'a')));
}

TEST(Scaffold, RendersEveryFileWithThePlaceholdersFilledIn) {
  auto files = render_plugin_project("acme_crm");
  for (const auto* path : {"CMakeLists.txt", "manifest.json", "conformance.yaml", "README.md", ".gitignore",
                           "src/connector.h", "src/declaration.cc", "src/fetch.cc", "src/normalize.cc",
                           "src/plugin.cc", "fixtures/activities-rep1-page-1.json",
                           "fixtures/activities-rep1-page-2.json", "fixtures/expected-rep1.json",
                           "fixtures/me.json", "fixtures/error-401.json"})
    EXPECT_TRUE(find(files, path)) << path;
  for (const auto& f : files) {
    EXPECT_EQ(f.text.find("@NAME@"), std::string::npos) << f.path;
    EXPECT_EQ(f.text.find("@CLASS@"), std::string::npos) << f.path;
    EXPECT_EQ(f.text.find("@ABI_"), std::string::npos) << f.path;
  }
  EXPECT_NE(find(files, "src/connector.h")->text.find("class AcmeCrmConnector final"), std::string::npos);
  EXPECT_NE(find(files, "CMakeLists.txt")->text.find("tributary_add_plugin(acme_crm"), std::string::npos);
  auto manifest = boost::json::parse(find(files, "manifest.json")->text).as_object();
  EXPECT_EQ(manifest.at("name").as_string(), "acme_crm");
  EXPECT_EQ(manifest.at("library").as_string(), "libtributary-acme_crm.so");
  EXPECT_EQ(manifest.at("abi_major").as_int64(), TRIBUTARY_ABI_MAJOR);
  EXPECT_EQ(manifest.at("sdk_version").as_string(), TRIBUTARY_SDK_VERSION);
}

TEST(Scaffold, WritesAProjectWhoseConformanceFileReads) {
  testing::TempDir dir;
  auto project = dir.file("acme_crm");
  ASSERT_TRUE(write_plugin_project("acme_crm", project).ok());
  auto load = conformance::load_conformance_config(project + "/conformance.yaml");
  ASSERT_TRUE(load.config) << (load.errors.empty() ? "" : load.errors.front());
  EXPECT_EQ(load.config->plugin, "acme_crm");
  EXPECT_EQ(load.config->recorded.size(), 4u);
  ASSERT_EQ(load.config->normalize.size(), 1u);
  EXPECT_TRUE(load.config->normalize[0].expected.records);
}

TEST(Scaffold, NeverWritesIntoADirectoryThatHasFiles) {
  testing::TempDir dir;
  testing::write_file(dir.file("keep.txt"), "mine");
  auto status = write_plugin_project("acme_crm", dir.path());
  EXPECT_EQ(status.kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(status.message().find("already exists and is not an empty directory"), std::string::npos);
  EXPECT_EQ(testing::read_file(dir.file("keep.txt")), "mine");
  EXPECT_EQ(write_plugin_project("Bad Name", dir.file("x")).kind(), sdk::FailureKind::kConfig);
  EXPECT_FALSE(std::filesystem::exists(dir.file("x")));
}

}  // namespace
}  // namespace tributary::host
