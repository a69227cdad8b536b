#include "sandbox/auth/AuthServerState.h"

#include "sandbox/auth/FormBody.h"
#include "sandbox/server/SandboxClock.h"

#include <QHttpServerRequest>

namespace ccri::sandbox {

PendingAuthorization* AuthServerState::pendingFor(const QHttpServerRequest& request, BrowserSession** session)
{
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const QString requestId
        = FormBody::parse(isPost ? request.body() : request.url().query(QUrl::FullyEncoded).toLatin1())
              .value(QStringLiteral("request"));
    BrowserSession* found = sessions.fromRequest(request);
    if (session)
        *session = found;
    if (!found || requestId.isEmpty())
        return nullptr;
    return pending.find(requestId, found->id);
}

void AuthServerState::revokeFamily(const QString& family)
{
    revocations.prune(clock.now());
    families.revoke(family, revocations);
    refreshTokens.dropFamily(family);
}

int AuthServerState::endSessions(const QString& username)
{
    QStringList all = families.families(username) + refreshTokens.families(username);
    all.removeDuplicates();
    for (const QString& family : std::as_const(all))
        revokeFamily(family);
    sessions.end(username);
    return static_cast<int>(all.size());
}

} // namespace ccri::sandbox
