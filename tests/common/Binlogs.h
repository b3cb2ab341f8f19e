#pragma once
// The shared test binlogs and mariadb-binlog, the independent oracle the decoder tests compare with.
#include "binlog/BinlogFile.h"
#include "binlog/EventDecoder.h"
#include "binlog/EventPrinter.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <optional>

namespace dts::test {

inline QString binlogDir() { return qEnvironmentVariable("DTS_TESTDATA") + QStringLiteral("/binlogs"); }

inline QString oracleBinary() { return QStandardPaths::findExecutable(QStringLiteral("mariadb-binlog")); }

// mariadb-binlog's standard output for `args`; nullopt when the program (package mariadb-client) is missing.
inline std::optional<QString> runOracle(const QStringList &args)
{
    const QString bin = oracleBinary();
    if (bin.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(bin, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Reads, decodes and prints (text and canal-json) every event of a binlog file as `dts binlog decode`
// does (app/cli/BinlogDecode.cpp), discarding the output; the decoded events counted. Throws dts::Error.
// The fuzz targets and the replay of what they found go through here.
inline int decodeLikeCli(const QString &path)
{
    using namespace dts::binlog;
    const QString name = QFileInfo(path).fileName();
    EventPrinter text(EventPrinter::Text), canal(EventPrinter::CanalJson);
    BinlogFileReader reader(path);
    EventDecoder decoder(path);
    QList<DecodedEvent> decoded;
    QByteArray out;
    int n = 0;
    while (auto event = reader.next()) {
        decoded.clear();
        decoder.decode(*event, reader.format(), decoded);
        for (const DecodedEvent &d : decoded) {
            text.print(d, name, out);
            canal.print(d, name, out);
            ++n;
        }
        out.clear();
    }
    return n;
}

}  // namespace dts::test
