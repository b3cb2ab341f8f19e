#include "wizard/ObjectsPage.h"

#include "Async.h"
#include "Icons.h"
#include "common/Error.h"
#include "mysql/Catalog.h"
#include "mysql/Connection.h"
#include "wizard/EndpointForm.h"
#include "wizard/TaskWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dts::ui {

namespace {

// Source tree: what an item is; Selected tree: its settings.
enum Role { KindRole = Qt::UserRole, LoadedRole, OperationsRole, ColumnsRole };
enum SelectedColumn { NameColumn, TargetColumn, WhereColumn, OperationsColumn };
const QString kDatabase = QStringLiteral("database"), kTable = QStringLiteral("table"), kColumn = QStringLiteral("column");

struct Listing {
    QStringList names;
    QString error;
};

QStringList allOperations() { return TableSelection{}.operations; }

QString operationsText(const QStringList &ops)
{
    QStringList upper;
    for (const QString &o : ops)
        upper << o.toUpper();
    return upper.join(QStringLiteral(", "));
}

QTreeWidgetItem *sourceItem(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &name, const QString &kind)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {name}) : new QTreeWidgetItem(tree, {name});
    item->setData(0, KindRole, kind);
    item->setIcon(0, icon(kind));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable | (kind == kColumn ? Qt::ItemFlags() : Qt::ItemIsAutoTristate));
    item->setCheckState(0, parent && parent->checkState(0) == Qt::Checked ? Qt::Checked : Qt::Unchecked);
    if (kind != kColumn)
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    return item;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------

