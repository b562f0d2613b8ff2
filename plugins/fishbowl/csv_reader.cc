#include "plugins/fishbowl/csv_reader.h"

namespace tributary::fishbowl {

namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
  }

  bool done() const { return pos_ >= text_.size(); }

  CsvRecord next() {
    CsvRecord record;
    record.line = line_;
    std::string field;
    while (true) {
      if (done()) {
        record.fields.push_back(std::move(field));
        return record;
      }
      char c = text_[pos_];
      if (c == '"' && field.empty()) {
        read_quoted(field, record);
        if (!record.error.empty()) return skip_rest(record);
        continue;
      }
      if (c == ',') {
        ++pos_;
        record.fields.push_back(std::move(field));
        field.clear();
        continue;
      }
      if (at_line_end()) {
        consume_line_end();
        record.fields.push_back(std::move(field));
        return record;
      }
      field += c;  // a quote inside an unquoted field is kept as it is
      ++pos_;
    }
  }

  // Skips lines holding only whitespace, so a trailing newline is not a record.
  void skip_blank_lines() {
    while (!done()) {
      std::size_t p = pos_;
      while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) ++p;
      if (p < text_.size() && text_[p] != '\n' && text_[p] != '\r') return;
      pos_ = p;
      if (done()) return;
      consume_line_end();
    }
  }

 private:
  bool at_line_end() const { return text_[pos_] == '\n' || text_[pos_] == '\r'; }

  void consume_line_end() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  // At an opening quote: reads up to the closing one. After it only a comma, a line end or the
  // end of the text may follow.
  void read_quoted(std::string& field, CsvRecord& record) {
    int opened_at = line_;
    std::size_t opened_pos = pos_;
    ++pos_;
    while (true) {
      if (done()) {
        // Resume on the line after the opening quote, so the rest of the file still counts.
        record.error = "a quoted field opened here is never closed";
        pos_ = opened_pos;
        line_ = opened_at;
        return;
      }
      char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        if (!done() && text_[pos_] != ',' && !at_line_end())
          record.error =
              "unexpected text after a closing quote (write \"\" for a quote inside "
              "a quoted field)";
        return;
      }
      if (at_line_end()) {
        if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') field += '\r', ++pos_;
        field += text_[pos_];
        ++pos_;
        ++line_;
        continue;
      }
      field += c;
      ++pos_;
    }
  }

  // After a malformed field: drop the rest of the physical line and resume after it.
  CsvRecord skip_rest(CsvRecord& record) {
    while (!done() && !at_line_end()) ++pos_;
    if (!done()) consume_line_end();
    return std::move(record);
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

std::vector<CsvRecord> read_csv(std::string_view text) {
  std::vector<CsvRecord> out;
  Scanner scanner(text);
  scanner.skip_blank_lines();
  while (!scanner.done()) {
    out.push_back(scanner.next());
    scanner.skip_blank_lines();
  }
  return out;
}

}  // namespace tributary::fishbowl
