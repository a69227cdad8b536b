#include "app/fhir/BundleEntryStream.h"

#include <utility>

namespace ccri::fhir {

BundleEntryStream::BundleEntryStream(json& document, EntrySink onEntry, std::function<void()> onRestart)
    : m_document(document)
    , m_onEntry(std::move(onEntry))
    , m_onRestart(std::move(onRestart))
{
    m_stack.reserve(32);
}

bool BundleEntryStream::key(json::string_t& name)
{
    json& object = *m_stack.back();
    if (m_stack.size() == 1) {
        m_entryKey = name == "entry";
        if (m_entryKey) { // a repeated key: json::parse keeps the last value, so do we
            m_entryCount = 0;
            if (m_onRestart) {
                m_onRestart();
            }
        }
    }
    m_member = &object[std::move(name)];
    return true;
}

BundleEntryStream::json* BundleEntryStream::place(json&& value)
{
    if (m_stack.empty()) {
        m_document = std::move(value);
        return &m_document;
    }
    json& parent = *m_stack.back();
    if (&parent == m_entries) {
        if (!value.is_structured()) {
            deliver(std::move(value));
            return nullptr;
        }
        m_entry = std::move(value); // built alone, handed over when it closes
        return &m_entry;
    }
    if (parent.is_array()) {
        parent.push_back(std::move(value));
        return &parent.back();
    }
    *m_member = std::move(value);
    return m_member;
}

bool BundleEntryStream::value(json&& v)
{
    place(std::move(v));
    return !m_stopped;
}

bool BundleEntryStream::open(json::value_t type)
{
    const bool topLevelEntries = type == json::value_t::array && m_stack.size() == 1 && m_entryKey
        && m_stack.front() == &m_document && m_document.is_object();
    json* container = place(json(type));
    m_stack.push_back(container);
    if (topLevelEntries) {
        m_entries = container;
        m_streamed = true;
    }
    return true;
}

bool BundleEntryStream::close()
{
    json* closed = m_stack.back();
    m_stack.pop_back();
    if (closed == m_entries) {
        m_entries = nullptr;
    } else if (closed == &m_entry) {
        deliver(std::move(m_entry));
        m_entry = json();
    }
    return !m_stopped;
}

bool BundleEntryStream::deliver(json&& element)
{
    const int index = m_entryCount++;
    if (m_onEntry && !m_onEntry(std::move(element), index)) {
        m_stopped = true;
    }
    return !m_stopped;
}

bool BundleEntryStream::parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error)
{
    m_error = error.what();
    return false;
}

} // namespace ccri::fhir
