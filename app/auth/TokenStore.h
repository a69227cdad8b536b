#pragma once

#include "app/auth/TokenRecord.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace ccri::auth {

// Tokens and client secrets in the OS keychain (qtkeychain; service "ccri-explorer"), through
// asynchronous jobs chained by their `finished` signals. There is no file fallback: when the
// keychain is missing (NoBackendAvailable, or OtherError — what a missing Secret Service gives on
// Linux) the store says so once through keychainUnavailable() and keeps values in this process's
// memory only, so the session goes on and is gone when the app closes. The first such answer is
// asked again once, a moment later (a Secret Service that is still starting answers the same).
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Result
    {
        Ok,
        NotFound,
        InMemoryOnly, // no keychain: kept (or looked up) in memory
        Failed,
        Superseded // a save dropped: a later save or removal of the same entry came before it could land
    };
    using RecordCallback = std::function<void(Result result, std::optional<TokenRecord> record, const QString& error)>;
    using TextCallback = std::function<void(Result result, const QString& text, const QString& error)>;
    using DoneCallback = std::function<void(Result result, const QString& error)>;

    explicit TokenStore(const QString& service = QStringLiteral("ccri-explorer"), QObject* parent = nullptr);

    QString service() const { return m_service; }
    bool isKeychainAvailable() const { return m_available; }
    static QString unavailableNotice();

    void saveRecord(const QString& key, const TokenRecord& record, DoneCallback done = {});
    void loadRecord(const QString& key, RecordCallback done);
    void saveText(const QString& key, const QString& text, DoneCallback done = {});
    void loadText(const QString& key, TextCallback done);
    void remove(const QString& key, DoneCallback done = {});
    void removeAll(const QStringList& keys, DoneCallback done = {}); // one after the other

signals:
    void keychainUnavailable(const QString& notice);

private:
    void write(const QString& key, const QByteArray& data, DoneCallback done);
    using ReadCallback = std::function<void(Result, const QByteArray&, const QString&)>;
    void read(const QString& key, ReadCallback done);
    // While the keychain is unavailable: the session lives in m_memory only.
    void writeMemory(const QString& key, const QByteArray& data, const DoneCallback& done);
    void readMemory(const QString& key, const ReadCallback& done) const;
    bool isUnavailableError(int error) const;
    void markUnavailable();
    bool retryOnce(std::function<void()> again); // false when the one retry was used
    void prepare(QKeychain::Job* job, const QString& key);

    QString m_service;
    static constexpr int kRetryDelayMs = 700;
    bool m_available = true;
    bool m_retried = false;
    QHash<QString, QByteArray> m_memory; // only while the keychain is unavailable
    // The latest save or removal asked for, per entry: a save that lands after a later one was asked
    // (its one retry, or its fall-back to memory) is dropped, so a sign-out's removal is never undone.
    quint64 m_changes = 0;
    QHash<QString, quint64> m_latestChange;
};

} // namespace ccri::auth
