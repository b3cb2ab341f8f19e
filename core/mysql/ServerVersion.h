#pragma once
// A server's version as VERSION() reports it ("8.0.36-0ubuntu…", "10.11.6-MariaDB-0+deb12u1",
// "5.5.5-10.4.8-MariaDB" through some proxies), reduced to what compatibility decisions need.
#include <QString>

namespace dts {

struct ServerVersion {
    int major = 0, minor = 0, patch = 0;
    bool mariaDb = false;
    QString text;  // as reported

    static ServerVersion parse(const QString &version);
    bool isValid() const { return major > 0; }
    int number() const { return major * 10000 + minor * 100 + patch; }  // 8.0.35 → 80035
    QString flavor() const { return mariaDb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"); }
    QString shortText() const;  // "MySQL 8.0.35", "MariaDB 10.11.6"
};

}  // namespace dts