WhereDialog::WhereDialog(const Endpoint &source, const QString &database, const QString &table, const QString &where,
                         QWidget *parent)
    : QDialog(parent), m_source(source), m_database(database), m_table(table)
{
    setWindowTitle(tr("Filter conditions: %1.%2").arg(database, table));
    auto *hint = new QLabel(tr("Only the rows matching this SQL condition on the source table's columns are synchronized, "
                               "e.g. <tt>id &gt; 100 AND status = 'paid'</tt>. Leave it empty for every row."),
                            this);
    hint->setWordWrap(true);
    edit = new QPlainTextEdit(where, this);
    edit->setTabChangesFocus(true);  // Tab moves on; the condition needs no tab characters
    edit->setTabChangesFocus(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    checkButton = new QPushButton(tr("Check on the source"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok = buttons->button(QDialogButtonBox::Ok);
    buttons->addButton(checkButton, QDialogButtonBox::ActionRole);
    m_acceptedText = where;  // what the task holds already was checked by its precheck
    auto update = [this] {
        ok->setEnabled(accepted() || this->where().isEmpty());
        if (!accepted() && !this->where().isEmpty())
            m_result->setText(tr("Check the condition before accepting it."));
    };
    connect(edit, &QPlainTextEdit::textChanged, this, update);
    connect(checkButton, &QPushButton::clicked, this, &WhereDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(edit, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    update();
    resize(560, 300);
}

QString WhereDialog::where() const { return edit->toPlainText().trimmed(); }
QString WhereDialog::checkResult() const { return m_result->text(); }

void WhereDialog::check()
{
    const QString condition = where();
    if (condition.isEmpty())
        return;
    const int generation = ++m_generation;
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Checking on the source…"));
    checkButton->setEnabled(false);
    const Endpoint src = m_source;
    const QString sql = QStringLiteral("EXPLAIN SELECT 1 FROM %1 WHERE (%2)").arg(quoteIdent(m_database, m_table), condition);
    runAsync<QString>(
        this,
        [src, sql]() -> QString {
            try {
                Connection c(src, ConnectOptions{.role = QStringLiteral("source")});
                c.query(sql);
                return {};
            } catch (const Error &e) {
                return e.message();
            }
        },
        [this, generation, condition](const QString &error) {
            if (generation != m_generation)
                return;
            checkButton->setEnabled(true);
            if (error.isEmpty()) {
                m_acceptedText = condition;
                m_result->setStyleSheet(QStringLiteral("color: #3c763d"));
                m_result->setText(tr("The source accepts this condition."));
            } else {
                m_result->setStyleSheet(QStringLiteral("color: #a94442"));
                m_result->setText(tr("The source rejects this condition: %1").arg(error));
            }
            ok->setEnabled(accepted());
        });
}

// ---------------------------------------------------------------------------------------------------

ColumnsDialog::ColumnsDialog(const Endpoint &source, const QString &database, const QString &table,
                             const QList<ColumnMap> &columns, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Columns: %1.%2").arg(database, table));
    this->table = new QTableWidget(0, 2, this);
    this->table->setTabKeyNavigation(false);  // arrows move between cells, Tab leaves the table
    this->table->setHorizontalHeaderLabels({tr("Source column"), tr("Name in the destination")});
    this->table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    this->table->verticalHeader()->hide();
    m_status = new QLabel(tr("Reading the columns from the source…"), this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Unchecked columns are not synchronized; a name typed here renames the column in the destination."), this));
    layout->addWidget(this->table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, 420);
    runAsync<Listing>(
        this,
        [source, database, table] {
            try {
                Connection c(source, ConnectOptions{.role = QStringLiteral("source")});
                QStringList names;
                for (const ColumnInfo &col : Catalog(c).table(database, table).columns)
                    names << col.name;
                return Listing{names, {}};
            } catch (const Error &e) {
                return Listing{{}, e.message()};
            }
        },
        [this, columns](const Listing &l) {
            if (!l.error.isEmpty()) {
                m_status->setText(tr("Cannot read the columns: %1").arg(l.error));
                return;
            }
            this->table->setRowCount(int(l.names.size()));
            for (int i = 0; i < l.names.size(); ++i) {
                const auto it = std::find_if(columns.begin(), columns.end(), [&](const ColumnMap &c) { return c.name == l.names[i]; });
                auto *name = new QTableWidgetItem(l.names[i]);
                name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                name->setCheckState(columns.isEmpty() || it != columns.end() ? Qt::Checked : Qt::Unchecked);
                this->table->setItem(i, 0, name);
                this->table->setItem(i, 1, new QTableWidgetItem(it != columns.end() ? it->target : QString()));
            }
            m_loaded = true;
            m_status->clear();
            ok->setEnabled(true);
        });
}

QList<ColumnMap> ColumnsDialog::columns() const
{
    QList<ColumnMap> out;
    bool all = true;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString target = table->item(r, 1)->text().trimmed();
        const QString name = table->item(r, 0)->text();
        if (table->item(r, 0)->checkState() == Qt::Checked)
            out << ColumnMap{name, target == name ? QString() : target};
        else
            all = false;
    }
    const bool renamed = std::any_of(out.begin(), out.end(), [](const ColumnMap &c) { return !c.target.isEmpty(); });
    return all && !renamed ? QList<ColumnMap>() : out;
}

// ---------------------------------------------------------------------------------------------------

BatchEditDialog::BatchEditDialog(const QList<Row> &rows, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Batch Edit"));
    table = new QTableWidget(int(rows.size()), 3, this);
    table->setTabKeyNavigation(false);  // arrows move between cells, Tab leaves the table
    table->setHorizontalHeaderLabels({tr("Type"), tr("Source name"), tr("Name in the destination")});
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        auto *kind = new QTableWidgetItem(rows[i].kind == kDatabase ? tr("Database") : tr("Table"));
        kind->setData(Qt::UserRole, rows[i].kind);
        kind->setFlags(Qt::ItemIsEnabled);
        auto *source = new QTableWidgetItem(rows[i].source);
        source->setFlags(Qt::ItemIsEnabled);
        table->setItem(i, 0, kind);
        table->setItem(i, 1, source);
        table->setItem(i, 2, new QTableWidgetItem(rows[i].target.isEmpty() ? rows[i].source.section(QLatin1Char('.'), -1)
                                                                           : rows[i].target));
    }
    prefix = new QLineEdit(this);
    suffix = new QLineEdit(this);
    auto *apply = new QPushButton(tr("Apply to the selected rows"), this);
    connect(apply, &QPushButton::clicked, this, &BatchEditDialog::applyAffixes);
    auto *affixes = new QHBoxLayout;
    affixes->addWidget(new QLabel(tr("Prefix:"), this));
    affixes->addWidget(prefix);
    affixes->addWidget(new QLabel(tr("Suffix:"), this));
    affixes->addWidget(suffix);
    affixes->addWidget(apply);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addLayout(affixes);
    layout->addWidget(buttons);
    resize(620, 420);
}

void BatchEditDialog::applyAffixes()
{
    QList<int> rows;
    for (const QModelIndex &i : table->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty())  // none highlighted: all
        for (int r = 0; r < table->rowCount(); ++r)
            rows << r;
    for (int r : rows) {
        const QString base = table->item(r, 1)->text().section(QLatin1Char('.'), -1);
        table->item(r, 2)->setText(prefix->text() + base + suffix->text());
    }
}

QList<BatchEditDialog::Row> BatchEditDialog::rows() const
{
    QList<Row> out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << Row{table->item(r, 0)->data(Qt::UserRole).toString(), table->item(r, 1)->text(), table->item(r, 2)->text().trimmed()};
    return out;
}

// ---------------------------------------------------------------------------------------------------

ObjectsPage::ObjectsPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Configure objects"));
    setSubTitle(tr("What to synchronize, and how. Move databases or tables to Selected objects; right-click one there "
                   "to rename it, filter its rows or choose the operations to synchronize."));
    schema = new QCheckBox(tr("Schema synchronization"), this);
    full = new QCheckBox(tr("Full data synchronization"), this);
    incremental = new QCheckBox(tr("Incremental data synchronization"), this);
    for (QCheckBox *c : {schema, full, incremental})
        c->setChecked(true);
    schema->setToolTip(tr("Creates the databases and tables (and, for whole databases, views, routines, triggers and events) in the destination"));
    full->setToolTip(tr("Copies every existing row, in chunks, resumable"));
    incremental->setToolTip(tr("Follows the source's binlog after the full data, until you stop the task"));
    conflict = new QComboBox(this);
    conflict->addItem(tr("Precheck and report errors"), int(ConflictMode::Error));
    conflict->addItem(tr("Ignore errors and proceed"), int(ConflictMode::Ignore));
    conflict->setToolTip(tr("Destination tables with the same names: stop in the precheck, or keep them and write into them"));
    nameCase = new QComboBox(this);
    nameCase->addItem(tr("DTS default policy"), int(NameCase::Default));
    nameCase->addItem(tr("Consistent with the source database"), int(NameCase::Source));
    nameCase->addItem(tr("Consistent with the default policy of the destination"), int(NameCase::Destination));
    nameCase->addItem(tr("Lowercase"), int(NameCase::Lower));
    nameCase->addItem(tr("Uppercase"), int(NameCase::Upper));
    nameCase->setToolTip(tr("Capitalization of object names in the destination instance"));

    search = new QLineEdit(this);
    search->setPlaceholderText(tr("Search databases and tables"));
    search->setClearButtonEnabled(true);
    tree = new QTreeWidget(this);
    tree->setHeaderLabel(tr("Source objects"));
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    selected = new QTreeWidget(this);
    selected->setColumnCount(4);
    selected->setHeaderLabels({tr("Selected objects"), tr("Name in the destination"), tr("Filter"), tr("Operations")});
    selected->setSelectionMode(QAbstractItemView::ExtendedSelection);
    selected->setContextMenuPolicy(Qt::CustomContextMenu);
    selected->setEditTriggers(QAbstractItemView::EditKeyPressed);  // F2, or Rename in the context menu
    selected->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    right = new QToolButton(this);
    right->setIcon(icon(QStringLiteral("move-right")));
    right->setToolTip(tr("Add the checked objects to Selected objects"));
    right->setAccessibleName(tr("Add to selected objects"));
    left = new QToolButton(this);
    left->setIcon(icon(QStringLiteral("move-left")));
    left->setToolTip(tr("Remove the highlighted objects from Selected objects"));
    left->setAccessibleName(tr("Remove from selected objects"));
    batchEdit = new QPushButton(tr("Batch Edit"), this);
    batchEdit->setToolTip(tr("Rename several selected databases and tables at once"));
    m_status = new QLabel(this);

    connect(search, &QLineEdit::textChanged, this, &ObjectsPage::filter);
    connect(tree, &QTreeWidget::itemExpanded, this, &ObjectsPage::loadChildren);
    connect(right, &QToolButton::clicked, this, &ObjectsPage::moveRight);
    connect(left, &QToolButton::clicked, this, &ObjectsPage::moveLeft);
    connect(batchEdit, &QPushButton::clicked, this, [this] {
        if (BatchEditDialog *d = openBatchEdit())
            d->open();
    });
    connect(selected, &QTreeWidget::customContextMenuRequested, this, &ObjectsPage::contextMenu);
    connect(selected, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == TargetColumn && item->text(TargetColumn) == item->text(NameColumn))
            item->setText(TargetColumn, QString());  // the same name: no mapping
    });

    auto *types = new QHBoxLayout;
    types->addWidget(schema);
    types->addWidget(full);
    types->addWidget(incremental);
    auto *form = new QFormLayout;
    form->addRow(tr("Synchronization types:"), types);
    form->addRow(tr("Processing mode of conflicting tables:"), conflict);
    form->addRow(tr("Capitalization of object names:"), nameCase);
    auto *leftSide = new QVBoxLayout;
    leftSide->addWidget(search);
    leftSide->addWidget(tree, 1);
    auto *arrows = new QVBoxLayout;
    arrows->addStretch(1);
    arrows->addWidget(right);
    arrows->addWidget(left);
    arrows->addStretch(1);
    auto *rightSide = new QVBoxLayout;
    rightSide->addWidget(selected, 1);
    auto *rightButtons = new QHBoxLayout;
    rightButtons->addStretch(1);
    rightButtons->addWidget(batchEdit);
    rightSide->addLayout(rightButtons);
    auto *lists = new QHBoxLayout;
    lists->addLayout(leftSide, 2);
    lists->addLayout(arrows);
    lists->addLayout(rightSide, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(m_status);
    problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #a94442"));
    layout->addWidget(problem);

    setTabOrder(schema, full);
    setTabOrder(full, incremental);
    setTabOrder(incremental, conflict);
    setTabOrder(conflict, nameCase);
    setTabOrder(nameCase, search);
    setTabOrder(search, tree);
    setTabOrder(tree, right);
    setTabOrder(right, left);
    setTabOrder(left, selected);
    setTabOrder(selected, batchEdit);
}

void ObjectsPage::initializePage()
{
    const auto *w = static_cast<const TaskWizard *>(wizard());
    // The sync types the destination allows: a topic or a function has no schema to create.
    const QString engine = w->endpoints->engine();
    const bool schemaApplies = engine != QLatin1String("rocketmq") && engine != QLatin1String("function-compute");
    if (!schemaApplies)
        schema->setChecked(false);
    schema->setEnabled(schemaApplies);
    schema->setToolTip(schemaApplies ? tr("Creates the databases and tables (and, for whole databases, views, routines, triggers and events) in the destination")
                                     : tr("Not for this destination: a topic or a function has no schema; full data arrives as INIT records"));
    const Endpoint src = w->endpoints->source->endpoint();
    if (m_loaded && src.host == m_source.host && src.port == m_source.port && src.user == m_source.user)
        return;  // keep the tree as it is
    m_source = src;
    m_loaded = false;
    tree->clear();
    m_status->setText(tr("Reading the source's databases…"));
    runAsync<Listing>(
        this,
        [src] {
            try {
                Connection c(src, ConnectOptions{.role = QStringLiteral("source")});
                return Listing{Catalog(c).databases(), {}};
            } catch (const Error &e) {
                return Listing{{}, e.message()};
            }
        },
        [this](const Listing &l) {
            if (!l.error.isEmpty()) {
                m_status->setText(tr("Cannot read the source: %1").arg(l.error));
                return;
            }
            for (const QString &db : l.names)
                sourceItem(nullptr, tree, db, kDatabase);
            m_loaded = true;
            m_status->setText(tr("%n database(s)", nullptr, int(l.names.size())));
            filter(search->text());
            Q_EMIT completeChanged();
        });
}

void ObjectsPage::loadChildren(QTreeWidgetItem *item)
{
    const QString kind = item->data(0, KindRole).toString();
    if (kind == kColumn || item->data(0, LoadedRole).toBool())
        return;
    item->setData(0, LoadedRole, true);  // asked once
    const Endpoint src = m_source;
    const QString db = kind == kDatabase ? item->text(0) : item->parent()->text(0);
    const QString table = kind == kTable ? item->text(0) : QString();
    QPointer<QTreeWidget> guard(tree);
    runAsync<Listing>(
        this,
        [src, db, table] {
            try {
                Connection c(src, ConnectOptions{.role = QStringLiteral("source")});
                Catalog catalog(c);
                if (table.isEmpty())
                    return Listing{catalog.baseTables(db), {}};
                QStringList columns;
                for (const ColumnInfo &col : catalog.table(db, table).columns)
                    columns << col.name;
                return Listing{columns, {}};
            } catch (const Error &e) {
                return Listing{{}, e.message()};
            }
        },
        [this, db, table](const Listing &l) {
            // Found again by name: the tree may have been reloaded meanwhile.
            QTreeWidgetItem *parent = tree->findItems(db, Qt::MatchExactly).value(0);
            if (parent && !table.isEmpty()) {
                QTreeWidgetItem *t = nullptr;
                for (int i = 0; i < parent->childCount() && !t; ++i)
                    if (parent->child(i)->text(0) == table)
                        t = parent->child(i);
                parent = t;
            }
            if (!parent)
                return;
            if (!l.error.isEmpty()) {
                m_status->setText(tr("Cannot list %1: %2").arg(table.isEmpty() ? db : db + QLatin1Char('.') + table, l.error));
                parent->setData(0, LoadedRole, false);
                return;
            }
            for (const QString &name : l.names)
                sourceItem(parent, tree, name, table.isEmpty() ? kTable : kColumn);
            if (l.names.isEmpty())
                parent->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicator);
            filter(search->text());
        });
}

void ObjectsPage::filter(const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *db = tree->topLevelItem(i);
        bool anyChild = false;
        for (int j = 0; j < db->childCount(); ++j) {
            const bool match = text.isEmpty() || db->child(j)->text(0).contains(text, Qt::CaseInsensitive);
            db->child(j)->setHidden(!match);
            anyChild = anyChild || match;
        }
        db->setHidden(!(text.isEmpty() || db->text(0).contains(text, Qt::CaseInsensitive) || (anyChild && db->childCount())));
    }
}

