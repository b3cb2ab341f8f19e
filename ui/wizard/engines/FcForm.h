#pragma once
// The destination fields of engine "function-compute". problem() validates with the task file's reader.
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dts::ui {

class FcForm : public QWidget {
    Q_OBJECT
public:
    explicit FcForm(QWidget *parent = nullptr);
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &destination);
    QString problem() const;  // empty when valid, else what to fix (the first problem)

private:
    QLineEdit *m_accountId, *m_endpoint, *m_accessKeyId, *m_secret, *m_secretEnv, *m_service, *m_function, *m_qualifier;
    QComboBox *m_region;
    QCheckBox *m_syncAll;
    QSpinBox *m_maxRecords, *m_maxKb, *m_maxMillis;
};

}  // namespace dts::ui
