#pragma once
// The live progress of `dts run`: a redrawn table on a terminal, plain lines otherwise.
#include "pipeline/Metrics.h"

#include <QSet>
#include <atomic>
#include <thread>

namespace dts::cli {

class Progress {
public:
    explicit Progress(Metrics &metrics);
    ~Progress();
    void start();
    void stop();  // draws one last time

private:
    void draw(bool final);
    void drawIncremental(const IncrementalSnapshot &inc, bool final);
    bool m_incremental = false;
    Metrics &m_metrics;
    bool m_tty;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    int m_lines = 0;
    qint64 m_lastPlainMs = -1;
    QSet<QString> m_reportedDone;
};

QString formatDuration(double seconds);
QString formatCount(qint64 n);
QString formatBytes(double bytes);

}  // namespace dts::cli
