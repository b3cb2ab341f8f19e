#include "binlog/BinlogFile.h"

#include "common/Error.h"

#include <QtEndian>
#include <zlib.h>

namespace dts::binlog {

QString eventTypeName(quint8 type)
{
    switch (type) {
    case QueryEvent: return "QUERY";
    case StopEvent: return "STOP";
    case RotateEvent: return "ROTATE";
    case FormatDescriptionEvent: return "FORMAT_DESCRIPTION";
    case XidEvent: return "XID";
    case TableMapEvent: return "TABLE_MAP";
    case WriteRowsV1: return "WRITE_ROWS_V1";
    case UpdateRowsV1: return "UPDATE_ROWS_V1";
    case DeleteRowsV1: return "DELETE_ROWS_V1";
    case HeartbeatEvent: return "HEARTBEAT";
    case IgnorableEvent: return "IGNORABLE";
    case RowsQueryEvent: return "ROWS_QUERY";
    case WriteRowsV2: return "WRITE_ROWS";
    case UpdateRowsV2: return "UPDATE_ROWS";
    case DeleteRowsV2: return "DELETE_ROWS";
    case GtidEvent: return "GTID";
    case AnonymousGtidEvent: return "ANONYMOUS_GTID";
    case PreviousGtidsEvent: return "PREVIOUS_GTIDS";
    case PartialUpdateRowsEvent: return "PARTIAL_UPDATE_ROWS";
    case TransactionPayloadEvent: return "TRANSACTION_PAYLOAD";
    case HeartbeatV2Event: return "HEARTBEAT_V2";
    case GtidTaggedEvent: return "GTID_TAGGED";
    case MariaAnnotateRowsEvent: return "ANNOTATE_ROWS";
    case MariaBinlogCheckpointEvent: return "BINLOG_CHECKPOINT";
    case MariaGtidEvent: return "MARIADB_GTID";
    case MariaGtidListEvent: return "MARIADB_GTID_LIST";
    default: return QStringLiteral("EVENT_%1").arg(type);
    }
}

EventHeader EventHeader::parse(const char *p)
{
    EventHeader h;
    h.timestamp = qFromLittleEndian<quint32>(p);
    h.type = quint8(p[4]);
    h.serverId = qFromLittleEndian<quint32>(p + 5);
    h.eventSize = qFromLittleEndian<quint32>(p + 9);
    h.nextPosition = qFromLittleEndian<quint32>(p + 13);
    h.flags = qFromLittleEndian<quint16>(p + 17);
    return h;
}

FormatDescription FormatDescription::parse(const QByteArray &rest, const QString &where)
{
    // version(2) server_version(50) create_timestamp(4) header_length(1) post_header_lengths(n)
    // then, from MySQL 5.6.1 / MariaDB 5.3 on: checksum_alg(1) checksum(4).
    constexpr int fixed = 2 + 50 + 4 + 1;
    if (rest.size() < fixed)
        throw Error(ErrorKind::Permanent, where, QStringLiteral("FORMAT_DESCRIPTION event too short (%1 bytes)").arg(rest.size()));
    FormatDescription f;
    f.binlogVersion = qFromLittleEndian<quint16>(rest.constData());
    f.serverVersion = QString::fromLatin1(rest.mid(2, 50).constData());  // NUL-padded
    f.headerLength = quint8(rest[2 + 50 + 4]);
    const QStringList parts = f.serverVersion.section('-', 0, 0).split('.');
    const int major = parts.value(0).toInt(), minor = parts.value(1).toInt(), patch = parts.value(2).toInt();
    const bool mariaDb = f.serverVersion.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
    f.hasChecksumField = (mariaDb ? (major > 5 || (major == 5 && minor >= 3))
                                  : (major > 5 || (major == 5 && (minor > 6 || (minor == 6 && patch >= 1))))) &&
                         rest.size() >= fixed + 5;
    if (f.hasChecksumField) {
        f.checksums = quint8(rest.at(rest.size() - 5)) == 1;  // 0 = off, 1 = CRC32
        f.postHeaderLengths = rest.mid(fixed, rest.size() - 5 - fixed);
    } else {
        f.postHeaderLengths = rest.mid(fixed);
    }
    return f;
}

BinlogFileReader::BinlogFileReader(const QString &path) : m_path(path), m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Permanent, path, QStringLiteral("cannot open the binlog file: %1").arg(m_file.errorString()));
    const QByteArray magic = m_file.read(4);
    if (magic != QByteArray(kMagic, 4))
        throw Error(ErrorKind::Permanent, path, QStringLiteral("not a binlog file (no \\xfe'bin' magic at the start)"));
}

