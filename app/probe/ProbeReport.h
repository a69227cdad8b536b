#pragma once

#include "app/probe/ProbeFinding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace ccri::probe {

// What one probe of a server found, in order, and its three renderings: JSON (for scripts and
// CI), HTML (saved and read by people; every character the server sent is escaped) and plain text
// (the command line).
class ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)

public:
    QUrl fhirBase;
    QString clientId; // empty: no authorization request was checked
    QUrl redirectUri;
    QDateTime checkedAt;
    QList<ProbeFinding> findings;

    int count(ProbeFinding::Severity severity) const;
    bool hasFailures() const { return count(ProbeFinding::Severity::Fail) > 0; }
    const ProbeFinding* find(const QString& id) const; // the first with this id, or nullptr
    QString summary() const; // "23 passed, 1 warning, 0 failed"

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented
    QString toHtml() const;
    QString toText() const;
};

} // namespace ccri::probe
