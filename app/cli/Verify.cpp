// dts verify: data verification of a task's destination against its source (core/verify).
#include "Cli.h"

#include "common/Error.h"
#include "task/TaskSpec.h"
#include "verify/Verifier.h"

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

int codeOf(const verify::Report &r)
{
    if (!r.notApplicable.isEmpty())
        return Invalid;
    for (const verify::TableResult &t : r.tables)
        if (!t.error.isEmpty())
            return VerifyIncomplete;
    if (r.cancelled)
        return VerifyIncomplete;
    return r.equal() ? Done : Failed;
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

int verifyTask(const QStringList &args)
{
    QString path, format = QStringLiteral("text"), stateDir;
    int sample = 0, timeLimit = -1;
    bool repair = false, yes = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--format") || a == QLatin1String("--state-dir") || a == QLatin1String("--sample") ||
            a == QLatin1String("--time-limit")) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("%1 needs a value").arg(a));
            const QString v = args[++i];
            bool ok = true;
            if (a == QLatin1String("--format"))
                format = v;
            else if (a == QLatin1String("--state-dir"))
                stateDir = v;
            else if (a == QLatin1String("--sample"))
                sample = QString(v).remove(QLatin1Char('%')).toInt(&ok);
            else
                timeLimit = v.toInt(&ok);
            if (!ok || (a == QLatin1String("--sample") && (sample < 10 || sample > 100)))
                return usageError(a == QLatin1String("--sample") ? QStringLiteral("--sample takes a percentage from 10 to 100")
                                                                 : QStringLiteral("--time-limit takes whole minutes"));
            if (a == QLatin1String("--time-limit") && timeLimit < 0)
                return usageError(QStringLiteral("--time-limit takes whole minutes (0: none)"));
        } else if (a == QLatin1String("--repair")) {
            repair = true;
        } else if (a == QLatin1String("--yes")) {
            yes = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(QStringLiteral("unknown option %1").arg(a));
        } else if (path.isEmpty()) {
            path = a;
        } else {
            return usageError(QStringLiteral("only one task file, please"));
        }
    }
    if (path.isEmpty())
        return usageError(QStringLiteral("which task? dts verify TASK.json"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(QStringLiteral("--format takes \"text\" or \"json\""));
    if (yes && !repair)
        return usageError(QStringLiteral("--yes confirms --repair; give both"));
    if (repair && !yes && !isatty(STDIN_FILENO))
        return usageError(QStringLiteral("--repair asks for a confirmation on a terminal; in a script add --yes"));
    const bool json = format == QLatin1String("json");
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
