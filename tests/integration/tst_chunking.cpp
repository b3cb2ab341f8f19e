// Key-range chunks: whatever the key type, every row falls in exactly one chunk.
#include "common/Sandbox.h"
#include "mysql/Catalog.h"
#include "pipeline/Plan.h"
#include "snapshot/Chunking.h"

#include <QSet>

using namespace dts;
using namespace dts::test;

class TstChunking : public QObject {
    Q_OBJECT
    std::unique_ptr<LocalServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        LocalServer::Options o;
        o.name = "chunking";
        m_server = std::make_unique<LocalServer>(o);
        m_server->start();
        m_server->execSql(test::readSql(QStringLiteral("chunking.sql")));
        m_server->execSql("ANALYZE TABLE chunk.k_int, chunk.k_uint, chunk.k_comp, chunk.k_bin, chunk.k_dt, chunk.k_uk, chunk.k_dense");
    }

    void everyRowInExactlyOneChunk_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *t : {"k_int", "k_uint", "k_comp", "k_bin", "k_dt", "k_uk", "k_dense"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void everyRowInExactlyOneChunk()
    {
        QFETCH(QString, table);
        auto conn = connectTo(*m_server, "source", true);
        Catalog cat(*conn);
        TaskSpec task = taskFor(*m_server, *m_server, {DatabaseSelection{"chunk", {}, {TableSelection{table}}}});
        const TaskPlan plan = resolvePlan(task, cat, 0);
        const TablePlan &tp = *plan.tables().first();
        QVERIFY(isSplittableKey(tp));

        ChunkPlanner planner(*conn, 100);  // tiny target: 1000-row chunks
        const QList<ChunkRecord> chunks = planner.plan(tp);
        QVERIFY2(chunks.size() >= 3, qPrintable(QString::number(chunks.size())));
        QVERIFY(chunks.first().lower.isEmpty() && chunks.last().upper.isEmpty());

        QStringList keyCols;
        for (const QString &k : tp.keyColumns)
            keyCols << quoteIdent(k);
        QSet<QString> seen;
        qint64 total = 0;
        for (const ChunkRecord &c : chunks) {
            QString sql = QStringLiteral("SELECT %1 FROM %2").arg(keyCols.join(','), quoteIdent("chunk", table));
            const QString cond = chunkRangeCondition(tp, c);
            if (!cond.isEmpty())
                sql += " WHERE " + cond;
            const QStringList rows = rowsOf(*conn, sql);
            QVERIFY2(rows.size() <= 1000 * 2, qPrintable(QString::number(rows.size())));
            for (const QString &r : rows) {
                QVERIFY2(!seen.contains(r), qPrintable("row in two chunks: " + r));
                seen.insert(r);
            }
            total += rows.size();
        }
        const qint64 count = conn->scalar("SELECT COUNT(*) FROM " + quoteIdent("chunk", table)).value().toLongLong();
        QCOMPARE(total, count);
    }

    void smallOrKeylessTablesAreOneChunk()
    {
        m_server->execSql("CREATE TABLE chunk.nokey (v INT); INSERT INTO chunk.nokey SELECT seq FROM chunk.seq_1_to_5000;");
        auto conn = connectTo(*m_server, "source", true);
        Catalog cat(*conn);
        TaskSpec task = taskFor(*m_server, *m_server, {DatabaseSelection{"chunk", {}, {TableSelection{"nokey"}}}});
        const TaskPlan plan = resolvePlan(task, cat, 0);
        QVERIFY(plan.tables().first()->keyColumns.isEmpty());  // the precheck warns (source.primary-keys)
        ChunkPlanner planner(*conn, 100);
        QCOMPARE(planner.plan(*plan.tables().first()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstChunking)
#include "tst_chunking.moc"
