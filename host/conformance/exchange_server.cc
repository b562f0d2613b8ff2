#include "host/conformance/exchange_server.h"

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

namespace tributary::host::conformance {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

struct ExchangeServer::State {
  std::vector<Exchange> exchanges;
  std::vector<ServedRequest> served;
  std::string phase;
  std::string fault;  // "" or an error case name
  std::string root_url;
};

namespace {

struct Reply {
  int status = 200;
  HeaderList headers;
  std::string body;
};

std::string with_base_url(std::string text, const std::string& root) {
  static constexpr std::string_view kToken = "${BASE_URL}";
  for (auto at = text.find(kToken); at != std::string::npos; at = text.find(kToken, at + root.size()))
    text.replace(at, kToken.size(), root);
  return text;
}

Reply json_reply(int status, std::string body) {
  return {status, {{"Content-Type", "application/json"}}, std::move(body)};
}

std::string param(const IncomingRequest& r, std::string_view name) {
  for (const auto& [k, v] : r.query) {
    if (k == name) return v;
  }
  return {};
}

Reply control(ExchangeServer::State& s, const IncomingRequest& r) {
  auto action = r.path.substr(std::string_view(kControlPrefix).size());
  if (action == "phase") {
    s.phase = param(r, "name");
    return {204, {}, ""};
  }
  if (action == "fault") {
    auto name = param(r, "case");
    s.fault = name == "none" ? "" : name;
    return {204, {}, ""};
  }
  return json_reply(404, R"({"error":"unknown control endpoint"})");
}

// The error case's response; malformed JSON is the recorded body cut in half, so the connector
// meets it exactly where it would meet a real truncated response.
Reply fault_reply(const std::string& fault, const Exchange* matched, const std::string& root) {
  if (fault == "auth_401")
    return json_reply(401, R"J({"status":"error","error":"unauthorized","message":"credentials rejected (tributary-conformance)"})J");
  if (fault == "rate_limited_429") {
    auto reply = json_reply(429, R"J({"status":"error","error":"rate_limited","message":"too many requests (tributary-conformance)"})J");
    reply.headers.emplace_back("Retry-After", std::to_string(kServedRetryAfterSeconds));
    return reply;
  }
  if (fault == "server_error_5xx")
    return json_reply(500, R"J({"status":"error","error":"internal","message":"server error (tributary-conformance)"})J");
  std::string body = matched ? with_base_url(matched->response.body, root) : R"({"data":[{"id":1,"name":"cut)";
  if (matched && body.size() > 1) body.resize(body.size() / 2);
  return json_reply(200, std::move(body));
}

Reply answer(ExchangeServer::State& s, const IncomingRequest& r, ServedRequest& log) {
  int index = find_exchange(s.exchanges, r);
  const Exchange* matched = index >= 0 ? &s.exchanges[index] : nullptr;
  log.exchange = index;
  if (!s.fault.empty()) {
    log.fault = s.fault;
    return fault_reply(s.fault, matched, s.root_url);
  }
  if (!matched) {
    return json_reply(404, R"({"status":"error","error":"not_recorded","message":"tributary-conformance has no recorded exchange for )" +
                               r.method + " " + r.path + R"("})");
  }
  Reply reply{matched->response.status, {}, with_base_url(matched->response.body, s.root_url)};
  bool typed = false;
  for (const auto& [k, v] : matched->response.headers) {
    typed = typed || iequals(k, "Content-Type");
    reply.headers.emplace_back(k, with_base_url(v, s.root_url));
  }
  if (!typed) reply.headers.emplace_back("Content-Type", "application/json");
  return reply;
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, std::shared_ptr<ExchangeServer::State> state)
      : socket_(std::move(socket)), state_(std::move(state)) {}

  void read() {
    request_ = {};
    http::async_read(socket_, buffer_, request_,
                     [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                       if (!ec) self->respond();
                     });
  }

 private:
  void respond() {
    HeaderList headers;
    for (const auto& field : request_)
      headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    auto incoming = make_incoming(std::string(request_.method_string()),
                                  std::string(request_.target()), std::move(headers),
                                  std::move(request_.body()));
    Reply reply;
    if (incoming.path.starts_with(kControlPrefix)) {
      reply = control(*state_, incoming);
    } else {
      ServedRequest log;
      log.phase = state_->phase;
      reply = answer(*state_, incoming, log);
      log.status = reply.status;
      log.body_bytes = reply.body.size();
      log.request = std::move(incoming);
      state_->served.push_back(std::move(log));
    }
    response_ = {};
    response_.result(static_cast<unsigned>(reply.status));
    response_.version(11);
    for (const auto& [name, value] : reply.headers) response_.set(name, value);
    response_.body() = std::move(reply.body);
    response_.keep_alive(request_.keep_alive());
    response_.prepare_payload();
    http::async_write(socket_, response_,
                      [self = shared_from_this()](boost::beast::error_code ec, std::size_t) {
                        if (!ec && self->response_.keep_alive()) self->read();
                      });
  }

  tcp::socket socket_;
  std::shared_ptr<ExchangeServer::State> state_;
  boost::beast::flat_buffer buffer_;
  http::request<http::string_body> request_;
  http::response<http::string_body> response_;
};

}  // namespace

ExchangeServer::ExchangeServer(asio::io_context& io, std::vector<Exchange> exchanges)
    : acceptor_(io), state_(std::make_shared<State>()) {
  state_->exchanges = std::move(exchanges);
}

ExchangeServer::~ExchangeServer() {
  boost::system::error_code ignored;
  acceptor_.close(ignored);
}

void ExchangeServer::listen(const std::string& address, unsigned short port) {
  tcp::endpoint endpoint(asio::ip::make_address(address), port);
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(tcp::acceptor::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen();
  state_->root_url = "http://" + address + ":" + std::to_string(this->port());
  accept();
}

unsigned short ExchangeServer::port() const { return acceptor_.local_endpoint().port(); }
std::string ExchangeServer::root_url() const { return state_->root_url; }
const std::vector<Exchange>& ExchangeServer::exchanges() const { return state_->exchanges; }
const std::vector<ServedRequest>& ExchangeServer::served() const { return state_->served; }
void ExchangeServer::clear_served() { state_->served.clear(); }

void ExchangeServer::accept() {
  acceptor_.async_accept([this](boost::beast::error_code ec, tcp::socket socket) {
    if (ec) return;
    std::make_shared<Session>(std::move(socket), state_)->read();
    accept();
  });
}

}  // namespace tributary::host::conformance
