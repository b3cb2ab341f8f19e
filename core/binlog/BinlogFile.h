#pragma once
// The framing of a binlog: the 19-byte v4 event header, the FORMAT_DESCRIPTION event that says whether
// events carry a CRC32, and a reader for binlog files. EventFramer (checksum check and strip, FDE
// tracking) is shared with the replication stream (BinlogStream), so one decoder serves both. Every
// event's checksum is verified; a short or damaged event is an error naming the file and offset.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <optional>

namespace dts::binlog {

// Event type codes, MySQL's and MariaDB's (those that matter to us; others pass through by number).
enum EventType : quint8 {
    QueryEvent = 2,
    StopEvent = 3,
    RotateEvent = 4,
    FormatDescriptionEvent = 15,
    XidEvent = 16,
    TableMapEvent = 19,
    WriteRowsV1 = 23,
    UpdateRowsV1 = 24,
    DeleteRowsV1 = 25,
    HeartbeatEvent = 27,
    IgnorableEvent = 28,
    RowsQueryEvent = 29,
    WriteRowsV2 = 30,
    UpdateRowsV2 = 31,
    DeleteRowsV2 = 32,
    GtidEvent = 33,
    AnonymousGtidEvent = 34,
    PreviousGtidsEvent = 35,
    PartialUpdateRowsEvent = 39,
    TransactionPayloadEvent = 40,
    HeartbeatV2Event = 41,      // MySQL 8.0.26+, only sent to replicas that ask for it (we do not)
    GtidTaggedEvent = 42,       // MySQL 8.3+
    MariaAnnotateRowsEvent = 160,
    MariaBinlogCheckpointEvent = 161,
    MariaGtidEvent = 162,
    MariaGtidListEvent = 163,
};
QString eventTypeName(quint8 type);

inline constexpr int kHeaderSize = 19;
inline constexpr quint16 kFlagBinlogInUse = 0x0001;  // FDE of a binlog still being written
inline constexpr quint16 kFlagArtificial = 0x0020;   // made up by the sender, not in any binlog
inline constexpr char kMagic[] = "\xfe" "bin";

struct EventHeader {
    quint32 timestamp = 0;
    quint8 type = 0;
    quint32 serverId = 0;
    quint32 eventSize = 0;  // header + body + checksum
    quint32 nextPosition = 0;
    quint16 flags = 0;
    static EventHeader parse(const char *p);  // p has kHeaderSize bytes
};

struct FormatDescription {
    quint16 binlogVersion = 4;
    QString serverVersion;
    quint8 headerLength = kHeaderSize;
    QByteArray postHeaderLengths;  // indexed by event type - 1
    bool checksums = false;         // events end in a CRC32
    bool hasChecksumField = false;  // this FDE ends in algorithm(1) + checksum(4) (MySQL 5.6.1+, MariaDB 5.3+)
    // `rest` is everything after the event header, checksum included.
    static FormatDescription parse(const QByteArray &rest, const QString &where);
};

struct Event {
    quint64 offset = 0;  // where the event starts in its file
    EventHeader header;
    QByteArray body;     // after the header, without the checksum
};

// CRC32 (zlib's, as the servers use) of `a` followed by `b`.
quint32 binlogCrc32(const char *a, qsizetype aLen, const char *b = nullptr, qsizetype bLen = 0);

// Turns one whole event (header + body [+ CRC32]) into an Event: checks the checksum the format
// announces and strips it, and follows FORMAT_DESCRIPTION events. Errors are dts::Error(Permanent)
// naming `where` (file:offset).
class EventFramer {
public:
    enum class Checksum {
        FromFormat,  // as the last FORMAT_DESCRIPTION said (before any: setChecksumsBeforeFormat)
        Detect,      // the event sums correctly with its last 4 bytes as CRC32, or carries none
    };
    // Whether events before the first FORMAT_DESCRIPTION carry a CRC32 (a stream's fake ROTATE does
    // when @master_binlog_checksum is CRC32; a file starts with its FDE).
    void setChecksumsBeforeFormat(bool on) { m_before = on; }
    // `header` has kHeaderSize bytes; `rest` is the remainder of the event as stored/sent.
    Event frame(const char *header, QByteArray rest, quint64 offset, const QString &where,
                Checksum mode = Checksum::FromFormat);
    const FormatDescription &format() const { return m_format; }
    bool hasFormat() const { return m_haveFormat; }

private:
    FormatDescription m_format;
    bool m_haveFormat = false;
    bool m_before = false;
};

class BinlogFileReader {
public:
    // Opens and checks the magic; throws dts::Error naming the file.
    explicit BinlogFileReader(const QString &path);
    // The next event, or nullopt at a clean end of file. Throws dts::Error (file:offset) for a truncated
    // event, a bad checksum or a size that makes no sense.
    std::optional<Event> next();
    const FormatDescription &format() const { return m_framer.format(); }

private:
    // Makes at least `n` bytes (or what the file still has) available from m_pos; returns how many are.
    qsizetype fill(qsizetype n);
    QString where() const;

    QString m_path;
    QFile m_file;
    quint64 m_offset = 4;
    EventFramer m_framer;
    // The file is read in large blocks (a QFile read per event costs more than decoding it).
    QByteArray m_buffer;
    qsizetype m_pos = 0, m_end = 0;
};

}  // namespace dts::binlog
