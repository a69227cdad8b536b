#pragma once

#include "app/fhir/BundleChunk.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

namespace ccri::fhir {

// Parses FHIR JSON off the GUI thread (QtConcurrent) and hands the rows back in chunks, so a
// table shows its first rows while the rest fill in. One chunk per turn of the event loop, so
// painting and input run between chunks however fast the worker is. Cancelling or deleting the parser stops the
// delivery at once; the worker stops at its next check.
class BundleParser : public QObject
{
    Q_OBJECT

public:
    explicit BundleParser(QObject* parent = nullptr);
    ~BundleParser() override;

    void setChunkSize(int rows) { m_chunkSize = qMax(1, rows); }
    int chunkSize() const { return m_chunkSize; }

    // Starts parsing; a parse still running is cancelled first.
    void start(const QByteArray& bytes, const QString& expectedType = {});
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void rowsReady(const QList<ccri::fhir::ResourceRow>& rows);
    void finished(const ccri::fhir::BundleInfo& info);

private:
    void scheduleDelivery();
    void deliverOne();

    QFutureWatcher<BundleChunk>* m_watcher = nullptr;
    int m_delivered = 0; // results of m_watcher handed out so far
    bool m_deliveryScheduled = false;
    int m_chunkSize = 200;
    bool m_running = false;
};

} // namespace ccri::fhir
