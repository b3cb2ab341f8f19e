#include "binlog/EventDecoder.h"

#include "common/Error.h"

#include <QtEndian>
#include <charconv>
#include <zstd.h>

namespace dts::binlog {

namespace {

constexpr quint16 kIgnorableFlag = 0x80;  // LOG_EVENT_IGNORABLE_F

[[noreturn]] void damaged(const QString &where, const QString &what)
{
    throw Error(ErrorKind::Permanent, where, what, QStringLiteral("the binlog is damaged at this offset"));
}

void need(const QByteArray &d, qsizetype pos, qsizetype n, const QString &where, const char *what)
{
    if (n < 0 || pos + n > d.size())
        damaged(where, QStringLiteral("event ends inside %1").arg(QLatin1String(what)));
}

template <typename T> T le(const QByteArray &d, qsizetype pos) { return qFromLittleEndian<T>(d.constData() + pos); }

int postHeaderLength(const FormatDescription &format, quint8 type, int fallback)
{
    return format.postHeaderLengths.size() >= type ? quint8(format.postHeaderLengths[type - 1]) : fallback;
}

// Inner events of a TRANSACTION_PAYLOAD: zstd frames holding complete events (header, body, no checksum).
QByteArray inflateZstd(const char *data, size_t size, quint64 expected, const QString &where)
{
    if (expected > (quint64(1) << 32))
        damaged(where, QStringLiteral("TRANSACTION_PAYLOAD claims %1 uncompressed bytes").arg(expected));
    QByteArray out;
    out.reserve(qsizetype(qMin<quint64>(expected, 64 << 20)));  // a damaged header may claim 4 GiB: grow past that
    ZSTD_DStream *stream = ZSTD_createDStream();
    ZSTD_initDStream(stream);
    ZSTD_inBuffer in{data, size, 0};
    char buf[64 * 1024];
    size_t rc = 0;
    do {
        ZSTD_outBuffer o{buf, sizeof buf, 0};
        rc = ZSTD_decompressStream(stream, &o, &in);
        if (ZSTD_isError(rc)) {
            const QString why = QString::fromLatin1(ZSTD_getErrorName(rc));
            ZSTD_freeDStream(stream);
            damaged(where, QStringLiteral("TRANSACTION_PAYLOAD does not inflate: %1").arg(why));
        }
        out.append(buf, qsizetype(o.pos));
        if (quint64(out.size()) > expected + 1)
            break;
        if (o.pos == 0 && in.pos == in.size)
            break;
    } while (in.pos < in.size || rc != 0);
    ZSTD_freeDStream(stream);
    if (expected && quint64(out.size()) != expected)
        damaged(where, QStringLiteral("TRANSACTION_PAYLOAD inflates to %1 bytes, its header says %2")
                           .arg(out.size())
                           .arg(expected));
    return out;
}

QString hexText(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }

// The GTID decoders (Gtid.cpp) name the event kind only: their errors get the file and offset here.
template <typename Decode> auto gtidAt(const QString &where, Decode &&decode)
{
    try {
        return decode();
    } catch (const Error &e) {
        damaged(where, e.object() + QStringLiteral(": ") + e.message());
    }
}

}  // namespace

QueryInfo decodeQuery(const QByteArray &d, quint8 type, const FormatDescription &format, const QString &where)
{
    QueryInfo q;
    // thread_id(4) exec_time(4) db_len(1) error_code(2) status_vars_len(2), then the status variables,
    // the database (NUL-terminated) and the statement.
    const int post = postHeaderLength(format, QueryEvent, 13);
    need(d, 0, qMax(post, 13), where, "the QUERY post-header");
    q.threadId = le<quint32>(d, 0);
    q.execTime = le<quint32>(d, 4);
    const int dbLength = quint8(d[8]);
    q.errorCode = le<quint16>(d, 9);
    const int statusLength = le<quint16>(d, 11);
    qsizetype pos = post;
    need(d, pos, statusLength, where, "the status variables");
    const qsizetype statusEnd = pos + statusLength;

    auto fixed = [&](int n) {
        if (pos + n > statusEnd)
            return false;
        return true;
    };
    while (pos < statusEnd) {
        const quint8 code = quint8(d[pos++]);
        bool ok = true;
        switch (code) {
        case 0:  // Q_FLAGS2_CODE
            if ((ok = fixed(4))) { q.flags2 = le<quint32>(d, pos); pos += 4; }
            break;
        case 1:  // Q_SQL_MODE_CODE
            if ((ok = fixed(8))) { q.sqlMode = le<quint64>(d, pos); pos += 8; }
            break;
        case 2:  // Q_CATALOG_CODE: length, text, NUL
            if ((ok = fixed(1))) { const int n = quint8(d[pos]); ok = fixed(n + 2); pos += n + 2; }
            break;
        case 3:  // Q_AUTO_INCREMENT: increment, offset
            ok = fixed(4); pos += 4;
            break;
        case 4:  // Q_CHARSET_CODE
            if ((ok = fixed(6))) {
                q.charsetClient = le<quint16>(d, pos);
                q.collationConnection = le<quint16>(d, pos + 2);
                q.collationServer = le<quint16>(d, pos + 4);
                pos += 6;
            }
            break;
        case 5:  // Q_TIME_ZONE_CODE
            if ((ok = fixed(1))) {
                const int n = quint8(d[pos]);
                if ((ok = fixed(n + 1))) q.timeZone = QString::fromLatin1(d.mid(pos + 1, n));
                pos += n + 1;
            }
            break;
        case 6:  // Q_CATALOG_NZ_CODE
            if ((ok = fixed(1))) { const int n = quint8(d[pos]); ok = fixed(n + 1); pos += n + 1; }
            break;
        case 7: case 8: case 18:  // LC_TIME_NAMES, CHARSET_DATABASE, DEFAULT_COLLATION_FOR_UTF8MB4
            ok = fixed(2); pos += 2;
            break;
        case 9: case 17:  // TABLE_MAP_FOR_UPDATE, DDL_LOGGED_WITH_XID
            if ((ok = fixed(8)) && code == 17) q.xid = le<quint64>(d, pos);
            pos += 8;
            break;
        case 10:  // MASTER_DATA_WRITTEN
            ok = fixed(4); pos += 4;
            break;
        case 11:  // Q_INVOKER: user, host
            for (int i = 0; i < 2 && ok; ++i)
                if ((ok = fixed(1))) { const int n = quint8(d[pos]); ok = fixed(n + 1); pos += n + 1; }
            break;
        case 12: {  // Q_UPDATED_DB_NAMES: count, then NUL-terminated names (254: too many, none listed)
            if (!(ok = fixed(1))) break;
            const int n = quint8(d[pos++]);
            if (n == 254) break;
            for (int i = 0; i < n && ok; ++i) {
                const qsizetype nul = d.indexOf('\0', pos);
                ok = nul >= 0 && nul < statusEnd;
                pos = nul + 1;
            }
            break;
        }
        case 13:  // Q_MICROSECONDS
        case 128:  // MariaDB Q_HRNOW
            ok = fixed(3); pos += 3;
            break;
        case 16: case 19: case 20:  // EXPLICIT_DEFAULTS_FOR_TIMESTAMP, SQL_REQUIRE_PRIMARY_KEY, DEFAULT_TABLE_ENCRYPTION
        case 130:  // MariaDB Q_GTID_FLAGS3
            ok = fixed(1); pos += 1;
            break;
        case 129:  // MariaDB Q_XID
            if ((ok = fixed(8))) q.xid = le<quint64>(d, pos);
            pos += 8;
            break;
        default:
            ok = false;  // a variable we do not know: its length is unknown, the rest is skipped
            break;
        }
        if (!ok) {
            q.statusComplete = false;
            break;
        }
    }
    pos = statusEnd;
    need(d, pos, dbLength + 1, where, "the database name");
    q.database = QString::fromUtf8(d.constData() + pos, dbLength);
    pos += dbLength + 1;
    if (type == 165)  // MariaDB QUERY_COMPRESSED_EVENT
        q.query = inflateMariaDb(d.constData() + pos, d.size() - pos, where);
    else
        q.query = d.mid(pos);
    return q;
}

EventDecoder::EventDecoder(QString file) : m_file(std::move(file)) {}

void EventDecoder::decode(const Event &event, const FormatDescription &format, QList<DecodedEvent> &out)
{
    if (event.header.type == TransactionPayloadEvent)
        decodePayload(event, format, out);
    else
        decodeOne(event, format, out, false);
}

const QString &EventDecoder::whereAt(quint64 offset)
{
    // The decoding functions take the text by reference for their errors; making a new string for every
    // event cost more than most events take to decode.
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, offset).ptr;
    if (m_whereFile != m_file) {
        m_whereFile = m_file;
        m_where = m_file + QLatin1Char(':');
    }
    m_where.truncate(m_file.size() + 1);
    m_where.append(QLatin1StringView(digits, end - digits));
    return m_where;
}

