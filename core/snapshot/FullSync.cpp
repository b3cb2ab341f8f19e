#include "snapshot/FullSync.h"

#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Connection.h"
#include "snapshot/Chunking.h"

#include <condition_variable>
#include <deque>
#include <errmsg.h>
#include <mutex>
#include <thread>

namespace dts {

using Clock = std::chrono::steady_clock;

struct FullSync::Channel {
    ChunkJob job;
    qint64 capacity;
    std::mutex m;
    std::condition_variable cv;
    std::deque<Batch> queue;
    qint64 bytes = 0;
    bool finished = false;
    bool aborted = false;
    std::atomic<bool> failureClaimed{false};

    Channel(ChunkJob j, qint64 cap) : job(std::move(j)), capacity(cap) {}

    bool push(Batch &&b)
    {
        std::unique_lock lock(m);
        // One batch always fits, so a batch bigger than the capacity cannot block forever.
        cv.wait(lock, [&] { return aborted || bytes == 0 || bytes + b.payload.size() <= capacity; });
        if (aborted)
            return false;
        bytes += b.payload.size();
        queue.push_back(std::move(b));
        cv.notify_all();
        return true;
    }
    // nullopt at the end of the chunk or when aborted (check isAborted()).
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return aborted || finished || !queue.empty(); });
        if (aborted || queue.empty())
            return std::nullopt;
        Batch b = std::move(queue.front());
        queue.pop_front();
        bytes -= b.payload.size();
        cv.notify_all();
        return b;
    }
    void finish()
    {
        std::lock_guard lock(m);
        finished = true;
        cv.notify_all();
    }
    void abort()
    {
        std::lock_guard lock(m);
        aborted = true;
        queue.clear();
        cv.notify_all();
    }
    bool isAborted()
    {
        std::lock_guard lock(m);
        return aborted;
    }
    // Exactly one side (reader or writer) handles a failed chunk.
    bool claimFailure() { return !failureClaimed.exchange(true); }
};

struct FullSync::Shared {
    std::mutex m;
    std::condition_variable cv;
    std::deque<std::pair<ChunkJob, Clock::time_point>> pending;
    std::deque<std::shared_ptr<Channel>> ready;
    std::vector<std::weak_ptr<Channel>> live;
    int remaining = 0;
    bool stop = false;
    std::optional<Error> error;
    std::optional<Clock::time_point> failingSince;
    RateLimiter qps, rps, bps;
};

FullSync::FullSync(FullSyncConfig config, TaskStore &store, EncoderFactory encoders, WriterFactory writers,
                   const std::atomic<bool> &cancel)
    : m_config(std::move(config)), m_store(store), m_encoders(std::move(encoders)), m_writers(std::move(writers)),
      m_cancel(cancel), m_shared(std::make_unique<Shared>())
{
    m_shared->qps.setRate(m_config.throttle.sourceQps);
    m_shared->rps.setRate(m_config.throttle.rps);
    m_shared->bps.setRate(m_config.throttle.mbps * 1024 * 1024);
}

FullSync::~FullSync() = default;

namespace {

bool isConnectionError(const Error &e)
{
    return e.code() == CR_SERVER_LOST || e.code() == CR_SERVER_GONE_ERROR || e.code() == CR_CONNECTION_ERROR ||
           e.code() == CR_CONN_HOST_ERROR || e.code() == 1927 || e.code() == 1053 || e.code() == 0;
}

}  // namespace

