#include "precheck/PrecheckRunner.h"

#include "pipeline/SchemaSync.h"
#include "precheck/Snapshot.h"
#include "store/TaskStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>
#include <mutex>

namespace dts::precheck {

namespace {

Result runItem(const Item &item, const Context &ctx)
{
    QElapsedTimer timer;
    timer.start();
    const SourceSnapshot &s = ctx.source;
    const DestinationSnapshot &d = ctx.destination;
    const int needs = item.needs();
    Result r;
    if ((needs & Item::NeedsSource) && !s.reachable)
        r = Result::skipped(QStringLiteral("the source is not reachable (see source.connectivity)"));
    else if ((needs & Item::NeedsSource) && !s.readError.isEmpty())
        r = Result::skipped(QStringLiteral("the source could not be read: %1").arg(s.readError));
    else if ((needs & Item::NeedsPlan) && !s.planned)
        r = Result::skipped(QStringLiteral("the task's objects could not be read from the source"));
    else if ((needs & Item::NeedsDestination) && !d.reachable)
        r = Result::skipped(QStringLiteral("the destination is not reachable (see destination.connectivity)"));
    else if ((needs & Item::NeedsDestination) && !d.readError.isEmpty())
        r = Result::skipped(QStringLiteral("the destination could not be read: %1").arg(d.readError));
    else {
        try {
            r = item.run(ctx);
        } catch (const Error &e) {
            // A check that cannot be made does not pass.
            r = Result::failed(QStringLiteral("could not be checked: %1").arg(e.describe()),
                               e.object().isEmpty() ? QStringList() : QStringList{e.object()}, e.fix());
        } catch (const std::exception &e) {
            r = Result::failed(QStringLiteral("could not be checked: %1").arg(QString::fromUtf8(e.what())), {}, {});
        }
    }
    r.id = item.id();
    r.title = item.title();
    r.seconds = timer.elapsed() / 1000.0;
    r.ignored = r.status == Status::Warning && ctx.task.ignoredWarnings.contains(r.id);
    return r;
}

// Reads the snapshots, then runs every item on a small pool; `deliver` gets each result with its index.
void execute(const TaskSpec &task, const Options &options, const std::function<bool()> &cancelled,
             const std::function<void(int, const Result &)> &deliver)
{
    const QList<const Item *> items = Registry::standard().applicable(task, options);
    SnapshotReader reader(task, options);
    reader.readServers();
    if (cancelled())
        return;
    reader.readPlan();
    reader.readTargets();
    if (cancelled())
        return;
    const Context ctx(task, options, reader.source, reader.destination, cancelled);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, options.threads));
    QList<QFuture<void>> running;
    for (int i = 0; i < items.size(); ++i)
        running << QtConcurrent::run(&pool, [&, i] {
            if (!cancelled())
                deliver(i, runItem(*items[i], ctx));
        });
    for (QFuture<void> &f : running)
        f.waitForFinished();  // runItem catches everything
}

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    return pad + QString(text).replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
}

QString statusLabel(const Result &r)
{
    return r.ignored ? QStringLiteral("ignored") : toString(r.status);
}

}  // namespace

QList<ItemInfo> planned(const TaskSpec &task, const Options &options)
{
    QList<ItemInfo> out;
    for (const Item *i : Registry::standard().applicable(task, options))
        out << ItemInfo{i->id(), i->title()};
    return out;
}

ResumeState resumeStateOf(TaskStore &store)
{
    ResumeState r;
    r.runId = store.meta(QStringLiteral("run_id")).value_or(QString());
    r.fullStarted = store.meta(QStringLiteral("full_started")).has_value();
    r.schemaDone = store.meta(QStringLiteral("schema_done")).has_value();
    if (const auto pos = store.meta(QStringLiteral("start_position")))
        r.startPosition = Position::fromJson(QJsonDocument::fromJson(pos->toUtf8()).object());
    r.createdTables = tablesCreatedByTask(store);
    return r;
}

QFuture<Result> start(const TaskSpec &task, const Options &options)
{
    return QtConcurrent::run([task, options](QPromise<Result> &promise) {
        const int total = int(planned(task, options).size());
        promise.setProgressRange(0, total);
        promise.setProgressValueAndText(0, QStringLiteral("reading the source and destination"));
        std::atomic<int> done{0};
        execute(
            task, options, [&promise] { return promise.isCanceled(); },
            [&](int index, const Result &r) {
                promise.addResult(r, index);
                promise.setProgressValueAndText(++done, r.title);
            });
    });
}

