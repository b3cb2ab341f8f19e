#include "Cli.h"

#include "Progress.h"
#include "common/Error.h"
#include "common/Log.h"
#include "pipeline/TaskRunner.h"
#include "precheck/PrecheckRunner.h"
#include "sandbox/LocalServer.h"
#include "sandbox/SandboxPair.h"
#include "store/TaskStore.h"
#include "task/TaskSpec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <csignal>
#include <cstdio>

namespace dts::cli {

namespace {

const char *kUsage = R"(dts — headless Data Transmission Service (dts-studio)

Usage:
  dts run TASK.json [--until full|caught-up] [--state-dir DIR] [--reset] [--no-verify]
      Run a task: schema, full data, then the source's changes (incremental) until Ctrl-C/SIGTERM,
      which stop at a transaction boundary. A stopped or killed run continues from its checkpoints.
        --until full       stop after the full data
        --until caught-up  stop once the source's binlog position of that moment is applied
        --state-dir DIR  where the task keeps its progress (default: ~/.local/share/dts-studio/tasks/NAME)
        --reset          forget the saved progress and start over
        --no-verify      skip the closing check (row counts and CHECKSUM TABLE of every table on both sides)
  dts run --sandbox [--scale X] [--keep]
      Start a local source with a sample "shop" database (~200k rows x scale) and an empty local
      destination, sync them and print the result. --keep leaves both servers running until Ctrl-C.
  dts precheck TASK.json [--format text|json] [--state-dir DIR]
      Check that the source, the destination and the task are fit to run: every item with its status,
      the objects concerned and the SQL or configuration that fixes it. Warnings the task lists in
      "ignoredWarnings" show as ignored. --state-dir: the task's progress (as for run) to resume from.
      Exit 0 when no item failed (warnings allowed), 3 when one did.
  dts verify TASK.json [--format text|json] [--sample PCT] [--time-limit MIN] [--repair [--yes]]
             [--repair-sql FILE] [--state-dir DIR]
      Compare every row of the destination with the source (MySQL/PolarDB destinations): per table the
      rows missing, extra and different, with the SQL that repairs each. --sample checks PCT % (10-100)
      of each table's chunks. --repair applies that SQL after a confirmation (--yes: without one, for
      scripts), then verifies again; --repair-sql writes it to FILE (empty when equal) for your own
      client. The task's "verification" object sets the defaults.
      Exit 0 equal, 1 differences, 2 usage (or a destination that cannot be verified), 3 not verified
      (or not completely: a server unreachable, the time limit). "dts run" verifies so at its end too
      when the task's "verification" object is enabled.
  dts task validate TASK.json
      Check a task file and list what it selects.
  dts binlog decode FILE... [--format text|canal-json] [--start-position N] [--stop-position N]
      Print every event of MySQL/MariaDB binlog files, rows decoded (also inside MySQL 8 compressed
      transactions and MariaDB compressed events). Offsets are byte positions in each file.
  dts --help | --version

Exit codes: 0 done, 1 failed, 2 invalid task or usage, 3 precheck failed.
"dts run" runs the precheck first and does not start when an item fails.
)";

std::atomic<TaskRunner *> g_runner{nullptr};
std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted = true;
    if (TaskRunner *r = g_runner.load())
        r->cancel();
}


int exitCodeFor(const Error &e)
{
    switch (e.kind()) {
    case ErrorKind::Invalid: return Invalid;
    case ErrorKind::Precheck: return PrecheckFailed;
    default: return Failed;
    }
}

