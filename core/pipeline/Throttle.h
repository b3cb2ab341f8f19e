#pragma once
// A token bucket shared by threads: acquire(n) waits until n units fit in the rate. Rate 0 = unlimited.
#include <QtGlobal>
#include <atomic>
#include <chrono>
#include <mutex>

namespace dts {

class RateLimiter {
public:
    explicit RateLimiter(double perSecond = 0) : m_rate(perSecond) {}
    void setRate(double perSecond);
    double rate() const { return m_rate.load(); }
    // Blocks the calling thread as long as needed; returns early (without the wait) when `cancel` is set.
    void acquire(double units, const std::atomic<bool> *cancel = nullptr);

private:
    std::mutex m_mutex;
    std::atomic<double> m_rate;
    double m_tokens = 0;
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

}  // namespace dts