// ---------------------------------------------------------------------------------------------------
// Selected objects

QTreeWidgetItem *ObjectsPage::selectedDatabase(const QString &db) const
{
    for (int i = 0; i < selected->topLevelItemCount(); ++i)
        if (selected->topLevelItem(i)->text(NameColumn) == db)
            return selected->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *ObjectsPage::selectedTable(const QString &db, const QString &table) const
{
    QTreeWidgetItem *d = selectedDatabase(db);
    for (int i = 0; d && i < d->childCount(); ++i)
        if (d->child(i)->text(NameColumn) == table)
            return d->child(i);
    return nullptr;
}

QTreeWidgetItem *ObjectsPage::addSelectedDatabase(const QString &db)
{
    if (QTreeWidgetItem *d = selectedDatabase(db))
        return d;
    auto *d = new QTreeWidgetItem(selected, {db});
    d->setData(NameColumn, KindRole, kDatabase);
    d->setIcon(NameColumn, icon(QStringLiteral("database")));
    d->setFlags(d->flags() | Qt::ItemIsEditable);
    d->setExpanded(true);
    return d;
}

QTreeWidgetItem *ObjectsPage::addSelectedTable(const QString &db, const QString &table, bool fromTask)
{
    QTreeWidgetItem *d = selectedDatabase(db);
    if (d && d->childCount() == 0 && !fromTask)
        return nullptr;  // the whole database is selected already
    d = addSelectedDatabase(db);
    d->setText(WhereColumn, QString());
    if (QTreeWidgetItem *t = selectedTable(db, table))
        return t;
    auto *t = new QTreeWidgetItem(d, {table});
    t->setData(NameColumn, KindRole, kTable);
    t->setData(NameColumn, OperationsRole, allOperations());
    t->setIcon(NameColumn, icon(QStringLiteral("table")));
    t->setFlags(t->flags() | Qt::ItemIsEditable);
    refreshTableItem(t);
    return t;
}

void ObjectsPage::refreshTableItem(QTreeWidgetItem *t)
{
    t->setText(OperationsColumn, operationsText(t->data(NameColumn, OperationsRole).toStringList()));
    const QVariantList columns = t->data(NameColumn, ColumnsRole).toList();
    QStringList shown;
    for (const QVariant &c : columns) {
        const QStringList pair = c.toStringList();
        shown << (pair.value(1).isEmpty() ? pair.value(0) : QStringLiteral("%1 → %2").arg(pair.value(0), pair.value(1)));
    }
    t->setToolTip(NameColumn, columns.isEmpty() ? tr("All columns") : tr("Columns: %1").arg(shown.join(QStringLiteral(", "))));
}

void ObjectsPage::moveRight()
{
    struct Pick {
        QString db, table;
        QList<ColumnMap> columns;
    };
    QList<Pick> picks;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *db = tree->topLevelItem(i);
        if (db->checkState(0) == Qt::Checked) {
            picks << Pick{db->text(0), {}, {}};
            continue;
        }
        for (int j = 0; j < db->childCount(); ++j) {
            QTreeWidgetItem *t = db->child(j);
            if (t->checkState(0) == Qt::Checked) {
                picks << Pick{db->text(0), t->text(0), {}};
            } else if (t->checkState(0) == Qt::PartiallyChecked) {
                Pick p{db->text(0), t->text(0), {}};
                for (int k = 0; k < t->childCount(); ++k)
                    if (t->child(k)->checkState(0) == Qt::Checked)
                        p.columns << ColumnMap{t->child(k)->text(0), {}};
                picks << p;
            }
        }
    }
    if (picks.isEmpty())  // nothing checked: the highlighted items
        for (QTreeWidgetItem *item : tree->selectedItems()) {
            const QString kind = item->data(0, KindRole).toString();
            if (kind == kDatabase)
                picks << Pick{item->text(0), {}, {}};
            else if (kind == kTable)
                picks << Pick{item->parent()->text(0), item->text(0), {}};
        }
    for (const Pick &p : picks) {
        if (p.table.isEmpty()) {
            QTreeWidgetItem *d = addSelectedDatabase(p.db);
            qDeleteAll(d->takeChildren());  // now the whole database
            d->setText(WhereColumn, tr("whole database"));
        } else {
            if (QTreeWidgetItem *t = addSelectedTable(p.db, p.table); t && !p.columns.isEmpty())
                setColumns(t, p.columns);
        }
    }
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        tree->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    problem->clear();
}

