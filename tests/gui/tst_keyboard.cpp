// Keyboard navigation on every page of the wizard and in the monitor, offscreen: pressing Tab reaches
// every field, button and list of the page (no field only a mouse can reach), no widget keeps Tab for
// itself (item views and text boxes pass it on), and inside each form Tab follows the rows top-down.
#include "monitor/MonitorWidget.h"
#include "verify/VerificationPage.h"
#include "wizard/ObjectsPage.h"
#include "wizard/PrecheckPage.h"
#include "wizard/TaskWizard.h"
#include "wizard/engines/TablestoreTables.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QtTest>

using namespace dts;

namespace {

bool insideComposite(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractItemView *>(p))
            return true;
    return false;
}

// What Tab should reach inside `root`: visible, enabled widgets that take Tab focus themselves.
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisibleTo(root) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !insideComposite(w, root))
            out << w;
    return out;
}

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    return QStringLiteral("%1 \"%2\" %3").arg(QLatin1String(w->metaObject()->className()), w->objectName(), text);
}

// Presses Tab from the first stop until the focus comes back to it (at most 3 × the stops); returns the
// widgets focused, one cycle, each once.
QList<QWidget *> tabCycle(QWidget *root, QString &problem)
{
    const QList<QWidget *> stops = tabStops(root);
    QList<QWidget *> cycle;
    if (stops.isEmpty())
        return cycle;
    QWidget *first = stops.first();
    first->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != first) {
        problem = QStringLiteral("cannot focus %1").arg(describe(first));
        return cycle;
    }
    cycle << first;
    for (int i = 0; i < 3 * stops.size() + 10; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == before && stops.size() > 1) {
            problem = QStringLiteral("Tab stays in %1").arg(describe(now));
            return cycle;
        }
        if (now == first)
            return cycle;  // (a page with one stop: Tab comes back to it at once)
        if (root->isAncestorOf(now) && !cycle.contains(now))
            cycle << now;
    }
    problem = QStringLiteral("Tab never comes back to %1").arg(describe(first));
    return cycle;
}

// The focusable fields of a form's rows, top-down (a row's field may be a layout of several).
QList<QWidget *> formOrder(QFormLayout *form, const QList<QWidget *> &stops)
{
    QList<QWidget *> out;
    std::function<void(QLayoutItem *)> add = [&](QLayoutItem *item) {
        if (!item)
            return;
        if (QWidget *w = item->widget()) {
            if (stops.contains(w))
                out << w;
            for (QWidget *child : w->findChildren<QWidget *>())  // a field that is a container
                if (stops.contains(child) && !out.contains(child))
                    out << child;
        } else if (QLayout *l = item->layout()) {
            for (int i = 0; i < l->count(); ++i)
                add(l->itemAt(i));
        }
    };
    for (int row = 0; row < form->rowCount(); ++row) {
        add(form->itemAt(row, QFormLayout::LabelRole));
        add(form->itemAt(row, QFormLayout::FieldRole));
        add(form->itemAt(row, QFormLayout::SpanningRole));
    }
    return out;
}

// Every stop reached; each form's rows in order (cyclically: the cycle may start inside a form).
QString checkKeyboard(QWidget *root)
{
    QString problem;
    const QList<QWidget *> stops = tabStops(root);
    const QList<QWidget *> cycle = tabCycle(root, problem);
    if (!problem.isEmpty())
        return problem;
    QStringList unreachable;
    for (QWidget *w : stops)
        if (!cycle.contains(w))
            unreachable << describe(w);
    if (!unreachable.isEmpty())
        return QStringLiteral("Tab never reaches: %1").arg(unreachable.join(QStringLiteral("; ")));
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        const QList<QWidget *> rows = formOrder(form, stops);
        int backwards = 0;
        for (int i = 1; i < rows.size(); ++i)
            if (cycle.indexOf(rows[i]) < cycle.indexOf(rows[i - 1]))
                ++backwards;
        if (backwards > 1 || (backwards == 1 && rows.size() > 1 && cycle.indexOf(rows.first()) < cycle.indexOf(rows.last())))
            for (int i = 1; i < rows.size(); ++i)
                if (cycle.indexOf(rows[i]) < cycle.indexOf(rows[i - 1]))
                    return QStringLiteral("in a form, Tab goes from %1 back to %2").arg(describe(rows[i - 1]), describe(rows[i]));
    }
    return {};
}

}  // namespace

class TstKeyboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardPages_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("page");
        for (const char *engine : {"mysql", "tablestore", "rocketmq", "function-compute"})
            QTest::addRow("endpoints %s", engine) << QString::fromLatin1(engine) << int(ui::TaskWizard::Endpoints);
        QTest::addRow("objects") << QStringLiteral("mysql") << int(ui::TaskWizard::Objects);
        QTest::addRow("tablestore tables") << QStringLiteral("tablestore") << int(ui::TaskWizard::TablestoreTables);
        QTest::addRow("advanced") << QStringLiteral("mysql") << int(ui::TaskWizard::Advanced);
        QTest::addRow("verification") << QStringLiteral("mysql") << int(ui::TaskWizard::Verification);
        QTest::addRow("precheck") << QStringLiteral("mysql") << int(ui::TaskWizard::Precheck);
    }
    void wizardPages()
    {
        QFETCH(QString, engine);
        QFETCH(int, page);
        ui::TaskWizard w;
        w.endpoints->setEngine(engine);
        QWizardPage *p = w.page(page);
        // The page on its own, as the wizard shows it (the wizard would first want valid earlier pages).
        p->setParent(nullptr);
        p->show();
        QVERIFY(QTest::qWaitForWindowActive(p));
        if (page == ui::TaskWizard::TablestoreTables) {
            TablePlan t;
            t.source.database = "shop";
            t.source.name = "orders";
            for (const char *c : {"id", "sku"}) {
                ColumnInfo col;
                col.name = c;
                col.dataType = col.columnType = "int";
                t.columns << ColumnPlan{col, c};
            }
            t.targetTable = "orders";
            w.tablestoreTables->editor->setTables({t});
        }
        if (page == ui::TaskWizard::Verification)
            w.verification->enabled->setChecked(true);  // its settings enabled
        const QString problem = checkKeyboard(p);
        p->hide();
        p->setParent(&w);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void dialogs()
    {
        ui::WhereDialog where(Endpoint{}, "shop", "orders", "id > 10");
        where.show();
        QVERIFY(QTest::qWaitForWindowActive(&where));
        QString problem = checkKeyboard(&where);
        QVERIFY2(problem.isEmpty(), qPrintable("WHERE: " + problem));
        where.hide();

        ui::BatchEditDialog batch({{"database", "shop", "shop"}, {"table", "shop.orders", "orders"}, {"table", "shop.items", "items"}});
        batch.show();
        QVERIFY(QTest::qWaitForWindowActive(&batch));
        problem = checkKeyboard(&batch);
        QVERIFY2(problem.isEmpty(), qPrintable("Batch Edit: " + problem));
    }

    void monitor()
    {
        ui::MonitorWidget m;
        m.show();
        QVERIFY(QTest::qWaitForWindowActive(&m));
        const QString problem = checkKeyboard(&m);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
