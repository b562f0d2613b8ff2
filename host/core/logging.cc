#include "host/core/logging.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace tributary::host {

namespace {
std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}
bool g_json = false;
}  // namespace

void configure_logging(std::string_view format, std::string_view level) {
  auto logger = spdlog::stderr_color_mt("tributary");
  g_json = (format == "json");
  if (g_json) {
    logger->set_pattern(R"({"ts":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l","msg":"%v"})",
                        spdlog::pattern_time_type::utc);
  } else {
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%-5l%$ %v");
  }
  logger->set_level(spdlog::level::from_str(std::string(level)));
  spdlog::set_default_logger(logger);
}

static void emit(spdlog::level::level_enum lvl, std::string_view msg) {
  if (g_json) {
    spdlog::log(lvl, "{}", json_escape(msg));
  } else {
    spdlog::log(lvl, "{}", msg);
  }
}

void ScopedLogger::log(sdk::LogLevel level, std::string_view message) noexcept {
  try {
    std::string text = prefix_.empty() ? std::string(message) : prefix_ + ": " + std::string(message);
    if (redactor_) text = redactor_->redact(text);
    spdlog::level::level_enum lvl = spdlog::level::info;
    switch (level) {
      case sdk::LogLevel::kDebug: lvl = spdlog::level::debug; break;
      case sdk::LogLevel::kInfo: lvl = spdlog::level::info; break;
      case sdk::LogLevel::kWarn: lvl = spdlog::level::warn; break;
      case sdk::LogLevel::kError: lvl = spdlog::level::err; break;
    }
    emit(lvl, text);
  } catch (...) {
  }
}

void log_info(std::string_view m) { emit(spdlog::level::info, m); }
void log_warn(std::string_view m) { emit(spdlog::level::warn, m); }
void log_error(std::string_view m) { emit(spdlog::level::err, m); }
void log_debug(std::string_view m) { emit(spdlog::level::debug, m); }

}  // namespace tributary::host
