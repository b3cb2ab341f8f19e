#include "store/StudioStore.h"

#include "common/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace dts::ui {

namespace {

void exec(QSqlQuery &q, const QString &path)
{
    if (!q.exec())
        throw Error(ErrorKind::Invalid, path, QStringLiteral("the studio's local store cannot be written: %1").arg(q.lastError().text()),
                    QStringLiteral("make the directory writable, or move the file aside to start a new one"));
}

}  // namespace

QString StudioStore::defaultPath()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/dts-studio/studio.db");
}

StudioStore::StudioStore() : StudioStore(defaultPath()) {}

StudioStore::StudioStore(const QString &path) : m_path(path), m_connection(QUuid::createUuid().toString())
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        throw Error(ErrorKind::Invalid, path, QStringLiteral("the studio's local store cannot be opened: %1").arg(db.lastError().text()),
                    QStringLiteral("make the directory writable"));
    for (const QString &sql : {QStringLiteral("CREATE TABLE IF NOT EXISTS recent (path TEXT PRIMARY KEY, name TEXT, used INTEGER)"),
                               QStringLiteral("CREATE TABLE IF NOT EXISTS connections (name TEXT PRIMARY KEY, engine TEXT, host TEXT, "
                                              "port INTEGER, user TEXT, password_env TEXT, tls INTEGER, tls_ca TEXT)")}) {
        QSqlQuery q(db);
        q.prepare(sql);
        exec(q, m_path);
    }
}

StudioStore::~StudioStore()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void StudioStore::addRecent(const QString &path, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO recent (path, name, used) VALUES (?, ?, ?)"));
    q.addBindValue(QFileInfo(path).absoluteFilePath());
    q.addBindValue(name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    exec(q, m_path);
}

QList<StudioStore::Recent> StudioStore::recent(int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT path, name, used FROM recent ORDER BY used DESC"));
    exec(q, m_path);
    QList<Recent> out;
    while (q.next() && out.size() < limit)
        if (QFileInfo::exists(q.value(0).toString()))
            out << Recent{q.value(0).toString(), q.value(1).toString(), QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong())};
    return out;
}

void StudioStore::saveConnection(const QString &name, Endpoint e)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO connections (name, engine, host, port, user, password_env, tls, tls_ca) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(name), QVariant(e.engine), QVariant(e.host), QVariant(e.port), QVariant(e.user),
                              QVariant(e.passwordEnv), QVariant(int(e.tls)), QVariant(e.tlsCa)})
        q.addBindValue(v);
    exec(q, m_path);
}

QList<StudioStore::Connection> StudioStore::connections()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT name, engine, host, port, user, password_env, tls, tls_ca FROM connections ORDER BY name"));
    exec(q, m_path);
    QList<Connection> out;
    while (q.next()) {
        Endpoint e;
        e.engine = q.value(1).toString();
        e.host = q.value(2).toString();
        e.port = q.value(3).toInt();
        e.user = q.value(4).toString();
        e.passwordEnv = q.value(5).toString();
        e.tls = TlsMode(q.value(6).toInt());
        e.tlsCa = q.value(7).toString();
        out << Connection{q.value(0).toString(), e};
    }
    return out;
}

void StudioStore::removeConnection(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM connections WHERE name = ?"));
    q.addBindValue(name);
    exec(q, m_path);
}

QString secretKey(const Endpoint &e) { return QStringLiteral("mysql://%1").arg(e.label()); }

}  // namespace dts::ui
