// Fuzz target: the sandbox's application/x-www-form-urlencoded reader, which reads both the
// authorize query string and the token/revoke/introspect/login/consent form bodies. What it
// parses must survive its own strict encoding unchanged.
#include "sandbox/auth/FormBody.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ccri::sandbox::FormBody form = ccri::sandbox::FormBody::parse(bytes);
    (void)form.repeatedName({QStringLiteral("client_id"), QStringLiteral("redirect_uri"), QStringLiteral("scope"),
                             QStringLiteral("state"), QStringLiteral("code"), QStringLiteral("code_verifier")});
    for (const auto& item : form.items()) {
        if (!form.has(item.first))
            qFatal("has() misses a parsed name");
        (void)form.values(item.first);
    }
    const ccri::sandbox::FormBody again = ccri::sandbox::FormBody::parse(ccri::sandbox::FormBody::encode(form.items()));
    if (again.items() != form.items())
        qFatal("parse(encode(items)) != items");
    return 0;
}
