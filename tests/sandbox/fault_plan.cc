#include "tests/sandbox/fault_plan.h"

#include <string>

#include <boost/json/serialize.hpp>

#include "tests/sandbox/message.h"
#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox {
namespace {

enum Draw : std::uint64_t { kDraw429 = 1, kDraw500, kDrawSlow, kDrawTruncate };

bool draws(double probability, std::uint64_t seed, std::uint64_t vendor, std::uint64_t sequence,
           Draw kind) {
  return unit_interval(hash_of({seed, vendor, sequence, kind})) < probability;
}

double probability_value(const boost::json::value& value, std::string_view key) {
  if (!value.is_number() || value.to_number<double>() < 0.0 || value.to_number<double>() > 1.0) {
    throw BadRequest("fault setting '" + std::string(key) + "' must be a probability between 0 and 1, got " +
                     boost::json::serialize(value));
  }
  return value.to_number<double>();
}

std::int64_t millis_value(const boost::json::value& value, std::string_view key) {
  constexpr std::int64_t kMaxMs = 600'000;
  if (!value.is_number() || value.to_number<double>() < 0 || value.to_number<double>() > kMaxMs) {
    throw BadRequest("fault setting '" + std::string(key) +
                     "' must be a whole number of milliseconds between 0 and 600000, got " +
                     boost::json::serialize(value));
  }
  return static_cast<std::int64_t>(value.to_number<double>());
}

}  // namespace

FaultDecision decide_faults(const FaultSettings& settings, std::uint64_t seed, std::string_view vendor,
                            std::uint64_t sequence) {
  auto vendor_hash = hash_of(vendor);
  FaultDecision decision;
  if (draws(settings.p429, seed, vendor_hash, sequence, kDraw429)) {
    decision.status = 429;
  } else if (draws(settings.p500, seed, vendor_hash, sequence, kDraw500)) {
    decision.status = 500;
  }
  decision.slow = draws(settings.p_slow, seed, vendor_hash, sequence, kDrawSlow);
  decision.truncate =
      decision.status == 0 && draws(settings.p_truncate, seed, vendor_hash, sequence, kDrawTruncate);
  decision.delay = std::chrono::milliseconds(settings.latency_ms + (decision.slow ? settings.slow_ms : 0));
  return decision;
}

void update_faults(FaultSettings& settings, const boost::json::object& update) {
  FaultSettings next = settings;
  for (const auto& [key, value] : update) {
    if (key == "latency_ms") {
      next.latency_ms = millis_value(value, key);
    } else if (key == "slow_ms") {
      next.slow_ms = millis_value(value, key);
    } else if (key == "fault_429") {
      next.p429 = probability_value(value, key);
    } else if (key == "fault_500") {
      next.p500 = probability_value(value, key);
    } else if (key == "fault_slow") {
      next.p_slow = probability_value(value, key);
    } else if (key == "fault_truncate") {
      next.p_truncate = probability_value(value, key);
    } else {
      throw BadRequest("unknown fault setting '" + std::string(key) +
                       "'; known: latency_ms, fault_429, fault_500, fault_slow, slow_ms, fault_truncate");
    }
  }
  settings = next;
}

boost::json::object faults_to_json(const FaultSettings& settings) {
  return {{"latency_ms", settings.latency_ms},   {"fault_429", settings.p429},
          {"fault_500", settings.p500},          {"fault_slow", settings.p_slow},
          {"slow_ms", settings.slow_ms},         {"fault_truncate", settings.p_truncate}};
}

}  // namespace tributary::sandbox
