#pragma once
// Why a server cannot be reached, in the terms a DBA acts on: the name does not resolve, nothing
// listens, packets are dropped, TLS, or the account.
#include <QString>

namespace dts::precheck {

enum class ConnectFailure { None, Dns, Refused, Timeout, Unreachable, Tls, Auth, NotMySql, Other };
QString toString(ConnectFailure);  // "DNS", "connection refused", …

// From the client library's error alone; Other when the code and message do not tell (then probe).
ConnectFailure classifyConnectError(int code, const QString &message);

// Resolves the host and opens a TCP connection to the port: Dns, Refused, Timeout or Unreachable, or
// None when the port accepts connections (the cause lies above TCP).
ConnectFailure probeTcp(const QString &host, int port, int timeoutMs);

}  // namespace dts::precheck
