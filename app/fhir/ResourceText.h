#pragma once

#include <nlohmann/json_fwd.hpp>
#include <QByteArray>

namespace ccri::fhir {

// One resource kept as its compact JSON text (UTF-8, implicitly shared) instead of a parsed tree:
// a parsed nlohmann::json Observation takes about 12 times its text, and a table only needs the
// tree of the row the user selects. parse() rebuilds exactly the tree the text was made from
// (nlohmann dumps numbers so that they parse back to the same value).
class ResourceText
{
public:
    ResourceText() = default;
    explicit ResourceText(const nlohmann::json& resource);

    bool isNull() const { return m_text.isNull(); }
    explicit operator bool() const { return !m_text.isNull(); }
    const QByteArray& text() const { return m_text; }
    // The resource as a tree; a null json when empty (never throws: the text came from a dump).
    nlohmann::json parse() const;

private:
    QByteArray m_text;
};

} // namespace ccri::fhir
