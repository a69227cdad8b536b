#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ccri::sandbox {

// One HTTP/1.1 request head (RFC 9112 §2.1: request-line, field lines, empty line) parsed from the
// bytes a connection has buffered, in one pass. FhirDirectServer uses it to tell a plain FHIR read
// it answers itself from every other request, which it leaves to Qt HttpServer.
//
//   HttpRequestHead head;
//   if (HttpRequestHead::parse(socket->peek(limit), &head) == HttpRequestHead::Parse::Complete)
//       socket->skip(head.size());
class HttpRequestHead
{
public:
    using Fields = QList<QPair<QByteArray, QByteArray>>;
    enum class Parse
    {
        Incomplete, // no empty line yet: wait for more bytes
        Complete,
        Malformed, // not a request head this parser takes (Qt HttpServer decides what to answer)
    };

    static Parse parse(const QByteArray& bytes, HttpRequestHead* head);

    const QByteArray& method() const { return m_method; }
    const QByteArray& target() const { return m_target; }
    int minorVersion() const { return m_minor; } // HTTP/1.<minor>
    const Fields& fields() const { return m_fields; }
    qsizetype size() const { return m_size; } // bytes from the start of `bytes` to the end of the head
    QByteArray field(const QByteArray& name) const; // the first, case-insensitive (RFC 9110 §5.1)
    // RFC 9112 §6: a body follows when Content-Length is not 0 or Transfer-Encoding is present.
    bool hasBody() const;
    // RFC 9112 §9.3: HTTP/1.1 stays open unless "close" is in Connection; HTTP/1.0 only with "keep-alive".
    bool keepsAlive() const;

private:
    QByteArray m_method;
    QByteArray m_target;
    int m_minor = 1;
    Fields m_fields;
    qsizetype m_size = 0;
};

} // namespace ccri::sandbox