void FullSync::run(QList<ChunkJob> jobs)
{
    Shared &s = *m_shared;
    {
        std::lock_guard lock(s.m);
        s.remaining = int(jobs.size());
        for (ChunkJob &j : jobs)
            s.pending.emplace_back(std::move(j), Clock::now());
    }
    if (jobs.isEmpty())
        return;

    // Watches the cancel flag so blocked threads wake up.
    std::thread watcher([this, &s] {
        std::unique_lock lock(s.m);
        while (!s.stop) {
            s.cv.wait_for(lock, std::chrono::milliseconds(100));
            if (m_cancel.load() && !s.stop) {
                s.stop = true;
                for (auto &w : s.live)
                    if (auto c = w.lock())
                        c->abort();
                s.cv.notify_all();
            }
        }
    });

    std::vector<std::thread> threads;
    for (int i = 0; i < m_config.readers; ++i)
        threads.emplace_back([this] { readerLoop(); });
    for (int i = 0; i < m_config.writers; ++i)
        threads.emplace_back([this] { writerLoop(); });
    for (auto &t : threads)
        t.join();
    {
        std::lock_guard lock(s.m);
        s.stop = true;
        s.cv.notify_all();
    }
    watcher.join();

    if (s.error)
        throw *s.error;
    if (s.remaining > 0 || m_cancel.load())
        throw Error(ErrorKind::Cancelled, QStringLiteral("full data"),
                    QStringLiteral("stopped with %1 chunk(s) to go; run the task again to continue").arg(s.remaining));
}

void FullSync::readerLoop()
{
    Shared &s = *m_shared;
    std::unique_ptr<Connection> conn;
    for (;;) {
        std::shared_ptr<Channel> channel;
        {
            // The job is taken and its channel published in one step: a stop in between would leave a
            // channel nobody aborts or reads.
            std::unique_lock lock(s.m);
            for (;;) {
                if (s.stop || s.remaining == 0)
                    return;
                // A chunk waiting out a retry delay does not hold up the others.
                const auto now = Clock::now();
                auto ready = std::find_if(s.pending.begin(), s.pending.end(), [&](const auto &p) { return p.second <= now; });
                if (ready != s.pending.end()) {
                    channel = std::make_shared<Channel>(std::move(ready->first), m_config.channelBytes);
                    s.pending.erase(ready);
                    break;
                }
                if (s.pending.empty()) {
                    s.cv.wait(lock);
                } else {
                    auto next = std::min_element(s.pending.begin(), s.pending.end(),
                                                 [](const auto &a, const auto &b) { return a.second < b.second; });
                    s.cv.wait_until(lock, next->second);
                }
            }
            s.ready.push_back(channel);
            s.live.push_back(channel);
            s.cv.notify_all();
        }
        ChunkJob &job = channel->job;
        try {
            if (!conn) {
                ConnectOptions co;
                co.role = QStringLiteral("source");
                co.rawBytes = true;
                co.readTimeoutSec = 3600;
                conn = std::make_unique<Connection>(m_config.source, co);
            }
            const TablePlan &t = *job.table;
            s.qps.acquire(1, &m_cancel);
            const QByteArray sql = chunkSelectSql(t, job.chunk).toUtf8();
            auto encoder = m_encoders(t);
            bool aborted = false;
            // Throttles are paid in small steps (~1/20 s of the rate), so the flow is even, not bursty.
            const bool throttled = s.rps.rate() > 0 || s.bps.rate() > 0;
            const qint64 rowStep = std::max<qint64>(1, qint64(s.rps.rate() / 20));
            const qint64 byteStep = std::max<qint64>(4096, qint64(s.bps.rate() / 20));
            qint64 owedRows = 0, owedBytes = 0;
            auto pay = [&] {
                s.rps.acquire(double(owedRows), &m_cancel);
                s.bps.acquire(double(owedBytes), &m_cancel);
                owedRows = owedBytes = 0;
            };
            {
                RowStream rows(*conn, sql, t.source.qualified() + QStringLiteral(" (chunk %1)").arg(job.chunk.number));
                while (!aborted && rows.next()) {
                    encoder->addRow(rows);
                    if (throttled) {
                        ++owedRows;
                        for (int i = 0; i < rows.columnCount(); ++i)
                            owedBytes += qint64(rows.length(i));
                        if (owedRows >= rowStep || owedBytes >= byteStep)
                            pay();
                    }
                    if (auto b = encoder->takeReady())
                        aborted = !channel->push(std::move(*b));
                    aborted = aborted || m_cancel.load();
                }
                if (aborted)
                    rows.abandon();  // the connection is dropped below; do not read the rest of the chunk
            }
            if (throttled)
                pay();
            if (!aborted)
                if (auto b = encoder->finish())
                    aborted = !channel->push(std::move(*b));
            if (aborted)
                conn.reset();  // its state after an abandoned stream is not worth trusting
            channel->finish();
        } catch (const Error &e) {
            conn.reset();
            channel->abort();
            if (channel->claimFailure())
                chunkFailed(job, e);
        }
    }
}

