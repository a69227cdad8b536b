#include "ui/signin/SignInWindow.h"

#include "ui/signin/RedirectInterceptingPage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace ccri {

SignInWindow::SignInWindow(const QString& serverName, const QUrl& redirectUri, const QString& trustedCaFile,
                           QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_profile(new QWebEngineProfile()) // no storage name: off the record, nothing written to disk
    , m_page(new RedirectInterceptingPage(m_profile, redirectUri))
    , m_view(new QWebEngineView(this))
    , m_address(new QLineEdit(this))
    , m_security(new QLabel(this))
    , m_message(new QLabel(this))
    , m_request(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("signInWindow"));
    setWindowTitle(tr("Sign in to %1").arg(serverName));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    if (!trustedCaFile.isEmpty())
        m_trustedCas = QSslCertificate::fromPath(trustedCaFile, QSsl::Pem);

    m_view->setObjectName(QStringLiteral("signInView"));
    m_view->setPage(m_page);
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address of the sign-in page"));
    m_security->setObjectName(QStringLiteral("signInSecurity"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #000000; border: 1px solid #c19c00; padding: 6px; }"));
    m_cancel->setObjectName(QStringLiteral("signInCancel"));
    m_request->setObjectName(QStringLiteral("signInRequest"));
    m_request->setWordWrap(true);
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request->setVisible(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_security);
    bar->addWidget(m_address, 1);
    bar->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_request);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_page, &QWebEnginePage::urlChanged, this, &SignInWindow::updateAddress);
    connect(m_page, &QWebEnginePage::certificateError, this, &SignInWindow::onCertificateError);
    connect(m_page, &RedirectInterceptingPage::redirectCaught, this, [this](const QUrl& url) {
        m_finished = true;
        emit redirectCaught(url);
    });
    connect(m_cancel, &QPushButton::clicked, this, &QWidget::close);
    resize(720, 820);
}

SignInWindow::~SignInWindow()
{
    // The page must go before its profile (QtWebEngine asserts otherwise).
    m_view->setPage(nullptr);
    delete m_page;
    m_page = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void SignInWindow::open(const QUrl& authorizationUrl)
{
    updateAddress(authorizationUrl);
    m_page->load(authorizationUrl);
}

void SignInWindow::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SignInWindow::setRequestSummary(const QString& summary)
{
    m_request->setText(summary);
    m_request->setVisible(!summary.isEmpty());
}

QString SignInWindow::requestSummary() const
{
    return m_request->text();
}

QString SignInWindow::message() const
{
    return m_message->text();
}

QString SignInWindow::addressText() const
{
    return m_address->text();
}

QString SignInWindow::securityText() const
{
    return m_security->text();
}

void SignInWindow::updateAddress(const QUrl& url)
{
    if (url.isEmpty())
        return;
    m_address->setText(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    m_address->setToolTip(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    QString text;
    if (!m_certificateProblem.isEmpty())
        text = tr("Certificate not trusted");
    else if (url.scheme() == QLatin1String("https"))
        text = tr("Secure connection (TLS)");
    else if (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
             || url.host() == QLatin1String("::1"))
        text = tr("Not encrypted (this computer only)");
    else
        text = tr("Not encrypted — anyone on the network can read this page");
    m_security->setText(text);
    m_security->setAccessibleName(tr("Connection security: %1").arg(text));
}

bool SignInWindow::trustedByProfile(const QList<QSslCertificate>& chain) const
{
    if (m_trustedCas.isEmpty() || chain.isEmpty())
        return false;
    for (const QSslCertificate& certificate : chain) {
        if (m_trustedCas.contains(certificate))
            return true;
    }
    // Names alone can be forged and Qt cannot check a signature here, so only a certificate of the
    // file itself, present in the chain the server sent, vouches for it.
    return false;
}

void SignInWindow::onCertificateError(const QWebEngineCertificateError& error)
{
    QWebEngineCertificateError certificateError = error;
    if (certificateError.type() == QWebEngineCertificateError::CertificateAuthorityInvalid
        && trustedByProfile(certificateError.certificateChain())) {
        certificateError.acceptCertificate();
        return;
    }
    certificateError.rejectCertificate();
    m_certificateProblem = certificateError.description();
    updateAddress(certificateError.url());
    showMessage(tr("The sign-in page at %1 was not opened because its certificate is not trusted: %2 "
                   "If this is a private server, add its certificate authority's file to the profile.")
                    .arg(certificateError.url().host(), certificateError.description()));
}

void SignInWindow::closeEvent(QCloseEvent* event)
{
    if (!m_finished) {
        m_finished = true;
        emit cancelled();
    }
    event->accept();
}

} // namespace ccri
