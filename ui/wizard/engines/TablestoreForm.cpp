#include "wizard/engines/TablestoreForm.h"

#include "common/Error.h"
#include "sinks/tablestore/TablestoreOptions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
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

QString tableId(const TableInfo &t) { return t.database + '.' + t.name; }

QComboBox *combo(QWidget *parent, const QStringList &values, const QStringList &labels)
{
    auto *c = new QComboBox(parent);
    for (int i = 0; i < values.size(); ++i)
        c->addItem(labels[i], values[i]);
    return c;
}

QSpinBox *spin(QWidget *parent, int min, int max, int value)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    return s;
}

}  // namespace

TablestoreForm::TablestoreForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(QStringLiteral("cn-hangzhou"));
    m_instance = new QLineEdit(this);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(tr("optional: https://instance.region.ots.aliyuncs.com by default"));
    m_accessKeyId = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_stsToken = new QLineEdit(this);
    m_stsToken->setEchoMode(QLineEdit::Password);
    m_stsToken->setPlaceholderText(tr("optional (temporary STS credentials)"));
    m_writeMode = combo(this, {"overwrite", "update"}, {tr("Overwrite Row (PutRow: the whole row)"), tr("Update Row (UpdateRow: changed columns)")});
    m_batchMode = combo(this, {"batch-write-row", "bulk-import"}, {tr("BatchWriteRow"), tr("BulkImport")});
    for (auto [edit, name] : {std::pair{m_region, "region"}, {m_instance, "instance"}, {m_endpoint, "endpoint"},
                              {m_accessKeyId, "accessKeyId"}, {m_secret, "accessKeySecret"}, {m_stsToken, "stsToken"}})
        edit->setObjectName(QLatin1String(name));  // the task file's key
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Instance"), m_instance);
    form->addRow(tr("Endpoint"), m_endpoint);
    form->addRow(tr("AccessKey ID"), m_accessKeyId);
    form->addRow(tr("AccessKey secret"), m_secret);
    form->addRow(tr("STS token"), m_stsToken);
    form->addRow(tr("Write mode"), m_writeMode);
    form->addRow(tr("Batch write mode"), m_batchMode);
    layout->addLayout(form);

    m_more = new QGroupBox(tr("More settings"), this);
    m_more->setCheckable(true);  // unchecked: the defaults
    m_more->setChecked(false);
    auto *more = new QFormLayout(m_more);
    m_queueSize = spin(m_more, 1, 1000000, 1024);
    m_threads = spin(m_more, 1, 64, 4);
    m_concurrency = spin(m_more, 1, 64, 8);
    m_buckets = spin(m_more, 1, 64, 8);
    m_dirtyData = combo(m_more, {"block", "skip"}, {tr("Block (stop the task)"), tr("Skip (log and count the row)")});
    more->addRow(tr("Queue size"), m_queueSize);
    more->addRow(tr("Threads"), m_threads);
    more->addRow(tr("Concurrency"), m_concurrency);
    more->addRow(tr("Buckets (≤ concurrency)"), m_buckets);
    more->addRow(tr("Dirty data"), m_dirtyData);
    layout->addWidget(m_more);

    auto *tables = new QGroupBox(tr("Tables: primary key and column types"), this);
    auto *tl = new QHBoxLayout(tables);
    m_tableList = new QListWidget(tables);
    tl->addWidget(m_tableList, 1);
    auto *right = new QVBoxLayout;
    auto *pkForm = new QFormLayout;
    m_primaryKey = new QLineEdit(tables);
    m_primaryKey->setObjectName(QStringLiteral("primaryKey"));
    m_primaryKey->setPlaceholderText(tr("columns, comma-separated (at most 4); empty: the source primary key"));
    pkForm->addRow(tr("Primary key"), m_primaryKey);
    right->addLayout(pkForm);
    m_columns = new QTableWidget(0, 3, tables);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("MySQL type"), tr("Tablestore type")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    right->addWidget(m_columns, 1);
    tl->addLayout(right, 2);
    layout->addWidget(tables, 1);

    connect(m_tableList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeTable();
        showTable(row);
    });
    connect(m_primaryKey, &QLineEdit::editingFinished, this, [this] { storeTable(); });
}

QStringList TablestoreForm::defaultKey(const TableInfo &t) const
{
    const IndexInfo *pk = t.primaryKey();
    return pk ? pk->columns : QStringList();
}

void TablestoreForm::setSourceTables(const QList<TableInfo> &tables)
{
    storeTable();
    m_tables = tables;
    m_current = -1;
    QSignalBlocker block(m_tableList);
    m_tableList->clear();
    for (const TableInfo &t : tables)
        m_tableList->addItem(tableId(t));
    m_tableList->setCurrentRow(tables.isEmpty() ? -1 : 0);
    showTable(tables.isEmpty() ? -1 : 0);
}

