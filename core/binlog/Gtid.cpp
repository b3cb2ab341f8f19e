#include "binlog/Gtid.h"

#include "common/Error.h"

#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>
#include <bit>
#include <limits>

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

// A GTID tag as MySQL allows it, already folded to lower case.
bool isGtidTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,31}$"));
    return re.match(tag).hasMatch();
}

constexpr qint64 kGnoEnd = std::numeric_limits<qint64>::max();  // one past the largest GNO MySQL allows

// Reads one message of MySQL's serialization library (see decodeMySqlTaggedGtid in Gtid.h). Every read
// stays inside the event body; a short or out-of-range value throws naming the event and the field.
// Field names are plain C strings (with an index for the uuid bytes), made text only for an error.
class SerialReader {
public:
    SerialReader(const QByteArray &d, const QString &where) : m_d(d), m_where(where) {}
    qsizetype pos() const { return m_pos; }

    quint64 unsignedInt(const char *field, quint64 max = std::numeric_limits<quint64>::max(), int index = -1)
    {
        auto what = [&] {
            return index < 0 ? QString::fromLatin1(field) : QStringLiteral("%1 %2").arg(QLatin1String(field)).arg(index);
        };
        if (m_pos >= m_d.size())
            fail(QStringLiteral("the event ends before %1").arg(what()));
        const quint8 first = quint8(m_d[m_pos]);
        const int n = std::countr_one(first) + 1;  // 1-9 bytes
        if (n > m_d.size() - m_pos)
            fail(QStringLiteral("%1 is an integer of %2 bytes at byte %3 of the event body, which has %4 left")
                     .arg(what())
                     .arg(n)
                     .arg(m_pos)
                     .arg(m_d.size() - m_pos));
        quint64 v = 0;
        if (n == 1) {
            v = first >> 1;
        } else {
            quint64 rest = 0;
            for (int i = 1; i < n; ++i)
                rest |= quint64(quint8(m_d[m_pos + i])) << (8 * (i - 1));
            // 9 bytes: the first byte is all length marker and the next 8 are the value
            v = n == 9 ? rest : (quint64(first) >> n) | (rest << (8 - n));
        }
        if (v > max)
            fail(QStringLiteral("%1 is %2, more than its type holds (%3)").arg(what()).arg(v).arg(max));
        m_pos += n;
        return v;
    }

    qint64 signedInt(const char *field)
    {
        const quint64 u = unsignedInt(field);
        return qint64(u >> 1) ^ -qint64(u & 1);
    }

    QByteArray bytes(quint64 n, const char *field)
    {
        if (n > quint64(m_d.size() - m_pos))
            fail(QStringLiteral("%1 of %2 bytes runs past the end of the event (%3 bytes left)")
                     .arg(QLatin1String(field))
                     .arg(n)
                     .arg(m_d.size() - m_pos));
        const QByteArray b = m_d.mid(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return b;
    }

    [[noreturn]] void fail(const QString &what) const
    {
        throw Error(ErrorKind::Permanent, m_where, QStringLiteral("GTID_TAGGED event: %1").arg(what),
                    QStringLiteral("the binlog is damaged at this offset"));
    }

private:
    const QByteArray &m_d;
    const QString &m_where;
    qsizetype m_pos = 0;
};

}  // namespace

QString uuidText(const QByteArray &sid)
{
    const QString h = QString::fromLatin1(sid.toHex());
    return h.mid(0, 8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20, 12);
}

QString MySqlGtid::toString() const
{
    return uuidText(sid) + (tag.isEmpty() ? QString() : ':' + tag) + ':' + QString::number(gno);
}

MySqlGtid MySqlGtid::parse(const QString &text)
{
    const QStringList f = text.trimmed().split(':');
    if (f.size() != 2 && f.size() != 3)
        throw Error(ErrorKind::Invalid, text, QStringLiteral("not a GTID (uuid:number or uuid:tag:number)"));
    MySqlGtid g;
    g.sid = sidFromText(f[0], text);
    if (f.size() == 3) {
        g.tag = f[1].toLower();
        if (!isGtidTag(g.tag))
            throw Error(ErrorKind::Invalid, text,
                        QStringLiteral("\"%1\" is not a GTID tag (a letter or _, then up to 31 letters, digits or _)")
                            .arg(f[1]));
    }
    const QString &n = f.last();  // digits only: toLongLong would take a sign or spaces
    bool ok = !n.isEmpty() && n.size() <= 19 &&
              std::all_of(n.begin(), n.end(), [](QChar c) { return c >= '0' && c <= '9'; });
    g.gno = ok ? n.toLongLong(&ok) : 0;
    if (!ok || g.gno < 1 || g.gno >= kGnoEnd)
        throw Error(ErrorKind::Invalid, text,
                    QStringLiteral("\"%1\" is not a transaction number (1 to %2)").arg(n).arg(kGnoEnd - 1));
    return g;
}

