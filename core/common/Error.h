#pragma once
// One error type for the whole core. Every failure names the object it concerns
// (task, database.table, host:port, JSON path, binlog file:offset) and, where we know it,
// what the user can do about it.
#include <QString>
#include <stdexcept>

namespace dts {

enum class ErrorKind {
    Invalid,    // bad task file or usage (CLI exit code 2)
    Precheck,   // environment not fit for the task (exit code 3)
    Transient,  // connection lost, lock wait, ... : retried inside the retry window
    Permanent,  // the task cannot go on (exit code 1)
    Cancelled,  // user asked to stop
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, QString object, QString message, QString fix = {}, int code = 0);

    ErrorKind kind() const { return m_kind; }
    const QString &object() const { return m_object; }
    const QString &message() const { return m_message; }
    const QString &fix() const { return m_fix; }
    int code() const { return m_code; }  // server error number where there is one
    // "object: message (fix: ...)" in one line, for logs and the CLI.
    QString describe() const;

private:
    ErrorKind m_kind;
    QString m_object, m_message, m_fix;
    int m_code;
};

}  // namespace dts
