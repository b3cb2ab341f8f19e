#include "sinks/mysql/MySqlSink.h"

#include "common/Error.h"
#include "snapshot/Chunking.h"

#include <QRegularExpression>
#include <mysql.h>
#include <mysqld_error.h>

namespace dts {

namespace {

const QStringList kNumberTypes = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint",
                                  "decimal", "numeric", "float", "double", "real", "year"};

// LOAD DATA field escaping (FIELDS ESCAPED BY '\\'): the server turns these back into the bytes.
inline void appendLoadDataField(QByteArray &out, const char *p, unsigned long n)
{
    const char *end = p + n;
    const char *run = p;
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '\\' || c == '\t' || c == '\n' || c == '\0') {
            out.append(run, p - run);
            out.append('\\');
            out.append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\0' ? '0' : '\\');
            run = p + 1;
        }
    }
    out.append(run, end - run);
}

// '…' string literal escaping for the INSERT path.
inline void appendQuoted(QByteArray &out, const char *p, unsigned long n)
{
    out.append('\'');
    const char *end = p + n;
    const char *run = p;
    for (; p < end; ++p) {
        const char c = *p;
        const char *esc = nullptr;
        switch (c) {
        case '\0': esc = "\\0"; break;
        case '\'': esc = "\\'"; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\x1a': esc = "\\Z"; break;
        default: continue;
        }
        out.append(run, p - run);
        out.append(esc, 2);
        run = p + 1;
    }
    out.append(run, end - run);
    out.append('\'');
}

struct InfileSource {
    const QByteArray *data = nullptr;
    qint64 offset = 0;
};

const QByteArray kEmpty;
InfileSource kNoData{&kEmpty, 0};  // between statements: an empty file

int infileInit(void **ptr, const char *, void *userdata)
{
    *ptr = userdata;
    return 0;
}
int infileRead(void *ptr, char *buf, unsigned int len)
{
    auto *s = static_cast<InfileSource *>(ptr);
    const qint64 n = std::min<qint64>(len, s->data->size() - s->offset);
    if (n > 0) {  // the shared empty source is never written
        memcpy(buf, s->data->constData() + s->offset, size_t(n));
        s->offset += n;
    }
    return int(n);
}
void infileEnd(void *) {}
int infileError(void *, char *msg, unsigned int len)
{
    qstrncpy(msg, "dts-studio: local data stream failed", len);
    return 2000;
}

bool isJsonOnMySql(const ColumnInfo &c, const MySqlSinkOptions &o) { return c.isJson() && !o.destinationIsMariaDb; }

}  // namespace

QByteArray batchStatementHead(const TablePlan &t, const MySqlSinkOptions &o)
{
    const QString table = quoteIdent(t.targetDatabase, t.targetTable);
    QStringList cols, sets;
    for (int i = 0; i < t.columns.size(); ++i) {
        const ColumnPlan &c = t.columns[i];
        if (o.loadData && isJsonOnMySql(c.source, o)) {
            // MySQL refuses JSON from a binary string: go through a variable and convert.
            cols << QStringLiteral("@v%1").arg(i);
            sets << QStringLiteral("%1 = CONVERT(@v%2 USING utf8mb4)").arg(quoteIdent(c.target)).arg(i);
        } else {
            cols << quoteIdent(c.target);
        }
    }
    const bool ignore = o.conflict == ConflictMode::Ignore;
    QString sql;
    if (o.loadData) {
        sql = QStringLiteral("LOAD DATA LOCAL INFILE 'dts-studio-batch' %1INTO TABLE %2 CHARACTER SET binary "
                             "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (%3)")
                  .arg(ignore ? QStringLiteral("IGNORE ") : QString(), table, cols.join(','));
        if (!sets.isEmpty())
            sql += QStringLiteral(" SET ") + sets.join(',');
    } else {
        sql = QStringLiteral("INSERT %1INTO %2 (%3) VALUES ")
                  .arg(ignore ? QStringLiteral("IGNORE ") : QString(), table, cols.join(','));
    }
    return sql.toUtf8();
}

