#include "binlog/BinlogStream.h"

#include "binlog/Gtid.h"
#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Connection.h"
#include "mysql/ServerVersion.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>
#include <QtEndian>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

namespace dts::binlog {

namespace {

constexpr quint8 kComBinlogDump = 0x12;
constexpr quint8 kComRegisterSlave = 0x15;
constexpr quint8 kComBinlogDumpGtid = 0x1e;
constexpr quint16 kDumpNonBlock = 0x01;
constexpr quint16 kSendAnnotateRows = 0x02;  // MariaDB only (MySQL gives bit 1 other meanings)
constexpr unsigned kErSlaveSameIdMaria = 4052;
constexpr int kGtidStartTimeoutSec = 60;

void put16(QByteArray &b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}
void put64(QByteArray &b, quint64 v)
{
    char x[8];
    qToLittleEndian(v, x);
    b.append(x, 8);
}

bool isAccessDenied(unsigned code)
{
    return code == ER_ACCESS_DENIED_ERROR || code == ER_SPECIFIC_ACCESS_DENIED_ERROR || code == ER_DBACCESS_DENIED_ERROR ||
           code == ER_TABLEACCESS_DENIED_ERROR;
}

QString replicationGrantFix(const Endpoint &e)
{
    return QStringLiteral("the source account needs the REPLICATION SLAVE privilege (GRANT REPLICATION SLAVE, "
                          "REPLICATION CLIENT ON *.* TO '%1'@'%')")
        .arg(e.user);
}

const QString kServerIdFix = QStringLiteral(
    "set advanced.serverId in the task to a replica server id that is neither the source's server_id nor listed by "
    "SHOW SLAVE HOSTS on the source, or to 0 to let dts pick a free one");

}  // namespace

QByteArray comBinlogDump(quint32 position, quint16 flags, quint32 serverId, const QByteArray &file)
{
    QByteArray b;
    b.reserve(11 + file.size());
    b += char(kComBinlogDump);
    put32(b, position);
    put16(b, flags);
    put32(b, serverId);
    b += file;
    return b;
}

QByteArray comBinlogDumpGtid(quint16 flags, quint32 serverId, const QByteArray &file, quint64 position,
                             const QByteArray &gtidData)
{
    QByteArray b;
    b.reserve(23 + file.size() + gtidData.size());
    b += char(kComBinlogDumpGtid);
    put16(b, flags);
    put32(b, serverId);
    put32(b, quint32(file.size()));
    b += file;
    put64(b, position);
    put32(b, quint32(gtidData.size()));
    b += gtidData;
    return b;
}

QByteArray comRegisterSlave(quint32 serverId, const QByteArray &host, quint16 port)
{
    const QByteArray h = host.left(60);  // HOSTNAME_LENGTH of MySQL 5.7; longer names are refused
    QByteArray b;
    b += char(kComRegisterSlave);
    put32(b, serverId);
    b += char(h.size());
    b += h;
    b += char(0);  // user: not reported
    b += char(0);  // password: never
    put16(b, port);
    put32(b, 0);  // replication rank, unused
    put32(b, 0);  // master id: the source fills in its own
    return b;
}

BinlogStream::BinlogStream(const Endpoint &source, StreamOptions options) : m_source(source), m_o(std::move(options))
{
    if (m_o.heartbeatMs <= 0)
        m_o.heartbeatMs = 1000;
    m_file = m_o.gtidSet.isEmpty() ? m_o.file : QString();
    m_next = m_o.gtidSet.isEmpty() ? std::max<quint64>(m_o.offset, 4) : 4;
}

BinlogStream::~BinlogStream() { closeConnection(); }

QString BinlogStream::object() const { return QStringLiteral("binlog stream from source %1").arg(m_source.label()); }

QString BinlogStream::startText() const
{
    if (m_file.isEmpty())  // no ROTATE yet: what was asked for
        return m_o.gtidSet.isEmpty() ? QStringLiteral("the oldest binlog") : QStringLiteral("GTID %1").arg(m_o.gtidSet);
    return QStringLiteral("binlog file %1 at offset %2").arg(m_file).arg(m_next);
}

void BinlogStream::cancel()
{
    m_cancelled = true;
    std::lock_guard lock(m_connMutex);
    if (m_conn)
        mariadb_cancel(m_conn->handle());  // shuts the socket down: a blocked read returns at once
}

void BinlogStream::closeConnection()
{
    std::unique_ptr<Connection> c;
    {
        std::lock_guard lock(m_connMutex);
        c = std::move(m_conn);
    }
    if (c)
        mariadb_cancel(c->handle());  // the source is streaming at us: do not wait for it
}

void BinlogStream::open()
{
    if (m_opened)
        throw Error(ErrorKind::Invalid, object(), QStringLiteral("open() called twice"));
    m_opened = true;
    try {
        if (m_cancelled)
            throw Error(ErrorKind::Cancelled, object(), QStringLiteral("stopped"));
        connectAndCheck();
        setSessionVariables();
        if (m_o.registerReplica)
            registerAsReplica();
        sendDump();
        m_pending = readEvent();
    } catch (const Error &e) {
        closeConnection();
        if (m_cancelled && e.kind() != ErrorKind::Cancelled)
            throw Error(ErrorKind::Cancelled, object(), QStringLiteral("stopped"));
        throw;
    }
    if (!m_pending && m_cancelled)
        throw Error(ErrorKind::Cancelled, object(), QStringLiteral("stopped"));
}

void BinlogStream::connectAndCheck()
{
    int timeout = m_o.readTimeoutMs > 0 ? (m_o.readTimeoutMs + 999) / 1000 : std::max(3, (3 * m_o.heartbeatMs + 999) / 1000);
    if (m_o.readTimeoutMs <= 0 && !m_o.gtidSet.isEmpty())
        timeout = std::max(timeout, kGtidStartTimeoutSec);
    m_readTimeoutSec = timeout;

    ConnectOptions co;
    co.role = QStringLiteral("source");
    co.readTimeoutSec = timeout;  // whole seconds: the granularity Connector/C offers
    auto conn = std::make_unique<Connection>(m_source, co);
    {
        std::lock_guard lock(m_connMutex);
        m_conn = std::move(conn);
        if (m_cancelled)
            throw Error(ErrorKind::Cancelled, object(), QStringLiteral("stopped"));
    }
    m_mariaDb = m_conn->isMariaDb();
    m_version = m_conn->serverVersion();
    m_threadId = mysql_thread_id(m_conn->handle());

    const ResultSet rs = m_conn->query(QByteArrayLiteral("SELECT @@server_id, @@log_bin"));
    const quint32 sourceId = rs.rows.value(0).value(0).toUInt();
    if (rs.rows.value(0).value(1).toInt() != 1)
        throw Error(ErrorKind::Precheck, object(), QStringLiteral("binary logging is off on the source (log_bin = OFF)"),
                    QStringLiteral("start the source with log_bin enabled and binlog_format = ROW"));
    m_serverId = pickOrCheckServerId(sourceId);

    if (!m_o.gtidSet.isEmpty() && !m_mariaDb) {
        const auto mode = m_conn->scalar(QStringLiteral("SELECT @@global.gtid_mode"));
        if (!mode || mode->toUpper() != "ON")
            throw Error(ErrorKind::Precheck, object(),
                        QStringLiteral("the task starts from a GTID set, but gtid_mode is %1 on the source")
                            .arg(mode ? QString::fromUtf8(*mode) : QStringLiteral("unset")),
                        QStringLiteral("start from a binlog file and offset, or enable GTIDs on the source "
                                       "(gtid_mode = ON, enforce_gtid_consistency = ON)"));
    }
}

quint32 BinlogStream::pickOrCheckServerId(quint32 sourceId)
{
    struct Replica {
        quint32 id;
        QString host;
        int port;
    };
    QList<Replica> replicas;
    const bool showReplicas = !m_mariaDb && ServerVersion::parse(m_version).number() >= 80022;  // SHOW SLAVE HOSTS is gone in 8.4
    const QByteArray sql = showReplicas ? QByteArrayLiteral("SHOW REPLICAS") : QByteArrayLiteral("SHOW SLAVE HOSTS");
    try {
        for (const SqlRow &r : m_conn->query(sql).rows)
            replicas.append({r.value(0).toUInt(), r.value(1).toString(), r.value(2).toInt()});
    } catch (const Error &e) {
        if (e.kind() != ErrorKind::Precheck)  // access denied: the check is best effort
            throw;
        log()->warn("{}: cannot list the source's replicas to check server id clashes: {}", str(object()),
                    str(e.describe()));
    }
    const QString host = m_o.reportHost.isEmpty() ? QSysInfo::machineHostName() : m_o.reportHost;

    if (m_o.serverId == 0) {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            const quint32 id = kAutoServerIdBase + quint32(QRandomGenerator::global()->bounded(1, 0x10000));
            const bool used = id == sourceId ||
                              std::any_of(replicas.begin(), replicas.end(), [id](const Replica &r) { return r.id == id; });
            if (!used)
                return id;
        }
        throw Error(ErrorKind::Precheck, object(), QStringLiteral("found no free replica server id"), kServerIdFix);
    }

