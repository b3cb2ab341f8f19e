// Seeds for the fuzz targets, made at run time (nothing of ../shared is copied into the repository):
//   fuzz_seeds FILE-DIR EVENTS-DIR [--sandbox SQL-FILE] BINLOG...
// For fuzz_binlog_file: each binlog (when small enough) and slices of it, its FORMAT_DESCRIPTION then a
// run of events. For fuzz_binlog_events: the same runs as structured inputs, and each row event with
// its TABLE_MAP alone. --sandbox also runs the SQL on throw-away mariadbd servers (full and minimal row
// images, compressed events) and takes their binlogs.
#include "FuzzCommon.h"
#include "sandbox/LocalServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <cstdio>

using namespace dts;
using namespace dts::binlog;

namespace {

constexpr qsizetype kMaxSeed = 64 * 1024;  // the run script's -max_len
constexpr qsizetype kSlice = 8 * 1024;

int g_written = 0;

void writeSeed(const QString &dir, const QByteArray &bytes)
{
    if (bytes.size() > kMaxSeed)
        return;
    QFile f(dir + '/' + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()));
    if (f.exists())
        return;
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    ++g_written;
}

fuzz::Flavour flavourOf(const FormatDescription &f)
{
    if (f.serverVersion.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive))
        return fuzz::MariaDb105;
    return f.hasChecksumField ? fuzz::MySql80 : fuzz::MySql51;
}

void seedsFrom(const QString &path, const QString &fileDir, const QString &eventsDir)
{
    QFile raw(path);
    if (!raw.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray bytes = raw.readAll();
    writeSeed(fileDir, bytes);

    struct Read {
        Event event;
        QByteArray bytes;  // as stored: header, body, checksum
    };
    QList<Read> events;
    FormatDescription format;
    try {
        BinlogFileReader reader(path);
        while (auto e = reader.next()) {
            events << Read{*e, bytes.mid(qsizetype(e->offset), qsizetype(e->header.eventSize))};
            format = reader.format();
        }
    } catch (const Error &e) {
        fprintf(stderr, "%s (seeds up to there)\n", qPrintable(e.describe()));
    }
    if (events.isEmpty() || events.first().event.header.type != FormatDescriptionEvent)
        return;
    const QByteArray fde = events.first().bytes;
    const char flavour = char(flavourOf(format));

    // Runs of events after the FORMAT_DESCRIPTION, up to kSlice bytes each.
    QHash<quint64, QByteArray> tableMaps;  // table id → TABLE_MAP body
    QByteArray fileSlice, eventsSlice;
    auto flush = [&] {
        if (!fileSlice.isEmpty()) {
            writeSeed(fileDir, QByteArray(kMagic, 4) + fde + fileSlice);
            writeSeed(eventsDir, flavour + eventsSlice);
        }
        fileSlice.clear();
        eventsSlice.clear();
    };
    for (qsizetype i = 1; i < events.size(); ++i) {
        const Event &e = events[i].event;
        if (e.body.size() > 0xffff)
            continue;
        if (fileSlice.size() + events[i].bytes.size() > kSlice)
            flush();
        fileSlice += events[i].bytes;
        eventsSlice += fuzz::structuredEntry(e.header.type, e.body);
        if (e.header.type == TableMapEvent && e.body.size() >= 6) {
            tableMaps.insert(qFromLittleEndian<quint64>(QByteArray(e.body.left(6) + QByteArray(2, '\0')).constData()), e.body);
        } else if (isRowsEvent(e.header.type) && e.body.size() >= 6) {
            const quint64 id = qFromLittleEndian<quint64>(QByteArray(e.body.left(6) + QByteArray(2, '\0')).constData());
            if (tableMaps.contains(id))
                writeSeed(eventsDir, flavour + fuzz::structuredEntry(TableMapEvent, tableMaps[id]) +
                                         fuzz::structuredEntry(e.header.type, e.body));
        }
    }
    flush();
}

void sandboxSeeds(const QString &sqlFile, const QString &fileDir, const QString &eventsDir)
{
    QFile f(sqlFile);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(sqlFile));
    const QString sql = QString::fromUtf8(f.readAll());
    struct Config {
        const char *image, *metadata;
        bool compressed;
    };
    for (const Config &c : {Config{"FULL", "FULL", false}, Config{"MINIMAL", "MINIMAL", true}, Config{"NOBLOB", "FULL", true}}) {
        LocalServer::Options o;
        o.name = QStringLiteral("fuzz-seeds");
        o.binlogRowImage = QLatin1String(c.image);
        o.binlogRowMetadata = QLatin1String(c.metadata);
        if (c.compressed)
            o.extraArgs << QStringLiteral("--log-bin-compress=ON") << QStringLiteral("--log-bin-compress-min-len=10");
        LocalServer server(o);
        server.start();
        server.execSql(sql);
        server.execSql(QStringLiteral("FLUSH BINARY LOGS"));
        const QDir dir(server.directory());
        for (const QString &name : dir.entryList({QStringLiteral("binlog.0*")}, QDir::Files, QDir::Name))
            seedsFrom(dir.filePath(name), fileDir, eventsDir);
        server.stop();
    }
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        fprintf(stderr, "usage: fuzz_seeds FILE-DIR EVENTS-DIR [--sandbox SQL-FILE] BINLOG...\n");
        return 2;
    }
    const QString fileDir = args.takeFirst(), eventsDir = args.takeFirst();
    QDir().mkpath(fileDir);
    QDir().mkpath(eventsDir);
    try {
        for (int i = 0; i < args.size(); ++i) {
            if (args[i] == QLatin1String("--sandbox") && i + 1 < args.size())
                sandboxSeeds(args[++i], fileDir, eventsDir);
            else
                seedsFrom(args[i], fileDir, eventsDir);
        }
    } catch (const Error &e) {
        fprintf(stderr, "fuzz_seeds: %s\n", qPrintable(e.describe()));
        return 1;
    }
    printf("%d new seeds\n", g_written);
    return 0;
}
