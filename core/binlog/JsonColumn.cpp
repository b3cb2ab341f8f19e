#include "binlog/JsonColumn.h"

#include "binlog/JsonBinary.h"
#include "binlog/TableMap.h"
#include "common/Error.h"

namespace dts::binlog {

QByteArray jsonApplyDiffs(const QByteArray &beforeBinary, const char *diffs, qsizetype size, const QString &where)
{
    if (beforeBinary.isNull())
        return {};  // the caller keeps the diff as an expression
    JsonValue doc = parseJsonBinary(beforeBinary.constData(), size_t(beforeBinary.size()), where);
    applyJsonDiffs(doc, diffs, size_t(size), where);
    return jsonToText(doc);
}

QByteArray jsonDiffExpression(const char *diffs, qsizetype size, const QString &where)
{
    const QByteArray d(diffs, size);
    qsizetype pos = 0;
    // Each diff wraps the expression so far: F2(F1(<self>, a1), a2). Built from the function names
    // (innermost last) and the argument lists in order; rewrapping the whole text per diff was quadratic.
    QList<const char *> functions;
    QByteArray arguments;
    auto quote = [](const QByteArray &s) {
        QByteArray q = "'";
        for (char c : s) {
            if (c == '\'' || c == '\\')
                q += '\\';
            q += c;
        }
        return q + '\'';
    };
    while (pos < d.size()) {
        const quint8 op = quint8(d[pos++]);
        const quint64 pathLength = readPackedInt(d, pos, where);
        if (pathLength > quint64(d.size() - pos))
            throw Error(ErrorKind::Permanent, where, QStringLiteral("a partial JSON update ends inside a path"));
        const QByteArray path = d.mid(pos, qsizetype(pathLength));
        pos += qsizetype(pathLength);
        if (op == 2) {
            functions << "JSON_REMOVE(";
            arguments += ", " + quote(path) + ')';
            continue;
        }
        if (op > 2)
            throw Error(ErrorKind::Permanent, where, QStringLiteral("a partial JSON update with operation %1").arg(op));
        const quint64 valueLength = readPackedInt(d, pos, where);
        if (valueLength > quint64(d.size() - pos))
            throw Error(ErrorKind::Permanent, where, QStringLiteral("a partial JSON update ends inside a value"));
        const QByteArray value = jsonBinaryToText(d.constData() + pos, qsizetype(valueLength), where);
        pos += qsizetype(valueLength);
        functions << (op == 0 ? "JSON_REPLACE(" : path.endsWith(']') ? "JSON_ARRAY_INSERT(" : "JSON_INSERT(");
        arguments += ", " + quote(path) + ", CAST(" + quote(value) + " AS JSON))";
    }
    QByteArray expr;
    for (qsizetype i = functions.size() - 1; i >= 0; --i)
        expr += functions[i];
    return expr + kJsonSelf + arguments;
}

}  // namespace dts::binlog
