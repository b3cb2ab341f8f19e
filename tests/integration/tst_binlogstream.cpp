// The replication stream against a sandbox mariadbd: events arrive in order and byte for byte as the
// server's own binlog files hold them (read with BinlogFileReader), from a file/offset and from a
// MariaDB GTID position, across rotations; heartbeats on an idle source; purged starts, a killed or
// frozen connection, server id clashes and cancel() give the right error kinds.
#include "binlog/BinlogFile.h"
#include "binlog/BinlogStream.h"
#include "binlog/Gtid.h"
#include "common/Error.h"
#include "common/Sandbox.h"
#include "sandbox/LocalServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QtEndian>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace dts;
using namespace dts::binlog;

namespace {

struct Got {
    QString file;  // the stream's currentFile() before the event: the file holding it
    Event event;
};

bool isRowsEvent(quint8 t) { return t == WriteRowsV1 || t == WriteRowsV2; }
bool isUpdateEvent(quint8 t) { return t == UpdateRowsV1 || t == UpdateRowsV2; }

}  // namespace

class TstBinlogStream : public QObject {
    Q_OBJECT

    std::unique_ptr<LocalServer> m_server;

    Endpoint endpoint() const { return test::endpointOf(*m_server); }
    QString sql(const QString &q) const { return m_server->queryValue(q); }
    QString binlogPath(const QString &file) const { return m_server->directory() + '/' + file; }

    // SHOW MASTER STATUS: file and position the next transaction will be written at.
    QPair<QString, quint64> masterStatus() const
    {
        const QStringList f = sql(QStringLiteral("SHOW MASTER STATUS")).split('\t');
        return {f.value(0), f.value(1).toULongLong()};
    }

    StreamOptions fromPosition(const QPair<QString, quint64> &pos) const
    {
        StreamOptions o;
        o.file = pos.first;
        o.offset = pos.second;
        o.heartbeatMs = 300;
        return o;
    }

    // Reads until `until` says stop (given the events so far) or the deadline passes.
    static QList<Got> readUntil(BinlogStream &s, const std::function<bool(const QList<Got> &)> &until, int ms = 15000)
    {
        QList<Got> got;
        QElapsedTimer t;
        t.start();
        while (!until(got) && t.elapsed() < ms) {
            const QString file = s.currentFile();
            auto e = s.next();
            if (!e)
                break;
            got.append({file, *e});
        }
        return got;
    }

    // Reads on until a heartbeat says the source has nothing more (MariaDB may add a BINLOG_CHECKPOINT
    // after the last transaction), then returns where the source's binlog ends now.
    QPair<QString, quint64> drainToIdle(BinlogStream &s, QList<Got> &got)
    {
        got += readUntil(s, [](const QList<Got> &g) { return !g.isEmpty() && g.last().event.header.type == HeartbeatEvent; });
        return masterStatus();
    }

    static int countType(const QList<Got> &got, quint8 type)
    {
        return int(std::count_if(got.begin(), got.end(), [type](const Got &g) { return g.event.header.type == type; }));
    }

