#include "ui/signin/SignInController.h"

#include "app/auth/Session.h"
#include "app/auth/SignInFlow.h"
#include "app/auth/TokenStore.h"
#include "ui/signin/SignInWindow.h"

#include <QDesktopServices>

namespace ccri {

SignInController::SignInController(QNetworkAccessManager* network, auth::TokenStore* tokens,
                                   auth::ProfileStore* profiles, QWidget* windowParent, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_profiles(profiles)
    , m_windowParent(windowParent)
    , m_externalBrowser([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
}

SignInController::~SignInController()
{
    closeWindow();
}

void SignInController::signIn(const auth::ServerProfile& profile)
{
    if (m_flow)
        cancel();
    auto* flow = new auth::SignInFlow(profile, m_network, m_tokens, m_profiles, this);
    m_flow = flow;
    connect(flow, &auth::SignInFlow::stepChanged, this,
            [this](auth::SignInFlow::Step, const QString& description) { emit progress(description); });
    connect(flow, &auth::SignInFlow::browserRequired, this, &SignInController::openWindow);
    connect(flow, &auth::SignInFlow::externalBrowserRequired, this, [this](const QUrl& url) {
        if (!m_externalBrowser(url) && m_flow)
            m_flow->cancel();
        else
            emit progress(tr("Continue in your web browser; this window will follow when you have signed in."));
    });
    connect(flow, &auth::SignInFlow::statementRead, this, &SignInController::capabilityStatementRead);
    connect(flow, &auth::SignInFlow::succeeded, this,
            [this, flow](const auth::SmartConfiguration& configuration, const auth::TokenRecord& record,
                         const QString& user) {
                auto* session = new auth::Session(flow->profile(), configuration, record, user, m_network, m_tokens);
                session->setProfileStore(m_profiles);
                session->setClock(m_clock);
                if (!flow->clientSecret().isEmpty())
                    session->setClientSecret(flow->clientSecret());
                if (const auto key = flow->signingKey())
                    session->setSigningKey(*key);
                session->setClientAssertion(flow->lastAssertion());
                finishFlow();
                emit signedIn(session);
            });
    connect(flow, &auth::SignInFlow::failed, this, [this](const QString& message) {
        finishFlow();
        emit failed(message);
    });
    flow->start();
}

void SignInController::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void SignInController::openWindow(const QUrl& url, const QUrl& redirectUri)
{
    closeWindow();
    const auth::ServerProfile& profile = m_flow->profile();
    auto* window = new SignInWindow(profile.displayName, redirectUri, profile.trustedCaFile, m_windowParent);
    m_window = window;
    connect(window, &SignInWindow::redirectCaught, this, [this](const QUrl& caught) {
        if (m_flow)
            m_flow->handleRedirect(caught);
    });
    connect(window, &SignInWindow::cancelled, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    if (const auth::AuthorizationStep* step = m_flow->authorization()) {
        window->setRequestSummary(tr("Client %1 asks for: %2. PKCE: %3.")
                                      .arg(step->request().clientId, step->request().scope,
                                           step->usesPkce() ? tr("S256 challenge sent") : tr("not sent")));
    }
    window->show();
    window->open(url);
    emit windowOpened(window);
}

void SignInController::closeWindow()
{
    if (!m_window)
        return;
    SignInWindow* window = m_window;
    m_window = nullptr;
    window->disconnect(this);
    window->hide();
    window->deleteLater(); // the page goes first, then its off-the-record profile
}

void SignInController::finishFlow()
{
    closeWindow();
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
}

} // namespace ccri