void printSummary(const TaskRunner &runner)
{
    const RunSummary &s = runner.summary();
    printf("\n%-36s %-36s %12s %12s  %-10s %8s\n", "source table", "destination table", "source rows", "dest rows",
           "checksum", "time");
    for (const TableResult &t : s.tables)
        printf("%-36s %-36s %12s %12s  %-10s %8s\n", qPrintable(t.source), qPrintable(t.target),
               qPrintable(formatCount(t.sourceRows)), qPrintable(formatCount(t.destinationRows)), qPrintable(t.checksum),
               qPrintable(formatDuration(t.seconds)));
    const double rps = s.seconds > 0 ? s.rows / s.seconds : 0;
    printf("\n%s rows (%s) in %s, %s rows/s\n", qPrintable(formatCount(s.rows)), qPrintable(formatBytes(s.bytes)),
           qPrintable(formatDuration(s.seconds)), qPrintable(formatCount(qint64(rps))));
    if (s.startPosition.isValid())
        printf("source binlog position at start: %s\n", qPrintable(s.startPosition.toString()));
    if (s.endPosition.isValid())
        printf("incremental: applied up to %s%s\n", qPrintable(s.endPosition.toString()),
               s.stoppedByUser ? " (stopped on request; run again to continue from there)" : "");
    for (const QString &w : runner.warnings())
        printf("note: %s\n", qPrintable(w));
    if (s.stoppedByUser) {
        fflush(stdout);
        return;
    }
    if (s.tables.isEmpty()) {
        printf("result: copied (not verified: --no-verify)\n");
        fflush(stdout);
        return;
    }
    printf("%s\n", s.allMatch ? "result: every table matches the source"
                              : "result: DIFFERENCES found (see the table above; a source written during the copy "
                                "differs until incremental sync catches up)");
    fflush(stdout);
}

int runTask(const TaskSpec &task, RunOptions options)
{
    TaskRunner runner(task, options);
    QDir().mkpath(runner.stateDir());
    configureLog(LogOptions{.file = runner.stateDir() + QStringLiteral("/dts.log")});
    g_runner = &runner;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    Progress progress(runner.metrics());
    printf("task \"%s\": %s -> %s (state: %s)\n", qPrintable(task.name), qPrintable(task.source.label()),
           qPrintable(task.destinationLabel()), qPrintable(runner.stateDir()));
    fflush(stdout);
    int code = Done;
    bool prechecked = false;
    runner.onStateChanged = [&](TaskState s) {
        progress.stop();
        if (!prechecked && s != TaskState::Checking && s != TaskState::Failed && s != TaskState::Cancelled) {
            prechecked = true;
            const precheck::Report &r = runner.precheckReport();
            printf("precheck passed: %lld items, %d warning(s)%s, success rate %d %%\n", qint64(r.results.size()),
                   int(r.warnings().size()), r.warnings().isEmpty() ? "" : " (notes at the end)", r.successRate());
            fflush(stdout);
        }
        if (s == TaskState::FullData || s == TaskState::Incremental) {
            if (s == TaskState::Incremental) {
                printf("incremental sync: following the source binlog%s\n",
                       options.untilCaughtUp ? " until caught up" : " (Ctrl-C stops at a transaction boundary)");
                fflush(stdout);
            }
            progress.start();
            return;
        }
        if (s == TaskState::Verifying) {
            printf("verifying: row counts and CHECKSUM TABLE on both sides…\n");
            fflush(stdout);
        }
    };
    try {
        runner.run();
        progress.stop();
        printSummary(runner);
        code = runner.summary().allMatch ? Done : Failed;
        if (task.verification.enabled && !runner.summary().stoppedByUser && verifyAfterRun(task, runner.stateDir()) != Done)
            code = Failed;
    } catch (const Error &e) {
        progress.stop();
        fprintf(stderr, "dts: %s\n", qPrintable(e.describe()));
        code = exitCodeFor(e);
    }
    g_runner = nullptr;
    return code;
}