    // Every event the stream got from a binlog (not made up by the sender) equals the event at the same
    // offset of the server's file: header fields and body, byte for byte (both CRC32-checked on the way).
    void compareWithFiles(const QList<Got> &got, int *compared)
    {
        QMap<QString, QMap<quint64, Event>> files;
        *compared = 0;
        for (const Got &g : got) {
            const Event &e = g.event;
            const EventHeader &h = e.header;
            if (h.type == HeartbeatEvent || (h.flags & kFlagArtificial) || (h.type == RotateEvent && h.timestamp == 0))
                continue;
            if (!files.contains(g.file)) {
                BinlogFileReader r(binlogPath(g.file));
                QMap<quint64, Event> byOffset;
                while (auto fe = r.next())
                    byOffset.insert(fe->offset, *fe);
                files.insert(g.file, byOffset);
            }
            const QString what = QStringLiteral("%1 at %2:%3").arg(eventTypeName(h.type), g.file).arg(e.offset);
            QVERIFY2(files[g.file].contains(e.offset), qPrintable(what + " is not an event of the file"));
            const Event &fe = files[g.file][e.offset];
            QVERIFY2(fe.header.type == h.type && fe.header.serverId == h.serverId && fe.header.eventSize == h.eventSize,
                     qPrintable(what));
            if (h.type == FormatDescriptionEvent) {
                // Sent with the "in use" flag cleared; for a start inside the file also with log_pos and
                // the created timestamp (body bytes 52..55) zeroed, so the replica keeps its temporary tables.
                QCOMPARE(h.flags, quint16(fe.header.flags & ~kFlagBinlogInUse));
                QVERIFY(h.nextPosition == 0 || h.nextPosition == fe.header.nextPosition);
                QByteArray body = fe.body;
                if (qFromLittleEndian<quint32>(e.body.constData() + 52) == 0)
                    body.replace(52, 4, QByteArray(4, '\0'));
                QVERIFY2(e.body == body, qPrintable(what));
            } else {
                QVERIFY2(fe.header.timestamp == h.timestamp && fe.header.nextPosition == h.nextPosition &&
                             fe.header.flags == h.flags,
                         qPrintable(what));
                QVERIFY2(e.body == fe.body, qPrintable(what + " differs from the file"));
            }
            ++*compared;
        }
    }

