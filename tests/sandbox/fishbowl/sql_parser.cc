#include <cctype>
#include <charconv>

#include "tests/sandbox/fishbowl/sql_query.h"

namespace tributary::sandbox::fishbowl {
namespace {

constexpr const char* kUnderstood =
    "the sandbox's data-query understands SELECT <columns> FROM <table> [LEFT] JOIN <table> ON "
    "a.x = b.y WHERE <column> (=, >=, >, <, <=, <>) <literal> | <column> IN (...) [AND ...] "
    "ORDER BY ... LIMIT n OFFSET m";

enum class Kind { kIdent, kNumber, kString, kSymbol, kEnd };

struct Token {
  Kind kind = Kind::kEnd;
  std::string text;
  std::size_t at = 0;
  bool quoted = false;  // a `quoted` identifier is never a keyword
};

class Lexer {
 public:
  explicit Lexer(std::string_view sql) : sql_(sql) {}

  std::vector<Token> tokens() {
    std::vector<Token> out;
    while (true) {
      skip_space();
      if (pos_ >= sql_.size()) break;
      out.push_back(next());
    }
    out.push_back({Kind::kEnd, "", sql_.size()});
    return out;
  }

 private:
  void skip_space() {
    while (pos_ < sql_.size() && std::isspace(static_cast<unsigned char>(sql_[pos_]))) ++pos_;
  }

  Token next() {
    std::size_t start = pos_;
    char c = sql_[pos_];
    if (c == '-' && pos_ + 1 < sql_.size() && sql_[pos_ + 1] == '-') fail("a comment", start);
    if (c == '#' || (c == '/' && pos_ + 1 < sql_.size() && sql_[pos_ + 1] == '*'))
      fail("a comment", start);
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      while (pos_ < sql_.size() &&
             (std::isalnum(static_cast<unsigned char>(sql_[pos_])) || sql_[pos_] == '_'))
        ++pos_;
      return {Kind::kIdent, std::string(sql_.substr(start, pos_ - start)), start};
    }
    if (c == '`') return quoted('`', Kind::kIdent);
    if (c == '\'') return quoted('\'', Kind::kString);
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '-') {
      ++pos_;
      while (pos_ < sql_.size() &&
             (std::isdigit(static_cast<unsigned char>(sql_[pos_])) || sql_[pos_] == '.'))
        ++pos_;
      return {Kind::kNumber, std::string(sql_.substr(start, pos_ - start)), start};
    }
    for (std::string_view two : {">=", "<=", "<>", "!="}) {
      if (sql_.substr(pos_, 2) == two) {
        pos_ += 2;
        return {Kind::kSymbol, std::string(two), start};
      }
    }
    if (std::string_view(",.()=<>*;").find(c) != std::string_view::npos) {
      ++pos_;
      return {Kind::kSymbol, std::string(1, c), start};
    }
    fail("the character '" + std::string(1, c) + "'", start);
  }

  Token quoted(char quote, Kind kind) {
    std::size_t start = pos_++;
    std::string text;
    while (pos_ < sql_.size()) {
      char c = sql_[pos_++];
      if (c == '\\') fail("a backslash escape", pos_ - 1);
      if (c != quote) {
        text += c;
        continue;
      }
      if (pos_ < sql_.size() && sql_[pos_] == quote) {
        text += quote;
        ++pos_;
        continue;
      }
      return {kind, text, start, true};
    }
    fail("an unterminated quote", start);
  }

  [[noreturn]] void fail(const std::string& what, std::size_t at) const {
    throw SqlError("SQL error at position " + std::to_string(at) + ": " + what +
                   " is not accepted; " + kUnderstood);
  }

  std::string_view sql_;
  std::size_t pos_ = 0;
};

