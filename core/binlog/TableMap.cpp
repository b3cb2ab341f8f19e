#include "binlog/TableMap.h"

#include "common/Error.h"

#include <QtEndian>
#include <algorithm>

namespace dts::binlog {

namespace {

[[noreturn]] void tooShort(const QString &where, const char *what)
{
    throw Error(ErrorKind::Permanent, where, QStringLiteral("TABLE_MAP event ends inside %1").arg(QLatin1String(what)),
                QStringLiteral("the binlog is damaged at this offset"));
}

void need(const QByteArray &d, qsizetype pos, qsizetype n, const QString &where, const char *what)
{
    if (n < 0 || pos < 0 || n > d.size() - pos)  // a huge packed length cast to qsizetype turns negative
        tooShort(where, what);
}

bool isNumeric(quint8 t)
{
    switch (t) {
    case TypeTiny: case TypeShort: case TypeInt24: case TypeLong: case TypeLongLong: case TypeFloat: case TypeDouble:
    case TypeNewDecimal: case TypeDecimal: case TypeYear:
        return true;
    default:
        return false;
    }
}

// The real type of a STRING column: ENUM and SET travel as STRING with the real type in the metadata.
quint8 realType(quint8 type, quint16 meta)
{
    if (type == TypeString && meta >= 256) {
        const quint8 real = quint8(meta >> 8);
        if (real == TypeEnum || real == TypeSet)
            return real;
    }
    return type;
}

// Columns that carry a charset in the optional metadata (ENUM and SET have their own lists).
bool isCharacter(quint8 t)
{
    switch (t) {
    case TypeString: case TypeVarString: case TypeVarchar: case TypeBlob: case TypeTinyBlob: case TypeMediumBlob:
    case TypeLongBlob:
        return true;
    default:
        return false;
    }
}

QList<int> spreadOverCharacterColumns(const QList<quint8> &real, const QList<int> &perCharColumn)
{
    QList<int> out;
    int next = 0;
    for (quint8 t : real)
        out << (isCharacter(t) && next < perCharColumn.size() ? perCharColumn[next++] : 0);
    return out;
}

QStringList readStrings(const QByteArray &v, qsizetype &pos, const QString &where)
{
    QStringList out;
    const quint64 n = readPackedInt(v, pos, where);
    for (quint64 i = 0; i < n; ++i) {
        const quint64 len = readPackedInt(v, pos, where);
        need(v, pos, qsizetype(len), where, "a string of the optional metadata");
        out << QString::fromUtf8(v.mid(pos, qsizetype(len)));
        pos += qsizetype(len);
    }
    return out;
}

}  // namespace

quint64 readPackedInt(const QByteArray &d, qsizetype &pos, const QString &where)
{
    need(d, pos, 1, where, "a packed integer");
    const quint8 first = quint8(d[pos++]);
    int bytes = 0;
    switch (first) {
    case 252: bytes = 2; break;
    case 253: bytes = 3; break;
    case 254: bytes = 8; break;
    case 251: return 0;  // NULL marker; not used where we read
    default: return first;
    }
    need(d, pos, bytes, where, "a packed integer");
    quint64 v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= quint64(quint8(d[pos + i])) << (8 * i);
    pos += bytes;
    return v;
}

TableMap decodeTableMap(const QByteArray &d, const FormatDescription &format, const QString &where)
{
    TableMap m;
    // Post header: table id (6 bytes, 4 in very old servers) + flags (2).
    const int postHeader = format.postHeaderLengths.size() >= TableMapEvent ? quint8(format.postHeaderLengths[TableMapEvent - 1]) : 8;
    const int idBytes = postHeader == 6 ? 4 : 6;
    qsizetype pos = 0;
    need(d, pos, idBytes + 2, where, "the post-header");
    for (int i = 0; i < idBytes; ++i)
        m.tableId |= quint64(quint8(d[i])) << (8 * i);
    m.flags = qFromLittleEndian<quint16>(d.constData() + idBytes);
    pos = postHeader;

    auto name = [&](const char *what) {
        need(d, pos, 1, where, what);
        const int len = quint8(d[pos++]);
        need(d, pos, len + 1, where, what);  // + the terminating NUL
        const QString s = QString::fromUtf8(d.mid(pos, len));
        pos += len + 1;
        return s;
    };
    m.database = name("the database name");
    m.table = name("the table name");
    const quint64 columns = readPackedInt(d, pos, where);
    // Every row image holds a Value per column, present or not: the count must be one a server allows.
    if (columns > 4096)
        throw Error(ErrorKind::Permanent, where,
                    QStringLiteral("TABLE_MAP of %1.%2 has %3 columns; MySQL and MariaDB tables have at most 4096")
                        .arg(m.database, m.table)
                        .arg(columns),
                    QStringLiteral("the binlog is damaged at this offset"));
    need(d, pos, qsizetype(columns), where, "the column types");
    for (quint64 i = 0; i < columns; ++i)
        m.types << quint8(d[pos + qsizetype(i)]);
    pos += qsizetype(columns);

    const quint64 metaLength = readPackedInt(d, pos, where);
    need(d, pos, qsizetype(metaLength), where, "the column metadata");
    const qsizetype metaEnd = pos + qsizetype(metaLength);
    for (quint8 t : m.types) {
        quint16 meta = 0;
        switch (t) {
        case TypeFloat: case TypeDouble: case TypeBlob: case TypeTinyBlob: case TypeMediumBlob: case TypeLongBlob:
        case TypeGeometry: case TypeJson: case TypeTimestamp2: case TypeDateTime2: case TypeTime2:
            need(d, pos, 1, where, "the column metadata");
            meta = quint8(d[pos++]);
            break;
        case TypeVarchar: case TypeVarString: case TypeBit:
            need(d, pos, 2, where, "the column metadata");
            meta = qFromLittleEndian<quint16>(d.constData() + pos);
            pos += 2;
            break;
        case TypeNewDecimal: case TypeString: case TypeEnum: case TypeSet:
            need(d, pos, 2, where, "the column metadata");
            meta = quint16(quint8(d[pos]) << 8 | quint8(d[pos + 1]));
            pos += 2;
            break;
        default:
            break;
        }
        m.metadata << meta;
    }
    if (pos != metaEnd)
        throw Error(ErrorKind::Permanent, where,
                    QStringLiteral("TABLE_MAP metadata of %1.%2 is %3 bytes, its column types need %4")
                        .arg(m.database, m.table)
                        .arg(metaLength)
                        .arg(pos - (metaEnd - qsizetype(metaLength))));

    const qsizetype bitmapBytes = qsizetype((columns + 7) / 8);
    need(d, pos, bitmapBytes, where, "the NULL bitmap");
    for (quint64 i = 0; i < columns; ++i)
        m.nullable << bool(quint8(d[pos + qsizetype(i / 8)]) & (1 << (i % 8)));
    pos += bitmapBytes;

    // Optional metadata: type(1) length(packed) value, until the end.
    QList<quint8> real;
    for (int i = 0; i < m.types.size(); ++i)
        real << realType(m.types[i], m.metadata[i]);
    while (pos < d.size()) {
        const quint8 type = quint8(d[pos++]);
        const quint64 len = readPackedInt(d, pos, where);
        need(d, pos, qsizetype(len), where, "the optional metadata");
        const QByteArray v = d.mid(pos, qsizetype(len));
        pos += qsizetype(len);
        qsizetype vp = 0;
        switch (type) {
        case 1: {  // SIGNEDNESS: one bit per numeric column, most significant first
            int bit = 0;
            for (quint8 t : real) {
                bool isUnsigned = false;
                if (isNumeric(t)) {
                    if (bit / 8 < v.size())
                        isUnsigned = quint8(v[bit / 8]) & (0x80 >> (bit % 8));
                    ++bit;
                }
                m.unsignedFlags << isUnsigned;
            }
            break;
        }
        case 4:  // COLUMN_NAME
            while (vp < v.size()) {
                const quint64 n = readPackedInt(v, vp, where);
                need(v, vp, qsizetype(n), where, "a column name");
                m.columnNames << QString::fromUtf8(v.mid(vp, qsizetype(n)));
                vp += qsizetype(n);
            }
            break;
        case 5:  // SET_STR_VALUE
            while (vp < v.size())
                m.setValues << readStrings(v, vp, where);
            break;
        case 6:  // ENUM_STR_VALUE
            while (vp < v.size())
                m.enumValues << readStrings(v, vp, where);
            break;
        case 8:  // SIMPLE_PRIMARY_KEY
            while (vp < v.size())
                m.primaryKey << quint32(readPackedInt(v, vp, where));
            break;
        case 9:  // PRIMARY_KEY_WITH_PREFIX: (index, prefix) pairs
            while (vp < v.size()) {
                m.primaryKey << quint32(readPackedInt(v, vp, where));
                readPackedInt(v, vp, where);
            }
            break;
        case 2: {  // DEFAULT_CHARSET: default collation, then (character column number, collation) pairs
            QList<int> perCharColumn;
            const int def = int(readPackedInt(v, vp, where));
            const int charColumns = int(std::count_if(real.begin(), real.end(), isCharacter));
            perCharColumn.fill(def, charColumns);
            while (vp < v.size()) {
                const quint64 index = readPackedInt(v, vp, where);
                const int collation = int(readPackedInt(v, vp, where));
                if (index < quint64(charColumns))
                    perCharColumn[qsizetype(index)] = collation;
            }
            m.collations = spreadOverCharacterColumns(real, perCharColumn);
            break;
        }
        case 3: {  // COLUMN_CHARSET: one collation per character column
            QList<int> perCharColumn;
            while (vp < v.size())
                perCharColumn << int(readPackedInt(v, vp, where));
            m.collations = spreadOverCharacterColumns(real, perCharColumn);
            break;
        }
        case 12: {  // COLUMN_VISIBILITY: one bit per column, most significant first
            for (int i = 0; i < real.size(); ++i)
                m.visible << (i / 8 < v.size() ? bool(quint8(v[i / 8]) & (0x80 >> (i % 8))) : true);
            break;
        }
        default:  // geometry types, ENUM/SET charsets: not needed
            break;
        }
    }
    return m;
}

}  // namespace dts::binlog
