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

    // Sets (MySqlGtidSet::parse) and single GTIDs (MySqlGtid::parse, "one" rows).
    void badTextNamesTheProblem_data()
    {
        QTest::addColumn<bool>("one");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("says");
        QTest::newRow("uuid") << false << "nonsense:1-3" << "not a server uuid";
        QTest::newRow("interval") << false << "3e11fa47-71ca-11e1-9e33-c80aa9429562:5-2" << "not an interval";
        QTest::newRow("no interval") << false << "3e11fa47-71ca-11e1-9e33-c80aa9429562" << "uuid:interval";
        QTest::newRow("zero") << false << "3e11fa47-71ca-11e1-9e33-c80aa9429562:0" << "not an interval";
        const QString u = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
        auto one = [](const char *name, const QString &in, const char *says) { QTest::newRow(name) << true << in << says; };
        one("one: no gno", u, "not a GTID (uuid:number or uuid:tag:number)");
        one("one: a set", u + ":1-5", "\"1-5\" is not a transaction number");
        one("one: two tags", u + ":a:b:1", "not a GTID");
        one("one: bad uuid", "3e11fa47:1", "not a server uuid");
        one("one: tag only", u + ":blue", "\"blue\" is not a transaction number");
        one("one: tag with -", u + ":a-b:1", "\"a-b\" is not a GTID tag");
        one("one: tag of 33", u + ':' + QString(33, 'a') + ":1", "is not a GTID tag");
        one("one: gno 0", u + ":0", "\"0\" is not a transaction number (1 to 9223372036854775806)");
        one("one: gno 2^63-1", u + ":9223372036854775807", "is not a transaction number");
        one("one: gno signed", u + ":+5", "\"+5\" is not a transaction number");
        one("one: gno too long", u + ":99999999999999999999", "is not a transaction number");
    }
    void badTextNamesTheProblem()
    {
        QFETCH(bool, one);
        QFETCH(QString, in);
        QFETCH(QString, says);
        try {
            one ? (void)MySqlGtid::parse(in) : (void)MySqlGtidSet::parse(in);
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.kind() == ErrorKind::Invalid && e.object() == in && e.describe().contains(says), qPrintable(e.describe()));
        }
    }

    // One transaction's GTID as the decoder gives it (uuid:gno, or uuid:tag:gno from MySQL 8.3+), added to
    // the executed set the incremental reader keeps.
    void oneGtidText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("canonical");
        const QString u = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
        QTest::newRow("untagged") << u + ":5" << u + ":5";
        QTest::newRow("tagged") << u + ":blue:7" << u + ":blue:7";
        QTest::newRow("tag folded to lower case, spaces") << " " + u.toUpper() + ":Blue_2:7 " << u + ":blue_2:7";
        QTest::newRow("32-character tag") << u + ':' + QString(32, 'a') + ":1" << u + ':' + QString(32, 'a') + ":1";
        QTest::newRow("largest gno") << u + ":9223372036854775806" << u + ":9223372036854775806";
    }
    void oneGtidText()
    {
        QFETCH(QString, in);
        QFETCH(QString, canonical);
        const MySqlGtid g = MySqlGtid::parse(in);
        QCOMPARE(g.toString(), canonical);
        QCOMPARE(MySqlGtid::parse(g.toString()).toString(), canonical);
    }

    // What the incremental reader does with each committed transaction's GTID.
    void taggedAndUntaggedGtidsGatherIntoOneSet()
    {
        const QString u = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
        MySqlGtidSet executed = MySqlGtidSet::parse(u + ":1-3");
        for (const QString &text : {u + ":4", u + ":blue:1", u + ":blue:2", u + ":alpha:9", u + ":5"}) {
            const MySqlGtid g = MySqlGtid::parse(text);
            executed.add(g.sid, g.gno, g.tag);
        }
        QCOMPARE(executed.toString(), u + ":1-5:alpha:9:blue:1-2");
        QVERIFY(executed.hasTags());
        QCOMPARE(MySqlGtidSet::parse(executed.toString()), executed);
        const MySqlGtid blue2 = MySqlGtid::parse(u + ":blue:2");
        QVERIFY(executed.contains(blue2.sid, 2, QStringLiteral("blue")) && !executed.contains(blue2.sid, 3, QStringLiteral("blue")));
        QVERIFY(!executed.contains(blue2.sid, 9));  // alpha:9 is not the untagged 9
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
