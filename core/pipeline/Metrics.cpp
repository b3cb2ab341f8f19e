#include "pipeline/Metrics.h"

namespace dts {

Metrics::Metrics() { m_clock.start(); }

std::shared_ptr<TableProgress> Metrics::addTable(const QString &id, const QString &target, qint64 rowsEstimate,
                                                 int chunksTotal)
{
    auto t = std::make_shared<TableProgress>();
    t->id = id;
    t->target = target;
    t->rowsEstimate = rowsEstimate;
    t->chunksTotal = chunksTotal;
    QMutexLocker lock(&m_mutex);
    m_tables << t;
    return t;
}

void Metrics::setPhase(const QString &phase)
{
    QMutexLocker lock(&m_mutex);
    m_phase = phase;
}

MetricsSnapshot Metrics::sample()
{
    QMutexLocker lock(&m_mutex);
    MetricsSnapshot s;
    s.phase = m_phase;
    const qint64 now = m_clock.elapsed();
    s.elapsedSeconds = now / 1000.0;
    for (const auto &t : m_tables) {
        TableSnapshot ts;
        ts.id = t->id;
        ts.target = t->target;
        ts.rows = t->rowsDone.load() + t->rowsInFlight.load();
        ts.bytes = t->bytesDone.load() + t->bytesInFlight.load();
        ts.chunksDone = t->chunksDone.load();
        ts.chunksTotal = t->chunksTotal;
        ts.finished = t->finished.load();
        // Estimates lag behind reality; never show more done than estimated.
        ts.rowsEstimate = std::max(t->rowsEstimate, ts.rows);
        const qint64 started = t->startedAtMs.load();
        const qint64 ended = ts.finished ? t->finishedAtMs.load() : now;
        ts.seconds = started > 0 ? std::max<qint64>(ended - started, 1) / 1000.0 : 0;
        s.rows += ts.rows;
        s.bytes += ts.bytes;
        s.rowsEstimate += ts.finished ? ts.rows : ts.rowsEstimate;
        s.tables << ts;
    }
    const qint64 dt = now - m_lastMs;
    if (dt >= 500 || m_lastMs == 0) {
        if (m_lastMs > 0) {
            // Smoothed, so the display does not jump with each committed chunk.
            const double rps = (s.rows - m_lastRows) * 1000.0 / dt;
            const double bps = (s.bytes - m_lastBytes) * 1000.0 / dt;
            m_rps = m_rps == 0 ? rps : 0.5 * m_rps + 0.5 * rps;
            m_bps = m_bps == 0 ? bps : 0.5 * m_bps + 0.5 * bps;
        }
        m_lastMs = now;
        m_lastRows = s.rows;
        m_lastBytes = s.bytes;
    }
    s.rowsPerSecond = m_rps;
    s.bytesPerSecond = m_bps;
    const double overall = s.elapsedSeconds > 0 ? s.rows / s.elapsedSeconds : 0;
    const double rate = m_rps > 0 ? m_rps : overall;
    if (rate > 0 && s.rowsEstimate >= s.rows)
        s.etaSeconds = (s.rowsEstimate - s.rows) / rate;

    IncrementalSnapshot &inc = s.incremental;
    IncrementalProgress &p = m_incremental;
    inc.active = p.active.load();
    inc.rows = p.rows.load();
    inc.transactions = p.transactions.load();
    inc.bytes = p.bytes.load();
    inc.latencyMs = p.latencyMs.load();
    inc.latencyFromLastEvent = p.latencyFromLastEvent.load();
    if (const qint64 deadline = p.retryDeadlineMs.load())
        inc.retrySecondsLeft = int(std::max<qint64>(0, deadline - m_clock.elapsed()) / 1000);
    {
        QMutexLocker l(&p.mutex);
        inc.retryReason = p.retryReason;
        inc.position = p.position;
        inc.tables = p.tables;
    }
    const qint64 idt = now - m_incLastMs;
    if (idt >= 500 || m_incLastMs == 0) {
        if (m_incLastMs > 0) {
            m_incRps = (inc.rows - m_incLastRows) * 1000.0 / idt;
            m_incTps = (inc.transactions - m_incLastTx) * 1000.0 / idt;
            m_incBps = (inc.bytes - m_incLastBytes) * 1000.0 / idt;
        }
        m_incLastMs = now;
        m_incLastRows = inc.rows;
        m_incLastTx = inc.transactions;
        m_incLastBytes = inc.bytes;
    }
    inc.rowsPerSecond = m_incRps;
    inc.transactionsPerSecond = m_incTps;
    inc.bytesPerSecond = m_incBps;
    return s;
}

}  // namespace dts
