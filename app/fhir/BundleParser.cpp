#include "BundleParser.h"

#include "BundleReader.h"

#include <QPromise>
#include <QtConcurrent>

namespace ccri::fhir {

BundleParser::BundleParser(QObject* parent)
    : QObject(parent)
{
}

BundleParser::~BundleParser()
{
    cancel();
}

void BundleParser::cancel()
{
    if (!m_watcher) {
        return;
    }
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_running = false;
}

void BundleParser::start(const QByteArray& bytes, const QString& expectedType)
{
    cancel();
    m_running = true;
    m_watcher = new QFutureWatcher<BundleChunk>(this);
    connect(m_watcher, &QFutureWatcher<BundleChunk>::resultsReadyAt, this, &BundleParser::onResultsReady);
    const int chunkSize = m_chunkSize;
    m_watcher->setFuture(QtConcurrent::run([bytes, expectedType, chunkSize](QPromise<BundleChunk>& promise) {
        BundleReader::read(
            bytes, expectedType, chunkSize, [&promise](BundleChunk&& chunk) { promise.addResult(std::move(chunk)); },
            [&promise] { return promise.isCanceled(); });
    }));
}

void BundleParser::onResultsReady(int begin, int end)
{
    QFutureWatcher<BundleChunk>* watcher = m_watcher;
    for (int i = begin; i < end && watcher == m_watcher; ++i) {
        const BundleChunk chunk = watcher->resultAt(i);
        if (!chunk.rows.isEmpty()) {
            emit rowsReady(chunk.rows);
        }
        if (chunk.last && watcher == m_watcher) {
            m_running = false;
            m_watcher->disconnect(this);
            m_watcher->deleteLater();
            m_watcher = nullptr;
            emit finished(chunk.info);
        }
    }
}

} // namespace ccri::fhir
