// tests/bench/gui: the longest stall of the GUI event loop while the monitor follows a 1M-row full sync
// (target < 50 ms). A 10 ms precise timer ticks on the GUI thread; a stall is how much later than due a
// tick ran. The monitor samples the task every second and redraws its charts and per-table table as
// in the studio. Prints a markdown table on stdout; progress goes to stderr.
#include "monitor/MonitorWidget.h"
#include "sandbox/SandboxPair.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace dts;

// Times every event the GUI thread handles: a stall with no long event behind it was the scheduler's
// (other processes on the CPUs), not the studio's.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    double longestMs = 0;
    QString longestWhat;
    bool notify(QObject *receiver, QEvent *event) override
    {
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms > longestMs && QThread::currentThread() == thread()) {
            longestMs = ms;
            longestWhat = QStringLiteral("%1 to %2").arg(int(event->type())).arg(QString::fromLatin1(receiver->metaObject()->className()));
        }
        return r;
    }
};

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    const qint64 rows = qEnvironmentVariableIntValue("BENCH_ROWS") > 0 ? qEnvironmentVariableIntValue("BENCH_ROWS") : 1000000;
    LocalServer::Options so, dso;
    so.name = QStringLiteral("bench-gui-src");
    dso.name = QStringLiteral("bench-gui-dst");
    dso.serverId = 2;
    so.bufferPoolMb = dso.bufferPoolMb = 512;
    LocalServer source(so), destination(dso);
    source.start();
    destination.start();
    fprintf(stderr, "loading %lld rows…\n", rows);
    source.execSql(QStringLiteral("CREATE DATABASE bg; USE bg;"
                                  "CREATE TABLE t (id INT PRIMARY KEY, a INT, b BIGINT, v VARCHAR(40), KEY (a));"
                                  "INSERT INTO t SELECT seq, seq % 1000, seq * 7, CONCAT('row-', seq) FROM seq_1_to_%1;"
                                  "CREATE TABLE u (id INT PRIMARY KEY, v VARCHAR(40));"
                                  "INSERT INTO u SELECT seq, CONCAT('u-', seq) FROM seq_1_to_1000;")
                       .arg(rows));

    TaskSpec task;
    task.name = QStringLiteral("bench gui");
    task.source = sandbox::endpointOf(source);
    task.destination = sandbox::endpointOf(destination);
    task.syncIncremental = false;
    task.objects = {DatabaseSelection{QStringLiteral("bg"), {}, {}}};
    QTemporaryDir state;
    RunOptions options;
    options.stateDir = state.filePath(QStringLiteral("state"));
    options.verifyAtEnd = false;

    ui::MonitorWidget monitor;
    monitor.resize(1200, 800);
    monitor.show();

    QList<double> stalls;  // ms late, per tick
    QElapsedTimer clock;
    qint64 last = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            stalls << std::max(0.0, (now - last) / 1e6 - 10.0);
        last = now;
    });
    bool ok = false;
    QString error;
    QObject::connect(&monitor.controller(), &ui::TaskController::finished, [&](bool good, bool, const QString &e, const QString &) {
        ok = good;
        error = e;
        probe.stop();
        app.quit();
    });
    QElapsedTimer wall;
    wall.start();
    clock.start();
    probe.start();
    monitor.run(task, options);
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    if (!ok) {
        fprintf(stderr, "the sync failed: %s\n", qPrintable(error));
        return 1;
    }
    QList<double> sorted = stalls;
    std::sort(sorted.begin(), sorted.end());
    const double longest = sorted.isEmpty() ? 0 : sorted.last();
    const double p99 = sorted.isEmpty() ? 0 : sorted[qMin(sorted.size() - 1, qsizetype(sorted.size() * 0.99))];
    const auto over = std::count_if(sorted.begin(), sorted.end(), [](double s) { return s >= 50.0; });
    const qint64 copied = monitor.controller().summary().rows;
    printf("| rows synced | seconds | rows/s | ticks (10 ms) | longest stall (ms) | p99 stall (ms) | stalls ≥ 50 ms | longest event handled (ms) | target | result |\n");
    printf("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    printf("| %lld | %.1f | %.0f | %lld | %.1f | %.1f | %lld | %.1f (%s) | < 50 ms | %s |\n", copied, seconds, copied / seconds,
           qint64(stalls.size()), longest, p99, qint64(over), app.longestMs, qPrintable(app.longestWhat),
           longest < 50.0 ? "PASS" : "FAIL");

    return 0;
}
