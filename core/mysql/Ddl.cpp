#include "mysql/Ddl.h"

#include <QRegularExpression>

namespace dts {

QString createDatabaseSql(const QString &db, const QString &charset, const QString &collation)
{
    QString sql = QStringLiteral("CREATE DATABASE IF NOT EXISTS %1").arg(quoteIdent(db));
    if (!charset.isEmpty())
        sql += QStringLiteral(" DEFAULT CHARACTER SET %1").arg(charset);
    if (!collation.isEmpty())
        sql += QStringLiteral(" DEFAULT COLLATE %1").arg(collation);
    return sql;
}

namespace {

QString mappedColumn(const TablePlan &t, const QString &source, bool *found)
{
    for (const ColumnPlan &c : t.columns)
        if (c.source.name.compare(source, Qt::CaseInsensitive) == 0) {
            *found = true;
            return c.target;
        }
    *found = false;
    return source;
}

// Replaces `old` by `new` for renamed columns inside a definition (generation expressions, CHECKs).
QString renameReferences(QString text, const TablePlan &t)
{
    for (const ColumnPlan &c : t.columns)
        if (c.target != c.source.name)
            text.replace(quoteIdent(c.source.name), quoteIdent(c.target));
    return text;
}

}  // namespace

QString createTableSql(const TablePlan &t, const TaskPlan &plan, QStringList *warnings, bool innodbOnly)
{
    const TableInfo &s = t.source;
    QStringList parts;
    for (const ColumnInfo &c : s.columns) {
        bool copied = false;
        const QString target = mappedColumn(t, c.name, &copied);
        if (!copied && !c.generated)
            continue;  // not selected
        // Generated columns are created (the destination computes them) but never written; one that
        // depends on a dropped column fails on the server with the column named.
        const QString name = copied ? target : plan.names.column(s.database, s.name, c.name);
        parts << quoteIdent(name) + ' ' + renameReferences(c.definition, t);
    }

    for (const IndexInfo &idx : s.indexes) {
        QStringList cols;
        bool ok = true;
        for (int i = 0; i < idx.columns.size(); ++i) {
            bool found = false;
            QString name = mappedColumn(t, idx.columns[i], &found);
            if (!found) {
                // An index over a generated column is fine: that column is created too.
                const ColumnInfo *ci = s.column(idx.columns[i]);
                if (ci && ci->generated) {
                    name = plan.names.column(s.database, s.name, ci->name);
                    found = true;
                }
            }
            if (!found || idx.columns[i].isEmpty()) {
                ok = false;
                break;
            }
            QString col = quoteIdent(name);
            if (idx.subParts.value(i) > 0)
                col += QStringLiteral("(%1)").arg(idx.subParts[i]);
            if (idx.descending.value(i))
                col += QStringLiteral(" DESC");
            cols << col;
        }
        if (!ok) {
            if (warnings)
                *warnings << QStringLiteral("%1: index %2 is not created, it uses a column that is not copied")
                                 .arg(s.qualified(), idx.name);
            continue;
        }
        QString def;
        if (idx.primary)
            def = QStringLiteral("PRIMARY KEY");
        else if (idx.type == QLatin1String("FULLTEXT"))
            def = QStringLiteral("FULLTEXT KEY ") + quoteIdent(idx.name);
        else if (idx.type == QLatin1String("SPATIAL"))
            def = QStringLiteral("SPATIAL KEY ") + quoteIdent(idx.name);
        else
            def = (idx.unique ? QStringLiteral("UNIQUE KEY ") : QStringLiteral("KEY ")) + quoteIdent(idx.name);
        def += QStringLiteral(" (") + cols.join(',') + ')';
        if (idx.type == QLatin1String("HASH"))
            def += QStringLiteral(" USING HASH");
        if (!idx.comment.isEmpty())
            def += QStringLiteral(" COMMENT ") + quoteString(idx.comment);
        parts << def;
    }

    for (const ForeignKeyInfo &fk : s.foreignKeys) {
        QStringList cols, refCols;
        bool ok = true;
        for (const QString &c : fk.columns) {
            bool found = false;
            cols << quoteIdent(mappedColumn(t, c, &found));
            ok = ok && found;
        }
        const TablePlan *ref = plan.findTable(fk.refDatabase, fk.refTable);
        for (const QString &c : fk.refColumns) {
            bool found = true;
            refCols << quoteIdent(ref ? mappedColumn(*ref, c, &found)
                                      : plan.names.column(fk.refDatabase, fk.refTable, c));
            ok = ok && found;
        }
        if (!ok) {
            if (warnings)
                *warnings << QStringLiteral("%1: foreign key %2 is not created, it uses a column that is not copied")
                                 .arg(s.qualified(), fk.name);
            continue;
        }
        if (!ref && warnings)
            *warnings << QStringLiteral("%1: foreign key %2 refers to %3.%4, which is not part of this task")
                             .arg(s.qualified(), fk.name, fk.refDatabase, fk.refTable);
        const QString refDb = ref ? ref->targetDatabase : plan.names.database(fk.refDatabase);
        const QString refTable = ref ? ref->targetTable : plan.names.table(fk.refDatabase, fk.refTable);
        QString def = QStringLiteral("CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3 (%4)")
                          .arg(quoteIdent(fk.name), cols.join(','), quoteIdent(refDb, refTable), refCols.join(','));
        if (!fk.onDelete.isEmpty() && fk.onDelete != QLatin1String("RESTRICT"))
            def += QStringLiteral(" ON DELETE ") + fk.onDelete;
        if (!fk.onUpdate.isEmpty() && fk.onUpdate != QLatin1String("RESTRICT"))
            def += QStringLiteral(" ON UPDATE ") + fk.onUpdate;
        parts << def;
    }

    // CHECK constraints and partitioning are copied as written; with renamed columns they may not apply.
    for (const QString &chk : s.checks)
        parts << renameReferences(chk, t);

    QString options = s.tableOptions;
    if (innodbOnly && s.engine.compare(QLatin1String("InnoDB"), Qt::CaseInsensitive) != 0) {
        static const QRegularExpression engine(QStringLiteral(R"(ENGINE=\w+)"));
        options.replace(engine, QStringLiteral("ENGINE=InnoDB"));
        if (warnings)
            *warnings << QStringLiteral("%1 is %2 on the source; created as InnoDB, the only engine the destination keeps")
                             .arg(s.qualified(), s.engine);
    }
    QString sql = QStringLiteral("CREATE TABLE %1 (\n  %2\n) %3")
                      .arg(quoteIdent(t.targetDatabase, t.targetTable), parts.join(QStringLiteral(",\n  ")), options);
    if (!s.partitioning.isEmpty())
        sql += '\n' + renameReferences(s.partitioning, t);
    return sql;
}

QString rewriteObjectDefinition(const ObjectDefinition &o, const QString &sourceDb, const QString &targetDb)
{
    QString sql = o.create;
    // DEFINER=`user`@`host` (backticks doubled inside) or DEFINER=CURRENT_USER
    static const QRegularExpression definer(QStringLiteral(R"(DEFINER\s*=\s*(`(?:[^`]|``)*`|'[^']*'|\w+)@(`(?:[^`]|``)*`|'[^']*'|[\w.%-]+)\s*)"));
    static const QRegularExpression definerCurrent(QStringLiteral(R"(DEFINER\s*=\s*CURRENT_USER(\(\))?\s*)"));
    sql.replace(definer, QString());
    sql.replace(definerCurrent, QString());
    sql.replace(QRegularExpression(QStringLiteral(R"(SQL SECURITY DEFINER)")), QStringLiteral("SQL SECURITY INVOKER"));
    if (sourceDb != targetDb)
        sql.replace(quoteIdent(sourceDb) + '.', quoteIdent(targetDb) + '.');
    return sql;
}

}  // namespace dts
