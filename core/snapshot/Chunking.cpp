#include "snapshot/Chunking.h"

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dts {

namespace {

const QStringList kNumeric = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint",
                              "decimal", "numeric", "float", "double", "real", "year"};
const QStringList kTemporal = {"date", "datetime", "timestamp", "time"};
const QStringList kSplittable = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint", "decimal", "numeric",
                                 "year", "date", "datetime", "timestamp", "time", "char", "varchar", "binary",
                                 "varbinary"};

QStringList quotedKey(const TablePlan &t)
{
    QStringList out;
    for (const QString &k : t.keyColumns)
        out << quoteIdent(k);
    return out;
}

QString toJsonArray(const QStringList &literals)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(literals)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

}  // namespace

QString keyLiteral(const ColumnInfo &c, const char *data, unsigned long length)
{
    if (!data)
        return QStringLiteral("NULL");
    const QByteArray bytes = QByteArray::fromRawData(data, int(length));
    if (kNumeric.contains(c.dataType))
        return QString::fromLatin1(bytes);
    if (kTemporal.contains(c.dataType))
        return '\'' + QString::fromLatin1(bytes) + '\'';
    if (c.isText())
        return QStringLiteral("_%1 X'%2'").arg(c.charset, QString::fromLatin1(bytes.toHex()));
    return QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

QString keyAfter(const QStringList &k, const QStringList &v)
{
    // k1 > v1 OR (k1 = v1 AND (k2 > v2 OR (k2 = v2 AND …)))
    QString expr = QStringLiteral("%1 > %2").arg(k.last(), v.last());
    for (int i = k.size() - 2; i >= 0; --i)
        expr = QStringLiteral("(%1 > %2 OR (%1 = %2 AND %3))").arg(k[i], v[i], expr);
    return expr;
}

QString keyAtMost(const QStringList &k, const QStringList &v)
{
    QString expr = QStringLiteral("%1 <= %2").arg(k.last(), v.last());
    for (int i = k.size() - 2; i >= 0; --i)
        expr = QStringLiteral("(%1 < %2 OR (%1 = %2 AND %3))").arg(k[i], v[i], expr);
    return expr;
}

QString selectExpression(const ColumnInfo &c)
{
    if (c.isFloat())
        return QStringLiteral("(%1 * 1e0)").arg(quoteIdent(c.name));
    return quoteIdent(c.name);
}

QString chunkRangeCondition(const TablePlan &t, const ChunkRecord &chunk)
{
    QStringList conds;
    const QStringList k = quotedKey(t);
    if (!k.isEmpty()) {
        if (!chunk.lower.isEmpty())
            conds << keyAfter(k, fromJsonArray(chunk.lower));
        if (!chunk.upper.isEmpty())
            conds << keyAtMost(k, fromJsonArray(chunk.upper));
    }
    return conds.join(QStringLiteral(" AND "));
}

QString chunkSelectSql(const TablePlan &t, const ChunkRecord &chunk)
{
    QStringList cols;
    for (const ColumnPlan &c : t.columns)
        cols << selectExpression(c.source);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(','), quoteIdent(t.source.database, t.source.name));
    QStringList conds;
    const QString range = chunkRangeCondition(t, chunk);
    if (!range.isEmpty())
        conds << range;
    if (!t.where.isEmpty())
        conds << '(' + t.where + ')';
    if (!conds.isEmpty())
        sql += QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
    return sql;
}

bool isSplittableKey(const TablePlan &t)
{
    if (t.keyColumns.isEmpty())
        return false;
    for (const QString &k : t.keyColumns) {
        const ColumnInfo *c = t.source.column(k);
        if (!c || !kSplittable.contains(c->dataType))
            return false;
    }
    return true;
}

qint64 ChunkPlanner::chunkRows(const TablePlan &t) const
{
    // Right after a bulk load the server may report no average yet: derive it, or assume wide rows.
    qint64 avg = t.source.avgRowLength;
    if (avg <= 0)
        avg = t.source.rowsEstimate > 0 ? t.source.dataLength / t.source.rowsEstimate : 1024;
    avg = std::max<qint64>(avg, 64);
    return std::clamp<qint64>(m_target / avg, 1000, 500000);
}