void MySqlGtidSet::addInterval(const Key &key, qint64 start, qint64 end)
{
    auto &list = m_sets[key];
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

void MySqlGtidSet::add(const QByteArray &sid, qint64 gno, const QString &tag)
{
    addInterval({sid, tag}, gno, gno + 1);
}

bool MySqlGtidSet::contains(const QByteArray &sid, qint64 gno, const QString &tag) const
{
    for (const auto &iv : m_sets.value({sid, tag}))
        if (gno >= iv.first && gno < iv.second)
            return true;
    return false;
}

bool MySqlGtidSet::hasTags() const
{
    for (auto it = m_sets.begin(); it != m_sets.end(); ++it)
        if (!it.key().second.isEmpty())
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
        QString tag;
        bool intervalSinceTag = true;
        for (int i = 1; i < fields.size(); ++i) {
            const QString &f = fields[i];
            if (!f.isEmpty() && !f[0].isDigit() && f[0] != '-') {
                const QString lower = f.toLower();
                if (!isGtidTag(lower))
                    throw Error(ErrorKind::Invalid, text,
                                QStringLiteral("\"%1\" is neither an interval like 1-5 nor a GTID tag (a letter or _, "
                                               "then up to 31 letters, digits or _)")
                                    .arg(f));
                if (!intervalSinceTag)
                    throw Error(ErrorKind::Invalid, text,
                                QStringLiteral("\"%1\": the tag \"%2\" has no interval (uuid:tag:1-5)").arg(part, tag));
                tag = lower;
                intervalSinceTag = false;
                continue;
            }
            const QStringList range = f.split('-');
            bool ok1 = false, ok2 = true;
            const qint64 start = range.value(0).toLongLong(&ok1);
            const qint64 last = range.size() == 2 ? range[1].toLongLong(&ok2) : start;
            if (!ok1 || !ok2 || range.size() > 2 || start < 1 || last < start)
                throw Error(ErrorKind::Invalid, text, QStringLiteral("\"%1\" is not an interval like 1-5").arg(f));
            set.addInterval({sid, tag}, start, last + 1);
            intervalSinceTag = true;
        }
        if (!intervalSinceTag)
            throw Error(ErrorKind::Invalid, text,
                        QStringLiteral("\"%1\": the tag \"%2\" has no interval (uuid:tag:1-5)").arg(part, tag));
    }
    return set;
}

QString MySqlGtidSet::toString() const
{
    QStringList parts;
    QByteArray sid;
    QString s;
    for (auto it = m_sets.begin(); it != m_sets.end(); ++it) {
        if (it.key().first != sid || s.isEmpty()) {
            if (!s.isEmpty())
                parts << s;
            sid = it.key().first;
            s = uuidText(sid);
        }
        if (!it.key().second.isEmpty())
            s += ':' + it.key().second;
        for (const auto &iv : it.value())
            s += iv.second - iv.first == 1 ? QStringLiteral(":%1").arg(iv.first)
                                           : QStringLiteral(":%1-%2").arg(iv.first).arg(iv.second - 1);
    }
    if (!s.isEmpty())
        parts << s;
    return parts.join(',');
}

QByteArray MySqlGtidSet::encode() const
{
    const bool tagged = hasTags();
    QByteArray out;
    auto put64 = [&out](quint64 v) {
        char b[8];
        qToLittleEndian<quint64>(v, b);
        out.append(b, 8);
    };
    const quint64 n = quint64(m_sets.size());
    put64(tagged ? (quint64(1) << 56) | (n << 8) | 1 : n);
    for (auto it = m_sets.begin(); it != m_sets.end(); ++it) {
        out += it.key().first;
        if (tagged) {
            const QByteArray tag = it.key().second.toLatin1();  // at most 32 bytes: one varint byte
            out += char(tag.size() << 1);
            out += tag;
        }
        put64(quint64(it.value().size()));
        for (const auto &iv : it.value()) {
            put64(quint64(iv.first));
            put64(quint64(iv.second));
        }
    }
    return out;
}

