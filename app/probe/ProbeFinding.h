#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ccri::probe {

// One judgement of the conformance probe: which check (a stable id such as "pkce-s256-advertised",
// what tests and scripts look for), pass, warning or fail, the rule in words with the section it
// comes from, what the server really did, and what to change. Everything in `observed` may come
// from the server: reports escape it.
class ProbeFinding
{
public:
    enum class Severity
    {
        Pass,
        Warning,
        Fail
    };

    QString id;
    Severity severity = Severity::Pass;
    QString rule; // "The smart-configuration lists S256 in code_challenge_methods_supported."
    QString source; // "SMART App Launch 2.2 §Conformance", "RFC 7636 §4.2"
    QString observed;
    QString remedy; // empty for a pass

    static QString severityName(Severity severity); // "pass", "warning", "fail"
    QString severityText() const; // translated, for people
    QJsonObject toJson() const;
};

} // namespace ccri::probe

Q_DECLARE_METATYPE(ccri::probe::ProbeFinding)
