// GTIDs as text and as binlog events, checked on real MySQL 5.6 and MariaDB binlogs.
#include "binlog/BinlogFile.h"
#include "binlog/Gtid.h"
#include "common/Binlogs.h"
#include "common/Error.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace dts;
using namespace dts::binlog;

class TstGtid : public QObject {
    Q_OBJECT
    QString binlogs() const { return test::binlogDir(); }

private Q_SLOTS:
    void mysqlSetText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("canonical");
        const QString u = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
        QTest::newRow("single") << u + ":5" << u + ":5";
        QTest::newRow("merge") << u + ":1-3:4-7:9" << u + ":1-7:9";
        QTest::newRow("overlap and order") << u + ":7-9:1-8" << u + ":1-9";
        QTest::newRow("two uuids, spaces") << " " + u + ":1-2 ,\n00000000-0000-0000-0000-000000000001:3"
                                           << "00000000-0000-0000-0000-000000000001:3," + u + ":1-2";
        QTest::newRow("empty") << "" << "";
    }
    void mysqlSetText()
    {
        QFETCH(QString, in);
        QFETCH(QString, canonical);
        const MySqlGtidSet s = MySqlGtidSet::parse(in);
        QCOMPARE(s.toString(), canonical);
        QCOMPARE(MySqlGtidSet::parse(s.toString()), s);
    }

    void mysqlSetContainsAndAdds()
    {
        MySqlGtidSet s = MySqlGtidSet::parse("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-3:5");
        const QByteArray sid = QByteArray::fromHex("3e11fa4771ca11e19e33c80aa9429562");
        QVERIFY(s.contains(sid, 3) && !s.contains(sid, 4) && s.contains(sid, 5) && !s.contains(sid, 6));
        s.add(sid, 4);
        QCOMPARE(s.toString(), QStringLiteral("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5"));
    }

    void badTextNamesTheProblem_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("says");
        QTest::newRow("uuid") << "nonsense:1-3" << "not a server uuid";
        QTest::newRow("interval") << "3e11fa47-71ca-11e1-9e33-c80aa9429562:5-2" << "not an interval";
        QTest::newRow("no interval") << "3e11fa47-71ca-11e1-9e33-c80aa9429562" << "uuid:interval";
        QTest::newRow("zero") << "3e11fa47-71ca-11e1-9e33-c80aa9429562:0" << "not an interval";
    }
    void badTextNamesTheProblem()
    {
        QFETCH(QString, in);
        QFETCH(QString, says);
        try {
            MySqlGtidSet::parse(in);
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.kind() == ErrorKind::Invalid && e.describe().contains(says), qPrintable(e.describe()));
        }
    }

    void mariaPosition()
    {
        MariaGtidPosition p = MariaGtidPosition::parse("0-1-5, 2-3-100");
        p.update(MariaGtid{0, 2, 9});
        p.update(MariaGtid{1, 1, 1});
        QCOMPARE(p.toString(), QStringLiteral("0-2-9,1-1-1,2-3-100"));
        QVERIFY_THROWS_EXCEPTION(Error, MariaGtidPosition::parse("0-1-5,0-2-6"));
        QVERIFY_THROWS_EXCEPTION(Error, MariaGtidPosition::parse("0-1"));
    }

    void mysqlEventsInARealBinlog()
    {
        const QString path = binlogs() + QStringLiteral("/binlog_transaction_with_GTID.000001");
        if (!QFileInfo::exists(path))
            QSKIP("no test binlogs (set DTS_TESTDATA)");
        BinlogFileReader r(path);
        MySqlGtidSet executed;
        QStringList seen;
        while (auto e = r.next()) {
            if (e->header.type == PreviousGtidsEvent)
                QVERIFY(decodePreviousGtids(e->body).isEmpty());  // the server's first binlog
            if (e->header.type == GtidEvent) {
                const MySqlGtid g = decodeMySqlGtid(e->body);
                seen << g.toString();
                executed.add(g.sid, g.gno);
            }
        }
        // MySQL 5.6.24 wrote three transactions of server 006c2cf2-…; the uuid is in the event's bytes.
        QCOMPARE(seen, QStringList({"006c2cf2-b1ea-11e4-9057-8c705a3d3e78:1", "006c2cf2-b1ea-11e4-9057-8c705a3d3e78:2",
                                    "006c2cf2-b1ea-11e4-9057-8c705a3d3e78:3"}));
        QCOMPARE(executed.toString(), QStringLiteral("006c2cf2-b1ea-11e4-9057-8c705a3d3e78:1-3"));
    }

    void mariaEventsAgreeWithMariadbBinlog()
    {
        const QString path = binlogs() + QStringLiteral("/mariadb-bin.000001");
        if (!QFileInfo::exists(path))
            QSKIP("no test binlogs (set DTS_TESTDATA)");
        const auto output = test::runOracle({path});
        if (!output)
            QSKIP("mariadb-binlog (package mariadb-client) is not installed");
        QStringList expected;
        static const QRegularExpression gtid(QStringLiteral("\\tGTID (\\d+-\\d+-\\d+)"));
        for (auto it = gtid.globalMatch(*output); it.hasNext();)
            expected << it.next().captured(1);
        QVERIFY(!expected.isEmpty());

        BinlogFileReader r(path);
        QStringList seen;
        bool sawList = false;
        while (auto e = r.next()) {
            if (e->header.type == MariaGtidEvent)
                seen << decodeMariaGtid(e->body, e->header.serverId).toString();
            if (e->header.type == MariaGtidListEvent) {
                sawList = true;
                QVERIFY(decodeMariaGtidList(e->body).isEmpty());  // "Gtid list []" says the oracle
            }
        }
        QVERIFY(sawList);
        QCOMPARE(seen, expected);
    }

    void shortBodiesAreErrors()
    {
        QVERIFY_THROWS_EXCEPTION(Error, decodeMySqlGtid(QByteArray(10, 0)));
        QVERIFY_THROWS_EXCEPTION(Error, decodeMariaGtidList(QByteArray("\x02\x00\x00\x00", 4)));
        QByteArray prev(8, 0);
        prev[0] = 1;  // one sid announced, none there
        QVERIFY_THROWS_EXCEPTION(Error, decodePreviousGtids(prev));
    }
};

QTEST_GUILESS_MAIN(TstGtid)
#include "tst_gtid.moc"