int runSandbox(double scale, bool keep, const RunOptions &base)
{
    printf("starting sandbox source and destination (mariadbd on 127.0.0.1)…\n");
    fflush(stdout);
    sandbox::SandboxPair pair(scale);
    LocalServer &source = pair.source(), &destination = pair.destination();
    printf("source      127.0.0.1:%d\ndestination 127.0.0.1:%d\nloaded sample database shop (scale %.2f)\n",
           source.port(), destination.port(), scale);
    fflush(stdout);
    const TaskSpec task = pair.task(false);
    QTemporaryDir state;
    RunOptions options = base;
    options.stateDir = state.path();
    const int code = runTask(task, options);
    if (keep && code == Done) {
        // The passwords go to option files only the owner may read, never to the terminal.
        auto clientConfig = [](const LocalServer &server) {
            const QString path = server.directory() + QStringLiteral("/client.cnf");
            QFile f(path);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                f.write(QStringLiteral("[client]\nhost=127.0.0.1\nport=%1\nuser=%2\npassword=%3\n")
                            .arg(server.port())
                            .arg(server.user(), server.password())
                            .toUtf8());
            }
            return path;
        };
        printf("\nservers keep running (Ctrl-C to stop):\n  mariadb --defaults-file=%s   (source)\n"
               "  mariadb --defaults-file=%s   (destination)\n",
               qPrintable(clientConfig(source)), qPrintable(clientConfig(destination)));
        fflush(stdout);
        std::signal(SIGINT, onSignal);
        while (!g_interrupted.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return code;
}

int precheckTask(const QStringList &args)
{
    TaskArgs a;
    if (const int code = parseTaskArgs(args, QStringLiteral("precheck"), {QStringLiteral("--format"), QStringLiteral("--state-dir")}, {}, a))
        return code;
    const QString path = a.task, format = a.value(QStringLiteral("--format"), QStringLiteral("text"));
    QString stateDir = a.value(QStringLiteral("--state-dir"));
    try {
        const TaskSpec task = TaskSpec::load(path);
        precheck::Options options;
        options.replicaServerId = task.advanced.serverId;
        // What an earlier run left (its own tables, its binlog position) counts for it, as in dts run.
        if (stateDir.isEmpty())
            stateDir = TaskRunner::defaultStateDir(task);
        if (QFile::exists(stateDir + QStringLiteral("/state.db"))) {
            TaskStore store(stateDir);
            if (store.meta(QStringLiteral("fingerprint")) == task.fingerprint())
                options.resume = precheck::resumeStateOf(store);
        }
        static std::atomic<bool> cancel{false};
        std::signal(SIGINT, [](int) { cancel = true; });
        std::signal(SIGTERM, [](int) { cancel = true; });
        const precheck::Report report = precheck::run(task, options, &cancel);
        if (format == QLatin1String("json"))
            printf("%s", QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented).constData());
        else
            printf("%s", qPrintable(report.toText()));
        fflush(stdout);
        if (report.cancelled)
            return Failed;
        return report.hasFailures() ? PrecheckFailed : Done;
    } catch (const Error &e) {
        fprintf(stderr, "dts: %s\n", qPrintable(e.describe()));
        return exitCodeFor(e);
    }
}

int validate(const QString &path)
{
    try {
        const TaskSpec t = TaskSpec::load(path);
        int tables = 0, whole = 0;
        for (const DatabaseSelection &d : t.objects) {
            tables += int(d.tables.size());
            whole += d.wholeDatabase() ? 1 : 0;
        }
        printf("%s: valid task \"%s\"\n  source      %s\n  destination %s (%s)\n  objects     %d whole database(s), %d "
               "table(s)\n  sync        %s%s%s\n",
               qPrintable(path), qPrintable(t.name), qPrintable(t.source.label()),
               qPrintable(t.destinationLabel()),
               qPrintable(t.destinationEngine), whole, tables, t.syncSchema ? "schema " : "", t.syncFull ? "full " : "",
               t.syncIncremental ? "incremental" : "");
        return Done;
    } catch (const Error &e) {
        fprintf(stderr, "dts: %s\n", qPrintable(e.describe()));
        return exitCodeFor(e);
    }
}

}  // namespace

int usageError(const QString &msg)
{
    fprintf(stderr, "dts: %s\n\n%s", qPrintable(msg), kUsage);
    return Invalid;
}

