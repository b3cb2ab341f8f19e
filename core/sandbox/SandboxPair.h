#pragma once
// The local sandbox both front ends start: a source and a destination mariadbd on 127.0.0.1, the `shop`
// sample database on the source, the task that copies it, and on request a light write load on the
// source (a few orders a second) so incremental sync has something to show.
#include "sandbox/LocalServer.h"
#include "task/TaskSpec.h"

#include <atomic>
#include <memory>
#include <thread>

namespace dts::sandbox {

// How to reach a sandbox server (its root account).
Endpoint endpointOf(const LocalServer &server);

class SandboxPair {
public:
    // Starts both servers and loads `shop` at `scale`. Throws dts::Error.
    explicit SandboxPair(double scale = 1.0);
    ~SandboxPair();  // stops the load and the servers (their directories go)

    LocalServer &source() { return *m_source; }
    LocalServer &destination() { return *m_destination; }
    TaskSpec task(bool incremental) const;

    // About `perSecond` small transactions a second on shop (new orders, status changes, a delete now
    // and then), on a thread of its own, until stopWriteLoad() or the end.
    void startWriteLoad(int perSecond = 5);
    void stopWriteLoad();
    qint64 writes() const { return m_writes; }

private:
    std::unique_ptr<LocalServer> m_source, m_destination;
    std::thread m_load;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_writes{0};
};

}  // namespace dts::sandbox
