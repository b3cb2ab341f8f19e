#include "task/TaskSpec.h"

#include "common/Error.h"
#include "sinks/Destination.h"

#include <QCryptographicHash>
#include <string_view>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace dts {

namespace {

const QStringList kDestinationEngines = {"mysql", "polardb", "tablestore", "rocketmq", "function-compute"};
const QStringList kOperations = {"insert", "update", "delete", "ddl"};
// DTS: object-name mapping is limited to 1000 tables per task.
constexpr int kMaxMappedTables = 1000;

// Walks the JSON keeping the path, collects every problem instead of stopping at the first.
class Reader {
public:
    QStringList problems;

    void problem(const QString &path, const QString &what) { problems << path + QStringLiteral(": ") + what; }

    // Reports keys that are not in `known`: a misspelt key silently ignored is a lost setting.
    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                problem(path + "." + it.key(),
                        QStringLiteral("unknown key (expected one of: %1)").arg(known.join(", ")));
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(path + "." + key, QStringLiteral("missing (an object is required)"));
            return {};
        }
        if (!v.isObject()) {
            problem(path + "." + key, QStringLiteral("must be an object"));
            return {};
        }
        return v.toObject();
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required,
                   const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(path + "." + key, QStringLiteral("missing (a string is required)"));
            return fallback;
        }
        if (!v.isString()) {
            problem(path + "." + key, QStringLiteral("must be a string"));
            return fallback;
        }
        return v.toString();
    }

    QString nonEmpty(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        QString s = string(o, key, path, required);
        if (o.contains(key) && o.value(key).isString() && s.trimmed().isEmpty())
            problem(path + "." + key, QStringLiteral("must not be empty"));
        return s;
    }

    QString oneOf(const QJsonObject &o, const QString &key, const QString &path, const QStringList &allowed,
                  const QString &fallback)
    {
        QString s = string(o, key, path, false, fallback);
        if (!allowed.contains(s)) {
            problem(path + "." + key, QStringLiteral("\"%1\" is not one of: %2").arg(s, allowed.join(", ")));
            return fallback;
        }
        return s;
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem(path + "." + key, QStringLiteral("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    double number(const QJsonObject &o, const QString &key, const QString &path, double fallback, double min,
                  double max, bool integer)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            problem(path + "." + key, QStringLiteral("must be a number"));
            return fallback;
        }
        const double d = v.toDouble();
        if (integer && d != double(qint64(d))) {
            problem(path + "." + key, QStringLiteral("must be a whole number"));
            return fallback;
        }
        if (d < min || d > max) {
            problem(path + "." + key, QStringLiteral("%1 is out of range (%2–%3)").arg(d).arg(min).arg(max));
            return fallback;
        }
        return d;
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(path + "." + key, QStringLiteral("missing (an array is required)"));
            return {};
        }
        if (!v.isArray()) {
            problem(path + "." + key, QStringLiteral("must be an array"));
            return {};
        }
        return v.toArray();
    }
};

QPair<int, int> lineColumn(const QByteArray &text, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) {  // count characters, not UTF-8 bytes
            ++col;
        }
    }
    return {line, col};
}

