#include "sinks/tablestore/PlainBuffer.h"

#include "common/Error.h"

#include <QtEndian>
#include <cstring>

namespace dts::ots {

namespace {

enum Tag : quint8 {
    TagRowPk = 0x01, TagRowData = 0x02, TagCell = 0x03, TagCellName = 0x04, TagCellValue = 0x05,
    TagCellOp = 0x06, TagCellTimestamp = 0x07, TagDeleteMarker = 0x08, TagRowChecksum = 0x09,
    TagCellChecksum = 0x0A,
};
constexpr quint32 kHeader = 0x75;
constexpr quint8 kDeleteAllVersions = 0x01;

// CRC-8, polynomial x^8 + x^2 + x + 1 (0x07), no reflection, initial value 0.
struct Crc8Table {
    quint8 t[256];
    constexpr Crc8Table() : t{} {
        for (int i = 0; i < 256; ++i) {
            quint8 c = quint8(i);
            for (int b = 0; b < 8; ++b)
                c = (c & 0x80) ? quint8((c << 1) ^ 0x07) : quint8(c << 1);
            t[i] = c;
        }
    }
};
constexpr Crc8Table kCrc;

quint8 crcByte(quint8 crc, quint8 b) { return kCrc.t[crc ^ b]; }
quint8 crcU32(quint8 crc, quint32 v) {
    for (int i = 0; i < 4; ++i) crc = crcByte(crc, quint8(v >> (8 * i)));
    return crc;
}
quint8 crcU64(quint8 crc, quint64 v) {
    for (int i = 0; i < 8; ++i) crc = crcByte(crc, quint8(v >> (8 * i)));
    return crc;
}

class Writer {
public:
    QByteArray out;
    void byte(quint8 b) { out.append(char(b)); }
    void u32(quint32 v) { char b[4]; qToLittleEndian(v, b); out.append(b, 4); }
    void u64(quint64 v) { char b[8]; qToLittleEndian(v, b); out.append(b, 8); }

    quint8 name(const QByteArray &n, quint8 crc) {
        byte(TagCellName);
        u32(quint32(n.size()));
        out.append(n);
        return crc8(crc, n.constData(), n.size());
    }
    quint8 value(const Cell &c, quint8 crc) {
        byte(TagCellValue);
        switch (c.type) {
        case Cell::Integer:
        case Cell::Double: {
            quint64 raw;
            if (c.type == Cell::Integer) raw = quint64(c.i);
            else std::memcpy(&raw, &c.d, 8);
            u32(9);
            byte(c.type);
            u64(raw);
            return crcU64(crcByte(crc, c.type), raw);
        }
        case Cell::Boolean:
            u32(2);
            byte(c.type);
            byte(c.b ? 1 : 0);
            return crcByte(crcByte(crc, c.type), c.b ? 1 : 0);
        case Cell::String:
        case Cell::Blob:
            u32(quint32(5 + c.bytes.size()));
            byte(c.type);
            u32(quint32(c.bytes.size()));
            out.append(c.bytes);
            crc = crcU32(crcByte(crc, c.type), quint32(c.bytes.size()));
            return crc8(crc, c.bytes.constData(), c.bytes.size());
        case Cell::InfMin:
        case Cell::InfMax:
        case Cell::AutoIncrement:
            u32(1);
            byte(c.type);
            return crcByte(crc, c.type);
        }
        return crc;
    }
    quint8 primaryKey(const QList<Column> &pk, quint8 rowCrc) {
        byte(TagRowPk);
        for (const Column &c : pk) {
            byte(TagCell);
            quint8 crc = value(c.value, name(c.name, 0));
            byte(TagCellChecksum);
            byte(crc);
            rowCrc = crcByte(rowCrc, crc);
        }
        return rowCrc;
    }
};

class Reader {
public:
    Reader(const QByteArray &d, const QString &object) : m_d(d), m_object(object) {}
    bool atEnd() const { return m_pos >= m_d.size(); }
    quint8 peek() const { return atEnd() ? 0 : quint8(m_d[m_pos]); }
    quint8 byte() { need(1); return quint8(m_d[m_pos++]); }
    quint32 u32() { need(4); quint32 v = qFromLittleEndian<quint32>(m_d.constData() + m_pos); m_pos += 4; return v; }
    quint64 u64() { need(8); quint64 v = qFromLittleEndian<quint64>(m_d.constData() + m_pos); m_pos += 8; return v; }
    QByteArray bytes(quint32 n) { need(n); QByteArray b = m_d.mid(m_pos, n); m_pos += n; return b; }
    void expect(quint8 tag) {
        quint8 t = byte();
        if (t != tag) fail(QStringLiteral("tag 0x%1 where 0x%2 belongs").arg(t, 2, 16, QLatin1Char('0')).arg(tag, 2, 16, QLatin1Char('0')));
    }
    [[noreturn]] void fail(const QString &what) const {
        throw Error(ErrorKind::Permanent, m_object,
                    QStringLiteral("the PlainBuffer rows returned are invalid at byte %1: %2").arg(m_pos).arg(what),
                    QStringLiteral("check that the endpoint is a Tablestore instance"));
    }