void ObjectsPage::moveLeft()
{
    const QList<QTreeWidgetItem *> items = selected->selectedItems();
    QList<QTreeWidgetItem *> tables, databases;
    for (QTreeWidgetItem *item : items)
        (item->parent() ? tables : databases) << item;
    for (QTreeWidgetItem *t : tables) {
        if (databases.contains(t->parent()))
            continue;
        QTreeWidgetItem *d = t->parent();
        delete t;
        if (d->childCount() == 0)
            delete d;  // not "the whole database": its last table went
    }
    qDeleteAll(databases);
}

void ObjectsPage::rename(QTreeWidgetItem *item, const QString &target)
{
    item->setText(TargetColumn, target.trimmed() == item->text(NameColumn) ? QString() : target.trimmed());
}

void ObjectsPage::setWhere(QTreeWidgetItem *table, const QString &where) { table->setText(WhereColumn, where.trimmed()); }

void ObjectsPage::setOperations(QTreeWidgetItem *table, const QStringList &operations)
{
    table->setData(NameColumn, OperationsRole, operations);
    refreshTableItem(table);
}

void ObjectsPage::setColumns(QTreeWidgetItem *table, const QList<ColumnMap> &columns)
{
    QVariantList list;
    for (const ColumnMap &c : columns)
        list << QVariant(QStringList{c.name, c.target});
    table->setData(NameColumn, ColumnsRole, list);
    refreshTableItem(table);
}

