#pragma once
// Every event real MySQL 5.x/8.x and MariaDB servers write, decoded: one small struct per event with what
// it says, the row events with their values against the TABLE_MAP in force, MySQL's TRANSACTION_PAYLOAD
// inflated into its inner events. The same decoder serves binlog files and the replication stream.
#include "binlog/BinlogFile.h"
#include "binlog/Gtid.h"
#include "binlog/RowImage.h"
#include "binlog/TableMap.h"
#include "change/ChangeEvent.h"

#include <QHash>
#include <functional>
#include <memory>
#include <optional>

namespace dts::binlog {

// QUERY events: the statement, its default database and the status variables it ran with.
struct QueryInfo {
    quint32 threadId = 0, execTime = 0;
    quint16 errorCode = 0;
    QString database;
    QByteArray query;
    std::optional<quint64> sqlMode;
    std::optional<quint32> flags2;
    int charsetClient = 0, collationConnection = 0, collationServer = 0;  // 0: not given
    QString timeZone;
    std::optional<quint64> xid;  // MariaDB: DDL with an XID
    bool statusComplete = true;  // false when a status variable unknown to us stopped their parsing
};

struct TableEntry {
    TableMap map;
    RowLayout layout;
    std::shared_ptr<const TableShape> shape;
};

struct DecodedEvent {
    quint64 offset = 0;        // in its file (inner events of a TRANSACTION_PAYLOAD: the payload's offset)
    EventHeader header;
    bool inPayload = false;    // came out of a TRANSACTION_PAYLOAD
    bool ignored = false;      // unknown event flagged ignorable: skipped
    // One line for text output: what the event says beyond its rows. Empty for the frequent events whose
    // line EventPrinter makes from the fields below (QUERY, XID, TABLE_MAP, row events, MariaDB GTID,
    // ROWS_QUERY/ANNOTATE_ROWS): formatting it for every event cost more than decoding it.
    QString detail;

    std::optional<QueryInfo> query;
    std::optional<quint64> xid;
    std::optional<QPair<QString, quint64>> rotate;  // next file, position
    std::optional<QString> gtid;                    // MySQL uuid:gno or MariaDB domain-server-seq
    bool gtidStandalone = false;                    // MariaDB GTID of a DDL (no BEGIN follows)
    std::shared_ptr<const TableEntry> table;        // TABLE_MAP and row events
    std::optional<RowsData> rows;
    quint16 rowsFlags = 0;                          // row events: the flags of their post-header
    QByteArray rowsQuery;                           // ROWS_QUERY / ANNOTATE_ROWS text
};

class EventDecoder {
public:
    // `file` names the binlog in errors and positions.
    explicit EventDecoder(QString file = {});
    void setFile(const QString &file) { m_file = file; }
    const QString &file() const { return m_file; }

    // Decodes one event read under `format`; appends the decoded event(s) (a TRANSACTION_PAYLOAD gives its
    // inner events). Throws dts::Error naming file:offset for anything damaged or unknown and not ignorable.
    void decode(const Event &event, const FormatDescription &format, QList<DecodedEvent> &out);

    // For binlog_row_metadata=MINIMAL: the column names and signedness a table had (from the tracked
    // schema) when its TABLE_MAP does not carry them.
    using ShapeProvider = std::function<std::shared_ptr<const TableShape>(const TableMap &)>;
    void setShapeProvider(ShapeProvider provider) { m_shapes = std::move(provider); }

    // Row events of tables the filter rejects are not decoded (their DecodedEvent has no rows).
    using TableFilter = std::function<bool(const QString &db, const QString &table)>;
    void setTableFilter(TableFilter filter) { m_filter = std::move(filter); }

    void forgetTables()
    {
        m_tables.clear();
        m_tableMapBodies.clear();
    }

private:
    void decodeOne(const Event &event, const FormatDescription &format, QList<DecodedEvent> &out, bool inPayload);
    void decodePayload(const Event &event, const FormatDescription &format, QList<DecodedEvent> &out);
    std::shared_ptr<const TableEntry> tableFor(const QByteArray &body, const FormatDescription &format,
                                               const QString &where);
    const QString &whereAt(quint64 offset);

    QString m_file;
    QString m_where;  // "file:offset" of the event at hand, rebuilt in place (errors name it)
    QString m_whereFile;  // the file m_where names
    QHash<quint64, std::shared_ptr<const TableEntry>> m_tables;
    QHash<quint64, QByteArray> m_tableMapBodies;  // the TABLE_MAP event each of m_tables came from
    ShapeProvider m_shapes;
    TableFilter m_filter;
};

QueryInfo decodeQuery(const QByteArray &body, quint8 type, const FormatDescription &format, const QString &where);

}  // namespace dts::binlog
