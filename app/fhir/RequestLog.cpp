#include "RequestLog.h"

namespace ccri::fhir {

RequestLog::RequestLog(QObject* parent)
    : QObject(parent)
{
}

void RequestLog::setMaxEntries(int maxEntries)
{
    m_maxEntries = qMax(1, maxEntries);
    const int excess = size() - m_maxEntries;
    if (excess > 0) {
        emit aboutToDropOldest(excess);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        m_dropped += quint64(excess);
        emit oldestDropped(excess);
    }
}

void RequestLog::add(RequestLogEntry entry)
{
    if (size() >= m_maxEntries) {
        const int excess = size() - m_maxEntries + 1;
        emit aboutToDropOldest(excess);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        m_dropped += quint64(excess);
        emit oldestDropped(excess);
    }
    entry.id = m_nextId++;
    const int index = size();
    emit aboutToAdd(index);
    m_entries.push_back(std::move(entry));
    emit added(index);
}

void RequestLog::clear()
{
    emit aboutToClear();
    m_entries.clear();
    emit cleared();
}

} // namespace ccri::fhir
