// The studio window comes up offscreen and says how to reach the engine until the wizard lands.
#include "MainWindow.h"

#include <QLabel>
#include <QtTest>

class TstMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsAndPointsToTheCli()
    {
        dts::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("dts-studio"));
        auto *label = qobject_cast<QLabel *>(w.centralWidget());
        QVERIFY(label);
        QVERIFY(label->text().contains("dts run --sandbox"));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
