#include "app/probe/ProbeReport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ccri::probe {

int ProbeReport::count(ProbeFinding::Severity severity) const
{
    int n = 0;
    for (const ProbeFinding& finding : findings)
        n += finding.severity == severity ? 1 : 0;
    return n;
}

const ProbeFinding* ProbeReport::find(const QString& id) const
{
    for (const ProbeFinding& finding : findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

QString ProbeReport::summary() const
{
    return tr("%1 passed, %2 warnings, %3 failed")
        .arg(count(ProbeFinding::Severity::Pass))
        .arg(count(ProbeFinding::Severity::Warning))
        .arg(count(ProbeFinding::Severity::Fail));
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray items;
    for (const ProbeFinding& finding : findings)
        items.append(finding.toJson());
    QJsonObject object {{QStringLiteral("fhirBase"), fhirBase.toString()},
                        {QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("passed"), count(ProbeFinding::Severity::Pass)},
                        {QStringLiteral("warnings"), count(ProbeFinding::Severity::Warning)},
                        {QStringLiteral("failed"), count(ProbeFinding::Severity::Fail)},
                        {QStringLiteral("findings"), items}};
    if (!clientId.isEmpty()) {
        object.insert(QStringLiteral("clientId"), clientId);
        object.insert(QStringLiteral("redirectUri"), redirectUri.toString());
    }
    return object;
}

QByteArray ProbeReport::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QString ProbeReport::toHtml() const
{
    // Everything that may come from the server (URLs, descriptions, page text) goes through toHtmlEscaped().
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<title>%1</title>").arg(esc(tr("Server check: %1").arg(fhirBase.toString())));
    html += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}"
        ".pass{background:#e6f4e6}.warning{background:#fff4d6}.fail{background:#fbe1e1}</style></head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Server check: %1").arg(fhirBase.toString())));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("Checked %1. %2.").arg(checkedAt.toUTC().toString(Qt::ISODate), summary())));
    if (!clientId.isEmpty())
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(tr("Client id %1, redirect URI %2.").arg(clientId, redirectUri.toString())));
    else
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(tr("No client id given: the authorization request was not "
                                "checked.")));
    html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(esc(tr("Result")), esc(tr("Rule")), esc(tr("Source")), esc(tr("What we saw")),
                     esc(tr("What to change")));
    for (const ProbeFinding& finding : findings) {
        html += QStringLiteral(
                    "<tr class=\"%1\" id=\"%2\"><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(ProbeFinding::severityName(finding.severity), esc(finding.id), esc(finding.severityText()),
                         esc(finding.rule), esc(finding.source), esc(finding.observed), esc(finding.remedy));
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

QString ProbeReport::toText() const
{
    QString text = tr("Server check: %1").arg(fhirBase.toString()) + QLatin1Char('\n');
    for (const ProbeFinding& finding : findings) {
        text += QStringLiteral("[%1] %2\n").arg(finding.severityText().toUpper(), finding.rule);
        text += QStringLiteral("    %1 %2\n").arg(tr("Source:"), finding.source);
        text += QStringLiteral("    %1 %2\n").arg(tr("Seen:"), finding.observed);
        if (!finding.remedy.isEmpty())
            text += QStringLiteral("    %1 %2\n").arg(tr("Change:"), finding.remedy);
    }
    if (clientId.isEmpty())
        text += tr("No client id given (--client-id): the authorization request was not checked.") + QLatin1Char('\n');
    return text + summary() + QLatin1Char('\n');
}

} // namespace ccri::probe
