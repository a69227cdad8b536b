#include "sandbox/auth/SandboxClient.h"

#include <QUrl>

namespace ccri::sandbox {

namespace {
bool isLoopbackHttp(const QUrl& url)
{
    return url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1"));
}
} // namespace

QString SandboxClient::authMethod() const
{
    if (privateKeyJwt)
        return QStringLiteral("private_key_jwt");
    return isPublic() ? QStringLiteral("none") : QStringLiteral("client_secret_basic");
}

bool SandboxClient::acceptsRedirect(const QString& redirectUri) const
{
    if (redirectUri.isEmpty())
        return false;
    if (redirectUris.contains(redirectUri))
        return true;
    const QUrl given(redirectUri, QUrl::StrictMode);
    if (!given.isValid() || !isLoopbackHttp(given) || given.hasFragment() || !given.userInfo().isEmpty())
        return false;
    for (const QString& registered : redirectUris) {
        const QUrl candidate(registered, QUrl::StrictMode);
        if (!isLoopbackHttp(candidate))
            continue;
        if (candidate.host() == given.host() && candidate.path(QUrl::FullyEncoded) == given.path(QUrl::FullyEncoded)
            && candidate.query(QUrl::FullyEncoded) == given.query(QUrl::FullyEncoded))
            return true;
    }
    return false;
}

} // namespace ccri::sandbox
