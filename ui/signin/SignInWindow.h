#pragma once

#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QWebEngineCertificateError;
class QWebEngineProfile;
class QWebEngineView;

namespace ccri {

class RedirectInterceptingPage;

// The embedded browser for one sign-in: a QWebEngineView on a fresh off-the-record
// QWebEngineProfile (created here, destroyed with the window, the page first), the real URL and
// the connection's security visible above it, and Cancel. The redirect is caught before it loads
// (RedirectInterceptingPage). Certificate errors are refused and said in the window, unless the
// profile's trusted CA file vouches for the chain.
class SignInWindow : public QWidget
{
    Q_OBJECT
public:
    SignInWindow(const QString& serverName, const QUrl& redirectUri, const QString& trustedCaFile,
                 QWidget* parent = nullptr);
    ~SignInWindow() override;

    void open(const QUrl& authorizationUrl);
    void showMessage(const QString& message); // a problem, in words, above the page
    // What this sign-in asks for (client, scopes, PKCE), shown under the address for trainers.
    void setRequestSummary(const QString& summary);
    QString requestSummary() const;
    QString message() const;

    QWebEngineView* view() const { return m_view; }
    RedirectInterceptingPage* page() const { return m_page; } // tests drive the server's form through it
    QString addressText() const;
    QString securityText() const;

signals:
    void redirectCaught(const QUrl& url);
    void cancelled();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateAddress(const QUrl& url);
    void onCertificateError(const QWebEngineCertificateError& error);
    bool trustedByProfile(const QList<QSslCertificate>& chain) const;

    QWebEngineProfile* m_profile;
    RedirectInterceptingPage* m_page;
    QWebEngineView* m_view;
    QLineEdit* m_address;
    QLabel* m_security;
    QLabel* m_message;
    QLabel* m_request;
    QPushButton* m_cancel;
    QList<QSslCertificate> m_trustedCas;
    QString m_certificateProblem;
    bool m_finished = false;
};

} // namespace ccri
