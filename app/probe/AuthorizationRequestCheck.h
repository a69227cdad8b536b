#pragma once

#include "app/probe/ProbeCheck.h"

namespace ccri::probe {

// With a client id: the authorization request the explorer would send (PKCE S256, the profile's
// redirect URI, aud = the FHIR base), judged by its first answer without following it to a login
// (a redirect back with error=..., a sign-in page, or an error page); then the same request without
// code_challenge, which a SMART 2.2 server must refuse. An answer that comes back to the redirect URI
// has its RFC 9207 `iss` checked against the discovered issuer.
class AuthorizationRequestCheck : public ProbeCheck
{
    Q_OBJECT
public:
    using ProbeCheck::ProbeCheck;
    QString title() const override;
    void start() override;

private:
    enum class Answer
    {
        Accepted, // a sign-in page, or a redirect on to one
        Refused, // an error back at the redirect URI, or an error page
        Broken // no HTTP answer, or a server error
    };
    QUrl requestUrl(bool withPkce) const;
    Answer classify(QNetworkReply* reply, const QByteArray& body, int status, QString* observed);
    void judgeIssuer(const QUrl& location);
    void judgeWithPkce(QNetworkReply* reply, const QByteArray& body, int status);
    void judgeWithoutPkce(QNetworkReply* reply, const QByteArray& body, int status);

    bool m_issuerJudged = false;
};

} // namespace ccri::probe
