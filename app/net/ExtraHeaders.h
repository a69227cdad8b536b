#pragma once

#include <optional>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QNetworkRequest;

namespace ccri::net {

// A server profile's extra request headers, as templates "Name: value" (NHS England's APIs expect
// `X-Request-ID: {uuid}`, a fresh UUID per request, and some `X-Correlation-ID`). `{uuid}` becomes
// a new random UUID each time the headers are applied. Names are RFC 9110 §5.1 tokens; the headers
// that carry credentials or frame the message (Authorization, Proxy-Authorization, Cookie, Host,
// Content-Length, Content-Type, Transfer-Encoding, Connection) cannot be set this way.
class ExtraHeaders
{
public:
    ExtraHeaders() = default;

    // One template a line; blank lines are skipped. nullopt, with *error in words, on a bad line.
    static std::optional<ExtraHeaders> parse(const QStringList& lines, QString* error = nullptr);
    static bool isReserved(const QByteArray& name);

    bool isEmpty() const { return m_templates.isEmpty(); }
    QStringList lines() const; // the templates as written, "Name: value"
    // Name and value, with every {uuid} replaced by a fresh UUID.
    QList<QPair<QByteArray, QByteArray>> expand() const;
    // Sets them on `request`, leaving alone any header the request already has.
    void applyTo(QNetworkRequest& request) const;

private:
    QList<QPair<QByteArray, QString>> m_templates;
};

} // namespace ccri::net
