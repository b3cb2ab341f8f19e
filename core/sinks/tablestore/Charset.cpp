#include "sinks/tablestore/Charset.h"

#include <QHash>
#include <iconv.h>

namespace dts::ots {

namespace {

// MySQL's names → iconv's. MySQL's latin1 is Windows-1252.
const char *iconvName(const QString &charset)
{
    static const QHash<QString, const char *> names = {
        {"latin1", "CP1252"},     {"ascii", "ASCII"},       {"latin2", "ISO-8859-2"}, {"latin5", "ISO-8859-9"},
        {"latin7", "ISO-8859-13"}, {"greek", "ISO-8859-7"}, {"hebrew", "ISO-8859-8"}, {"cp1250", "CP1250"},
        {"cp1251", "CP1251"},     {"cp1256", "CP1256"},     {"cp1257", "CP1257"},     {"cp850", "CP850"},
        {"cp852", "CP852"},       {"cp866", "CP866"},       {"koi8r", "KOI8-R"},      {"koi8u", "KOI8-U"},
        {"macroman", "MACINTOSH"}, {"macce", "MAC-CENTRALEUROPE"}, {"tis620", "TIS-620"}, {"armscii8", "ARMSCII-8"},
        {"geostd8", "GEORGIAN-PS"}, {"swe7", "SWE7"},        {"dec8", "DEC-MCS"},      {"hp8", "HP-ROMAN8"},
        {"keybcs2", "CP895"},     {"gbk", "GBK"},           {"gb2312", "GB2312"},     {"gb18030", "GB18030"},
        {"big5", "BIG5"},         {"sjis", "SHIFT_JIS"},    {"cp932", "CP932"},       {"ujis", "EUC-JP"},
        {"eucjpms", "EUC-JP-MS"}, {"euckr", "EUC-KR"},      {"ucs2", "UCS-2BE"},      {"utf16", "UTF-16BE"},
        {"utf16le", "UTF-16LE"},  {"utf32", "UTF-32BE"}};
    return names.value(charset.toLower(), nullptr);
}

}  // namespace

std::optional<QByteArray> toUtf8(const QByteArray &bytes, const QString &charset)
{
    const QString cs = charset.toLower();
    if (cs.isEmpty() || cs == QLatin1String("binary") || cs.startsWith(QLatin1String("utf8")))
        return bytes;
    const char *from = iconvName(cs);
    if (!from)
        return std::nullopt;
    bool ascii = true;
    for (char c : bytes)
        ascii = ascii && uchar(c) < 0x80;
    if (ascii && cs != QLatin1String("ucs2") && !cs.startsWith(QLatin1String("utf")))
        return bytes;  // the common case, no conversion needed
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(bytes.size() * 4 + 4, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size()), outLeft = size_t(out.size());
    char *o = out.data();
    const size_t r = iconv(cd, &in, &inLeft, &o, &outLeft);
    iconv_close(cd);
    if (r == size_t(-1) || inLeft)
        return std::nullopt;
    out.resize(out.size() - qsizetype(outLeft));
    return out;
}

}  // namespace dts::ots
