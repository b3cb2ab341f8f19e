#pragma once
// Full data: N reader threads stream key ranges from the source and encode them, M writer threads
// apply each chunk in one destination transaction with its checkpoint. Between them, one bounded
// channel per chunk (bytes, not rows), so memory stays flat whatever the table size.
#include "pipeline/Metrics.h"
#include "pipeline/Plan.h"
#include "pipeline/Throttle.h"
#include "sinks/Sink.h"
#include "store/TaskStore.h"

#include <atomic>
#include <functional>

namespace dts {

class Error;

struct ChunkJob {
    const TablePlan *table = nullptr;
    ChunkRecord chunk;
    std::shared_ptr<TableProgress> progress;
    int attempt = 0;
};

struct FullSyncConfig {
    Endpoint source;
    int readers = 4;
    int writers = 4;
    Throttle throttle;
    int retryConnectionMinutes = 720;
    int retryOtherMinutes = 10;
    qint64 channelBytes = 4 << 20;   // per chunk in flight
};

class FullSync {
public:
    using EncoderFactory = std::function<std::unique_ptr<BatchEncoder>(const TablePlan &)>;
    using WriterFactory = std::function<std::unique_ptr<ChunkWriter>()>;

    FullSync(FullSyncConfig config, TaskStore &store, EncoderFactory encoders, WriterFactory writers,
             const std::atomic<bool> &cancel);
    ~FullSync();

    // Copies every job; returns when all are committed. Throws the first permanent error (or a transient
    // one that outlived its retry window), or Error(Cancelled).
    void run(QList<ChunkJob> jobs);

private:
    struct Shared;
    struct Channel;
    void readerLoop();
    void writerLoop();
    void chunkFailed(ChunkJob job, const Error &e);
    FullSyncConfig m_config;
    TaskStore &m_store;
    EncoderFactory m_encoders;
    WriterFactory m_writers;
    const std::atomic<bool> &m_cancel;
    std::unique_ptr<Shared> m_shared;
};

}  // namespace dts
