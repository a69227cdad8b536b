#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace ccri::fhir {

// A FHIR OperationOutcome: what the server says went wrong, in its own words.
class OperationOutcome
{
public:
    struct Issue
    {
        QString severity; // fatal | error | warning | information
        QString code; // e.g. processing, security, forbidden
        QString diagnostics; // the server's sentence, e.g. "Insufficient Access Rights to access Observation."
    };

    static std::optional<OperationOutcome> fromJson(const nlohmann::json& resource);
    // Parses bytes; nullopt when they are not an OperationOutcome.
    static std::optional<OperationOutcome> fromBytes(const QByteArray& bytes);

    const QList<Issue>& issues() const { return m_issues; }
    // The diagnostics of every issue, one sentence after another ("" when none says anything).
    QString text() const;

private:
    QList<Issue> m_issues;
};

} // namespace ccri::fhir
