// The Tablestore destination form offscreen: typed fields become the task's destination object, problems
// are named until the fields are valid (missing secret, buckets above concurrency, a 5-column key, an
// unknown key column), the per-table key and type editor, and toJson/fromJson round trips.
#include "sinks/tablestore/TablestoreOptions.h"
#include "wizard/engines/TablestoreForm.h"

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
        f.setSourceTables({table("orders"), table("items")});
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

        // The per-table editor: orders gets a two-column key and price as DOUBLE.
        auto *tables = f.findChild<QListWidget *>();
        QCOMPARE(tables->count(), 2);
        tables->setCurrentRow(0);
        auto *pk = field(f, "primaryKey");
        pk->setText("a, b, c, d, sku");
        Q_EMIT pk->editingFinished();
        QVERIFY2(f.problem().contains("shop.orders") && f.problem().contains("at most 4"), qPrintable(f.problem()));
        pk->setText("nosuch");
        Q_EMIT pk->editingFinished();
        QVERIFY2(f.problem().contains("nosuch"), qPrintable(f.problem()));
        pk->setText("id, sku");
        Q_EMIT pk->editingFinished();
        auto *grid = f.findChild<QTableWidget *>();
        QCOMPARE(grid->rowCount(), 6);
        auto *priceType = static_cast<QComboBox *>(grid->cellWidget(2, 2));
        QCOMPARE(priceType->currentText(), QStringLiteral("STRING"));  // DECIMAL's default
        QCOMPARE(static_cast<QComboBox *>(grid->cellWidget(3, 2))->currentText(), QStringLiteral("STRING"));
        priceType->setCurrentText("DOUBLE");
        tables->setCurrentRow(1);  // items keeps the defaults
        QCOMPARE(static_cast<QComboBox *>(grid->cellWidget(2, 2))->currentText(), QStringLiteral("STRING"));
        QVERIFY2(f.problem().isEmpty(), qPrintable(f.problem()));

        const QJsonObject d = f.toJson();
        QCOMPARE(d["engine"].toString(), QStringLiteral("tablestore"));
        QCOMPARE(d["writeMode"].toString(), QStringLiteral("update"));
        QCOMPARE(d["batchMode"].toString(), QStringLiteral("bulk-import"));
        QCOMPARE(d["dirtyData"].toString(), QStringLiteral("skip"));
        QCOMPARE(d["buckets"].toInt(), 4);
        const QJsonObject orders = d["tables"].toObject()["shop.orders"].toObject();
        QCOMPARE(orders["primaryKey"].toArray(), QJsonArray({"id", "sku"}));
        QCOMPARE(orders["types"].toObject(), QJsonObject({{"price", "DOUBLE"}}));
        QVERIFY(!d["tables"].toObject().contains("shop.items"));
        // What the engine reads from it.
        const ots::Options o = ots::parseOptions(d);
        QCOMPARE(o.writer.writeMode, ots::WriteMode::Update);
        QCOMPARE(o.client.resolvedEndpoint(), QStringLiteral("https://my-inst.cn-hangzhou.ots.aliyuncs.com"));

        // Round trip into a new form showing the same tables.
        ui::TablestoreForm g;
        g.setSourceTables({table("orders"), table("items")});
        g.fromJson(d);
        QCOMPARE(g.toJson(), d);
        QCOMPARE(field(g, "primaryKey")->text(), QStringLiteral("id, sku"));
        QCOMPARE(static_cast<QComboBox *>(g.findChild<QTableWidget *>()->cellWidget(2, 2))->currentText(), QStringLiteral("DOUBLE"));
    }
};

QTEST_MAIN(TstTablestoreForm)
#include "tst_tablestoreform.moc"
