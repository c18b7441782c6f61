#include "KeychainBackend.h"

#include <qt6keychain/keychain.h>

namespace discue {

namespace {

SecretBackend::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretBackend::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretBackend::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretBackend::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretBackend::Status::Failed;
    }
    return SecretBackend::Status::Failed;
}

// Every job deletes itself after finished(); the job is also the connection's context, so
// nothing outlives it.
void run(QKeychain::Job *job, const QString &name,
         const std::function<void(QKeychain::Job *)> &onFinished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, job, onFinished);
    job->start();
}

} // namespace

void KeychainBackend::read(const QString &service, const QString &name, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    run(job, name, [job, done](QKeychain::Job *) {
        Reply reply{statusOf(job->error()), {}, {}};
        if (reply.status == Status::Ok)
            reply.secret = job->textData();
        else
            reply.message = job->errorString();
        done(reply);
    });
}

void KeychainBackend::write(const QString &service, const QString &name, const QString &secret,
                            Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setTextData(secret);
    run(job, name, [job, done](QKeychain::Job *) {
        done(Reply{statusOf(job->error()),
                   {},
                   job->error() == QKeychain::NoError ? QString() : job->errorString()});
    });
}

void KeychainBackend::remove(const QString &service, const QString &name, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    run(job, name, [job, done](QKeychain::Job *) {
        Status status = statusOf(job->error());
        // Removing what is not there has the outcome the caller wanted.
        if (status == Status::NotFound)
            status = Status::Ok;
        done(Reply{status, {}, status == Status::Ok ? QString() : job->errorString()});
    });
}

} // namespace discue
