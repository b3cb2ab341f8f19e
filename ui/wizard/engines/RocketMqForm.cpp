#include "wizard/engines/RocketMqForm.h"

#include "sinks/rocketmq/RocketMqDestination.h"

#include "wizard/engines/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace dts::ui {

namespace {

QComboBox *combo(QWidget *parent, const char *name, const QStringList &items)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    c->addItems(items);
    return c;
}

// "key: a, b" / "key = value" lines ⇄ JSON objects.
QStringList lines(const QPlainTextEdit *e)
{
    QStringList out;
    for (const QString &l : e->toPlainText().split('\n'))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

}  // namespace

RocketMqForm::RocketMqForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_version = combo(this, "version", {QStringLiteral("4"), QStringLiteral("5")});
    form->addRow(tr("RocketMQ version"), m_version);
    m_nameServer = namedLine(this, "nameServer", tr("host:9876, or the instance's TCP endpoint http://MQ_INST_…"));
    form->addRow(tr("Name server"), m_nameServer);
    m_instanceId = namedLine(this, "instanceId", tr("MQ_INST_… (optional; taken from the endpoint)"));
    form->addRow(tr("Instance ID"), m_instanceId);
    m_user = namedLine(this, "user");
    m_userLabel = new QLabel(this);
    form->addRow(m_userLabel, m_user);
    m_secret = namedLine(this, "secret");
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(this);
    form->addRow(m_secretLabel, m_secret);
    m_secretEnv = namedLine(this, "secretEnv", tr("or the name of an environment variable that holds it"));
    form->addRow(tr("Secret from variable"), m_secretEnv);
    m_topic = namedLine(this, "topic");
    form->addRow(tr("Topic"), m_topic);
    m_ddlTopic = namedLine(this, "ddlTopic", tr("optional: DDL records go there"));
    form->addRow(tr("DDL topic"), m_ddlTopic);
    m_group = namedLine(this, "producerGroup");
    m_group->setText(QStringLiteral("dts-producer-group"));
    form->addRow(tr("Producer group"), m_group);
    m_format = combo(this, "format", {QStringLiteral("canal-json"), QStringLiteral("dts-avro"), QStringLiteral("shareplex-json")});
    form->addRow(tr("Format"), m_format);
    m_syncAll = new QCheckBox(tr("Synchronize all fields (full before-image in updates)"), this);
    m_syncAll->setObjectName(QStringLiteral("syncAllFields"));
    form->addRow(QString(), m_syncAll);
    m_ordering = combo(this, "ordering", {QStringLiteral("single-queue"), QStringLiteral("table-hash"), QStringLiteral("column-hash")});
    m_ordering->setCurrentIndex(1);
    form->addRow(tr("Ordering"), m_ordering);
    m_partitionKeys = new QPlainTextEdit(this);
    m_partitionKeys->setTabChangesFocus(true);
    m_partitionKeys->setObjectName(QStringLiteral("partitionKeys"));
    m_partitionKeys->setPlaceholderText(tr("column-hash: one table a line, \"db.table: col1, col2\" (default: the primary key)"));
    form->addRow(tr("Partition keys"), m_partitionKeys);
    m_tps = new QSpinBox(this);
    m_tps->setObjectName(QStringLiteral("tpsLimit"));
    m_tps->setRange(0, 10000000);
    m_tps->setSpecialValueText(tr("unlimited"));
    form->addRow(tr("Records per second"), m_tps);
    m_filterLarge = new QCheckBox(tr("Drop records over 4 MB and log them (off: the task stops)"), this);
    m_filterLarge->setObjectName(QStringLiteral("filterLargeRecords"));
    m_filterLarge->setChecked(true);
    form->addRow(QString(), m_filterLarge);
    m_topicMapping = new QPlainTextEdit(this);
    m_topicMapping->setTabChangesFocus(true);
    m_topicMapping->setObjectName(QStringLiteral("topicMapping"));
    m_topicMapping->setPlaceholderText(tr("one a line: \"db = topic\" or \"db.table = topic\" (the table wins)"));
    form->addRow(tr("Topic mapping"), m_topicMapping);
    connect(m_version, &QComboBox::currentIndexChanged, this, &RocketMqForm::versionChanged);
    versionChanged();
}

void RocketMqForm::versionChanged()
{
    const bool v4 = m_version->currentText() == QLatin1String("4");
    m_userLabel->setText(v4 ? tr("AccessKey ID") : tr("Instance user"));
    m_secretLabel->setText(v4 ? tr("AccessKey secret") : tr("Instance password"));
}

