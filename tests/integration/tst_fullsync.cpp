// Schema + full data into a MySQL destination, against two real sandbox mariadbd servers.
#include "common/Sandbox.h"
#include "mysql/Catalog.h"
#include "pipeline/TaskRunner.h"
#include "sandbox/SampleData.h"

#include <QElapsedTimer>

using namespace dts;
using namespace dts::test;

class TstFullSync : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerPair> m_pair;
    LocalServer *m_src = nullptr, *m_dst = nullptr;
    std::unique_ptr<Connection> m_s, m_d;

    // Runs the task in this process with a fresh state directory; the error, if any, goes to `error`.
    RunSummary attempt(const TaskSpec &task, std::optional<Error> &error)
    {
        QTemporaryDir state;
        RunOptions o;
        o.stateDir = state.path();
        TaskRunner r(task, o);
        try {
            r.run();
        } catch (const Error &e) {
            error = e;
        }
        return r.summary();
    }

    RunSummary run(const TaskSpec &task)
    {
        std::optional<Error> error;
        const RunSummary s = attempt(task, error);
        if (error)
            QTest::qFail(qPrintable(error->describe()), __FILE__, __LINE__);
        return s;
    }

    QString failureOf(const TaskSpec &task, ErrorKind *kind = nullptr)
    {
        std::optional<Error> error;
        attempt(task, error);
        if (error && kind)
            *kind = error->kind();
        return error ? error->describe() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pair = std::make_unique<ServerPair>("fs");
        m_src = m_pair->source.get();
        m_dst = m_pair->destination.get();
        m_s = connectTo(*m_src, "source", true);
        m_d = connectTo(*m_dst, "destination", true);
    }

    void everyTypeArrivesByteForByte()
    {
        m_src->execSql(readSql(QStringLiteral("fidelity.sql")));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"fid", {}, {}}});
        const RunSummary s = run(t);
        QCOMPARE(s.tables.size(), 1);
        QCOMPARE(s.tables[0].destinationRows, 5);
        QCOMPARE(s.tables[0].checksum, QStringLiteral("match"));
        QVERIFY(s.allMatch);

        // Row by row, every column as raw bytes; FLOAT through its exact DOUBLE value.
        const QString cols = "id, ti, tiu, si, siu, mi, miu, i, iu, bi, biu, dec65, f * 1e0, d, b1, b7, b64, bin, vbin, bl, "
                             "emoji, lat, gb, dt, dtm, ts, tm, yr, en, st, js, geo, inv, gen, gens";
        const QStringList a = rowsOf(*m_s, QStringLiteral("SELECT %1 FROM fid.types ORDER BY id").arg(cols));
        const QStringList b = rowsOf(*m_d, QStringLiteral("SELECT %1 FROM fid.types ORDER BY id").arg(cols));
        QCOMPARE(b.size(), 5);
        for (int i = 0; i < a.size(); ++i)
            QCOMPARE(b[i], a[i]);
        // The column definitions arrive too (charsets, generated expressions).
        const auto ddl = m_d->query(QStringLiteral("SHOW CREATE TABLE fid.types")).rows[0][1].toString();
        QVERIFY2(ddl.contains("`lat` varchar(32) CHARACTER SET latin1"), qPrintable(ddl));
        QVERIFY2(ddl.contains("`gb` varchar(32) CHARACTER SET gbk"), qPrintable(ddl));
        QVERIFY2(ddl.contains("GENERATED ALWAYS AS (`i` + 1) VIRTUAL"), qPrintable(ddl));
    }

    void mappingCaseFilterAndColumnSubset()
    {
        m_src->execSql(readSql(QStringLiteral("mapping.sql")));
        DatabaseSelection db{"Map_Src", "map_dst", {}};
        TableSelection orders;
        orders.name = "Orders";
        orders.target = "orders_v2";
        orders.where = "id > 10 AND Note <> 'n20'";
        orders.columns = {ColumnMap{"id", {}}, ColumnMap{"Note", "remark"}, ColumnMap{"Amount", {}}};
        TableSelection items;
        items.name = "Items";
        db.tables = {orders, items};
        TaskSpec t = taskFor(*m_src, *m_dst, {db});
        t.nameCase = NameCase::Lower;
        const RunSummary s = run(t);
        QVERIFY(s.allMatch);

        Catalog cat(*m_d);
        QVERIFY(cat.tableExists("map_dst", "orders_v2"));
        QVERIFY(cat.tableExists("map_dst", "items"));
        const TableInfo o = cat.table("map_dst", "orders_v2");
        QStringList names;
        for (const ColumnInfo &c : o.columns)
            names << c.name;
        QCOMPARE(names, QStringList({"id", "remark", "amount"}));
        // The index on the renamed column follows it; the one on the dropped column is gone.
        QVERIFY(o.indexes.size() == 2 && o.indexes[1].name == "by_note" && o.indexes[1].columns == QStringList{"remark"});
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM map_dst.orders_v2").value(), QByteArray("29"));
        QCOMPARE(m_d->scalar("SELECT SUM(amount) FROM map_dst.orders_v2").value(),
                 m_s->scalar("SELECT SUM(Amount) FROM Map_Src.Orders WHERE id > 10 AND Note <> 'n20'").value());
        QCOMPARE(m_d->scalar("SELECT remark FROM map_dst.orders_v2 WHERE id = 11").value(), QByteArray("n11"));
        // The foreign key points at the renamed table and column names.
        const TableInfo it = cat.table("map_dst", "items");
        QCOMPARE(it.columns[0].name, QStringLiteral("item_id"));
        QCOMPARE(it.foreignKeys.size(), 1);
        QCOMPARE(it.foreignKeys[0].refTable, QStringLiteral("orders_v2"));
        QCOMPARE(it.foreignKeys[0].columns, QStringList{"order_id"});
    }

    void upperCasePolicy()
    {
        m_src->execSql("CREATE DATABASE up_src; CREATE TABLE up_src.t1 (id INT PRIMARY KEY, val INT); "
                       "INSERT INTO up_src.t1 VALUES (1, 1), (2, 2);");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"up_src", {}, {}}});
        t.nameCase = NameCase::Upper;
        QVERIFY(run(t).allMatch);
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM UP_SRC.T1 WHERE VAL IN (1, 2)").value(), QByteArray("2"));
    }

    void conflictModeErrorStopsBeforeWriting()
    {
        m_src->execSql("CREATE DATABASE cf; CREATE TABLE cf.a (id INT PRIMARY KEY, v VARCHAR(10)); "
                       "CREATE TABLE cf.b (id INT PRIMARY KEY); CREATE TABLE cf.c (id INT PRIMARY KEY);"
                       "INSERT INTO cf.a VALUES (1, 'src'), (2, 'src2'); INSERT INTO cf.b VALUES (1); INSERT INTO cf.c VALUES (1);");
        m_dst->execSql("CREATE DATABASE cf; CREATE TABLE cf.a (id INT PRIMARY KEY, v VARCHAR(10)); "
                       "CREATE TABLE cf.c (id INT PRIMARY KEY); INSERT INTO cf.a VALUES (1, 'dest');");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"cf", {}, {}}});
        ErrorKind kind{};
        const QString e = failureOf(t, &kind);
        QVERIFY(kind == ErrorKind::Precheck);
        QVERIFY2(e.contains("2 destination table(s) exist already: cf.a, cf.c"), qPrintable(e));
        Catalog cat(*m_d);
        QVERIFY2(!cat.tableExists("cf", "b"), "nothing may be written when the check fails");
        QCOMPARE(m_d->scalar("SELECT v FROM cf.a WHERE id = 1").value(), QByteArray("dest"));
    }

    void conflictModeIgnoreKeepsDestinationRows()
    {
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"cf", {}, {}}});
        t.conflictMode = ConflictMode::Ignore;
        const RunSummary s = run(t);
        QCOMPARE(m_d->scalar("SELECT v FROM cf.a WHERE id = 1").value(), QByteArray("dest"));
        QCOMPARE(m_d->scalar("SELECT v FROM cf.a WHERE id = 2").value(), QByteArray("src2"));
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM cf.b").value(), QByteArray("1"));
        // The summary tells the truth: the kept row differs from the source.
        QVERIFY(!s.allMatch);
    }

    void oddNames()
    {
        m_src->execSql(readSql(QStringLiteral("oddnames.sql")));
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"we`ird db-1", "ta`rget db", {}}});
        const RunSummary s = run(t);
        QVERIFY(s.allMatch);
        QCOMPARE(s.tables[0].checksum, QStringLiteral("match"));
        QCOMPARE(m_d->scalar(QString::fromUtf8("SELECT COUNT(*) FROM `ta``rget db`.`vie w`")).value(), QByteArray("100"));
    }

    void polarDbEngineUsesTheSameProtocol()
    {
        m_src->execSql("CREATE DATABASE pol; USE pol; CREATE TABLE pol.t (id BIGINT PRIMARY KEY, v VARCHAR(10)); "
                       "INSERT INTO pol.t SELECT seq, 'x' FROM seq_1_to_500;");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"pol", {}, {}}});
        t.destinationEngine = "polardb";
        t.destination.engine = "polardb";
        QVERIFY(run(t).allMatch);
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM pol.t").value(), QByteArray("500"));
    }

    void insertPathWhenLocalInfileIsOff()
    {
        LocalServer::Options o;
        o.name = "fs-noinfile";
        o.serverId = 3;
        o.localInfile = false;
        LocalServer noInfile(o);
        noInfile.start();
        TaskSpec t = taskFor(*m_src, noInfile, {DatabaseSelection{"fid", {}, {}}});
        const RunSummary s = run(t);
        QVERIFY(s.allMatch);
        QCOMPARE(s.tables[0].checksum, QStringLiteral("match"));
    }

    void wholeDatabaseBringsItsObjects()
    {
        sandbox::createShopDatabase(*m_src, 0.02);
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"shop", "shop_copy", {}}});
        const RunSummary s = run(t);
        QVERIFY(s.allMatch);
        QCOMPARE(s.tables.size(), 5);
        auto count = [&](const QString &sql) { return m_d->scalar(sql).value_or("0").toInt(); };
        QCOMPARE(count("SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = 'shop_copy'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'shop_copy'"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'shop_copy'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = 'shop_copy' AND STATUS = 'DISABLED'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'shop_copy'"),
                 m_s->scalar("SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'shop'")
                     .value_or("0")
                     .toInt());
        // The view reads the renamed database, and runs as its invoker (no DEFINER from the source).
        const QString view = m_d->query(QStringLiteral("SHOW CREATE VIEW shop_copy.order_totals")).rows[0][1].toString();
        QVERIFY2(view.contains("`shop_copy`.`orders`") && !view.contains("`shop`."), qPrintable(view));
        QVERIFY2(view.contains("SQL SECURITY INVOKER"), qPrintable(view));
        QCOMPARE(m_d->scalar("SELECT shop_copy.price_with_vat(10)").value(), m_s->scalar("SELECT shop.price_with_vat(10)").value());
    }

    void throttleHoldsTheRate()
    {
        m_src->execSql("CREATE DATABASE thr; USE thr; CREATE TABLE t (id INT PRIMARY KEY, v CHAR(100)); "
                       "INSERT INTO t SELECT seq, 'x' FROM seq_1_to_6000;");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"thr", {}, {}}});
        t.advanced.fullThrottle.rps = 2000;  // a one-second burst, then 2000 rows/s: at least 2 s for 6000 rows
        QElapsedTimer clock;
        clock.start();
        QVERIFY(run(t).allMatch);
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
    }

    void nonTransactionalTablesInManyChunks()
    {
        m_src->execSql("CREATE DATABASE myi; USE myi; CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20)) ENGINE=MyISAM; "
                       "INSERT INTO t SELECT seq, CONCAT('v', seq) FROM seq_1_to_5000; ANALYZE TABLE t;");
        qputenv("DTS_CHUNK_BYTES", "100");  // 1000-row chunks
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"myi", {}, {}}});
        const RunSummary s = run(t);
        qunsetenv("DTS_CHUNK_BYTES");
        QVERIFY(s.allMatch);
        QCOMPARE(s.tables[0].checksum, QStringLiteral("match"));
        // PolarDB keeps every table in InnoDB.
        const QByteArray engine = t.destinationEngine == "polardb" ? "InnoDB" : "MyISAM";
        QCOMPARE(m_d->scalar("SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'myi'").value(), engine);
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM dts_studio_meta.full_chunks WHERE table_id = 'myi.t'").value().toInt(), 5);
    }

    void namesDifferingOnlyInCase()
    {
        // On a case-sensitive server (lower_case_table_names=0) these are three different tables.
        m_src->execSql("CREATE DATABASE cs; USE cs; CREATE TABLE Tt (id INT PRIMARY KEY, a INT); "
                       "CREATE TABLE tt (id INT PRIMARY KEY, b VARCHAR(5), c INT); CREATE TABLE TT (k CHAR(2) PRIMARY KEY); "
                       "INSERT INTO Tt VALUES (1, 1); INSERT INTO tt VALUES (1, 'x', 2), (2, 'y', 3); INSERT INTO TT VALUES ('a');");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"cs", {}, {}}});
        const RunSummary s = run(t);
        QVERIFY(s.allMatch);
        QCOMPARE(s.tables.size(), 3);
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM cs.tt").value(), QByteArray("2"));
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM cs.Tt").value(), QByteArray("1"));
        QCOMPARE(m_d->scalar("SELECT k FROM cs.TT").value(), QByteArray("a"));
    }

    void destinationCasePolicyFollowsLowerCaseTableNames()
    {
        LocalServer::Options o;
        o.name = "fs-lctn1";
        o.serverId = 4;
        o.lowerCaseTableNames = 1;
        LocalServer folding(o);
        folding.start();
        m_src->execSql("CREATE DATABASE Case_Src; USE Case_Src; CREATE TABLE Mixed_T (Id INT PRIMARY KEY, Val INT); "
                       "INSERT INTO Mixed_T VALUES (1, 10), (2, 20);");
        TaskSpec t = taskFor(*m_src, folding, {DatabaseSelection{"Case_Src", {}, {}}});
        t.nameCase = NameCase::Destination;
        const RunSummary s = run(t);
        QVERIFY(s.allMatch);
        QCOMPARE(s.tables.value(0).target, QStringLiteral("case_src.mixed_t"));
        auto c = connectTo(folding, "destination");
        QCOMPARE(c->scalar("SELECT SUM(Val) FROM case_src.mixed_t").value(), QByteArray("30"));
        // A second run of the same task finds its own tables, whatever the case.
        const QString again = failureOf(t);
        QVERIFY2(again.contains("exist already: case_src.mixed_t"), qPrintable(again));
    }

    void everyWarningIsReadNotJustTheFirstFive()
    {
        // The destination table exists with rows 1–5 and an extra NOT NULL column without default:
        // LOAD DATA IGNORE keeps 1–5 (five duplicate warnings) and fills the extra column of row 6
        // with '' (a sixth warning). That row did not arrive as the source has it: the chunk must fail.
        m_src->execSql("CREATE DATABASE w6; USE w6; CREATE TABLE t (k INT PRIMARY KEY, v VARCHAR(10)); "
                       "INSERT INTO t SELECT seq, 'a' FROM seq_1_to_6;");
        m_dst->execSql("CREATE DATABASE w6; USE w6; CREATE TABLE t (k INT PRIMARY KEY, v VARCHAR(10), extra VARCHAR(5) NOT NULL); "
                       "INSERT INTO t SELECT seq, 'a', 'x' FROM seq_1_to_5;");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"w6", {}, {}}});
        t.conflictMode = ConflictMode::Ignore;
        t.syncSchema = false;
        const QString e = failureOf(t);
        QVERIFY2(e.contains("doesn't have a default value") && e.contains("w6.t (chunk 0)"), qPrintable(e));
        QCOMPARE(m_d->scalar("SELECT COUNT(*) FROM dts_studio_meta.full_chunks WHERE table_id = 'w6.t'").value(), QByteArray("0"));
    }

    void errorModeWithoutSchemaNeedsEmptyTables()
    {
        // Without schema sync the destination tables are the user's: in "error" mode they must start
        // empty, whatever their engine (a non-transactional one would otherwise have rows cleared).
        m_src->execSql("CREATE DATABASE em; USE em; CREATE TABLE m (id INT PRIMARY KEY) ENGINE=MyISAM; INSERT INTO m VALUES (1), (2), (3);");
        m_dst->execSql("CREATE DATABASE em; USE em; CREATE TABLE m (id INT PRIMARY KEY) ENGINE=MyISAM; INSERT INTO m VALUES (100), (200);");
        TaskSpec t = taskFor(*m_src, *m_dst, {DatabaseSelection{"em", {}, {}}});
        t.syncSchema = false;
        ErrorKind kind{};
        const QString e = failureOf(t, &kind);
        QVERIFY(kind == ErrorKind::Precheck);
        QVERIFY2(e.contains("already hold rows: em.m"), qPrintable(e));
        QCOMPARE(m_d->scalar("SELECT GROUP_CONCAT(id ORDER BY id) FROM em.m").value(), QByteArray("100,200"));
    }

    void cleanupTestCase()
    {
        m_s.reset();
        m_d.reset();
    }
};

QTEST_GUILESS_MAIN(TstFullSync)
#include "tst_fullsync.moc"
