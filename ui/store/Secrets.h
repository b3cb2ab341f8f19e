#pragma once
// Passwords in the OS keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Store) through
// QtKeychain; asynchronous, nothing waits on the keyring. Without a keyring nothing is saved (there is
// no plain-text fallback) and the callers say so.
#include <QObject>
#include <functional>

namespace dts::ui {

class Secrets : public QObject {
    Q_OBJECT
public:
    explicit Secrets(QObject *parent = nullptr) : QObject(parent) {}

    // ok false: not saved; `error` says why (e.g. no keyring on this machine).
    void write(const QString &key, const QString &secret, std::function<void(bool ok, const QString &error)> done);
    // found false with an empty error: no entry.
    void read(const QString &key, std::function<void(bool found, const QString &secret, const QString &error)> done);
    void remove(const QString &key);

    static QString service() { return QStringLiteral("dts-studio"); }
};

}  // namespace dts::ui
