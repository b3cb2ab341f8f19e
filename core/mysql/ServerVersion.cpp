#include "mysql/ServerVersion.h"

#include <QRegularExpression>

namespace dts {

ServerVersion ServerVersion::parse(const QString &version)
{
    ServerVersion v;
    v.text = version;
    v.mariaDb = version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
    QString s = version;
    // Replication handshakes and some proxies prefix MariaDB versions with "5.5.5-".
    if (v.mariaDb && s.startsWith(QLatin1String("5.5.5-")))
        s = s.mid(6);
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const auto m = re.match(s);
    if (m.hasMatch()) {
        v.major = m.captured(1).toInt();
        v.minor = m.captured(2).toInt();
        v.patch = m.captured(3).toInt();
    }
    return v;
}

QString ServerVersion::shortText() const
{
    return QStringLiteral("%1 %2.%3.%4").arg(flavor()).arg(major).arg(minor).arg(patch);
}

}  // namespace dts
