// Row values decoded by us agree with mariadb-binlog -vv, the independent oracle, value by value: on the
// shared MySQL/MariaDB binlogs it can read, and on binlogs a sandbox mariadbd writes for every column type
// (FULL and MINIMAL row images and metadata, compressed events). `dts binlog decode` reads every shared
// file and names the damaged one.
#include "binlog/BinlogFile.h"
#include "binlog/EventDecoder.h"
#include "common/Binlogs.h"
#include "common/Sandbox.h"

#include <QDir>
#include <QProcess>
#include <QtTest>
#include <cstdio>

using namespace dts;
using namespace dts::binlog;

namespace {

struct Image {
    QByteArray what;  // "INSERT db.t", "UPDATE-WHERE db.t", …
    Row values;
    std::shared_ptr<const TableEntry> table;
};

struct OracleImage {
    QByteArray what;
    QList<QPair<int, QByteArray>> values;  // (@N, the text before the type comment)
};

QList<Image> ourImages(const QString &path)
{
    QList<Image> out;
    BinlogFileReader reader(path);
    EventDecoder decoder(path);
    QList<DecodedEvent> events;
    while (auto e = reader.next()) {
        events.clear();
        decoder.decode(*e, reader.format(), events);
        for (const DecodedEvent &d : events) {
            if (!d.rows)
                continue;
            const QByteArray table = (d.table->map.database + '.' + d.table->map.table).toUtf8();
            const quint8 t = d.header.type;
            for (int i = 0; i < d.rows->rows.size(); ++i) {
                QByteArray what = d.rows->update ? (i % 2 ? "UPDATE-SET " : "UPDATE-WHERE ")
                                                 : isWriteRowsEvent(t) ? "INSERT " : "DELETE ";
                out << Image{what + table, d.rows->rows[i], d.table};
            }
        }
    }
    return out;
}

QList<OracleImage> oracleImages(const QString &path)
{
    QProcess p;
    p.start(test::oracleBinary(), {QStringLiteral("--base64-output=decode-rows"), QStringLiteral("-vv"), path});
    p.waitForFinished(60000);
    const QByteArray out = p.readAllStandardOutput();
    QList<OracleImage> images;
    QByteArray verb, table;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith("### "))
            continue;
        const QByteArray rest = line.mid(4);
        if (rest.startsWith("INSERT INTO ") || rest.startsWith("UPDATE ") || rest.startsWith("DELETE FROM ")) {
            verb = rest.startsWith("INSERT") ? "INSERT" : rest.startsWith("UPDATE") ? "UPDATE" : "DELETE";
            table = rest.mid(rest.indexOf('`')).replace("`", "");
            if (verb != "UPDATE")
                images << OracleImage{verb + ' ' + table, {}};
        } else if (rest == "WHERE" && verb == "UPDATE") {
            images << OracleImage{"UPDATE-WHERE " + table, {}};
        } else if (rest == "SET" && verb == "UPDATE") {
            images << OracleImage{"UPDATE-SET " + table, {}};
        } else if (rest.startsWith("  @") && !images.isEmpty()) {
            const qsizetype eq = rest.indexOf('=');
            const qsizetype comment = rest.lastIndexOf(" /* ");
            images.last().values << qMakePair(rest.mid(3, eq - 3).toInt(), rest.mid(eq + 1, comment - eq - 1).trimmed());
        }
    }
    return images;
}

