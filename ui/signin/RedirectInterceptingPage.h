#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace ccri {

// A page that never loads the redirect URI: every navigation (links, form posts, server
// redirects, typed URLs; any frame) whose scheme, host, port and path equal the redirect URI's is
// refused and handed over through redirectCaught(), so the code never reaches a socket.
// Injects nothing into the server's pages.
class RedirectInterceptingPage : public QWebEnginePage
{
    Q_OBJECT
public:
    RedirectInterceptingPage(QWebEngineProfile* profile, const QUrl& redirectUri, QObject* parent = nullptr);

    QUrl redirectUri() const { return m_redirectUri; }

signals:
    void redirectCaught(const QUrl& url);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;

private:
    QUrl m_redirectUri;
};

} // namespace ccri
