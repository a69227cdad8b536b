#pragma once

#include "app/fhir/CapabilitySummary.h"

#include <functional>
#include <optional>
#include <QFuture>
#include <QPointer>
#include <QWidget>
#include <utility>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ccri {

class DeferredWhileHidden;

namespace fhir {
class FhirClient;
class FhirReply;
} // namespace fhir

// The server's CapabilityStatement summarised: FHIR version, software, security (SMART oauth
// URIs), and per resource type its interactions and search parameters.
class CapabilityView : public QWidget
{
    Q_OBJECT

public:
    explicit CapabilityView(fhir::FhirClient* client, QWidget* parent = nullptr);

    // Both brought up to date first if a statement came while the view was hidden.
    QString headline() const; // "FHIR 3.0.1 (STU3) — ..." or the error
    QTreeWidget* tree() const;
    // The last statement loaded; none before the first load or after a failed one.
    const std::optional<fhir::CapabilitySummary>& summary() const { return m_summary; }

    // A statement already read from this server (the sign-in's discovery read it): shown as load()
    // would show it, with loaded(true) once it is read (off the GUI thread), and no request. Bytes
    // that are not a CapabilityStatement, or none, change nothing and ask the server (load()).
    void useStatement(const QByteArray& statement);
    // A statement the sign-in's discovery has just read, before its session comes: read now, off the
    // GUI thread, and kept for useStatement() with the same bytes, which then shows it at once (the
    // read has long ended by the time the user has signed in). Nothing is shown or emitted here.
    void prepare(const QByteArray& statement);
    bool hasPrepared() const; // a prepared statement is waiting for useStatement(), its read ended

public slots:
    void load(); // asks the server (again), e.g. the Load button

signals:
    void loaded(bool ok);

private:
    using Read = std::pair<std::optional<fhir::CapabilitySummary>, QString>; // the summary, or why not

    static QFuture<Read> readOffThread(const QByteArray& statement);
    // Reads the statement off the GUI thread (or takes the prepared read of the same bytes), then keeps
    // and shows it with loaded(true); failed(why) when it is not a CapabilityStatement. A later read()
    // or load() overtakes one under way.
    void read(const QByteArray& statement, const std::function<void(const QString&)>& failed);
    void adopt(Read result, const std::function<void(const QString&)>& failed);
    void dropPrepared();
    void showLoadFailure(const QString& error); // loaded(false), the error over the last statement
    void fill(const fhir::CapabilitySummary& summary); // the headline and the tree

    QPointer<fhir::FhirClient> m_client;
    QPointer<fhir::FhirReply> m_reply;
    QLabel* m_headline = nullptr;
    QPushButton* m_load = nullptr;
    QTreeWidget* m_tree = nullptr;
    std::optional<fhir::CapabilitySummary> m_summary;
    DeferredWhileHidden* m_filling = nullptr; // fill(m_summary), put off while hidden
    quint64 m_reading = 0; // the latest read() or load(): an older read's answer is dropped
    QByteArray m_preparedStatement; // prepare()'s bytes, and their read
    QFuture<Read> m_prepared;
};

} // namespace ccri