    const quint32 id = m_o.serverId;
    if (id == sourceId)
        throw Error(ErrorKind::Precheck, object(),
                    QStringLiteral("replica server id %1 is the source's own server_id").arg(id), kServerIdFix);
    for (const Replica &r : replicas) {
        if (r.id != id)
            continue;
        if (m_o.registerReplica && r.host == host) {
            // Registered from this machine: most likely our own earlier connection that the source has not
            // yet noticed is gone (it notices at its next write). Go on, as a replica reconnecting does: the
            // source drops the old dump thread with the same id (MariaDB) or replica uuid (MySQL). Another
            // task on this machine with the same id would be dropped too and report the clash.
            log()->info("{}: server id {} is still registered from this host ({}); replacing that connection",
                        str(object()), id, str(host));
            continue;
        }
        throw Error(ErrorKind::Precheck, object(),
                    QStringLiteral("replica server id %1 is already used by the replica %2:%3 registered on the source "
                                   "(%4); a second dump with its id would make the source disconnect it")
                        .arg(id)
                        .arg(r.host.isEmpty() ? QStringLiteral("(no host reported)") : r.host)
                        .arg(r.port)
                        .arg(QString::fromLatin1(sql)),
                    kServerIdFix);
    }
    return id;
}

void BinlogStream::setSessionVariables()
{
    const quint64 ns = quint64(m_o.heartbeatMs) * 1000000ULL;
    // Checksums: events come with the CRC32 the binlog has (we verify it). Heartbeat: the source sends
    // one after this long without an event. MySQL 8.0.26+ read the @source_… names, older servers and
    // MariaDB the @master_… ones.
    QByteArray sql = "SET @master_binlog_checksum = @@global.binlog_checksum, "
                     "@source_binlog_checksum = @@global.binlog_checksum, "
                     "@master_heartbeat_period = " + QByteArray::number(ns) +
                     ", @source_heartbeat_period = " + QByteArray::number(ns);
    if (m_mariaDb) {
        // MARIA_SLAVE_CAPABILITY_GTID (4, the newest): GTID, GTID_LIST, BINLOG_CHECKPOINT and ANNOTATE_ROWS
        // events are sent as they are; lower values get them replaced by dummy events or omitted.
        sql += ", @mariadb_slave_capability = 4";
    } else {
        // MySQL drops an earlier dump thread with the same replica uuid (ours after a reconnect); the uuid
        // is derived from the server id, so it is the same for every connection of this stream.
        const QString uuid = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c0d52-8a4e-4f39-9d0a-5e2b7c3a1d44}")),
                                                 QStringLiteral("dts-replica-%1").arg(m_serverId))
                                 .toString(QUuid::WithoutBraces);
        sql += ", @slave_uuid = '" + uuid.toLatin1() + "', @replica_uuid = '" + uuid.toLatin1() + "'";
    }
    m_conn->exec(sql);
    const auto alg = m_conn->scalar(QStringLiteral("SELECT @master_binlog_checksum"));
    // Only the events before the first FORMAT_DESCRIPTION (the fake ROTATE) depend on this.
    m_framer.setChecksumsBeforeFormat(alg && alg->toUpper() == "CRC32");

    if (!m_o.gtidSet.isEmpty() && m_mariaDb) {
        MariaGtidPosition pos;
        try {
            pos = MariaGtidPosition::parse(m_o.gtidSet);
        } catch (const Error &e) {
            throw Error(ErrorKind::Invalid, e.object(), e.message(),
                        QStringLiteral("the source is MariaDB: give a GTID position like 0-1-100 (SELECT @@gtid_binlog_pos)"));
        }
        // Strict mode: a start GTID missing from a sequence the source has (a hole) is an error, not a
        // silent start after it. Duplicates are not ignored: this is one source, not a multi-path setup.
        m_conn->exec(QByteArrayLiteral("SET @slave_connect_state = '") + pos.toString().toLatin1() +
                     QByteArrayLiteral("', @slave_gtid_strict_mode = 1, @slave_gtid_ignore_duplicates = 0"));
    }
}

