#include "mysql/Catalog.h"

#include "common/Error.h"

#include <QRegularExpression>
#include <mysqld_error.h>

namespace dts {

namespace {

QString str(const SqlRow &r, int i) { return r.value(i).toString(); }

// Reads a backtick-quoted identifier starting at s[pos] == '`'; returns it unquoted and moves pos past it.
QString readQuoted(const QString &s, int &pos)
{
    QString out;
    ++pos;
    while (pos < s.size()) {
        if (s[pos] == '`') {
            if (pos + 1 < s.size() && s[pos + 1] == '`') {
                out += '`';
                pos += 2;
                continue;
            }
            ++pos;
            break;
        }
        out += s[pos++];
    }
    return out;
}

QString stripComma(QString line)
{
    if (line.endsWith(','))
        line.chop(1);
    return line;
}

}  // namespace

bool isSystemDatabase(const QString &db)
{
    static const QStringList sys = {"mysql", "information_schema", "performance_schema", "sys"};
    return sys.contains(db.toLower());
}

bool ColumnInfo::isInteger() const
{
    static const QStringList ints = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint"};
    return ints.contains(dataType);
}
bool ColumnInfo::isFloat() const { return dataType == QLatin1String("float"); }
bool ColumnInfo::isText() const { return !charset.isEmpty(); }
bool ColumnInfo::isJson() const { return dataType == QLatin1String("json"); }

QString TableInfo::qualified() const { return database + '.' + name; }

const ColumnInfo *TableInfo::column(const QString &n) const
{
    for (const ColumnInfo &c : columns)
        if (c.name.compare(n, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

const IndexInfo *TableInfo::primaryKey() const
{
    for (const IndexInfo &i : indexes)
        if (i.primary)
            return &i;
    return nullptr;
}

const IndexInfo *TableInfo::chunkKey() const
{
    if (const IndexInfo *pk = primaryKey())
        return pk;
    for (const IndexInfo &i : indexes) {
        if (!i.unique || i.type == QLatin1String("FULLTEXT") || i.type == QLatin1String("SPATIAL"))
            continue;
        bool ok = true;
        for (int k = 0; k < i.columns.size() && ok; ++k) {
            const ColumnInfo *c = column(i.columns[k]);
            ok = c && !c->nullable && i.subParts.value(k) == 0;
        }
        if (ok)
            return &i;
    }
    return nullptr;
}

QStringList Catalog::databases()
{
    QStringList out;
    for (const SqlRow &r : m_conn.query(QByteArrayLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1")).rows)
        if (!isSystemDatabase(str(r, 0)))
            out << str(r, 0);
    return out;
}

bool Catalog::databaseExists(const QString &db)
{
    if (const Preloaded *p = preloaded(db))
        return p->exists;
    return m_conn.scalar(QStringLiteral("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %1").arg(quoteString(db)))
        .has_value();
}

QString Catalog::databaseCollation(const QString &db)
{
    if (const Preloaded *p = preloaded(db))
        return p->collation;
    return QString::fromUtf8(m_conn.scalar(QStringLiteral("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                                                          "WHERE SCHEMA_NAME = %1")
                                               .arg(quoteString(db)))
                                 .value_or(QByteArray()));
}

QString Catalog::databaseCharset(const QString &db)
{
    if (const Preloaded *p = preloaded(db))
        return p->charset;
    return QString::fromUtf8(m_conn.scalar(QStringLiteral("SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA "
                                                          "WHERE SCHEMA_NAME = %1")
                                               .arg(quoteString(db)))
                                 .value_or(QByteArray()));
}

QStringList Catalog::baseTables(const QString &db)
{
    if (const Preloaded *p = preloaded(db))
        return p->tables.keys();  // QMap: sorted by name, as the query below
    QStringList out;
    const auto rs = m_conn.query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 "
                                                "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")
                                     .arg(quoteString(db)));
    for (const SqlRow &r : rs.rows)
        out << str(r, 0);
    return out;
}

bool Catalog::tableExists(const QString &db, const QString &name)
{
    if (const Preloaded *p = preloaded(db))
        return p->tables.contains(name);
    return m_conn.scalar(QStringLiteral("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2")
                             .arg(quoteString(db), quoteString(name)))
        .has_value();
}

TableInfo Catalog::table(const QString &db, const QString &name)
{
    if (auto t = findTable(db, name))
        return *t;
    throw Error(ErrorKind::Precheck, db + '.' + name + QStringLiteral(" (") + m_conn.label() + ')',
                QStringLiteral("table does not exist"),
                QStringLiteral("check the database and table names in the task (names are case-sensitive on this server "
                               "unless lower_case_table_names is set)"));
}

QList<TableInfo> Catalog::readTables(const QStringList &databases, const QString &table)
{
    // One query per kind for every table asked for; `p` is the table alias of the query ("" or "k.").
    auto where = [&](const QString &p) {
        QStringList dbs;
        for (const QString &db : databases)
            dbs << quoteString(db);
        QString w = QStringLiteral("%1TABLE_SCHEMA IN (%2)").arg(p, dbs.join(','));
        if (!table.isNull())
            w += QStringLiteral(" AND %1TABLE_NAME = %2").arg(p, quoteString(table));
        return w;
    };
    QList<TableInfo> out;
    QHash<QString, qsizetype> index;  // db + '\x01' + table → position in out
    auto find = [&](const SqlRow &r) -> TableInfo * {
        const auto it = index.constFind(str(r, 0) + QLatin1Char('\x01') + str(r, 1));
        return it == index.constEnd() ? nullptr : &out[*it];
    };
    const auto trs = m_conn.query(
        QStringLiteral("SELECT TABLE_SCHEMA, TABLE_NAME, ENGINE, TABLE_COLLATION, TABLE_COMMENT, ROW_FORMAT, TABLE_ROWS, "
                       "DATA_LENGTH, AVG_ROW_LENGTH, AUTO_INCREMENT, INDEX_LENGTH FROM information_schema.TABLES "
                       "WHERE %1 AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_SCHEMA, TABLE_NAME")
            .arg(where({})));
    for (const SqlRow &tr : trs.rows) {
        TableInfo t;
        t.database = str(tr, 0);
        t.name = str(tr, 1);
        t.engine = str(tr, 2);
        t.collation = str(tr, 3);
        t.comment = str(tr, 4);
        t.rowFormat = str(tr, 5);
        t.rowsEstimate = tr.value(6).toLongLong();
        t.dataLength = tr.value(7).toLongLong();
        t.avgRowLength = tr.value(8).toLongLong();
        t.autoIncrement = tr.value(9).toLongLong();
        t.indexLength = tr.value(10).toLongLong();
        index.insert(t.database + QLatin1Char('\x01') + t.name, out.size());
        out << t;
    }
    if (out.isEmpty())
        return out;

    const auto crs = m_conn.query(
        QStringLiteral("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE, "
                       "CHARACTER_SET_NAME, COLLATION_NAME, EXTRA FROM information_schema.COLUMNS WHERE %1 "
                       "ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION")
            .arg(where({})));
    for (const SqlRow &r : crs.rows) {
        TableInfo *t = find(r);
        if (!t)
            continue;  // a view's columns
        ColumnInfo c;
        c.name = str(r, 2);
        c.ordinal = r.value(3).toInt();
        c.columnType = str(r, 4);
        c.dataType = str(r, 5).toLower();
        c.nullable = str(r, 6) == QLatin1String("YES");
        c.charset = str(r, 7);
        c.collation = str(r, 8);
        const QString extra = str(r, 9).toUpper();
        c.generated = extra.contains(QLatin1String("VIRTUAL GENERATED")) || extra.contains(QLatin1String("STORED GENERATED")) ||
                      extra == QLatin1String("VIRTUAL") || extra == QLatin1String("PERSISTENT");
        c.invisible = extra.contains(QLatin1String("INVISIBLE"));
        c.autoIncrement = extra.contains(QLatin1String("AUTO_INCREMENT"));
        t->columns << c;
    }

    const auto irs = m_conn.query(
        QStringLiteral("SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE, "
                       "INDEX_COMMENT, COLLATION FROM information_schema.STATISTICS WHERE %1 "
                       "ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME = 'PRIMARY' DESC, INDEX_NAME, SEQ_IN_INDEX")
            .arg(where({})));
    for (const SqlRow &r : irs.rows) {
        TableInfo *t = find(r);
        if (!t)
            continue;
        const QString iname = str(r, 2);
        if (t->indexes.isEmpty() || t->indexes.last().name != iname) {
            IndexInfo i;
            i.name = iname;
            i.primary = iname == QLatin1String("PRIMARY");
            i.unique = r.value(3).toInt() == 0;
            i.type = str(r, 6).toUpper();
            i.comment = str(r, 7);
            t->indexes << i;
        }
        IndexInfo &i = t->indexes.last();
        i.columns << str(r, 4);
        i.subParts << r.value(5).toInt();
        i.descending << (str(r, 8) == QLatin1String("D"));
    }

    const auto frs = m_conn.query(
        QStringLiteral("SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
                       "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE "
                       "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                       "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                       "AND r.TABLE_NAME = k.TABLE_NAME "
                       "WHERE %1 AND k.REFERENCED_TABLE_NAME IS NOT NULL "
                       "ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")
            .arg(where(QStringLiteral("k."))));
    for (const SqlRow &r : frs.rows) {
        TableInfo *t = find(r);
        if (!t)
            continue;
        if (t->foreignKeys.isEmpty() || t->foreignKeys.last().name != str(r, 2)) {
            ForeignKeyInfo f;
            f.name = str(r, 2);
            f.refDatabase = str(r, 4);
            f.refTable = str(r, 5);
            f.onUpdate = str(r, 7);
            f.onDelete = str(r, 8);
            t->foreignKeys << f;
        }
        t->foreignKeys.last().columns << str(r, 3);
        t->foreignKeys.last().refColumns << str(r, 6);
    }
    return out;
}

void Catalog::preload(const QStringList &databases)
{
    QStringList quoted;
    for (const QString &db : databases) {
        quoted << quoteString(db);
        m_preloaded[db] = {};
    }
    if (databases.isEmpty())
        return;
    for (const SqlRow &r : m_conn.query(QStringLiteral("SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, "
                                                       "DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                                                       "WHERE SCHEMA_NAME IN (%1)")
                                            .arg(quoted.join(',')))
                                  .rows) {
        Preloaded &p = m_preloaded[str(r, 0)];
        p.exists = true;
        p.charset = str(r, 1);
        p.collation = str(r, 2);
    }
    for (TableInfo &t : readTables(databases))
        m_preloaded[t.database].tables.insert(t.name, std::move(t));
}

const Catalog::Preloaded *Catalog::preloaded(const QString &db) const
{
    const auto it = m_preloaded.constFind(db);
    return it == m_preloaded.constEnd() ? nullptr : &*it;
}

std::optional<TableInfo> Catalog::findTable(const QString &db, const QString &name)
{
    if (const Preloaded *p = preloaded(db)) {
        const auto it = p->tables.constFind(name);
        return it == p->tables.constEnd() ? std::nullopt : std::optional<TableInfo>(*it);
    }
    const QList<TableInfo> found = readTables({db}, name);
    if (found.isEmpty())
        return std::nullopt;
    TableInfo t = found.first();
    for (const TableInfo &f : found)  // a comparison that ignores case may have matched Tt and tt
        if (f.name == name)
            t = f;

    // Column definitions exactly as the server renders them (types, defaults, ON UPDATE, generation
    // expressions, comments), so we do not re-derive them per server flavour.
    ResultSet show;
    try {
        show = m_conn.query(QStringLiteral("SHOW CREATE TABLE %1").arg(quoteIdent(db, name)));
    } catch (const Error &e) {
        if (e.code() != ER_TABLEACCESS_DENIED_ERROR && e.code() != ER_COLUMNACCESS_DENIED_ERROR)
            throw;
        // "SHOW command denied": a grant on some columns only; the definition needs all of them.
        throw Error(ErrorKind::Precheck, db + '.' + name + QStringLiteral(" (") + m_conn.label() + ')',
                    QStringLiteral("the account may not read the table's definition (it has privileges on some columns only)"),
                    QStringLiteral("GRANT SELECT ON %1 TO %2@'%'").arg(quoteIdent(db, name), quoteString(m_conn.endpoint().user)),
                    e.code());
    }
    const QString create = show.rows.value(0).value(1).toString();
    const QStringList lines = create.split('\n');
    bool inBody = true;
    QStringList tail;
    for (int li = 1; li < lines.size(); ++li) {
        const QString &line = lines[li];
        if (inBody && line.startsWith(QLatin1String(")"))) {
            inBody = false;
            t.tableOptions = line.mid(1).trimmed();
            continue;
        }
        if (!inBody) {
            tail << line;
            continue;
        }
        if (line.startsWith(QLatin1String("  `"))) {
            int pos = 2;
            const QString cname = readQuoted(line, pos);
            for (ColumnInfo &c : t.columns)
                if (c.name == cname)
                    c.definition = stripComma(line.mid(pos).trimmed());
        } else if (line.startsWith(QLatin1String("  CONSTRAINT")) && line.contains(QLatin1String(" CHECK ")) &&
                   !line.contains(QLatin1String("FOREIGN KEY"))) {
            t.checks << stripComma(line.trimmed());
        }
    }
    t.partitioning = tail.join('\n').trimmed();
    return t;
}

QList<ObjectDefinition> Catalog::showCreateAll(const QString &listing, const QString &db, const QString &fixedKind,
                                               int createColumn, int sqlModeColumn)
{
    // `listing` yields the names (and, for routines, the kind); SHOW CREATE <kind> gives each definition.
    QList<ObjectDefinition> out;
    for (const SqlRow &r : m_conn.query(listing.arg(quoteString(db))).rows) {
        const QString kind = fixedKind.isEmpty() ? str(r, 1) : fixedKind;
        const auto show = m_conn.query(QStringLiteral("SHOW CREATE %1 %2").arg(kind, quoteIdent(db, str(r, 0))));
        const SqlRow &s = show.rows.value(0);
        // …, the CREATE statement, …, then character_set_client and collation_connection
        out << ObjectDefinition{kind, str(r, 0), str(s, createColumn),
                                sqlModeColumn < 0 ? QString() : str(s, sqlModeColumn), str(s, createColumn + 1),
                                str(s, createColumn + 2)};
    }
    return out;
}

QList<ObjectDefinition> Catalog::views(const QString &db)
{
    // View | Create View | character_set_client | collation_connection
    return showCreateAll(QStringLiteral("SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %1 "
                                        "ORDER BY TABLE_NAME"),
                         db, QStringLiteral("VIEW"), 1, -1);
}

QList<ObjectDefinition> Catalog::routines(const QString &db)
{
    // Procedure | sql_mode | Create Procedure | character_set_client | collation_connection | Database Collation
    return showCreateAll(QStringLiteral("SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES "
                                        "WHERE ROUTINE_SCHEMA = %1 AND ROUTINE_TYPE IN ('PROCEDURE','FUNCTION') "
                                        "ORDER BY ROUTINE_TYPE, ROUTINE_NAME"),
                         db, QString(), 2, 1);
}

QList<ObjectDefinition> Catalog::triggers(const QString &db)
{
    // Trigger | sql_mode | SQL Original Statement | character_set_client | collation_connection | …
    return showCreateAll(QStringLiteral("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %1 "
                                        "ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER"),
                         db, QStringLiteral("TRIGGER"), 2, 1);
}

QList<ObjectDefinition> Catalog::events(const QString &db)
{
    // Event | sql_mode | time_zone | Create Event | character_set_client | collation_connection | …
    return showCreateAll(QStringLiteral("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = %1 "
                                        "ORDER BY EVENT_NAME"),
                         db, QStringLiteral("EVENT"), 3, 1);
}

int Catalog::lowerCaseTableNames()
{
    if (!m_lctn)
        m_lctn = m_conn.scalar(QStringLiteral("SELECT @@lower_case_table_names")).value_or("0").toInt();
    return *m_lctn;
}

std::optional<QPair<QString, quint64>> binlogStatus(Connection &source)
{
    ResultSet rs;
    try {
        rs = source.query(QByteArrayLiteral("SHOW MASTER STATUS"));
    } catch (const Error &e) {
        if (e.code() != ER_PARSE_ERROR)
            throw;
        rs = source.query(QByteArrayLiteral("SHOW BINARY LOG STATUS"));  // MySQL 8.4
    }
    if (rs.rows.isEmpty())
        return std::nullopt;
    return qMakePair(rs.rows[0].value(0).toString(), rs.rows[0].value(1).toULongLong());
}

}  // namespace dts