void FullSync::writerLoop()
{
    Shared &s = *m_shared;
    std::unique_ptr<ChunkWriter> writer;
    for (;;) {
        std::shared_ptr<Channel> channel;
        {
            std::unique_lock lock(s.m);
            s.cv.wait(lock, [&] { return s.stop || s.remaining == 0 || !s.ready.empty(); });
            if (s.ready.empty())
                return;
            channel = s.ready.front();
            s.ready.pop_front();
        }
        ChunkJob &job = channel->job;
        TableProgress &progress = *job.progress;
        qint64 rows = 0, bytes = 0;
        auto done = [&](qint64 committedRows) {
            progress.rowsDone += committedRows;
            progress.bytesDone += bytes;
            m_store.markChunkDone(job.chunk.tableId, job.chunk.number, committedRows, bytes);
            if (++progress.chunksDone == progress.chunksTotal) {
                progress.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
                progress.finished = true;
            }
            std::lock_guard lock(s.m);
            s.failingSince.reset();
            if (--s.remaining == 0)
                s.cv.notify_all();
        };
        try {
            if (!writer)
                writer = m_writers();
            // The connection of an earlier attempt may have died in COMMIT after the server committed.
            if (job.attempt > 0)
                if (const auto committed = writer->committedRows(job.chunk)) {
                    channel->abort();
                    done(*committed);
                    continue;
                }
            qint64 expected = 0;
            progress.startedAtMs.compare_exchange_strong(expected, QDateTime::currentMSecsSinceEpoch());
            writer->begin(*job.table, job.chunk);
            while (auto b = channel->pop()) {
                writer->write(*b);
                rows += b->rows;
                bytes += b->sourceBytes;
                progress.rowsInFlight += b->rows;
                progress.bytesInFlight += b->sourceBytes;
            }
            if (channel->isAborted()) {
                progress.rowsInFlight -= rows;
                progress.bytesInFlight -= bytes;
                writer->rollback();
                continue;
            }
            writer->commit(rows);
            progress.rowsInFlight -= rows;
            progress.bytesInFlight -= bytes;
            done(rows);
        } catch (const Error &e) {
            progress.rowsInFlight -= rows;
            progress.bytesInFlight -= bytes;
            writer.reset();  // rolls back if it still can; a new connection next time
            channel->abort();
            if (channel->claimFailure())
                chunkFailed(job, e);
        }
    }
}


void FullSync::chunkFailed(ChunkJob job, const Error &e)
{
    Shared &s = *m_shared;
    std::unique_lock lock(s.m);
    if (s.stop)
        return;
    const bool connection = isConnectionError(e);
    const int minutes = connection ? m_config.retryConnectionMinutes : m_config.retryOtherMinutes;
    if (!s.failingSince)
        s.failingSince = Clock::now();
    if (e.kind() == ErrorKind::Transient && Clock::now() - *s.failingSince < std::chrono::minutes(minutes)) {
        job.attempt++;
        const int delay = std::min(1 << std::min(job.attempt, 5), 30);
        log()->warn("{} (chunk {}): {} — retrying in {} s (retry window {} min)", str(job.table->id()),
                    job.chunk.number, str(e.message()), delay, minutes);
        s.pending.emplace_front(std::move(job), Clock::now() + std::chrono::seconds(delay));
    } else {
        if (!s.error)
            s.error = e;
        s.stop = true;
        for (auto &w : s.live)
            if (auto c = w.lock())
                c->abort();
    }
    s.cv.notify_all();
}

}  // namespace dts
