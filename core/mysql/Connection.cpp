#include "mysql/Connection.h"

#include "common/Error.h"

#include <mutex>
#include <mysql.h>
#include <mysqld_error.h>
#include <errmsg.h>

namespace dts {

namespace {

void libraryInit()
{
    // mysql_library_init is not thread-safe: run it once before any worker thread connects.
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
}

ErrorKind kindFor(unsigned code)
{
    switch (code) {
    case CR_CONNECTION_ERROR:
    case CR_CONN_HOST_ERROR:
    case CR_SERVER_GONE_ERROR:
    case CR_SERVER_LOST:
    case ER_LOCK_WAIT_TIMEOUT:
    case ER_LOCK_DEADLOCK:
    case ER_CON_COUNT_ERROR:
    case ER_SERVER_SHUTDOWN:
    case 1927:  // ER_CONNECTION_KILLED (MariaDB)
    case 4031:  // ER_CLIENT_INTERACTION_TIMEOUT (MySQL 8.0.24+: disconnected while idle)
        return ErrorKind::Transient;
    case ER_ACCESS_DENIED_ERROR:
    case ER_DBACCESS_DENIED_ERROR:
    case ER_TABLEACCESS_DENIED_ERROR:
    case ER_COLUMNACCESS_DENIED_ERROR:
    case ER_SPECIFIC_ACCESS_DENIED_ERROR:
    case ER_PROCACCESS_DENIED_ERROR:
    case CR_UNKNOWN_HOST:
        return ErrorKind::Precheck;
    default:
        return ErrorKind::Permanent;
    }
}

QString fixFor(unsigned code, const Endpoint &e, const QString &role)
{
    switch (code) {
    case CR_CONNECTION_ERROR:
    case CR_CONN_HOST_ERROR:
        return QStringLiteral("check that the %1 server runs and listens on %2:%3, and that no firewall blocks the port")
            .arg(role, e.host)
            .arg(e.port);
    case CR_UNKNOWN_HOST:
        return QStringLiteral("check the %1 host name \"%2\"").arg(role, e.host);
    case ER_ACCESS_DENIED_ERROR:
        return QStringLiteral("check the %1 user and password; the account must be allowed from this machine "
                              "(e.g. CREATE USER '%2'@'%' …)")
            .arg(role, e.user);
    case ER_DBACCESS_DENIED_ERROR:
    case ER_TABLEACCESS_DENIED_ERROR:
    case ER_COLUMNACCESS_DENIED_ERROR:
    case ER_SPECIFIC_ACCESS_DENIED_ERROR:
        return QStringLiteral("grant the missing privilege to '%1' on the %2 (the message names it)").arg(e.user, role);
    case ER_NET_PACKET_TOO_LARGE:
        return QStringLiteral("raise max_allowed_packet on the %1 server (SET GLOBAL max_allowed_packet = 1073741824)")
            .arg(role);
    case ER_CON_COUNT_ERROR:
        return QStringLiteral("the %1 server has too many connections; raise max_connections or lower the task's "
                              "parallelism")
            .arg(role);
    default:
        return {};
    }
}

}  // namespace

QString quoteIdent(const QString &name)
{
    QString s = name;
    s.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + s + QLatin1Char('`');
}

QString quoteIdent(const QString &db, const QString &table) { return quoteIdent(db) + '.' + quoteIdent(table); }

QString quoteString(const QString &text)
{
    QString s;
    s.reserve(text.size() + 2);
    s += '\'';
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\'': s += "''"; break;
        case '\\': s += "\\\\"; break;
        case 0: s += "\\0"; break;
        default: s += c;
        }
    }
    s += '\'';
    return s;
}

