#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace ccri::sandbox {

// The sandbox's in-memory FHIR resources, by type and id, with a patient-compartment index.
// Filled once (SyntheticData::generate), then only read: const access is safe from several threads.
// Pointers returned stay valid until the store is cleared or destroyed.
class ResourceStore
{
public:
    ResourceStore() = default;
    ResourceStore(const ResourceStore&) = delete;
    ResourceStore& operator=(const ResourceStore&) = delete;

    // Takes a resource with "resourceType" and "id" set. A resource with the same type and id is
    // replaced in place (keeping its position). Returns the stored resource, nullptr when type or id is missing.
    const nlohmann::json* add(nlohmann::json resource);
    void clear();

    const nlohmann::json* find(const QString& type, const QString& id) const;
    QList<const nlohmann::json*> all(const QString& type) const; // in insertion order
    // The resources of `type` in the compartment of Patient/<patientId> (for Patient: that patient).
    QList<const nlohmann::json*> forPatient(const QString& type, const QString& patientId) const;

    QStringList types() const; // sorted
    qsizetype count(const QString& type) const;
    qsizetype size() const; // every resource

    // The id of the patient whose compartment holds `resource`: its own id for a Patient, else
    // the id in subject / patient / securityContext (Binary) "Patient/<id>" references; empty if none.
    static QString patientOf(const nlohmann::json& resource);

    // Every resource, by type then insertion order, as one JSON array (compact, deterministic bytes).
    QByteArray dump() const;

private:
    struct Table
    {
        std::vector<std::unique_ptr<nlohmann::json>> items;
        std::map<QString, std::size_t> byId;
        std::map<QString, std::vector<std::size_t>> byPatient;
    };
    std::map<QString, Table> m_tables;
    qsizetype m_size = 0;
};

} // namespace ccri::sandbox
