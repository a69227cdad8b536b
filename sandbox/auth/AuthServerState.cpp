#include "AuthServerState.h"

namespace ccri::sandbox {

AuthorizationRequest* AuthServerState::pendingFor(const QHttpServerRequest& request, const QString& requestId,
                                                  BrowserSession** session)
{
    BrowserSession* found = sessions.fromRequest(request);
    if (session)
        *session = found;
    if (!found || requestId.isEmpty())
        return nullptr;
    return pending.find(requestId, found->id);
}

} // namespace ccri::sandbox
