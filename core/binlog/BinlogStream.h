#pragma once
// A replication client: connects to a MySQL 5.7/8.0 or MariaDB 10.x source as a replica would and
// yields its binlog events untouched, as the same Event a BinlogFileReader yields (checksum checked and
// stripped), so one decoder serves files and the live stream.
//
// Transport: the session is an ordinary dts::Connection (TLS, timeouts and the session set-up apply).
// The dump command and COM_REGISTER_SLAVE go through the connection's own command method
// (MYSQL::methods->db_command, public in Connector/C's mysql.h; it is what simple_command would do,
// so TLS and compression stay in the path), and each reply packet is read raw with
// mysql_net_read_packet. Connector/C's own replication API (mariadb_rpl_open/fetch, 3.3.x) is not used:
// it sends only COM_BINLOG_DUMP (no COM_BINLOG_DUMP_GTID for MySQL GTID sets), parses every event as it
// reads and fails the whole stream with "unknown binlog event" for any type it does not know that
// lacks the IGNORABLE flag (MySQL 8's TRANSACTION_PAYLOAD 40, tagged GTID 42, anything newer), and it
// issues its own queries (SELECT @@binlog_checksum, @rpl_semi_sync_slave) on the connection.
//
// Positions: currentFile()/nextOffset() say where the stream stands: the position of the next event it
// will yield, to acknowledge once the events before it are processed. A ROTATE (the server's fake one,
// timestamp 0, at the start of each file, and the real one at the end of a file) moves to the file and
// position it names. A real event moves to its log_pos. Made-up events (flag ARTIFICIAL) and the
// FORMAT_DESCRIPTION resent for a start inside a file (log_pos 0) do not move it, except that a
// HEARTBEAT naming the current file, or MariaDB's GTID_LIST sent once a GTID start is reached, moves to
// a further position they carry (the source skipped events up to there), as a server's replica does.
// Positions above 4 GiB cannot be followed (v4 headers hold 32 bits).
//
// Cancel: cancel() shuts the socket down, so a blocked read returns at once; while the TCP/TLS connect
// of open() itself runs, it takes effect when that returns (at most the 10 s connect timeout).
#include "binlog/BinlogFile.h"
#include "task/TaskSpec.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace dts {
class Connection;
class Error;
}

namespace dts::binlog {

inline constexpr quint32 kAutoServerIdBase = 0x44540000;  // "DT" in the top bytes; the low 16 bits random

struct StreamOptions {
    // The replica server id we announce. 0: pick one in kAutoServerIdBase + 1..0xFFFF that neither the
    // source nor a registered replica uses. An explicit id that clashes is a Precheck error (a second
    // dump with the same id makes the source drop the first, e.g. a real replica's).
    quint32 serverId = 0;
    // Start: a binlog file and offset (COM_BINLOG_DUMP; an empty file starts at the oldest binlog), or,
    // when gtidSet is set, a GTID set (MySQL: uuid:1-5,... sent with COM_BINLOG_DUMP_GTID) or a MariaDB
    // position (0-1-100,... in @slave_connect_state); file and offset are then ignored.
    QString file;
    quint64 offset = 4;
    QString gtidSet;
    // The source sends a HEARTBEAT after this long without events (also what idle-source latency is
    // measured with). No packet for readTimeoutMs means the connection is lost (Transient).
    int heartbeatMs = 1000;
    // 0: 3 heartbeat periods (at least 3 s), and at least 60 s when starting from a GTID set: sources
    // send nothing, not even heartbeats, while they skip to the requested GTID.
    int readTimeoutMs = 0;
    // BINLOG_DUMP_NON_BLOCK: next() returns nullopt once the source has sent all it has, instead of
    // waiting for more.
    bool stopAtEnd = false;
    // COM_REGISTER_SLAVE, so SHOW SLAVE HOSTS / SHOW REPLICAS on the source lists us.
    bool registerReplica = true;
    QString reportHost;  // the host name registered; empty: this machine's
};

class BinlogStream {
public:
    BinlogStream(const Endpoint &source, StreamOptions options);
    ~BinlogStream();
    BinlogStream(const BinlogStream &) = delete;
    BinlogStream &operator=(const BinlogStream &) = delete;

    // Connects, checks the server id and the start, sets the replica session variables, registers,
    // sends the dump command and waits for the source's first reply, so a purged or unknown start fails
    // here. Throws dts::Error: Precheck (server id clash, no binlog, missing privilege), Permanent (the
    // start is no longer in the source's binlogs: rerun full data), Transient (connection), Invalid
    // (malformed GTID set), Cancelled.
    void open();
    // The next event, CRC32 checked and stripped; HEARTBEAT events included. nullopt after cancel()
    // (or at the end with stopAtEnd). Throws dts::Error: Transient when the connection is lost or no
    // packet came within the read timeout (retry from the last acknowledged position), Permanent for
    // source errors such as a binlog purged while we read it, Precheck if another replica took our id.
    std::optional<Event> next();
    // Thread-safe: stops open() or next() promptly (shuts the socket down); next() then returns nullopt.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    const FormatDescription &format() const { return m_framer.format(); }
    QString currentFile() const { return m_file; }
    quint64 nextOffset() const { return m_next; }
    bool isMariaDb() const { return m_mariaDb; }
    quint32 serverId() const { return m_serverId; }      // the id in use (picked when options say 0)
    quint64 connectionId() const { return m_threadId; }  // the source's id for our session (KILL <id>)
    QString serverVersion() const { return m_version; }

private:
    void connectAndCheck();
    quint32 pickOrCheckServerId(quint32 sourceId);
    void setSessionVariables();
    void registerAsReplica();
    void sendDump();
    std::optional<Event> readEvent();
    void track(const Event &e);
    [[noreturn]] void throwReadError(qint64 waitedMs);
    [[noreturn]] void fail(const Error &e);
    QString object() const;
    QString startText() const;
    void closeConnection();

    Endpoint m_source;
    StreamOptions m_o;
    std::unique_ptr<Connection> m_conn;
    mutable std::mutex m_connMutex;  // guards m_conn's existence against cancel()
    std::atomic<bool> m_cancelled{false};
    EventFramer m_framer;
    std::optional<Event> m_pending;  // the first event, read by open()
    bool m_mariaDb = false;
    bool m_ended = false;
    bool m_opened = false;
    QString m_version;
    quint32 m_serverId = 0;
    quint64 m_threadId = 0;
    int m_readTimeoutSec = 0;
    QString m_file;
    quint64 m_next = 4;
};

// The command packets (payload after the command byte's packet header), exposed for tests.
// COM_BINLOG_DUMP: command(1)=0x12 position(4) flags(2) server_id(4) file name (rest of the packet).
QByteArray comBinlogDump(quint32 position, quint16 flags, quint32 serverId, const QByteArray &file);
// COM_BINLOG_DUMP_GTID: command(1)=0x1e flags(2) server_id(4) name_size(4) name position(8)
// data_size(4) data (MySqlGtidSet::encode()).
QByteArray comBinlogDumpGtid(quint16 flags, quint32 serverId, const QByteArray &file, quint64 position,
                             const QByteArray &gtidData);
// COM_REGISTER_SLAVE: command(1)=0x15 server_id(4) host(1+n) user(1+n) password(1+n) port(2)
// rank(4, unused) master_id(4, 0: the source fills in its own).
QByteArray comRegisterSlave(quint32 serverId, const QByteArray &host, quint16 port);

}  // namespace dts::binlog