Endpoint readEndpoint(Reader &r, const QJsonObject &o, const QString &path, bool isSource)
{
    Endpoint e;
    const QStringList known = {"engine", "host", "port", "user", "password", "passwordEnv", "tls"};
    r.checkKeys(o, path, known);
    e.engine = isSource ? r.oneOf(o, "engine", path, {"mysql"}, "mysql")
                        : r.oneOf(o, "engine", path, {"mysql", "polardb"}, "mysql");
    e.host = r.nonEmpty(o, "host", path, true);
    e.port = int(r.number(o, "port", path, 3306, 1, 65535, true));
    e.user = r.nonEmpty(o, "user", path, true);
    e.password = r.string(o, "password", path, false);
    e.passwordEnv = r.string(o, "passwordEnv", path, false);
    if (o.contains("password") && o.contains("passwordEnv"))
        r.problem(path, QStringLiteral("give either \"password\" or \"passwordEnv\", not both"));
    if (!e.passwordEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(e.passwordEnv.toLocal8Bit().constData()))
            r.problem(path + ".passwordEnv",
                      QStringLiteral("environment variable %1 is not set (export it before the run)").arg(e.passwordEnv));
        else
            e.password = qEnvironmentVariable(e.passwordEnv.toLocal8Bit().constData());
    }
    const QJsonObject tls = r.object(o, "tls", path, false);
    if (!tls.isEmpty()) {
        const QString tp = path + ".tls";
        r.checkKeys(tls, tp, {"mode", "ca"});
        const QString mode = r.oneOf(tls, "mode", tp, {"disabled", "required", "verify-ca"}, "disabled");
        e.tls = mode == "required" ? TlsMode::Required : mode == "verify-ca" ? TlsMode::VerifyCa : TlsMode::Disabled;
        e.tlsCa = r.string(tls, "ca", tp, false);
        if (e.tls == TlsMode::VerifyCa) {
            if (e.tlsCa.isEmpty())
                r.problem(tp + ".ca", QStringLiteral("missing: mode verify-ca needs the CA certificate file"));
            else if (!QFileInfo(e.tlsCa).isReadable())
                r.problem(tp + ".ca", QStringLiteral("cannot read CA file %1").arg(e.tlsCa));
        }
    }
    return e;
}

QJsonObject endpointJson(const Endpoint &e, bool includeSecrets)
{
    QJsonObject o{{"engine", e.engine}, {"host", e.host}, {"port", e.port}, {"user", e.user}};
    if (!e.passwordEnv.isEmpty())
        o["passwordEnv"] = e.passwordEnv;
    else if (includeSecrets)
        o["password"] = e.password;
    if (e.tls != TlsMode::Disabled) {
        QJsonObject tls{{"mode", toString(e.tls)}};
        if (!e.tlsCa.isEmpty())
            tls["ca"] = e.tlsCa;
        o["tls"] = tls;
    }
    return o;
}

QJsonObject throttleJson(const Throttle &t, bool withQps)
{
    QJsonObject o{{"rps", t.rps}, {"mbps", t.mbps}};
    if (withQps)
        o["sourceQps"] = t.sourceQps;
    return o;
}

Throttle readThrottle(Reader &r, const QJsonObject &o, const QString &path, bool withQps)
{
    Throttle t;
    r.checkKeys(o, path, withQps ? QStringList{"sourceQps", "rps", "mbps"} : QStringList{"rps", "mbps"});
    if (withQps)
        t.sourceQps = int(r.number(o, "sourceQps", path, 0, 0, 1e9, true));
    t.rps = int(r.number(o, "rps", path, 0, 0, 1e9, true));
    t.mbps = r.number(o, "mbps", path, 0, 0, 1e6, false);
    return t;
}

}  // namespace

QString Endpoint::label() const { return QStringLiteral("%1@%2:%3").arg(user, host).arg(port); }

bool TaskSpec::destinationIsMySql() const { return destinationEngine == "mysql" || destinationEngine == "polardb"; }

QString TaskSpec::destinationLabel() const
{
    if (destinationIsMySql())
        return destination.label();
    // engine, then what names the place it writes to (never a secret)
    QStringList parts{destinationEngine};
    for (const char *key : {"instance", "nameServer", "endpoint", "service", "function", "topic"})
        if (const QString v = destinationRaw.value(QLatin1String(key)).toString(); !v.isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(key), v);
    return parts.join(QLatin1Char(' '));
}

QString toString(TlsMode m)
{
    switch (m) {
    case TlsMode::Disabled: return "disabled";
    case TlsMode::Required: return "required";
    case TlsMode::VerifyCa: return "verify-ca";
    }
    return {};
}
QString toString(ConflictMode m) { return m == ConflictMode::Error ? "error" : "ignore"; }
QString toString(NameCase c)
{
    switch (c) {
    case NameCase::Default: return "default";
    case NameCase::Source: return "source";
    case NameCase::Destination: return "destination";
    case NameCase::Lower: return "lower";
    case NameCase::Upper: return "upper";
    }
    return {};
}