MySqlBatchEncoder::MySqlBatchEncoder(const TablePlan &table, const MySqlSinkOptions &options)
    : m_table(table), m_options(options)
{
    for (const ColumnPlan &c : table.columns)
        m_kinds << (isJsonOnMySql(c.source, options) ? Kind::Json
                    : kNumberTypes.contains(c.source.dataType) ? Kind::Number
                                                               : Kind::Bytes);
    for (const QString &k : table.keyColumns)
        for (int i = 0; i < table.columns.size(); ++i)
            if (table.columns[i].source.name == k)
                m_keyIndexes << i;
    // An INSERT statement travels in one packet; LOAD DATA streams its file, so only the target applies.
    m_limit = options.batchBytes;
    if (!options.loadData)
        m_limit = std::min(m_limit, options.maxAllowedPacket - batchStatementHead(table, options).size() - 4096);
    m_buf.reserve(int(std::min<qint64>(m_limit, options.batchBytes) + (64 << 10)));
}

void MySqlBatchEncoder::addRow(const RowStream &row)
{
    const qsizetype before = m_buf.size();
    const int n = row.columnCount();
    qint64 raw = 0;
    if (m_options.loadData) {
        for (int i = 0; i < n; ++i) {
            if (i)
                m_buf.append('\t');
            if (row.isNull(i)) {
                m_buf.append("\\N", 2);
            } else {
                appendLoadDataField(m_buf, row.data(i), row.length(i));
                raw += row.length(i);
            }
        }
        m_buf.append('\n');
    } else {
        if (m_rows)
            m_buf.append(',');
        m_buf.append('(');
        for (int i = 0; i < n; ++i) {
            if (i)
                m_buf.append(',');
            if (row.isNull(i)) {
                m_buf.append("NULL", 4);
                continue;
            }
            raw += row.length(i);
            switch (m_kinds[i]) {
            case Kind::Number: m_buf.append(row.data(i), qsizetype(row.length(i))); break;
            case Kind::Bytes:
                m_buf.append("_binary", 7);
                appendQuoted(m_buf, row.data(i), row.length(i));
                break;
            case Kind::Json:
                m_buf.append("CONVERT(_binary", 15);
                appendQuoted(m_buf, row.data(i), row.length(i));
                m_buf.append(" USING utf8mb4)", 15);
                break;
            }
        }
        m_buf.append(')');
    }
    const qint64 size = m_buf.size() - before;
    // A statement carries at least one whole row; a row bigger than the server's packet can never pass.
    if (size + 4096 > m_options.maxAllowedPacket)
        rowTooLarge(row, size);
    if (m_rows > 0 && m_buf.size() > m_limit && !m_options.loadData) {
        // This row would push the statement past the packet: the batch ends before it.
        close(before, m_rows, m_sourceBytes);
        m_buf.remove(0, 1);  // the separating comma
        m_rows = 1;
        m_sourceBytes = raw;
        return;
    }
    ++m_rows;
    m_sourceBytes += raw;
    if (m_buf.size() >= m_limit) {
        close(m_buf.size(), m_rows, m_sourceBytes);
        m_rows = 0;
        m_sourceBytes = 0;
    }
}

void MySqlBatchEncoder::close(qsizetype upTo, qint64 rows, qint64 sourceBytes)
{
    Q_ASSERT(!m_ready);
    if (upTo == m_buf.size()) {  // the usual case: hand the buffer over instead of copying a megabyte
        m_ready = Batch{std::exchange(m_buf, QByteArray()), rows, sourceBytes};
        m_buf.reserve(int(m_limit + (64 << 10)));
        return;
    }
    m_ready = Batch{m_buf.left(upTo), rows, sourceBytes};
    m_buf.remove(0, upTo);
}

std::optional<Batch> MySqlBatchEncoder::takeReady()
{
    std::optional<Batch> b;
    b.swap(m_ready);
    return b;
}

std::optional<Batch> MySqlBatchEncoder::finish()
{
    if (m_rows == 0)
        return std::nullopt;
    Batch b{m_buf, m_rows, m_sourceBytes};
    m_buf.clear();
    m_rows = 0;
    m_sourceBytes = 0;
    return b;
}

