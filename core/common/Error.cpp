#include "common/Error.h"

namespace dts {

Error::Error(ErrorKind kind, QString object, QString message, QString fix, int code)
    : std::runtime_error((object.isEmpty() ? message : object + QStringLiteral(": ") + message).toStdString()),
      m_kind(kind), m_object(std::move(object)), m_message(std::move(message)), m_fix(std::move(fix)), m_code(code)
{
}

QString Error::describe() const
{
    QString s = m_object.isEmpty() ? m_message : m_object + QStringLiteral(": ") + m_message;
    if (!m_fix.isEmpty())
        s += QStringLiteral("\n  fix: ") + m_fix;
    return s;
}

}  // namespace dts
