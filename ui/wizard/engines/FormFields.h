#pragma once
// Small builders shared by the engine forms: named widgets (tests find them by objectName).
#include <QLineEdit>

namespace dts::ui {

inline QLineEdit *namedLine(QWidget *parent, const char *name, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}

}  // namespace dts::ui