Connection::Connection(const Endpoint &endpoint, ConnectOptions options)
    : m_endpoint(endpoint), m_options(std::move(options))
{
    libraryInit();
    if (m_options.role.isEmpty())
        m_options.role = QStringLiteral("server");
    m_mysql = mysql_init(nullptr);
    if (!m_mysql)
        throw Error(ErrorKind::Permanent, label(), QStringLiteral("out of memory in mysql_init"));

    unsigned timeout = unsigned(m_options.connectTimeoutSec);
    mysql_optionsv(m_mysql, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    if (m_options.readTimeoutSec > 0) {
        unsigned t = unsigned(m_options.readTimeoutSec);
        mysql_optionsv(m_mysql, MYSQL_OPT_READ_TIMEOUT, &t);
    }
    if (m_options.writeTimeoutSec > 0) {
        unsigned t = unsigned(m_options.writeTimeoutSec);
        mysql_optionsv(m_mysql, MYSQL_OPT_WRITE_TIMEOUT, &t);
    }
    // Rows can be as big as the server allows; the client must not be the narrower side.
    unsigned long maxPacket = 1024UL * 1024 * 1024;
    mysql_optionsv(m_mysql, MYSQL_OPT_MAX_ALLOWED_PACKET, &maxPacket);
    my_bool localInfile = m_options.localInfile ? 1 : 0;
    mysql_optionsv(m_mysql, MYSQL_OPT_LOCAL_INFILE, &localInfile);
    mysql_optionsv(m_mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");

    switch (m_endpoint.tls) {
    case TlsMode::Disabled: break;
    case TlsMode::Required: {
        my_bool enforce = 1;
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_ENFORCE, &enforce);
        my_bool verify = 0;
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify);
        break;
    }
    case TlsMode::VerifyCa: {
        my_bool enforce = 1;
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_ENFORCE, &enforce);
        const QByteArray ca = m_endpoint.tlsCa.toLocal8Bit();
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_CA, ca.constData());
        my_bool verify = 1;
        mysql_optionsv(m_mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify);
        break;
    }
    }

    const QByteArray host = m_endpoint.host.toUtf8(), user = m_endpoint.user.toUtf8(),
                     pass = m_endpoint.password.toUtf8();
    if (!mysql_real_connect(m_mysql, host.constData(), user.constData(), pass.constData(), nullptr,
                            unsigned(m_endpoint.port), nullptr, CLIENT_MULTI_RESULTS | CLIENT_FOUND_ROWS)) {
        const unsigned code = mysql_errno(m_mysql);
        const QString msg = QString::fromUtf8(mysql_error(m_mysql));
        mysql_close(m_mysql);
        m_mysql = nullptr;
        throw Error(kindFor(code), label(), QStringLiteral("cannot connect: %1 (error %2)").arg(msg).arg(code),
                    fixFor(code, m_endpoint, m_options.role), int(code));
    }

    // Connector/C 3.3 goes on in plain text when the server offers no TLS, even with SSL_ENFORCE set:
    // check that the session really is encrypted before a password or a row crosses it again.
    if (m_endpoint.tls != TlsMode::Disabled && !mysql_get_ssl_cipher(m_mysql)) {
        mysql_close(m_mysql);
        m_mysql = nullptr;
        throw Error(ErrorKind::Precheck, label(), QStringLiteral("TLS is required but the server does not offer it"),
                    QStringLiteral("enable TLS on the %1 server (ssl_cert, ssl_key), or set tls.mode to \"disabled\"")
                        .arg(m_options.role));
    }

    // Fixed session settings so that what we read and write does not depend on server defaults:
    // UTC for TIMESTAMP, no ANSI_QUOTES/NO_BACKSLASH_ESCAPES in SHOW CREATE output or our literals.
    QByteArray init = "SET SESSION time_zone = '+00:00'";
    if (m_options.role == QLatin1String("destination"))
        init += ", SESSION sql_mode = '" + QByteArray(kDestinationSqlMode) + "', SESSION foreign_key_checks = 0";
    else
        init += ", SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'";
    if (m_options.rawBytes)
        init += ", character_set_results = binary";
    // Our sessions wait on each other (a writer for its reader, the main connection through the whole
    // copy): a short server wait_timeout must not cut them.
    init += ", SESSION wait_timeout = 86400, SESSION net_read_timeout = 3600, SESSION net_write_timeout = 3600";
    try {
        exec(init);
        const ResultSet info = query(QByteArrayLiteral("SELECT VERSION(), @@max_allowed_packet"));
        m_version = info.rows.value(0).value(0).toString();
        m_maxPacket = info.rows.value(0).value(1).toLongLong();
        m_polar = m_version.contains(QLatin1String("polardb"), Qt::CaseInsensitive);
        // MySQL 8 caches table statistics for a day; the chunk planner needs today's.
        if (!isMariaDb() && m_version.startsWith('8'))
            exec(QByteArrayLiteral("SET SESSION information_schema_stats_expiry = 0"));
    } catch (...) {
        mysql_close(m_mysql);  // the destructor does not run for a constructor that throws
        m_mysql = nullptr;
        throw;
    }
}

Connection::~Connection()
{
    if (m_mysql)
        mysql_close(m_mysql);
}

QString Connection::label() const { return m_options.role + QLatin1Char(' ') + m_endpoint.label(); }

