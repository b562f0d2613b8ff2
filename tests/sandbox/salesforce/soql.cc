#include "tests/sandbox/salesforce/soql.h"

#include <date/date.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <set>

namespace tributary::sandbox::salesforce {
namespace {

const std::set<std::string, std::less<>> kCommonFields = {"Id",
                                                          "FirstName",
                                                          "LastName",
                                                          "Name",
                                                          "Email",
                                                          "Phone",
                                                          "MobilePhone",
                                                          "Description",
                                                          "OwnerId",
                                                          "Owner.Name",
                                                          "Owner.Email",
                                                          "SystemModstamp",
                                                          "LastModifiedDate",
                                                          "LastActivityDate",
                                                          "CreatedDate",
                                                          "IsDeleted"};
const std::set<std::string, std::less<>> kLeadFields = {"Status", "Company", "IsConverted"};
const std::set<std::string, std::less<>> kOperators = {"=", "!=", "<", "<=", ">", ">="};

struct Token {
  std::string text;
  bool quoted = false;
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

[[noreturn]] void malformed(const std::string& what) { throw SoqlError("MALFORMED_QUERY", what); }

std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto word_char = [](char c) {
    return !std::isspace(static_cast<unsigned char>(c)) && c != ',' && c != '(' && c != ')' &&
           c != '\'' && c != '=' && c != '<' && c != '>' && c != '!';
  };
  while (i < text.size()) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == ',' || c == '(' || c == ')') {
      out.push_back({std::string(1, c)});
      ++i;
    } else if (c == '\'') {
      auto end = text.find('\'', i + 1);
      if (end == std::string::npos)
        malformed("unterminated string literal at character " + std::to_string(i + 1));
      out.push_back({text.substr(i + 1, end - i - 1), true});
      i = end + 1;
    } else if (c == '=' || c == '<' || c == '>' || c == '!') {
      std::string op(1, c);
      if (i + 1 < text.size() && text[i + 1] == '=') op += '=';
      out.push_back({op});
      i += op.size();
    } else {
      auto start = i;
      while (i < text.size() && word_char(text[i])) ++i;
      out.push_back({text.substr(start, i - start)});
    }
  }
  return out;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  SoqlQuery query() {
    SoqlQuery q;
    expect("SELECT");
    do q.fields.push_back(next("a field name").text);
    while (accept(","));
    expect("FROM");
    q.object = next("an object name").text;
    if (q.object != "Contact" && q.object != "Lead")
      throw SoqlError("INVALID_TYPE",
                      "sObject type '" + q.object +
                          "' is not supported. This sandbox serves Contact and Lead.");
    for (const auto& f : q.fields) {
      if (!is_field(q.object, f))
        throw SoqlError("INVALID_FIELD",
                        "No such column '" + f + "' on entity '" + q.object + "'.");
    }
    if (accept("WHERE")) q.where = expression(q.object);
    if (accept("ORDER")) {
      expect("BY");
      do {
        OrderKey key{next("an ORDER BY field").text, false};
        if (accept("DESC"))
          key.descending = true;
        else
          accept("ASC");
        q.order_by.push_back(key);
      } while (accept(","));
    }
    if (accept("LIMIT")) {
      auto n = next("a LIMIT number").text;
      std::int64_t value = 0;
      auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
      if (ec != std::errc{} || end != n.data() + n.size() || value < 0)
        malformed("LIMIT must be a number, got " + n);
      q.limit = value;
    }
    if (pos_ < tokens_.size()) malformed("unexpected token: '" + tokens_[pos_].text + "'");
    return q;
  }

 private:
  ConditionPtr expression(const std::string& object) {
    auto first = atom(object);
    if (!peek_keyword("AND") && !peek_keyword("OR")) return first;
    auto node = std::make_shared<Condition>();
    node->is_and = peek_keyword("AND");
    node->children.push_back(first);
    while (peek_keyword("AND") || peek_keyword("OR")) {
      if (peek_keyword("AND") != node->is_and)
        malformed("unexpected token: '" + tokens_[pos_].text +
                  "': use parentheses to mix AND and OR");
      ++pos_;
      node->children.push_back(atom(object));
    }
    return node;
  }

  ConditionPtr atom(const std::string& object) {
    if (accept("(")) {
      auto inner = expression(object);
      expect(")");
      return inner;
    }
    auto leaf = std::make_shared<Condition>();
    leaf->field = next("a field name").text;
    if (!is_field(object, leaf->field) || leaf->field.find('.') != std::string::npos)
      throw SoqlError("INVALID_FIELD",
                      "No such column '" + leaf->field + "' on entity '" + object + "'.");
    leaf->op = next("an operator").text;
    if (!kOperators.count(leaf->op))
      malformed("unexpected token: '" + leaf->op + "', expected an operator");
    auto value = next("a value");
    leaf->literal = value.text;
    leaf->quoted = value.quoted;
    return leaf;
  }

