#include "sinks/tablestore/TablestoreOptions.h"

#include "common/Error.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace dts::ots {

namespace {

const QString kPath = QStringLiteral("$.destination");

class Reader {
public:
    QStringList problems;
    const QJsonObject &o;
    explicit Reader(const QJsonObject &object) : o(object) {}

    void problem(const QString &key, const QString &what) { problems << kPath + (key.isEmpty() ? QString() : "." + key) + ": " + what; }

    QString string(const QString &key, bool required, const QString &fallback = {}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) problem(key, QStringLiteral("missing (a string is required)"));
            return fallback;
        }
        if (!v.isString()) {
            problem(key, QStringLiteral("must be a string"));
            return fallback;
        }
        if (required && v.toString().trimmed().isEmpty()) problem(key, QStringLiteral("must not be empty"));
        return v.toString();
    }
    QString oneOf(const QString &key, const QStringList &allowed) {
        const QString s = string(key, false, allowed.first());
        if (!allowed.contains(s)) {
            problem(key, QStringLiteral("\"%1\" is not one of: %2").arg(s, allowed.join(", ")));
            return allowed.first();
        }
        return s;
    }
    int integer(const QString &key, int fallback, int min, int max) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return fallback;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble()))) {
            problem(key, QStringLiteral("must be a whole number"));
            return fallback;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            problem(key, QStringLiteral("%1 is out of range (%2–%3)").arg(d).arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }
    // A secret given as itself or by the name of an environment variable holding it.
    QString secret(const QString &key, bool required) {
        const QString env = key + QStringLiteral("Env");
        if (o.contains(key) && o.contains(env)) {
            problem(key, QStringLiteral("give either \"%1\" or \"%2\", not both").arg(key, env));
            return {};
        }
        if (o.contains(env)) {
            const QString name = string(env, true);
            if (name.isEmpty()) return {};
            if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
                problem(env, QStringLiteral("environment variable %1 is not set (export it before the run)").arg(name));
                return {};
            }
            return qEnvironmentVariable(name.toLocal8Bit().constData());
        }
        if (required && !o.contains(key)) {
            problem(key, QStringLiteral("missing (give \"%1\" or \"%2\", the name of an environment variable holding it)").arg(key, env));
            return {};
        }
        return string(key, required);
    }
};

}  // namespace