void BinlogStream::registerAsReplica()
{
    const QString host = m_o.reportHost.isEmpty() ? QSysInfo::machineHostName() : m_o.reportHost;
    const QByteArray pkt = comRegisterSlave(m_serverId, host.toUtf8(), 0);
    MYSQL *m = m_conn->handle();
    if (m->methods->db_command(m, enum_server_command(kComRegisterSlave), pkt.constData() + 1, size_t(pkt.size() - 1),
                               0 /* read the OK */, nullptr) != 0) {
        const Error e = m_conn->lastError({});
        if (isAccessDenied(unsigned(e.code())))
            throw Error(ErrorKind::Precheck, object(),
                        QStringLiteral("the source refuses to register us as a replica: %1").arg(e.message()),
                        replicationGrantFix(m_source), e.code());
        throw Error(e.kind(), object(), QStringLiteral("registering as a replica: %1").arg(e.message()), e.fix(), e.code());
    }
}

void BinlogStream::sendDump()
{
    quint16 flags = m_o.stopAtEnd ? kDumpNonBlock : 0;
    QByteArray pkt;
    if (!m_o.gtidSet.isEmpty() && !m_mariaDb) {
        MySqlGtidSet set;
        try {
            set = MySqlGtidSet::parse(m_o.gtidSet);
        } catch (const Error &e) {
            throw Error(ErrorKind::Invalid, e.object(), e.message(),
                        QStringLiteral("the source is MySQL: give a GTID set like uuid:1-100 (SELECT @@gtid_executed)"));
        }
        // No file name, position 4: the source finds the first transaction not in the set. The flags stay
        // 0 as MySQL's own replica sends them (the server reads the GTID data unconditionally).
        pkt = comBinlogDumpGtid(flags, m_serverId, {}, 4, set.encode());
    } else {
        if (m_mariaDb)
            flags |= kSendAnnotateRows;  // else they are omitted and the stream differs from the file
        // With @slave_connect_state set, MariaDB ignores the file and position.
        const quint64 pos = m_o.gtidSet.isEmpty() ? std::max<quint64>(m_o.offset, 4) : 4;
        if (pos > 0xffffffffULL)
            throw Error(ErrorKind::Invalid, object(),
                        QStringLiteral("offset %1 is beyond what COM_BINLOG_DUMP can ask for (4 GiB)").arg(pos));
        pkt = comBinlogDump(quint32(pos), flags, m_serverId, m_o.gtidSet.isEmpty() ? m_o.file.toUtf8() : QByteArray());
    }
    MYSQL *m = m_conn->handle();
    // skip_check: the reply is the event stream, read by readEvent().
    if (m->methods->db_command(m, enum_server_command(quint8(pkt[0])), pkt.constData() + 1, size_t(pkt.size() - 1), 1,
                               nullptr) != 0)
        throw m_conn->lastError(object());
}

