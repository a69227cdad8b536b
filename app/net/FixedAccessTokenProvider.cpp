#include "app/net/FixedAccessTokenProvider.h"

namespace ccri::net {

FixedAccessTokenProvider::FixedAccessTokenProvider(QObject* parent)
    : AccessTokenProvider(parent)
{
}

void FixedAccessTokenProvider::setTokenResponse(const QString& accessToken, const QString& scope,
                                                const QString& patient, const QString& idToken)
{
    m_accessToken = accessToken;
    m_scope = scope;
    m_patient = patient;
    m_idToken = idToken;
    emit accessTokenChanged();
}

void FixedAccessTokenProvider::clear()
{
    setTokenResponse({}, {}, {}, {});
}

} // namespace ccri::net
