#include "host/conformance/config_sections.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tributary/sdk/time.h"

namespace tributary::host::conformance {

namespace json = boost::json;

std::string resolve_path(const std::string& base, const std::string& name) {
  std::filesystem::path p(name);
  if (p.is_absolute()) return p.lexically_normal().string();
  return (std::filesystem::path(base) / p).lexically_normal().string();
}

std::optional<std::string> read_fixture(YamlReader& in, const YAML::Node& at,
                                        const std::string& base, const std::string& name) {
  auto path = resolve_path(base, name);
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    in.error(at, "cannot read '" + name + "' (looked for " + path +
                     "); file names are relative to the conformance file's directory");
    return std::nullopt;
  }
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

namespace {

RequestPattern read_request(YamlReader& in, const YAML::Node& node) {
  RequestPattern r;
  if (!in.mapping(node, "request", {"method", "path", "query", "headers", "body", "json"})) return r;
  if (node["method"]) r.method = in.string(node["method"], "request.method").value_or("GET");
  if (node["path"]) r.path = in.string(node["path"], "request.path").value_or("*");
  if (node["query"]) r.query = in.string_map(node["query"], "request.query");
  if (node["headers"]) r.headers = in.string_map(node["headers"], "request.headers");
  if (node["body"]) r.body = in.string(node["body"], "request.body");
  if (node["json"]) r.json = in.json_object(node["json"], "request.json");
  return r;
}

RecordedResponse read_response(YamlReader& in, const YAML::Node& node, const std::string& base) {
  RecordedResponse r;
  if (!in.mapping(node, "response", {"status", "headers", "body", "body_file", "json"})) return r;
  if (node["status"]) r.status = in.integer(node["status"], "response.status", 100, 599).value_or(200);
  if (node["headers"]) {
    for (const auto& [k, v] : in.string_map(node["headers"], "response.headers"))
      r.headers.emplace_back(k, v);
  }
  int bodies = (node["body"] ? 1 : 0) + (node["body_file"] ? 1 : 0) + (node["json"] ? 1 : 0);
  if (bodies > 1) in.error(node, "response takes one of body, body_file or json, not several");
  if (node["body"]) r.body = in.string(node["body"], "response.body").value_or("");
  if (node["json"]) r.body = json::serialize(in.json(node["json"]));
  if (node["body_file"]) {
    if (auto name = in.string(node["body_file"], "response.body_file"))
      r.body = read_fixture(in, node["body_file"], base, *name).value_or("");
  }
  return r;
}

std::string describe(const RequestPattern& r) {
  std::string out = r.method + " " + r.path;
  for (const auto& [k, v] : r.query) out += " " + k + "=" + v;
  return out;
}

}  // namespace

std::vector<Exchange> read_exchanges(YamlReader& in, const YAML::Node& list, const std::string& base) {
  std::vector<Exchange> out;
  if (!in.sequence(list, "recorded")) return out;
  for (const auto& item : list) {
    if (!in.mapping(item, "a recorded exchange", {"name", "request", "response", "optional"})) continue;
    Exchange e;
    e.where = in.where(item);
    if (!item["response"]) in.error(item, "a recorded exchange needs a response");
    if (item["request"]) e.request = read_request(in, item["request"]);
    if (item["response"]) e.response = read_response(in, item["response"], base);
    if (item["optional"]) e.optional = in.boolean(item["optional"], "optional").value_or(false);
    e.name = item["name"] ? in.string(item["name"], "name").value_or("") : describe(e.request);
    out.push_back(std::move(e));
  }
  return out;
}

ExpectedOutput read_expected(YamlReader& in, const YAML::Node& node, const std::string& what,
                             const std::string& base) {
  ExpectedOutput out;
  if (node.IsMap()) {
    out.records = in.json_object(node, what);
    return out;
  }
  auto name = in.string(node, what + " (a JSON file name or the records inline)");
  if (!name) return out;
  out.file = resolve_path(base, *name);
  std::ifstream file(out.file);
  if (!file) return out;  // the check says so; --update-expected writes it
  std::stringstream text;
  text << file.rdbuf();
  boost::system::error_code ec;
  auto parsed = json::parse(text.str(), ec);
  if (ec || !parsed.is_object()) {
    in.error(node, out.file + " is not a JSON object (" + (ec ? ec.message() : "wrong type") +
                       "); expected {\"metrics\": [...], \"leads\": [...], ...}");
    return out;
  }
  out.records = std::move(parsed.as_object());
  return out;
}

std::vector<sdk::UserRef> read_users(YamlReader& in, const YAML::Node& list) {
  std::vector<sdk::UserRef> out;
  if (!in.sequence(list, "users")) return out;
  for (const auto& item : list) {
    if (!in.mapping(item, "a user", {"id", "email", "name", "identities"})) continue;
    sdk::UserRef u;
    if (!item["id"]) in.error(item, "a user needs an id");
    if (item["id"]) u.id = in.string(item["id"], "user id").value_or("");
    if (item["email"]) u.email = in.string(item["email"], "user email").value_or("");
    if (item["name"]) u.name = in.string(item["name"], "user name").value_or("");
    if (item["identities"]) u.identity = in.string_map(item["identities"], "identities");
    out.push_back(std::move(u));
  }
  return out;
}

std::optional<DateRange> read_window(YamlReader& in, const YAML::Node& node, const std::string& what) {
  if (!in.mapping(node, what, {"from", "to"})) return std::nullopt;
  DateRange range;
  for (auto [key, field] : {std::pair{"from", &range.from}, std::pair{"to", &range.to}}) {
    if (!node[key]) {
      in.error(node, what + " needs '" + key + "' (YYYY-MM-DD)");
      return std::nullopt;
    }
    *field = in.string(node[key], what + "." + key).value_or("");
    if (!sdk::is_valid_date(*field)) {
      in.error(node[key], what + "." + key + " is '" + *field + "'; expected a date YYYY-MM-DD");
      return std::nullopt;
    }
  }
  if (range.from > range.to) {
    in.error(node, what + " runs backwards (" + range.from + " after " + range.to + ")");
    return std::nullopt;
  }
  return range;
}

std::vector<NormalizeCase> read_normalize_cases(YamlReader& in, const YAML::Node& list,
                                                const std::string& base) {
  std::vector<NormalizeCase> out;
  if (!in.sequence(list, "normalize")) return out;
  for (const auto& item : list) {
    if (!in.mapping(item, "a normalize case",
                    {"name", "window", "config", "users", "context", "pages", "expected"}))
      continue;
    NormalizeCase c;
    c.name = item["name"] ? in.string(item["name"], "name").value_or("") : "";
    if (c.name.empty()) c.name = "case " + std::to_string(out.size() + 1);
    if (item["window"]) c.window = read_window(in, item["window"], "window");
    if (item["config"]) c.config_overlay = in.json_object(item["config"], "config");
    if (item["users"]) c.users = read_users(in, item["users"]);
    if (item["context"]) c.context = in.json_object(item["context"], "context");
    if (!item["expected"])
      in.error(item, "normalize case '" + c.name + "' needs 'expected' (a JSON file or inline records)");
    else
      c.expected = read_expected(in, item["expected"], "expected", base);
    if (!item["pages"] || !in.sequence(item["pages"], "pages")) {
      if (!item["pages"]) in.error(item, "normalize case '" + c.name + "' needs 'pages'");
      continue;
    }
    for (const auto& page : item["pages"]) {
      if (!in.mapping(page, "a page", {"stream", "file", "body", "meta"})) continue;
      PageFixture p;
      p.stream = page["stream"] ? in.string(page["stream"], "stream").value_or("") : "";
      if (page["meta"]) p.meta = in.json_object(page["meta"], "meta");
      if (page["file"]) {
        p.source = in.string(page["file"], "file").value_or("");
        p.body = read_fixture(in, page["file"], base, p.source).value_or("");
      } else if (page["body"]) {
        p.source = "inline body";
        p.body = in.string(page["body"], "body").value_or("");
      } else {
        in.error(page, "a page needs 'file' (a recorded response body) or 'body'");
      }
      c.pages.push_back(std::move(p));
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace tributary::host::conformance
