#pragma once

#include "app/crypto/JwkSet.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::sandbox {

class SandboxClock;
struct SandboxClient;

// Where a private_key_jwt client's public keys come from (RFC 7591 §2, SMART App Launch 2.2 "Client
// Authentication: Asymmetric" §"Registering a client"): its registered `jwks` at once, or the JWK
// Set published at its `jwks_uri`, fetched asynchronously (never blocking the server's thread),
// cached for cacheSeconds and fetched again sooner when the asked kid is not in a copy older than
// refetchAfterSeconds (key rotation). Concurrent asks for one URL share one fetch. Errors in words:
//   "The client's JWKS endpoint <url> can't be reached: <reason>"
//   "The client's JWKS endpoint <url> did not return a usable JWK Set: <reason>"
class ClientKeySetSource : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        std::optional<ccri::crypto::JwkSet> keys;
        QString error; // when no keys
    };
    using Callback = std::function<void(const Result&)>;

    static constexpr int cacheSeconds = 300;
    static constexpr int refetchAfterSeconds = 10;
    static constexpr int timeoutMs = 5000;
    static constexpr qint64 maxBytes = 64 * 1024;

    explicit ClientKeySetSource(const SandboxClock& clock, QObject* parent = nullptr);
    ~ClientKeySetSource() override;

    // `done` runs once on this thread: before keysFor returns when the set is at hand, else later.
    void keysFor(const SandboxClient& client, const QString& kid, Callback done);

private:
    struct Cached
    {
        ccri::crypto::JwkSet keys;
        qint64 fetchedAt = 0;
    };
    void fetch(const QString& url);
    void finished(const QString& url, QNetworkReply* reply, bool tooLarge);

    const SandboxClock& m_clock;
    QNetworkAccessManager* m_network;
    QHash<QString, Cached> m_cache;
    QHash<QString, QList<Callback>> m_waiting;
};

} // namespace ccri::sandbox
