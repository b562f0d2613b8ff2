#include "host/config/map_reader.h"

#include <algorithm>

#include "host/config/scalar_parse.h"
#include "host/core/did_you_mean.h"

namespace tributary::host {

namespace {

std::string quoted(std::string_view key) { return "'" + std::string(key) + "'"; }

}  // namespace

std::string unknown_value_message(std::string_view noun, std::string_view value,
                                  std::string_view key, const std::vector<std::string>& allowed) {
  return "unknown " + std::string(noun) + " '" + std::string(value) + "' for " + quoted(key) +
         did_you_mean(value, allowed) + "; expected one of: " + join(allowed);
}

std::string plain_name_message(std::string_view noun, std::string_view value) {
  return std::string(noun) + " '" + std::string(value) +
         "' may contain only letters, digits, '_', '.' and '-'";
}

MapReader::MapReader(FileContext& ctx, const YAML::Node& node, std::string what,
                     SourceLocation where)
    : ctx_(ctx), what_(std::move(what)), where_(ctx.at(node, where)) {
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsMap()) {
    is_mapping_ = false;
    ctx_.error(where_, "expected a mapping for " + what_ + ", got " + describe(node));
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar()) {
      ctx_.error(ctx_.at(it->first),
                 "expected a plain key in " + what_ + ", got " + describe(it->first));
      continue;
    }
    entries_.push_back({it->first.Scalar(), it->first, it->second});
  }
}

void MapReader::check_keys(const std::vector<std::string>& allowed) { check(&allowed); }

void MapReader::check_unique_keys() { check(nullptr); }

void MapReader::check(const std::vector<std::string>* allowed) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const auto& entry = entries_[i];
    auto where = ctx_.at(entry.key_node);
    auto first = std::find_if(entries_.begin(), entries_.begin() + static_cast<long>(i),
                              [&](const Entry& e) { return e.key == entry.key; });
    if (first != entries_.begin() + static_cast<long>(i)) {
      ctx_.error(where, "duplicate key " + quoted(entry.key) + " in " + what_ +
                            "; it was first written at line " +
                            std::to_string(ctx_.at(first->key_node).line));
      continue;
    }
    if (allowed != nullptr &&
        std::find(allowed->begin(), allowed->end(), entry.key) == allowed->end()) {
      ctx_.error(where, "unknown key " + quoted(entry.key) + " in " + what_ +
                            did_you_mean(entry.key, *allowed) +
                            "; allowed keys: " + join(*allowed));
    }
  }
}

const MapReader::Entry* MapReader::find(std::string_view key) const {
  for (const auto& entry : entries_) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

const YAML::Node* MapReader::value(std::string_view key) const {
  const auto* entry = find(key);
  if (entry == nullptr || entry->value.IsNull()) return nullptr;
  return &entry->value;
}

SourceLocation MapReader::key_at(std::string_view key) const {
  const auto* entry = find(key);
  return entry == nullptr ? where_ : ctx_.at(entry->key_node);
}

SourceLocation MapReader::value_at(std::string_view key) const {
  const auto* entry = find(key);
  if (entry == nullptr) return where_;
  return ctx_.at(entry->value, ctx_.at(entry->key_node));
}

void MapReader::report_missing(std::string_view key) {
  ctx_.error(key_at(key), "missing required key " + quoted(key) + " in " + what_);
}

std::optional<std::string> MapReader::scalar(const YAML::Node& node, const SourceLocation& where,
                                             const std::string& label, std::string_view expected) {
  if (!node.IsScalar()) {
    ctx_.error(where,
               "expected " + std::string(expected) + " for " + label + ", got " + describe(node));
    return std::nullopt;
  }
  return ctx_.interpolate(node.Scalar(), where);
}

std::optional<std::string> MapReader::present_scalar(std::string_view key, Need need,
                                                     std::string_view expected) {
  const auto* node = value(key);
  if (node == nullptr) {
    if (need == Need::kRequired) report_missing(key);
    return std::nullopt;
  }
  return scalar(*node, value_at(key), quoted(key), expected);
}

std::optional<std::string> MapReader::text(std::string_view key, Need need) {
  return present_scalar(key, need, "a string");
}

template <typename T, typename Parse>
std::optional<T> MapReader::parsed(std::string_view key, Need need, std::string_view expected,
                                   Parse parse) {
  auto raw = present_scalar(key, need, expected);
  if (!raw) return std::nullopt;
  std::optional<T> value = parse(*raw);
  if (!value) {
    ctx_.error(value_at(key), "expected " + std::string(expected) + " for " + quoted(key) +
                                  ", got '" + *raw + "'");
  }
  return value;
}

std::optional<std::int64_t> MapReader::integer(std::string_view key, std::int64_t min,
                                               std::int64_t max, Need need) {
  auto value = parsed<std::int64_t>(key, need, "an integer", parse_integer);
  if (value && (*value < min || *value > max)) {
    auto range = max == std::numeric_limits<std::int64_t>::max()
                     ? "at least " + std::to_string(min)
                     : "between " + std::to_string(min) + " and " + std::to_string(max);
    ctx_.error(value_at(key),
               quoted(key) + " must be " + range + ", got " + std::to_string(*value));
    return std::nullopt;
  }
  return value;
}

std::optional<double> MapReader::number(std::string_view key, Need need) {
  return parsed<double>(key, need, "a number", parse_number);
}

std::optional<bool> MapReader::boolean(std::string_view key, Need need) {
  return parsed<bool>(key, need, "true or false", parse_boolean);
}

std::optional<std::string> MapReader::choice(std::string_view key, std::string_view noun,
                                             const std::vector<std::string>& allowed, Need need) {
  auto raw = text(key, need);
  if (!raw) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *raw) == allowed.end()) {
    ctx_.error(value_at(key), unknown_value_message(noun, *raw, key, allowed));
    return std::nullopt;
  }
  return raw;
}

std::optional<std::string> MapReader::plain_name(std::string_view key, std::string_view noun,
                                                 Need need) {
  auto raw = text(key, need);
  if (!raw || is_plain_name(*raw)) return raw;
  ctx_.error(value_at(key), plain_name_message(noun, *raw));
  return std::nullopt;
}

std::optional<std::vector<std::string>> MapReader::text_list(std::string_view key, Need need) {
  const auto* node = value(key);
  if (node == nullptr) {
    if (need == Need::kRequired) report_missing(key);
    return std::nullopt;
  }
  if (!node->IsSequence()) {
    ctx_.error(value_at(key),
               "expected a list of strings for " + quoted(key) + ", got " + describe(*node));
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (std::size_t i = 0; i < node->size(); ++i) {
    auto item = (*node)[i];
    auto label = "item " + std::to_string(i + 1) + " of " + quoted(key);
    auto got = scalar(item, ctx_.at(item, value_at(key)), label, "a string");
    if (got) out.push_back(std::move(*got));
    ok = ok && got.has_value();
  }
  if (!ok) return std::nullopt;
  return out;
}

const YAML::Node* MapReader::list(std::string_view key, std::string_view noun) {
  const auto* node = value(key);
  if (node == nullptr || node->IsSequence()) return node;
  ctx_.error(value_at(key), "expected a list of " + std::string(noun) + " for " + quoted(key) +
                                ", got " + describe(*node));
  return nullptr;
}

MapReader MapReader::mapping(std::string_view key, std::string what) {
  const auto* entry = find(key);
  if (entry == nullptr) return MapReader(ctx_, YAML::Node(), std::move(what), where_);
  return MapReader(ctx_, entry->value, std::move(what), ctx_.at(entry->key_node));
}

}  // namespace tributary::host
