#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ccri::fhir {

// What a server's CapabilityStatement says, summarised for people: FHIR version, software,
// resource types with their interactions and search parameters, and the security section
// (SMART oauth-uris extension).
class CapabilitySummary
{
public:
    struct ResourceCapability
    {
        QString type;
        QStringList interactions;
        QStringList searchParams;
    };

    static std::optional<CapabilitySummary> fromJson(const nlohmann::json& statement, QString* error = nullptr);
    static std::optional<CapabilitySummary> fromBytes(const QByteArray& bytes, QString* error = nullptr);

    QString fhirVersion() const { return m_fhirVersion; }
    QString release() const; // "STU3", "R4", ... from fhirVersion; empty when unknown
    QString software() const { return m_software; }
    QString publisher() const { return m_publisher; }
    QStringList formats() const { return m_formats; }
    const QList<ResourceCapability>& resources() const { return m_resources; }
    // Parameters the server takes on every search (rest.searchParam): _count, _sort, ...
    QStringList serverSearchParams() const { return m_serverSearchParams; }
    // Does the server say a search of `type` can be sorted (_sort, for every type or for this one)
    // by `parameter`, a search parameter it lists for the type?
    bool canSort(const QString& type, const QString& parameter) const;
    QStringList securityServices() const { return m_securityServices; } // e.g. "SMART-on-FHIR"
    QString securityDescription() const { return m_securityDescription; }
    const QMap<QString, QString>& oauthUris() const { return m_oauthUris; } // authorize, token, revoke, ...

private:
    QString m_fhirVersion;
    QString m_software;
    QString m_publisher;
    QStringList m_formats;
    QList<ResourceCapability> m_resources;
    QStringList m_serverSearchParams;
    QStringList m_securityServices;
    QString m_securityDescription;
    QMap<QString, QString> m_oauthUris;
};

} // namespace ccri::fhir
