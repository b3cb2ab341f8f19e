#pragma once
// `dts binlog decode` output: every event as text (one header line, then its rows), or the row and DDL
// events as Canal JSON lines.
#include "binlog/EventDecoder.h"

#include <QByteArray>
#include <QHash>

namespace dts::binlog {

class TextWriter;

// A value for people: numbers as digits, strings quoted (bytes that are not printable UTF-8 as \xNN),
// ENUM/SET by name when the TABLE_MAP carries the names, BIT as b'…', temporal values quoted.
QByteArray displayValue(const Value &v, const TableShape &shape, int column);
void appendDisplayValue(QByteArray &out, const Value &v, const TableShape &shape, int column);

// The MySQL type name of a column as far as the binlog tells it (e.g. "varchar(255)" needs the catalog:
// the binlog gives "varchar" and the byte length), for canal-json's mysqlType.
QByteArray binlogTypeName(quint8 type, quint16 meta, bool isUnsigned);

class EventPrinter {
public:
    enum Format { Text, CanalJson };
    explicit EventPrinter(Format format) : m_format(format) {}
    // Appends the event's text to `out`.
    void print(const DecodedEvent &e, const QString &file, QByteArray &out);

private:
    // A table's names as printed, made once per TABLE_MAP definition rather than for every row.
    struct TableText {
        std::shared_ptr<const TableEntry> table;  // keeps the key alive
        QByteArray qualified;                     // `db`.`table`
        QByteArray dotted;                        // db.table
        QList<QByteArray> columns;
        // canal-json: the columns in the order QJsonObject keeps its keys, each as "name": (false when
        // names repeat: then the record goes through QJsonObject), mysqlType and pkNames as JSON.
        bool canal = false;
        QList<int> canalOrder;
        QList<QByteArray> canalKeys;
        QByteArray mysqlType, pkNames;
    };
    const TableText &tableText(const std::shared_ptr<const TableEntry> &table);
    void printText(const DecodedEvent &e, QByteArray &out);
    void appendDetail(const DecodedEvent &e, TextWriter &w);
    void printCanal(const DecodedEvent &e, const QString &file, QByteArray &out);
    void printCanalRows(const DecodedEvent &e, const TableText &t, const QString &file, QByteArray &out);

    Format m_format;
    QHash<const TableEntry *, TableText> m_tableText;
    QByteArray m_typeNames[256];
    quint32 m_time = 0;
    QByteArray m_timeText;  // m_time as printed (consecutive events mostly share their second)
    QString m_database;  // of the transaction, for canal-json DDL
    quint64 m_id = 0;
    QString m_gtid;
};

}  // namespace dts::binlog
