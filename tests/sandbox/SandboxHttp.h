#pragma once

#include <nlohmann/json.hpp>
#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace ccri::test {

// A loopback HTTP client for sandbox tests (waits with QSignalSpy, so the server on the same thread
// keeps serving): plain requests, and real tokens from the sandbox's own OAuth2 server through
// client_credentials or the whole authorization-code flow (login form, consent form, PKCE).
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

    explicit SandboxHttp(const QUrl& origin);

    Reply get(const QUrl& url, const QByteArray& token = {}, const QByteArray& accept = {});
    Reply send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
               const QList<QPair<QByteArray, QByteArray>>& headers);
    Reply postForm(const QUrl& url, const QUrlQuery& form, const QList<QPair<QByteArray, QByteArray>>& headers = {});

    // An access token, or empty and a sentence in *error.
    QByteArray clientCredentials(const QString& clientId, const QString& secret, const QString& scope, QString* error);
    // Signs in as `user` with the public client ccri-explorer, ticks every requested scope on the
    // consent page and, when launch/patient is requested, picks `patientId`.
    QByteArray authorizationCode(const QString& user, const QString& password, const QString& scope,
                                 const QString& patientId, QString* error);

private:
    QUrl resolve(const QByteArray& location) const;
    static QString hiddenInput(const QByteArray& html, const QString& name);

    QUrl m_origin;
    QNetworkAccessManager m_network;
};

} // namespace ccri::test
