// The leads table: the SQL that applies a leads-sync plan (host/leads/lead_sync.h) inside a
// unit's transaction, lists leads, and stores a person's edits.
#include "host/leads/lead_fields.h"
#include "host/leads/lead_sync.h"
#include "host/store/sqlite_store.h"
#include "host/store/timestamps.h"

namespace tributary::host {

namespace {

constexpr const char* kColumns =
    "id, crm_source, crm_id, name, email, phone_e164, crm_owner, crm_owner_email, crm_status,"
    " crm_stage, crm_description, crm_last_activity_at, origin, manual_fields, archived_at,"
    " metadata, created_at, updated_at";

LeadRow read_lead(Statement& st) {
  LeadRow r;
  r.id = st.text(0);
  r.crm_source = st.text(1);
  r.crm_id = st.text(2);
  int column = 3;
  for (const auto& field : lead_fields()) r.*field.member = st.text(column++);
  r.origin = st.text(12);
  r.archived_at = unix_from_iso(st.text_view(14));
  r.metadata = st.is_null(15) ? "{}" : st.text(15);
  r.created_at = unix_from_iso(st.text_view(16));
  r.updated_at = unix_from_iso(st.text_view(17));
  // A row written straight into the table as manual, without a list: all it holds was typed.
  if (st.is_null(13))
    r.manual_fields = r.origin == kOriginManual ? filled_fields(r) : std::set<std::string>{};
  else
    r.manual_fields = parse_manual_fields(st.text_view(13));
  return r;
}

std::vector<LeadRow> read_leads(SqliteDb& db, const std::string& where, const std::string* arg) {
  auto st = db.statement(std::string("SELECT ") + kColumns + " FROM leads" + where +
                         " ORDER BY created_at, id");
  if (arg) st.bind_ref(1, *arg);
  std::vector<LeadRow> out;
  while (st.step()) out.push_back(read_lead(st));
  return out;
}

// Binds every column of `r` in kColumns order (18 parameters).
void bind_lead(Statement& st, const LeadRow& r) {
  st.bind(1, r.id);
  if (r.crm_source.empty())
    st.bind_null(2);
  else
    st.bind(2, r.crm_source);
  if (r.crm_id.empty())
    st.bind_null(3);
  else
    st.bind(3, r.crm_id);
  int column = 4;
  for (const auto& field : lead_fields()) st.bind(column++, r.*field.member);
  st.bind(13, r.origin);
  st.bind(14, manual_fields_json(r.manual_fields));
  if (r.archived_at == 0)
    st.bind_null(15);
  else
    st.bind(15, iso_utc(r.archived_at));
  st.bind(16, r.metadata);
  st.bind(17, iso_utc(r.created_at));
  st.bind(18, iso_utc(r.updated_at));
}

void insert_lead(SqliteDb& db, const LeadRow& r) {
  auto st = db.statement(std::string("INSERT INTO leads(") + kColumns +
                         ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                         " ?15, ?16, ?17, ?18)");
  bind_lead(st, r);
  st.run();
}

void update_lead(SqliteDb& db, const LeadRow& r) {
  auto st = db.statement(
      "UPDATE leads SET crm_source = ?2, crm_id = ?3, name = ?4, email = ?5, phone_e164 = ?6,"
      " crm_owner = ?7, crm_owner_email = ?8, crm_status = ?9, crm_stage = ?10,"
      " crm_description = ?11, crm_last_activity_at = ?12, origin = ?13, manual_fields = ?14,"
      " archived_at = ?15, metadata = ?16, created_at = ?17, updated_at = ?18 WHERE id = ?1");
  bind_lead(st, r);
  st.run();
}

std::string next_manual_id(SqliteDb& db) {
  auto st = db.statement(
      "SELECT COALESCE(MAX(CAST(substr(id, 8) AS INTEGER)), 0) FROM leads WHERE id LIKE "
      "'manual\\_%' ESCAPE '\\'");
  st.step();
  return "manual_" + std::to_string(st.integer(0) + 1);
}

}  // namespace

LeadSyncSummary SqliteStore::write_leads(const UnitWrite& write) {
  auto plan = plan_lead_sync(read_leads(db_, "", nullptr), write.leads,
                             {write.source, write.default_country, write.now_unix});
  for (const auto& r : plan.inserts) insert_lead(db_, r);
  for (const auto& r : plan.updates) update_lead(db_, r);
  return plan.summary;
}

std::vector<LeadRow> SqliteStore::leads(const LeadFilter& filter) {
  return locked("reading leads", [&] {
    if (!filter.source) return read_leads(db_, "", nullptr);
    if (*filter.source == kOriginManual)
      return read_leads(db_, " WHERE origin = ?1", &*filter.source);
    return read_leads(db_, " WHERE crm_source = ?1", &*filter.source);
  });
}

LeadRow SqliteStore::save_manual_lead(const ManualLeadEdit& edit,
                                      const std::string& default_country, std::int64_t now_unix) {
  return locked("saving a lead", [&] {
    Transaction tx(db_);
    LeadRow row;
    if (!edit.id.empty()) {
      auto found = read_leads(db_, " WHERE id = ?1", &edit.id);
      if (found.empty())
        throw StoreError("no lead with id '" + edit.id + "'; `tributary leads` lists them");
      row = std::move(found.front());
    }
    auto edited = apply_manual_edit(std::move(row), edit, default_country, now_unix);
    if (!edited) throw StoreError(edited.status().message());
    if (edit.id.empty()) {
      edited->id = next_manual_id(db_);
      insert_lead(db_, *edited);
    } else {
      update_lead(db_, *edited);
    }
    tx.commit();
    return *edited;
  });
}

}  // namespace tributary::host
