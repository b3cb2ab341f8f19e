// Which destination columns can take every value of a source column, byte for byte.
#include "mysql/TypeCompat.h"

#include <QtTest>

using namespace dts;

namespace {

ColumnInfo col(const QString &columnType, const QString &charset = {})
{
    ColumnInfo c;
    c.columnType = columnType;
    c.dataType = columnType.section('(', 0, 0).section(' ', 0, 0);
    c.charset = charset;
    return c;
}

}  // namespace

class TstTypeCompat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compatibility_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("sourceCharset");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("destinationCharset");
        QTest::addColumn<QString>("problem");  // empty: compatible; else a word the reason contains
        auto row = [](const char *name, const char *s, const char *sc, const char *d, const char *dc, const char *why) {
            QTest::newRow(name) << s << sc << d << dc << why;
        };
        row("same int", "int(11)", "", "int", "", "");
        row("wider int", "int(11)", "", "bigint(20)", "", "");
        row("narrower int", "int(11)", "", "tinyint(4)", "", "narrower");
        row("unsigned into same signed", "int(10) unsigned", "", "int(11)", "", "narrower");
        row("unsigned into bigger signed", "int(10) unsigned", "", "bigint(20)", "", "");
        row("signed into unsigned", "int(11)", "", "bigint(20) unsigned", "", "negative");
        row("int into varchar", "int(11)", "", "varchar(20)", "utf8mb4", "differs");
        row("decimal wider", "decimal(10,2)", "", "decimal(12,4)", "", "");
        row("decimal fewer digits", "decimal(10,2)", "", "decimal(10,1)", "", "narrower");
        row("decimal fewer integer digits", "decimal(10,2)", "", "decimal(9,2)", "", "narrower");
        row("float into double", "float", "", "double", "", "");
        row("double into float", "double", "", "float", "", "narrower");
        row("varchar wider", "varchar(20)", "utf8mb4", "varchar(40)", "utf8mb4", "");
        row("varchar narrower", "varchar(20)", "utf8mb4", "varchar(10)", "utf8mb4", "narrower");
        row("varchar into text", "varchar(200)", "utf8mb4", "text", "utf8mb4", "");
        row("longtext into text", "longtext", "utf8mb4", "text", "utf8mb4", "narrower");
        row("other charset", "varchar(20)", "latin1", "varchar(20)", "utf8mb4", "character set");
        row("blob into text", "blob", "", "text", "utf8mb4", "differs");
        row("binary padding", "binary(8)", "", "binary(16)", "", "pad");
        row("varbinary wider", "varbinary(8)", "", "varbinary(16)", "", "");
        row("datetime fsp kept", "datetime(3)", "", "datetime(6)", "", "");
        row("datetime fsp lost", "datetime(6)", "", "datetime", "", "fractional");
        row("timestamp into datetime", "timestamp", "", "datetime", "", "differs");
        row("enum superset", "enum('a','b')", "utf8mb4", "enum('a','b','c')", "utf8mb4", "");
        row("enum missing", "enum('a','b')", "utf8mb4", "enum('a')", "utf8mb4", "'b'");
        row("set quoted", "set('it''s','x')", "utf8mb4", "set('x','it''s')", "utf8mb4", "");
        row("bit wider", "bit(8)", "", "bit(16)", "", "");
        row("bit narrower", "bit(16)", "", "bit(8)", "", "narrower");
        row("point into geometry", "point", "", "geometry", "", "");
        row("date into year", "date", "", "year(4)", "", "differs");
    }
    void compatibility()
    {
        QFETCH(QString, source);
        QFETCH(QString, sourceCharset);
        QFETCH(QString, destination);
        QFETCH(QString, destinationCharset);
        QFETCH(QString, problem);
        const QString why = typeIncompatibility(col(source, sourceCharset), col(destination, destinationCharset));
        if (problem.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(problem), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(why, problem)));
    }
};

QTEST_GUILESS_MAIN(TstTypeCompat)
#include "tst_typecompat.moc"
