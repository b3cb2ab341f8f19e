#include "precheck/Connectivity.h"

#include <QHostInfo>
#include <QRegularExpression>
#include <QTcpSocket>
#include <errmsg.h>
#include <mysqld_error.h>

namespace dts::precheck {

QString toString(ConnectFailure f)
{
    switch (f) {
    case ConnectFailure::None: return QStringLiteral("none");
    case ConnectFailure::Dns: return QStringLiteral("DNS");
    case ConnectFailure::Refused: return QStringLiteral("connection refused");
    case ConnectFailure::Timeout: return QStringLiteral("timeout");
    case ConnectFailure::Unreachable: return QStringLiteral("host unreachable");
    case ConnectFailure::Tls: return QStringLiteral("TLS");
    case ConnectFailure::Auth: return QStringLiteral("authentication");
    case ConnectFailure::NotMySql: return QStringLiteral("not a MySQL server");
    case ConnectFailure::Other: return QStringLiteral("other");
    }
    return {};
}

ConnectFailure classifyConnectError(int code, const QString &message)
{
    switch (code) {
    case CR_UNKNOWN_HOST: return ConnectFailure::Dns;
    case ER_ACCESS_DENIED_ERROR:
    case ER_DBACCESS_DENIED_ERROR:
    case 1698:  // ER_ACCESS_DENIED_NO_PASSWORD_ERROR
    case ER_NOT_SUPPORTED_AUTH_MODE:
    case CR_AUTH_PLUGIN_CANNOT_LOAD:
    case ER_HOST_NOT_PRIVILEGED:
        return ConnectFailure::Auth;
    case CR_SSL_CONNECTION_ERROR: return ConnectFailure::Tls;
    default: break;
    }
    if (message.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
        message.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
        return ConnectFailure::Tls;
    if (code == CR_CONNECTION_ERROR || code == CR_CONN_HOST_ERROR || code == CR_SERVER_LOST) {
        // The client appends the socket errno: "(111)" or "system error: 111". Connector/C's non-blocking
        // connect often reports 115 (EINPROGRESS) whatever happened: then only a probe tells.
        static const QRegularExpression errnoRe(QStringLiteral("(?:\\((\\d+)\\)|system error: (\\d+))\\s*$"));
        const auto m = errnoRe.match(message.trimmed());
        const int err = m.hasMatch() ? (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt() : 0;
        switch (err) {
        case 111: return ConnectFailure::Refused;      // ECONNREFUSED
        case 110: return ConnectFailure::Timeout;      // ETIMEDOUT
        case 101:                                      // ENETUNREACH
        case 113: return ConnectFailure::Unreachable;  // EHOSTUNREACH
        default: break;
        }
    }
    return ConnectFailure::Other;
}

ConnectFailure probeTcp(const QString &host, int port, int timeoutMs)
{
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return ConnectFailure::Dns;
    QTcpSocket socket;
    socket.connectToHost(info.addresses().first(), quint16(port));
    if (socket.waitForConnected(timeoutMs)) {
        socket.abort();
        return ConnectFailure::None;
    }
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError: return ConnectFailure::Refused;
    case QAbstractSocket::SocketTimeoutError: return ConnectFailure::Timeout;
    case QAbstractSocket::HostNotFoundError: return ConnectFailure::Dns;
    default: return ConnectFailure::Unreachable;
    }
}

}  // namespace dts::precheck
