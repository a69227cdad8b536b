#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::test {

// One trainee against a sandbox, over HTTP and without a browser: discovery, the authorization
// request with PKCE, the login and consent forms as a script-less browser submits them, the code
// exchange, then FHIR GETs with the token, and revocation. Its own cookie jar (its own
// QNetworkAccessManager), so many trainees at once are as separate as many browsers.
// Every step is asynchronous and ends in a signal (tests wait with QSignalSpy / QTRY_*).
class SimulatedTrainee : public QObject
{
    Q_OBJECT
public:
    enum class TokenKind
    {
        Access,
        Refresh
    };
    struct Exchange
    {
        QByteArray method;
        QString path; // as asked, relative to the FHIR base
        int status = 0; // 0: no HTTP answer
        qint64 milliseconds = 0;
        qint64 microseconds = 0; // the same, finer (SignInStorm's ratio)
        QByteArray body;
        QString error; // transport error, if any
    };

    SimulatedTrainee(const QUrl& fhirBase, const QString& username, const QString& scope, QObject* parent = nullptr);
    ~SimulatedTrainee() override;

    void setPassword(const QString& password) { m_password = password; }
    void setClient(const QString& clientId, const QString& redirectUri);

    void signIn(); // ends in signedIn() or failed()
    // Only the browser's part, for an authorization request someone else made (the explorer's
    // SignInFlow): login and consent forms, then redirectReached() with the redirect URL, untouched.
    void authorizeAt(const QUrl& authorizeUrl, const QString& redirectUri);
    void get(const QString& path); // relative to the FHIR base, with the token; ends in replied()
    // The access (or refresh) token at the revocation endpoint; ends in revoked() or failed().
    void revoke(TokenKind kind = TokenKind::Access);
    // The refresh token at the token endpoint; ends in refreshAnswered() (new tokens kept on 200).
    void refresh();

    QString username() const { return m_username; }
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    QString grantedScope() const { return m_grantedScope; }
    QString patient() const { return m_patient; }
    qint64 signInMilliseconds() const { return m_signInMilliseconds; }
    qint64 signInNanoseconds() const { return m_signInNanoseconds; } // the same, not cut to whole milliseconds
    // Each answer of the last signIn() or authorizeAt(), "GET /auth/authorize at 1.23 ms" (for the benchmarks).
    QStringList timeline() const { return m_timeline; }

signals:
    void signedIn();
    void redirectReached(const QUrl& redirect);
    void replied(const ccri::test::SimulatedTrainee::Exchange& exchange);
    void revoked();
    void refreshAnswered(int status, const QString& oauthError);
    void failed(const QString& why);

private:
    void discover();
    void authorize();
    void follow(QNetworkReply* reply);
    void exchangeCode(const QString& code);
    void fail(const QString& why);
    QNetworkReply* post(const QUrl& url, const QByteArray& form);

    QNetworkAccessManager* m_network;
    QUrl m_fhirBase;
    QString m_username;
    QString m_password = QStringLiteral("password");
    QString m_scope;
    QString m_clientId = QStringLiteral("ccri-explorer");
    QString m_redirectUri = QStringLiteral("http://127.0.0.1:7777/callback");
    QUrl m_authorizeEndpoint;
    QUrl m_tokenEndpoint;
    QUrl m_revokeEndpoint;
    QString m_state;
    QString m_verifier;
    QString m_accessToken;
    QString m_refreshToken;
    QString m_grantedScope;
    QString m_patient;
    int m_steps = 0;
    bool m_browserOnly = false;
    QElapsedTimer m_signInTimer;
    QStringList m_timeline; // "METHOD path at N ms" per answer since signIn() or authorizeAt()
    qint64 m_signInMilliseconds = 0;
    qint64 m_signInNanoseconds = 0;
};

} // namespace ccri::test
