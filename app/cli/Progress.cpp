#include "Progress.h"

#include <QSet>
#include <cstdio>
#include <unistd.h>

namespace dts::cli {

QString formatDuration(double s)
{
    if (s < 0)
        return QStringLiteral("?");
    const qint64 t = qint64(s + 0.5);
    if (t >= 3600)
        return QStringLiteral("%1:%2:%3").arg(t / 3600).arg(t / 60 % 60, 2, 10, QChar('0')).arg(t % 60, 2, 10, QChar('0'));
    return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QChar('0'));
}

QString formatCount(qint64 n)
{
    QString s = QString::number(n);
    for (int i = s.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        s.insert(i, ',');
    return s;
}

QString formatBytes(double b)
{
    if (b >= 1 << 30)
        return QString::number(b / (1 << 30), 'f', 1) + QStringLiteral(" GB");
    if (b >= 1 << 20)
        return QString::number(b / (1 << 20), 'f', 1) + QStringLiteral(" MB");
    return QString::number(b / 1024, 'f', 1) + QStringLiteral(" KB");
}

Progress::Progress(Metrics &metrics) : m_metrics(metrics), m_tty(isatty(STDOUT_FILENO) == 1) {}

Progress::~Progress() { stop(); }

void Progress::start()
{
    m_thread = std::thread([this] {
        while (!m_stop.load()) {
            draw(false);
            for (int i = 0; i < 10 && !m_stop.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
}

void Progress::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    m_thread.join();
    draw(true);
    m_stop = false;
    m_lines = 0;
    m_lastPlainMs = -1;
}

void Progress::drawIncremental(const IncrementalSnapshot &inc, bool final)
{
    QString state;
    if (inc.retrySecondsLeft >= 0)
        state = QStringLiteral("retrying (%1 s left: %2)  ").arg(inc.retrySecondsLeft).arg(inc.retryReason);
    const QString latency = inc.latencyMs < 0 ? QStringLiteral("-")
                                              : QStringLiteral("%1 ms%2").arg(inc.latencyMs).arg(inc.latencyFromLastEvent ? QStringLiteral(" (from last event)") : QString());
    const QString line = QStringLiteral("incremental  %1latency %2  %3 rows/s  %4 tx/s  %5/s  applied %6 rows  at %7")
                             .arg(state, latency, formatCount(qint64(inc.rowsPerSecond)), formatCount(qint64(inc.transactionsPerSecond)),
                                  formatBytes(inc.bytesPerSecond), formatCount(inc.rows), inc.position);
    const qint64 now = m_metrics.elapsedMs();
    if (m_tty) {
        fputs(("\r" + line + "\x1b[K").toUtf8().constData(), stdout);
        if (final)
            fputs("\n", stdout);
    } else if (final || m_lastPlainMs < 0 || now - m_lastPlainMs >= 5000) {
        m_lastPlainMs = now;
        printf("%s\n", qPrintable(line));
    }
    fflush(stdout);
}

void Progress::draw(bool final)
{
    const MetricsSnapshot s = m_metrics.sample();
    if (s.incremental.active || (final && m_incremental)) {
        m_incremental = true;
        drawIncremental(s.incremental, final);
        return;
    }
    if (s.tables.isEmpty())
        return;
    const double pct = s.rowsEstimate > 0 ? 100.0 * s.rows / s.rowsEstimate : 0;
    // The last line gives the average of the whole run, like the summary; before, the recent rate.
    const double rps = final && s.elapsedSeconds > 0 ? s.rows / s.elapsedSeconds : s.rowsPerSecond;
    const double bps = final && s.elapsedSeconds > 0 ? s.bytes / s.elapsedSeconds : s.bytesPerSecond;
    const QString overall = QStringLiteral("%1  %2 / %3 rows (%4%)  %5 rows/s  %6/s  elapsed %7  ETA %8")
                                .arg(s.phase, formatCount(s.rows), formatCount(s.rowsEstimate))
                                .arg(pct, 0, 'f', 1)
                                .arg(formatCount(qint64(rps)), formatBytes(bps),
                                     formatDuration(s.elapsedSeconds), formatDuration(s.etaSeconds));
    if (m_tty) {
        QString out;
        if (m_lines > 0)
            out += QStringLiteral("\x1b[%1F").arg(m_lines);  // back to the first line we drew
        QStringList lines;
        for (const TableSnapshot &t : s.tables) {
            const double tp = t.rowsEstimate > 0 ? 100.0 * t.rows / t.rowsEstimate : 0;
            // A rate over less than a second is noise (one committed chunk over a few milliseconds).
            const double rps = t.seconds >= 1 ? t.rows / t.seconds : 0;
            lines << QStringLiteral("  %1 %2 %3 / %4 (%5%) %6 rows/s")
                         .arg(t.finished ? QStringLiteral("✔") : QStringLiteral("…"), t.id.leftJustified(32, ' ', true))
                         .arg(formatCount(t.rows), 12)
                         .arg(formatCount(t.rowsEstimate), -12)
                         .arg(t.finished ? 100.0 : tp, 5, 'f', 1)
                         .arg(formatCount(qint64(rps)), 9);
        }
        lines << overall;
        for (const QString &l : lines)
            out += l + QStringLiteral("\x1b[K\n");
        m_lines = int(lines.size());
        fputs(out.toUtf8().constData(), stdout);
        fflush(stdout);
        return;
    }
    // Not a terminal (CI, a log file): a line every 5 s, and one per table as it finishes.
    for (const TableSnapshot &t : s.tables)
        if (t.finished && !m_reportedDone.contains(t.id)) {
            m_reportedDone.insert(t.id);
            printf("table %s: %s rows in %s\n", qPrintable(t.id), qPrintable(formatCount(t.rows)),
                   qPrintable(formatDuration(t.seconds)));
        }
    const qint64 now = qint64(s.elapsedSeconds * 1000);
    if (final || m_lastPlainMs < 0 || now - m_lastPlainMs >= 5000) {
        m_lastPlainMs = now;
        printf("%s\n", qPrintable(overall));
    }
    fflush(stdout);
}

}  // namespace dts::cli