QList<ChunkRecord> ChunkPlanner::plan(const TablePlan &t)
{
    // The estimate only decides how many chunks there are, never which rows are read. Statistics can
    // say 0 for a table just loaded: then ask the optimizer, whose estimate comes from the index.
    qint64 rows = std::max(t.source.rowsEstimate, qint64(0));
    if (rows == 0) {
        const ResultSet ex = m_conn.query(QStringLiteral("EXPLAIN SELECT * FROM %1").arg(quoteIdent(t.source.database, t.source.name)));
        const int col = int(ex.columns.indexOf("rows"));
        if (col >= 0 && !ex.rows.isEmpty())
            rows = ex.rows[0].value(col).toLongLong();
    }
    const qint64 perChunk = chunkRows(t);
    QList<ChunkRecord> chunks;
    if (isSplittableKey(t) && rows > perChunk * 3 / 2) {
        const ColumnInfo *c = t.source.column(t.keyColumns.first());
        chunks = (t.keyColumns.size() == 1 && c->isInteger()) ? planIntegerRange(t, rows) : planByWalking(t);
    }
    if (chunks.isEmpty())
        chunks << ChunkRecord{t.id(), 0, {}, {}, false, 0, 0};
    for (int i = 0; i < chunks.size(); ++i) {
        chunks[i].number = i;
        chunks[i].tableId = t.id();
    }
    return chunks;
}

QList<ChunkRecord> ChunkPlanner::planIntegerRange(const TablePlan &t, qint64 rows)
{
    const QString k = quoteIdent(t.keyColumns.first());
    const auto rs = m_conn.query(QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2").arg(k, quoteIdent(t.source.database, t.source.name)));
    if (rs.rows.isEmpty() || rs.rows[0][0].isNull())
        return {};
    // Integer keys may be unsigned 64-bit: compute in 128 bits.
    const bool isUnsigned = t.source.column(t.keyColumns.first())->columnType.contains(QLatin1String("unsigned"));
    __int128 lo = isUnsigned ? __int128(rs.rows[0][0].toByteArray().toULongLong()) : rs.rows[0][0].toByteArray().toLongLong();
    __int128 hi = isUnsigned ? __int128(rs.rows[0][1].toByteArray().toULongLong()) : rs.rows[0][1].toByteArray().toLongLong();
    const __int128 span = hi - lo + 1;
    // Equal slices of the key space only work for keys spread fairly evenly; a few outliers (say the
    // extremes of BIGINT) would put every row in one slice. Walk the index instead.
    if (span > __int128(rows) * 4)
        return planByWalking(t);
    qint64 n = (rows + chunkRows(t) - 1) / chunkRows(t);
    if (__int128(n) > span)
        n = qint64(span);
    if (n <= 1)
        return {};
    auto text = [](__int128 v) {
        const bool neg = v < 0;
        unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
        QString s;
        do {
            s.prepend(QChar('0' + int(u % 10)));
            u /= 10;
        } while (u);
        return neg ? '-' + s : s;
    };
    QList<ChunkRecord> out;
    QString prev;
    for (qint64 i = 1; i < n; ++i) {
        const __int128 bound = lo + span * i / n - 1;
        const QString b = toJsonArray({text(bound)});
        out << ChunkRecord{t.id(), 0, prev, b, false, 0, 0};
        prev = b;
    }
    out << ChunkRecord{t.id(), 0, prev, {}, false, 0, 0};
    return out;
}

QList<ChunkRecord> ChunkPlanner::planByWalking(const TablePlan &t)
{
    const QStringList k = quotedKey(t);
    QList<const ColumnInfo *> cols;
    for (const QString &name : t.keyColumns)
        cols << t.source.column(name);
    const QString table = quoteIdent(t.source.database, t.source.name);
    const qint64 step = chunkRows(t);
    QList<ChunkRecord> out;
    QString prev;
    QStringList prevLiterals;
    for (;;) {
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(k.join(','), table);
        if (!prevLiterals.isEmpty())
            sql += QStringLiteral(" WHERE ") + keyAfter(k, prevLiterals);
        sql += QStringLiteral(" ORDER BY %1 LIMIT 1 OFFSET %2").arg(k.join(',')).arg(step - 1);
        RowStream s(m_conn, sql.toUtf8(), t.source.qualified());
        if (!s.next())
            break;
        QStringList literals;
        for (int i = 0; i < cols.size(); ++i)
            literals << keyLiteral(*cols[i], s.data(i), s.length(i));
        while (s.next()) {}
        const QString b = toJsonArray(literals);
        out << ChunkRecord{t.id(), 0, prev, b, false, 0, 0};
        prev = b;
        prevLiterals = literals;
    }
    out << ChunkRecord{t.id(), 0, prev, {}, false, 0, 0};
    return out;
}

}  // namespace dts
