#pragma once
#include <string>

namespace tributary::testing {

// A fresh directory under /tmp, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

void write_file(const std::string& path, const std::string& text);
std::string read_file(const std::string& path);
// Copies a directory tree (the repo's config/ into a test's own dir, say).
void copy_tree(const std::string& from, const std::string& to);
// Replaces the first occurrence of `what` in the file; throws if absent.
void replace_in_file(const std::string& path, const std::string& what, const std::string& with);

}  // namespace tributary::testing
