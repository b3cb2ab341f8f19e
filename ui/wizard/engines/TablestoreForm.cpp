#include "wizard/engines/TablestoreForm.h"

#include "sinks/tablestore/TablestoreOptions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dts::ui {

namespace {

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

    layout->addStretch(1);
}

QJsonObject TablestoreForm::toJson() const
{
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
}

QString TablestoreForm::problem() const
{
    if (m_instance->text().trimmed().isEmpty())
        return tr("Enter the Tablestore instance name.");
    if (m_region->text().trimmed().isEmpty() && m_endpoint->text().trimmed().isEmpty())
        return tr("Enter the region (or an endpoint).");
    if (m_accessKeyId->text().trimmed().isEmpty() || m_secret->text().isEmpty())
        return tr("Enter the AccessKey ID and secret.");
    const QStringList problems = ots::validateOptions(toJson());
    if (!problems.isEmpty())
        return problems.first();
    return {};
}

}  // namespace dts::ui
