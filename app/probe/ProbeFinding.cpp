#include "app/probe/ProbeFinding.h"

#include <QCoreApplication>

namespace ccri::probe {

QString ProbeFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QStringLiteral("pass");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Fail:
        break;
    }
    return QStringLiteral("fail");
}

QString ProbeFinding::severityText() const
{
    switch (severity) {
    case Severity::Pass:
        return QCoreApplication::translate("ProbeFinding", "pass");
    case Severity::Warning:
        return QCoreApplication::translate("ProbeFinding", "warning");
    case Severity::Fail:
        break;
    }
    return QCoreApplication::translate("ProbeFinding", "fail");
}

QJsonObject ProbeFinding::toJson() const
{
    QJsonObject object {{QStringLiteral("id"), id},
                        {QStringLiteral("severity"), severityName(severity)},
                        {QStringLiteral("rule"), rule},
                        {QStringLiteral("source"), source},
                        {QStringLiteral("observed"), observed}};
    if (!remedy.isEmpty())
        object.insert(QStringLiteral("remedy"), remedy);
    return object;
}

} // namespace ccri::probe