std::optional<Event> BinlogStream::next()
{
    if (!m_opened)
        throw Error(ErrorKind::Invalid, object(), QStringLiteral("next() before open()"));
    if (m_pending) {
        std::optional<Event> e = std::move(m_pending);
        m_pending.reset();
        return e;
    }
    return readEvent();
}

std::optional<Event> BinlogStream::readEvent()
{
    if (m_ended || m_cancelled)
        return std::nullopt;
    MYSQL *m = nullptr;
    {
        std::lock_guard lock(m_connMutex);
        if (m_conn)
            m = m_conn->handle();
    }
    if (!m)
        throw Error(ErrorKind::Transient, object(), QStringLiteral("the connection is closed after an earlier error"),
                    QStringLiteral("open a new stream from the last acknowledged position"));

    QElapsedTimer waited;
    waited.start();
    const unsigned long len = mysql_net_read_packet(m);
    if (len == packet_error || len == 0) {
        if (m_cancelled) {
            closeConnection();
            return std::nullopt;
        }
        throwReadError(waited.elapsed());
    }
    const char *p = reinterpret_cast<const char *>(m->net.read_pos);
    // Formatted only when needed: events can come at a rate where this would show.
    auto where = [this] { return QStringLiteral("%1, %2:%3").arg(object(), m_file).arg(m_next); };
    if (quint8(p[0]) == 0xfe && len < 9) {
        // The end of the stream: what BINLOG_DUMP_NON_BLOCK asks for; otherwise the source stopped the dump.
        m_ended = true;
        closeConnection();
        if (m_o.stopAtEnd)
            return std::nullopt;
        throw Error(ErrorKind::Transient, where(), QStringLiteral("the source ended the binlog dump"),
                    QStringLiteral("the dump thread was stopped on the source; reconnect from the last acknowledged "
                                   "position"));
    }
    if (p[0] != 0)
        fail(Error(ErrorKind::Permanent, where(),
                   QStringLiteral("unexpected packet (first byte 0x%1) in the binlog stream").arg(quint8(p[0]), 2, 16, QLatin1Char('0'))));
    if (len < 1 + quint64(kHeaderSize))
        fail(Error(ErrorKind::Permanent, where(), QStringLiteral("binlog packet of %1 bytes is too short for an event").arg(len)));
    const EventHeader h = EventHeader::parse(p + 1);
    if (h.eventSize != len - 1)
        fail(Error(ErrorKind::Permanent, where(),
                   QStringLiteral("%1 event says it has %2 bytes but its packet holds %3")
                        .arg(eventTypeName(h.type))
                        .arg(h.eventSize)
                        .arg(len - 1)));

    // Where the event starts in its file: a real event ends at its log_pos. The fake ROTATE and other
    // made-up events are in no file; the FORMAT_DESCRIPTION resent with log_pos 0 is the file's first.
    quint64 offset = m_next;
    if (h.type == FormatDescriptionEvent)
        offset = 4;
    else if (!(h.flags & kFlagArtificial) && h.nextPosition >= h.eventSize && h.type != HeartbeatEvent &&
             h.type != HeartbeatV2Event)
        offset = h.nextPosition - h.eventSize;
    // The server makes the fake ROTATE before it has read the file's FORMAT_DESCRIPTION, with the checksum
    // setting of the previous file or of @master_binlog_checksum: recognise its CRC32 by checking it.
    const bool fakeRotate = h.type == RotateEvent && h.timestamp == 0;
    Event e;
    try {
        e = m_framer.frame(p + 1, QByteArray(p + 1 + kHeaderSize, qsizetype(len - 1 - kHeaderSize)), offset, QString(),
                           fakeRotate ? EventFramer::Checksum::Detect : EventFramer::Checksum::FromFormat);
    } catch (const Error &err) {
        fail(Error(err.kind(), where(), err.message(),
                   QStringLiteral("the event is damaged in the source's binlog or was damaged on the way: check the "
                                   "source's binlog at this position with mysqlbinlog / mariadb-binlog")));
    }
    track(e);
    return e;
}

