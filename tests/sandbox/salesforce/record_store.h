#pragma once
// The fake org's Contacts, Leads and Users, shared by request threads and admin actions (one
// mutex; readers get copies). Query results are kept under a locator so nextRecordsUrl pages a
// stable result, as Salesforce's query cursors do.

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/salesforce/record.h"
#include "tests/sandbox/salesforce/soql.h"

namespace tributary::sandbox::salesforce {

struct QueryResult {
  std::string locator;  // "" when everything fits the first batch
  std::vector<std::string> fields;
  std::vector<Record> records;
};

struct TouchRequest {
  std::string object = "Contact";
  std::int64_t count = 1;
  std::string first_id;  // "": the first record
};

class RecordStore {
 public:
  RecordStore(const DatasetOptions& dataset, std::int64_t contacts, std::int64_t leads);

  const std::vector<User>& users() const { return users_; }
  std::vector<Record> all() const;

  // Runs the query and keeps its result under a new locator when more than `batch` rows match.
  QueryResult run(const SoqlQuery& query, std::size_t batch);
  // The kept result of a locator; nullopt when it is unknown (INVALID_QUERY_LOCATOR).
  std::optional<QueryResult> cursor(const std::string& locator) const;

  // Changes `count` records (Description, a Lead's Status) and stamps them all with now_s, so
  // they share one SystemModstamp. Returns the ids changed.
  std::vector<std::string> touch(const TouchRequest& request, std::int64_t now_s);
  Record add(std::string object, crm::Person person, std::int64_t now_s);

 private:
  std::vector<Record>& of(const std::string& object);

  mutable std::mutex mutex_;
  std::vector<User> users_;
  std::vector<Record> contacts_;
  std::vector<Record> leads_;
  std::map<std::string, QueryResult> cursors_;
  std::int64_t next_locator_ = 1;
};

}  // namespace tributary::sandbox::salesforce
