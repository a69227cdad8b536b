#include "app/net/ExtraHeaders.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUuid>

namespace ccri::net {

bool ExtraHeaders::isReserved(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    for (const char* reserved : {"authorization", "proxy-authorization", "cookie", "host", "content-length",
                                 "content-type", "transfer-encoding", "connection"}) {
        if (lower == reserved)
            return true;
    }
    return false;
}

std::optional<ExtraHeaders> ExtraHeaders::parse(const QStringList& lines, QString* error)
{
    // RFC 9110 §5.6.2: token = 1*tchar.
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    ExtraHeaders headers;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? line : line.left(colon).trimmed();
        const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        QString problem;
        if (colon < 0 || !token.match(name).hasMatch())
            problem = QCoreApplication::translate("ExtraHeaders",
                                                  "\"%1\" is not a header: write it as Name: value, "
                                                  "for example X-Request-ID: {uuid}.")
                          .arg(line);
        else if (isReserved(name.toLatin1()))
            problem = QCoreApplication::translate("ExtraHeaders",
                                                  "The %1 header cannot be set here: the explorer sets it itself.")
                          .arg(name);
        else if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) || value.isEmpty())
            problem = QCoreApplication::translate("ExtraHeaders", "The header %1 needs a value on the same line.")
                          .arg(name);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
        headers.m_templates.append({name.toLatin1(), value});
    }
    return headers;
}

QStringList ExtraHeaders::lines() const
{
    QStringList result;
    for (const auto& [name, value] : m_templates)
        result << QString::fromLatin1(name) + QStringLiteral(": ") + value;
    return result;
}

QList<QPair<QByteArray, QByteArray>> ExtraHeaders::expand() const
{
    QList<QPair<QByteArray, QByteArray>> result;
    for (const auto& [name, value] : m_templates) {
        QString expanded = value;
        while (expanded.contains(QLatin1String("{uuid}")))
            expanded.replace(expanded.indexOf(QLatin1String("{uuid}")), 6,
                             QUuid::createUuid().toString(QUuid::WithoutBraces));
        result.append({name, expanded.toUtf8()});
    }
    return result;
}

void ExtraHeaders::applyTo(QNetworkRequest& request) const
{
    for (const auto& [name, value] : expand()) {
        if (!isReserved(name) && !request.hasRawHeader(name))
            request.setRawHeader(name, value);
    }
}

} // namespace ccri::net