    // TAG_CELL already read.
    Column cell(quint8 &rowCrc) {
        Column col;
        expect(TagCellName);
        col.name = bytes(u32());
        quint8 crc = crc8(0, col.name.constData(), col.name.size());
        if (peek() == TagCellValue) {
            byte();
            const quint32 len = u32();
            const qsizetype end = m_pos + len;
            const quint8 type = byte();
            crc = crcByte(crc, type);
            col.value.type = Cell::Type(type);
            switch (type) {
            case Cell::Integer:
            case Cell::Double: {
                const quint64 raw = u64();
                crc = crcU64(crc, raw);
                if (type == Cell::Integer) col.value.i = qint64(raw);
                else std::memcpy(&col.value.d, &raw, 8);
                break;
            }
            case Cell::Boolean: {
                const quint8 b = byte();
                crc = crcByte(crc, b);
                col.value.b = b != 0;
                break;
            }
            case Cell::String:
            case Cell::Blob: {
                const quint32 n = u32();
                col.value.bytes = bytes(n);
                crc = crc8(crcU32(crc, n), col.value.bytes.constData(), n);
                break;
            }
            default:
                fail(QStringLiteral("unknown value type %1 in column %2").arg(type).arg(QString::fromUtf8(col.name)));
            }
            if (m_pos != end) fail(QStringLiteral("value length of column %1 does not match").arg(QString::fromUtf8(col.name)));
        }
        bool hasOp = false;
        quint8 op = 0;
        if (peek() == TagCellOp) { byte(); op = byte(); hasOp = true; }
        if (peek() == TagCellTimestamp) { byte(); crc = crcU64(crc, u64()); }
        if (hasOp) crc = crcByte(crc, op);
        expect(TagCellChecksum);
        if (byte() != crc) fail(QStringLiteral("cell checksum of column %1 does not match").arg(QString::fromUtf8(col.name)));
        rowCrc = crcByte(rowCrc, crc);
        return col;
    }

