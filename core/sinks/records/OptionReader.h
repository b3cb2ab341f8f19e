#pragma once
// Reads an engine's "destination" object of the task file, collecting every problem with its JSON path
// ($.destination.topic: …) instead of stopping at the first. Secrets may come from an environment
// variable named by "<key>Env" (never both).
#include <QJsonObject>
#include <QStringList>

namespace dts {

class OptionReader {
public:
    OptionReader(const QJsonObject &object, QString path, QStringList &problems);

    void problem(const QString &key, const QString &what);
    // Reports keys that are not in `known` (a misspelt key silently ignored is a lost setting).
    void checkKeys(const QStringList &known);
    QString string(const QString &key, bool required, const QString &fallback = {});
    QString oneOf(const QString &key, const QStringList &allowed, const QString &fallback);
    bool boolean(const QString &key, bool fallback);
    double number(const QString &key, double fallback, double min, double max);
    // "key" or the variable named by "keyEnv"; `required`: one of the two must be there.
    QString secret(const QString &key, bool required, const QString &fix);
    QJsonObject object(const QString &key);
    OptionReader child(const QString &key, const QJsonObject &object) const;
    const QJsonObject &json() const { return m_o; }
    QString path(const QString &key) const { return m_path + '.' + key; }

private:
    QJsonObject m_o;
    QString m_path;
    QStringList &m_problems;
};

}  // namespace dts