bool keyword(const Token& t, std::string_view word) {
  if (t.kind != Kind::kIdent || t.quoted || t.text.size() != word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(t.text[i])) != word[i]) return false;
  }
  return true;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  SelectQuery statement() {
    SelectQuery q;
    expect_keyword("SELECT");
    q.select.push_back(select_item());
    while (accept(",")) q.select.push_back(select_item());
    expect_keyword("FROM");
    q.from = table_ref();
    while (auto join = maybe_join()) q.joins.push_back(std::move(*join));
    if (accept_keyword("WHERE")) {
      q.where.push_back(condition());
      while (accept_keyword("AND")) q.where.push_back(condition());
    }
    if (accept_keyword("ORDER")) {
      expect_keyword("BY");
      do {
        OrderItem item{column_ref(), false};
        if (accept_keyword("DESC"))
          item.descending = true;
        else
          accept_keyword("ASC");
        q.order_by.push_back(std::move(item));
      } while (accept(","));
    }
    if (accept_keyword("LIMIT")) {
      q.limit = integer("LIMIT");
      if (accept_keyword("OFFSET")) q.offset = integer("OFFSET");
    }
    if (peek().kind != Kind::kEnd) fail("the end of the statement");
    return q;
  }

 private:
  const Token& peek() const { return tokens_[pos_]; }
  const Token& take() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }

  [[noreturn]] void fail(const std::string& expected) const {
    const auto& t = peek();
    std::string near = t.kind == Kind::kEnd ? "the end" : "'" + t.text + "'";
    throw SqlError("SQL error at position " + std::to_string(t.at) + " near " + near +
                   ": expected " + expected + "; " + kUnderstood);
  }

  bool accept(std::string_view symbol) {
    if (peek().kind != Kind::kSymbol || peek().text != symbol) return false;
    ++pos_;
    return true;
  }
  void expect(std::string_view symbol) {
    if (!accept(symbol)) fail("'" + std::string(symbol) + "'");
  }
  bool accept_keyword(std::string_view word) {
    if (!keyword(peek(), word)) return false;
    ++pos_;
    return true;
  }
  void expect_keyword(std::string_view word) {
    if (!accept_keyword(word)) fail(std::string(word));
  }

  std::string identifier(const char* what) {
    static constexpr std::string_view kReserved[] = {
        "SELECT", "FROM", "WHERE", "AND",    "OR", "NOT", "JOIN",  "LEFT", "INNER", "OUTER", "ON",
        "ORDER",  "BY",   "LIMIT", "OFFSET", "AS", "IN",  "UNION", "ASC",  "DESC",  "NULL",  "IS"};
    if (peek().kind != Kind::kIdent) fail(what);
    for (auto r : kReserved) {
      if (keyword(peek(), r)) fail(what);
    }
    return take().text;
  }

  ColumnRef column_ref() {
    ColumnRef ref;
    ref.name = identifier("a column");
    if (accept(".")) {
      ref.qualifier = std::move(ref.name);
      ref.name = identifier("a column after '.'");
    }
    if (peek().kind == Kind::kSymbol && peek().text == "(")
      fail("a column (functions are not supported)");
    return ref;
  }

  SelectItem select_item() {
    if (accept("*")) return {true, {}, {}};
    SelectItem item{false, column_ref(), {}};
    if (accept_keyword("AS")) item.alias = identifier("an alias after AS");
    return item;
  }

  TableRef table_ref() {
    TableRef ref{identifier("a table"), {}};
    if (accept_keyword("AS"))
      ref.alias = identifier("an alias after AS");
    else if (peek().kind == Kind::kIdent && !is_clause_word(peek()))
      ref.alias = take().text;
    if (ref.alias.empty()) ref.alias = ref.table;
    return ref;
  }

  static bool is_clause_word(const Token& t) {
    for (auto w : {"LEFT", "INNER", "JOIN", "WHERE", "ORDER", "LIMIT", "ON", "OUTER"}) {
      if (keyword(t, w)) return true;
    }
    return false;
  }

  std::optional<Join> maybe_join() {
    Join join;
    if (accept_keyword("LEFT")) {
      join.left = true;
      accept_keyword("OUTER");
    } else {
      accept_keyword("INNER");
    }
    if (!accept_keyword("JOIN")) {
      if (join.left) fail("JOIN after LEFT");
      return std::nullopt;
    }
    join.table = table_ref();
    expect_keyword("ON");
    join.first = column_ref();
    expect("=");
    join.second = column_ref();
    return join;
  }

  Literal literal() {
    const auto& t = peek();
    if (t.kind == Kind::kString) return {take().text, false};
    if (t.kind == Kind::kNumber) {
      auto text = take().text;
      if (text.find('.') != std::string::npos) return {text, true};
      std::int64_t n = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
      if (ec != std::errc{} || end != text.data() + text.size()) fail("a number");
      return {n, false};
    }
    fail("a literal (a number or a 'quoted string')");
  }

  Condition condition() {
    Condition c;
    c.column = column_ref();
    if (accept_keyword("IN")) {
      c.op = Op::kIn;
      expect("(");
      c.values.push_back(literal());
      while (accept(",")) c.values.push_back(literal());
      expect(")");
      return c;
    }
    static const std::pair<std::string_view, Op> kOps[] = {
        {"=", Op::kEq},  {">=", Op::kGe}, {">", Op::kGt}, {"<", Op::kLt},
        {"<=", Op::kLe}, {"<>", Op::kNe}, {"!=", Op::kNe}};
    for (const auto& [symbol, op] : kOps) {
      if (accept(symbol)) {
        c.op = op;
        c.values.push_back(literal());
        return c;
      }
    }
    fail("a comparison (=, >=, >, <, <=, <>) or IN");
  }

  std::int64_t integer(const char* clause) {
    if (peek().kind != Kind::kNumber) fail(std::string("a number after ") + clause);
    auto lit = literal();
    if (lit.is_decimal || std::get<std::int64_t>(lit.value) < 0) {
      --pos_;
      fail(std::string("a whole number after ") + clause);
    }
    return std::get<std::int64_t>(lit.value);
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

}  // namespace

SelectQuery parse_sql(std::string_view sql) { return Parser(Lexer(sql).tokens()).statement(); }

}  // namespace tributary::sandbox::fishbowl
