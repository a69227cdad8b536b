#include "app/auth/StateToken.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace ccri::auth {

StateToken::StateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    m_value = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool StateToken::matchOnce(const QString& received)
{
    if (m_consumed)
        return false;
    m_consumed = true;
    const QByteArray expected = m_value.toLatin1();
    const QByteArray actual = received.toLatin1();
    m_value.fill(QLatin1Char('0'));
    m_value.clear();
    if (expected.size() != actual.size() || expected.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ actual[i]);
    return difference == 0;
}

} // namespace ccri::auth
