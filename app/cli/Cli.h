#pragma once
#include <QHash>
#include <QSet>
#include <QStringList>

namespace dts {
struct TaskSpec;
}

namespace dts::cli {

enum ExitCode { Done = 0, Failed = 1, Invalid = 2, PrecheckFailed = 3 };
// dts verify: Done = equal, Failed = differences, Invalid = usage; this one: the check could not be made.
inline constexpr int VerifyIncomplete = 3;

// `dts` with its arguments (without the program name); returns the exit code.
int run(const QStringList &args);

// Shared by the commands.
int usageError(const QString &msg);

// `dts COMMAND TASK.json [options]`: one task file, options that take a value, flags; --format must be
// text or json. Returns 0, or the exit code of the usage error it printed.
struct TaskArgs {
    QString task;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString value(const QString &option, const QString &fallback = {}) const { return values.value(option, fallback); }
};
int parseTaskArgs(const QStringList &args, const QString &command, const QStringList &valueOptions,
                  const QStringList &flagOptions, TaskArgs &out);
int binlogDecode(const QStringList &args);  // dts binlog decode …
int verifyTask(const QStringList &args);    // dts verify …
// The task's "verification" step at the end of dts run: prints the report, returns verifyTask's exit code.
int verifyAfterRun(const TaskSpec &task, const QString &stateDir);

}  // namespace dts::cli
