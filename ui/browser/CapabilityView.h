#pragma once

#include "app/fhir/CapabilitySummary.h"

#include <optional>
#include <QPointer>
#include <QWidget>

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
    // would show it, with loaded(true), and no request. False, and nothing changed, when the bytes
    // are not a CapabilityStatement.
    bool useStatement(const QByteArray& statement);

public slots:
    void load(); // asks the server (again), e.g. the Load button

signals:
    void loaded(bool ok);

private:
    bool take(const QByteArray& statement, QString* error);
    void fill(const fhir::CapabilitySummary& summary); // the headline and the tree

    QPointer<fhir::FhirClient> m_client;
    QPointer<fhir::FhirReply> m_reply;
    QLabel* m_headline = nullptr;
    QPushButton* m_load = nullptr;
    QTreeWidget* m_tree = nullptr;
    std::optional<fhir::CapabilitySummary> m_summary;
    DeferredWhileHidden* m_filling = nullptr; // fill(m_summary), put off while hidden
};

} // namespace ccri