WhereDialog *ObjectsPage::openWhereDialog(QTreeWidgetItem *table)
{
    auto *d = new WhereDialog(m_source, table->parent()->text(NameColumn), table->text(NameColumn), table->text(WhereColumn), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QTreeWidget> guard(selected);
    const QString db = table->parent()->text(NameColumn), name = table->text(NameColumn);
    connect(d, &QDialog::accepted, this, [this, d, db, name] {
        if (QTreeWidgetItem *t = selectedTable(db, name))
            setWhere(t, d->where());
    });
    return d;
}

ColumnsDialog *ObjectsPage::openColumnsDialog(QTreeWidgetItem *table)
{
    QList<ColumnMap> current;
    for (const QVariant &c : table->data(NameColumn, ColumnsRole).toList())
        current << ColumnMap{c.toStringList().value(0), c.toStringList().value(1)};
    const QString db = table->parent()->text(NameColumn), name = table->text(NameColumn);
    auto *d = new ColumnsDialog(m_source, db, name, current, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d, db, name] {
        if (QTreeWidgetItem *t = selectedTable(db, name))
            setColumns(t, d->columns());
    });
    return d;
}

BatchEditDialog *ObjectsPage::openBatchEdit()
{
    QList<BatchEditDialog::Row> rows;
    for (int i = 0; i < selected->topLevelItemCount(); ++i) {
        QTreeWidgetItem *d = selected->topLevelItem(i);
        rows << BatchEditDialog::Row{kDatabase, d->text(NameColumn), d->text(TargetColumn)};
        for (int j = 0; j < d->childCount(); ++j)
            rows << BatchEditDialog::Row{kTable, d->text(NameColumn) + QLatin1Char('.') + d->child(j)->text(NameColumn),
                                         d->child(j)->text(TargetColumn)};
    }
    if (rows.isEmpty())
        return nullptr;
    auto *dialog = new BatchEditDialog(rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyBatchEdit(dialog->rows()); });
    return dialog;
}

