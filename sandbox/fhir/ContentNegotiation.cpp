#include "sandbox/fhir/ContentNegotiation.h"

#include "sandbox/fhir/FhirRequest.h"

#include <QUrlQuery>

namespace ccri::sandbox {

namespace {

bool isJson(const QString& type)
{
    return type == QLatin1String("json") || type == QLatin1String("application/json")
        || type == QLatin1String("application/fhir+json") || type == QLatin1String("application/json+fhir");
}

QStringList mediaTypes(const QByteArray& accept)
{
    QStringList types;
    for (const QByteArray& part : accept.split(','))
        types.append(QString::fromLatin1(part.split(';').first().trimmed()).toLower());
    types.removeAll(QString());
    return types;
}

} // namespace

ContentNegotiation::ContentNegotiation(const FhirRequest& request)
    : m_accept(request.header(QByteArrayLiteral("accept")))
{
    const QUrlQuery query = request.query();
    m_format = query.queryItemValue(QStringLiteral("_format"), QUrl::FullyDecoded).trimmed().toLower();
    m_pretty = query.queryItemValue(QStringLiteral("_pretty"), QUrl::FullyDecoded).trimmed().toLower();
}

std::optional<QString> ContentNegotiation::refusal() const
{
    if (!m_format.isEmpty()) {
        if (isJson(m_format))
            return std::nullopt;
        if (m_format.contains(QLatin1String("xml")))
            return QStringLiteral("This server returns FHIR resources as JSON only (application/fhir+json); "
                                  "XML (_format=%1) is not supported. Ask for _format=json.")
                .arg(m_format);
        return QStringLiteral("Unsupported _format \"%1\": this server returns application/fhir+json only.")
            .arg(m_format);
    }
    const QStringList types = mediaTypes(m_accept);
    if (types.isEmpty())
        return std::nullopt;
    bool xml = false;
    for (const QString& type : types) {
        if (isJson(type) || type == QLatin1String("*/*") || type == QLatin1String("application/*"))
            return std::nullopt;
        xml = xml || type.contains(QLatin1String("xml"));
    }
    if (xml)
        return QStringLiteral("This server returns FHIR resources as JSON only (application/fhir+json); "
                              "the request accepts only XML (Accept: %1).")
            .arg(QString::fromLatin1(m_accept));
    return std::nullopt;
}

bool ContentNegotiation::pretty() const
{
    return m_pretty == QLatin1String("true");
}

bool ContentNegotiation::wantsRaw(const QString& contentType) const
{
    if (!m_format.isEmpty())
        return false;
    const QStringList types = mediaTypes(m_accept);
    for (const QString& type : types) {
        if (isJson(type))
            return false;
    }
    return types.contains(contentType.toLower());
}

} // namespace ccri::sandbox