QJsonObject RocketMqForm::toJson() const
{
    const bool v4 = m_version->currentText() == QLatin1String("4");
    QJsonObject o{{"engine", "rocketmq"}, {"version", m_version->currentText()}, {"nameServer", m_nameServer->text().trimmed()},
                  {"topic", m_topic->text().trimmed()}, {"producerGroup", m_group->text().trimmed()},
                  {"format", m_format->currentText()}, {"syncAllFields", m_syncAll->isChecked()},
                  {"ordering", m_ordering->currentText()}, {"tpsLimit", m_tps->value()},
                  {"filterLargeRecords", m_filterLarge->isChecked()}};
    auto put = [&](const char *key, const QLineEdit *e) {
        if (!e->text().trimmed().isEmpty())
            o.insert(QLatin1String(key), e->text().trimmed());
    };
    put("instanceId", m_instanceId);
    put("ddlTopic", m_ddlTopic);
    put(v4 ? "accessKeyId" : "user", m_user);
    if (!m_secretEnv->text().trimmed().isEmpty())
        o.insert(v4 ? QStringLiteral("accessKeySecretEnv") : QStringLiteral("passwordEnv"), m_secretEnv->text().trimmed());
    else if (!m_secret->text().isEmpty())
        o.insert(v4 ? QStringLiteral("accessKeySecret") : QStringLiteral("password"), m_secret->text());
    QJsonObject keys, mapping;
    for (const QString &l : lines(m_partitionKeys)) {
        QJsonArray cols;
        for (const QString &c : l.section(':', 1).split(',', Qt::SkipEmptyParts))
            cols << c.trimmed();
        keys.insert(l.section(':', 0, 0).trimmed(), cols);
    }
    for (const QString &l : lines(m_topicMapping))
        mapping.insert(l.section('=', 0, 0).trimmed(), l.section('=', 1).trimmed());
    if (!keys.isEmpty())
        o.insert(QStringLiteral("partitionKeys"), keys);
    if (!mapping.isEmpty())
        o.insert(QStringLiteral("topicMapping"), mapping);
    return o;
}

void RocketMqForm::fromJson(const QJsonObject &d)
{
    m_version->setCurrentText(d.value(QLatin1String("version")).toString(QStringLiteral("4")));
    const bool v4 = m_version->currentText() == QLatin1String("4");
    m_nameServer->setText(d.value(QLatin1String("nameServer")).toString());
    m_instanceId->setText(d.value(QLatin1String("instanceId")).toString());
    m_user->setText(d.value(v4 ? QLatin1String("accessKeyId") : QLatin1String("user")).toString());
    m_secret->setText(d.value(v4 ? QLatin1String("accessKeySecret") : QLatin1String("password")).toString());
    m_secretEnv->setText(d.value(v4 ? QLatin1String("accessKeySecretEnv") : QLatin1String("passwordEnv")).toString());
    m_topic->setText(d.value(QLatin1String("topic")).toString());
    m_ddlTopic->setText(d.value(QLatin1String("ddlTopic")).toString());
    m_group->setText(d.value(QLatin1String("producerGroup")).toString(QStringLiteral("dts-producer-group")));
    m_format->setCurrentText(d.value(QLatin1String("format")).toString(QStringLiteral("canal-json")));
    m_syncAll->setChecked(d.value(QLatin1String("syncAllFields")).toBool(false));
    m_ordering->setCurrentText(d.value(QLatin1String("ordering")).toString(QStringLiteral("table-hash")));
    m_tps->setValue(d.value(QLatin1String("tpsLimit")).toInt(0));
    m_filterLarge->setChecked(d.value(QLatin1String("filterLargeRecords")).toBool(true));
    QStringList keys, mapping;
    const QJsonObject k = d.value(QLatin1String("partitionKeys")).toObject(), m = d.value(QLatin1String("topicMapping")).toObject();
    for (auto it = k.begin(); it != k.end(); ++it) {
        QStringList cols;
        for (const QJsonValue &c : it.value().toArray())
            cols << c.toString();
        keys << it.key() + QStringLiteral(": ") + cols.join(QStringLiteral(", "));
    }
    for (auto it = m.begin(); it != m.end(); ++it)
        mapping << it.key() + QStringLiteral(" = ") + it.value().toString();
    m_partitionKeys->setPlainText(keys.join('\n'));
    m_topicMapping->setPlainText(mapping.join('\n'));
}

QString RocketMqForm::problem() const
{
    QStringList problems;
    rocketmq::parseRocketMq(toJson(), problems);
    return problems.value(0);
}

}  // namespace dts::ui
