#include "mysql/DdlAnalysis.h"

#include "mysql/Connection.h"

namespace dts {

namespace {

struct Token {
    enum Kind { Word, Quoted, String, Punct } kind;
    qsizetype begin, end;
    QString text;  // identifiers unquoted; keywords upper-cased in `upper`
    QString upper;
};

QList<Token> tokenize(const QByteArray &sql)
{
    QList<Token> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = sql[i];
        if (isspace(uchar(c))) { ++i; continue; }
        if (c == '#' || (c == '-' && i + 2 < n && sql[i + 1] == '-' && isspace(uchar(sql[i + 2])))) {
            while (i < n && sql[i] != '\n') ++i;
            continue;
        }
        if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            if (i + 2 < n && sql[i + 2] == '!') {  // executable comment: its content is code
                i += 3;
                while (i < n && isdigit(uchar(sql[i]))) ++i;
                continue;
            }
            const qsizetype e = sql.indexOf("*/", i + 2);
            i = e < 0 ? n : e + 2;
            continue;
        }
        if (c == '*' && i + 1 < n && sql[i + 1] == '/') { i += 2; continue; }  // end of an executable comment
        if (c == '`' || c == '"') {
            qsizetype j = i + 1;
            QByteArray v;
            while (j < n) {
                if (sql[j] == c) {
                    if (j + 1 < n && sql[j + 1] == c) { v += c; j += 2; continue; }
                    break;
                }
                v += sql[j++];
            }
            Token t{c == '`' ? Token::Quoted : Token::String, i, qMin(j + 1, n), QString::fromUtf8(v), {}};
            out << t;
            i = j + 1;
            continue;
        }
        if (c == '\'') {
            qsizetype j = i + 1;
            while (j < n && sql[j] != '\'') j += sql[j] == '\\' ? 2 : 1;
            out << Token{Token::String, i, qMin(j + 1, n), {}, {}};
            i = j + 1;
            continue;
        }
        if (isalnum(uchar(c)) || c == '_' || c == '$' || uchar(c) >= 0x80) {
            qsizetype j = i;
            while (j < n && (isalnum(uchar(sql[j])) || sql[j] == '_' || sql[j] == '$' || uchar(sql[j]) >= 0x80)) ++j;
            Token t{Token::Word, i, j, QString::fromUtf8(sql.mid(i, j - i)), {}};
            t.upper = t.text.toUpper();
            out << t;
            i = j;
            continue;
        }
        out << Token{Token::Punct, i, i + 1, QString(QLatin1Char(c)), QString(QLatin1Char(c))};
        ++i;
    }
    return out;
}

}  // namespace