void BinlogStream::fail(const Error &e)
{
    closeConnection();  // the stream cannot be trusted past a bad packet
    throw e;
}

void BinlogStream::track(const Event &e)
{
    const EventHeader &h = e.header;
    if (h.type == RotateEvent) {
        // position(8) file name: the next event is there (fake ROTATE: where the dump starts).
        if (e.body.size() >= 8) {
            m_next = qFromLittleEndian<quint64>(e.body.constData());
            m_file = QString::fromUtf8(e.body.mid(8));
        }
        return;
    }
    quint64 pos = h.nextPosition;
    if (h.type == HeartbeatEvent) {
        // Body: the current file name; MariaDB puts an 8-byte position before it when log_pos overflowed.
        QByteArray name = e.body;
        if (pos == 0 && m_mariaDb && name.size() > 8) {
            pos = qFromLittleEndian<quint64>(name.constData());
            name = name.mid(8);
        }
        if (QString::fromUtf8(name) != m_file)
            return;
    } else if (h.type == HeartbeatV2Event) {
        return;  // not asked for
    }
    // Made-up events do not move us, except MariaDB's GTID_LIST sent once a GTID start is reached: it
    // carries the boundary the source has read up to, as heartbeats do. log_pos 0: the FORMAT_DESCRIPTION
    // resent for a start inside a file (and other made-up events).
    if ((h.flags & kFlagArtificial) && h.type != MariaGtidListEvent && h.type != HeartbeatEvent)
        return;
    if (pos > m_next)
        m_next = pos;
}

