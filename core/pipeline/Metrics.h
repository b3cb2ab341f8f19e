#pragma once
// Live counters the workers bump and any viewer (CLI progress, GUI monitor at ~1 Hz) reads.
#include <QElapsedTimer>
#include <QList>
#include <QHash>
#include <QMutex>
#include <QString>
#include <atomic>
#include <memory>

namespace dts {

struct TableProgress {
    QString id;            // source db.table
    QString target;        // destination db.table
    qint64 rowsEstimate = 0;
    int chunksTotal = 0;
    std::atomic<int> chunksDone{0};
    std::atomic<qint64> rowsDone{0};      // committed at the destination
    std::atomic<qint64> rowsInFlight{0};  // written in an open transaction
    std::atomic<qint64> bytesDone{0};
    std::atomic<qint64> bytesInFlight{0};
    std::atomic<bool> finished{false};
    std::atomic<qint64> finishedAtMs{0};
    std::atomic<qint64> startedAtMs{0};
};

struct TableSnapshot {
    QString id, target;
    qint64 rowsEstimate = 0, rows = 0, bytes = 0;
    int chunksDone = 0, chunksTotal = 0;
    bool finished = false;
    double seconds = 0;  // since its first chunk started (until it finished)
};

// Per destination table, like DMS table statistics.
struct TableCounters {
    qint64 inserts = 0, updates = 0, deletes = 0, ddls = 0;
};

// Incremental sync: bumped by the applier, read by viewers.
struct IncrementalProgress {
    std::atomic<bool> active{false};
    std::atomic<qint64> rows{0}, transactions{0}, bytes{0};
    std::atomic<qint64> latencyMs{-1};
    std::atomic<bool> latencyFromLastEvent{false};  // no heartbeat: measured from the last event's time
    std::atomic<qint64> retryDeadlineMs{0};         // steady clock ms while retrying, else 0
    QMutex mutex;
    QString retryReason, position;
    QHash<QString, TableCounters> tables;
};

struct IncrementalSnapshot {
    bool active = false;
    qint64 rows = 0, transactions = 0, bytes = 0;
    double rowsPerSecond = 0, transactionsPerSecond = 0, bytesPerSecond = 0;
    qint64 latencyMs = -1;
    bool latencyFromLastEvent = false;
    int retrySecondsLeft = -1;  // -1: not retrying
    QString retryReason, position;
    QHash<QString, TableCounters> tables;
};

struct MetricsSnapshot {
    QString phase;
    double elapsedSeconds = 0;
    qint64 rows = 0, rowsEstimate = 0, bytes = 0;
    double rowsPerSecond = 0;   // over the last sampling window
    double bytesPerSecond = 0;
    double etaSeconds = -1;     // -1: unknown
    QList<TableSnapshot> tables;
    IncrementalSnapshot incremental;
};

class Metrics {
public:
    Metrics();
    std::shared_ptr<TableProgress> addTable(const QString &id, const QString &target, qint64 rowsEstimate, int chunksTotal);
    void setPhase(const QString &phase);
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // Rates are measured between two calls: call at a steady pace (≈1 Hz).
    MetricsSnapshot sample();
    IncrementalProgress &incremental() { return m_incremental; }

private:
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QString m_phase;
    QList<std::shared_ptr<TableProgress>> m_tables;
    qint64 m_lastMs = 0, m_lastRows = 0, m_lastBytes = 0;
    double m_rps = 0, m_bps = 0;
    IncrementalProgress m_incremental;
    qint64 m_incLastMs = 0, m_incLastRows = 0, m_incLastTx = 0, m_incLastBytes = 0;
    double m_incRps = 0, m_incTps = 0, m_incBps = 0;
};

}  // namespace dts