Error Connection::lastError(const QString &object, const QByteArray &sql) const
{
    const unsigned code = mysql_errno(m_mysql);
    QString msg = QString::fromUtf8(mysql_error(m_mysql));
    if (code)
        msg += QStringLiteral(" (error %1)").arg(code);
    if (!sql.isEmpty() && code != CR_SERVER_LOST && code != CR_SERVER_GONE_ERROR)
        msg += QStringLiteral(" in: %1").arg(QString::fromUtf8(sql.left(300)) + (sql.size() > 300 ? "…" : ""));
    return Error(kindFor(code), object.isEmpty() ? label() : object + QStringLiteral(" (") + label() + ')', msg,
                 fixFor(code, m_endpoint, m_options.role), int(code));
}

namespace {

// Reads the rest of a (multi-)result so the connection stays usable. An error can arrive while the
// rows are read (e.g. EXPLAIN naming an unknown column), not only with the query: check each step.
bool drainMore(MYSQL *m)
{
    for (;;) {
        const int next = mysql_next_result(m);
        if (next > 0)
            return false;
        if (next < 0)
            return true;
        if (MYSQL_RES *r = mysql_store_result(m))
            mysql_free_result(r);
        else if (mysql_field_count(m) != 0 || mysql_errno(m) != 0)
            return false;
    }
}

bool drainResults(MYSQL *m, MYSQL_RES *first)
{
    if (first)
        mysql_free_result(first);
    else if (mysql_field_count(m) != 0 || mysql_errno(m) != 0)
        return false;
    return drainMore(m);
}

}  // namespace

void Connection::exec(const QByteArray &sql)
{
    if (mysql_real_query(m_mysql, sql.constData(), sql.size()) != 0)
        throw lastError({}, sql);
    if (!drainResults(m_mysql, mysql_store_result(m_mysql)))
        throw lastError({}, sql);
}

ResultSet Connection::query(const QByteArray &sql)
{
    if (mysql_real_query(m_mysql, sql.constData(), sql.size()) != 0)
        throw lastError({}, sql);
    ResultSet rs;
    MYSQL_RES *res = mysql_store_result(m_mysql);
    if (!res) {
        if (mysql_field_count(m_mysql) != 0 || mysql_errno(m_mysql))
            throw lastError({}, sql);
        return rs;
    }
    const unsigned n = mysql_num_fields(res);
    MYSQL_FIELD *fields = mysql_fetch_fields(res);
    for (unsigned i = 0; i < n; ++i)
        rs.columns << QByteArray(fields[i].name, int(fields[i].name_length));
    while (MYSQL_ROW row = mysql_fetch_row(res)) {
        unsigned long *len = mysql_fetch_lengths(res);
        SqlRow r;
        r.reserve(int(n));
        for (unsigned i = 0; i < n; ++i)
            r << (row[i] ? QVariant(QByteArray(row[i], int(len[i]))) : QVariant());
        rs.rows << r;
    }
    mysql_free_result(res);
    if (!drainMore(m_mysql))
        throw lastError({}, sql);
    return rs;
}

std::optional<QByteArray> Connection::scalar(const QString &sql)
{
    const ResultSet rs = query(sql);
    if (rs.rows.isEmpty() || rs.rows[0].isEmpty() || rs.rows[0][0].isNull())
        return std::nullopt;
    return rs.rows[0][0].toByteArray();
}

quint64 Connection::affectedRows() const { return mysql_affected_rows(m_mysql); }
unsigned Connection::warningCount() const { return mysql_warning_count(m_mysql); }
QString Connection::serverVersion() const { return m_version; }
bool Connection::isMariaDb() const { return m_version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive); }
bool Connection::isPolarDb() const { return m_polar; }
qint64 Connection::maxAllowedPacket() const { return m_maxPacket; }

RowStream::RowStream(Connection &conn, const QByteArray &sql, const QString &object) : m_conn(conn), m_object(object)
{
    MYSQL *m = conn.handle();
    if (mysql_real_query(m, sql.constData(), sql.size()) != 0)
        throw conn.lastError(object, sql);
    m_res = mysql_use_result(m);
    if (!m_res)
        throw conn.lastError(object, sql);
    m_columns = int(mysql_num_fields(m_res));
}

RowStream::~RowStream()
{
    if (std::uncaught_exceptions() > m_uncaught)
        abandon();
    if (m_res)
        mysql_free_result(m_res);  // reads and discards what is left, so the connection stays usable
}

void RowStream::abandon()
{
    if (m_res)
        mariadb_cancel(m_conn.handle());
}

bool RowStream::next()
{
    m_row = mysql_fetch_row(m_res);
    if (!m_row) {
        if (mysql_errno(m_conn.handle()))
            throw m_conn.lastError(m_object);
        return false;
    }
    m_lengths = mysql_fetch_lengths(m_res);
    return true;
}

}  // namespace dts