void ObjectsPage::applyBatchEdit(const QList<BatchEditDialog::Row> &rows)
{
    for (const BatchEditDialog::Row &r : rows) {
        QTreeWidgetItem *item = r.kind == kDatabase ? selectedDatabase(r.source)
                                                    : selectedTable(r.source.section(QLatin1Char('.'), 0, 0),
                                                                    r.source.section(QLatin1Char('.'), 1));
        if (item)
            rename(item, r.target);
    }
}

void ObjectsPage::contextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = selected->itemAt(pos);
    if (!item)
        return;
    const bool isTable = item->parent() != nullptr;
    QMenu menu(this);
    menu.addAction(isTable ? tr("Rename table…") : tr("Rename database…"), this,
                   [this, item] { selected->editItem(item, TargetColumn); });
    if (isTable) {
        menu.addAction(tr("Filter conditions (WHERE)…"), this, [this, item] { openWhereDialog(item)->open(); });
        menu.addAction(tr("Columns…"), this, [this, item] { openColumnsDialog(item)->open(); });
        QMenu *ops = menu.addMenu(tr("Operations to synchronize"));
        const QStringList current = item->data(NameColumn, OperationsRole).toStringList();
        for (const QString &op : allOperations()) {
            QAction *a = ops->addAction(op.toUpper());
            a->setCheckable(true);
            a->setChecked(current.contains(op));
            connect(a, &QAction::toggled, this, [this, item, op](bool on) {
                QStringList now = item->data(NameColumn, OperationsRole).toStringList();
                if (on && !now.contains(op))
                    now << op;
                else if (!on)
                    now.removeAll(op);
                QStringList ordered;  // in the task file's order
                for (const QString &o : allOperations())
                    if (now.contains(o))
                        ordered << o;
                setOperations(item, ordered);
            });
        }
    }
    menu.addSeparator();
    menu.addAction(tr("Batch Edit…"), this, [this] {
        if (BatchEditDialog *d = openBatchEdit())
            d->open();
    });
    menu.addAction(tr("Remove"), this, [this, item] {
        selected->clearSelection();
        item->setSelected(true);
        moveLeft();
    });
    menu.exec(selected->viewport()->mapToGlobal(pos));
}