Report run(const TaskSpec &task, const Options &options, const std::atomic<bool> *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const int total = int(planned(task, options).size());
    QList<std::optional<Result>> slots(total);
    std::mutex mutex;
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    execute(task, options, cancelled, [&](int index, const Result &r) {
        std::lock_guard lock(mutex);
        slots[index] = r;
    });
    Report report;
    report.task = task.name;
    report.seconds = timer.elapsed() / 1000.0;
    report.cancelled = cancelled();
    for (const auto &r : slots)
        if (r)
            report.results << *r;
    return report;
}

Report reportOf(const TaskSpec &task, const QFuture<Result> &future, double seconds)
{
    Report report;
    report.task = task.name;
    report.seconds = seconds;
    report.cancelled = future.isCanceled();
    for (int i = 0; i < future.resultCount(); ++i)
        if (future.isResultReadyAt(i))
            report.results << future.resultAt(i);
    return report;
}

int Report::count(Status s) const
{
    int n = 0;
    for (const Result &r : results)
        n += r.status == s ? 1 : 0;
    return n;
}

QList<Result> Report::warnings() const
{
    QList<Result> out;
    for (const Result &r : results)
        if (r.status == Status::Warning && !r.ignored)
            out << r;
    return out;
}

int Report::successRate() const
{
    if (results.isEmpty())
        return 0;
    int ok = 0;
    for (const Result &r : results)
        ok += r.status == Status::Passed || r.ignored ? 1 : 0;
    return int(100.0 * ok / results.size());
}

QJsonObject Report::toJson() const
{
    QJsonArray items;
    for (const Result &r : results)
        items << QJsonObject{{"id", r.id},
                             {"title", r.title},
                             {"status", toString(r.status)},
                             {"ignored", r.ignored},
                             {"message", r.message},
                             {"objects", QJsonArray::fromStringList(r.objects)},
                             {"remediation", r.remediation},
                             {"restartRequired", r.restartRequired},
                             {"seconds", r.seconds}};
    return QJsonObject{{"task", task},
                       {"passed", !hasFailures() && !cancelled},
                       {"cancelled", cancelled},
                       {"successRate", successRate()},
                       {"seconds", seconds},
                       {"counts", QJsonObject{{"passed", count(Status::Passed)},
                                              {"warning", count(Status::Warning)},
                                              {"failed", count(Status::Failed)},
                                              {"skipped", count(Status::Skipped)}}},
                       {"items", items}};
}

QString Report::toText() const
{
    int ignored = 0;
    for (const Result &r : results)
        ignored += r.ignored ? 1 : 0;
    QString out = QStringLiteral("precheck of task \"%1\": %2 items: %3 passed, %4 warning(s)%5, %6 failed, %7 skipped; "
                                 "success rate %8 % (%9 s)%10\n")
                      .arg(task)
                      .arg(results.size())
                      .arg(count(Status::Passed))
                      .arg(count(Status::Warning))
                      .arg(ignored ? QStringLiteral(" (%1 ignored)").arg(ignored) : QString())
                      .arg(count(Status::Failed))
                      .arg(count(Status::Skipped))
                      .arg(successRate())
                      .arg(seconds, 0, 'f', 1)
                      .arg(cancelled ? QStringLiteral(" — CANCELLED") : QString());
    for (const Result &r : results) {
        out += QStringLiteral("\n[%1] %2 (%3)\n").arg(statusLabel(r).toUpper(), -7).arg(r.title, r.id);
        if (!r.message.isEmpty())
            out += indent(r.message, 10) + QLatin1Char('\n');
        if (!r.remediation.isEmpty() && r.status != Status::Passed)
            out += QStringLiteral("          fix:\n") + indent(r.remediation, 12) + QLatin1Char('\n');
        if (r.restartRequired && r.status != Status::Passed)
            out += QStringLiteral("          (the configuration change takes effect after a restart of the server)\n");
    }
    return out;
}

QString Report::failureSummary() const
{
    QStringList parts;
    for (const Result &r : results) {
        if (r.status != Status::Failed)
            continue;
        QString s = QStringLiteral("[%1] %2: %3").arg(r.id, r.title, r.message);
        if (!r.remediation.isEmpty())
            s += QStringLiteral("\n  fix:\n") + indent(r.remediation, 4);
        if (r.restartRequired)
            s += QStringLiteral("\n  (takes effect after a restart of the server)");
        parts << s;
    }
    return QStringLiteral("%1 precheck item(s) failed:\n%2").arg(parts.size()).arg(parts.join(QLatin1Char('\n')));
}

}  // namespace dts::precheck
