#include "app/auth/TokenStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace ccri::auth {

TokenStore::TokenStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

QString TokenStore::unavailableNotice()
{
    return QCoreApplication::translate("TokenStore",
                                       "Tokens can't be saved on this computer; you'll sign in again next time");
}

bool TokenStore::isUnavailableError(int error) const
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
        || error == QKeychain::NotImplemented;
}

void TokenStore::prepare(QKeychain::Job* job, const QString& key)
{
    // No parent: a job still waiting for the Secret Service when the store goes (the app closing
    // during a refresh's save) must live until libsecret answers, then delete itself; the
    // connection's context (the store) drops the answer.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
}

bool TokenStore::retryOnce(std::function<void()> again)
{
    // A Secret Service that is still starting answers like a missing one: ask once more, a moment
    // later, before telling the user there is no keychain.
    if (m_retried)
        return false;
    m_retried = true;
    QTimer::singleShot(kRetryDelayMs, this, std::move(again));
    return true;
}

void TokenStore::markUnavailable()
{
    if (!m_available)
        return;
    m_available = false;
    emit keychainUnavailable(unavailableNotice());
}

void TokenStore::writeMemory(const QString& key, const QByteArray& data, const DoneCallback& done)
{
    m_memory.insert(key, data);
    if (done)
        done(Result::InMemoryOnly, QString());
}

void TokenStore::readMemory(const QString& key, const ReadCallback& done) const
{
    const auto it = m_memory.constFind(key);
    if (it == m_memory.cend())
        done(Result::NotFound, QByteArray(), QString());
    else
        done(Result::InMemoryOnly, *it, QString());
}

void TokenStore::write(const QString& key, const QByteArray& data, DoneCallback done)
{
    const quint64 change = ++m_changes;
    m_latestChange.insert(key, change);
    if (!m_available) {
        writeMemory(key, data, done);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    prepare(job, key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this, [this, key, data, done, change](QKeychain::Job* finished) {
        const int error = finished->error();
        if (error == QKeychain::NoError) {
            if (done)
                done(Result::Ok, QString());
            return;
        }
        // What follows would write the entry again later (a retry, or memory): not over a later change.
        const auto superseded = [this, key, done, change] {
            if (m_latestChange.value(key) == change)
                return false;
            if (done)
                done(Result::Superseded, QString());
            return true;
        };
        if (superseded())
            return;
        if (isUnavailableError(error) && retryOnce([this, key, data, done, superseded] {
                if (!superseded())
                    write(key, data, done);
            }))
            return;
        if (isUnavailableError(error)) {
            markUnavailable();
            writeMemory(key, data, done);
            return;
        }
        if (done)
            done(Result::Failed, tr("The keychain refused to save: %1").arg(finished->errorString()));
    });
    job->start();
}

void TokenStore::read(const QString& key, ReadCallback done)
{
    if (!m_available) {
        readMemory(key, done);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job* finished) {
        const int error = finished->error();
        if (error == QKeychain::NoError) {
            done(Result::Ok, static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData(), QString());
            return;
        }
        if (error == QKeychain::EntryNotFound) {
            done(Result::NotFound, QByteArray(), QString());
            return;
        }
        if (isUnavailableError(error) && retryOnce([this, key, done] { read(key, done); }))
            return;
        if (isUnavailableError(error)) {
            markUnavailable();
            readMemory(key, done);
            return;
        }
        done(Result::Failed, QByteArray(), tr("The keychain could not be read: %1").arg(finished->errorString()));
    });
    job->start();
}

void TokenStore::saveRecord(const QString& key, const TokenRecord& record, DoneCallback done)
{
    write(key, record.toJson(), std::move(done));
}

void TokenStore::loadRecord(const QString& key, RecordCallback done)
{
    read(key, [done](Result result, const QByteArray& data, const QString& error) {
        if (result != Result::Ok && result != Result::InMemoryOnly) {
            done(result, std::nullopt, error);
            return;
        }
        QString parseError;
        auto record = TokenRecord::fromJson(data, &parseError);
        if (!record) {
            done(Result::Failed, std::nullopt, parseError);
            return;
        }
        done(result, record, QString());
    });
}

void TokenStore::saveText(const QString& key, const QString& text, DoneCallback done)
{
    write(key, text.toUtf8(), std::move(done));
}

void TokenStore::loadText(const QString& key, TextCallback done)
{
    read(key, [done](Result result, const QByteArray& data, const QString& error) {
        done(result, QString::fromUtf8(data), error);
    });
}

void TokenStore::remove(const QString& key, DoneCallback done)
{
    m_latestChange.insert(key, ++m_changes);
    m_memory.remove(key);
    if (!m_available) {
        if (done)
            done(Result::InMemoryOnly, QString());
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* finished) {
        const int error = finished->error();
        if (!done)
            return;
        if (error == QKeychain::NoError)
            done(Result::Ok, QString());
        else if (error == QKeychain::EntryNotFound)
            done(Result::NotFound, QString());
        else if (isUnavailableError(error))
            done(Result::InMemoryOnly, QString());
        else
            done(Result::Failed,
                 tr("The keychain could not delete the saved session: %1").arg(finished->errorString()));
    });
    job->start();
}

void TokenStore::removeAll(const QStringList& keys, DoneCallback done)
{
    if (keys.isEmpty()) {
        if (done)
            done(Result::Ok, QString());
        return;
    }
    const QString first = keys.first();
    const QStringList rest = keys.mid(1);
    remove(first, [this, rest, done](Result result, const QString& error) {
        if (result == Result::Failed) {
            if (done)
                done(result, error);
            return;
        }
        removeAll(rest, done);
    });
}

} // namespace ccri::auth
