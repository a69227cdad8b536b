#include "ui/signin/RedirectInterceptingPage.h"

#include "app/auth/AuthorizationStep.h"

namespace ccri {

RedirectInterceptingPage::RedirectInterceptingPage(QWebEngineProfile* profile, const QUrl& redirectUri, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
{
}

bool RedirectInterceptingPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (auth::AuthorizationStep::matchesRedirect(url, m_redirectUri)) {
        emit redirectCaught(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

} // namespace ccri
