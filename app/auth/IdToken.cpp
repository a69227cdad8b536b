#include "app/auth/IdToken.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ccri::auth {

IdToken IdToken::decode(const QString& jwt)
{
    IdToken token;
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return token;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return token;
    const QJsonObject claims = QJsonDocument::fromJson(*decoded).object();
    token.m_subject = claims.value(QLatin1String("sub")).toString();
    token.m_fhirUser = claims.value(QLatin1String("fhirUser")).toString();
    if (token.m_fhirUser.isEmpty())
        token.m_fhirUser = claims.value(QLatin1String("profile")).toString();
    token.m_name = claims.value(QLatin1String("name")).toString();
    return token;
}

QString IdToken::displayName() const
{
    if (!m_name.isEmpty())
        return m_name;
    if (!m_fhirUser.isEmpty())
        return m_fhirUser;
    return m_subject;
}

} // namespace ccri::auth