std::shared_ptr<const TableEntry> EventDecoder::tableFor(const QByteArray &body, const FormatDescription &format,
                                                         const QString &where)
{
    // Servers write the same TABLE_MAP before every statement on the table: a byte-equal one is the same
    // table, whose entry is reused without decoding the map again.
    const int idBytes = postHeaderLength(format, TableMapEvent, 8) == 6 ? 4 : 6;
    if (body.size() >= idBytes) {
        quint64 id = 0;
        for (int i = 0; i < idBytes; ++i)
            id |= quint64(quint8(body[i])) << (8 * i);
        const auto it = m_tableMapBodies.constFind(id);
        if (it != m_tableMapBodies.constEnd() && *it == body)
            return m_tables.value(id);
    }
    auto entry = std::make_shared<TableEntry>();
    entry->map = decodeTableMap(body, format, where);
    // A table keeps its id while its definition stays the same: reuse the shape then.
    const auto known = m_tables.value(entry->map.tableId);
    if (known && known->map.types == entry->map.types && known->map.metadata == entry->map.metadata &&
        known->map.columnNames == entry->map.columnNames && known->map.table == entry->map.table &&
        known->map.database == entry->map.database && known->map.unsignedFlags == entry->map.unsignedFlags)
        return known;

    std::shared_ptr<const TableShape> provided = m_shapes ? m_shapes(entry->map) : nullptr;
    auto shape = std::make_shared<TableShape>();
    shape->database = entry->map.database;
    shape->table = entry->map.table;
    shape->types = entry->map.types;
    shape->metadata = entry->map.metadata;
    const int n = entry->map.columnCount();
    for (int i = 0; i < n; ++i) {
        QString name = entry->map.columnNames.value(i);
        if (name.isEmpty() && provided && provided->columns.size() == n)
            name = provided->columns[i];
        shape->columns << (name.isEmpty() ? QStringLiteral("@%1").arg(i + 1) : name);
    }
    QList<bool> unsignedFallback = provided && provided->unsignedFlags.size() == n ? provided->unsignedFlags : QList<bool>();
    entry->layout = RowLayout::fromTableMap(entry->map, unsignedFallback);
    for (const auto &c : entry->layout.columns)
        shape->unsignedFlags << c.isUnsigned;
    if (!entry->map.primaryKey.isEmpty()) {
        for (quint32 i : entry->map.primaryKey)
            if (i < quint32(n))  // int(i) let indexes from 2^31 on through as negative ones
                shape->primaryKey << int(i);
    } else if (provided && provided->columns.size() == n) {
        shape->primaryKey = provided->primaryKey;
    }
    if (provided && provided->columns.size() == n)
        shape->mysqlTypes = provided->mysqlTypes;
    // ENUM/SET member lists arrive in the order of those columns: spread them per column.
    int e = 0, s = 0;
    for (const auto &c : entry->layout.columns) {
        shape->enumValues << (c.type == TypeEnum ? entry->map.enumValues.value(e++) : QStringList());
        shape->setValues << (c.type == TypeSet ? entry->map.setValues.value(s++) : QStringList());
    }
    entry->shape = shape;
    return entry;
}

