#pragma once
// Just enough SOQL for the fake: SELECT fields FROM Contact|Lead [WHERE cond] [ORDER BY f
// [ASC|DESC], ...] [LIMIT n]. Conditions compare one field with a literal (=, !=, <, <=, >, >=)
// and combine with AND / OR and parentheses; as in Salesforce, AND and OR may not be mixed at
// one level without parentheses. Datetime literals are unquoted (2024-06-03T17:04:11Z), strings
// are single-quoted. Anything else is MALFORMED_QUERY, an unknown field INVALID_FIELD.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tests/sandbox/salesforce/record.h"

namespace tributary::sandbox::salesforce {

// What Salesforce answers 400 with: {errorCode, message}.
class SoqlError : public std::runtime_error {
 public:
  SoqlError(std::string code, const std::string& message)
      : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

struct Condition;
using ConditionPtr = std::shared_ptr<const Condition>;

struct Condition {
  // A leaf compares `field` with `literal`; a node joins `children` with AND or OR.
  std::string field;
  std::string op;
  std::string literal;
  bool quoted = false;
  bool is_and = true;
  std::vector<ConditionPtr> children;
};

struct OrderKey {
  std::string field;
  bool descending = false;
};

struct SoqlQuery {
  std::vector<std::string> fields;
  std::string object;
  ConditionPtr where;  // null: every record
  std::vector<OrderKey> order_by;
  std::optional<std::int64_t> limit;
};

SoqlQuery parse_soql(const std::string& text);

// The fields a query may name for an object ("Owner.Name" included).
bool is_field(std::string_view object, std::string_view field);

bool matches(const Condition& condition, const Record& record);

// Negative, zero or positive, by the query's ORDER BY (Id when there is none).
int compare(const SoqlQuery& query, const Record& a, const Record& b);

}  // namespace tributary::sandbox::salesforce
