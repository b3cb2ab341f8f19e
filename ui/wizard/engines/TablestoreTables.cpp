#include "wizard/engines/TablestoreTables.h"

#include "Async.h"
#include "common/Error.h"
#include "mysql/Connection.h"
#include "sinks/tablestore/TablestoreOptions.h"
#include "wizard/TaskWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dts::ui {

namespace {

const QStringList kTypes = {"INTEGER", "DOUBLE", "BOOLEAN", "STRING", "BINARY"};

QString typeName(ots::Cell::Type t)
{
    switch (t) {
    case ots::Cell::Integer: return QStringLiteral("INTEGER");
    case ots::Cell::Double: return QStringLiteral("DOUBLE");
    case ots::Cell::Boolean: return QStringLiteral("BOOLEAN");
    case ots::Cell::Blob: return QStringLiteral("BINARY");
    default: return QStringLiteral("STRING");
    }
}

QString defaultTypeName(const ColumnInfo &c) { return typeName(ots::defaultType(c, {})); }

QStringList sourceKey(const TablePlan &t)
{
    const IndexInfo *pk = t.source.primaryKey();
    return pk ? pk->columns : QStringList();
}

}  // namespace

TablestoreTablesEditor::TablestoreTablesEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    tableList = new QListWidget(this);
    tableList->setObjectName(QStringLiteral("tables"));
    tableList->setToolTip(tr("The tables the task selects; pick one to set its key and column types"));
    layout->addWidget(tableList, 1);
    auto *right = new QVBoxLayout;
    auto *pkForm = new QFormLayout;
    primaryKey = new QLineEdit(this);
    primaryKey->setObjectName(QStringLiteral("primaryKey"));
    primaryKey->setToolTip(tr("The Tablestore primary key: 1 to 4 source columns, the first is the partition key"));
    pkForm->addRow(tr("Primary key"), primaryKey);
    right->addLayout(pkForm);
    columns = new QTableWidget(0, 3, this);
    columns->setTabKeyNavigation(false);  // arrows move between cells, Tab leaves the table
    columns->setHorizontalHeaderLabels({tr("Column"), tr("MySQL type"), tr("Tablestore type")});
    columns->horizontalHeader()->setStretchLastSection(true);
    columns->verticalHeader()->hide();
    right->addWidget(columns, 1);
    layout->addLayout(right, 2);
    setTabOrder(tableList, primaryKey);
    setTabOrder(primaryKey, columns);

    connect(tableList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeTable();
        showTable(row);
    });
    connect(primaryKey, &QLineEdit::editingFinished, this, [this] { storeTable(); });
}

void TablestoreTablesEditor::setTables(const QList<TablePlan> &tables)
{
    storeTable();
    m_tables = tables;
    m_listed = true;
    m_current = -1;
    QSignalBlocker block(tableList);
    tableList->clear();
    for (const TablePlan &t : tables)
        tableList->addItem(t.id());
    tableList->setCurrentRow(tables.isEmpty() ? -1 : 0);
    showTable(tables.isEmpty() ? -1 : 0);
}

void TablestoreTablesEditor::showTable(int row)
{
    m_loading = true;
    m_current = row;
    columns->setRowCount(0);
    primaryKey->clear();
    if (row >= 0 && row < m_tables.size()) {
        const TablePlan &t = m_tables[row];
        const TableEdit e = m_edits.value(t.id());
        primaryKey->setText(e.primaryKey.join(QStringLiteral(", ")));
        primaryKey->setPlaceholderText(tr("columns, comma-separated (at most 4); empty: the source primary key (%1)")
                                           .arg(sourceKey(t).join(QStringLiteral(", "))));
        for (const ColumnPlan &cp : t.columns) {
            const ColumnInfo &c = cp.source;
            const int r = columns->rowCount();
            columns->insertRow(r);
            columns->setItem(r, 0, new QTableWidgetItem(c.name));
            columns->setItem(r, 1, new QTableWidgetItem(c.columnType));
            for (int k = 0; k < 2; ++k)
                columns->item(r, k)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto *type = new QComboBox(columns);
            type->addItems(kTypes);
            type->setCurrentText(e.types.value(c.name, defaultTypeName(c)));
            type->setToolTip(tr("Default for %1: %2").arg(c.columnType, defaultTypeName(c)));
            connect(type, &QComboBox::currentTextChanged, this, [this] { storeTable(); });
            columns->setCellWidget(r, 2, type);
        }
    }
    m_loading = false;
}

