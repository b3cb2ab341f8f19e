// Binlog framing over real files written by MySQL 5.1–8.0 and MariaDB (../shared/testdata/binlogs),
// with mariadb-binlog as the independent oracle for where each event starts.
#include "binlog/BinlogFile.h"
#include "common/Binlogs.h"
#include "common/Error.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>
#include <zlib.h>

using namespace dts;
using namespace dts::binlog;

class TstBinlogFile : public QObject {
    Q_OBJECT
    QString m_dir;

    QList<Event> readAll(const QString &path)
    {
        BinlogFileReader r(path);
        QList<Event> events;
        while (auto e = r.next())
            events << *e;
        return events;
    }

    // For the checks that expect success: a dts::Error fails the test instead of ending the program.
    QList<Event> readAllOrFail(const QString &path)
    {
        try {
            return readAll(path);
        } catch (const Error &e) {
            QTest::qFail(qPrintable(e.describe()), __FILE__, __LINE__);
            return {};
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = test::binlogDir();
        if (!QDir(m_dir).exists())
            QSKIP(qPrintable(QStringLiteral("no test binlogs at %1 (set DTS_TESTDATA)").arg(m_dir)));
    }

    void eventsStartWhereTheOracleSays_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : QDir(m_dir).entryList(QDir::Files, QDir::Name))
            if (!f.contains(QLatin1String("truncated")))
                QTest::newRow(qPrintable(f)) << f;
    }
    void eventsStartWhereTheOracleSays()
    {
        QFETCH(QString, file);
        const QString path = m_dir + '/' + file;
        const QList<Event> events = readAllOrFail(path);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().header.type, quint8(FormatDescriptionEvent));
        // Events tile the file exactly: each starts where the previous ended, the last ends at EOF.
        quint64 expected = 4;
        for (const Event &e : events) {
            QCOMPARE(e.offset, expected);
            if (e.header.nextPosition != 0)  // 0 in some artificial events
                QCOMPARE(quint64(e.header.nextPosition), e.offset + e.header.eventSize);
            expected += e.header.eventSize;
        }
        QCOMPARE(expected, quint64(QFileInfo(path).size()));

        const auto output = test::runOracle({path});
        if (!output)
            QSKIP("mariadb-binlog (package mariadb-client) is not installed");
        QList<quint64> oracleOffsets;
        static const QRegularExpression at(QStringLiteral("^# at (\\d+)$"), QRegularExpression::MultilineOption);
        for (auto it = at.globalMatch(*output); it.hasNext();)
            oracleOffsets << it.next().captured(1).toULongLong();
        QVERIFY(!oracleOffsets.isEmpty());
        // The oracle stops at events it cannot read (MySQL 8 TRANSACTION_PAYLOAD); up to there, we agree.
        QVERIFY(oracleOffsets.size() <= events.size());
        for (int i = 0; i < oracleOffsets.size(); ++i)
            QCOMPARE(events[i].offset, oracleOffsets[i]);
    }

    void formatDescriptionAndChecksums()
    {
        BinlogFileReader mysql8(m_dir + QStringLiteral("/json.binlog.000001"));
        QVERIFY(mysql8.next());
        QVERIFY(mysql8.format().serverVersion.startsWith(QLatin1String("8.")));
        QVERIFY(mysql8.format().checksums);
        BinlogFileReader mysql51(m_dir + QStringLiteral("/write-full-row.binlog"));
        QVERIFY(mysql51.next());
        QVERIFY(!mysql51.format().checksums);  // MySQL 5.1 had none
        BinlogFileReader maria(m_dir + QStringLiteral("/mariadb-bin.000001"));
        QVERIFY(maria.next());
        QVERIFY(maria.format().serverVersion.contains(QLatin1String("MariaDB")));
    }

    void transactionPayloadIsFramedLikeAnyEvent()
    {
        const QList<Event> events = readAllOrFail(m_dir + QStringLiteral("/transaction_compression.000001"));
        bool payload = false;
        for (const Event &e : events)
            payload = payload || e.header.type == TransactionPayloadEvent;
        QVERIFY(payload);
    }

    void truncatedFileIsAClearError()
    {
        const QString path = m_dir + QStringLiteral("/binlog_truncated_event.000001");
        try {
            readAll(path);
            QFAIL("a truncated file was read without complaint");
        } catch (const Error &e) {
            QVERIFY2(e.describe().contains(path + QStringLiteral(":4")) && e.describe().contains("truncated"),
                     qPrintable(e.describe()));
        }
    }

    void crc32AgreesWithZlib()
    {
        // binlogCrc32 folds long spans with carry-less multiplication where the CPU has it: every length
        // and alignment around its 16/64-byte steps must give zlib's CRC32, also split over two spans.
        QByteArray data(70000, Qt::Uninitialized);
        quint32 x = 12345;
        for (char &c : data)
            c = char((x = x * 1103515245 + 12345) >> 16);
        auto zlib = [](const char *p, qsizetype n, quint32 crc = 0) {
            return quint32(crc32(crc, reinterpret_cast<const Bytef *>(p), uInt(n)));
        };
        for (int offset = 0; offset < 17; ++offset) {
            for (int length = 0; length < 600; ++length) {
                const char *p = data.constData() + offset;
                QCOMPARE(binlogCrc32(p, length), zlib(p, length));
                const int head = qMin(length, 19);
                QCOMPARE(binlogCrc32(p, head, p + head, length - head), zlib(p, length));
            }
        }
        QCOMPARE(binlogCrc32(data.constData() + 3, data.size() - 3), zlib(data.constData() + 3, data.size() - 3));
    }

    void damagedChecksumIsDetected()
    {
        QFile f(m_dir + QStringLiteral("/json.binlog.000001"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        bytes[300] = char(bytes[300] ^ 0x01);  // a bit flipped inside an event after the FDE
        QTemporaryDir tmp;
        QFile out(tmp.filePath("damaged.000001"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        try {
            readAll(out.fileName());
            QFAIL("a damaged event passed its CRC32 check");
        } catch (const Error &e) {
            QVERIFY2(e.describe().contains("CRC32"), qPrintable(e.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TstBinlogFile)
#include "tst_binlogfile.moc"
