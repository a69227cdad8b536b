#pragma once

#include "app/net/RequestLogEntry.h"

#include <deque>
#include <QObject>

namespace ccri::net {

// Every HTTP exchange the explorer made, newest last, bounded in memory: beyond maxEntries the
// oldest are dropped, and so are they when the kept bodies exceed maxTotalBytes. Entries are redacted when recorded
// (see RequestLogEntry::record).
class RequestLog : public QObject
{
    Q_OBJECT

public:
    explicit RequestLog(QObject* parent = nullptr);

    void setMaxEntries(int maxEntries);
    int maxEntries() const { return m_maxEntries; }
    qsizetype maxBodyBytes() const { return m_maxBodyBytes; }
    // All kept bodies together stay under this; the oldest entries go first.
    void setMaxTotalBytes(qint64 bytes) { m_maxTotalBytes = bytes; }
    qint64 totalBytes() const { return m_totalBytes; }

    void add(RequestLogEntry entry); // assigns the entry's id
    void clear();

    int size() const { return int(m_entries.size()); }
    const RequestLogEntry& at(int index) const { return m_entries.at(std::size_t(index)); }
    quint64 droppedCount() const { return m_dropped; }

signals:
    void aboutToDropOldest(int count); // the first `count` entries go
    void oldestDropped(int count);
    void aboutToAdd(int index);
    void added(int index);
    void aboutToClear();
    void cleared();

private:
    void dropOldest(int count);

    std::deque<RequestLogEntry> m_entries;
    qint64 m_maxTotalBytes = 64 * 1024 * 1024;
    qint64 m_totalBytes = 0;
    int m_maxEntries = 500;
    qsizetype m_maxBodyBytes = 512 * 1024;
    quint64 m_nextId = 1;
    quint64 m_dropped = 0;
};

} // namespace ccri::net