void BinlogStream::throwReadError(qint64 waitedMs)
{
    Error base = [&] {
        std::lock_guard lock(m_connMutex);
        return m_conn ? m_conn->lastError({})
                      : Error(ErrorKind::Transient, object(), QStringLiteral("connection closed"));
    }();
    closeConnection();
    const unsigned code = unsigned(base.code());
    const QString where = object();
    const QString at = QStringLiteral(" (at %1)").arg(startText());
    if (code == ER_MASTER_FATAL_ERROR_READING_BINLOG || code == ER_MASTER_HAS_PURGED_REQUIRED_GTIDS ||
        code == ER_GTID_POSITION_NOT_FOUND_IN_BINLOG || code == ER_GTID_POSITION_NOT_FOUND_IN_BINLOG2 ||
        code == ER_GTID_START_FROM_BINLOG_HOLE) {
        if (base.message().contains(QLatin1String("same server_uuid/server_id"), Qt::CaseInsensitive))
            throw Error(ErrorKind::Precheck, where,
                        QStringLiteral("another replica connected to the source with our server id %1: %2")
                            .arg(m_serverId)
                            .arg(base.message()),
                        kServerIdFix, int(code));
        if (base.message().contains(QLatin1String("GTID_MODE"), Qt::CaseInsensitive))
            throw Error(ErrorKind::Precheck, where, base.message(),
                        QStringLiteral("start from a binlog file and offset, or enable GTIDs on the source "
                                       "(gtid_mode = ON, enforce_gtid_consistency = ON)"),
                        int(code));
        if (base.message().contains(QLatin1String("Binary log is not open"), Qt::CaseInsensitive))
            throw Error(ErrorKind::Precheck, where, base.message(),
                        QStringLiteral("start the source with log_bin enabled and binlog_format = ROW"), int(code));
        if (base.message().contains(QLatin1String("max_allowed_packet"), Qt::CaseInsensitive))
            throw Error(ErrorKind::Permanent, where, base.message(),
                        QStringLiteral("raise max_allowed_packet on the source (SET GLOBAL max_allowed_packet = 1073741824)"),
                        int(code));
        throw Error(ErrorKind::Permanent, where,
                    QStringLiteral("the source cannot send its binlog from %1: %2").arg(startText(), base.message()),
                    QStringLiteral("the binlog this task needs is no longer on the source (purged by "
                                   "expire_logs_days / binlog_expire_logs_seconds or PURGE BINARY LOGS, or the position "
                                   "never existed there): start the task again with a new full data sync, and keep "
                                   "binlogs on the source longer than the task may be stopped"),
                    int(code));
    }
    if (code == kErSlaveSameIdMaria)
        throw Error(ErrorKind::Precheck, where,
                    QStringLiteral("another replica connected to the source with our server id %1: %2")
                        .arg(m_serverId)
                        .arg(base.message()),
                    kServerIdFix, int(code));
    if (isAccessDenied(code))
        throw Error(ErrorKind::Precheck, where, base.message(), replicationGrantFix(m_source), int(code));
    if (code == ER_NO_BINARY_LOGGING)
        throw Error(ErrorKind::Precheck, where, base.message(),
                    QStringLiteral("start the source with log_bin enabled and binlog_format = ROW"), int(code));
    if (code == CR_SERVER_LOST && waitedMs >= qint64(m_readTimeoutSec) * 1000 - 100)
        throw Error(ErrorKind::Transient, where,
                    QStringLiteral("no event or heartbeat from the source for %1 s: the connection is considered lost")
                        .arg(m_readTimeoutSec) + at,
                    QStringLiteral("reconnect from the last acknowledged position; check the network if it recurs"),
                    int(code));
    if (code == CR_SERVER_LOST || code == CR_SERVER_GONE_ERROR || code == ER_SERVER_SHUTDOWN || code == 1927 ||
        code == ER_NET_READ_INTERRUPTED || code == ER_NET_READ_ERROR || code == ER_QUERY_INTERRUPTED)
        throw Error(ErrorKind::Transient, where, base.message() + at,
                    QStringLiteral("reconnect from the last acknowledged position"), int(code));
    throw Error(base.kind(), where, base.message() + at, base.fix(), int(code));
}

}  // namespace dts::binlog
