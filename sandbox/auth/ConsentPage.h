#pragma once

#include "sandbox/auth/SignInPage.h"

#include <QList>
#include <QString>

namespace ccri::sandbox {

struct SandboxClient;
struct SandboxUser;

// /auth/consent: GET lists each requested scope as a checkbox (name=scope, ticked) — or, when
// the user or the client may not have it, as "not permitted" (never granted) — and, when
// launch/patient is requested, a patient picker. POST (CSRF-checked): name=deny → access_denied;
// name=authorize → an authorization code for the ticked, permitted scopes, back to redirect_uri.
class ConsentPage : public SignInPage
{
public:
    using SignInPage::SignInPage;

private:
    QHttpServerResponse showPending(const PendingAuthorization& pending, const BrowserSession& session,
                                    RequestCaller* caller) const override;
    QHttpServerResponse submit(const QHttpServerRequest& request, const Submission& submission,
                               RequestCaller* caller) override;
    struct Row
    {
        QString scope;
        QString refusal; // empty: may be granted
        QString narrowedFrom; // the requested scope this one narrows (granted in part), else empty
    };
    QList<Row> rows(const PendingAuthorization& pending, const SandboxUser& user, const SandboxClient& client) const;
    QHttpServerResponse show(const PendingAuthorization& pending, const BrowserSession& session,
                             const SandboxUser& user, const SandboxClient& client, const QString& message) const;
};

} // namespace ccri::sandbox