    StoredRow row() {
        StoredRow r;
        quint8 rowCrc = 0;
        expect(TagRowPk);
        while (peek() == TagCell) { byte(); r.primaryKey.append(cell(rowCrc)); }
        if (peek() == TagRowData) {
            byte();
            while (peek() == TagCell) { byte(); r.columns.append(cell(rowCrc)); }
        }
        bool deleted = false;
        if (peek() == TagDeleteMarker) { byte(); deleted = true; }
        rowCrc = crcByte(rowCrc, deleted ? 1 : 0);
        expect(TagRowChecksum);
        if (byte() != rowCrc) fail(QStringLiteral("row checksum does not match"));
        return r;
    }

private:
    void need(qsizetype n) const { if (n < 0 || m_d.size() - m_pos < n) fail(QStringLiteral("the data ends early")); }
    const QByteArray &m_d;
    QString m_object;
    qsizetype m_pos = 0;
};

}  // namespace

quint8 crc8(quint8 crc, const char *data, qsizetype size) {
    for (qsizetype i = 0; i < size; ++i) crc = kCrc.t[crc ^ quint8(data[i])];
    return crc;
}

bool Cell::operator==(const Cell &o) const {
    if (type != o.type) return false;
    switch (type) {
    case Integer: return i == o.i;
    case Double: return std::memcmp(&d, &o.d, 8) == 0;  // bit-exact: NaN == NaN, -0 != 0
    case Boolean: return b == o.b;
    case String:
    case Blob: return bytes == o.bytes;
    default: return true;
    }
}

QString Cell::toString() const {
    switch (type) {
    case Integer: return QStringLiteral("INTEGER %1").arg(i);
    case Double: return QStringLiteral("DOUBLE %1").arg(d, 0, 'g', 17);
    case Boolean: return b ? QStringLiteral("BOOLEAN true") : QStringLiteral("BOOLEAN false");
    case String: return QStringLiteral("STRING '%1'").arg(QString::fromUtf8(bytes.left(64)));
    case Blob: return QStringLiteral("BLOB 0x%1").arg(QString::fromLatin1(bytes.left(32).toHex()));
    case InfMin: return QStringLiteral("INF_MIN");
    case InfMax: return QStringLiteral("INF_MAX");
    case AutoIncrement: return QStringLiteral("AUTO_INCREMENT");
    }
    return {};
}

const Cell *StoredRow::column(const QByteArray &name) const {
    for (const Column &c : columns)
        if (c.name == name) return &c.value;
    return nullptr;
}

QByteArray encodeRow(const RowChange &row) {
    Writer w;
    w.u32(kHeader);
    quint8 rowCrc = w.primaryKey(row.primaryKey, 0);
    if (row.op != RowChange::Delete && (!row.columns.isEmpty() || !row.deleted.isEmpty())) {
        w.byte(TagRowData);
        for (const Column &c : row.columns) {
            w.byte(TagCell);
            const quint8 crc = w.value(c.value, w.name(c.name, 0));
            w.byte(TagCellChecksum);
            w.byte(crc);
            rowCrc = crcByte(rowCrc, crc);
        }
        if (row.op == RowChange::Update) {
            for (const QByteArray &n : row.deleted) {
                w.byte(TagCell);
                quint8 crc = w.name(n, 0);
                w.byte(TagCellOp);
                w.byte(kDeleteAllVersions);
                crc = crcByte(crc, kDeleteAllVersions);  // the op is summed last (after value and timestamp)
                w.byte(TagCellChecksum);
                w.byte(crc);
                rowCrc = crcByte(rowCrc, crc);
            }
        }
    }
    if (row.op == RowChange::Delete) w.byte(TagDeleteMarker);
    rowCrc = crcByte(rowCrc, row.op == RowChange::Delete ? 1 : 0);
    w.byte(TagRowChecksum);
    w.byte(rowCrc);
    return w.out;
}

QByteArray encodePrimaryKey(const QList<Column> &primaryKey) {
    Writer w;
    w.u32(kHeader);
    quint8 rowCrc = w.primaryKey(primaryKey, 0);
    rowCrc = crcByte(rowCrc, 0);
    w.byte(TagRowChecksum);
    w.byte(rowCrc);
    return w.out;
}

QList<StoredRow> decodeRows(const QByteArray &data, const QString &object) {
    QList<StoredRow> rows;
    if (data.isEmpty()) return rows;
    Reader r(data, object);
    if (r.u32() != kHeader) r.fail(QStringLiteral("no PlainBuffer header"));
    while (!r.atEnd()) rows.append(r.row());
    return rows;
}

}  // namespace dts::ots
