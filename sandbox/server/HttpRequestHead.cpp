#include "sandbox/server/HttpRequestHead.h"

#include "sandbox/fhir/FhirRequest.h"

#include <cstring>

namespace ccri::sandbox {

namespace {

// RFC 9110 §5.6.2: tchar, what a method and a field name are made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(const char* begin, const char* end)
{
    if (begin == end)
        return false;
    for (const char* c = begin; c != end; ++c) {
        if (!isTokenChar(*c))
            return false;
    }
    return true;
}

// RFC 9110 §5.6.3: OWS is spaces and horizontal tabs.
bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

// A line's end (RFC 9112 §2.2: CRLF, or a bare LF, the CR before it ignored): where the line's text
// ends and where the next line starts; false if no LF is buffered yet.
bool nextLine(const char* from, const char* end, const char** textEnd, const char** next)
{
    const auto* lf = static_cast<const char*>(std::memchr(from, '\n', static_cast<size_t>(end - from)));
    if (!lf)
        return false;
    *next = lf + 1;
    *textEnd = (lf > from && lf[-1] == '\r') ? lf - 1 : lf;
    return true;
}

bool containsToken(const QByteArray& list, const char* token)
{
    // RFC 9110 §7.6.1: Connection is a comma-separated list of case-insensitive tokens.
    for (const QByteArray& item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpRequestHead::Parse HttpRequestHead::parse(const QByteArray& bytes, HttpRequestHead* head)
{
    const char* const begin = bytes.constData();
    const char* const end = begin + bytes.size();
    const char* at = begin;
    // RFC 9112 §2.2: empty lines before the request-line are ignored.
    while (at != end && (*at == '\r' || *at == '\n'))
        ++at;
    const char* textEnd = nullptr;
    const char* next = nullptr;
    if (!nextLine(at, end, &textEnd, &next))
        return Parse::Incomplete;

    // RFC 9112 §3: request-line = method SP request-target SP HTTP-version
    const char* firstSpace = static_cast<const char*>(std::memchr(at, ' ', static_cast<size_t>(textEnd - at)));
    if (!firstSpace || !isToken(at, firstSpace))
        return Parse::Malformed;
    const char* target = firstSpace + 1;
    const char* secondSpace = static_cast<const char*>(std::memchr(target, ' ', static_cast<size_t>(textEnd - target)));
    if (!secondSpace || secondSpace == target)
        return Parse::Malformed;
    const char* version = secondSpace + 1;
    // RFC 9112 §2.3: HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive; only 1.x here.
    if (textEnd - version != 8 || std::memcmp(version, "HTTP/1.", 7) != 0 || version[7] < '0' || version[7] > '9')
        return Parse::Malformed;
    for (const char* c = target; c != secondSpace; ++c) {
        if (static_cast<unsigned char>(*c) <= ' ' || *c == 0x7f)
            return Parse::Malformed;
    }
    head->m_method = QByteArray(at, firstSpace - at);
    head->m_target = QByteArray(target, secondSpace - target);
    head->m_minor = version[7] - '0';
    head->m_fields.clear();

    // RFC 9112 §5: field-line = field-name ":" OWS field-value OWS, up to an empty line.
    at = next;
    for (;;) {
        if (!nextLine(at, end, &textEnd, &next))
            return Parse::Incomplete;
        if (textEnd == at)
            break;
        // RFC 9112 §5.2: obsolete line folding is not taken; §5.1: no whitespace before the colon.
        if (isWhitespace(*at))
            return Parse::Malformed;
        const char* colon = static_cast<const char*>(std::memchr(at, ':', static_cast<size_t>(textEnd - at)));
        if (!colon || !isToken(at, colon))
            return Parse::Malformed;
        const char* valueBegin = colon + 1;
        const char* valueEnd = textEnd;
        while (valueBegin != valueEnd && isWhitespace(*valueBegin))
            ++valueBegin;
        while (valueEnd != valueBegin && isWhitespace(valueEnd[-1]))
            --valueEnd;
        head->m_fields.append({QByteArray(at, colon - at), QByteArray(valueBegin, valueEnd - valueBegin)});
        at = next;
    }
    head->m_size = next - begin;
    return Parse::Complete;
}

QByteArray HttpRequestHead::field(const QByteArray& name) const
{
    return FhirRequest::field(m_fields, name);
}

bool HttpRequestHead::hasBody() const
{
    for (const auto& [key, value] : m_fields) {
        if (key.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            return true;
        if (key.compare("content-length", Qt::CaseInsensitive) == 0 && value != "0")
            return true;
    }
    return false;
}

bool HttpRequestHead::keepsAlive() const
{
    const QByteArray connection = field("connection");
    if (m_minor == 0)
        return containsToken(connection, "keep-alive");
    return !containsToken(connection, "close");
}

} // namespace ccri::sandbox