int parseTaskArgs(const QStringList &args, const QString &command, const QStringList &valueOptions,
                  const QStringList &flagOptions, TaskArgs &out)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (valueOptions.contains(a)) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("%1 needs a value").arg(a));
            out.values.insert(a, args[++i]);
        } else if (flagOptions.contains(a)) {
            out.flags.insert(a);
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(QStringLiteral("unknown option %1").arg(a));
        } else if (out.task.isEmpty()) {
            out.task = a;
        } else {
            return usageError(QStringLiteral("only one task file, please"));
        }
    }
    if (out.task.isEmpty())
        return usageError(QStringLiteral("which task? dts %1 TASK.json").arg(command));
    const QString format = out.values.value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(QStringLiteral("--format takes \"text\" or \"json\""));
    return 0;
}

int run(const QStringList &args)
{
    if (args.isEmpty() || args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h")) ||
        args[0] == QLatin1String("help")) {
        printf("%s", kUsage);
        return args.isEmpty() ? Invalid : Done;
    }
    if (args[0] == QLatin1String("--version")) {
        printf("dts %s\n", DTS_VERSION);
        return Done;
    }
    if (args[0] == QLatin1String("task")) {
        if (args.size() != 3 || args[1] != QLatin1String("validate"))
            return usageError(QStringLiteral("expected: dts task validate TASK.json"));
        return validate(args[2]);
    }
    if (args[0] == QLatin1String("precheck"))
        return precheckTask(args.mid(1));
    if (args[0] == QLatin1String("verify"))
        return verifyTask(args.mid(1));
    if (args[0] == QLatin1String("binlog")) {
        if (args.size() < 2 || args[1] != QLatin1String("decode"))
            return usageError(QStringLiteral("expected: dts binlog decode FILE..."));
        return binlogDecode(args.mid(2));
    }
    if (args[0] != QLatin1String("run"))
        return usageError(QStringLiteral("unknown command \"%1\"").arg(args[0]));

    RunOptions options;
    QString taskPath;
    bool sandbox = false, keep = false;
    double scale = 1.0;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            Q_UNUSED(name);
            return args[++i];
        };
        if (a == QLatin1String("--sandbox")) {
            sandbox = true;
        } else if (a == QLatin1String("--keep")) {
            keep = true;
        } else if (a == QLatin1String("--reset")) {
            options.reset = true;
        } else if (a == QLatin1String("--no-verify")) {
            options.verifyAtEnd = false;
        } else if (a == QLatin1String("--until")) {
            const auto v = value(a);
            if (!v || (*v != QLatin1String("full") && *v != QLatin1String("caught-up")))
                return usageError(QStringLiteral("--until takes \"full\" or \"caught-up\""));
            (*v == QLatin1String("full") ? options.untilFull : options.untilCaughtUp) = true;
        } else if (a == QLatin1String("--state-dir")) {
            const auto v = value(a);
            if (!v)
                return usageError(QStringLiteral("--state-dir needs a directory"));
            options.stateDir = *v;
        } else if (a == QLatin1String("--scale")) {
            const auto v = value(a);
            bool ok = false;
            scale = v ? v->toDouble(&ok) : 0;
            if (!ok || scale <= 0 || scale > 100)
                return usageError(QStringLiteral("--scale takes a number between 0 and 100"));
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(QStringLiteral("unknown option %1").arg(a));
        } else if (taskPath.isEmpty()) {
            taskPath = a;
        } else {
            return usageError(QStringLiteral("only one task file, please"));
        }
    }
    try {
        if (sandbox) {
            if (!taskPath.isEmpty())
                return usageError(QStringLiteral("--sandbox runs its own task; give no task file"));
            return runSandbox(scale, keep, options);
        }
        if (taskPath.isEmpty())
            return usageError(QStringLiteral("which task? dts run TASK.json"));
        return runTask(TaskSpec::load(taskPath), options);
    } catch (const Error &e) {
        fprintf(stderr, "dts: %s\n", qPrintable(e.describe()));
        return exitCodeFor(e);
    }
}

}  // namespace dts::cli