void MySqlBatchEncoder::rowTooLarge(const RowStream &row, qint64 size) const
{
    QStringList key;
    for (int i : m_keyIndexes)
        key << m_table.columns[i].source.name + '=' +
                   (row.isNull(i) ? QStringLiteral("NULL")
                                  : QString::fromUtf8(QByteArray(row.data(i), int(std::min<unsigned long>(row.length(i), 64)))));
    throw Error(ErrorKind::Permanent, m_table.source.qualified(),
                QStringLiteral("a row (%1) is %2 bytes, more than the destination's max_allowed_packet (%3 bytes)")
                    .arg(key.isEmpty() ? QStringLiteral("table has no key") : key.join(", "))
                    .arg(size)
                    .arg(m_options.maxAllowedPacket),
                QStringLiteral("raise max_allowed_packet on the destination (SET GLOBAL max_allowed_packet = 1073741824) "
                               "and run the task again; finished chunks are kept"));
}

MySqlChunkWriter::MySqlChunkWriter(const MySqlSinkOptions &options) : m_options(options)
{
    ConnectOptions co;
    co.role = QStringLiteral("destination");
    co.localInfile = options.loadData;
    co.readTimeoutSec = 3600;
    m_conn = std::make_unique<Connection>(options.endpoint, co);
    if (options.loadData)
        mysql_set_local_infile_handler(m_conn->handle(), infileInit, infileRead, infileEnd, infileError, &kNoData);
    // Every warning of a statement must be readable (see checkWarnings).
    m_conn->exec(QByteArrayLiteral("SET SESSION max_error_count = 65535"));
}

MySqlChunkWriter::~MySqlChunkWriter()
{
    if (m_inTransaction) {
        try {
            rollback();
        } catch (...) {
        }
    }
}

void MySqlChunkWriter::begin(const TablePlan &table, const ChunkRecord &chunk)
{
    m_table = &table;
    m_chunk = chunk;
    m_statementHead = batchStatementHead(table, m_options);
    m_conn->exec(QByteArrayLiteral("START TRANSACTION"));
    m_inTransaction = true;
    // A non-transactional destination table keeps what a killed run wrote: clear the chunk's range
    // first. Only in "error" mode, where the table held none of the user's rows when the task began.
    if (m_options.nonTransactionalTargets.contains(table.targetQualified()) && m_options.conflict == ConflictMode::Error) {
        TablePlan mapped = table;
        for (QString &k : mapped.keyColumns)
            for (const ColumnPlan &c : table.columns)
                if (c.source.name == k)
                    k = c.target;
        const QString cond = chunkRangeCondition(mapped, chunk);
        m_conn->exec(QStringLiteral("DELETE FROM %1%2")
                         .arg(quoteIdent(table.targetDatabase, table.targetTable),
                              cond.isEmpty() ? QString() : QStringLiteral(" WHERE ") + cond));
    }
}

void MySqlChunkWriter::write(const Batch &batch)
{
    if (batch.rows == 0)
        return;
    const QString object = m_table->targetQualified() + QStringLiteral(" (chunk %1)").arg(m_chunk.number);
    if (m_options.loadData) {
        InfileSource src{&batch.payload, 0};
        mysql_set_local_infile_handler(m_conn->handle(), infileInit, infileRead, infileEnd, infileError, &src);
        const int rc = mysql_real_query(m_conn->handle(), m_statementHead.constData(), m_statementHead.size());
        // Only our own statements may read a "local file", and only while their data is alive.
        mysql_set_local_infile_handler(m_conn->handle(), infileInit, infileRead, infileEnd, infileError, &kNoData);
        if (rc != 0)
            throw m_conn->lastError(object, m_statementHead);
    } else {
        QByteArray sql;
        sql.reserve(m_statementHead.size() + batch.payload.size());
        sql += m_statementHead;
        sql += batch.payload;
        if (mysql_real_query(m_conn->handle(), sql.constData(), sql.size()) != 0) {
            const Error e = m_conn->lastError(object, m_statementHead);
            if (e.kind() != ErrorKind::Permanent || !e.fix().isEmpty())
                throw e;
            // A value the destination column refuses (too long, out of range, wrong type).
            throw Error(e.kind(), e.object(), e.message(),
                        QStringLiteral("compare the destination table's columns with the source's: one is narrower or of "
                                       "another type; finished chunks are kept"),
                        e.code());
        }
    }
    checkWarnings(batch.rows);
}