QString MariaGtid::toString() const  // once per transaction in a binlog: no arg() parsing
{
    return QString::number(domain) + QLatin1Char('-') + QString::number(server) + QLatin1Char('-') + QString::number(seq);
}

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
    return MySqlGtid{body.mid(1, 16), qFromLittleEndian<qint64>(body.constData() + 17), {}};
}

MySqlTaggedGtidEvent decodeMySqlTaggedGtid(const QByteArray &body, const QString &where)
{
    SerialReader r(body, where);
    const QString newer = QStringLiteral("the source runs a MySQL version newer than this dts knows; tell us its version");
    const quint64 version = r.unsignedInt("the serialization format version");
    if (version != 1)
        throw Error(ErrorKind::Permanent, where,
                    QStringLiteral("GTID_TAGGED event in serialization format %1 (MySQL 8.3+ writes 1)").arg(version),
                    newer);
    const quint64 size = r.unsignedInt("the message size");
    const quint64 mustKnow = r.unsignedInt("the last non-ignorable field id");
    if (size > quint64(body.size()) || size < quint64(r.pos()))
        r.fail(QStringLiteral("the message claims %1 bytes, the event body holds %2").arg(size).arg(body.size()));
    constexpr quint64 kLastField = 11;  // commit_group_ticket
    if (mustKnow > kLastField + 1)      // it counts from 1: field id + 1
        throw Error(ErrorKind::Permanent, where,
                    QStringLiteral("GTID_TAGGED event holds field %1, which a reader must understand; this dts knows "
                                   "fields 0-%2")
                        .arg(mustKnow - 1)
                        .arg(kLastField),
                    newer);

    MySqlTaggedGtidEvent e;
    bool haveSid = false, haveGno = false, haveOriginalTs = false, haveOriginalVersion = false;
    quint64 nextId = 0;
    // Fields are read while the message lasts; a value may end past the size the message claims (MySQL
    // counts the size field as long as the size of the fields alone, one byte short near 128), never
    // past the event.
    while (quint64(r.pos()) < size) {
        const qsizetype at = r.pos();
        const quint64 id = r.unsignedInt("a field id");
        if (id > kLastField)
            break;  // a newer server's field, ignorable (checked above): MySQL skips to the message end
        if (id < nextId)
            r.fail(QStringLiteral("field %1 at byte %2 comes after field %3 (ids must ascend)").arg(id).arg(at).arg(nextId - 1));
        nextId = id + 1;
        switch (id) {
        case 0:
            e.flags = quint8(r.unsignedInt("gtid_flags", 0xff));
            break;
        case 1:
            e.gtid.sid.reserve(16);
            for (int i = 0; i < 16; ++i)
                e.gtid.sid += char(r.unsignedInt("uuid byte", 0xff, i));
            haveSid = true;
            break;
        case 2:
            e.gtid.gno = r.signedInt("gno");
            if (e.gtid.gno < 1 || e.gtid.gno >= kGnoEnd)
                r.fail(QStringLiteral("gno %1 is outside 1-%2").arg(e.gtid.gno).arg(kGnoEnd - 1));
            haveGno = true;
            break;
        case 3: {
            const quint64 n = r.unsignedInt("the tag length");
            if (n > 32)
                r.fail(QStringLiteral("a tag of %1 bytes (at most 32)").arg(n));
            const QByteArray tag = r.bytes(n, "the tag");
            e.gtid.tag = QString::fromLatin1(tag);
            if (!tag.isEmpty() && !isGtidTag(e.gtid.tag)) {
                QString shown;  // control and non-ASCII bytes as \xNN
                for (char c : tag)
                    shown += c >= 0x20 && c < 0x7f ? QString(QChar::fromLatin1(c))
                                                   : QStringLiteral("\\x%1").arg(quint8(c), 2, 16, QLatin1Char('0'));
                r.fail(QStringLiteral("the tag \"%1\" is not [a-z_][a-z0-9_]* (MySQL stores tags in lower case)").arg(shown));
            }
            break;
        }
        case 4: e.lastCommitted = r.signedInt("last_committed"); break;
        case 5: e.sequenceNumber = r.signedInt("sequence_number"); break;
        case 6: e.immediateCommitTimestamp = r.unsignedInt("immediate_commit_timestamp"); break;
        case 7:
            e.originalCommitTimestamp = r.unsignedInt("original_commit_timestamp");
            haveOriginalTs = true;
            break;
        case 8: e.transactionLength = r.unsignedInt("transaction_length"); break;
        case 9:
            e.immediateServerVersion = quint32(r.unsignedInt("immediate_server_version", 0xffffffffU));
            break;
        case 10:
            e.originalServerVersion = quint32(r.unsignedInt("original_server_version", 0xffffffffU));
            haveOriginalVersion = true;
            break;
        case 11: e.commitGroupTicket = r.unsignedInt("commit_group_ticket"); break;
        }
    }
    if (!haveSid || !haveGno)
        r.fail(QStringLiteral("the message has no %1 field").arg(haveSid ? QStringLiteral("gno") : QStringLiteral("uuid")));
    if (!haveOriginalTs)
        e.originalCommitTimestamp = e.immediateCommitTimestamp;
    if (!haveOriginalVersion)
        e.originalServerVersion = e.immediateServerVersion;
    return e;
}