// How mariadb-binlog prints a value of this column (see its log_event_print_value).
QByteArray oracleText(const Value &v, const ColumnLayout &c)
{
    char buf[64];
    auto quoted = [](const QByteArray &bytes) {
        QByteArray s = "'";
        for (char ch : bytes) {
            if (quint8(ch) < 0x20) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\x%02x", quint8(ch));
                s += esc;
            } else {
                s += ch;
            }
        }
        return s + '\'';
    };
    switch (v.kind) {
    case Value::Null: return "NULL";
    case Value::Int: case Value::UInt: {
        if (c.type == TypeYear)  // the oracle adds 1900 to the stored byte even for 0, which is year 0000
            return QByteArray::number(v.u == 0 ? 1900 : v.u);
        const int bits = 8 * v.width;
        const quint64 mask = bits == 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
        const quint64 raw = quint64(v.kind == Value::Int ? quint64(v.i) : v.u) & mask;
        const qint64 asSigned = bits == 64 ? qint64(raw) : qint64(raw << (64 - bits)) >> (64 - bits);
        QByteArray s = QByteArray::number(asSigned);
        if (asSigned < 0)
            s += " (" + QByteArray::number(raw) + ')';
        return s;
    }
    case Value::Float:
        std::snprintf(buf, sizeof buf, "%g", v.d);
        return buf;
    case Value::Double:
        std::snprintf(buf, sizeof buf, "%.20g", v.d);
        return buf;
    case Value::Decimal: return v.text;
    case Value::String: case Value::Geometry: case Value::Json: return quoted(v.text);
    case Value::Date: return '\'' + QByteArray(v.text).replace('-', ':') + '\'';
    case Value::Time: case Value::DateTime: return '\'' + v.text + '\'';
    case Value::Timestamp: {
        QByteArray s = QByteArray::number(v.i);
        if (c.meta > 0) {
            std::snprintf(buf, sizeof buf, ".%06u", v.micros);
            s += QByteArray(buf).left(1 + c.meta);
        }
        return s;
    }
    case Value::Bit: {
        const int n = (c.meta >> 8) * 8 + (c.meta & 0xff);
        QByteArray s = "b'";
        for (int i = n - 1; i >= 0; --i)
            s += (v.u >> i) & 1 ? '1' : '0';
        return s + '\'';
    }
    case Value::Enum: return QByteArray::number(v.u);
    case Value::Set: {
        QByteArray s = "b'";
        for (int i = 8 * (c.meta & 0xff) - 1; i >= 0; --i)
            s += (v.u >> i) & 1 ? '1' : '0';
        return s + '\'';
    }
    default: return "?";
    }
}

// Returns the number of values compared; fails the test on the first difference.
int compareWithOracle(const QString &path)
{
    const QList<Image> ours = ourImages(path);
    const QList<OracleImage> theirs = oracleImages(path);
    if (ours.size() != theirs.size()) {
        QTest::qFail(qPrintable(QStringLiteral("%1: %2 row images decoded, the oracle printed %3").arg(path).arg(ours.size()).arg(theirs.size())),
                     __FILE__, __LINE__);
        return -1;
    }
    int compared = 0;
    for (int i = 0; i < ours.size(); ++i) {
        const Image &o = ours[i];
        const OracleImage &t = theirs[i];
        if (o.what != t.what) {
            QTest::qFail(qPrintable(QStringLiteral("%1: image %2 is %3, the oracle says %4").arg(path).arg(i).arg(o.what, t.what)),
                         __FILE__, __LINE__);
            return -1;
        }
        QList<int> present;
        for (int c = 0; c < o.values.size(); ++c)
            if (!o.values[c].isAbsent())
                present << c;
        if (present.size() != t.values.size()) {
            QTest::qFail(qPrintable(QStringLiteral("%1: image %2 (%3) has %4 columns, the oracle %5").arg(path).arg(i).arg(o.what).arg(present.size()).arg(t.values.size())),
                         __FILE__, __LINE__);
            return -1;
        }
        for (int k = 0; k < present.size(); ++k) {
            const int c = present[k];
            const QByteArray expected = oracleText(o.values[c], o.table->layout.columns[c]);
            if (t.values[k].first != c + 1 || t.values[k].second != expected) {
                QTest::qFail(qPrintable(QStringLiteral("%1: image %2 (%3) column @%4: we decode %5, the oracle prints @%6=%7")
                                            .arg(path).arg(i).arg(o.what).arg(c + 1)
                                            .arg(QString::fromUtf8(expected.left(200)))
                                            .arg(t.values[k].first)
                                            .arg(QString::fromUtf8(t.values[k].second.left(200)))),
                             __FILE__, __LINE__);
                return -1;
            }
            ++compared;
        }
    }
    return compared;
}

QStringList serverBinlogs(const LocalServer &s)
{
    QStringList files;
    for (const QString &f : QDir(s.directory()).entryList({QStringLiteral("binlog.0*")}, QDir::Files, QDir::Name))
        files << s.directory() + '/' + f;
    return files;
}

}  // namespace