TaskSpec TaskSpec::fromJson(const QByteArray &json, const QString &origin, Secrets secrets)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto [line, col] = lineColumn(json, pe.offset);
        throw Error(ErrorKind::Invalid, QStringLiteral("%1:%2:%3").arg(origin).arg(line).arg(col),
                    QStringLiteral("malformed JSON: %1").arg(pe.errorString()),
                    QStringLiteral("correct the JSON syntax at that position"));
    }
    if (!doc.isObject())
        throw Error(ErrorKind::Invalid, origin, QStringLiteral("$: the task must be a JSON object"));

    Reader r;
    TaskSpec t;
    const QJsonObject root = doc.object();
    r.checkKeys(root, "$", {"version", "name", "source", "destination", "syncTypes", "conflictMode", "nameCase",
                            "objects", "advanced", "ignoredWarnings", "verification"});
    t.version = int(r.number(root, "version", "$", 0, 1, 1, true));
    if (!root.contains("version"))
        r.problem("$.version", "missing (this program reads task files of version 1)");
    t.name = r.nonEmpty(root, "name", "$", true);
    if (t.name.size() > 128)
        r.problem("$.name", "longer than 128 characters");

    t.source = readEndpoint(r, r.object(root, "source", "$", true), "$.source", true);

    const QJsonObject dest = r.object(root, "destination", "$", true);
    t.destinationRaw = dest;
    t.destinationEngine = r.oneOf(dest, "engine", "$.destination", kDestinationEngines, "mysql");
    if (!dest.contains("engine"))
        r.problem("$.destination.engine", "missing (one of: " + kDestinationEngines.join(", ") + ")");
    if (t.destinationIsMySql())
        t.destination = readEndpoint(r, dest, "$.destination", false);
    else
        for (const QString &p : destinationProblems(t.destinationEngine, dest)) {  // the other engines read their own settings
            bool secret = false;
            for (const QString &k : destinationSecretKeys())
                secret = secret || p.startsWith(QStringLiteral("$.destination.%1:").arg(k)) ||
                         p.startsWith(QStringLiteral("$.destination.%1Env:").arg(k));
            if (!(secret && secrets == Secrets::MayBeMissing))
                r.problems << p;
        }

    const QJsonObject st = r.object(root, "syncTypes", "$", false);
    r.checkKeys(st, "$.syncTypes", {"schema", "full", "incremental"});
    t.syncSchema = r.boolean(st, "schema", "$.syncTypes", true);
    t.syncFull = r.boolean(st, "full", "$.syncTypes", true);
    t.syncIncremental = r.boolean(st, "incremental", "$.syncTypes", true);
    if (!t.syncSchema && !t.syncFull && !t.syncIncremental)
        r.problem("$.syncTypes", "nothing to do: enable at least one of schema, full, incremental");

    t.conflictMode = r.oneOf(root, "conflictMode", "$", {"error", "ignore"}, "error") == "ignore" ? ConflictMode::Ignore
                                                                                                  : ConflictMode::Error;
    const QString nc = r.oneOf(root, "nameCase", "$", {"default", "source", "destination", "lower", "upper"}, "default");
    t.nameCase = nc == "source"        ? NameCase::Source
                 : nc == "destination" ? NameCase::Destination
                 : nc == "lower"       ? NameCase::Lower
                 : nc == "upper"       ? NameCase::Upper
                                       : NameCase::Default;

    const QJsonArray objects = r.array(root, "objects", "$", true);
    if (root.value("objects").isArray() && objects.isEmpty())
        r.problem("$.objects", "empty: select at least one database");
    QSet<QString> seenDb;
    int mappedTables = 0;
    for (int i = 0; i < objects.size(); ++i) {
        const QString p = QStringLiteral("$.objects[%1]").arg(i);
        if (!objects[i].isObject()) {
            r.problem(p, "must be an object");
            continue;
        }
        const QJsonObject o = objects[i].toObject();
        r.checkKeys(o, p, {"database", "target", "tables"});
        DatabaseSelection db;
        db.database = r.nonEmpty(o, "database", p, true);
        db.target = r.string(o, "target", p, false);
        if (!db.database.isEmpty() && seenDb.contains(db.database))
            r.problem(p + ".database", QStringLiteral("database \"%1\" is selected twice").arg(db.database));
        seenDb.insert(db.database);
        const QJsonArray tables = r.array(o, "tables", p, false);
        if (o.contains("tables") && o.value("tables").isArray() && tables.isEmpty())
            r.problem(p + ".tables", "empty: leave \"tables\" out to select the whole database");
        QSet<QString> seenTable;
        for (int j = 0; j < tables.size(); ++j) {
            const QString tp = p + QStringLiteral(".tables[%1]").arg(j);
            if (!tables[j].isObject()) {
                r.problem(tp, "must be an object");
                continue;
            }
            const QJsonObject to = tables[j].toObject();
            r.checkKeys(to, tp, {"name", "target", "where", "columns", "operations"});
            TableSelection ts;
            ts.name = r.nonEmpty(to, "name", tp, true);
            ts.target = r.string(to, "target", tp, false);
            ts.where = r.string(to, "where", tp, false).trimmed();
            if (ts.where.contains(';'))
                r.problem(tp + ".where", "a filter is one condition; it must not contain ';'");
            if (seenTable.contains(ts.name))
                r.problem(tp + ".name", QStringLiteral("table \"%1\" is selected twice").arg(ts.name));
            seenTable.insert(ts.name);
            const QJsonArray cols = r.array(to, "columns", tp, false);
            if (to.contains("columns") && to.value("columns").isArray() && cols.isEmpty())
                r.problem(tp + ".columns", "empty: leave \"columns\" out to copy all columns");
            QSet<QString> seenCol;
            bool renamed = !ts.target.isEmpty() || !db.target.isEmpty();
            for (int k = 0; k < cols.size(); ++k) {
                const QString cp = tp + QStringLiteral(".columns[%1]").arg(k);
                ColumnMap cm;
                if (cols[k].isString()) {
                    cm.name = cols[k].toString();
                } else if (cols[k].isObject()) {
                    const QJsonObject co = cols[k].toObject();
                    r.checkKeys(co, cp, {"name", "target"});
                    cm.name = r.nonEmpty(co, "name", cp, true);
                    cm.target = r.string(co, "target", cp, false);
                    renamed = renamed || !cm.target.isEmpty();
                } else {
                    r.problem(cp, "must be a column name or {\"name\":…, \"target\":…}");
                    continue;
                }
                if (seenCol.contains(cm.name))
                    r.problem(cp, QStringLiteral("column \"%1\" is listed twice").arg(cm.name));
                seenCol.insert(cm.name);
                ts.columns << cm;
            }
            if (to.contains("operations")) {
                ts.operations.clear();
                const QJsonArray ops = r.array(to, "operations", tp, false);
                for (int k = 0; k < ops.size(); ++k) {
                    const QString op = ops[k].toString();
                    if (!kOperations.contains(op))
                        r.problem(tp + QStringLiteral(".operations[%1]").arg(k),
                                  QStringLiteral("\"%1\" is not one of: %2").arg(op, kOperations.join(", ")));
                    else if (!ts.operations.contains(op))
                        ts.operations << op;
                }
            }
            if (renamed)
                ++mappedTables;
            db.tables << ts;
        }
        t.objects << db;
    }
    if (mappedTables > kMaxMappedTables)
        r.problem("$.objects", QStringLiteral("%1 tables are renamed; a task can map at most %2 "
                                              "(split the task, or select whole databases without renaming)")
                                   .arg(mappedTables)
                                   .arg(kMaxMappedTables));

    const QJsonObject adv = r.object(root, "advanced", "$", false);
    r.checkKeys(adv, "$.advanced", {"retryConnectionMinutes", "retryOtherMinutes", "fullThrottle",
                                    "incrementalThrottle", "heartbeat", "parallelism", "serverId"});
    t.advanced.retryConnectionMinutes = int(r.number(adv, "retryConnectionMinutes", "$.advanced", 720, 10, 1440, true));
    t.advanced.retryOtherMinutes = int(r.number(adv, "retryOtherMinutes", "$.advanced", 10, 1, 1440, true));
    if (t.advanced.retryOtherMinutes >= t.advanced.retryConnectionMinutes)
        r.problem("$.advanced.retryOtherMinutes",
                  QStringLiteral("must be less than retryConnectionMinutes (%1)").arg(t.advanced.retryConnectionMinutes));
    t.advanced.fullThrottle = readThrottle(r, r.object(adv, "fullThrottle", "$.advanced", false),
                                           "$.advanced.fullThrottle", true);
    t.advanced.incrementalThrottle = readThrottle(r, r.object(adv, "incrementalThrottle", "$.advanced", false),
                                                  "$.advanced.incrementalThrottle", false);
    t.advanced.heartbeat = r.boolean(adv, "heartbeat", "$.advanced", true);
    const QJsonObject par = r.object(adv, "parallelism", "$.advanced", false);
    r.checkKeys(par, "$.advanced.parallelism", {"fullReaders", "writers", "incrementalWriters"});
    t.advanced.fullReaders = int(r.number(par, "fullReaders", "$.advanced.parallelism", 4, 1, 64, true));
    t.advanced.writers = int(r.number(par, "writers", "$.advanced.parallelism", 4, 1, 64, true));
    t.advanced.incrementalWriters = int(r.number(par, "incrementalWriters", "$.advanced.parallelism", 4, 1, 64, true));
    t.advanced.serverId = quint32(r.number(adv, "serverId", "$.advanced", 0, 0, 4294967295.0, true));

    const QJsonObject ver = r.object(root, "verification", "$", false);
    r.checkKeys(ver, "$.verification", {"enabled", "mode", "ratio", "rowsPerSecond", "mbPerSecond", "timeLimitMinutes"});
    t.verification.enabled = r.boolean(ver, "enabled", "$.verification", false);
    t.verification.mode = r.oneOf(ver, "mode", "$.verification", {QStringLiteral("all"), QStringLiteral("sample")}, QStringLiteral("all"));
    t.verification.ratio = int(r.number(ver, "ratio", "$.verification", 100, 10, 100, true));
    if (t.verification.mode == QLatin1String("sample") && !ver.contains("ratio"))
        r.problem("$.verification.ratio", "missing: mode \"sample\" needs the percentage of rows to check (10 to 100)");
    t.verification.rowsPerSecond = int(r.number(ver, "rowsPerSecond", "$.verification", 0, 0, 1e9, true));
    t.verification.mbPerSecond = r.number(ver, "mbPerSecond", "$.verification", 0, 0, 1e6, false);
    t.verification.timeLimitMinutes = int(r.number(ver, "timeLimitMinutes", "$.verification", 0, 0, 10080, true));

    // Precheck item ids; which ids exist is the precheck's to say (an unknown one is reported there).
    const QJsonArray ignored = r.array(root, "ignoredWarnings", "$", false);
    static const QRegularExpression itemId(QStringLiteral("^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$"));
    for (int i = 0; i < ignored.size(); ++i) {
        const QString p = QStringLiteral("$.ignoredWarnings[%1]").arg(i);
        const QString id = ignored[i].toString();
        if (!ignored[i].isString() || !itemId.match(id).hasMatch())
            r.problem(p, "must be a precheck item id such as \"source.primary-keys\" (dts precheck lists them)");
        else if (t.ignoredWarnings.contains(id))
            r.problem(p, QStringLiteral("\"%1\" is listed twice").arg(id));
        else
            t.ignoredWarnings << id;
    }

    if (!r.problems.isEmpty())
        throw Error(ErrorKind::Invalid, origin,
                    QStringLiteral("invalid task (%1 problem%2):\n  %3")
                        .arg(r.problems.size())
                        .arg(r.problems.size() == 1 ? "" : "s")
                        .arg(r.problems.join("\n  ")),
                    QStringLiteral("correct the values at the JSON paths above"));
    return t;
}