void MySqlChunkWriter::checkWarnings(qint64 sent)
{
    const qint64 affected = qint64(m_conn->affectedRows());
    const qint64 warnings = m_conn->warningCount();
    const bool ignore = m_options.conflict == ConflictMode::Ignore;
    if (warnings == 0 && affected == sent)
        return;
    // LOAD DATA LOCAL turns data errors into warnings. Every warning is read (the session keeps up to
    // max_error_count of them, set high at connect): only a kept duplicate in "ignore" mode, one per row
    // not written, or the destination computing a generated column may pass. Anything else means a
    // value did not arrive as it was, so the chunk must not count as done.
    const ResultSet rs = m_conn->query(QByteArrayLiteral("SHOW WARNINGS"));
    QStringList problems;
    qint64 duplicates = 0;
    static const QRegularExpression forColumn(QStringLiteral("for column '([^']+)'"));
    for (const SqlRow &r : rs.rows) {
        const int code = r.value(1).toInt();
        const QString text = r.value(2).toString();
        if (ignore && code == ER_DUP_ENTRY) {
            ++duplicates;
            continue;
        }
        if (const auto m = forColumn.match(text); m.hasMatch()) {
            const ColumnInfo *c = m_table->source.column(m.captured(1));
            if (c && c->generated)
                continue;
        }
        if (problems.size() < 5)
            problems << QStringLiteral("%1 (%2)").arg(text).arg(code);
        else if (problems.size() == 5)
            problems << QStringLiteral("…");
    }
    if (qint64(rs.rows.size()) < warnings)
        problems << QStringLiteral("%1 warnings, of which the server kept only %2").arg(warnings).arg(rs.rows.size());
    if (affected != sent && (!ignore || duplicates != sent - affected))
        problems << QStringLiteral("%1 of %2 rows were not written").arg(sent - affected).arg(sent);
    if (problems.isEmpty())
        return;
    throw Error(ErrorKind::Permanent, m_table->targetQualified() + QStringLiteral(" (chunk %1)").arg(m_chunk.number),
                QStringLiteral("the destination did not take the rows as they are: %1").arg(problems.join("; ")),
                QStringLiteral("compare the destination table's columns with the source's (type, length, NOT NULL); "
                               "finished chunks are kept"));
}

void MySqlChunkWriter::commit(qint64 rows)
{
    m_conn->exec(QStringLiteral("INSERT INTO %1.full_chunks (run_id, table_id, chunk_no, row_count) VALUES (%2, %3, %4, %5)")
                     .arg(quoteIdent(kMetaDatabase), quoteString(m_options.runId), quoteString(m_chunk.tableId))
                     .arg(m_chunk.number)
                     .arg(rows));
    m_conn->exec(QByteArrayLiteral("COMMIT"));
    m_inTransaction = false;
}

std::optional<qint64> MySqlChunkWriter::committedRows(const ChunkRecord &chunk)
{
    const auto rows = committedChunks(*m_conn, m_options.runId, chunk.tableId);
    if (rows.contains(chunk.number))
        return rows.value(chunk.number);
    return std::nullopt;
}

void MySqlChunkWriter::rollback()
{
    m_inTransaction = false;
    m_conn->exec(QByteArrayLiteral("ROLLBACK"));
}

void ensureMetaSchema(Connection &c)
{
    c.exec(QStringLiteral("CREATE DATABASE IF NOT EXISTS %1").arg(quoteIdent(kMetaDatabase)));
    c.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.full_chunks ("
                          "run_id VARCHAR(64) NOT NULL, table_id VARBINARY(600) NOT NULL, chunk_no INT NOT NULL, "
                          "row_count BIGINT NOT NULL, done_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), "
                          "PRIMARY KEY (run_id, table_id, chunk_no)) ENGINE=InnoDB")
               .arg(quoteIdent(kMetaDatabase)));
}

QHash<int, qint64> committedChunks(Connection &c, const QString &runId, const QString &tableId)
{
    QHash<int, qint64> out;
    const auto rs = c.query(QStringLiteral("SELECT chunk_no, row_count FROM %1.full_chunks WHERE run_id = %2 AND table_id = %3")
                                .arg(quoteIdent(kMetaDatabase), quoteString(runId), quoteString(tableId)));
    for (const SqlRow &r : rs.rows)
        out.insert(r.value(0).toInt(), r.value(1).toLongLong());
    return out;
}

bool localInfileAllowed(Connection &c) { return c.scalar(QStringLiteral("SELECT @@local_infile")).value_or("0").toInt() == 1; }

}  // namespace dts
