#include "sinks/records/OptionReader.h"

namespace dts {

OptionReader::OptionReader(const QJsonObject &object, QString path, QStringList &problems)
    : m_o(object), m_path(std::move(path)), m_problems(problems)
{
}

void OptionReader::problem(const QString &key, const QString &what)
{
    m_problems << (key.isEmpty() ? m_path : path(key)) + QStringLiteral(": ") + what;
}

void OptionReader::checkKeys(const QStringList &known)
{
    for (auto it = m_o.begin(); it != m_o.end(); ++it)
        if (!known.contains(it.key()))
            problem(it.key(), QStringLiteral("unknown key (expected one of: %1)").arg(known.join(QStringLiteral(", "))));
}

QString OptionReader::string(const QString &key, bool required, const QString &fallback)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(key, QStringLiteral("missing (a string is required)"));
        return fallback;
    }
    if (!v.isString()) {
        problem(key, QStringLiteral("must be a string"));
        return fallback;
    }
    if (required && v.toString().trimmed().isEmpty())
        problem(key, QStringLiteral("must not be empty"));
    return v.toString();
}

QString OptionReader::oneOf(const QString &key, const QStringList &allowed, const QString &fallback)
{
    const QString s = string(key, false, fallback);
    if (!allowed.contains(s)) {
        problem(key, QStringLiteral("\"%1\" is not one of: %2").arg(s, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return s;
}

bool OptionReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        problem(key, QStringLiteral("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

double OptionReader::number(const QString &key, double fallback, double min, double max)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble()) {
        problem(key, QStringLiteral("must be a number"));
        return fallback;
    }
    if (v.toDouble() < min || v.toDouble() > max) {
        problem(key, QStringLiteral("%1 is out of range (%2 to %3)").arg(v.toDouble()).arg(min).arg(max));
        return fallback;
    }
    return v.toDouble();
}

QString OptionReader::secret(const QString &key, bool required, const QString &fix)
{
    const QString envKey = key + QStringLiteral("Env");
    if (m_o.contains(key) && m_o.contains(envKey)) {
        problem(key, QStringLiteral("give either \"%1\" or \"%2\", not both").arg(key, envKey));
        return {};
    }
    if (m_o.contains(envKey)) {
        const QString var = string(envKey, true);
        if (var.isEmpty())
            return {};
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            problem(envKey, QStringLiteral("environment variable %1 is not set (export it before the run)").arg(var));
            return {};
        }
        return qEnvironmentVariable(var.toLocal8Bit().constData());
    }
    if (!m_o.contains(key) && required) {
        problem(key, QStringLiteral("missing: %1 (or name an environment variable in \"%2\")").arg(fix, envKey));
        return {};
    }
    return string(key, false);
}

QJsonObject OptionReader::object(const QString &key)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        problem(key, QStringLiteral("must be an object"));
        return {};
    }
    return v.toObject();
}

OptionReader OptionReader::child(const QString &key, const QJsonObject &object) const
{
    return OptionReader(object, path(key), m_problems);
}

}  // namespace dts
