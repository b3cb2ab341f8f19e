// dts verify: data verification of a task's destination against its source (core/verify).
#include "Cli.h"

#include "common/Error.h"
#include "task/TaskSpec.h"
#include "verify/Verifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace dts::cli {

namespace {

std::atomic<bool> g_cancel{false};

void print(const verify::Report &r, bool json)
{
    if (json)
        printf("%s", QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented).constData());
    else
        printf("%s", qPrintable(r.toText()));
    fflush(stdout);
}

// Differences first (they need action whatever else happened), then anything left unchecked.
int codeOf(const verify::Report &r)
{
    if (!r.notApplicable.isEmpty())
        return Invalid;
    if (r.hasDifferences())
        return Failed;
    return r.equal() ? Done : VerifyIncomplete;
}

bool confirm(const verify::Report &r, const TaskSpec &task)
{
    fprintf(stderr, "\napply %lld repair statement(s) to the destination %s? [y/N] ",
            qint64(r.repairStatements().size()), qPrintable(task.destination.label()));
    fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

}  // namespace

int verifyAfterRun(const TaskSpec &task, const QString &stateDir)
{
    printf("\ndata verification (the task's \"verification\" settings)…\n");
    fflush(stdout);
    verify::Options options = verify::Options::fromTask(task);
    options.stateDir = stateDir;
    try {
        const verify::Report r = verify::run(task, options);
        print(r, false);
        return codeOf(r);
    } catch (const Error &e) {
        fprintf(stderr, "dts: verification: %s\n", qPrintable(e.describe()));
        return VerifyIncomplete;
    }
}

int verifyTask(const QStringList &args)
{
    TaskArgs a;
    const QStringList valueOptions = {QStringLiteral("--format"), QStringLiteral("--state-dir"), QStringLiteral("--sample"),
                                      QStringLiteral("--time-limit"), QStringLiteral("--repair-sql")};
    if (const int code = parseTaskArgs(args, QStringLiteral("verify"), valueOptions, {QStringLiteral("--repair"), QStringLiteral("--yes")}, a))
        return code;
    const QString path = a.task, stateDir = a.value(QStringLiteral("--state-dir"));
    const bool repair = a.flags.contains(QStringLiteral("--repair")), yes = a.flags.contains(QStringLiteral("--yes"));
    bool ok = true;
    const int sample = a.values.contains(QStringLiteral("--sample")) ? a.value(QStringLiteral("--sample")).remove(QLatin1Char('%')).toInt(&ok) : 0;
    if (!ok || (a.values.contains(QStringLiteral("--sample")) && (sample < 10 || sample > 100)))
        return usageError(QStringLiteral("--sample takes a percentage from 10 to 100"));
    const int timeLimit = a.values.contains(QStringLiteral("--time-limit")) ? a.value(QStringLiteral("--time-limit")).toInt(&ok) : -1;
    if (!ok || (a.values.contains(QStringLiteral("--time-limit")) && timeLimit < 0))
        return usageError(QStringLiteral("--time-limit takes whole minutes (0: none)"));
    if (yes && !repair)
        return usageError(QStringLiteral("--yes confirms --repair; give both"));
    if (repair && !yes && !isatty(STDIN_FILENO))
        return usageError(QStringLiteral("--repair asks for a confirmation on a terminal; in a script add --yes"));
    const bool json = a.value(QStringLiteral("--format")) == QLatin1String("json");
    try {
        const TaskSpec task = TaskSpec::load(path);
        verify::Options options = verify::Options::fromTask(task);
        if (sample > 0)
            options.ratio = sample;
        if (timeLimit >= 0)
            options.timeLimitMinutes = timeLimit;
        options.stateDir = stateDir;
        std::signal(SIGINT, [](int) { g_cancel = true; });
        std::signal(SIGTERM, [](int) { g_cancel = true; });
        const verify::Report before = verify::run(task, options, &g_cancel);
        if (const QString file = a.value(QStringLiteral("--repair-sql")); !file.isEmpty()) {
            // Rows of the user's data: readable by the owner only.
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(before.repairScript().toUtf8()) < 0)
                throw Error(ErrorKind::Invalid, file, QStringLiteral("cannot write the repair SQL: %1").arg(f.errorString()),
                            QStringLiteral("give a writable path to --repair-sql"));
        }
        if (!repair || !before.hasDifferences() || codeOf(before) == Invalid) {
            print(before, json);
            return codeOf(before);
        }
        if (!json)
            print(before, false);
        if (!yes && !confirm(before, task)) {
            if (json)
                print(before, true);
            fprintf(stderr, "dts: nothing repaired\n");
            return codeOf(before);
        }
        const int applied = verify::applyRepair(task, before);
        if (!json) {
            printf("\nrepair: %d statement(s) applied; verifying again…\n\n", applied);
            fflush(stdout);
        }
        const verify::Report after = verify::run(task, options, &g_cancel);
        if (json)
            printf("%s", QJsonDocument(QJsonObject{{"before", before.toJson()}, {"repairStatements", applied}, {"after", after.toJson()}})
                             .toJson(QJsonDocument::Indented)
                             .constData());
        else
            print(after, false);
        fflush(stdout);
        return codeOf(after);
    } catch (const Error &e) {
        fprintf(stderr, "dts: %s\n", qPrintable(e.describe()));
        return e.kind() == ErrorKind::Invalid ? Invalid : VerifyIncomplete;
    }
}

}  // namespace dts::cli
