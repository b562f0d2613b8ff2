#pragma once
// Reads one YAML mapping of a config file: checks its keys against the allowed ones and reads
// typed values from interpolated scalars, reporting every problem to the FileContext with the
// key's or value's location. Getters return nullopt when the value is absent or was reported.

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "host/config/file_context.h"

namespace tributary::host {

enum class Need { kOptional, kRequired };

class MapReader {
 public:
  struct Entry {
    std::string key;
    YAML::Node key_node;
    YAML::Node value;
  };

  // `what` names the mapping in messages ("user 'rep1'", "'store'"); `where` locates it when the
  // node itself has no mark (absent, or an empty `key:`). An absent or null node reads as empty.
  MapReader(FileContext& ctx, const YAML::Node& node, std::string what, SourceLocation where);

  FileContext& ctx() { return ctx_; }
  bool is_mapping() const { return is_mapping_; }
  const std::string& what() const { return what_; }
  const SourceLocation& where() const { return where_; }
  const std::vector<Entry>& entries() const { return entries_; }
  void rename(std::string what) { what_ = std::move(what); }

  // Reports keys not in `allowed` (with a did-you-mean) and keys written twice.
  void check_keys(const std::vector<std::string>& allowed);
  // Reports keys written twice, for mappings whose keys are free-form.
  void check_unique_keys();

  // The value of `key`; nullptr when absent or null.
  const YAML::Node* value(std::string_view key) const;
  SourceLocation key_at(std::string_view key) const;    // the mapping's location when absent
  SourceLocation value_at(std::string_view key) const;  // the key's location for null values

  std::optional<std::string> text(std::string_view key, Need need = Need::kOptional);
  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min,
                                      std::int64_t max = std::numeric_limits<std::int64_t>::max(),
                                      Need need = Need::kOptional);
  std::optional<double> number(std::string_view key, Need need = Need::kOptional);
  std::optional<bool> boolean(std::string_view key, Need need = Need::kOptional);
  // A string that must be one of `allowed`; `noun` names it in messages ("period").
  std::optional<std::string> choice(std::string_view key, std::string_view noun,
                                    const std::vector<std::string>& allowed,
                                    Need need = Need::kOptional);
  // A string of letters, digits, '_', '.' and '-'; `noun` names it in messages ("user id").
  std::optional<std::string> plain_name(std::string_view key, std::string_view noun,
                                        Need need = Need::kOptional);
  std::optional<std::vector<std::string>> text_list(std::string_view key,
                                                    Need need = Need::kOptional);
  // The list under `key`; nullptr when absent, or when not a list (reported: "a list of <noun>").
  const YAML::Node* list(std::string_view key, std::string_view noun);
  // The nested mapping under `key` (empty when absent); `what` names it in its messages.
  MapReader mapping(std::string_view key, std::string what);

  void report_missing(std::string_view key);

 private:
  const Entry* find(std::string_view key) const;
  void check(const std::vector<std::string>* allowed);
  // A scalar read by `parse`, reported as "expected <expected> ..." when it returns nullopt.
  template <typename T, typename Parse>
  std::optional<T> parsed(std::string_view key, Need need, std::string_view expected, Parse parse);
  // The interpolated text of a scalar value, or nullopt after reporting why not.
  std::optional<std::string> scalar(const YAML::Node& node, const SourceLocation& where,
                                    const std::string& label, std::string_view expected);
  std::optional<std::string> present_scalar(std::string_view key, Need need,
                                            std::string_view expected);

  FileContext& ctx_;
  std::string what_;
  SourceLocation where_;
  bool is_mapping_ = true;
  std::vector<Entry> entries_;
};

// "<noun> '<value>' may contain only letters, digits, '_', '.' and '-'"
std::string plain_name_message(std::string_view noun, std::string_view value);

// "unknown <noun> '<value>' for '<key>' (did you mean 'x'?); expected one of: a, b"
std::string unknown_value_message(std::string_view noun, std::string_view value,
                                  std::string_view key, const std::vector<std::string>& allowed);

}  // namespace tributary::host
