#include "host/runner/run_summary.h"

#include <cstdio>
#include <sstream>

#include "tributary/sdk/time.h"

namespace tributary::host {

namespace json = boost::json;

namespace {

json::object source_entry_for(const UnitResult& unit, const std::string& user_id, bool& failed,
                              bool& skipped) {
  json::object e;
  json::array warnings, errors;
  failed = false;
  skipped = false;
  if (unit.deferred) {
    // Not a failure: nothing was written, and the next run after resumeAt picks it up.
    warnings.push_back(json::string("deferred: " + unit.status.message()));
    e["status"] = "deferred";
    e["records"] = 0;
    e["metricsWritten"] = 0;
    if (unit.resume_at > 0) e["resumeAt"] = sdk::format_iso8601_utc(unit.resume_at);
    e["warnings"] = std::move(warnings);
    e["errors"] = std::move(errors);
    return e;
  }
  if (!unit.status.ok()) {
    failed = true;
    errors.push_back(json::string(unit.status.to_string()));
  }
  bool covered = false;
  for (const auto& c : unit.covered) covered = covered || c == user_id;
  for (const auto& n : unit.notes) {
    if (n.user_id != user_id && !n.user_id.empty()) continue;
    if (n.status.kind() == sdk::FailureKind::kNotFound) {
      skipped = true;
      warnings.push_back(json::string("skipped: " + n.status.message()));
    } else if (!n.status.ok()) {
      failed = true;
      errors.push_back(json::string(n.status.to_string()));
    }
  }
  if (unit.leads_only) e["leadsOnly"] = true;
  if (!failed && !skipped && !covered && unit.status.ok() && !unit.leads_only) {
    skipped = true;
    warnings.push_back(json::string("the connector reported nothing for this user"));
  }
  auto it = unit.metrics_by_user.find(user_id);
  int metrics = it == unit.metrics_by_user.end() ? 0 : it->second;
  e["status"] = failed ? "failed" : (skipped ? "skipped" : "ok");
  e["records"] = metrics;
  e["metricsWritten"] = covered ? metrics : 0;
  if (unit.user_ids.size() == 1) {
    e["inserted"] = unit.writes.inserted;
    e["updated"] = unit.writes.updated;
    e["unchanged"] = unit.writes.unchanged;
    e["deleted"] = unit.writes.deleted;
    e["duration_ms"] = unit.duration_ms;
  }
  e["warnings"] = std::move(warnings);
  e["errors"] = std::move(errors);
  return e;
}

}  // namespace

json::object build_summary(const RunOutcome& o, std::string& status) {
  json::array results;
  int success_count = 0, fail_count = 0, skipped_count = 0, deferred_count = 0;
  for (const auto& user : o.users) {
    json::object r;
    r["userId"] = user.id;
    r["email"] = user.email;
    json::object sources;
    json::array user_errors, user_warnings;
    bool user_failed = false, user_skipped_all = true, user_deferred = false;
    for (const auto& unit : o.units) {
      bool in_unit = false;
      for (const auto& id : unit.user_ids) in_unit = in_unit || id == user.id;
      if (!in_unit) continue;
      bool failed = false, skipped = false;
      auto entry = source_entry_for(unit, user.id, failed, skipped);
      user_deferred = user_deferred || unit.deferred;
      for (const auto& e : entry["errors"].as_array())
        user_errors.push_back(json::string(unit.connector_name + ": " + std::string(e.as_string())));
      for (const auto& w : entry["warnings"].as_array())
        user_warnings.push_back(json::string(unit.connector_name + ": " + std::string(w.as_string())));
      user_failed = user_failed || failed;
      user_skipped_all = user_skipped_all && skipped;
      sources[unit.connector_name] = std::move(entry);
    }
    auto g = o.goals_by_user.find(user.id);
    r["success"] = !user_failed && !user_deferred;
    if (user_deferred) r["deferred"] = true;
    r["sources"] = std::move(sources);
    r["goalsUpdated"] = g == o.goals_by_user.end() ? 0 : g->second;
    r["errors"] = std::move(user_errors);
    r["warnings"] = std::move(user_warnings);
    results.push_back(std::move(r));
    if (user_failed) ++fail_count;
    else if (user_deferred) ++deferred_count;
    else ++success_count;
    if (!user_failed && user_skipped_all) ++skipped_count;
  }

  json::object connectors;
  for (const auto& unit : o.units) {
    auto& c = connectors[unit.connector_name];
    if (!c.is_object()) {
      json::object fresh;
      fresh["plugin"] = unit.plugin_name;
      fresh["units"] = 0;
      fresh["failedUnits"] = 0;
      fresh["inserted"] = 0;
      fresh["updated"] = 0;
      fresh["unchanged"] = 0;
      fresh["deleted"] = 0;
      fresh["deferredUnits"] = 0;
      c = std::move(fresh);
    }
    auto& obj = c.as_object();
    obj["units"] = obj["units"].as_int64() + 1;
    if (unit.deferred) {
      obj["deferredUnits"] = obj["deferredUnits"].as_int64() + 1;
      // The unit that met the exhausted quota says why; the ones not started only repeat it.
      if (!obj.contains("quotaExhausted") || unit.status.message().rfind("not started", 0) != 0) {
        json::object q{{"message", unit.status.message()}};
        q["resumeAt"] = unit.resume_at > 0 ? json::value(sdk::format_iso8601_utc(unit.resume_at))
                                           : json::value(nullptr);
        obj["quotaExhausted"] = std::move(q);
      }
    } else if (!unit.status.ok()) {
      obj["failedUnits"] = obj["failedUnits"].as_int64() + 1;
    }
    obj["inserted"] = obj["inserted"].as_int64() + unit.writes.inserted;
    obj["updated"] = obj["updated"].as_int64() + unit.writes.updated;
    obj["unchanged"] = obj["unchanged"].as_int64() + unit.writes.unchanged;
    obj["deleted"] = obj["deleted"].as_int64() + unit.writes.deleted;
    if (!unit.summary.empty()) {
      for (const auto& [k, v] : unit.summary) {
        if (v.is_int64() && obj.contains(k) && obj[k].is_int64())
          obj[k] = obj[k].as_int64() + v.as_int64();
        else
          obj[k] = v;
      }
    }
  }
  for (const auto& [name, stats] : o.http_stats) {
    if (!stats || !connectors.contains(name)) continue;
    auto& obj = connectors[name].as_object();
    obj["requests"] = stats->requests.load();
    obj["retries"] = stats->retries.load();
    obj["throttled"] = stats->throttled.load();
    obj["serverErrors"] = stats->server_errors.load();
    obj["networkErrors"] = stats->network_errors.load();
  }

  bool success = fail_count == 0 && deferred_count == 0 && o.goals_error.empty();
  status = success ? "success" : (success_count + deferred_count > 0 ? "partial" : "failed");
  json::object s;
  s["runId"] = o.run_id;
  s["pipeline"] = o.pipeline;
  s["trigger"] = o.trigger;
  s["dryRun"] = o.dry_run;
  s["success"] = success;
  s["status"] = status;
  s["duration_ms"] = o.duration_ms;
  s["window"] = {{"start", o.window.start_date}, {"end", o.window.end_date}, {"timezone", o.timezone}};
  s["totalUsers"] = static_cast<std::int64_t>(o.users.size());
  s["successCount"] = success_count;
  s["failCount"] = fail_count;
  s["skippedCount"] = skipped_count;
  s["deferredCount"] = deferred_count;
  s["goalsUpdated"] = o.goals_updated;
  if (!o.goals_error.empty()) s["goalsError"] = o.goals_error;
  s["results"] = std::move(results);
  s["connectors"] = std::move(connectors);
  return s;
}

std::string format_summary(const json::object& s) {
  std::ostringstream out;
  char line[512];
  out << "pipeline " << s.at("pipeline").as_string().c_str() << " run #" << s.at("runId").as_int64()
      << (s.at("dryRun").as_bool() ? " (dry run)" : "") << ": "
      << s.at("status").as_string().c_str() << " in " << s.at("duration_ms").as_int64() << " ms, window "
      << s.at("window").at("start").as_string().c_str() << " .. "
      << s.at("window").at("end").as_string().c_str() << " ("
      << s.at("window").at("timezone").as_string().c_str() << ")\n";
  std::snprintf(line, sizeof line, "%-16s %-12s %-8s %8s %8s %8s %8s %8s %8s\n", "user", "source",
                "status", "records", "written", "inserted", "updated", "deleted", "ms");
  const std::string header = line;
  bool header_written = false;
  for (const auto& rv : s.at("results").as_array()) {
    const auto& r = rv.as_object();
    for (const auto& [src, ev] : r.at("sources").as_object()) {
      const auto& e = ev.as_object();
      // A CRM feeding the leads table is summed up once, on its connector line below.
      if (e.contains("leadsOnly") && e.at("status").as_string() == "ok") continue;
      auto num = [&](const char* k) -> long long {
        auto it = e.find(k);
        return it == e.end() ? -1 : it->value().as_int64();
      };
      auto cell = [&](const char* k) {
        auto v = num(k);
        return v < 0 ? std::string("-") : std::to_string(v);
      };
      if (!header_written) out << header;
      header_written = true;
      std::snprintf(line, sizeof line, "%-16s %-12s %-8s %8s %8s %8s %8s %8s %8s\n",
                    std::string(r.at("userId").as_string()).c_str(), std::string(src).c_str(),
                    std::string(e.at("status").as_string()).c_str(), cell("records").c_str(),
                    cell("metricsWritten").c_str(), cell("inserted").c_str(),
                    cell("updated").c_str(), cell("deleted").c_str(), cell("duration_ms").c_str());
      out << line;
    }
    for (const auto& w : r.at("warnings").as_array())
      out << "  warning " << r.at("userId").as_string().c_str() << ": " << w.as_string().c_str() << "\n";
    for (const auto& e : r.at("errors").as_array())
      out << "  error   " << r.at("userId").as_string().c_str() << ": " << e.as_string().c_str() << "\n";
  }
  for (const auto& [name, cv] : s.at("connectors").as_object()) {
    const auto& c = cv.as_object();
    out << "connector " << std::string(name);
    for (const char* k : {"units", "failedUnits", "deferredUnits", "requests", "retries", "throttled"}) {
      if (auto it = c.find(k); it != c.end() && it->value().is_int64())
        out << " " << k << "=" << it->value().as_int64();
    }
    out << "\n";
    if (auto l = c.find("leads"); l != c.end() && l->value().is_object()) {
      const auto& lo = l->value().as_object();
      out << "connector " << std::string(name) << " leads:";
      for (const char* k : {"received", "created", "updated", "unchanged", "archived",
                            "matched_by_phone", "matched_by_email", "duplicates"}) {
        if (auto it = lo.find(k); it != lo.end() && it->value().is_int64())
          out << " " << k << "=" << it->value().as_int64();
      }
      std::string reasons;
      for (const char* k : {"skipped", "phone_rejected"}) {
        auto it = lo.find(k);
        if (it == lo.end() || !it->value().is_object()) continue;
        const auto& issues = it->value().as_object();
        if (auto n = issues.find("count"); n != issues.end() && n->value().is_int64())
          out << " " << k << "=" << n->value().as_int64();
        if (auto by = issues.find("reasons"); by != issues.end() && by->value().is_object()) {
          for (const auto& [reason, count] : by->value().as_object())
            reasons += "\n  " + std::string(k) + " " + std::to_string(count.as_int64()) + ": " +
                       std::string(reason);
        }
      }
      out << reasons;
      out << "\n";
    }
    if (auto q = c.find("quotaExhausted"); q != c.end() && q->value().is_object()) {
      const auto& qo = q->value().as_object();
      out << "connector " << std::string(name) << " stopped: quota exhausted ("
          << qo.at("message").as_string().c_str() << "); "
          << (qo.at("resumeAt").is_string()
                  ? "resume after " + std::string(qo.at("resumeAt").as_string())
                  : std::string("resume when the vendor's quota resets"))
          << "\n";
    }
  }
  out << "users: " << s.at("totalUsers").as_int64() << " total, " << s.at("successCount").as_int64()
      << " ok, " << s.at("failCount").as_int64() << " failed, " << s.at("skippedCount").as_int64()
      << " skipped everywhere, "
      << (s.contains("deferredCount") ? s.at("deferredCount").as_int64() : 0)
      << " deferred; goals updated: " << s.at("goalsUpdated").as_int64() << "\n";
  if (auto it = s.find("goalsError"); it != s.end())
    out << "goals update failed: " << it->value().as_string().c_str() << "\n";
  return out.str();
}

}  // namespace tributary::host
