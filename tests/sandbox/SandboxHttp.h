#pragma once

#include "SandboxBrowser.h"

#include <nlohmann/json.hpp>
#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ccri::sandbox {
class SandboxServer;
}

namespace ccri::test {

// A loopback FHIR client for sandbox tests (waits with QSignalSpy, so the server on the same thread
// keeps serving): requests with any verb, token and Accept header, and real tokens from the
// sandbox's own OAuth2 server (client_credentials, or the authorization-code walk of SandboxBrowser).
class SandboxHttp
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;

        QByteArray header(const QByteArray& name) const;
        nlohmann::json json() const; // discarded (is_discarded()) when the body is not JSON
    };

    explicit SandboxHttp(ccri::sandbox::SandboxServer& server);

    Reply get(const QUrl& url, const QByteArray& token = {}, const QByteArray& accept = {});
    Reply send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
               const QList<QPair<QByteArray, QByteArray>>& headers);

    // An access token for a demo confidential client, or empty and a sentence in *error.
    QByteArray clientCredentials(const QString& clientId, const QString& scope, QString* error);
    // Signs in as `user` (password "password") with ccri-explorer, ticks exactly `scope` on the consent
    // page and, when launch/patient is requested, picks `patientId`.
    QByteArray authorizationCode(const QString& user, const QString& scope, const QString& patientId, QString* error);

private:
    QByteArray accessToken(const SandboxBrowser::Response& response, QString* error) const;

    ccri::sandbox::SandboxServer& m_server;
    SandboxBrowser m_browser;
    QNetworkAccessManager m_network;
};

} // namespace ccri::test
