#include "sandbox/fhir/FhirRequest.h"

#include <utility>

namespace ccri::sandbox {

FhirRequest::FhirRequest(QHttpServerRequest::Method method, QUrl url, Fields fields)
    : m_method(method)
    , m_url(std::move(url))
    , m_fields(std::move(fields))
{
}

FhirRequest FhirRequest::from(const QHttpServerRequest& request)
{
    return FhirRequest(request.method(), request.url(), request.headers());
}

QByteArray FhirRequest::field(const Fields& fields, const QByteArray& name)
{
    for (const auto& [key, value] : fields) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace ccri::sandbox
