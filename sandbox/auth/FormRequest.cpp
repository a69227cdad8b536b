#include "FormRequest.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

QString FormRequest::problem(const QHttpServerRequest& request)
{
    const QByteArray contentType = request.value("content-type").trimmed().toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return QCoreApplication::translate("FormRequest",
                                           "The body must be form-encoded (application/x-www-form-urlencoded).");
    if (request.url().hasQuery())
        return QCoreApplication::translate(
            "FormRequest", "Parameters belong in the body, not in the URL, where they would be logged.");
    return {};
}

} // namespace ccri::sandbox