    Error openExpectingError(StreamOptions o)
    {
        BinlogStream s(endpoint(), o);
        try {
            s.open();
            // An error found only once the dump runs arrives with the first reads.
            for (int i = 0; i < 50; ++i)
                if (!s.next())
                    break;
        } catch (const Error &e) {
            qInfo("%s", qPrintable(e.describe()));
            return e;
        }
        return Error(ErrorKind::Invalid, QStringLiteral("test"), QStringLiteral("no error"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        LocalServer::Options o;
        o.name = QStringLiteral("binlogstream");
        o.serverId = 1;
        o.maxAllowedPacket = 64 * 1024 * 1024;
        m_server = std::make_unique<LocalServer>(o);
        m_server->start();
        m_server->execSql(QStringLiteral("CREATE DATABASE s; CREATE TABLE s.t (id INT PRIMARY KEY, v VARCHAR(50), b LONGBLOB)"));
    }

    void cleanupTestCase() { m_server.reset(); }

    void streamsFromFileOffsetByteForByte()
    {
        m_server->execSql(QStringLiteral("FLUSH BINARY LOGS"));
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (1, 'one', NULL)"));
        const auto start = masterStatus();  // inside the file: the FORMAT_DESCRIPTION is resent
        // A row of 20 MB: the event spans several 16 MB protocol packets.
        m_server->execSql(QStringLiteral("BEGIN; INSERT INTO s.t VALUES (2, 'two', REPEAT('x', 20000000)); "
                                         "UPDATE s.t SET v = 'uno' WHERE id = 1; COMMIT"));
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (3, 'three', NULL)"));

        BinlogStream s(endpoint(), fromPosition(start));
        s.open();
        QVERIFY(s.isMariaDb());
        QVERIFY(s.serverId() > kAutoServerIdBase && s.serverId() <= kAutoServerIdBase + 0xffff);
        QList<Got> got = readUntil(s, [](const QList<Got> &g) { return countType(g, XidEvent) == 2; });
        QCOMPARE(countType(got, XidEvent), 2);
        const auto end = drainToIdle(s, got);

        // The sender's preamble: a fake ROTATE naming the file and start, then the file's FDE.
        QVERIFY(got.size() > 2);
        QCOMPARE(got[0].event.header.type, quint8(RotateEvent));
        QCOMPARE(got[0].event.header.timestamp, 0u);
        QCOMPARE(QString::fromUtf8(got[0].event.body.mid(8)), start.first);
        QCOMPARE(qFromLittleEndian<quint64>(got[0].event.body.constData()), start.second);
        QCOMPARE(got[1].event.header.type, quint8(FormatDescriptionEvent));
        QCOMPARE(got[1].event.header.nextPosition, 0u);
        QVERIFY(s.format().checksums);
        QVERIFY(s.format().serverVersion.contains(QLatin1String("MariaDB")));

        // Then the transactions in order: GTID, ANNOTATE_ROWS, TABLE_MAP, rows…, XID. (MariaDB may log a
        // BINLOG_CHECKPOINT for the previous file at any moment.)
        QList<quint8> types;
        for (int i = 2; i < got.size(); ++i)
            if (got[i].event.header.type != HeartbeatEvent && got[i].event.header.type != MariaBinlogCheckpointEvent)
                types << got[i].event.header.type;
        QCOMPARE(types.value(0), quint8(MariaGtidEvent));
        QCOMPARE(types.value(1), quint8(MariaAnnotateRowsEvent));
        QCOMPARE(types.value(2), quint8(TableMapEvent));
        QVERIFY(isRowsEvent(types.value(3)));
        QCOMPARE(types.value(4), quint8(MariaAnnotateRowsEvent));
        QCOMPARE(types.value(5), quint8(TableMapEvent));
        QVERIFY(isUpdateEvent(types.value(6)));
        QCOMPARE(types.value(7), quint8(XidEvent));
        QCOMPARE(types.value(8), quint8(MariaGtidEvent));
        QCOMPARE(types.last(), quint8(XidEvent));
        bool bigRow = false;
        for (const Got &g : got)
            bigRow = bigRow || (isRowsEvent(g.event.header.type) && g.event.header.eventSize > 20000000);
        QVERIFY(bigRow);

        int compared = 0;
        compareWithFiles(got, &compared);
        QVERIFY(compared >= 12);

        // The stream stands where the next transaction will go.
        QCOMPARE(s.currentFile(), end.first);
        QCOMPARE(s.nextOffset(), end.second);
    }

    void streamsFromMariaDbGtid()
    {
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (10, 'ten', NULL)"));
        const QString before = sql(QStringLiteral("SELECT @@gtid_binlog_pos"));  // e.g. 0-1-7
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (11, 'eleven', NULL)"));
        m_server->execSql(QStringLiteral("DELETE FROM s.t WHERE id = 10"));
        const MariaGtid last = MariaGtidPosition::parse(before).gtids().value(0);

        StreamOptions o;
        o.gtidSet = before;
        o.heartbeatMs = 300;
        BinlogStream s(endpoint(), o);
        s.open();
        QList<Got> got = readUntil(s, [](const QList<Got> &g) { return countType(g, XidEvent) == 2; });
        QCOMPARE(countType(got, XidEvent), 2);
        const auto end = drainToIdle(s, got);
        QList<quint64> seqs;
        for (const Got &g : got)
            if (g.event.header.type == MariaGtidEvent)
                seqs << decodeMariaGtid(g.event.body, g.event.header.serverId).seq;
        // Exactly the transactions after the position, none before.
        QCOMPARE(seqs, (QList<quint64>{last.seq + 1, last.seq + 2}));
        bool deleted = false;
        for (const Got &g : got)
            deleted = deleted || g.event.header.type == DeleteRowsV1 || g.event.header.type == DeleteRowsV2;
        QVERIFY(deleted);

        int compared = 0;
        compareWithFiles(got, &compared);
        QVERIFY(compared >= 8);
        QCOMPARE(s.currentFile(), end.first);
        QCOMPARE(s.nextOffset(), end.second);
    }

    void followsRotation()
    {
        const auto start = masterStatus();
        BinlogStream s(endpoint(), fromPosition(start));
        s.open();
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (20, 'before', NULL)"));
        m_server->execSql(QStringLiteral("FLUSH BINARY LOGS"));
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (21, 'after', NULL)"));
        m_server->execSql(QStringLiteral("FLUSH BINARY LOGS"));
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (22, 'after that', NULL)"));
        QList<Got> got = readUntil(s, [](const QList<Got> &g) { return countType(g, XidEvent) == 3; });
        QCOMPARE(countType(got, XidEvent), 3);
        const auto end = drainToIdle(s, got);

        // Each file: real ROTATE at the end of the old one, fake ROTATE, the new file's FDE.
        QStringList rotatedTo, filesWithRows;
        for (const Got &g : got) {
            if (g.event.header.type == RotateEvent && g.event.header.timestamp != 0)
                rotatedTo << QString::fromUtf8(g.event.body.mid(8));
            if (isRowsEvent(g.event.header.type))
                filesWithRows << g.file;
        }
        QCOMPARE(rotatedTo.size(), 2);
        QCOMPARE(rotatedTo.last(), end.first);
        QCOMPARE(filesWithRows, (QStringList{start.first, rotatedTo[0], rotatedTo[1]}));
        QCOMPARE(countType(got, FormatDescriptionEvent), 3);

        int compared = 0;
        compareWithFiles(got, &compared);
        QVERIFY(compared >= 20);
        QCOMPARE(s.currentFile(), end.first);
        QCOMPARE(s.nextOffset(), end.second);
    }

    void checksumChangeAcrossFiles()
    {
        // A binlog written without checksums, then one with: the fake ROTATE before each new file is
        // summed by the previous file's setting, the FDE says what follows.
        const auto start = masterStatus();
        BinlogStream s(endpoint(), fromPosition(start));
        s.open();
        m_server->execSql(QStringLiteral("SET GLOBAL binlog_checksum = NONE"));  // rotates
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (30, 'plain', NULL)"));
        m_server->execSql(QStringLiteral("SET GLOBAL binlog_checksum = CRC32"));
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (31, 'summed', NULL)"));
        QList<bool> checksumsPerRows;
        QList<Got> got = readUntil(s, [&](const QList<Got> &g) {
            if (!g.isEmpty() && isRowsEvent(g.last().event.header.type))
                checksumsPerRows << s.format().checksums;
            return countType(g, XidEvent) == 2;
        });
        QCOMPARE(countType(got, XidEvent), 2);
        const auto end = drainToIdle(s, got);
        QCOMPARE(checksumsPerRows, (QList<bool>{false, true}));
        int compared = 0;
        compareWithFiles(got, &compared);
        QVERIFY(compared >= 10);
        QCOMPARE(s.currentFile(), end.first);
        QCOMPARE(s.nextOffset(), end.second);
    }

    void heartbeatsOnIdleSource()
    {
        const auto start = masterStatus();
        StreamOptions o = fromPosition(start);
        o.heartbeatMs = 250;
        BinlogStream s(endpoint(), o);
        s.open();
        QElapsedTimer t;
        t.start();
        const QList<Got> got = readUntil(s, [](const QList<Got> &g) { return countType(g, HeartbeatEvent) == 3; }, 5000);
        QCOMPARE(countType(got, HeartbeatEvent), 3);
        QVERIFY2(t.elapsed() >= 500 && t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        for (const Got &g : got) {
            if (g.event.header.type != HeartbeatEvent)
                continue;
            QCOMPARE(QString::fromUtf8(g.event.body), start.first);  // the file it is idle in
            QCOMPARE(quint64(g.event.header.nextPosition), start.second);
        }
        QCOMPARE(s.currentFile(), start.first);
        QCOMPARE(s.nextOffset(), start.second);
    }

    void stopAtEndReturnsNothingMore()
    {
        StreamOptions o = fromPosition(masterStatus());
        o.stopAtEnd = true;
        BinlogStream s(endpoint(), o);
        s.open();
        const QList<Got> got = readUntil(s, [](const QList<Got> &) { return false; }, 5000);
        QCOMPARE(got.size(), 2);  // fake ROTATE and FDE, then the end
        QVERIFY(!s.next());
    }

    void serverIdClashes()
    {
        // The source's own id.
        StreamOptions o = fromPosition(masterStatus());
        o.serverId = 1;
        Error e = openExpectingError(o);
        QCOMPARE(e.kind(), ErrorKind::Precheck);
        QVERIFY2(e.message().contains(QLatin1String("server id 1 ")) && e.message().contains("source's own"),
                 qPrintable(e.describe()));
        QVERIFY2(e.fix().contains(QLatin1String("SHOW SLAVE HOSTS")), qPrintable(e.describe()));

        // A replica registered with the id (here: another stream, from another host).
        StreamOptions a = fromPosition(masterStatus());
        a.serverId = 4242;
        a.reportHost = QStringLiteral("replica-a.example");
        auto first = std::make_unique<BinlogStream>(endpoint(), a);
        first->open();
        QVERIFY(sql(QStringLiteral("SHOW SLAVE HOSTS")).contains(QStringLiteral("4242\treplica-a.example")));
        StreamOptions b = fromPosition(masterStatus());
        b.serverId = 4242;
        e = openExpectingError(b);
        QCOMPARE(e.kind(), ErrorKind::Precheck);
        QVERIFY2(e.message().contains(QLatin1String("4242")) && e.message().contains(QLatin1String("replica-a.example")),
                 qPrintable(e.describe()));

        // Closed, it is unregistered (once the source's dump thread notices: at its next heartbeat).
        first.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!sql(QStringLiteral("SHOW SLAVE HOSTS")).contains(QStringLiteral("4242")), 10000);
        BinlogStream again(endpoint(), b);
        again.open();
        QVERIFY(again.next());
    }

    void cancelFromAnotherThreadIsPrompt()
    {
        StreamOptions o = fromPosition(masterStatus());
        o.heartbeatMs = 20000;  // nothing arrives by itself for a long time
        BinlogStream s(endpoint(), o);
        s.open();
        QVERIFY(s.next());  // fake ROTATE
        QVERIFY(s.next());  // FDE
        std::atomic<bool> done{false};
        std::optional<Event> last = Event{};
        qint64 blockedFor = 0;
        std::thread reader([&] {
            QElapsedTimer t;
            t.start();
            last = s.next();
            blockedFor = t.elapsed();
            done = true;
        });
        QThread::msleep(300);
        QVERIFY(!done);
        QElapsedTimer t;
        t.start();
        s.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done, 2000);
        reader.join();
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(!last);
        QVERIFY(blockedFor >= 250);
        QVERIFY(!s.next());
        QVERIFY(s.isCancelled());

        // Before open(): open() reports Cancelled.
        BinlogStream early(endpoint(), o);
        early.cancel();
        try {
            early.open();
            QFAIL("open() after cancel() went on");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
    }

    void killedConnectionIsTransient()
    {
        BinlogStream s(endpoint(), fromPosition(masterStatus()));
        s.open();
        QVERIFY(s.connectionId() > 0);
        QVERIFY(sql(QStringLiteral("SELECT COMMAND FROM information_schema.PROCESSLIST WHERE ID = %1").arg(s.connectionId()))
                    .startsWith(QLatin1String("Binlog Dump")));
        m_server->execSql(QStringLiteral("KILL %1").arg(s.connectionId()));
        try {
            for (int i = 0; i < 100; ++i)
                QVERIFY(s.next());
            QFAIL("the stream went on after its connection was killed");
        } catch (const Error &e) {
            qInfo("%s", qPrintable(e.describe()));
            QVERIFY2(e.kind() == ErrorKind::Transient, qPrintable(e.describe()));
        }
    }

    void frozenSourceTimesOut()
    {
        StreamOptions o = fromPosition(masterStatus());
        o.heartbeatMs = 500;
        o.readTimeoutMs = 2000;
        o.serverId = 5252;
        BinlogStream s(endpoint(), o);
        s.open();
        QVERIFY(s.next());
        const pid_t pid = pid_t(m_server->serverPid());
        QVERIFY(pid > 0);
        ::kill(pid, SIGSTOP);  // no heartbeat, no FIN: only the read timeout can tell
        QElapsedTimer t;
        t.start();
        try {
            for (int i = 0; i < 100; ++i)
                s.next();
            ::kill(pid, SIGCONT);
            QFAIL("no timeout");
        } catch (const Error &e) {
            ::kill(pid, SIGCONT);
            qInfo("%s", qPrintable(e.describe()));
            QVERIFY2(e.kind() == ErrorKind::Transient && e.message().contains(QLatin1String("no event or heartbeat")),
                     qPrintable(e.describe()));
            QVERIFY2(t.elapsed() >= 1500 && t.elapsed() < 6000, qPrintable(QString::number(t.elapsed())));
        }
        // The retry comes at once, while the source still has the old dump thread registered with our id:
        // it replaces that connection instead of refusing the id.
        QVERIFY(sql(QStringLiteral("SHOW SLAVE HOSTS")).contains(QStringLiteral("5252\t")));
        BinlogStream retry(endpoint(), o);
        retry.open();
        QVERIFY(retry.next());
        QVERIFY(retry.next());
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %1").arg(s.connectionId())),
            QStringLiteral("0"), 5000);
        QVERIFY(retry.next());
    }

    void purgedStartIsPermanent()
    {
        const auto old = masterStatus();
        const QString oldGtid = sql(QStringLiteral("SELECT @@gtid_binlog_pos"));
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (40, 'gone', NULL)"));
        m_server->execSql(QStringLiteral("FLUSH BINARY LOGS"));
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (41, 'kept', NULL)"));
        const auto now = masterStatus();
        m_server->execSql(QStringLiteral("PURGE BINARY LOGS TO '%1'").arg(now.first));
        QVERIFY(!QFile::exists(binlogPath(old.first)));

        // From a purged file.
        Error e = openExpectingError(fromPosition(old));
        QVERIFY2(e.kind() == ErrorKind::Permanent, qPrintable(e.describe()));
        QCOMPARE(e.code(), 1236);
        QVERIFY2(e.describe().contains(old.first) && e.fix().contains(QLatin1String("full data")), qPrintable(e.describe()));

        // From a GTID whose binlog was purged.
        StreamOptions g;
        g.gtidSet = oldGtid;
        g.heartbeatMs = 300;
        e = openExpectingError(g);
        QVERIFY2(e.kind() == ErrorKind::Permanent, qPrintable(e.describe()));
        QVERIFY2(e.describe().contains(oldGtid) && e.fix().contains(QLatin1String("full data")), qPrintable(e.describe()));

        // From a GTID the source never had.
        const MariaGtid cur = MariaGtidPosition::parse(sql(QStringLiteral("SELECT @@gtid_binlog_pos"))).gtids().value(0);
        g.gtidSet = QStringLiteral("%1-%2-%3").arg(cur.domain).arg(cur.server).arg(cur.seq + 1000);
        e = openExpectingError(g);
        QVERIFY2(e.kind() == ErrorKind::Permanent, qPrintable(e.describe()));
        QVERIFY2(e.describe().contains(g.gtidSet), qPrintable(e.describe()));

        // The current file still streams.
        BinlogStream s(endpoint(), fromPosition({now.first, 4}));
        s.open();
        QVERIFY(s.next());
    }

    void streamsOverTls()
    {
        // A second source with a certificate: the dump command and every event go through TLS.
        QTemporaryDir certs;
        auto openssl = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(certs.path());
            p.start(QStringLiteral("openssl"), args);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        if (!openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                      "-keyout", "server.key", "-out", "server.pem"}))
            QSKIP("openssl cannot make a test certificate");
        LocalServer::Options o;
        o.name = QStringLiteral("binlogstream-tls");
        o.serverId = 5;
        o.maxAllowedPacket = 64 * 1024 * 1024;
        o.extraArgs = {"--ssl-cert=" + certs.filePath("server.pem"), "--ssl-key=" + certs.filePath("server.key")};
        LocalServer tls(o);
        tls.start();
        tls.execSql(QStringLiteral("CREATE DATABASE s; CREATE TABLE s.t (id INT PRIMARY KEY, b LONGBLOB)"));
        const QStringList status = tls.queryValue(QStringLiteral("SHOW MASTER STATUS")).split('\t');
        tls.execSql(QStringLiteral("INSERT INTO s.t VALUES (1, REPEAT('y', 17000000))"));

