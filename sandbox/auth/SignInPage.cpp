#include "sandbox/auth/SignInPage.h"

#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/SignInExpiredPage.h"

#include <QHttpServerRequest>

namespace ccri::sandbox {

SignInPage::SignInPage(AuthServerState& state)
    : m_state(state)
{
}

QHttpServerResponse SignInPage::handle(const QHttpServerRequest& request, RequestCaller* caller)
{
    Submission submission;
    if (auto refusal = prepare(request, &submission, caller))
        return std::move(*refusal);
    return request.method() == QHttpServerRequest::Method::Post
        ? submit(request, submission, caller)
        : showPending(*submission.pending, *submission.session, caller);
}

std::optional<QHttpServerResponse> SignInPage::prepare(const QHttpServerRequest& request, Submission* submission,
                                                       RequestCaller* caller) const
{
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if (!isPost && request.method() != QHttpServerRequest::Method::Get)
        return OAuthResponse::methodNotAllowed("GET, POST");
    if (isPost)
        submission->form = FormBody::parse(request.body());
    submission->pending = m_state.pendingFor(request, &submission->session);
    if (isPost && submission->session
        && !m_state.sessions.csrfMatches(*submission->session, submission->form.value(QStringLiteral("csrf"))))
        return SignInExpiredPage::csrfRefused();
    if (!submission->pending)
        return SignInExpiredPage::unknownRequest();
    caller->clientId = submission->pending->clientId;
    return std::nullopt;
}

} // namespace ccri::sandbox
