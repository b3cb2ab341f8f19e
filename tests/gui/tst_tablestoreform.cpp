// The Tablestore destination form offscreen: typed fields become the task's destination object, problems
// are named until the fields are valid (missing secret, buckets above concurrency); the per-table key
// and type editor (a 5-column key, an unknown key column, the task's name case); toJson/fromJson round trips.
#include "sinks/tablestore/TablestoreOptions.h"
#include "wizard/engines/TablestoreForm.h"
#include "wizard/engines/TablestoreTables.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace dts;

namespace {

ColumnInfo col(const QString &name, const QString &type)
{
    ColumnInfo c;
    c.name = name;
    c.dataType = type;
    c.columnType = type;
    return c;
}

TableInfo table(const QString &name)
{
    TableInfo t;
    t.database = "shop";
    t.name = name;
    t.columns = {col("id", "int"), col("sku", "varchar"), col("price", "decimal"), col("at", "datetime"), col("a", "int"), col("b", "int")};
    IndexInfo pk;
    pk.primary = true;
    pk.columns = {"id"};
    t.indexes = {pk};
    return t;
}

TablePlan plan(const QString &name)
{
    TablePlan p;
    p.source = table(name);
    p.targetDatabase = "shop";
    p.targetTable = name;
    for (const ColumnInfo &c : p.source.columns)
        p.columns << ColumnPlan{c, c.name};
    p.operations = {"insert", "update", "delete"};
    return p;
}

QLineEdit *field(QWidget &w, const char *name) { return w.findChild<QLineEdit *>(QLatin1String(name)); }

}  // namespace

class TstTablestoreForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldsToTheDestinationObject()
    {
        ui::TablestoreForm f;
        f.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f));
        QVERIFY2(f.problem().contains("instance"), qPrintable(f.problem()));
        QTest::keyClicks(field(f, "region"), "cn-hangzhou");
        QTest::keyClicks(field(f, "instance"), "my-inst");
        QVERIFY2(f.problem().contains("AccessKey"), qPrintable(f.problem()));
        QTest::keyClicks(field(f, "accessKeyId"), "LTAIak");
        QTest::keyClicks(field(f, "accessKeySecret"), "s3cret");
        QVERIFY2(f.problem().isEmpty(), qPrintable(f.problem()));
        QCOMPARE(field(f, "accessKeySecret")->echoMode(), QLineEdit::Password);

        const QList<QComboBox *> combos = f.findChildren<QComboBox *>(Qt::FindDirectChildrenOnly);
        combos[0]->setCurrentIndex(1);  // write mode: update
        combos[1]->setCurrentIndex(1);  // batch mode: bulk-import

        // More settings: buckets above the concurrency is refused with the fix.
        auto *more = f.findChild<QGroupBox *>();
        more->setChecked(true);
        const QList<QSpinBox *> spins = more->findChildren<QSpinBox *>();
        spins[2]->setValue(4);  // concurrency
        spins[3]->setValue(6);  // buckets
        QVERIFY2(f.problem().contains("$.destination.buckets") && f.problem().contains("lower buckets"), qPrintable(f.problem()));
        spins[3]->setValue(4);
        more->findChildren<QComboBox *>()[0]->setCurrentIndex(1);  // dirty data: skip

        const QJsonObject d = f.toJson();
        QCOMPARE(d["engine"].toString(), QStringLiteral("tablestore"));
        QCOMPARE(d["writeMode"].toString(), QStringLiteral("update"));
        QCOMPARE(d["batchMode"].toString(), QStringLiteral("bulk-import"));
        QCOMPARE(d["dirtyData"].toString(), QStringLiteral("skip"));
        QCOMPARE(d["buckets"].toInt(), 4);
        QVERIFY(!d.contains("tables"));  // the editor's, on its own page
        // What the engine reads from it.
        const ots::Options o = ots::parseOptions(d);
        QCOMPARE(o.writer.writeMode, ots::WriteMode::Update);
        QCOMPARE(o.client.resolvedEndpoint(), QStringLiteral("https://my-inst.cn-hangzhou.ots.aliyuncs.com"));

        // Round trip into a new form.
        ui::TablestoreForm g;
        g.fromJson(d);
        QCOMPARE(g.toJson(), d);
    }

    // The per-table editor: orders gets a two-column key and price as DOUBLE; items keeps the defaults.
    void tablesEditor()
    {
        ui::TablestoreTablesEditor e;
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        e.setTables({plan("orders"), plan("items")});
        QCOMPARE(e.tableList->count(), 2);
        QCOMPARE(e.problem(NameCase::Default), QString());
        e.tableList->setCurrentRow(0);
        e.primaryKey->setText("a, b, c, d, sku");
        Q_EMIT e.primaryKey->editingFinished();
        QVERIFY2(e.problem(NameCase::Default).contains("shop.orders") && e.problem(NameCase::Default).contains("at most 4"),
                 qPrintable(e.problem(NameCase::Default)));
        e.primaryKey->setText("nosuch");
        Q_EMIT e.primaryKey->editingFinished();
        QVERIFY2(e.problem(NameCase::Default).contains("nosuch"), qPrintable(e.problem(NameCase::Default)));
        e.primaryKey->setText("id, sku");
        Q_EMIT e.primaryKey->editingFinished();
        QCOMPARE(e.columns->rowCount(), 6);
        auto *priceType = static_cast<QComboBox *>(e.columns->cellWidget(2, 2));
        QCOMPARE(priceType->currentText(), QStringLiteral("STRING"));  // DECIMAL's default
        QCOMPARE(static_cast<QComboBox *>(e.columns->cellWidget(3, 2))->currentText(), QStringLiteral("STRING"));
        priceType->setCurrentText("DOUBLE");
        e.tableList->setCurrentRow(1);  // items keeps the defaults
        QCOMPARE(static_cast<QComboBox *>(e.columns->cellWidget(2, 2))->currentText(), QStringLiteral("STRING"));
        QCOMPARE(e.problem(NameCase::Default), QString());

        const QJsonObject tables = e.toJson();
        const QJsonObject orders = tables["shop.orders"].toObject();
        QCOMPARE(orders["primaryKey"].toArray(), QJsonArray({"id", "sku"}));
        QCOMPARE(orders["types"].toObject(), QJsonObject({{"price", "DOUBLE"}}));
        QVERIFY(!tables.contains("shop.items"));
        // What the engine reads from it.
        const ots::Options o = ots::parseOptions(QJsonObject{{"engine", "tablestore"}, {"instance", "my-inst"}, {"region", "cn-hangzhou"},
                                                             {"accessKeyId", "a"}, {"accessKeySecret", "s"}, {"tables", tables}});
        QCOMPARE(o.tables.value("shop.orders").primaryKey, QStringList({"id", "sku"}));

        // Round trip into a new editor showing the same tables.
        ui::TablestoreTablesEditor g;
        g.setTables({plan("orders"), plan("items")});
        g.fromJson(tables);
        QCOMPARE(g.toJson(), tables);
        QCOMPARE(g.primaryKey->text(), QStringLiteral("id, sku"));
        QCOMPARE(static_cast<QComboBox *>(g.columns->cellWidget(2, 2))->currentText(), QStringLiteral("DOUBLE"));
        // orders left out of the task: its settings are not written (they would name an unselected table).
        g.setTables({plan("items")});
        QVERIFY(g.toJson().isEmpty());
        g.setTables({plan("orders"), plan("items")});
        QCOMPARE(g.toJson(), tables);
    }
};

QTEST_MAIN(TstTablestoreForm)
#include "tst_tablestoreform.moc"
