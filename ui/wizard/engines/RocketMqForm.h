#pragma once
// The destination fields of engine "rocketmq" (see README: RocketMQ and Function Compute destinations).
// problem() validates with the same reader as the task file, so the form and `dts` agree.
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dts::ui {

class RocketMqForm : public QWidget {
    Q_OBJECT
public:
    explicit RocketMqForm(QWidget *parent = nullptr);
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &destination);
    QString problem() const;  // empty when valid, else what to fix (the first problem)

private:
    void versionChanged();

    QComboBox *m_version, *m_format, *m_ordering;
    QLineEdit *m_nameServer, *m_instanceId, *m_user, *m_secret, *m_secretEnv, *m_topic, *m_ddlTopic, *m_group;
    QLabel *m_userLabel, *m_secretLabel;
    QCheckBox *m_syncAll, *m_filterLarge;
    QSpinBox *m_tps;
    QPlainTextEdit *m_partitionKeys, *m_topicMapping;
};

}  // namespace dts::ui