DdlInfo analyzeDdl(const QByteArray &sql, const QString &defaultDb,
                   const std::function<QPair<QString, QString>(const QString &, const QString &)> &rename)
{
    DdlInfo info;
    const QList<Token> t = tokenize(sql);
    qsizetype k = 0;
    auto is = [&](qsizetype i, const char *word) { return i < t.size() && t[i].kind == Token::Word && t[i].upper == QLatin1String(word); };
    auto isPunct = [&](qsizetype i, char c) { return i < t.size() && t[i].kind == Token::Punct && t[i].text[0] == QLatin1Char(c); };
    auto isName = [&](qsizetype i) { return i < t.size() && (t[i].kind == Token::Quoted || t[i].kind == Token::Word); };
    struct NameAt { qsizetype first, last; QString db, name; };
    QList<NameAt> names;
    // A (possibly qualified) name at k; advances k past it.
    auto takeName = [&]() -> bool {
        if (!isName(k))
            return false;
        NameAt n{k, k, defaultDb, t[k].text};
        if (isPunct(k + 1, '.') && isName(k + 2)) {
            n.db = t[k].text;
            n.name = t[k + 2].text;
            n.last = k + 2;
            k += 3;
        } else {
            k += 1;
        }
        names << n;
        return true;
    };
    auto skipIfExists = [&](bool notExists) {
        if (is(k, "IF") && (notExists ? is(k + 1, "NOT") && is(k + 2, "EXISTS") : is(k + 1, "EXISTS")))
            k += notExists ? 3 : 2;
    };
    // CREATE/ALTER options before VIEW/FUNCTION/PROCEDURE: OR REPLACE, ALGORITHM=x, DEFINER=u@h, SQL SECURITY x
    auto skipViewOptions = [&]() {
        while (k < t.size()) {
            if (is(k, "OR") && is(k + 1, "REPLACE")) { k += 2; continue; }
            if (is(k, "ALGORITHM") && isPunct(k + 1, '=')) { k += 3; continue; }
            if (is(k, "DEFINER") && isPunct(k + 1, '=')) {
                k += 3;
                if (isPunct(k, '@')) k += 2;
                else if (k < t.size() && t[k].kind == Token::Word && t[k].text.startsWith('@')) k += 1;
                if (isPunct(k, '(') ) k += 2;  // CURRENT_USER()
                continue;
            }
            if (is(k, "SQL") && is(k + 1, "SECURITY")) { k += 3; continue; }
            break;
        }
    };

    if (is(k, "ALTER")) {
        ++k;
        while (is(k, "ONLINE") || is(k, "IGNORE")) ++k;
        if (is(k, "TABLE")) {
            info.kind = QStringLiteral("ALTER TABLE");
            ++k;
            skipIfExists(false);
            takeName();
            // … RENAME [TO|AS] new_name
            for (qsizetype i = k; i < t.size(); ++i)
                if (is(i, "RENAME") && !is(i + 1, "COLUMN") && !is(i + 1, "INDEX") && !is(i + 1, "KEY")) {
                    k = i + 1;
                    if (is(k, "TO") || is(k, "AS")) ++k;
                    takeName();
                    break;
                }
        } else {
            skipViewOptions();
            if (is(k, "VIEW")) {
                info.kind = QStringLiteral("ALTER VIEW");
                ++k;
                takeName();
            }
        }
    } else if (is(k, "CREATE")) {
        ++k;
        skipViewOptions();
        if (is(k, "TEMPORARY"))
            return info;  // session-local: never replicated
        if (is(k, "TABLE")) {
            info.kind = QStringLiteral("CREATE TABLE");
            ++k;
            skipIfExists(true);
            takeName();
            if (is(k, "LIKE") || (isPunct(k, '(') && is(k + 1, "LIKE"))) {
                k += is(k, "LIKE") ? 1 : 2;
                takeName();
            }
        } else if (is(k, "VIEW")) {
            info.kind = QStringLiteral("CREATE VIEW");
            ++k;
            skipIfExists(true);
            takeName();
        } else if (is(k, "FUNCTION") || is(k, "PROCEDURE")) {
            info.kind = QStringLiteral("CREATE ") + t[k].upper;
            ++k;
            skipIfExists(true);
            takeName();
        } else {
            while (is(k, "UNIQUE") || is(k, "FULLTEXT") || is(k, "SPATIAL") || is(k, "ONLINE")) ++k;
            if (is(k, "INDEX")) {
                info.kind = QStringLiteral("CREATE INDEX");
                for (; k < t.size() && !is(k, "ON"); ++k) {}
                ++k;
                takeName();
            }
        }
    } else if (is(k, "DROP")) {
        ++k;
        if (is(k, "TEMPORARY"))
            return info;
        if (is(k, "TABLE")) {
            info.kind = QStringLiteral("DROP TABLE");
            ++k;
            skipIfExists(false);
            while (takeName() && isPunct(k, ','))
                ++k;
        } else if (is(k, "INDEX")) {
            info.kind = QStringLiteral("DROP INDEX");
            for (; k < t.size() && !is(k, "ON"); ++k) {}
            ++k;
            takeName();
        }
    } else if (is(k, "RENAME") && is(k + 1, "TABLE")) {
        info.kind = QStringLiteral("RENAME TABLE");
        k += 2;
        while (takeName()) {
            if (!is(k, "TO"))
                break;
            ++k;
            takeName();
            if (!isPunct(k, ','))
                break;
            ++k;
        }
    } else if (is(k, "TRUNCATE")) {
        info.kind = QStringLiteral("TRUNCATE TABLE");
        ++k;
        if (is(k, "TABLE")) ++k;
        takeName();
    }
    if (info.kind.isEmpty())
        return info;

    QByteArray out;
    qsizetype copied = 0;
    for (const NameAt &n : names) {
        info.tables << qMakePair(n.db, n.name);
        const auto [db, name] = rename(n.db, n.name);
        out += sql.mid(copied, t[n.first].begin - copied);
        out += quoteIdent(db, name).toUtf8();
        copied = t[n.last].end;
    }
    out += sql.mid(copied);
    info.rewritten = out;
    return info;
}

}  // namespace dts