void EventDecoder::decodePayload(const Event &event, const FormatDescription &format, QList<DecodedEvent> &out)
{
    const QString where = QStringLiteral("%1:%2").arg(m_file).arg(event.offset);
    const QByteArray &d = event.body;
    // Header fields as (type, length, value) with packed integers, up to the end mark (type 0).
    qsizetype pos = 0;
    quint64 payloadSize = 0, compression = 0, uncompressedSize = 0;
    bool sawSize = false;
    while (true) {
        const quint64 field = readPackedInt(d, pos, where);
        if (field == 0)
            break;
        const quint64 length = readPackedInt(d, pos, where);
        need(d, pos, qsizetype(length), where, "a TRANSACTION_PAYLOAD header field");
        qsizetype vp = pos;
        const QByteArray v = d.mid(pos, qsizetype(length));
        qsizetype vpos = 0;
        switch (field) {
        case 1: payloadSize = readPackedInt(v, vpos, where); sawSize = true; break;
        case 2: compression = readPackedInt(v, vpos, where); break;
        case 3: uncompressedSize = readPackedInt(v, vpos, where); break;
        default: break;
        }
        pos = vp + qsizetype(length);
    }
    if (!sawSize || payloadSize > quint64(d.size() - pos))
        damaged(where, QStringLiteral("TRANSACTION_PAYLOAD of %1 bytes holds %2").arg(payloadSize).arg(d.size() - pos));

    DecodedEvent self;
    self.offset = event.offset;
    self.header = event.header;
    self.detail = QStringLiteral("compression=%1 payload=%2 uncompressed=%3")
                      .arg(compression == 0 ? QStringLiteral("zstd") : compression == 255 ? QStringLiteral("none")
                                                                                            : QString::number(compression))
                      .arg(payloadSize)
                      .arg(uncompressedSize);
    out << self;

    QByteArray inner;
    if (compression == 0)
        inner = inflateZstd(d.constData() + pos, size_t(payloadSize), uncompressedSize, where);
    else if (compression == 255)
        inner = d.mid(pos, qsizetype(payloadSize));
    else
        throw Error(ErrorKind::Permanent, where, QStringLiteral("TRANSACTION_PAYLOAD compressed with unknown type %1").arg(compression),
                    QStringLiteral("this server version writes a compression we do not know"));

    qsizetype ip = 0;
    while (ip < inner.size()) {
        if (inner.size() - ip < kHeaderSize)
            damaged(where, QStringLiteral("TRANSACTION_PAYLOAD ends inside an event header"));
        Event e;
        e.offset = event.offset;
        e.header = EventHeader::parse(inner.constData() + ip);
        if (e.header.eventSize < quint32(kHeaderSize) || qsizetype(e.header.eventSize) > inner.size() - ip)
            damaged(where, QStringLiteral("TRANSACTION_PAYLOAD holds an event of impossible size %1").arg(e.header.eventSize));
        if (e.header.type == TransactionPayloadEvent)
            damaged(where, QStringLiteral("TRANSACTION_PAYLOAD nested in a TRANSACTION_PAYLOAD"));
        e.body = inner.mid(ip + kHeaderSize, qsizetype(e.header.eventSize) - kHeaderSize);
        ip += qsizetype(e.header.eventSize);
        decodeOne(e, format, out, true);
    }
}

