#include "ui/browser/TokenServers.h"

#include <QJsonArray>
#include <QStringList>

namespace ccri {

namespace {
QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}
} // namespace

QString TokenServers::describe(const QJsonObject& claims, const QUrl& fhirBase)
{
    const QString issuer = claims.value(QStringLiteral("iss")).toString();
    // RFC 7519 §4.1.3: aud is one string or an array of strings.
    QStringList audiences;
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    if (aud.isArray()) {
        for (const QJsonValue& value : aud.toArray())
            audiences << value.toString();
    } else if (aud.isString()) {
        audiences << aud.toString();
    }
    audiences.removeAll(QString());
    QStringList lines;
    const QString audText = audiences.join(QStringLiteral(", "));
    // The audiences that are URLs (Keycloak adds names such as "account"): is the issuer on another host?
    QStringList servers;
    bool sameHost = false;
    const QString issuerHost = QUrl(issuer).host();
    for (const QString& audience : std::as_const(audiences)) {
        const QString host = QUrl(audience).host();
        if (!host.isEmpty()) {
            servers << audience;
            sameHost = sameHost || host.compare(issuerHost, Qt::CaseInsensitive) == 0;
        }
    }
    if (!issuerHost.isEmpty() && !servers.isEmpty() && !sameHost) {
        lines << tr("Authorization server (issuer): %1").arg(issuer)
              << tr("FHIR server (aud): %1").arg(servers.join(QStringLiteral(", ")));
    }
    if (!audiences.isEmpty() && fhirBase.isValid()) {
        const QString base = withoutTrailingSlash(fhirBase.toString());
        bool matches = false;
        for (const QString& audience : std::as_const(audiences))
            matches = matches || withoutTrailingSlash(audience) == base;
        if (!matches)
            lines << tr("Note: this token's aud (%1) is not the FHIR base in use (%2).").arg(audText, base);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ccri
