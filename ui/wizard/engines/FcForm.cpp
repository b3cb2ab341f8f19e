#include "wizard/engines/FcForm.h"

#include "sinks/fc/FcDestination.h"

#include "wizard/engines/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace dts::ui {

namespace {

QSpinBox *spin(QWidget *parent, const char *name, int min, int max, int value, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}

}  // namespace

FcForm::FcForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_accountId = namedLine(this, "accountId", tr("the Alibaba Cloud account ID that owns the function"));
    form->addRow(tr("Account ID"), m_accountId);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_region->addItems({"cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "cn-hongkong", "ap-southeast-1", "us-west-1", "eu-central-1"});
    form->addRow(tr("Region"), m_region);
    m_endpoint = namedLine(this, "endpoint", tr("optional: another endpoint than https://{account}.{region}.fc.aliyuncs.com"));
    form->addRow(tr("Endpoint"), m_endpoint);
    m_accessKeyId = namedLine(this, "accessKeyId");
    form->addRow(tr("AccessKey ID"), m_accessKeyId);
    m_secret = namedLine(this, "secret");
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("AccessKey secret"), m_secret);
    m_secretEnv = namedLine(this, "secretEnv", tr("or the name of an environment variable that holds it"));
    form->addRow(tr("Secret from variable"), m_secretEnv);
    m_service = namedLine(this, "service");
    form->addRow(tr("Service"), m_service);
    m_function = namedLine(this, "function");
    form->addRow(tr("Function"), m_function);
    m_qualifier = namedLine(this, "qualifier", tr("LATEST, a version number or an alias"));
    m_qualifier->setText(QStringLiteral("LATEST"));
    form->addRow(tr("Qualifier"), m_qualifier);
    m_syncAll = new QCheckBox(tr("Synchronize all fields (full before-image in updates)"), this);
    m_syncAll->setObjectName(QStringLiteral("syncAllFields"));
    form->addRow(QString(), m_syncAll);
    m_maxRecords = spin(this, "maxRecords", 1, 100000, 100, tr(" records"));
    form->addRow(tr("Batch at most"), m_maxRecords);
    m_maxKb = spin(this, "maxKb", 1, 16384, 1024, tr(" KB"));
    form->addRow(tr("Batch at most"), m_maxKb);
    m_maxMillis = spin(this, "maxMillis", 0, 600000, 500, tr(" ms"));
    form->addRow(tr("Batch waits at most"), m_maxMillis);
}

QJsonObject FcForm::toJson() const
{
    QJsonObject o{{"engine", "function-compute"}, {"accountId", m_accountId->text().trimmed()},
                  {"region", m_region->currentText().trimmed()}, {"accessKeyId", m_accessKeyId->text().trimmed()},
                  {"service", m_service->text().trimmed()}, {"function", m_function->text().trimmed()},
                  {"qualifier", m_qualifier->text().trimmed().isEmpty() ? QStringLiteral("LATEST") : m_qualifier->text().trimmed()},
                  {"format", "canal-json"}, {"syncAllFields", m_syncAll->isChecked()},
                  {"batch", QJsonObject{{"maxRecords", m_maxRecords->value()}, {"maxBytes", m_maxKb->value() * 1024},
                                        {"maxMillis", m_maxMillis->value()}}}};
    if (!m_endpoint->text().trimmed().isEmpty())
        o.insert(QStringLiteral("endpoint"), m_endpoint->text().trimmed());
    if (!m_secretEnv->text().trimmed().isEmpty())
        o.insert(QStringLiteral("accessKeySecretEnv"), m_secretEnv->text().trimmed());
    else if (!m_secret->text().isEmpty())
        o.insert(QStringLiteral("accessKeySecret"), m_secret->text());
    return o;
}

void FcForm::fromJson(const QJsonObject &d)
{
    m_accountId->setText(d.value(QLatin1String("accountId")).toString());
    m_region->setCurrentText(d.value(QLatin1String("region")).toString(QStringLiteral("cn-hangzhou")));
    m_endpoint->setText(d.value(QLatin1String("endpoint")).toString());
    m_accessKeyId->setText(d.value(QLatin1String("accessKeyId")).toString());
    m_secret->setText(d.value(QLatin1String("accessKeySecret")).toString());
    m_secretEnv->setText(d.value(QLatin1String("accessKeySecretEnv")).toString());
    m_service->setText(d.value(QLatin1String("service")).toString());
    m_function->setText(d.value(QLatin1String("function")).toString());
    m_qualifier->setText(d.value(QLatin1String("qualifier")).toString(QStringLiteral("LATEST")));
    m_syncAll->setChecked(d.value(QLatin1String("syncAllFields")).toBool(false));
    const QJsonObject b = d.value(QLatin1String("batch")).toObject();
    m_maxRecords->setValue(b.value(QLatin1String("maxRecords")).toInt(100));
    m_maxKb->setValue(b.value(QLatin1String("maxBytes")).toInt(1024 * 1024) / 1024);
    m_maxMillis->setValue(b.value(QLatin1String("maxMillis")).toInt(500));
}

QString FcForm::problem() const
{
    QStringList problems;
    fc::parseFc(toJson(), problems);
    return problems.value(0);
}

}  // namespace dts::ui
