#include "common/Log.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>

namespace dts {

namespace {

class CallbackSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit CallbackSink(std::function<void(spdlog::level::level_enum, const QString &)> cb) : m_cb(std::move(cb)) {}

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        m_cb(msg.level, QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size())));
    }
    void flush_() override {}

private:
    std::function<void(spdlog::level::level_enum, const QString &)> m_cb;
};

std::shared_ptr<spdlog::logger> &instance()
{
    static std::shared_ptr<spdlog::logger> logger = [] {
        auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        sink->set_level(spdlog::level::warn);
        auto l = std::make_shared<spdlog::logger>("dts", sink);
        l->set_level(spdlog::level::info);
        return l;
    }();
    return logger;
}

}  // namespace

std::shared_ptr<spdlog::logger> log() { return instance(); }

void configureLog(const LogOptions &o)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!o.file.isEmpty()) {
        auto f = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(o.file.toStdString(), 10 << 20, 5);
        f->set_level(spdlog::level::debug);
        sinks.push_back(f);
    }
    if (o.console) {
        auto c = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        c->set_level(o.consoleLevel);
        c->set_pattern("%^%l%$: %v");
        sinks.push_back(c);
    }
    if (o.callback)
        sinks.push_back(std::make_shared<CallbackSink>(o.callback));
    auto l = std::make_shared<spdlog::logger>("dts", sinks.begin(), sinks.end());
    l->set_level(spdlog::level::debug);
    l->flush_on(spdlog::level::info);
    instance() = l;
}

}  // namespace dts