MySqlGtidSet decodePreviousGtids(const QByteArray &body)
{
    // n_sids(8) { sid(16) [tag] n_intervals(8) { start(8) end(8, exclusive) }* }*; the top byte of
    // n_sids is the format (MySQL 8.3+): 1 = tagged, count in bits 8-55, a tag field after each sid.
    need(body, 8, "PREVIOUS_GTIDS event");
    MySqlGtidSet set;
    const char *p = body.constData();
    qsizetype pos = 8;
    const quint64 field = qFromLittleEndian<quint64>(p);
    const quint8 format = quint8(field >> 56);
    if (format > 1)
        throw Error(ErrorKind::Permanent, QStringLiteral("PREVIOUS_GTIDS event"),
                    QStringLiteral("unknown GTID set format %1").arg(format));
    const bool tagged = format == 1;
    const quint64 sids = tagged ? (field & 0x00ffffffffffff00ULL) >> 8 : field;
    for (quint64 i = 0; i < sids; ++i) {
        need(body, pos + 16, "PREVIOUS_GTIDS event");
        const QByteArray sid = body.mid(pos, 16);
        pos += 16;
        QString tag;
        if (tagged) {
            need(body, pos + 1, "PREVIOUS_GTIDS event");
            const quint8 lenByte = quint8(p[pos]);
            if (lenByte & 1)  // a longer varint: no tag is that long (32 bytes at most)
                throw Error(ErrorKind::Permanent, QStringLiteral("PREVIOUS_GTIDS event"),
                            QStringLiteral("GTID tag length field 0x%1 is out of range").arg(lenByte, 2, 16, QLatin1Char('0')));
            const int len = lenByte >> 1;
            need(body, pos + 1 + len, "PREVIOUS_GTIDS event");
            tag = QString::fromLatin1(p + pos + 1, len);
            pos += 1 + len;
        }
        need(body, pos + 8, "PREVIOUS_GTIDS event");
        const quint64 n = qFromLittleEndian<quint64>(p + pos);
        pos += 8;
        // The server writes each uuid once, its intervals in order: taken as they come (addInterval's
        // sort per interval made a long list quadratic), anything else is damage.
        QList<QPair<qint64, qint64>> intervals;
        for (quint64 k = 0; k < n; ++k) {
            need(body, pos + 16, "PREVIOUS_GTIDS event");
            const qint64 start = qFromLittleEndian<qint64>(p + pos), end = qFromLittleEndian<qint64>(p + pos + 8);
            if (start < 1 || end <= start)  // GTID numbers start at 1; the end is exclusive
                throw Error(ErrorKind::Permanent, QStringLiteral("PREVIOUS_GTIDS event"),
                            QStringLiteral("GTID interval [%1, %2) of %3 makes no sense").arg(start).arg(end).arg(uuidText(sid)));
            if (!intervals.isEmpty() && start < intervals.last().second)
                throw Error(ErrorKind::Permanent, QStringLiteral("PREVIOUS_GTIDS event"),
                            QStringLiteral("GTID intervals of %1 overlap or are out of order").arg(uuidText(sid)));
            if (!intervals.isEmpty() && start == intervals.last().second)
                intervals.last().second = end;
            else
                intervals.append({start, end});
            pos += 16;
        }
        if (intervals.isEmpty())
            continue;
        if (set.m_sets.contains({sid, tag}))
            throw Error(ErrorKind::Permanent, QStringLiteral("PREVIOUS_GTIDS event"),
                        QStringLiteral("%1%2 is listed twice").arg(uuidText(sid), tag.isEmpty() ? QString() : ':' + tag));
        set.m_sets.insert({sid, tag}, intervals);
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
