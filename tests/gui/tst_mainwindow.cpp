// The studio's start window comes up offscreen, opens the wizard, and fills it from a task.
#include "MainWindow.h"
#include "wizard/EndpointForm.h"
#include "wizard/TaskWizard.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

class TstMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensTheWizardFilledFromATask()
    {
        dts::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("dts-studio"));
        QPushButton *create = nullptr;
        for (QPushButton *b : w.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("New task…"))
                create = b;
        QVERIFY(create);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *wizard = w.findChild<dts::ui::TaskWizard *>();
        QVERIFY(wizard && wizard->isVisible());

        dts::TaskSpec t;
        t.name = QStringLiteral("from a file");
        t.source.host = QStringLiteral("10.0.0.1");
        t.source.port = 3307;
        t.source.user = QStringLiteral("dts");
        t.advanced.incrementalWriters = 8;
        QCOMPARE(w.openWizard(&t), wizard);
        QCOMPARE(wizard->endpoints->name->text(), QStringLiteral("from a file"));
        QCOMPARE(wizard->task().source.port, 3307);
        QCOMPARE(wizard->task().advanced.incrementalWriters, 8);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