void EventDecoder::decodeOne(const Event &event, const FormatDescription &format, QList<DecodedEvent> &out, bool inPayload)
{
    const QString &where = whereAt(event.offset);
    const QByteArray &d = event.body;
    DecodedEvent e;
    e.offset = event.offset;
    e.header = event.header;
    e.inPayload = inPayload;
    const quint8 type = event.header.type;

    switch (type) {
    case FormatDescriptionEvent:
        e.detail = QStringLiteral("server %1, binlog v%2, checksums %3")
                       .arg(format.serverVersion)
                       .arg(format.binlogVersion)
                       .arg(format.checksums ? QStringLiteral("CRC32") : QStringLiteral("off"));
        forgetTables();
        break;
    case QueryEvent: case 165: {
        e.query = decodeQuery(d, type, format, where);
        break;
    }
    case XidEvent:
        need(d, 0, 8, where, "the XID");
        e.xid = le<quint64>(d, 0);
        break;
    case RotateEvent: {
        const int post = postHeaderLength(format, RotateEvent, 8);
        need(d, 0, post, where, "the ROTATE position");
        const quint64 position = post >= 8 ? le<quint64>(d, 0) : 4;
        e.rotate = qMakePair(QString::fromUtf8(d.mid(post)), position);
        e.detail = QStringLiteral("next=%1:%2").arg(e.rotate->first, QString::number(position));  // one pass: a "%1" in a name stays
        break;
    }
    case StopEvent:
        e.detail = QStringLiteral("the server stopped");
        break;
    case TableMapEvent:
        e.table = tableFor(d, format, where);
        m_tables.insert(e.table->map.tableId, e.table);
        m_tableMapBodies.insert(e.table->map.tableId, d);
        break;
    case GtidEvent: case AnonymousGtidEvent: {
        const MySqlGtid g = gtidAt(where, [&] { return decodeMySqlGtid(d); });
        if (type == GtidEvent)
            e.gtid = g.toString();
        e.detail = type == GtidEvent ? *e.gtid : QStringLiteral("anonymous");
        if (d.size() >= 42 && quint8(d[25]) == 2)  // logical clock: last_committed, sequence_number
            e.detail += QStringLiteral(" last_committed=%1 sequence_number=%2").arg(le<qint64>(d, 26)).arg(le<qint64>(d, 34));
        break;
    }
    case GtidTaggedEvent: {  // MySQL 8.3+: the same facts as GTID, in the serialization library's format
        const MySqlTaggedGtidEvent g = decodeMySqlTaggedGtid(d, where);
        e.gtid = g.gtid.toString();
        e.detail = *e.gtid;
        if (g.lastCommitted && g.sequenceNumber)
            e.detail += QStringLiteral(" last_committed=%1 sequence_number=%2").arg(*g.lastCommitted).arg(*g.sequenceNumber);
        break;
    }
    case PreviousGtidsEvent:
        e.detail = gtidAt(where, [&] { return decodePreviousGtids(d); }).toString();
        break;
    case MariaGtidEvent: {
        const MariaGtid g = gtidAt(where, [&] { return decodeMariaGtid(d, event.header.serverId); });
        e.gtid = g.toString();
        e.gtidStandalone = quint8(d[12]) & 0x01;  // FL_STANDALONE: a statement outside BEGIN…COMMIT
        break;
    }
    case MariaGtidListEvent: {
        QStringList l;
        for (const MariaGtid &g : gtidAt(where, [&] { return decodeMariaGtidList(d); }))
            l << g.toString();
        e.detail = QStringLiteral("[%1]").arg(l.join(','));
        break;
    }
    case MariaBinlogCheckpointEvent: {
        need(d, 0, 4, where, "the BINLOG_CHECKPOINT file name length");
        const quint32 n = le<quint32>(d, 0);
        need(d, 4, qsizetype(n), where, "the BINLOG_CHECKPOINT file name");
        e.detail = QString::fromUtf8(d.mid(4, qsizetype(n)));
        break;
    }
    case RowsQueryEvent:
        e.rowsQuery = d.mid(1);  // a length byte (truncated at 255) precedes the text
        break;
    case MariaAnnotateRowsEvent:
        e.rowsQuery = d;
        break;
    case HeartbeatEvent:
        e.detail = QStringLiteral("%1:%2").arg(QString::fromUtf8(d)).arg(event.header.nextPosition);
        break;
    case 5: {  // INTVAR: LAST_INSERT_ID (1) or INSERT_ID (2)
        need(d, 0, 9, where, "the INTVAR value");
        e.detail = QStringLiteral("%1=%2").arg(quint8(d[0]) == 1 ? QStringLiteral("LAST_INSERT_ID") : QStringLiteral("INSERT_ID"))
                       .arg(le<quint64>(d, 1));
        break;
    }
    case 13:  // RAND
        need(d, 0, 16, where, "the RAND seeds");
        e.detail = QStringLiteral("rand_seed1=%1 rand_seed2=%2").arg(le<quint64>(d, 0)).arg(le<quint64>(d, 8));
        break;
    case 14: {  // USER_VAR: name_length(4) name is_null(1) [type(1) charset(4) length(4) value [flags(1)]]
        need(d, 0, 4, where, "the USER_VAR name length");
        const quint32 n = le<quint32>(d, 0);
        need(d, 4, qsizetype(n) + 1, where, "the USER_VAR name");
        const QString name = QString::fromUtf8(d.mid(4, qsizetype(n)));
        qsizetype pos = 4 + qsizetype(n);
        if (d[pos++]) {
            e.detail = QStringLiteral("@`%1`=NULL").arg(name);
            break;
        }
        need(d, pos, 9, where, "the USER_VAR value header");
        const int valueType = quint8(d[pos]);
        const quint32 length = le<quint32>(d, pos + 5);
        pos += 9;
        need(d, pos, qsizetype(length), where, "the USER_VAR value");
        e.detail = QStringLiteral("@`%1` type=%2 value=0x%3").arg(name, QString::number(valueType), hexText(d.mid(pos, qsizetype(length))));
        break;
    }
    case 38: {  // XA_PREPARE: one_phase(1) format_id(4) gtrid_length(4) bqual_length(4) data
        need(d, 0, 13, where, "the XA_PREPARE header");
        const quint32 g = le<quint32>(d, 5), b = le<quint32>(d, 9);
        need(d, 13, qsizetype(g) + qsizetype(b), where, "the XA_PREPARE xid");
        e.detail = QStringLiteral("one_phase=%1 xid=X'%2',X'%3',%4")
                       .arg(int(d[0]))
                       .arg(hexText(d.mid(13, qsizetype(g))), hexText(d.mid(13 + qsizetype(g), qsizetype(b))))
                       .arg(le<quint32>(d, 1));
        break;
    }
    case 26: {  // INCIDENT: the source says changes are missing from its binlog
        need(d, 0, 3, where, "the INCIDENT header");
        const int n = quint8(d[2]);
        e.detail = QStringLiteral("incident %1: %2").arg(le<quint16>(d, 0)).arg(QString::fromUtf8(d.mid(3, n)));
        break;
    }
    case 28: case 36: case 37:  // IGNORABLE, TRANSACTION_CONTEXT, VIEW_CHANGE (group replication)
        e.detail = QStringLiteral("skipped");
        break;
    case 164:  // MariaDB START_ENCRYPTION
        throw Error(ErrorKind::Permanent, where, QStringLiteral("the binlog is encrypted (encrypt_binlog=ON)"),
                    QStringLiteral("read it through the server (replication stream), which decrypts it"));
    default:
        if (isRowsEvent(type)) {
            const RowsHeader h = decodeRowsHeader(d, type, format, where);
            e.table = m_tables.value(h.tableId);
            if (!e.table)
                throw Error(ErrorKind::Permanent, where,
                            QStringLiteral("%1 for table id %2 without its TABLE_MAP").arg(eventTypeName(type)).arg(h.tableId),
                            QStringLiteral("start reading at a transaction boundary (a GTID or BEGIN event), not in "
                                           "the middle of a statement"));
            e.rowsFlags = h.flags;
            if (m_filter && !m_filter(e.table->map.database, e.table->map.table))
                break;  // not selected: no rows
            e.rows = decodeRows(d, h, e.table->layout, where);
            break;
        }
        if (event.header.flags & kIgnorableFlag) {
            e.ignored = true;
            e.detail = QStringLiteral("unknown event flagged ignorable: skipped");
            break;
        }
        throw Error(ErrorKind::Permanent, where, QStringLiteral("unknown binlog event type %1 (not flagged ignorable)").arg(type),
                    QStringLiteral("the source runs a server version we do not know; tell us its version"));
    }
    out << std::move(e);
}

}  // namespace dts::binlog
