#include "sandbox/data/ResourceStore.h"

#include <algorithm>

namespace ccri::sandbox {

namespace {

QString jsonString(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get_ref<const std::string&>());
}

QString patientIdFromReference(const nlohmann::json& resource, const char* key)
{
    const auto it = resource.find(key);
    if (it == resource.end() || !it->is_object())
        return {};
    const QString reference = jsonString(*it, "reference");
    static constexpr QLatin1String prefix("Patient/");
    if (!reference.startsWith(prefix))
        return {};
    return reference.mid(prefix.size());
}

} // namespace

const nlohmann::json* ResourceStore::add(nlohmann::json resource)
{
    if (!resource.is_object())
        return nullptr;
    const QString type = jsonString(resource, "resourceType");
    const QString id = jsonString(resource, "id");
    if (type.isEmpty() || id.isEmpty())
        return nullptr;

    Table& table = m_tables[type];
    const QString patient = patientOf(resource);
    const auto existing = table.byId.find(id);
    std::size_t index = 0;
    if (existing != table.byId.end()) {
        index = existing->second;
        const QString oldPatient = patientOf(*table.items[index]);
        if (!oldPatient.isEmpty()) {
            auto& list = table.byPatient[oldPatient];
            list.erase(std::remove(list.begin(), list.end(), index), list.end());
        }
        *table.items[index] = std::move(resource);
    } else {
        index = table.items.size();
        table.items.push_back(std::make_unique<nlohmann::json>(std::move(resource)));
        table.byId.emplace(id, index);
        ++m_size;
    }
    if (!patient.isEmpty()) {
        auto& list = table.byPatient[patient];
        list.insert(std::upper_bound(list.begin(), list.end(), index), index);
    }
    return table.items[index].get();
}

void ResourceStore::clear()
{
    m_tables.clear();
    m_size = 0;
}

const nlohmann::json* ResourceStore::find(const QString& type, const QString& id) const
{
    const auto table = m_tables.find(type);
    if (table == m_tables.end())
        return nullptr;
    const auto it = table->second.byId.find(id);
    return it == table->second.byId.end() ? nullptr : table->second.items[it->second].get();
}

QList<const nlohmann::json*> ResourceStore::all(const QString& type) const
{
    QList<const nlohmann::json*> result;
    const auto table = m_tables.find(type);
    if (table == m_tables.end())
        return result;
    result.reserve(qsizetype(table->second.items.size()));
    for (const auto& item : table->second.items)
        result.append(item.get());
    return result;
}

QList<const nlohmann::json*> ResourceStore::forPatient(const QString& type, const QString& patientId) const
{
    QList<const nlohmann::json*> result;
    const auto table = m_tables.find(type);
    if (table == m_tables.end())
        return result;
    const auto list = table->second.byPatient.find(patientId);
    if (list == table->second.byPatient.end())
        return result;
    result.reserve(qsizetype(list->second.size()));
    for (const std::size_t index : list->second)
        result.append(table->second.items[index].get());
    return result;
}

QStringList ResourceStore::types() const
{
    QStringList result;
    for (const auto& [type, table] : m_tables)
        result.append(type);
    return result;
}

qsizetype ResourceStore::count(const QString& type) const
{
    const auto table = m_tables.find(type);
    return table == m_tables.end() ? 0 : qsizetype(table->second.items.size());
}

qsizetype ResourceStore::size() const
{
    return m_size;
}

QString ResourceStore::patientOf(const nlohmann::json& resource)
{
    const QString type = jsonString(resource, "resourceType");
    if (type == QLatin1String("Patient"))
        return jsonString(resource, "id");
    for (const char* key : {"subject", "patient", "securityContext"}) {
        const QString id = patientIdFromReference(resource, key);
        if (!id.isEmpty())
            return id;
    }
    return {};
}

QByteArray ResourceStore::dump() const
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto& [type, table] : m_tables) {
        for (const auto& item : table.items)
            array.push_back(*item);
    }
    const std::string text = array.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace ccri::sandbox
