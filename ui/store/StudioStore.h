#pragma once
// The studio's own local store (SQLite through Qt Sql, beside the tasks' state directories): recent task
// files and saved connections. Never a secret: a saved connection keeps host, port, account, TLS and a
// passwordEnv; its password is in the OS keyring (Secrets) or nowhere.
#include "task/TaskSpec.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dts::ui {

class StudioStore {
public:
    struct Recent {
        QString path, name;
        QDateTime used;
    };
    struct Connection {
        QString name;
        Endpoint endpoint;  // password always empty
    };

    // <XDG_DATA_HOME or ~/.local/share>/dts-studio/studio.db. Throws dts::Error when it cannot be written.
    StudioStore();
    explicit StudioStore(const QString &path);
    ~StudioStore();
    static QString defaultPath();

    void addRecent(const QString &path, const QString &name);
    QList<Recent> recent(int limit = 10);  // newest first, only files that still exist

    void saveConnection(const QString &name, Endpoint endpoint);
    QList<Connection> connections();
    void removeConnection(const QString &name);

private:
    QString m_path, m_connection;
};

// The keyring entry of an endpoint's password: one per account and server, shared by saved
// connections and task files.
QString secretKey(const Endpoint &e);

}  // namespace dts::ui
