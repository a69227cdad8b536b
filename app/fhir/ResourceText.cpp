#include "app/fhir/ResourceText.h"

#include <nlohmann/json.hpp>

namespace ccri::fhir {

ResourceText::ResourceText(const nlohmann::json& resource)
{
    const std::string text = resource.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    m_text = QByteArray(text.data(), qsizetype(text.size()));
}

nlohmann::json ResourceText::parse() const
{
    if (m_text.isEmpty()) {
        return {};
    }
    // allow_exceptions = false: a discarded value instead of a throw (cannot happen for our own dump).
    nlohmann::json tree = nlohmann::json::parse(m_text.constData(), m_text.constData() + m_text.size(), nullptr, false);
    return tree.is_discarded() ? nlohmann::json() : tree;
}

} // namespace ccri::fhir
