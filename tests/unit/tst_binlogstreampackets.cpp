// The replication commands BinlogStream sends, byte for byte against the documented layouts
// (COM_BINLOG_DUMP, COM_BINLOG_DUMP_GTID, COM_REGISTER_SLAVE of the MySQL client/server protocol) and the
// GTID set encoding of MySQL's Gtid_set::encode, untagged and tagged (8.3+). COM_BINLOG_DUMP_GTID cannot
// run here (only MariaDB is installed): these bytes are what a MySQL source would parse.
#include "binlog/BinlogStream.h"
#include "binlog/Gtid.h"
#include "common/Error.h"

#include <QtEndian>
#include <QtTest>

using namespace dts;
using namespace dts::binlog;

namespace {

QByteArray hex(const char *h) { return QByteArray::fromHex(QByteArray(h).replace(' ', "")); }

const char kUuid[] = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
const char kSidHex[] = "3e11fa4771ca11e19e33c80aa9429562";

}  // namespace

class TstBinlogStreamPackets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void binlogDump()
    {
        // command(1) position(4) flags(2) server_id(4) file name (to the end of the packet)
        QCOMPARE(comBinlogDump(1234, 0x0001, 0x01020304, "binlog.000042"),
                 hex("12 d2040000 0100 04030201") + QByteArray("binlog.000042"));
        QCOMPARE(comBinlogDump(4, 0, 7, {}), hex("12 04000000 0000 07000000"));
    }

    void binlogDumpGtid()
    {
        // command(1) flags(2) server_id(4) name_size(4) name position(8) data_size(4) data
        const QByteArray data = hex("0102");
        QCOMPARE(comBinlogDumpGtid(0, 0x44540001, {}, 4, data),
                 hex("1e 0000 01005444 00000000 0400000000000000 02000000 0102"));
        QCOMPARE(comBinlogDumpGtid(1, 9, "f.000001", 0x100000004ULL, {}),
                 hex("1e 0100 09000000 08000000") + QByteArray("f.000001") + hex("0400000001000000 00000000"));
    }

    void registerSlave()
    {
        // command(1) server_id(4) host(1+n) user(1+n) password(1+n) port(2) rank(4) master_id(4)
        QCOMPARE(comRegisterSlave(7, "host", 3306),
                 hex("15 07000000 04") + QByteArray("host") + hex("00 00 ea0c 00000000 00000000"));
        QCOMPARE(comRegisterSlave(7, QByteArray(100, 'h'), 0).size(), 1 + 4 + 1 + 60 + 1 + 1 + 2 + 4 + 4);
    }

    void gtidSetEncoding()
    {
        // n_sids(8) { sid(16) n_intervals(8) { start(8) end(8, exclusive) }* }*
        const MySqlGtidSet set = MySqlGtidSet::parse(QString::fromLatin1(kUuid) + ":1-5:7");
        QVERIFY(!set.hasTags());
        QCOMPARE(set.encode(), hex("0100000000000000") + hex(kSidHex) + hex("0200000000000000") +
                                   hex("0100000000000000 0600000000000000") + hex("0700000000000000 0800000000000000"));
        QCOMPARE(decodePreviousGtids(set.encode()), set);
        QCOMPARE(MySqlGtidSet().encode(), hex("0000000000000000"));

        const MySqlGtidSet two = MySqlGtidSet::parse(QString::fromLatin1(kUuid) + ":3,00000000-0000-0000-0000-000000000001:1");
        QCOMPARE(two.encode().left(8), hex("0200000000000000"));
        QCOMPARE(two.encode().mid(8, 16), hex("00000000000000000000000000000001"));  // sids in order
        QCOMPARE(decodePreviousGtids(two.encode()), two);
    }

    void taggedGtids()
    {
        const QString u = QString::fromLatin1(kUuid);
        const MySqlGtidSet set = MySqlGtidSet::parse(u + ":1-2:Ab_c:5");
        QVERIFY(set.hasTags());
        QCOMPARE(set.toString(), u + ":1-2:ab_c:5");  // tags folded to lower case, untagged first
        QVERIFY(set.contains(QByteArray::fromHex(kSidHex), 5, "ab_c") && !set.contains(QByteArray::fromHex(kSidHex), 5));
        QCOMPARE(MySqlGtidSet::parse(set.toString()), set);
        // Tagged format: (1 << 56) | (n << 8) | 1, then each entry with a tag field (length << 1, bytes).
        QCOMPARE(set.encode(), hex("0102000000000001") + hex(kSidHex) + hex("00") + hex("0100000000000000") +
                                   hex("0100000000000000 0300000000000000") + hex(kSidHex) + hex("08") +
                                   QByteArray("ab_c") + hex("0100000000000000") +
                                   hex("0500000000000000 0600000000000000"));
        QCOMPARE(decodePreviousGtids(set.encode()), set);

        QCOMPARE(MySqlGtidSet::parse(u + ":t1:1:t2:2-3").toString(), u + ":t1:1:t2:2-3");
    }

    void framerRecognisesTheFakeRotateChecksum()
    {
        // The fake ROTATE a source sends before a file's FORMAT_DESCRIPTION: timestamp 0, ARTIFICIAL,
        // log_pos 0, body position(8) + file name, with or without a CRC32 depending on the sender.
        const QByteArray body = hex("0400000000000000") + QByteArray("binlog.000007");
        auto rotate = [&](bool crc) {
            QByteArray header(kHeaderSize, '\0');
            header[4] = char(RotateEvent);
            qToLittleEndian<quint32>(1, header.data() + 5);
            qToLittleEndian<quint32>(quint32(kHeaderSize + body.size() + (crc ? 4 : 0)), header.data() + 9);
            qToLittleEndian<quint16>(kFlagArtificial, header.data() + 17);
            QByteArray rest = body;
            if (crc) {
                char sum[4];
                qToLittleEndian<quint32>(binlogCrc32(header.constData(), header.size(), body.constData(), body.size()), sum);
                rest.append(sum, 4);
            }
            return QPair<QByteArray, QByteArray>(header, rest);
        };
        for (const bool crc : {true, false}) {
            for (const bool announced : {true, false}) {
                EventFramer f;
                f.setChecksumsBeforeFormat(announced);
                const auto [header, rest] = rotate(crc);
                const Event e = f.frame(header.constData(), rest, 4, QStringLiteral("test"), EventFramer::Checksum::Detect);
                QCOMPARE(e.body, body);
            }
        }
        // As announced, a wrong announcement is a CRC error.
        EventFramer strict;
        strict.setChecksumsBeforeFormat(true);
        const auto [header, rest] = rotate(false);
        QVERIFY_THROWS_EXCEPTION(Error, strict.frame(header.constData(), rest, 4, QStringLiteral("test")));
    }

    void badTaggedText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("says");
        const QString u = QString::fromLatin1(kUuid);
        QTest::newRow("tag without interval") << u + ":tag" << "has no interval";
        QTest::newRow("two tags") << u + ":a:b:1" << "has no interval";
        QTest::newRow("bad tag") << u + ":ta-g:1" << "GTID tag";
        QTest::newRow("long tag") << u + ":" + QString(33, 'a') + ":1" << "GTID tag";
    }
    void badTaggedText()
    {
        QFETCH(QString, in);
        QFETCH(QString, says);
        try {
            MySqlGtidSet::parse(in);
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
            QVERIFY2(e.message().contains(says), qPrintable(e.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TstBinlogStreamPackets)
#include "tst_binlogstreampackets.moc"
