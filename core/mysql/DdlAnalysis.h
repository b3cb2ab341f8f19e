#pragma once
// What a replicated DDL statement names: a small tokenizer over MySQL's syntax, enough to find the
// table names of the statements we replicate. Every destination uses it: MySQL renames them, Tablestore
// learns new or altered tables, the record formats route a DDL with its table's rows.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace dts {

// Which table names a DDL statement touches ("db.table", with its default database applied), and the
// statement with them replaced by `rename(db, table)` (quoted db.table). Kind is the leading keywords,
// e.g. "ALTER TABLE", "CREATE TABLE", "RENAME TABLE"; empty when it is not one we replicate.
struct DdlInfo {
    QString kind;
    QList<QPair<QString, QString>> tables;  // (db, table) in the order they appear
    QByteArray rewritten;
};

DdlInfo analyzeDdl(const QByteArray &sql, const QString &defaultDb,
                   const std::function<QPair<QString, QString>(const QString &, const QString &)> &rename);

}  // namespace dts
