#pragma once

#include "BundleChunk.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

namespace ccri::fhir {

// Parses FHIR JSON off the GUI thread (QtConcurrent) and hands the rows back in chunks, so a
// table shows its first rows while the rest fill in. Cancelling or deleting the parser stops the
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
    void onResultsReady(int begin, int end);

    QFutureWatcher<BundleChunk>* m_watcher = nullptr;
    int m_chunkSize = 200;
    bool m_running = false;
};

} // namespace ccri::fhir