void TablestoreTablesEditor::storeTable()
{
    if (m_loading || m_current < 0 || m_current >= m_tables.size())
        return;
    const TablePlan &t = m_tables[m_current];
    TableEdit e;
    for (const QString &k : primaryKey->text().split(',', Qt::SkipEmptyParts))
        if (!k.trimmed().isEmpty())
            e.primaryKey << k.trimmed();
    for (int r = 0; r < columns->rowCount(); ++r) {
        const QString name = columns->item(r, 0)->text();
        const QString chosen = static_cast<QComboBox *>(columns->cellWidget(r, 2))->currentText();
        if (const ColumnInfo *c = t.source.column(name); c && chosen != defaultTypeName(*c))
            e.types.insert(name, chosen);
    }
    if (e.primaryKey.isEmpty() && e.types.isEmpty())
        m_edits.remove(t.id());
    else
        m_edits.insert(t.id(), e);
}

QJsonObject TablestoreTablesEditor::toJson() const
{
    const_cast<TablestoreTablesEditor *>(this)->storeTable();  // the table being edited counts
    QJsonObject tables;
    QSet<QString> listed;
    for (const TablePlan &t : m_tables)
        listed << t.id();
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
        if (m_listed && !listed.contains(it.key()))
            continue;  // kept in case the table is selected again, but not in the task
        QJsonObject t;
        if (!it->primaryKey.isEmpty())
            t["primaryKey"] = QJsonArray::fromStringList(it->primaryKey);
        if (!it->types.isEmpty()) {
            QJsonObject types;
            for (auto ty = it->types.begin(); ty != it->types.end(); ++ty)
                types[ty.key()] = *ty;
            t["types"] = types;
        }
        tables[it.key()] = t;
    }
    return tables;
}

void TablestoreTablesEditor::fromJson(const QJsonObject &tables)
{
    m_edits.clear();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        TableEdit e;
        for (const QJsonValue &k : it->toObject().value("primaryKey").toArray())
            e.primaryKey << k.toString();
        const QJsonObject types = it->toObject().value("types").toObject();
        for (auto ty = types.begin(); ty != types.end(); ++ty)
            e.types.insert(ty.key(), ty->toString().toUpper());
        m_edits.insert(it.key(), e);
    }
    m_current = -1;  // the shown table reads its settings again, nothing stored over them
    showTable(tableList->currentRow());
}

QString TablestoreTablesEditor::problem(NameCase nameCase) const
{
    const_cast<TablestoreTablesEditor *>(this)->storeTable();
    for (const TablePlan &t : m_tables) {
        const TableEdit e = m_edits.value(t.id());
        try {
            ots::mapPlannedTable(t, nameCase, ots::TableOptions{e.primaryKey, e.types});
        } catch (const Error &err) {
            return QStringLiteral("%1: %2%3").arg(err.object(), err.message(),
                                                   err.fix().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(err.fix()));
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------

TablestoreTablesPage::TablestoreTablesPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Tablestore tables"));
    setSubTitle(tr("Each selected table becomes a Tablestore table: choose its primary key (at most 4 columns; "
                   "the source's by default) and the Tablestore type of each column."));
    editor = new TablestoreTablesEditor(this);
    status = new QLabel(this);
    problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #a94442"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addWidget(editor, 1);
    layout->addWidget(problem);
}

void TablestoreTablesPage::initializePage()
{
    const TaskSpec task = static_cast<const TaskWizard *>(wizard())->task();
    m_loaded = false;
    problem->clear();
    status->setText(tr("Reading the selected tables from the source…"));
    Q_EMIT completeChanged();
    struct Loaded {
        QList<TablePlan> tables;
        QString error;
    };
    const int generation = ++m_generation;  // Back and Next again: only the last read counts
    runAsync<Loaded>(
        this,
        [task] {
            try {
                Connection c(task.source, ConnectOptions{.role = QStringLiteral("source")});
                Catalog catalog(c);
                PlanIssues issues;
                const TaskPlan plan = resolvePlan(task, catalog, 0, &issues);
                Loaded l;
                for (const TablePlan *t : plan.tables())
                    l.tables << *t;
                if (!issues.objects.isEmpty() || !issues.clashes.isEmpty())
                    l.error = (issues.objects + issues.clashes).join(QStringLiteral("; "));
                return l;
            } catch (const Error &e) {
                return Loaded{{}, e.message()};
            }
        },
        [this, generation](const Loaded &l) {
            if (generation != m_generation)
                return;
            editor->setTables(l.tables);
            m_loaded = true;
            status->setText(l.error.isEmpty() ? tr("%n table(s)", nullptr, int(l.tables.size()))
                                              : tr("%n table(s); not read: %1", nullptr, int(l.tables.size())).arg(l.error));
            Q_EMIT completeChanged();
        });
}

bool TablestoreTablesPage::validatePage()
{
    const QString p = editor->problem(static_cast<const TaskWizard *>(wizard())->task().nameCase);
    problem->setText(p);
    return p.isEmpty();
}

}  // namespace dts::ui
