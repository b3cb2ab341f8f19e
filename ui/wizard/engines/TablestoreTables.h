#pragma once
// The Tablestore destination's per-table settings: for each table the task selects (as planned from the
// source: whole databases expanded, columns as selected), its primary key (up to 4 columns) and the
// Tablestore type of each column. What it produces is the task file's "destination"."tables" object;
// TablestoreTablesPage shows it after Configure objects when the destination is Tablestore.
#include "pipeline/Plan.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace dts::ui {

class TablestoreTablesEditor : public QWidget {
    Q_OBJECT
public:
    explicit TablestoreTablesEditor(QWidget *parent = nullptr);

    void setTables(const QList<TablePlan> &tables);
    int tableCount() const { return int(m_tables.size()); }
    // "tables": only the tables whose key or types differ from the defaults.
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &tables);
    // Empty when every table maps; else the first table's problem with its fix.
    QString problem(NameCase nameCase) const;

    QListWidget *tableList;
    QLineEdit *primaryKey;
    QTableWidget *columns;

private:
    struct TableEdit {
        QStringList primaryKey;          // empty: the source primary key
        QHash<QString, QString> types;   // only the columns whose type differs from the default
    };
    void showTable(int row);
    void storeTable();

    QList<TablePlan> m_tables;
    QHash<QString, TableEdit> m_edits;  // by "db.table"; kept for tables not shown (a task file's)
    int m_current = -1;
    bool m_loading = false;
    bool m_listed = false;  // setTables() was called: only the listed tables' settings are in the task
};

// The wizard page: reads the selected tables from the source (off the GUI thread) and hosts the editor.
class TablestoreTablesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TablestoreTablesPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override { return m_loaded; }
    bool validatePage() override;

    TablestoreTablesEditor *editor;
    QLabel *status, *problem;

private:
    bool m_loaded = false;
    int m_generation = 0;
};

}  // namespace dts::ui
