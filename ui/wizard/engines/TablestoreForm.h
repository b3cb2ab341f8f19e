#pragma once
// The wizard's fields of a Tablestore destination: instance, AccessKey, write and batch modes, "More
// settings" (queue size, threads, concurrency, buckets, dirty data). What it produces is the task file's
// "destination" object (sinks/tablestore/TablestoreOptions reads it) but "tables", the per-table keys and
// types, which TablestoreTablesPage edits once the objects are chosen.
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace dts::ui {

class TablestoreForm : public QWidget {
    Q_OBJECT
public:
    explicit TablestoreForm(QWidget *parent = nullptr);

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &destination);
    // Empty when valid; else what to fix (the first problem).
    QString problem() const;

private:
    QLineEdit *m_endpoint, *m_region, *m_instance, *m_accessKeyId, *m_secret, *m_stsToken;
    QComboBox *m_writeMode, *m_batchMode, *m_dirtyData;
    QGroupBox *m_more;
    QSpinBox *m_queueSize, *m_threads, *m_concurrency, *m_buckets;
};

}  // namespace dts::ui
