#include "sandbox/auth/FormBody.h"

#include <QUrl>

namespace ccri::sandbox {

QString FormBody::decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

FormBody FormBody::parse(const QByteArray& encoded)
{
    FormBody body;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        body.m_items.append({decodeComponent(name), decodeComponent(value)});
    }
    return body;
}

bool FormBody::has(const QString& name) const
{
    for (const auto& item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString FormBody::value(const QString& name) const
{
    for (const auto& item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

QStringList FormBody::values(const QString& name) const
{
    QStringList result;
    for (const auto& item : m_items) {
        if (item.first == name)
            result.append(item.second);
    }
    return result;
}

QString FormBody::repeatedName(const QStringList& names) const
{
    for (const QString& name : names) {
        if (values(name).size() > 1)
            return name;
    }
    return {};
}

QByteArray FormBody::encode(const QList<QPair<QString, QString>>& items)
{
    QByteArray out;
    for (const auto& item : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return out;
}

} // namespace ccri::sandbox
