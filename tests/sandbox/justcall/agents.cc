#include "tests/sandbox/justcall/agents.h"

#include <array>
#include <stdexcept>
#include <string_view>

namespace tributary::sandbox::justcall {
namespace {

constexpr std::array<std::string_view, 4> kZones = {"America/New_York", "America/Denver",
                                                     "America/Los_Angeles", "America/Chicago"};

Agent make_agent(int index, std::string name, std::string email) {
  Agent agent;
  agent.id = kFirstAgentId + index;
  agent.name = std::move(name);
  agent.email = std::move(email);
  agent.timezone = std::string(kZones[static_cast<std::size_t>(index) % kZones.size()]);
  agent.zone = date::locate_zone(agent.timezone);
  agent.extension = 101 + index;
  return agent;
}

}  // namespace

std::vector<Agent> make_agents(int users) {
  if (users < 1 || users > kMaxUsers) {
    throw std::invalid_argument("--users must be between 1 and " + std::to_string(kMaxUsers) + ", got " +
                                std::to_string(users));
  }
  std::vector<Agent> agents;
  for (int n = 1; n <= users; ++n) {
    auto email = n == 2 ? std::string("Rep2@Example.com") : "rep" + std::to_string(n) + "@example.com";
    agents.push_back(make_agent(n - 1, "Rep " + std::to_string(n), std::move(email)));
  }
  agents.push_back(make_agent(users, "Ghost Agent", "ghost@example.com"));
  return agents;
}

}  // namespace tributary::sandbox::justcall
