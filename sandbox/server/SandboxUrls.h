#pragma once

#include "sandbox/server/FhirRelease.h"

#include <optional>
#include <QString>
#include <QUrl>

namespace ccri::sandbox {

// Where things live on a sandbox whose origin is e.g. http://127.0.0.1:8080 :
//   FHIR base  <origin>/fhir/STU3          (metadata, .well-known/smart-configuration, resources)
//              <origin>/fhir/R4            (the same for UK Core R4: forRelease(FhirRelease::R4))
//   auth base  <origin>/auth               (authorize, login, consent, token, revoke, introspect, jwks)
// The one place that knows the layout, shared by the auth server, the FHIR API and the tests.
class SandboxUrls
{
public:
    SandboxUrls() = default;
    explicit SandboxUrls(const QUrl& origin);

    QUrl origin() const { return m_origin; }
    QUrl fhirBase() const; // <origin>/fhir/STU3 (no trailing slash), or /fhir/R4 for forRelease(R4)
    QUrl authBase() const; // <origin>/auth
    QUrl fhir(const QString& path) const; // fhir("Patient/1") -> <origin>/fhir/STU3/Patient/1
    QUrl auth(const QString& path) const; // auth("token")     -> <origin>/auth/token
    QString issuer() const; // the JWT `iss`: authBase() as a string
    // RFC 7591 dynamic registration (<auth base>/register) when open; an empty URL when off.
    QUrl registrationEndpoint() const { return m_registrationOpen ? auth(QStringLiteral("register")) : QUrl(); }
    void setRegistrationOpen(bool open) { m_registrationOpen = open; }

    // These URLs with fhirBase(), fhir() and fhirPath() for one release's base (the rest unchanged).
    SandboxUrls forRelease(FhirRelease release) const;
    FhirRelease release() const { return m_release; }
    QUrl fhirBase(FhirRelease release) const { return forRelease(release).fhirBase(); }
    // The release whose base `url` names (trailing slashes ignored); nullopt for none of them.
    std::optional<FhirRelease> releaseOf(const QString& url) const;
    QString fhirPath() const { return fhirPathPrefix(m_release); } // the path of fhirBase()

    static QString fhirPathPrefix(FhirRelease release = FhirRelease::Stu3)
    {
        return release == FhirRelease::R4 ? QStringLiteral("/fhir/R4") : QStringLiteral("/fhir/STU3");
    }
    static QString authPathPrefix() { return QStringLiteral("/auth"); }

private:
    QUrl m_origin;
    QString m_originText; // m_origin as text, for releaseOf() (every FHIR request asks it)
    bool m_registrationOpen = false;
    FhirRelease m_release = FhirRelease::Stu3;
};

} // namespace ccri::sandbox
