#include "pipeline/Throttle.h"

#include <thread>

namespace dts {

void RateLimiter::setRate(double perSecond)
{
    std::lock_guard lock(m_mutex);
    m_rate = perSecond;
}

void RateLimiter::acquire(double units, const std::atomic<bool> *cancel)
{
    if (m_rate.load() <= 0)
        return;  // unthrottled: no lock on the hot path
    std::chrono::duration<double> wait{0};
    {
        std::lock_guard lock(m_mutex);
        const double rate = m_rate.load();
        if (rate <= 0)
            return;
        const auto now = std::chrono::steady_clock::now();
        const double elapsed = std::chrono::duration<double>(now - m_last).count();
        m_last = now;
        // At most one second of burst.
        m_tokens = std::min(m_tokens + elapsed * rate, rate);
        m_tokens -= units;
        if (m_tokens < 0)
            wait = std::chrono::duration<double>(-m_tokens / rate);
    }
    // Sleep in slices so a cancel is noticed.
    while (wait.count() > 0) {
        if (cancel && cancel->load())
            return;
        const auto slice = std::min(wait, std::chrono::duration<double>(0.1));
        std::this_thread::sleep_for(slice);
        wait -= slice;
    }
}

}  // namespace dts
