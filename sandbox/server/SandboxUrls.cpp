#include "sandbox/server/SandboxUrls.h"

namespace ccri::sandbox {

SandboxUrls::SandboxUrls(const QUrl& origin)
    : m_origin(origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
{
}

QUrl SandboxUrls::fhirBase() const
{
    QUrl url = m_origin;
    url.setPath(fhirPathPrefix());
    return url;
}

QUrl SandboxUrls::authBase() const
{
    QUrl url = m_origin;
    url.setPath(authPathPrefix());
    return url;
}

QUrl SandboxUrls::fhir(const QString& path) const
{
    QUrl url = m_origin;
    url.setPath(fhirPathPrefix() + QLatin1Char('/') + path);
    return url;
}

QUrl SandboxUrls::auth(const QString& path) const
{
    QUrl url = m_origin;
    url.setPath(authPathPrefix() + QLatin1Char('/') + path);
    return url;
}

QString SandboxUrls::issuer() const
{
    return authBase().toString();
}

} // namespace ccri::sandbox
