#pragma once
// spdlog for the whole core: a rotating file per task, stderr for the CLI, and a callback sink the UI
// can hang its log view on. Nothing we log contains a password: we never format one.
#include <QString>
#include <functional>
#include <memory>
#include <spdlog/spdlog.h>

namespace dts {

std::shared_ptr<spdlog::logger> log();

struct LogOptions {
    QString file;               // rotating file; empty: none
    bool console = true;        // warnings and errors on stderr
    spdlog::level::level_enum consoleLevel = spdlog::level::warn;
    std::function<void(spdlog::level::level_enum, const QString &)> callback;  // e.g. the UI log view
};
void configureLog(const LogOptions &options);

inline std::string str(const QString &s) { return s.toStdString(); }

}  // namespace dts