        Endpoint e = test::endpointOf(tls);
        e.tls = TlsMode::Required;  // refused unless the session is encrypted
        StreamOptions so;
        so.file = status.value(0);
        so.offset = status.value(1).toULongLong();
        so.heartbeatMs = 300;
        BinlogStream s(e, so);
        s.open();
        const QList<Got> got = readUntil(s, [](const QList<Got> &g) { return countType(g, XidEvent) == 1; });
        QCOMPARE(countType(got, XidEvent), 1);
        QVERIFY(std::any_of(got.begin(), got.end(), [](const Got &g) {
            return isRowsEvent(g.event.header.type) && g.event.header.eventSize > 17000000;
        }));
        QVERIFY(tls.queryValue(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND LIKE "
                                              "'Binlog Dump%'")) == QLatin1String("1"));
        s.cancel();
        QVERIFY(!s.next());
    }

    void replicationAccountSuffices()
    {
        // What a replica account has: REPLICATION SLAVE (MariaDB 10.5+ wants more for SHOW SLAVE HOSTS: the
        // clash check is then skipped with a warning, the source still guards its own id).
        m_server->execSql(QStringLiteral("CREATE USER 'repl'@'%' IDENTIFIED BY 'Repl-pw-1'; "
                                         "GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%'; "
                                         "CREATE USER 'norepl'@'%' IDENTIFIED BY 'Repl-pw-2'; "
                                         "GRANT SELECT ON *.* TO 'norepl'@'%'"));
        Endpoint e = endpoint();
        e.user = QStringLiteral("repl");
        e.password = QStringLiteral("Repl-pw-1");
        const auto start = masterStatus();
        m_server->execSql(QStringLiteral("INSERT INTO s.t VALUES (50, 'repl', NULL)"));
        BinlogStream s(e, fromPosition(start));
        s.open();
        const QList<Got> got = readUntil(s, [](const QList<Got> &g) { return countType(g, XidEvent) == 1; });
        QCOMPARE(countType(got, XidEvent), 1);

        e.user = QStringLiteral("norepl");
        e.password = QStringLiteral("Repl-pw-2");
        BinlogStream denied(e, fromPosition(start));
        try {
            denied.open();
            QFAIL("streamed without REPLICATION SLAVE");
        } catch (const Error &err) {
            qInfo("%s", qPrintable(err.describe()));
            QVERIFY2(err.kind() == ErrorKind::Precheck && err.describe().contains(QLatin1String("REPLICATION SLAVE")),
                     qPrintable(err.describe()));
        }
    }

    void malformedGtidIsInvalid()
    {
        StreamOptions o;
        o.gtidSet = QStringLiteral("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5");  // a MySQL set, for MariaDB
        const Error e = openExpectingError(o);
        QCOMPARE(e.kind(), ErrorKind::Invalid);
        QVERIFY2(e.fix().contains(QLatin1String("MariaDB")), qPrintable(e.describe()));
    }
};

QTEST_GUILESS_MAIN(TstBinlogStream)
#include "tst_binlogstream.moc"
