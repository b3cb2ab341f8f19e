#pragma once
// The task as a value: what the CLI reads, the wizard exports and the tests write.
// Version 1 of the task file; see TaskSpec::fromJson for the validation rules.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dts {

enum class TlsMode { Disabled, Required, VerifyCa };

// A MySQL-protocol server (source, or a MySQL/PolarDB destination).
struct Endpoint {
    QString engine = QStringLiteral("mysql");  // mysql | polardb
    QString host;
    int port = 3306;
    QString user;
    QString password;     // resolved: from "password" or the variable named by "passwordEnv"
    QString passwordEnv;  // kept so a saved task refers to the variable, not the secret
    TlsMode tls = TlsMode::Disabled;
    QString tlsCa;

    QString label() const;  // user@host:port, for messages (never the password)
};

struct ColumnMap {
    QString name;
    QString target;  // empty: same name (after the name-case policy)
};

struct TableSelection {
    QString name;
    QString target;
    QString where;              // the user's SQL condition on the source table; checked before the run
    QList<ColumnMap> columns;   // empty: all columns
    QStringList operations = {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"),
                              QStringLiteral("ddl")};
};

struct DatabaseSelection {
    QString database;
    QString target;
    QList<TableSelection> tables;  // empty: the whole database, with views, routines, triggers and events
    bool wholeDatabase() const { return tables.isEmpty(); }
};

enum class ConflictMode { Error, Ignore };
enum class NameCase { Default, Source, Destination, Lower, Upper };

struct Throttle {
    int sourceQps = 0;  // 0 = unlimited (full data only)
    int rps = 0;
    double mbps = 0;
};

struct Advanced {
    int retryConnectionMinutes = 720;
    int retryOtherMinutes = 10;
    Throttle fullThrottle;
    Throttle incrementalThrottle;
    bool heartbeat = true;
    int fullReaders = 4;
    int writers = 4;              // full data
    int incrementalWriters = 4;   // destination connections applying changes, rows split by table + key
    quint32 serverId = 0;         // our replica server_id on the source; 0 = picked at random, checked for clashes
};

// Data verification after the copy (DTS's "Data Verification" step); see core/verify.
struct Verification {
    bool enabled = false;
    QString mode = QStringLiteral("all");  // all | sample
    int ratio = 100;                       // percent of the chunks, 10–100 (mode "sample")
    int rowsPerSecond = 0;                 // read throttle; 0 = unlimited
    double mbPerSecond = 0;
    int timeLimitMinutes = 0;              // 0 = none
    bool operator==(const Verification &) const = default;
};

struct TaskSpec {
    int version = 1;
    QString name;
    Endpoint source;
    QString destinationEngine = QStringLiteral("mysql");  // mysql | polardb | tablestore | rocketmq | function-compute
    Endpoint destination;          // for mysql / polardb
    QJsonObject destinationRaw;    // the whole "destination" object, for the other engines
    bool syncSchema = true;
    bool syncFull = true;
    bool syncIncremental = true;
    ConflictMode conflictMode = ConflictMode::Error;
    NameCase nameCase = NameCase::Default;
    QList<DatabaseSelection> objects;
    Advanced advanced;
    Verification verification;
    QStringList ignoredWarnings;   // ids of precheck items whose warning the user accepted (shown as "ignored")

    bool destinationIsMySql() const;
    // For messages: user@host:port for MySQL / PolarDB, else the engine and where it writes.
    QString destinationLabel() const;

    // Parses and validates. Throws dts::Error(Invalid) listing every problem with its JSON path,
    // or line:column for malformed JSON. `origin` names the file in messages.
    // `Secrets::MayBeMissing` (the studio opening a task file, which never holds them): a destination
    // engine's secret that is missing, or whose environment variable is not set, is not a problem here;
    // the wizard fills it from the keyring or asks for it.
    enum class Secrets { Required, MayBeMissing };
    // The keys of a destination engine's secrets in "destination" (each may also come as key + "Env"):
    // never saved by toJson(false), kept in the studio's keyring.
    static const QStringList &destinationSecretKeys();
    static TaskSpec fromJson(const QByteArray &json, const QString &origin = QStringLiteral("task"),
                             Secrets secrets = Secrets::Required);
    static TaskSpec load(const QString &path, Secrets secrets = Secrets::Required);

    // Secrets are left out unless asked for; "passwordEnv" is always kept.
    QJsonObject toJson(bool includeSecrets = false) const;
    void save(const QString &path, bool includeSecrets = false) const;

    // Hash of what decides the data written (endpoints, objects, mapping, filters, modes).
    // A resumed run must have the same fingerprint as the run that made the checkpoints.
    QString fingerprint() const;
};

QString toString(TlsMode);
QString toString(ConflictMode);
QString toString(NameCase);

}  // namespace dts