QList<DatabaseSelection> ObjectsPage::selection() const
{
    QList<DatabaseSelection> out;
    for (int i = 0; i < selected->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *d = selected->topLevelItem(i);
        DatabaseSelection db{d->text(NameColumn), d->text(TargetColumn), {}};
        for (int j = 0; j < d->childCount(); ++j) {
            const QTreeWidgetItem *t = d->child(j);
            TableSelection ts;
            ts.name = t->text(NameColumn);
            ts.target = t->text(TargetColumn);
            ts.where = t->text(WhereColumn);
            ts.operations = t->data(NameColumn, OperationsRole).toStringList();
            for (const QVariant &c : t->data(NameColumn, ColumnsRole).toList())
                ts.columns << ColumnMap{c.toStringList().value(0), c.toStringList().value(1)};
            db.tables << ts;
        }
        out << db;
    }
    return out;
}

void ObjectsPage::setSelection(const QList<DatabaseSelection> &objects)
{
    selected->clear();
    for (const DatabaseSelection &db : objects) {
        QTreeWidgetItem *d = addSelectedDatabase(db.database);
        rename(d, db.target);
        if (db.wholeDatabase())
            d->setText(WhereColumn, tr("whole database"));
        for (const TableSelection &ts : db.tables) {
            QTreeWidgetItem *t = addSelectedTable(db.database, ts.name, true);
            rename(t, ts.target);
            setWhere(t, ts.where);
            setOperations(t, ts.operations);
            setColumns(t, ts.columns);
        }
    }
}

bool ObjectsPage::validatePage()
{
    QString problem;
    if (!schema->isChecked() && !full->isChecked() && !incremental->isChecked())
        problem = tr("Choose at least one synchronization type");
    else if (selection().isEmpty())
        problem = tr("Move at least one database or table to Selected objects (→)");
    for (const DatabaseSelection &db : selection())
        for (const TableSelection &t : db.tables)
            if (problem.isEmpty() && t.operations.isEmpty())
                problem = tr("%1.%2: choose at least one operation to synchronize, or remove the table").arg(db.database, t.name);
    this->problem->setText(problem);
    return problem.isEmpty();
}

}  // namespace dts::ui
