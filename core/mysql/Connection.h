#pragma once
// RAII over MYSQL*: TLS modes, timeouts, session set-up, errors that name the server and the fix.
#include "common/Error.h"
#include "task/TaskSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>
#include <exception>
#include <memory>
#include <optional>

struct st_mysql;
struct st_mysql_res;

namespace dts {

// Destination sessions: strict (a narrower column is an error, not a silent truncation) yet accepting
// every value a source may hold (zero and invalid dates, 0 in an AUTO_INCREMENT column).
inline constexpr const char *kDestinationSqlMode =
    "STRICT_ALL_TABLES,ALLOW_INVALID_DATES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION";

// One row of a buffered result: QVariant() for NULL, otherwise the QByteArray the server sent.
using SqlRow = QList<QVariant>;

struct ResultSet {
    QList<QByteArray> columns;
    QList<SqlRow> rows;
    bool isEmpty() const { return rows.isEmpty(); }
};

struct ConnectOptions {
    int connectTimeoutSec = 10;
    int readTimeoutSec = 0;      // 0: the client default (none)
    int writeTimeoutSec = 0;
    bool localInfile = false;    // allow LOAD DATA LOCAL from our own callbacks
    bool rawBytes = false;       // character_set_results=binary: column values arrive as stored, unconverted
    QString role;                // "source" / "destination": used in messages
};

class Connection {
public:
    // Connects and runs the session set-up; throws dts::Error (kind by server error: wrong password and
    // privileges are Precheck, unreachable / lost are Transient).
    Connection(const Endpoint &endpoint, ConnectOptions options = {});
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void exec(const QByteArray &sql);
    void exec(const QString &sql) { exec(sql.toUtf8()); }
    ResultSet query(const QByteArray &sql);
    ResultSet query(const QString &sql) { return query(sql.toUtf8()); }
    // First column of the first row; nullopt for no row or NULL.
    std::optional<QByteArray> scalar(const QString &sql);

    quint64 affectedRows() const;
    unsigned warningCount() const;
    QString serverVersion() const;   // SELECT VERSION()
    bool isMariaDb() const;
    bool isPolarDb() const;          // version string or @@polardb_version
    qint64 maxAllowedPacket() const; // server's, read at connect
    const Endpoint &endpoint() const { return m_endpoint; }
    QString label() const;           // "source root@127.0.0.1:3306"

    // Builds the Error for the last failure of this connection; `object` names what we worked on.
    Error lastError(const QString &object, const QByteArray &sql = {}) const;

    st_mysql *handle() const { return m_mysql; }

private:
    Endpoint m_endpoint;
    ConnectOptions m_options;
    st_mysql *m_mysql = nullptr;
    QString m_version;
    bool m_polar = false;
    qint64 m_maxPacket = 0;
};

// Streams a big SELECT row by row (mysql_use_result): memory stays flat whatever the table size.
class RowStream {
public:
    RowStream(Connection &conn, const QByteArray &sql, const QString &object);
    ~RowStream();
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    int columnCount() const { return m_columns; }
    // Advances; false at the end. Throws on a read error (e.g. connection lost mid-stream).
    bool next();
    // Valid until the next call of next().
    const char *data(int i) const { return m_row[i]; }
    unsigned long length(int i) const { return m_lengths[i]; }
    bool isNull(int i) const { return m_row[i] == nullptr; }
    // Stops the transfer without reading the rest (the connection is unusable afterwards). Also done by
    // the destructor when an exception unwinds through it: freeing a result reads every row left.
    void abandon();

private:
    Connection &m_conn;
    QString m_object;
    int m_uncaught = std::uncaught_exceptions();
    st_mysql_res *m_res = nullptr;
    int m_columns = 0;
    char **m_row = nullptr;
    unsigned long *m_lengths = nullptr;
};

// `name` → `name` with backticks doubled: safe for any identifier (quotes, spaces, unicode).
QString quoteIdent(const QString &name);
QString quoteIdent(const QString &db, const QString &table);
// 'text' with quotes and backslashes escaped (for our own literals in catalog queries).
QString quoteString(const QString &text);

}  // namespace dts