quint32 binlogCrc32(const char *a, qsizetype aLen, const char *b, qsizetype bLen)
{
    uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(a), uInt(aLen));
    if (b && bLen > 0)
        crc = crc32(crc, reinterpret_cast<const Bytef *>(b), uInt(bLen));
    return quint32(crc);
}

Event EventFramer::frame(const char *header, QByteArray rest, quint64 offset, const QString &where, Checksum mode)
{
    Event e;
    e.offset = offset;
    e.header = EventHeader::parse(header);

    // The FORMAT_DESCRIPTION event says whether checksums follow, and carries its own checksum field.
    bool checksummed = m_haveFormat ? m_format.checksums : m_before;
    QByteArray summed(header, kHeaderSize);
    if (e.header.type == FormatDescriptionEvent) {
        m_format = FormatDescription::parse(rest, where);
        m_haveFormat = true;
        checksummed = m_format.checksums;
        if (m_format.hasChecksumField && !checksummed)
            rest.chop(4);  // the field is there, unused
        // The server sums the FORMAT_DESCRIPTION event before it marks the file "in use" (flag 0x1) and
        // clears the mark at close: sum that event as it was written. (Senders clear the flag.)
        summed[17] = char(summed[17] & ~kFlagBinlogInUse);
    } else if (mode == Checksum::Detect) {
        checksummed = rest.size() >= 4 &&
                      binlogCrc32(summed.constData(), summed.size(), rest.constData(), rest.size() - 4) ==
                          qFromLittleEndian<quint32>(rest.constData() + rest.size() - 4);
    }
    if (checksummed) {
        if (rest.size() < 4)
            throw Error(ErrorKind::Permanent, where, QStringLiteral("event too short for its checksum"));
        const quint32 stored = qFromLittleEndian<quint32>(rest.constData() + rest.size() - 4);
        rest.chop(4);
        if (binlogCrc32(summed.constData(), summed.size(), rest.constData(), rest.size()) != stored)
            throw Error(ErrorKind::Permanent, where,
                        QStringLiteral("%1 event fails its CRC32 check").arg(eventTypeName(e.header.type)),
                        QStringLiteral("the binlog is damaged at this offset"));
    }
    e.body = rest;
    return e;
}

std::optional<Event> BinlogFileReader::next()
{
    const QString where = QStringLiteral("%1:%2").arg(m_path).arg(m_offset);
    const QByteArray header = m_file.read(kHeaderSize);
    if (header.isEmpty())
        return std::nullopt;
    if (header.size() < kHeaderSize)
        throw Error(ErrorKind::Permanent, where,
                    QStringLiteral("truncated event: %1 of the %2 header bytes").arg(header.size()).arg(kHeaderSize),
                    QStringLiteral("the file ends inside an event (copied while written, or damaged)"));
    const EventHeader h = EventHeader::parse(header.constData());
    if (h.eventSize < quint32(kHeaderSize) || h.eventSize > (1u << 30))
        throw Error(ErrorKind::Permanent, where, QStringLiteral("impossible event size %1").arg(h.eventSize));
    QByteArray rest = m_file.read(h.eventSize - kHeaderSize);
    if (rest.size() < qsizetype(h.eventSize - kHeaderSize))
        throw Error(ErrorKind::Permanent, where,
                    QStringLiteral("truncated %1 event: %2 of %3 bytes")
                        .arg(eventTypeName(h.type))
                        .arg(kHeaderSize + rest.size())
                        .arg(h.eventSize),
                    QStringLiteral("the file ends inside an event (copied while written, or damaged)"));
    Event e = m_framer.frame(header.constData(), std::move(rest), m_offset, where);
    m_offset += e.header.eventSize;
    return e;
}

}  // namespace dts::binlog
