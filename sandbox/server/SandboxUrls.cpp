#include "sandbox/server/SandboxUrls.h"

namespace ccri::sandbox {

SandboxUrls::SandboxUrls(const QUrl& origin)
    : m_origin(origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_originText(m_origin.toString())
{
}

QUrl SandboxUrls::fhirBase() const
{
    QUrl url = m_origin;
    url.setPath(fhirPath());
    return url;
}

SandboxUrls SandboxUrls::forRelease(FhirRelease release) const
{
    SandboxUrls urls = *this;
    urls.m_release = release;
    return urls;
}

std::optional<FhirRelease> SandboxUrls::releaseOf(const QString& url) const
{
    QStringView text(url);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    if (!text.startsWith(m_originText))
        return std::nullopt;
    // fhirBase(release).toString() is the origin's text and the release's path.
    const QStringView path = text.mid(m_originText.size());
    for (const FhirRelease release : {FhirRelease::Stu3, FhirRelease::R4}) {
        if (path == fhirPathPrefix(release))
            return release;
    }
    return std::nullopt;
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
    url.setPath(fhirPath() + QLatin1Char('/') + path);
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
