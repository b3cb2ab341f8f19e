#pragma once
// Shared by the fuzz targets and the seed maker: how a fuzz input becomes a binlog file image, and how
// that image goes through the decoder (a real file, read as `dts binlog decode` reads it).
#include "binlog/BinlogFile.h"
#include "common/Binlogs.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace dts::fuzz {

using namespace dts::binlog;

// ---- structured inputs (fuzz_binlog_events) ----------------------------------------------------------
// flavour(1) { type(1) length(2, LE) body }*: the target prepends the magic and a FORMAT_DESCRIPTION of
// the flavour (checksums off) and gives each body its event header, so mutations land in event bodies
// instead of breaking sizes and checksums. A last entry cut short keeps the bytes there are.

enum Flavour : quint8 { MySql80 = 0, MariaDb105 = 1, MySql51 = 2, FlavourCount = 3 };

// The post-header lengths of real FORMAT_DESCRIPTION events (../shared/testdata/binlogs).
inline QByteArray postHeaderLengths(Flavour f)
{
    switch (f) {
    case MariaDb105:
        return QByteArray::fromHex("380d000800120004040404120000e400041a08000000080808020000000a0a0a") + QByteArray(129, '\0') +
               QByteArray::fromHex("041304000d0808080a0a0a");
    case MySql51:
        return QByteArray::fromHex("380d0008001200040404041200005300041a080000");
    default:
        return QByteArray::fromHex("000d0008000000000400040000006200041a08000000080808020000000a0a0a2a2a001234000a2800");
    }
}

inline QByteArray eventBytes(quint8 type, const QByteArray &body, quint32 at)
{
    char h[kHeaderSize] = {};
    h[4] = char(type);
    qToLittleEndian<quint32>(1, h + 5);  // server id
    qToLittleEndian<quint32>(quint32(kHeaderSize + body.size()), h + 9);
    qToLittleEndian<quint32>(quint32(at + kHeaderSize + body.size()), h + 13);
    return QByteArray(h, kHeaderSize) + body;
}

inline QByteArray formatDescriptionBody(Flavour f)
{
    static const char *const versions[] = {"8.0.40", "10.5.15-MariaDB-log", "5.1.37-log"};
    QByteArray version(versions[f]);
    version.resize(50, '\0');
    QByteArray b = QByteArray::fromHex("0400") + version + QByteArray(4, '\0') + char(kHeaderSize) + postHeaderLengths(f);
    if (f != MySql51)
        b += QByteArray(1, '\0') + QByteArray(4, '\0');  // checksum algorithm: off; the unused checksum field
    return b;
}

inline QByteArray structuredEntry(quint8 type, const QByteArray &body)
{
    char len[2];
    qToLittleEndian<quint16>(quint16(body.size()), len);
    return char(type) + QByteArray(len, 2) + body;
}

inline QByteArray structuredImage(const char *data, qsizetype size)
{
    QByteArray image(kMagic, 4);
    const Flavour f = Flavour(size > 0 ? quint8(data[0]) % FlavourCount : 0);
    image += eventBytes(FormatDescriptionEvent, formatDescriptionBody(f), quint32(image.size()));
    for (qsizetype pos = 1; pos < size;) {
        const quint8 type = quint8(data[pos]);
        const qsizetype length = pos + 3 <= size ? qFromLittleEndian<quint16>(data + pos + 1) : 0;
        pos = qMin(pos + 3, size);
        const qsizetype n = qMin(length, size - pos);
        image += eventBytes(type, QByteArray(data + pos, n), quint32(image.size()));
        pos += n;
    }
    return image;
}

// ---- file images (fuzz_binlog_file) ------------------------------------------------------------------

// Recomputes the CRC32 of every event the FORMAT_DESCRIPTION in force says has one (as EventFramer
// checks it), so that mutated events reach the decoder instead of failing their checksum. Stops at the
// first event whose size does not fit.
inline void fixChecksums(QByteArray &image)
{
    bool checksums = false;
    qsizetype pos = 4;
    while (image.size() - pos >= kHeaderSize) {
        const EventHeader h = EventHeader::parse(image.constData() + pos);
        if (h.eventSize < quint32(kHeaderSize) || h.eventSize > quint64(image.size() - pos))
            return;
        const qsizetype bodySize = qsizetype(h.eventSize) - kHeaderSize;
        if (h.type == FormatDescriptionEvent) {
            try {
                checksums = FormatDescription::parse(image.mid(pos + kHeaderSize, bodySize), {}).checksums;
            } catch (const Error &) {
                return;
            }
        }
        if (checksums && bodySize >= 4) {
            QByteArray header = image.mid(pos, kHeaderSize);
            if (h.type == FormatDescriptionEvent)
                header[17] = char(header[17] & ~kFlagBinlogInUse);
            const quint32 crc = binlogCrc32(header.constData(), kHeaderSize, image.constData() + pos + kHeaderSize, bodySize - 4);
            qToLittleEndian<quint32>(crc, image.data() + pos + h.eventSize - 4);
        }
        pos += qsizetype(h.eventSize);
    }
}

// ---- decoding ------------------------------------------------------------------------------------

// One scratch file per process, on a RAM disk where there is one, in a directory named by the pid: a
// run that ends in a crash cannot remove it, so the next one removes those of processes gone.
inline const QString &scratchFile()
{
    static const QString path = [] {
        const QDir base(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath());
        for (const QString &old : base.entryList({QStringLiteral("dts-fuzz-*")}, QDir::Dirs)) {
            const qint64 pid = old.mid(9).toLongLong();
            if (pid > 0 && kill(pid_t(pid), 0) != 0 && errno == ESRCH)
                QDir(base.filePath(old)).removeRecursively();
        }
        static const QString dir = base.filePath(QStringLiteral("dts-fuzz-%1").arg(getpid()));
        if (!QDir().mkpath(dir)) {
            fprintf(stderr, "cannot create %s\n", qPrintable(dir));
            abort();
        }
        atexit([] { QDir(dir).removeRecursively(); });
        return dir + QStringLiteral("/input.binlog");
    }();
    return path;
}

// Writes the image to the scratch file and decodes it. A dts::Error is the expected outcome for damaged
// input, but only one that names the file (and, past the magic, the offset): anything else aborts, for
// the fuzzer to report. DTS_FUZZ_SAVE_IMAGE=path keeps a copy of the image (for the replay test).
inline void decodeImage(const QByteArray &image)
{
    const QString &path = scratchFile();
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(image) != image.size()) {
            fprintf(stderr, "cannot write %s\n", qPrintable(path));
            abort();
        }
    }
    if (const QString keep = qEnvironmentVariable("DTS_FUZZ_SAVE_IMAGE"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }
    try {
        test::decodeLikeCli(path);
    } catch (const Error &e) {
        const bool named = e.object() == path || e.object().startsWith(path + ':');
        if (!named) {
            fprintf(stderr, "dts::Error that does not name the file and offset: %s\n", qPrintable(e.describe()));
            abort();
        }
    }
}

}  // namespace dts::fuzz
