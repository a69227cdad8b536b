// Fuzz target: the request-head parser of the sandbox's direct FHIR path (HttpRequestHead), which
// reads whatever bytes a connection sends before Qt HttpServer sees them. A complete head must lie
// inside the input, name a token method and a target with no space, and parse the same again from
// its own bytes; a prefix of a complete head is never complete with a larger size.
#include "sandbox/server/HttpRequestHead.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

using ccri::sandbox::HttpRequestHead;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    HttpRequestHead head;
    if (HttpRequestHead::parse(bytes, &head) != HttpRequestHead::Parse::Complete)
        return 0;
    if (head.size() <= 0 || head.size() > bytes.size())
        qFatal("a complete head outside its input");
    if (head.method().isEmpty() || head.target().isEmpty() || head.target().contains(' '))
        qFatal("a complete head without a method or a target");
    for (const auto& field : head.fields()) {
        if (field.first.isEmpty() || field.first.contains(':'))
            qFatal("an empty or colon-bearing field name");
    }
    (void)head.hasBody();
    (void)head.keepsAlive();
    HttpRequestHead again;
    if (HttpRequestHead::parse(bytes.left(head.size()), &again) != HttpRequestHead::Parse::Complete
        || again.size() != head.size() || again.fields() != head.fields() || again.target() != head.target())
        qFatal("a complete head parses differently from its own bytes");
    return 0;
}
