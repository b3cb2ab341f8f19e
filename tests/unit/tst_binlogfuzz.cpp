// What fuzzing the binlog decoder (tests/fuzz) found, replayed in every build: each input is a binlog
// file image cut down by hand from a fuzzer crash (or, where marked, a crash of the fuzz targets found by
// reading the code), decoded as `dts binlog decode` does. Each runs in a child process held to 20 s of
// CPU and (without ASan) 512 MB more address space than it starts with, so that an endless loop or a
// huge allocation from a length field fails the test instead of the machine. Every one must end in the
// dts::Error that names the file and the event's offset.
#include "common/Binlogs.h"
#include "common/Error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// The magic and a FORMAT_DESCRIPTION event of MySQL 8.0.40 with checksums off: the events of each case
// follow it, the first at offset 126.
const char kPrologue[] =
    "fe62696e000000000f010000007a0000007e00000000000400382e302e3430000000000000000000000000000000000000000000"
    "00000000000000000000000000000000000000000000000000000013000d0008000000000400040000006200041a080000000808"
    "08020000000a0a0a2a2a001234000a28000000000000";

struct Outcome {
    QString kind;  // "error", "decoded", "exception" or "died"
    QString object, message;
};

void limitChild()
{
    const rlimit cpu{20, 30};  // SIGXCPU at 20 s
    setrlimit(RLIMIT_CPU, &cpu);
#if !defined(__SANITIZE_ADDRESS__)  // ASan reserves terabytes of address space up front
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const rlim_t now = rlim_t(statm.readAll().split(' ').value(0).toULongLong()) * rlim_t(sysconf(_SC_PAGESIZE));
        const rlimit as{now + (rlim_t(512) << 20), now + (rlim_t(512) << 20)};
        setrlimit(RLIMIT_AS, &as);
    }
#endif
}

Outcome decodeInChild(const QString &path)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {QStringLiteral("died"), {}, QStringLiteral("pipe failed")};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        limitChild();
        QByteArray report;
        try {
            report = "decoded\n\n" + QByteArray::number(dts::test::decodeLikeCli(path)) + " events";
        } catch (const dts::Error &e) {
            report = "error\n" + e.object().toUtf8() + '\n' + e.message().toUtf8();
        } catch (const std::exception &e) {
            report = QByteArray("exception\n\n") + e.what();
        }
        const bool written = write(fds[1], report.constData(), size_t(report.size())) == report.size();
        _exit(written ? 0 : 1);
    }
    close(fds[1]);
    QByteArray report;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        report.append(buf, n);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {QStringLiteral("died"), {},
                WIFSIGNALED(status) ? QStringLiteral("killed by signal %1 (%2)").arg(WTERMSIG(status)).arg(QString::fromLocal8Bit(strsignal(WTERMSIG(status)))) : QStringLiteral("exit status %1").arg(WEXITSTATUS(status))};
    const QList<QByteArray> parts = report.split('\n');
    return {QString::fromUtf8(parts.value(0)), QString::fromUtf8(parts.value(1)), QString::fromUtf8(report).section(QLatin1Char('\n'), 2)};
}

// kPrologue then `events`, in a binlog file of its own, decoded in a child process.
struct Replay {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replay.000001"));
    Outcome run(const QByteArray &events) const
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromHex(kPrologue) + events) < 0)
            return {QStringLiteral("died"), {}, QStringLiteral("cannot write %1").arg(path)};
        f.close();
        return decodeInChild(path);
    }
};

// An event: its header (sizes as in a file of its own, no checksum) and body.
QByteArray eventBytes(quint8 type, const QByteArray &body)
{
    char header[19] = {};
    header[4] = char(type);
    qToLittleEndian<quint32>(quint32(19 + body.size()), header + 9);
    return QByteArray(header, 19) + body;
}

}  // namespace

class TstBinlogFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crasherEndsInAnError_data()
    {
        QTest::addColumn<QByteArray>("events");    // hex, after kPrologue
        QTest::addColumn<int>("offset");           // of the event the error names
        QTest::addColumn<QString>("message");      // a part of the error's message
        // A QUERY event header claiming 1 GiB, 4 bytes after it: the reader allocated the claimed size
        // before finding that the file is shorter (out of memory).
        QTest::newRow("event size beyond the end of the file")
            << QByteArray("000000000201000000ffffff3f00000000000061626364")
            << 126 << QStringLiteral("truncated QUERY event: 23 of 1073741823 bytes");
        // PREVIOUS_GTIDS and the other GTID events named only "PREVIOUS_GTIDS event", not file:offset.
        QTest::newRow("PREVIOUS_GTIDS cut short")
            << QByteArray("00000000230100000025000000a30000000000010000000000000011111111111111111111")
            << 126 << QStringLiteral("PREVIOUS_GTIDS event: event body too short (18 of 24 bytes)");
        // An interval that ends before it starts: printing the set overflowed qint64 (UBSan).
        QTest::newRow("PREVIOUS_GTIDS interval ending before it starts")
            << QByteArray("00000000230100000043000000c100000000000100000000000000000102030405060708090a0b0c0d0e0f0100000000"
                          "0000000000000000007825000000000000c99a")
            << 126 << QStringLiteral("GTID interval [2699907976608612352, -7293298121549807616) of "
                                     "00010203-0405-0607-0809-0a0b0c0d0e0f makes no sense");
        // Intervals out of order (the server sorts them): an error, as they are taken in one pass.
        QTest::newRow("PREVIOUS_GTIDS intervals out of order")
            << QByteArray("00000000230100000053000000d100000000000100000000000000000102030405060708090a0b0c0d0e0f0200000000"
                          "0000000500000000000000070000000000000001000000000000000300000000000000")
            << 126 << QStringLiteral("GTID intervals of 00010203-0405-0607-0809-0a0b0c0d0e0f overlap or are out of order");
        // The rest were found reading the code, and crash the fuzz targets (out of memory) before their fix.
        // QUERY_COMPRESSED whose 23 bytes of zlib claim 1 GiB: allocated before inflating.
        QTest::newRow("MariaDB compressed event claiming 1 GiB")
            << QByteArray("00000000a50100000036000000b4000000000000000000000000000000000000008440000000789c0b76f571750e5130"
                          "04000a1d0212")
            << 126 << QStringLiteral("16 bytes of compressed data claim 1073741824 bytes");
        // TRANSACTION_PAYLOAD claiming 4 GiB uncompressed: reserved before inflating 12 bytes of zstd.
        QTest::newRow("TRANSACTION_PAYLOAD claiming 4 GiB")
            << QByteArray("00000000280100000031000000af000000000001010c0201000309fe00000000010000000028b52ffd00000000000000"
                          "00")
            << 126 << QStringLiteral("TRANSACTION_PAYLOAD inflates to 0 bytes, its header says 4294967296");
        // TABLE_MAP of one TINYINT, then row events whose column bitmaps are empty with bytes after them:
        // images of no column take no bytes, and the decoder appended rows for ever (out of memory).
        QTest::newRow("UPDATE_ROWS images without columns")
            << QByteArray("00000000130100000025000000a30000000000010000000000010001640001740001010001000000001f010000002100"
                          "0000c400000000000100000000000100020001000000")
            << 163 << QStringLiteral("its row images hold no column, yet the event goes on");
        QTest::newRow("WRITE_ROWS images without columns")
            << QByteArray("00000000130100000025000000a30000000000010000000000010001640001740001010001000000001e010000002100"
                          "0000c400000000000100000000000100020001000000")
            << 163 << QStringLiteral("its row images hold no column, yet the event goes on");
        // TABLE_MAP of a JSON column whose length takes 9 bytes, then PARTIAL_UPDATE_ROWS with a partial
        // JSON diff for it: the length was read with shifts of 64 bits and more (UBSan).
        QTest::newRow("partial JSON with a 9-byte length")
            << QByteArray("00000000130100000026000000a40000000000010000000000010001640001740001f50109010000000027010000002e"
                          "000000d20000000000010000000000010002000100010101000505050505050505057b7d")
            << 164 << QStringLiteral("a JSON length stored in 9 bytes");
        // TABLE_MAP of a BIT column with 252 bits beyond its whole bytes, then a row: printing the value
        // shifted a quint64 by up to 251 bits (UBSan).
        QTest::newRow("BIT metadata beyond BIT(64)")
            << QByteArray("00000000130100000027000000a500000000000100000000000100016400017400011002fc0001000000001e01000000"
                          "21000000c6000000000001000000000001000200010100ff")
            << 165 << QStringLiteral("BIT metadata 0x00fc is not BIT(1) to BIT(64)");
    }
    void crasherEndsInAnError()
    {
        QFETCH(QByteArray, events);
        QFETCH(int, offset);
        QFETCH(QString, message);
        const Replay replay;
        const Outcome o = replay.run(QByteArray::fromHex(events));
        QVERIFY2(o.kind == QLatin1String("error"), qPrintable(o.kind + QStringLiteral(": ") + o.message));
        QCOMPARE(o.object, QStringLiteral("%1:%2").arg(replay.path).arg(offset));
        QVERIFY2(o.message.contains(message), qPrintable(o.message));
    }

    void longGtidSetDecodesInLinearTime()
    {
        // PREVIOUS_GTIDS of 65536 intervals (1 MiB): sorting the set again for each interval took minutes.
        QByteArray body(8 + 16 + 8 + 65536 * 16, Qt::Uninitialized);
        char *p = body.data();
        qToLittleEndian<quint64>(1, p);
        for (int i = 0; i < 16; ++i)
            p[8 + i] = char(i);
        qToLittleEndian<quint64>(65536, p + 24);
        for (qint64 k = 0; k < 65536; ++k) {
            qToLittleEndian<qint64>(3 * k + 1, p + 32 + 16 * k);
            qToLittleEndian<qint64>(3 * k + 2, p + 40 + 16 * k);
        }
        const Outcome o = Replay().run(eventBytes(35, body));  // PREVIOUS_GTIDS
        QVERIFY2(o.kind == QLatin1String("decoded"), qPrintable(o.kind + QStringLiteral(": ") + o.message));
        QCOMPARE(o.message, QStringLiteral("2 events"));
    }

    void longJsonDiffBecomesSqlInLinearTime()
    {
        // PARTIAL_UPDATE_ROWS with 100000 JSON_REMOVE diffs on a column the before image lacks: wrapping
        // the whole expression again for each diff copied ~85 GB.
        const QByteArray tableMap = QByteArray::fromHex(
            "00000000130100000026000000a40000000000010000000000010001640001740001f5010401");  // t.j JSON, at 126
        QByteArray diffs;
        for (int i = 0; i < 100000; ++i)
            diffs += QByteArray("\x02\x00", 2);  // REMOVE ''
        QByteArray body = QByteArray::fromHex("01000000000001000200010001010100");  // ids, bitmaps, options, NULLs
        char length[4];
        qToLittleEndian<quint32>(quint32(diffs.size()), length);
        body += QByteArray(length, 4) + diffs;
        const Outcome o = Replay().run(tableMap + eventBytes(39, body));  // PARTIAL_UPDATE_ROWS
        QVERIFY2(o.kind == QLatin1String("decoded"), qPrintable(o.kind + QStringLiteral(": ") + o.message));
        QCOMPARE(o.message, QStringLiteral("3 events"));
    }

    void prologueDecodesAlone()
    {
        // The cases' common start is a valid binlog on its own: their errors come from their events.
        const Outcome o = Replay().run({});
        QCOMPARE(o.kind, QStringLiteral("decoded"));
        QCOMPARE(o.message, QStringLiteral("1 events"));
    }
};

QTEST_GUILESS_MAIN(TstBinlogFuzz)
#include "tst_binlogfuzz.moc"
