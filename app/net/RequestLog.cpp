#include "app/net/RequestLog.h"

namespace ccri::net {

RequestLog::RequestLog(QObject* parent)
    : QObject(parent)
{
}

void RequestLog::dropOldest(int count)
{
    if (count <= 0) {
        return;
    }
    emit aboutToDropOldest(count);
    for (int i = 0; i < count; ++i) {
        m_totalBytes -= m_entries.at(std::size_t(i)).responseBody.size();
    }
    m_entries.erase(m_entries.begin(), m_entries.begin() + count);
    m_dropped += quint64(count);
    emit oldestDropped(count);
}

void RequestLog::setMaxEntries(int maxEntries)
{
    m_maxEntries = qMax(1, maxEntries);
    dropOldest(size() - m_maxEntries);
}

void RequestLog::add(RequestLogEntry entry)
{
    int excess = size() - m_maxEntries + 1;
    qint64 bytes = m_totalBytes + entry.responseBody.size();
    for (int i = 0; i < size() && bytes > m_maxTotalBytes; ++i) {
        bytes -= m_entries.at(std::size_t(i)).responseBody.size();
        excess = qMax(excess, i + 1);
    }
    dropOldest(excess);
    m_totalBytes += entry.responseBody.size();
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
    m_totalBytes = 0;
    emit cleared();
}

} // namespace ccri::net
