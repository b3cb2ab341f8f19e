#pragma once
// The wizard's fields of a Tablestore destination: instance, AccessKey, write and batch modes, "More
// settings" (queue size, threads, concurrency, buckets, dirty data) and, for the source tables the task
// selects, each table's primary key (up to 4 columns) and per-column Tablestore types. What it produces
// is the task file's "destination" object (sinks/tablestore/TablestoreOptions reads it).
#include "mysql/Catalog.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace dts::ui {

class TablestoreForm : public QWidget {
    Q_OBJECT
public:
    explicit TablestoreForm(QWidget *parent = nullptr);

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &destination);
    // Empty when valid; else what to fix (the first problem).
    QString problem() const;

    // The selected source tables: the per-table editor lists them with their columns.
    void setSourceTables(const QList<TableInfo> &tables);

private:
    struct TableEdit {
        QStringList primaryKey;          // empty: the source primary key
        QHash<QString, QString> types;   // only the columns whose type differs from the default
    };
    void showTable(int row);
    void storeTable();
    QStringList defaultKey(const TableInfo &t) const;

    QLineEdit *m_endpoint, *m_region, *m_instance, *m_accessKeyId, *m_secret, *m_stsToken;
    QComboBox *m_writeMode, *m_batchMode, *m_dirtyData;
    QGroupBox *m_more;
    QSpinBox *m_queueSize, *m_threads, *m_concurrency, *m_buckets;
    QListWidget *m_tableList;
    QLineEdit *m_primaryKey;
    QTableWidget *m_columns;
    QList<TableInfo> m_tables;
    QHash<QString, TableEdit> m_edits;  // by "db.table"
    int m_current = -1;
    bool m_loading = false;
};

}  // namespace dts::ui
