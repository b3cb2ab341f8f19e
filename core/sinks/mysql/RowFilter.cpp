#include "sinks/mysql/RowFilter.h"

#include "binlog/JsonColumn.h"
#include "common/Error.h"
#include "mysql/Connection.h"

namespace dts {

namespace {
constexpr int kRowsPerStatement = 500;
}

RowFilter::RowFilter(const Endpoint &source) : m_source(source) {}

RowFilter::~RowFilter() = default;

QString RowFilter::tempTable(const TableShape &shape)
{
    const QString key = shape.database + '.' + shape.table + '\x01' + shape.columns.join('\x01');
    if (auto it = m_temp.constFind(key); it != m_temp.constEnd())
        return *it;
    // The source's definition as of now gives the types; the columns are those of the image (a later
    // DDL may have changed the table: a column the filter needs and the table lacks fails below).
    const QString name = QStringLiteral("dts_filter_%1").arg(++m_next);
    const QString qualified = quoteIdent(shape.database, name);
    m_conn->exec(QStringLiteral("CREATE TEMPORARY TABLE %1 SELECT 0 AS dts_seq, t.* FROM %2 AS t LIMIT 0")
                     .arg(qualified, quoteIdent(shape.database, shape.table)));
    m_temp.insert(key, qualified);
    return qualified;
}

QList<bool> RowFilter::evaluate(const TableShape &shape, const QString &where, const QList<const Row *> &rows)
{
    const QString object = shape.database + '.' + shape.table;
    for (const Row *r : rows)
        for (int i = 0; i < r->size(); ++i)
            if ((*r)[i].isAbsent() || (*r)[i].kind == Value::JsonDiff)
                throw Error(ErrorKind::Permanent, object,
                            QStringLiteral("the WHERE filter cannot be evaluated: the binlog row image lacks column %1")
                                .arg(shape.columns.value(i)),
                            QStringLiteral("SET GLOBAL binlog_row_image = 'FULL' on the source (and in its configuration "
                                           "file), then run the task with --reset"));
    QList<bool> pass(rows.size(), false);
    if (rows.isEmpty())
        return pass;
    try {
        if (!m_conn) {
            m_conn = std::make_unique<Connection>(m_source, ConnectOptions{.role = QStringLiteral("source")});
            m_temp.clear();  // temporary tables die with their session
        }
        const QString table = tempTable(shape);
        QByteArray columns = "(dts_seq";
        for (const QString &c : shape.columns)
            columns += ',' + quoteIdent(c).toUtf8();
        columns += ')';
        for (qsizetype from = 0; from < rows.size(); from += kRowsPerStatement) {
            const qsizetype to = qMin(rows.size(), from + kRowsPerStatement);
            QByteArray sql = "INSERT INTO " + table.toUtf8() + ' ' + columns + " VALUES ";
            for (qsizetype i = from; i < to; ++i) {
                sql += i > from ? ",(" : "(";
                sql += QByteArray::number(i);
                for (const Value &v : *rows[i]) {
                    sql += ',';
                    v.appendSql(sql);
                }
                sql += ')';
            }
            m_conn->exec(sql);
            const ResultSet passed = m_conn->query(QStringLiteral("SELECT dts_seq FROM %1 WHERE dts_seq BETWEEN %2 AND %3 AND (%4)")
                                                       .arg(table)
                                                       .arg(from)
                                                       .arg(to - 1)
                                                       .arg(where)
                                                       .toUtf8());
            for (const auto &row : passed.rows)
                pass[row.value(0).toLongLong()] = true;
        }
        m_conn->exec("DELETE FROM " + table.toUtf8());
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Transient) {
            m_conn.reset();
            throw;
        }
        m_conn.reset();  // drops the temporary tables, whatever state they are in
        throw Error(ErrorKind::Permanent, object,
                    QStringLiteral("the WHERE filter (%1) could not be evaluated on a changed row: %2").arg(where, e.message()),
                    QStringLiteral("correct the filter of %1 in the task so that it runs on the table's current columns").arg(object),
                    e.code());
    }
    return pass;
}

}  // namespace dts
