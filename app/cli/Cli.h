#pragma once
#include <QStringList>

namespace dts::cli {

enum ExitCode { Done = 0, Failed = 1, Invalid = 2, PrecheckFailed = 3 };
// dts verify: Done = equal, Failed = differences, Invalid = usage; this one: the check could not be made.
inline constexpr int VerifyIncomplete = 3;

// `dts` with its arguments (without the program name); returns the exit code.
int run(const QStringList &args);

// Shared by the commands.
int usageError(const QString &msg);
int binlogDecode(const QStringList &args);  // dts binlog decode …
int verifyTask(const QStringList &args);    // dts verify …

}  // namespace dts::cli
