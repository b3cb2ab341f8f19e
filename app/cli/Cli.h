#pragma once
#include <QStringList>

namespace dts::cli {

enum ExitCode { Done = 0, Failed = 1, Invalid = 2, PrecheckFailed = 3 };

// `dts` with its arguments (without the program name); returns the exit code.
int run(const QStringList &args);

}  // namespace dts::cli
