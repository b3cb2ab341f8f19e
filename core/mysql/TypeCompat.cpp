#include "mysql/TypeCompat.h"

#include <QRegularExpression>

namespace dts {

namespace {

struct Params {
    qint64 a = -1, b = -1;  // (M) or (M,D); -1 when absent
};

Params params(const QString &columnType)
{
    static const QRegularExpression re(QStringLiteral(R"(^\w+\((\d+)(?:,(\d+))?\))"));
    Params p;
    const auto m = re.match(columnType);
    if (m.hasMatch()) {
        p.a = m.captured(1).toLongLong();
        if (!m.captured(2).isEmpty())
            p.b = m.captured(2).toLongLong();
    }
    return p;
}

bool isUnsigned(const ColumnInfo &c) { return c.columnType.contains(QLatin1String("unsigned")); }

int intRank(const QString &t)
{
    static const QStringList ranks = {"tinyint", "smallint", "mediumint", "int", "bigint"};
    return t == QLatin1String("integer") ? 3 : int(ranks.indexOf(t));
}

int maxBytesPerChar(const QString &charset)
{
    if (charset == QLatin1String("latin1") || charset == QLatin1String("ascii") || charset.isEmpty() ||
        charset == QLatin1String("binary"))
        return 1;
    if (charset == QLatin1String("gbk") || charset == QLatin1String("gb2312") || charset == QLatin1String("big5") ||
        charset == QLatin1String("ucs2"))
        return 2;
    if (charset == QLatin1String("utf8") || charset == QLatin1String("utf8mb3"))
        return 3;
    return 4;
}

// Capacity in bytes of string-like columns, and which family they are in.
qint64 capacity(const ColumnInfo &c)
{
    static const QHash<QString, qint64> lob = {{"tinytext", 255},       {"tinyblob", 255},     {"text", 65535},
                                               {"blob", 65535},         {"mediumtext", 16777215}, {"mediumblob", 16777215},
                                               {"longtext", 4294967295}, {"longblob", 4294967295}, {"json", 4294967295}};
    if (lob.contains(c.dataType))
        return lob.value(c.dataType);
    return params(c.columnType).a * maxBytesPerChar(c.charset);
}

QStringList members(const QString &columnType)
{
    // enum('a','b''c') → a, b'c
    QStringList out;
    static const QRegularExpression re(QStringLiteral(R"('((?:[^']|'')*)')"));
    for (auto it = re.globalMatch(columnType); it.hasNext();)
        out << it.next().captured(1).replace(QLatin1String("''"), QLatin1String("'"));
    return out;
}

}  // namespace

QString typeIncompatibility(const ColumnInfo &s, const ColumnInfo &d)
{
    const QString narrower = QStringLiteral("the destination's %1 is narrower than the source's %2").arg(d.columnType, s.columnType);
    const QString differs = QStringLiteral("the destination's type %1 differs from the source's %2").arg(d.columnType, s.columnType);
    const QString &st = s.dataType, &dt = d.dataType;

    if (intRank(st) >= 0) {
        if (intRank(dt) < 0)
            return differs;
        if (isUnsigned(s) == isUnsigned(d))
            return intRank(dt) >= intRank(st) ? QString() : narrower;
        if (isUnsigned(s))  // unsigned into signed needs one size more
            return intRank(dt) > intRank(st) ? QString() : narrower;
        return QStringLiteral("the destination's %1 cannot hold the source's negative values (%2)").arg(d.columnType, s.columnType);
    }
    if (st == QLatin1String("decimal") || st == QLatin1String("numeric")) {
        if (dt != QLatin1String("decimal") && dt != QLatin1String("numeric"))
            return differs;
        const Params a = params(s.columnType), b = params(d.columnType);
        const qint64 sa = std::max<qint64>(a.b, 0), sb = std::max<qint64>(b.b, 0);
        if (sb < sa || b.a - sb < a.a - sa || (isUnsigned(d) && !isUnsigned(s)))
            return narrower;
        return {};
    }
    if (st == QLatin1String("float") || st == QLatin1String("double") || st == QLatin1String("real")) {
        if (dt == QLatin1String("double") || dt == QLatin1String("real") || (dt == st && s.columnType == d.columnType))
            return {};
        return dt == QLatin1String("float") ? narrower : differs;
    }
    if (st == QLatin1String("bit"))
        return dt != QLatin1String("bit") ? differs : params(d.columnType).a >= params(s.columnType).a ? QString() : narrower;
    if (st == QLatin1String("datetime") || st == QLatin1String("timestamp") || st == QLatin1String("time")) {
        if (dt != st)
            return differs;
        return std::max<qint64>(params(d.columnType).a, 0) >= std::max<qint64>(params(s.columnType).a, 0)
                   ? QString()
                   : QStringLiteral("the destination's %1 keeps fewer fractional digits than the source's %2")
                         .arg(d.columnType, s.columnType);
    }
    if (st == QLatin1String("enum") || st == QLatin1String("set")) {
        if (dt != st)
            return differs;
        const QStringList dm = members(d.columnType);
        for (const QString &m : members(s.columnType))
            if (!dm.contains(m))
                return QStringLiteral("the destination's %1 lacks the value '%2' of the source's %3").arg(d.columnType, m, s.columnType);
        return {};
    }
    static const QStringList text = {"char", "varchar", "tinytext", "text", "mediumtext", "longtext", "json"};
    static const QStringList bin = {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"};
    const bool sText = text.contains(st), sBin = bin.contains(st);
    if (sText || sBin) {
        const bool dText = text.contains(dt), dBin = bin.contains(dt);
        if ((sText && !dText) || (sBin && !dBin))
            return differs;
        if (sText && !s.charset.isEmpty() && !d.charset.isEmpty() && s.charset != d.charset)
            return QStringLiteral("the destination's character set %1 differs from the source's %2 (rows are copied "
                                  "byte for byte)")
                .arg(d.charset, s.charset);
        if (st == QLatin1String("binary") && dt == QLatin1String("binary") && params(d.columnType).a != params(s.columnType).a)
            return QStringLiteral("BINARY columns of different lengths pad values differently (%1 vs %2)")
                .arg(d.columnType, s.columnType);
        return capacity(d) >= capacity(s) ? QString() : narrower;
    }
    // date, year, spatial types and anything else: the same type (GEOMETRY takes every spatial type).
    static const QStringList spatial = {"point", "linestring", "polygon", "multipoint", "multilinestring",
                                        "multipolygon", "geometrycollection", "geometry"};
    if (dt == st || (dt == QLatin1String("geometry") && spatial.contains(st)))
        return {};
    return differs;
}

}  // namespace dts
