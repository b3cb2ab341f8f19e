#include "sinks/records/RecordChangeSink.h"

#include "common/Error.h"
#include "common/Log.h"
#include "sinks/formats/Record.h"
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
    QList<TxRecord> records;
    std::deque<std::pair<qint64, Position>> ends;
    for (const Transaction &tx : group) {
        if (tx.abortPartial) {
            m_warnings << QStringLiteral("a large transaction was read again after part of it was sent: the records "
                                         "sent before (up to %1) reach consumers twice").arg(m_checkpoint ? m_checkpoint->toString() : QString());
            continue;
        }
        for (;;) {
            try {
                for (ChangeEvent &e : m_records.select(tx))  // WHERE filters run on the source
                    if (formats::isRecord(e))
                        records << TxRecord{std::move(e), tx.gtid};
                break;
            } catch (const Error &e) {
                if (e.kind() != ErrorKind::Transient)
                    throw;
                retry(e);
            }
        }
        // A piece's end is where its transaction began: only the whole transaction's end is a checkpoint.
        if (!tx.partial)
            ends.emplace_back(m_taken + records.size(), tx.end);
    }
    if (!records.isEmpty())
        deliver(records, retry);
    m_taken += records.size();
    m_ends.insert(m_ends.end(), ends.begin(), ends.end());
    ++m_groups;
    advanceCheckpoint();
}

int RecordChangeSink::flushHeld(bool all, const RetryHook &retry)
{
    if (heldRecords() == 0)
        return -1;  // apply() checkpointed everything
    sendHeld(all, retry);
    advanceCheckpoint();
    return heldRecords() ? heldDueMs() : -1;
}

void RecordChangeSink::advanceCheckpoint()
{
    const qint64 acknowledged = m_taken - heldRecords();
    m_delivered = acknowledged;
    std::optional<Position> to;
    while (!m_ends.empty() && m_ends.front().first <= acknowledged) {
        to = m_ends.front().second;
        m_ends.pop_front();
    }
    if (!to)
        return;
    m_store->setMeta(m_key, QString::fromUtf8(QJsonDocument(to->toJson()).toJson(QJsonDocument::Compact)));
    m_checkpoint = to;
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
