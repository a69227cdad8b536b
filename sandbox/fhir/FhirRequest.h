#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace ccri::sandbox {

// What the FHIR API reads of one request: the method, the URL (path and query) and the header
// fields. Made from a QHttpServerRequest by the routes, or from the request head FhirDirectServer
// parsed itself; FhirApi answers both alike.
//
//   FhirRequest request(QHttpServerRequest::Method::Get, QUrl::fromEncoded(target), fields);
//   request.header("authorization");   // case-insensitive, RFC 9110 §5.1
class FhirRequest
{
public:
    using Fields = QList<QPair<QByteArray, QByteArray>>;

    FhirRequest(QHttpServerRequest::Method method, QUrl url, Fields fields);
    static FhirRequest from(const QHttpServerRequest& request);

    QHttpServerRequest::Method method() const { return m_method; }
    const QUrl& url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    // The first field of that name, compared case-insensitively (RFC 9110 §5.1); empty if none.
    QByteArray header(const QByteArray& name) const { return field(m_fields, name); }
    static QByteArray field(const Fields& fields, const QByteArray& name);

private:
    QHttpServerRequest::Method m_method;
    QUrl m_url;
    Fields m_fields;
};

} // namespace ccri::sandbox
