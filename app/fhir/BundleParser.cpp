#include "app/fhir/BundleParser.h"

#include "app/fhir/BundleReader.h"

#include <QPromise>
#include <QtConcurrent>
#include <QTimer>

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
    m_delivered = 0;
    m_watcher = new QFutureWatcher<BundleChunk>(this);
    connect(m_watcher, &QFutureWatcher<BundleChunk>::resultsReadyAt, this, &BundleParser::scheduleDelivery);
    const int chunkSize = m_chunkSize;
    m_watcher->setFuture(QtConcurrent::run([bytes, expectedType, chunkSize](QPromise<BundleChunk>& promise) {
        BundleReader::read(
            bytes, expectedType, chunkSize, [&promise](BundleChunk&& chunk) { promise.addResult(std::move(chunk)); },
            [&promise] { return promise.isCanceled(); });
    }));
}

void BundleParser::scheduleDelivery()
{
    if (m_deliveryScheduled || !m_watcher) {
        return;
    }
    m_deliveryScheduled = true;
    QTimer::singleShot(0, this, &BundleParser::deliverOne);
}

void BundleParser::deliverOne()
{
    m_deliveryScheduled = false;
    QFutureWatcher<BundleChunk>* watcher = m_watcher;
    if (!watcher || m_delivered >= watcher->future().resultCount()) {
        return;
    }
    const BundleChunk chunk = watcher->resultAt(m_delivered++);
    if (!chunk.rows.isEmpty()) {
        emit rowsReady(chunk.rows);
    }
    if (watcher != m_watcher) {
        return; // a slot cancelled or restarted the parse
    }
    if (chunk.last) {
        m_running = false;
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
        emit finished(chunk.info);
        return;
    }
    if (m_delivered < watcher->future().resultCount()) {
        scheduleDelivery();
    }
}

} // namespace ccri::fhir