static Options read(const QJsonObject &d, QStringList &problems) {
    Reader r(d);
    Options opt;
    for (auto it = d.begin(); it != d.end(); ++it) {
        static const QStringList known = {"engine", "endpoint", "region", "instance", "accessKeyId", "accessKeySecret",
                                          "accessKeySecretEnv", "stsToken", "stsTokenEnv", "writeMode", "batchMode",
                                          "queueSize", "threads", "concurrency", "buckets", "dirtyData", "tables"};
        if (!known.contains(it.key()))
            r.problem(it.key(), QStringLiteral("unknown key (expected one of: %1)").arg(known.join(", ")));
    }
    ClientConfig &c = opt.client;
    c.endpoint = r.string("endpoint", false).trimmed();
    if (!c.endpoint.isEmpty()) {
        const QUrl url(c.endpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "https" && url.scheme() != "http") || url.host().isEmpty())
            r.problem("endpoint", QStringLiteral("\"%1\" is not an http(s) URL (e.g. https://myinst.cn-hangzhou.ots.aliyuncs.com); "
                                                 "leave it out to use the instance's public endpoint").arg(c.endpoint));
        while (c.endpoint.endsWith('/')) c.endpoint.chop(1);
    }
    c.region = r.string("region", c.endpoint.isEmpty()).trimmed();
    static const QRegularExpression regionRe(QStringLiteral("^[a-z0-9-]+$"));
    if (!c.region.isEmpty() && !regionRe.match(c.region).hasMatch())
        r.problem("region", QStringLiteral("\"%1\" is not a region id such as cn-hangzhou").arg(c.region));
    c.instance = r.string("instance", true).trimmed();
    // Tablestore instance names: 3–16 characters, letters, digits and '-', starting with a letter.
    static const QRegularExpression instanceRe(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{1,14}[A-Za-z0-9]$"));
    if (!c.instance.isEmpty() && !instanceRe.match(c.instance).hasMatch())
        r.problem("instance", QStringLiteral("\"%1\" is not a Tablestore instance name (3–16 letters, digits or '-', starting "
                                             "with a letter, not ending with '-'): copy it from the Tablestore console").arg(c.instance));
    c.accessKeyId = r.string("accessKeyId", true).trimmed();
    c.accessKeySecret = r.secret("accessKeySecret", true);
    c.stsToken = r.secret("stsToken", false);

    WriterOptions &w = opt.writer;
    w.writeMode = r.oneOf("writeMode", {"overwrite", "update"}) == "update" ? WriteMode::Update : WriteMode::Overwrite;
    w.batchMode = r.oneOf("batchMode", {"batch-write-row", "bulk-import"}) == "bulk-import" ? BatchMode::BulkImport : BatchMode::BatchWriteRow;
    w.dirtyData = r.oneOf("dirtyData", {"block", "skip"}) == "skip" ? DirtyData::Skip : DirtyData::Block;
    opt.queueSize = r.integer("queueSize", 1024, 1, 1000000);
    w.threads = r.integer("threads", 4, 1, 64);
    w.concurrency = r.integer("concurrency", 8, 1, 64);
    w.buckets = r.integer("buckets", 8, 1, 64);
    if (w.buckets > w.concurrency)
        r.problem("buckets", QStringLiteral("%1 buckets exceed the concurrency %2 (rows of a bucket are written in order by one "
                                            "request at a time): lower buckets or raise concurrency").arg(w.buckets).arg(w.concurrency));

    const QJsonValue tv = d.value("tables");
    if (!tv.isUndefined() && !tv.isObject())
        r.problem("tables", QStringLiteral("must be an object {\"db.table\": {\"primaryKey\": […], \"types\": {…}}}"));
    const QJsonObject tables = tv.toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QString key = QStringLiteral("tables.\"%1\"").arg(it.key());
        const qsizetype dot = it.key().indexOf('.');
        if (dot <= 0 || dot == it.key().size() - 1) {
            r.problem(key, QStringLiteral("name the source table as \"database.table\""));
            continue;
        }
        if (!it->isObject()) {
            r.problem(key, QStringLiteral("must be an object with \"primaryKey\" and/or \"types\""));
            continue;
        }
        const QJsonObject t = it->toObject();
        TableOptions to;
        for (auto k = t.begin(); k != t.end(); ++k)
            if (k.key() != "primaryKey" && k.key() != "types")
                r.problem(key + "." + k.key(), QStringLiteral("unknown key (expected one of: primaryKey, types)"));
        if (t.contains("primaryKey")) {
            const QJsonArray pk = t.value("primaryKey").toArray();
            if (!t.value("primaryKey").isArray() || pk.isEmpty() || pk.size() > 4)
                r.problem(key + ".primaryKey", QStringLiteral("must list 1 to 4 column names (Tablestore keys have at most 4 columns)"));
            for (int i = 0; i < pk.size(); ++i) {
                const QString name = pk[i].toString();
                if (!pk[i].isString() || name.trimmed().isEmpty())
                    r.problem(key + QStringLiteral(".primaryKey[%1]").arg(i), QStringLiteral("must be a column name"));
                else if (to.primaryKey.contains(name, Qt::CaseInsensitive))
                    r.problem(key + QStringLiteral(".primaryKey[%1]").arg(i), QStringLiteral("column %1 is listed twice").arg(name));
                else
                    to.primaryKey << name;
            }
        }
        if (t.contains("types")) {
            if (!t.value("types").isObject())
                r.problem(key + ".types", QStringLiteral("must be an object {\"column\": \"INTEGER|DOUBLE|BOOLEAN|STRING|BINARY\"}"));
            const QJsonObject types = t.value("types").toObject();
            for (auto k = types.begin(); k != types.end(); ++k) {
                if (!k->isString() || !parseType(k->toString()))
                    r.problem(key + ".types." + k.key(), QStringLiteral("\"%1\" is not a Tablestore type: use INTEGER, DOUBLE, BOOLEAN, STRING or BINARY")
                                                             .arg(k->toVariant().toString()));
                else
                    to.types.insert(k.key(), k->toString());
            }
        }
        opt.tables.insert(it.key(), to);
    }
    problems = r.problems;
    return opt;
}

QStringList validateOptions(const QJsonObject &destination) {
    QStringList problems;
    read(destination, problems);
    return problems;
}

Options parseOptions(const QJsonObject &destination) {
    QStringList problems;
    Options o = read(destination, problems);
    if (!problems.isEmpty())
        throw Error(ErrorKind::Invalid, kPath,
                    QStringLiteral("invalid Tablestore destination (%1 problem%2):\n  %3")
                        .arg(problems.size()).arg(problems.size() == 1 ? "" : "s").arg(problems.join("\n  ")),
                    QStringLiteral("correct the values at the JSON paths above"));
    return o;
}

TableInfo plannedColumns(const TablePlan &t)
{
    TableInfo info = t.source;
    info.columns.clear();
    for (const ColumnPlan &c : t.columns) {
        if (c.target.compare(c.source.name, Qt::CaseInsensitive) != 0)
            throw Error(ErrorKind::Invalid, t.id() + '.' + c.source.name,
                        QStringLiteral("a Tablestore destination maps table names only; the column is mapped to \"%1\"").arg(c.target),
                        QStringLiteral("remove the column's \"target\" from the task (Tablestore column names are the source's, lowercased)"));
        info.columns << c.source;
    }
    return info;
}

TargetTable mapPlannedTable(const TablePlan &table, NameCase nameCase, const TableOptions &options)
{
    MappingOptions mo;
    mo.lowercase = nameCase == NameCase::Default || nameCase == NameCase::Lower;
    const QString name = nameCase == NameCase::Upper ? table.targetTable.toUpper() : table.targetTable;
    return mapTable(plannedColumns(table), name, options.primaryKey, options.types, mo);
}

}  // namespace dts::ots
