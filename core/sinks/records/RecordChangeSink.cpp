#include "sinks/records/RecordChangeSink.h"

#include "common/Error.h"
#include "common/Log.h"
#include "store/TaskStore.h"

#include <QJsonDocument>

namespace dts {

RecordChangeSink::RecordChangeSink(const TaskPlan &plan, const Endpoint &source, QString stateDir, QString engine)
    : m_records(plan, source), m_stateDir(std::move(stateDir)), m_key(engine + QStringLiteral("_checkpoint"))
{
}

RecordChangeSink::~RecordChangeSink() = default;

void RecordChangeSink::connect()
{
    if (!m_store) {
        m_store = std::make_unique<TaskStore>(m_stateDir);
        if (const auto saved = m_store->meta(m_key))
            m_checkpoint = Position::fromJson(QJsonDocument::fromJson(saved->toUtf8()).object());
    }
    connectEngine();
}

void RecordChangeSink::apply(const QList<Transaction> &group, const RetryHook &retry)
{
    QList<ChangeEvent> records;
    const Transaction *last = nullptr;
    for (const Transaction &tx : group) {
        if (tx.abortPartial) {
            m_warnings << QStringLiteral("a large transaction was read again after part of it was sent: the records "
                                         "sent before (up to %1) reach consumers twice").arg(m_checkpoint ? m_checkpoint->toString() : QString());
            continue;
        }
        last = &tx;
        for (;;) {
            try {
                records << m_records.select(tx);  // WHERE filters run on the source
                break;
            } catch (const Error &e) {
                if (e.kind() != ErrorKind::Transient)
                    throw;
                retry(e);
            }
        }
    }
    if (!records.isEmpty())
        deliver(records, retry);
    m_delivered += records.size();
    ++m_groups;
    if (!last)
        return;
    // A piece's end is where its transaction began: a restart sends the whole transaction again.
    m_store->setMeta(m_key, QString::fromUtf8(QJsonDocument(last->end.toJson()).toJson(QJsonDocument::Compact)));
    m_checkpoint = last->end;
}

QStringList RecordChangeSink::takeWarnings()
{
    QStringList w = std::exchange(m_warnings, {});
    w << engineWarnings();
    return w;
}

QString RecordChangeSink::summary() const
{
    return QStringLiteral("%1 records delivered in %2 groups").arg(m_delivered).arg(m_groups);
}

}  // namespace dts
