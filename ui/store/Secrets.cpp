#include "store/Secrets.h"

#include <qt6keychain/keychain.h>

namespace dts::ui {

namespace {

QString describe(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Secrets::tr("no keyring is available on this machine (%1)").arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Secrets::tr("the keyring refused access (%1)").arg(job.errorString());
    default:
        return Secrets::tr("the keyring failed: %1").arg(job.errorString());
    }
}

}  // namespace

void Secrets::write(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(key);
    job->setTextData(secret);
    job->setInsecureFallback(false);  // never a plain-text file
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError, j->error() == QKeychain::NoError ? QString() : describe(*j));
    });
    job->start();
}

void Secrets::read(const QString &key, std::function<void(bool, const QString &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (r->error() == QKeychain::NoError)
            done(true, r->textData(), QString());
        else
            done(false, QString(), r->error() == QKeychain::EntryNotFound ? QString() : describe(*r));
    });
    job->start();
}

void Secrets::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setKey(key);
    job->start();
}

}  // namespace dts::ui