const QStringList &TaskSpec::destinationSecretKeys()
{
    static const QStringList keys = {"password", "accessKeySecret", "secretKey", "stsToken"};
    return keys;
}

TaskSpec TaskSpec::load(const QString &path, Secrets secrets)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Invalid, path, QStringLiteral("cannot read the task file: %1").arg(f.errorString()),
                    QStringLiteral("check the path and its permissions"));
    return fromJson(f.readAll(), path, secrets);
}

QJsonObject TaskSpec::toJson(bool includeSecrets) const
{
    QJsonObject root{{"version", version}, {"name", name}};
    root["source"] = endpointJson(source, includeSecrets);
    if (destinationIsMySql()) {
        QJsonObject d = endpointJson(destination, includeSecrets);
        d["engine"] = destinationEngine;
        root["destination"] = d;
    } else {
        QJsonObject d = destinationRaw;
        if (!includeSecrets)
            for (const QString &k : destinationSecretKeys())  // …Env names are kept
                d.remove(k);
        root["destination"] = d;
    }
    root["syncTypes"] = QJsonObject{{"schema", syncSchema}, {"full", syncFull}, {"incremental", syncIncremental}};
    root["conflictMode"] = toString(conflictMode);
    root["nameCase"] = toString(nameCase);
    QJsonArray objs;
    for (const DatabaseSelection &db : objects) {
        QJsonObject o{{"database", db.database}};
        if (!db.target.isEmpty())
            o["target"] = db.target;
        if (!db.tables.isEmpty()) {
            QJsonArray tables;
            for (const TableSelection &ts : db.tables) {
                QJsonObject to{{"name", ts.name}};
                if (!ts.target.isEmpty())
                    to["target"] = ts.target;
                if (!ts.where.isEmpty())
                    to["where"] = ts.where;
                if (!ts.columns.isEmpty()) {
                    QJsonArray cols;
                    for (const ColumnMap &c : ts.columns) {
                        QJsonObject co{{"name", c.name}};
                        if (!c.target.isEmpty())
                            co["target"] = c.target;
                        cols << co;
                    }
                    to["columns"] = cols;
                }
                to["operations"] = QJsonArray::fromStringList(ts.operations);
                tables << to;
            }
            o["tables"] = tables;
        }
        objs << o;
    }
    root["objects"] = objs;
    root["advanced"] = QJsonObject{
        {"retryConnectionMinutes", advanced.retryConnectionMinutes},
        {"retryOtherMinutes", advanced.retryOtherMinutes},
        {"fullThrottle", throttleJson(advanced.fullThrottle, true)},
        {"incrementalThrottle", throttleJson(advanced.incrementalThrottle, false)},
        {"heartbeat", advanced.heartbeat},
        {"serverId", double(advanced.serverId)},
        {"parallelism", QJsonObject{{"fullReaders", advanced.fullReaders},
                                    {"writers", advanced.writers},
                                    {"incrementalWriters", advanced.incrementalWriters}}}};
    if (!ignoredWarnings.isEmpty())
        root["ignoredWarnings"] = QJsonArray::fromStringList(ignoredWarnings);
    if (verification != Verification())
        root["verification"] = QJsonObject{{"enabled", verification.enabled},
                                           {"mode", verification.mode},
                                           {"ratio", verification.ratio},
                                           {"rowsPerSecond", verification.rowsPerSecond},
                                           {"mbPerSecond", verification.mbPerSecond},
                                           {"timeLimitMinutes", verification.timeLimitMinutes}};
    return root;
}

void TaskSpec::save(const QString &path, bool includeSecrets) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(ErrorKind::Permanent, path, QStringLiteral("cannot write the task file: %1").arg(f.errorString()));
    f.write(QJsonDocument(toJson(includeSecrets)).toJson(QJsonDocument::Indented));
}

QString TaskSpec::fingerprint() const
{
    QJsonObject o = toJson(false);
    // What does not change the data may change between runs.
    o.remove("name");
    o.remove("advanced");
    o.remove("syncTypes");  // e.g. a later run adds incremental: the finished chunks stay valid
    o.remove("ignoredWarnings");
    o.remove("verification");
    for (const char *side : {"source", "destination"}) {
        QJsonObject e = o.value(side).toObject();
        e.remove("user");
        e.remove("passwordEnv");
        e.remove("tls");
        if (side == std::string_view("destination"))
            for (const QString &k : destinationTuningKeys(destinationEngine))
                e.remove(k);
        o[side] = e;
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex().left(16));
}

}  // namespace dts