class TstBinlogDecode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (test::oracleBinary().isEmpty())
            QSKIP("mariadb-binlog (package mariadb-client) is not installed");
    }

    void sharedCorpusAgreesWithOracle_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minimum");  // values the file holds at least: a test that compares nothing fails
        QTest::newRow("mysql-enum-string-set") << QStringLiteral("mysql-enum-string-set.000001") << 15;
        QTest::newRow("mysql_type_bit") << QStringLiteral("mysql_type_bit.000001") << 3;
        QTest::newRow("minimal_row_metadata") << QStringLiteral("minimal_row_metadata.000001") << 3;
        QTest::newRow("mariadb-bin") << QStringLiteral("mariadb-bin.000001") << 10;
        QTest::newRow("write-full-row") << QStringLiteral("write-full-row.binlog") << 10;
        QTest::newRow("update-full-row") << QStringLiteral("update-full-row.binlog") << 10;
        QTest::newRow("update-partial-row") << QStringLiteral("update-partial-row.binlog") << 10;
    }
    void sharedCorpusAgreesWithOracle()
    {
        QFETCH(QString, file);
        QFETCH(int, minimum);
        const QString path = test::binlogDir() + '/' + file;
        if (!QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("no test binlogs at %1 (set DTS_TESTDATA)").arg(test::binlogDir())));
        const int compared = compareWithOracle(path);
        QVERIFY2(compared >= minimum, qPrintable(QStringLiteral("only %1 values compared").arg(compared)));
    }

    void everyColumnTypeAgreesWithOracle_data()
    {
        QTest::addColumn<QString>("rowImage");
        QTest::addColumn<QString>("metadata");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("full image, full metadata") << QStringLiteral("FULL") << QStringLiteral("FULL") << false;
        QTest::newRow("minimal image and metadata, compressed") << QStringLiteral("MINIMAL") << QStringLiteral("MINIMAL") << true;
    }
    void everyColumnTypeAgreesWithOracle()
    {
        QFETCH(QString, rowImage);
        QFETCH(QString, metadata);
        QFETCH(bool, compressed);
        LocalServer::Options o;
        o.name = QStringLiteral("decode");
        o.binlogRowImage = rowImage;
        o.binlogRowMetadata = metadata;
        if (compressed)
            o.extraArgs << QStringLiteral("--log-bin-compress=ON") << QStringLiteral("--log-bin-compress-min-len=10");
        LocalServer server(o);
        server.start();
        server.execSql(test::readSql(QStringLiteral("alltypes.sql")));
        server.execSql(QStringLiteral("FLUSH BINARY LOGS"));
        int compared = 0;
        bool sawCompressed = false;
        for (const QString &file : serverBinlogs(server)) {
            const int n = compareWithOracle(file);
            if (QTest::currentTestFailed())
                return;
            compared += n;
            BinlogFileReader r(file);
            while (auto e = r.next())
                sawCompressed |= e->header.type >= 165 && e->header.type <= 171;
        }
        QVERIFY2(compared > (rowImage == QLatin1String("FULL") ? 300 : 30), qPrintable(QString::number(compared)));
        QCOMPARE(sawCompressed, compressed);
    }

    void decodeCommandReadsEveryFile()
    {
        const QDir dir(test::binlogDir());
        if (!dir.exists())
            QSKIP("no shared test binlogs");
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &f : files) {
            for (const QString &format : {QStringLiteral("text"), QStringLiteral("canal-json")}) {
                QProcess p;
                p.start(qEnvironmentVariable("DTS_BIN"), {QStringLiteral("binlog"), QStringLiteral("decode"),
                                                         QStringLiteral("--format"), format, dir.filePath(f)});
                QVERIFY(p.waitForFinished(60000));
                const QByteArray out = p.readAllStandardOutput(), err = p.readAllStandardError();
                if (f.contains(QLatin1String("truncated"))) {
                    QCOMPARE(p.exitCode(), 1);
                    QVERIFY2(err.contains(f.toUtf8() + ":4") && err.contains("truncated"), err.constData());
                    continue;
                }
                QVERIFY2(p.exitCode() == 0, qPrintable(f + ": " + QString::fromUtf8(err)));
                QVERIFY2(!out.isEmpty() || format == QLatin1String("canal-json"), qPrintable(f));
                // The MySQL files hold ALTER USER … AS '<hash>': printed masked.
                QVERIFY2(!out.contains("$A$005$"), qPrintable(f + QStringLiteral(": a password hash is printed")));
            }
        }
    }

    void compressedTransactionPayloadIsExpanded()
    {
        // MySQL 8.0.20+ binlog_transaction_compression: the rows live inside a zstd TRANSACTION_PAYLOAD,
        // which mariadb-binlog cannot open; we print them.
        const QString path = test::binlogDir() + QStringLiteral("/transaction_compression.000001");
        if (!QFile::exists(path))
            QSKIP("no shared test binlogs");
        const QList<Image> images = ourImages(path);
        QVERIFY(!images.isEmpty());
        QCOMPARE(images.first().what, QByteArray("INSERT test.tb1"));
        QCOMPARE(images.first().values.value(0).kind, Value::Int);
        QCOMPARE(images.first().values.value(0).i, 1);
    }
};

QTEST_GUILESS_MAIN(TstBinlogDecode)
#include "tst_binlogdecode.moc"
