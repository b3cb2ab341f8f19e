#pragma once
// Configure objects (DTS's "Configure Objects"): sync types, conflict mode and capitalization; the
// source as a lazy tree (databases → tables → columns, read when expanded) with a search box; → / ←
// move objects to and from Selected objects, where a right click renames (database and table), sets
// a WHERE filter (checked by EXPLAIN on the source before it is accepted), the columns, and the
// operations to sync; Batch Edit renames many at once. selection() is the task file's "objects".
#include "task/TaskSpec.h"

#include <QDialog>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dts::ui {

// The WHERE condition of one table; OK only after the source accepted it (EXPLAIN, on a pool thread).
class WhereDialog : public QDialog {
    Q_OBJECT
public:
    WhereDialog(const Endpoint &source, const QString &database, const QString &table, const QString &where,
                QWidget *parent = nullptr);
    QString where() const;
    void check();
    QString checkResult() const;
    bool accepted() const { return m_acceptedText == where(); }

    QPlainTextEdit *edit;
    QPushButton *checkButton, *ok;

private:
    Endpoint m_source;
    QString m_database, m_table, m_acceptedText;
    QLabel *m_result;
    int m_generation = 0;
};

// Names of many selected objects at once: one editable row each, and a prefix / suffix for all.
class BatchEditDialog : public QDialog {
    Q_OBJECT
public:
    struct Row {
        QString kind, source, target;  // kind: "database" or "table"; source of a table: db.table
    };
    BatchEditDialog(const QList<Row> &rows, QWidget *parent = nullptr);
    QList<Row> rows() const;
    void applyAffixes();

    QTableWidget *table;
    QLineEdit *prefix, *suffix;
};

// The columns of one table: which are synchronized and their names in the destination (read from the
// source on a pool thread). All checked and none renamed means "all columns" (no "columns" in the task).
class ColumnsDialog : public QDialog {
    Q_OBJECT
public:
    ColumnsDialog(const Endpoint &source, const QString &database, const QString &table, const QList<ColumnMap> &columns,
                  QWidget *parent = nullptr);
    bool loaded() const { return m_loaded; }
    QList<ColumnMap> columns() const;  // empty: all columns, same names

    QTableWidget *table;
    QPushButton *ok;

private:
    bool m_loaded = false;
    QLabel *m_status;
};

class ObjectsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ObjectsPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

    QList<DatabaseSelection> selection() const;
    void setSelection(const QList<DatabaseSelection> &objects);
    bool loaded() const { return m_loaded; }

    // What the buttons and the context menu do (tests call them directly).
    void moveRight();  // the checked source objects, or the highlighted ones when none is checked
    void moveLeft();   // the highlighted selected objects
    QTreeWidgetItem *selectedDatabase(const QString &db) const;
    QTreeWidgetItem *selectedTable(const QString &db, const QString &table) const;
    void rename(QTreeWidgetItem *item, const QString &target);
    void setWhere(QTreeWidgetItem *table, const QString &where);
    void setOperations(QTreeWidgetItem *table, const QStringList &operations);
    void setColumns(QTreeWidgetItem *table, const QList<ColumnMap> &columns);
    WhereDialog *openWhereDialog(QTreeWidgetItem *table);
    ColumnsDialog *openColumnsDialog(QTreeWidgetItem *table);
    BatchEditDialog *openBatchEdit();
    void applyBatchEdit(const QList<BatchEditDialog::Row> &rows);
    Endpoint sourceEndpoint() const { return m_source; }

    QCheckBox *schema, *full, *incremental;
    QComboBox *conflict, *nameCase;
    QLineEdit *search;
    QTreeWidget *tree, *selected;
    QToolButton *right, *left;
    QPushButton *batchEdit;
    QLabel *problem;

private:
    void loadChildren(QTreeWidgetItem *item);
    void filter(const QString &text);
    void contextMenu(const QPoint &pos);
    QTreeWidgetItem *addSelectedDatabase(const QString &db);
    // fromTask: a table of a database being filled in from a task file (not yet "whole").
    QTreeWidgetItem *addSelectedTable(const QString &db, const QString &table, bool fromTask = false);
    void refreshTableItem(QTreeWidgetItem *t);
    Endpoint m_source;
    bool m_loaded = false;
    QLabel *m_status;
};

}  // namespace dts::ui
