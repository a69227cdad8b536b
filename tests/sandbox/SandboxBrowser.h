#pragma once

#include "app/crypto/JwkSet.h"

#include <nlohmann/json.hpp>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace ccri::sandbox {
class SandboxServer;
}

// A test's browser, OAuth client and FHIR client against a real SandboxServer over loopback: plain
// HTTP with QNetworkAccessManager (cookies kept, redirects not followed; waits with QSignalSpy, so
// the server on the same thread keeps serving), the authorize -> login -> consent walk a user
// makes, the token calls a client makes, and real access tokens for FHIR requests.
class SandboxBrowser
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QString location;
        QString networkError; // no HTTP answer at all
        QJsonObject json() const;
        nlohmann::json fhirJson() const; // discarded (is_discarded()) when the body is not JSON
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
        // The first issue's diagnostics when the body is an OperationOutcome; "" otherwise.
        QString diagnostics() const;
        // The first issue's severity ("error", "warning", ...) when the body is an OperationOutcome; "" otherwise.
        QString severity() const;
    };
    using Form = QList<QPair<QString, QString>>;

    // RFC 7636 appendix B.
    static QString verifier() { return QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"); }
    static QString challenge() { return QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"); }
    static QString redirectUri() { return QStringLiteral("http://127.0.0.1:54321/callback"); }

    explicit SandboxBrowser(ccri::sandbox::SandboxServer& server);

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    Response get(const QUrl& url, const QByteArray& token = {}, const QByteArray& accept = {});
    Response send(const QByteArray& verb, const QUrl& url, const QByteArray& body, const Headers& headers);
    Response post(const QUrl& url, const Form& form, const QByteArray& authorization = QByteArray());
    Response postRaw(const QUrl& url, const QByteArray& body, const QByteArray& contentType,
                     const QByteArray& authorization = QByteArray());

    // The authorize URL of a well-formed request from ccri-explorer, with `changes` replacing (or, with an empty
    // value, removing) parameters.
    QUrl authorizeUrl(const QString& scope, const Form& changes = {}) const;
    // Follows authorize -> login (as user) and returns the consent page's response.
    Response openConsent(const QUrl& authorizeUrl, const QString& user, const QString& password = "password");
    // The consent form's submission: `ticked` scopes, `button` authorize or deny, the CSRF token unless dropped.
    Response submitConsent(const Response& consentPage, const QStringList& ticked, const QString& button,
                           const QString& patient = QString(), bool withCsrf = true);
    // Walks the whole way with every permitted scope ticked; returns the final redirect's query.
    QUrlQuery signIn(const QString& scope, const QString& user = QStringLiteral("clinician"),
                     const QString& clientId = QStringLiteral("ccri-explorer"));
    Response exchangeCode(const QString& code, const QString& verifier = SandboxBrowser::verifier(),
                          const QString& clientId = QStringLiteral("ccri-explorer"),
                          const QString& redirect = SandboxBrowser::redirectUri());
    // grant_type=refresh_token for ccri-explorer (public), with a narrower `scope` when not empty.
    Response refresh(const QString& refreshToken, const QString& scope = QString());
    // Basic credentials of a confidential demo client.
    QByteArray basic(const QString& clientId) const;
    // An access token for a demo confidential client, or empty and a sentence in *error.
    QByteArray clientCredentials(const QString& clientId, const QString& scope, QString* error);
    // Signs in as `user` (password "password") with ccri-explorer, ticks exactly `scope` on the consent
    // page and, when launch/patient is requested, picks `patientId`.
    // `aud` names the FHIR base the token is for (default: the STU3 base).
    QByteArray authorizationCode(const QString& user, const QString& scope, const QString& patientId, QString* error,
                                 const QString& aud = QString());

    // The first issue's diagnostics of an OperationOutcome (a body, or a Bundle entry's resource); "" otherwise.
    static QString diagnostics(const nlohmann::json& outcome);
    static QString severity(const nlohmann::json& outcome); // the first issue's; "" otherwise
    // The sandbox's public key set from GET /auth/jwks (empty, and a warning, if it cannot be read).
    ccri::crypto::JwkSet jwks();
    static QJsonObject jwtClaims(const QString& jwt); // a JWT's payload, unverified; empty if not a JWT
    static QString formValue(const QByteArray& html, const QString& name); // value of <input name=...>
    static QStringList checkboxValues(const QByteArray& html, bool enabledOnly = true);
    QUrl url(const QString& pathAndQuery) const; // relative to the server's origin

private:
    static QByteArray accessToken(const Response& response, QString* error);

    ccri::sandbox::SandboxServer& m_server;
    QNetworkAccessManager m_network;
};