  Token next(const std::string& what) {
    if (pos_ >= tokens_.size()) malformed("unexpected end of query, expected " + what);
    return tokens_[pos_++];
  }
  bool peek_keyword(std::string_view word) const {
    return pos_ < tokens_.size() && !tokens_[pos_].quoted && upper(tokens_[pos_].text) == word;
  }
  bool accept(std::string_view word) {
    if (!peek_keyword(word)) return false;
    ++pos_;
    return true;
  }
  void expect(std::string_view word) {
    if (!accept(word))
      malformed("expected " + std::string(word) +
                (pos_ < tokens_.size() ? " at '" + tokens_[pos_].text + "'" : " at the end"));
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

// 2024-06-03T17:04:11Z, with optional fraction, or an offset +hh:mm / +hhmm instead of Z.
std::optional<std::int64_t> parse_datetime(const std::string& text) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &consumed) !=
          6 ||
      consumed != 19)
    return std::nullopt;
  std::string_view rest = std::string_view(text).substr(19);
  if (rest.starts_with('.')) {
    rest.remove_prefix(1);
    while (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest.front())))
      rest.remove_prefix(1);
  }
  std::int64_t offset = 0;
  if (rest == "Z") {
    rest = {};
  } else if (rest.size() >= 5 && (rest[0] == '+' || rest[0] == '-')) {
    std::string digits;
    for (char ch : rest.substr(1))
      if (ch != ':') digits += ch;
    if (digits.size() != 4 || !std::all_of(digits.begin(), digits.end(), ::isdigit))
      return std::nullopt;
    offset = (std::stoi(digits.substr(0, 2)) * 60 + std::stoi(digits.substr(2))) * 60 *
             (rest[0] == '-' ? -1 : 1);
    rest = {};
  }
  auto day =
      date::year{y} / date::month{static_cast<unsigned>(mo)} / date::day{static_cast<unsigned>(d)};
  if (!rest.empty() || !day.ok() || h > 23 || mi > 59 || s > 59) return std::nullopt;
  auto days = date::sys_days{day}.time_since_epoch().count();
  return days * 86400 + h * 3600 + mi * 60 + s - offset;
}

std::string text_field(const Record& r, std::string_view field) {
  if (field == "Id") return r.id;
  if (field == "Email") return r.person.email;
  if (field == "FirstName") return r.person.first;
  if (field == "LastName") return r.person.last;
  if (field == "Phone") return r.person.phone.raw;
  if (field == "Status") return r.status;
  if (field == "Company") return r.company;
  if (field == "IsConverted") return r.converted ? "TRUE" : "FALSE";
  throw SoqlError("INVALID_FIELD",
                  "field '" + std::string(field) + "' can not be filtered in this sandbox");
}

template <class T>
bool holds(const T& left, std::string_view op, const T& right) {
  if (op == "=") return left == right;
  if (op == "!=") return left != right;
  if (op == "<") return left < right;
  if (op == "<=") return left <= right;
  if (op == ">") return left > right;
  return left >= right;
}

bool is_time_field(std::string_view field) {
  return field == "SystemModstamp" || field == "LastModifiedDate";
}

}  // namespace

SoqlQuery parse_soql(const std::string& text) { return Parser(tokenize(text)).query(); }

bool is_field(std::string_view object, std::string_view field) {
  return kCommonFields.count(field) > 0 || (object == "Lead" && kLeadFields.count(field) > 0);
}

bool matches(const Condition& c, const Record& r) {
  if (!c.children.empty()) {
    auto pred = [&](const ConditionPtr& child) { return matches(*child, r); };
    return c.is_and ? std::all_of(c.children.begin(), c.children.end(), pred)
                    : std::any_of(c.children.begin(), c.children.end(), pred);
  }
  if (is_time_field(c.field)) {
    if (c.quoted)
      throw SoqlError("MALFORMED_QUERY", "datetime literals are not quoted: " + c.field + " " +
                                             c.op + " '" + c.literal + "'");
    auto at = parse_datetime(c.literal);
    if (!at)
      throw SoqlError(
          "MALFORMED_QUERY",
          "value of filter criterion for field '" + c.field +
              "' must be of type dateTime and should not be enclosed in quotes: " + c.literal);
    return holds<std::int64_t>(r.modstamp_s, c.op, *at);
  }
  auto literal = c.quoted ? c.literal : upper(c.literal);
  return holds<std::string>(text_field(r, c.field), c.op, literal);
}

int compare(const SoqlQuery& query, const Record& a, const Record& b) {
  std::vector<OrderKey> keys =
      query.order_by.empty() ? std::vector<OrderKey>{{"Id", false}} : query.order_by;
  for (const auto& key : keys) {
    int sign = 0;
    if (is_time_field(key.field))
      sign = a.modstamp_s < b.modstamp_s ? -1 : a.modstamp_s > b.modstamp_s ? 1 : 0;
    else
      sign = text_field(a, key.field).compare(text_field(b, key.field));
    if (sign != 0) return key.descending ? -sign : sign;
  }
  return 0;
}

}  // namespace tributary::sandbox::salesforce
