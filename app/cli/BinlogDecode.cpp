// `dts binlog decode`: every event of binlog files, offline, as text or canal-json.
#include "Cli.h"

#include "binlog/BinlogFile.h"
#include "binlog/EventDecoder.h"
#include "binlog/EventPrinter.h"
#include "common/Error.h"

#include <QFileInfo>
#include <cstdio>

namespace dts::cli {

int binlogDecode(const QStringList &args)
{
    using namespace dts::binlog;
    EventPrinter::Format format = EventPrinter::Text;
    quint64 start = 0, stop = 0;
    QStringList files;
    auto number = [&](int &i, quint64 &into) {
        bool ok = false;
        into = i + 1 < args.size() ? args[++i].toULongLong(&ok) : 0;
        return ok;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--format")) {
            const QString v = i + 1 < args.size() ? args[++i] : QString();
            if (v == QLatin1String("text"))
                format = EventPrinter::Text;
            else if (v == QLatin1String("canal-json"))
                format = EventPrinter::CanalJson;
            else
                return usageError(QStringLiteral("--format takes text or canal-json"));
        } else if (a == QLatin1String("--start-position")) {
            if (!number(i, start))
                return usageError(QStringLiteral("--start-position needs a byte offset"));
        } else if (a == QLatin1String("--stop-position")) {
            if (!number(i, stop))
                return usageError(QStringLiteral("--stop-position needs a byte offset"));
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(QStringLiteral("unknown option %1").arg(a));
        } else {
            files << a;
        }
    }
    if (files.isEmpty())
        return usageError(QStringLiteral("which binlog files? dts binlog decode FILE..."));

    EventPrinter printer(format);
    QByteArray out;
    out.reserve(1 << 20);
    auto flush = [&] {
        fwrite(out.constData(), 1, size_t(out.size()), stdout);
        out.resize(0);  // keeps the capacity (clear() would free it)
    };
    int failures = 0;
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        try {
            BinlogFileReader reader(path);
            EventDecoder decoder(path);
            QList<DecodedEvent> decoded;
            while (auto event = reader.next()) {
                // Events before the start still set up the decoder (format, table maps).
                decoded.clear();
                decoder.decode(*event, reader.format(), decoded);
                if (stop && event->offset >= stop)
                    break;
                if (event->offset < start && event->header.type != FormatDescriptionEvent)
                    continue;
                for (const DecodedEvent &d : decoded)
                    printer.print(d, name, out);
                if (out.size() > (1 << 20))
                    flush();
            }
        } catch (const Error &e) {
            flush();
            fflush(stdout);
            fprintf(stderr, "dts: %s\n", qPrintable(e.describe()));
            ++failures;
        }
        flush();
    }
    fflush(stdout);
    return failures ? Failed : Done;
}

}  // namespace dts::cli