void TablestoreForm::showTable(int row)
{
    m_loading = true;
    m_current = row;
    m_columns->setRowCount(0);
    m_primaryKey->clear();
    if (row >= 0 && row < m_tables.size()) {
        const TableInfo &t = m_tables[row];
        const TableEdit e = m_edits.value(tableId(t));
        m_primaryKey->setText(e.primaryKey.join(QStringLiteral(", ")));
        m_primaryKey->setPlaceholderText(tr("empty: the source primary key (%1)").arg(defaultKey(t).join(QStringLiteral(", "))));
        for (const ColumnInfo &c : t.columns) {
            if (c.generated)
                continue;
            const int r = m_columns->rowCount();
            m_columns->insertRow(r);
            m_columns->setItem(r, 0, new QTableWidgetItem(c.name));
            m_columns->setItem(r, 1, new QTableWidgetItem(c.columnType));
            auto *type = new QComboBox(m_columns);
            type->addItems(kTypes);
            type->setCurrentText(e.types.value(c.name, typeName(ots::defaultType(c, {}))));
            connect(type, &QComboBox::currentTextChanged, this, [this] { storeTable(); });
            m_columns->setCellWidget(r, 2, type);
        }
    }
    m_loading = false;
}

void TablestoreForm::storeTable()
{
    if (m_loading || m_current < 0 || m_current >= m_tables.size())
        return;
    const TableInfo &t = m_tables[m_current];
    TableEdit e;
    for (const QString &k : m_primaryKey->text().split(',', Qt::SkipEmptyParts))
        if (!k.trimmed().isEmpty())
            e.primaryKey << k.trimmed();
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        const QString name = m_columns->item(r, 0)->text();
        const QString chosen = static_cast<QComboBox *>(m_columns->cellWidget(r, 2))->currentText();
        if (const ColumnInfo *c = t.column(name); c && chosen != typeName(ots::defaultType(*c, {})))
            e.types.insert(name, chosen);
    }
    if (e.primaryKey.isEmpty() && e.types.isEmpty())
        m_edits.remove(tableId(t));
    else
        m_edits.insert(tableId(t), e);
}

QJsonObject TablestoreForm::toJson() const
{
    const_cast<TablestoreForm *>(this)->storeTable();  // the row being edited counts
    QJsonObject d{{"engine", "tablestore"}, {"instance", m_instance->text().trimmed()},
                  {"accessKeyId", m_accessKeyId->text().trimmed()}, {"accessKeySecret", m_secret->text()},
                  {"writeMode", m_writeMode->currentData().toString()}, {"batchMode", m_batchMode->currentData().toString()}};
    if (!m_region->text().trimmed().isEmpty())
        d["region"] = m_region->text().trimmed();
    if (!m_endpoint->text().trimmed().isEmpty())
        d["endpoint"] = m_endpoint->text().trimmed();
    if (!m_stsToken->text().isEmpty())
        d["stsToken"] = m_stsToken->text();
    if (m_more->isChecked()) {
        d["queueSize"] = m_queueSize->value();
        d["threads"] = m_threads->value();
        d["concurrency"] = m_concurrency->value();
        d["buckets"] = m_buckets->value();
        d["dirtyData"] = m_dirtyData->currentData().toString();
    }
    QJsonObject tables;
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
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
    if (!tables.isEmpty())
        d["tables"] = tables;
    return d;
}

void TablestoreForm::fromJson(const QJsonObject &d)
{
    m_region->setText(d.value("region").toString());
    m_instance->setText(d.value("instance").toString());
    m_endpoint->setText(d.value("endpoint").toString());
    m_accessKeyId->setText(d.value("accessKeyId").toString());
    m_secret->setText(d.value("accessKeySecret").toString());
    m_stsToken->setText(d.value("stsToken").toString());
    m_writeMode->setCurrentIndex(qMax(0, m_writeMode->findData(d.value("writeMode").toString("overwrite"))));
    m_batchMode->setCurrentIndex(qMax(0, m_batchMode->findData(d.value("batchMode").toString("batch-write-row"))));
    const bool more = d.contains("queueSize") || d.contains("threads") || d.contains("concurrency") || d.contains("buckets") || d.contains("dirtyData");
    m_more->setChecked(more);
    m_queueSize->setValue(d.value("queueSize").toInt(1024));
    m_threads->setValue(d.value("threads").toInt(4));
    m_concurrency->setValue(d.value("concurrency").toInt(8));
    m_buckets->setValue(d.value("buckets").toInt(8));
    m_dirtyData->setCurrentIndex(qMax(0, m_dirtyData->findData(d.value("dirtyData").toString("block"))));
    m_edits.clear();
    const QJsonObject tables = d.value("tables").toObject();
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
    showTable(m_tableList->currentRow());
}

QString TablestoreForm::problem() const
{
    const QJsonObject d = toJson();
    if (m_instance->text().trimmed().isEmpty())
        return tr("Enter the Tablestore instance name.");
    if (m_region->text().trimmed().isEmpty() && m_endpoint->text().trimmed().isEmpty())
        return tr("Enter the region (or an endpoint).");
    if (m_accessKeyId->text().trimmed().isEmpty() || m_secret->text().isEmpty())
        return tr("Enter the AccessKey ID and secret.");
    const QStringList problems = ots::validateOptions(d);
    if (!problems.isEmpty())
        return problems.first();
    // Each table's key and types as the task will map them.
    for (const TableInfo &t : m_tables) {
        const TableEdit e = m_edits.value(tableId(t));
        try {
            ots::mapTable(t, t.name, e.primaryKey, e.types, {});
        } catch (const Error &err) {
            return QStringLiteral("%1: %2%3").arg(err.object(), err.message(),
                                                   err.fix().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(err.fix()));
        }
    }
    return {};
}

}  // namespace dts::ui
