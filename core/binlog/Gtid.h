#pragma once
// GTIDs of both flavours: MySQL's sets (uuid:1-5:7, …) and MariaDB's positions (domain-server-seq, …),
// as text and as they are coded in binlog events (GTID, PREVIOUS_GTIDS, MariaDB GTID, GTID_LIST).
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace dts::binlog {

struct MySqlGtid {
    QByteArray sid;  // 16 bytes
    qint64 gno = 0;
    QString tag;     // MySQL 8.3+ tagged GTID (lower case); "" for untagged
    QString toString() const;  // uuid:gno, or uuid:tag:gno as MySQL prints a tagged one
    // One GTID as toString() and MySQL print it: "uuid:gno" or "uuid:tag:gno" (the tag folded to lower
    // case, as MySQL does). Throws dts::Error(Invalid) naming the text and what is wrong with it.
    static MySqlGtid parse(const QString &text);
};

// Intervals per source uuid and tag (MySQL 8.3+: uuid:tag:1-5; "" for untagged), half-open
// [start, end) internally, printed as start-(end-1).
class MySqlGtidSet {
public:
    // "uuid:1-5:7,uuid2:tag:3"; tags are [a-z_][a-z0-9_]{0,31}, folded to lower case as MySQL does.
    // Throws dts::Error(Invalid) naming the text for malformed input.
    static MySqlGtidSet parse(const QString &text);
    // The binary form of COM_BINLOG_DUMP_GTID and PREVIOUS_GTIDS (MySQL's Gtid_set::encode): n_sids(8)
    // { sid(16) [tag] n_intervals(8) { start(8) end(8, exclusive) }* }*. A set holding any tag uses
    // the tagged format (8.3+): n_sids field = 1 << 56 | n << 8 | 1, and every entry has a tag
    // field, length << 1 in one byte then the bytes (0x00 for untagged).
    QByteArray encode() const;
    bool hasTags() const;
    void add(const QByteArray &sid, qint64 gno, const QString &tag = {});
    bool contains(const QByteArray &sid, qint64 gno, const QString &tag = {}) const;
    bool isEmpty() const { return m_sets.isEmpty(); }
    QString toString() const;  // canonical: uuids in order, untagged intervals then tags in order, merged
    bool operator==(const MySqlGtidSet &o) const { return m_sets == o.m_sets; }

private:
    friend MySqlGtidSet decodePreviousGtids(const QByteArray &body);
    using Key = QPair<QByteArray, QString>;  // sid, tag
    void addInterval(const Key &key, qint64 start, qint64 end);
    QMap<Key, QList<QPair<qint64, qint64>>> m_sets;
};

struct MariaGtid {
    quint32 domain = 0;
    quint32 server = 0;
    quint64 seq = 0;
    QString toString() const;  // domain-server-seq
    bool operator==(const MariaGtid &o) const { return domain == o.domain && server == o.server && seq == o.seq; }
};

// A MariaDB position: the last GTID of each replication domain.
class MariaGtidPosition {
public:
    static MariaGtidPosition parse(const QString &text);  // "0-1-5,1-2-7"; throws dts::Error(Invalid)
    void update(const MariaGtid &gtid);
    QList<MariaGtid> gtids() const { return m_domains.values(); }
    QString toString() const;

private:
    QMap<quint32, MariaGtid> m_domains;
};

QString uuidText(const QByteArray &sid);

// Event bodies (after the common header, checksum removed). Throw dts::Error for short bodies.
MySqlGtid decodeMySqlGtid(const QByteArray &body);

// MySQL 8.3+ GTID_TAGGED_LOG_EVENT (type 42). Unlike GTID (33) it is a message of MySQL's serialization
// library (libs/mysql/serialization): every number a variable-length integer (1-9 bytes, little endian;
// the trailing 1 bits of the first byte plus one give the byte count, the value fills the bits above
// them; signed numbers stored as (x << 1) ^ (x >> 63)). The message: format version (1), its size in bytes
// counted from the version, the last field id a reader must understand (0: none), then the fields as
// id + value in ascending id order, optional ones left out:
//   0 gtid_flags   1 uuid (16 bytes, each one an integer)   2 gno (signed)   3 tag (length + bytes)
//   4 last_committed (signed)   5 sequence_number (signed)   6 immediate_commit_timestamp (µs)
//   7 original_commit_timestamp (absent: = immediate)   8 transaction_length   9 immediate_server_version
//   10 original_server_version (absent: = immediate)   11 commit_group_ticket (absent: 0)
// Fields of a newer server (ids above 11) are skipped, as MySQL skips them, unless the message says they
// must be understood.
struct MySqlTaggedGtidEvent {
    MySqlGtid gtid;  // an empty tag field leaves it untagged, as in MySQL's reader
    quint8 flags = 0;
    std::optional<qint64> lastCommitted, sequenceNumber;
    quint64 immediateCommitTimestamp = 0, originalCommitTimestamp = 0;
    quint64 transactionLength = 0;
    quint32 immediateServerVersion = 0, originalServerVersion = 0;
    quint64 commitGroupTicket = 0;
};
// `where` (file:offset) names the event in errors: dts::Error(Permanent) for a truncated or corrupt
// message, a tag that is not [a-z_][a-z0-9_]{0,31}, a gno outside 1..2^63-2, a missing uuid or gno.
MySqlTaggedGtidEvent decodeMySqlTaggedGtid(const QByteArray &body, const QString &where);
MySqlGtidSet decodePreviousGtids(const QByteArray &body);
MariaGtid decodeMariaGtid(const QByteArray &body, quint32 serverId);
QList<MariaGtid> decodeMariaGtidList(const QByteArray &body);

}  // namespace dts::binlog
