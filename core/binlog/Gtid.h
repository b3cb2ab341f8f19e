#pragma once
// GTIDs of both flavours: MySQL's sets (uuid:1-5:7, …) and MariaDB's positions (domain-server-seq, …),
// as text and as they are coded in binlog events (GTID, PREVIOUS_GTIDS, MariaDB GTID, GTID_LIST).
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace dts::binlog {

struct MySqlGtid {
    QByteArray sid;  // 16 bytes
    qint64 gno = 0;
    QString toString() const;  // uuid:gno
};

// Intervals per source uuid, half-open [start, end) internally, printed as start-(end-1).
class MySqlGtidSet {
public:
    // Throws dts::Error(Invalid) naming the text for malformed input.
    static MySqlGtidSet parse(const QString &text);
    void add(const QByteArray &sid, qint64 gno);
    bool contains(const QByteArray &sid, qint64 gno) const;
    bool isEmpty() const { return m_sets.isEmpty(); }
    QString toString() const;  // canonical: uuids in order, intervals merged
    bool operator==(const MySqlGtidSet &o) const { return m_sets == o.m_sets; }

private:
    friend MySqlGtidSet decodePreviousGtids(const QByteArray &body);
    void addInterval(const QByteArray &sid, qint64 start, qint64 end);
    QMap<QByteArray, QList<QPair<qint64, qint64>>> m_sets;
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
MySqlGtidSet decodePreviousGtids(const QByteArray &body);
MariaGtid decodeMariaGtid(const QByteArray &body, quint32 serverId);
QList<MariaGtid> decodeMariaGtidList(const QByteArray &body);

}  // namespace dts::binlog
