// TABLE_MAP events of real MySQL 5.1–8.0 and MariaDB binlogs: names, per-column metadata and nullability
// agree with what mariadb-binlog -vv prints for each row column ("meta=… nullable=…").
#include "binlog/BinlogFile.h"
#include "binlog/EventDecoder.h"
#include "binlog/TableMap.h"
#include "common/Binlogs.h"
#include "common/Error.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace dts;
using namespace dts::binlog;

class TstTableMap : public QObject {
    Q_OBJECT
    QString m_dir;

    QList<TableMap> maps(const QString &path)
    {
        QList<TableMap> out;
        try {
            BinlogFileReader r(path);
            while (auto e = r.next())
                if (e->header.type == TableMapEvent)
                    out << decodeTableMap(e->body, r.format(), QStringLiteral("%1:%2").arg(path).arg(e->offset));
        } catch (const Error &e) {
            QTest::qFail(qPrintable(e.describe()), __FILE__, __LINE__);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = test::binlogDir();
        if (!QDir(m_dir).exists())
            QSKIP(qPrintable(QStringLiteral("no test binlogs at %1 (set DTS_TESTDATA)").arg(m_dir)));
        if (test::oracleBinary().isEmpty())
            QSKIP("mariadb-binlog (package mariadb-client) is not installed");
    }

    void agreesWithMariadbBinlog_data()
    {
        QTest::addColumn<QString>("file");
        // The files whose rows mariadb-binlog can print (it cannot read JSON binary or compressed payloads).
        for (const char *f : {"mysql-enum-string-set.000001", "mysql_type_bit.000001", "minimal_row_metadata.000001",
                              "mariadb-bin.000001", "write-full-row.binlog", "update-full-row.binlog",
                              "binlog_transaction_with_GTID.000001"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void agreesWithMariadbBinlog()
    {
        QFETCH(QString, file);
        const QString path = m_dir + '/' + file;
        const QList<TableMap> ours = maps(path);

        const QString out = test::runOracle({QStringLiteral("--base64-output=decode-rows"), QStringLiteral("-vv"), path}).value_or(QString());
        static const QRegularExpression mapLine(QStringLiteral("Table_map: `([^`]*)`\\.`([^`]*)` mapped to number (\\d+)"));
        static const QRegularExpression rowsLine(QStringLiteral("^### (?:INSERT INTO|UPDATE|DELETE FROM) `([^`]*)`\\.`([^`]*)`"));
        static const QRegularExpression colLine(QStringLiteral("^###   @(\\d+)=.*/\\* .* meta=(\\d+) nullable=(\\d) is_null=\\d \\*/$"));
        // Several TABLE_MAPs may precede their row events: rows are matched to the latest map of their table.
        QHash<QString, int> latest;
        int mapIndex = -1, current = -1, checkedColumns = 0;
        for (const QString &line : out.split('\n')) {
            if (const auto m = mapLine.match(line); m.hasMatch()) {
                ++mapIndex;
                QVERIFY2(mapIndex < ours.size(), "the oracle saw more TABLE_MAP events than we did");
                QCOMPARE(ours[mapIndex].database, m.captured(1));
                QCOMPARE(ours[mapIndex].table, m.captured(2));
                QCOMPARE(ours[mapIndex].tableId, m.captured(3).toULongLong());
                latest[m.captured(1) + '.' + m.captured(2)] = mapIndex;
                continue;
            }
            if (const auto r = rowsLine.match(line); r.hasMatch()) {
                current = latest.value(r.captured(1) + '.' + r.captured(2), -1);
                QVERIFY2(current >= 0, qPrintable("rows of a table without a TABLE_MAP: " + line));
                continue;
            }
            if (const auto c = colLine.match(line); c.hasMatch() && current >= 0) {
                const TableMap &t = ours[current];
                const int col = c.captured(1).toInt() - 1;
                QVERIFY(col < t.columnCount());
                QCOMPARE(int(t.metadata[col]), c.captured(2).toInt());
                QCOMPARE(int(t.nullable[col]), c.captured(3).toInt());
                ++checkedColumns;
            }
        }
        QCOMPARE(mapIndex + 1, ours.size());
        QVERIFY2(checkedColumns > 0 || file.contains(QLatin1String("GTID")), "no row column was compared");
    }

    void optionalMetadataOfMySql8()
    {
        // MySQL 8 writes signedness at least; FULL metadata adds names, ENUM/SET values and the key.
        const QList<TableMap> all = maps(m_dir + QStringLiteral("/mysql-enum-string-set.000001"));
        QVERIFY(!all.isEmpty());
        const TableMap &t = all.last();
        QCOMPARE(t.columnCount(), 5);
        QCOMPARE(int(t.types[2]), int(TypeString));  // ENUM travels as STRING …
        QCOMPARE(int(t.metadata[2] >> 8), int(TypeEnum));  // … with its real type in the metadata
        QCOMPARE(int(t.metadata[3] >> 8), int(TypeSet));
    }

    void damagedBodiesAreErrors()
    {
        const QList<TableMap> all = maps(m_dir + QStringLiteral("/mysql_type_bit.000001"));
        QVERIFY(!all.isEmpty());
        BinlogFileReader r(m_dir + QStringLiteral("/mysql_type_bit.000001"));
        while (auto e = r.next()) {
            if (e->header.type != TableMapEvent)
                continue;
            for (qsizetype cut : {qsizetype(3), qsizetype(12), e->body.size() - 8})
                QVERIFY_THROWS_EXCEPTION(Error, decodeTableMap(e->body.left(cut), r.format(), QStringLiteral("cut")));
            break;
        }
    }

    void moreColumnsThanAServerAllowsIsAnError()
    {
        // Each row image holds a value per column: a damaged count must not make every row huge.
        auto body = [](quint16 columns) {
            QByteArray b = QByteArray::fromHex("0100000000000100") + "\x01" "d" + '\0' + "\x01" "t" + '\0';
            b += char(252) + QByteArray(1, char(columns & 0xff)) + char(columns >> 8) + QByteArray(columns, char(TypeLong));
            return b + '\0' + QByteArray((columns + 7) / 8, '\0');  // no metadata, NULL bitmap
        };
        QCOMPARE(decodeTableMap(body(4096), FormatDescription(), QStringLiteral("f:4")).columnCount(), 4096);
        try {
            decodeTableMap(body(4097), FormatDescription(), QStringLiteral("f:4"));
            QFAIL("4097 columns decoded");
        } catch (const Error &e) {
            QCOMPARE(e.object(), QStringLiteral("f:4"));
            QCOMPARE(e.message(), QStringLiteral("TABLE_MAP of d.t has 4097 columns; MySQL and MariaDB tables have at most 4096"));
        }
    }

    void primaryKeyIndexesOutsideTheTableAreDropped()
    {
        // SIMPLE_PRIMARY_KEY (optional metadata 8) naming column 0 and column 0xffffffff of a one-column
        // table: the decoder's shape keeps column 0 only (the applier indexes rows with it).
        Event e;
        e.header.type = TableMapEvent;
        e.body = QByteArray::fromHex("0100000000000100") + "\x01" "d" + '\0' + "\x01" "t" + '\0' +
                 QByteArray::fromHex("0103" "00" "00" "080a00feffffffff00000000");
        EventDecoder decoder(QStringLiteral("f"));
        QList<DecodedEvent> out;
        decoder.decode(e, FormatDescription(), out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].table->map.primaryKey, QList<quint32>({0, 0xffffffffu}));
        QCOMPARE(out[0].table->shape->primaryKey, QList<int>({0}));
    }
};

QTEST_GUILESS_MAIN(TstTableMap)
#include "tst_tablemap.moc"
