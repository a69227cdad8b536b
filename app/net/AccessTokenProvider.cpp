#include "app/net/AccessTokenProvider.h"

namespace ccri::net {

AccessTokenProvider::AccessTokenProvider(QObject* parent)
    : QObject(parent)
{
}

AccessTokenProvider::~AccessTokenProvider() = default;

void AccessTokenProvider::refreshAfterUnauthorized(const QString& rejectedToken, RefreshDone done)
{
    Q_UNUSED(rejectedToken)
    done(false);
}

QString AccessTokenProvider::idToken() const
{
    return {};
}

QString AccessTokenProvider::idTokenCheck() const
{
    return {};
}

QString AccessTokenProvider::clientAssertion() const
{
    return {};
}

QString AccessTokenProvider::grantedScope() const
{
    return {};
}

QString AccessTokenProvider::patientContext() const
{
    return {};
}

QByteArray AccessTokenProvider::capabilityStatement(const QUrl& fhirBase) const
{
    Q_UNUSED(fhirBase)
    return {};
}

} // namespace ccri::net
