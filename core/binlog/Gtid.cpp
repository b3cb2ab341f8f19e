#include "binlog/Gtid.h"

#include "common/Error.h"

#include <QRegularExpression>
#include <QtEndian>

namespace dts::binlog {

namespace {

void need(const QByteArray &body, qsizetype bytes, const char *what)
{
    if (body.size() < bytes)
        throw Error(ErrorKind::Permanent, QString::fromLatin1(what),
                    QStringLiteral("event body too short (%1 of %2 bytes)").arg(body.size()).arg(bytes));
}

QByteArray sidFromText(const QString &uuid, const QString &whole)
{
    QString hex = uuid;
    hex.remove('-');
    const QByteArray sid = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 32 || sid.size() != 16)
        throw Error(ErrorKind::Invalid, whole, QStringLiteral("\"%1\" is not a server uuid").arg(uuid));
    return sid;
}

}  // namespace

QString uuidText(const QByteArray &sid)
{
    const QString h = QString::fromLatin1(sid.toHex());
    return h.mid(0, 8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20, 12);
}

QString MySqlGtid::toString() const { return uuidText(sid) + ':' + QString::number(gno); }

void MySqlGtidSet::addInterval(const QByteArray &sid, qint64 start, qint64 end)
{
    auto &list = m_sets[sid];
    list.append({start, end});
    std::sort(list.begin(), list.end());
    QList<QPair<qint64, qint64>> merged;
    for (const auto &iv : list) {
        if (!merged.isEmpty() && iv.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, iv.second);
        else
            merged.append(iv);
    }
    list = merged;
}

void MySqlGtidSet::add(const QByteArray &sid, qint64 gno) { addInterval(sid, gno, gno + 1); }

bool MySqlGtidSet::contains(const QByteArray &sid, qint64 gno) const
{
    for (const auto &iv : m_sets.value(sid))
        if (gno >= iv.first && gno < iv.second)
            return true;
    return false;
}

MySqlGtidSet MySqlGtidSet::parse(const QString &text)
{
    MySqlGtidSet set;
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    if (compact.isEmpty())
        return set;
    for (const QString &part : compact.split(',')) {
        const QStringList fields = part.split(':');
        if (fields.size() < 2)
            throw Error(ErrorKind::Invalid, text, QStringLiteral("\"%1\" is not uuid:interval[:interval…]").arg(part));
        const QByteArray sid = sidFromText(fields[0], text);
        for (int i = 1; i < fields.size(); ++i) {
            const QStringList range = fields[i].split('-');
            bool ok1 = false, ok2 = true;
            const qint64 start = range.value(0).toLongLong(&ok1);
            const qint64 last = range.size() == 2 ? range[1].toLongLong(&ok2) : start;
            if (!ok1 || !ok2 || range.size() > 2 || start < 1 || last < start)
                throw Error(ErrorKind::Invalid, text, QStringLiteral("\"%1\" is not an interval like 1-5").arg(fields[i]));
            set.addInterval(sid, start, last + 1);
        }
    }
    return set;
}

QString MySqlGtidSet::toString() const
{
    QStringList parts;
    for (auto it = m_sets.begin(); it != m_sets.end(); ++it) {
        QString s = uuidText(it.key());
        for (const auto &iv : it.value())
            s += iv.second - iv.first == 1 ? QStringLiteral(":%1").arg(iv.first)
                                           : QStringLiteral(":%1-%2").arg(iv.first).arg(iv.second - 1);
        parts << s;
    }
    return parts.join(',');
}

QString MariaGtid::toString() const { return QStringLiteral("%1-%2-%3").arg(domain).arg(server).arg(seq); }

MariaGtidPosition MariaGtidPosition::parse(const QString &text)
{
    MariaGtidPosition pos;
    static const QRegularExpression one(QStringLiteral("^(\\d+)-(\\d+)-(\\d+)$"));
    for (const QString &part : text.split(',', Qt::SkipEmptyParts)) {
        const auto m = one.match(part.trimmed());
        if (!m.hasMatch())
            throw Error(ErrorKind::Invalid, text, QStringLiteral("\"%1\" is not a MariaDB GTID (domain-server-sequence)").arg(part));
        const MariaGtid g{m.captured(1).toUInt(), m.captured(2).toUInt(), m.captured(3).toULongLong()};
        if (pos.m_domains.contains(g.domain))
            throw Error(ErrorKind::Invalid, text, QStringLiteral("domain %1 appears twice").arg(g.domain));
        pos.m_domains.insert(g.domain, g);
    }
    return pos;
}

void MariaGtidPosition::update(const MariaGtid &gtid) { m_domains.insert(gtid.domain, gtid); }

QString MariaGtidPosition::toString() const
{
    QStringList parts;
    for (const MariaGtid &g : m_domains)
        parts << g.toString();
    return parts.join(',');
}

MySqlGtid decodeMySqlGtid(const QByteArray &body)
{
    // commit_flag(1) sid(16) gno(8) …
    need(body, 25, "GTID event");
    return MySqlGtid{body.mid(1, 16), qFromLittleEndian<qint64>(body.constData() + 17)};
}

MySqlGtidSet decodePreviousGtids(const QByteArray &body)
{
    // n_sids(8) { sid(16) n_intervals(8) { start(8) end(8, exclusive) }* }*
    need(body, 8, "PREVIOUS_GTIDS event");
    MySqlGtidSet set;
    const char *p = body.constData();
    qsizetype pos = 8;
    const quint64 sids = qFromLittleEndian<quint64>(p);
    for (quint64 i = 0; i < sids; ++i) {
        need(body, pos + 24, "PREVIOUS_GTIDS event");
        const QByteArray sid = body.mid(pos, 16);
        const quint64 n = qFromLittleEndian<quint64>(p + pos + 16);
        pos += 24;
        for (quint64 k = 0; k < n; ++k) {
            need(body, pos + 16, "PREVIOUS_GTIDS event");
            set.addInterval(sid, qFromLittleEndian<qint64>(p + pos), qFromLittleEndian<qint64>(p + pos + 8));
            pos += 16;
        }
    }
    return set;
}

MariaGtid decodeMariaGtid(const QByteArray &body, quint32 serverId)
{
    // seq_no(8) domain_id(4) flags(1) …
    need(body, 13, "MariaDB GTID event");
    return MariaGtid{qFromLittleEndian<quint32>(body.constData() + 8), serverId,
                     qFromLittleEndian<quint64>(body.constData())};
}

QList<MariaGtid> decodeMariaGtidList(const QByteArray &body)
{
    // count(4: low 28 bits) { domain(4) server(4) seq(8) }*
    need(body, 4, "MariaDB GTID_LIST event");
    const quint32 count = qFromLittleEndian<quint32>(body.constData()) & 0x0fffffff;
    need(body, 4 + qsizetype(count) * 16, "MariaDB GTID_LIST event");
    QList<MariaGtid> out;
    for (quint32 i = 0; i < count; ++i) {
        const char *p = body.constData() + 4 + i * 16;
        out << MariaGtid{qFromLittleEndian<quint32>(p), qFromLittleEndian<quint32>(p + 4), qFromLittleEndian<quint64>(p + 8)};
    }
    return out;
}

}  // namespace dts::binlog
