#pragma once

#include <QDateTime>
#include <QDockWidget>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ccri {

class DeferredWhileHidden;
class ScopeAccess;

namespace net {
class AccessTokenProvider;
}

// For developers and trainers: the access and id tokens' decoded header and claims (marked "not
// verified by this app"), an expiry countdown, the granted scopes against the policy (which tab
// each opens), the patient and fhirUser context. The raw token only after an explicit "Reveal".
// While hidden it only notes that it is out of date, and decodes when shown (or asked).
class TokenInspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    TokenInspectorDock(net::AccessTokenProvider* tokens, ScopeAccess* access, QWidget* parent = nullptr);

    QString claimsText() const;
    QString idTokenHeaderText() const;
    QString idTokenText() const; // the id token's claims
    QString expiryText() const;
    QString contextText() const;
    QString serversText() const; // which server is the issuer, which the aud; aud not the FHIR base in use
    QString verificationText() const; // what was checked: the access token never, the id_token against jwks_uri
    bool isRevealed() const;
    QTreeWidget* scopeTree() const;

public slots:
    void refresh();
    void reveal();
    void hideToken();
    void setFhirBase(const QUrl& base);

protected:
    void showEvent(QShowEvent* event) override;

private:
    static QString accessTokenNote();
    void decode(); // the tokens and the access into the widgets
    void freshen() const; // a refresh() put off while hidden, done before a question is answered
    void updateCountdown() const; // the label only

    QPointer<net::AccessTokenProvider> m_tokens;
    QPointer<ScopeAccess> m_access;
    QDateTime m_expiry;
    DeferredWhileHidden* m_decoding = nullptr; // decode(), put off while hidden
    QTimer m_countdown;
    QLabel* m_notVerified = nullptr;
    QPlainTextEdit* m_header = nullptr;
    QPlainTextEdit* m_claims = nullptr;
    QPlainTextEdit* m_idHeader = nullptr;
    QPlainTextEdit* m_idToken = nullptr;
    QPlainTextEdit* m_assertion = nullptr; // the last client assertion sent, decoded
    QLabel* m_expiryLabel = nullptr;
    QLabel* m_context = nullptr;
    QLabel* m_servers = nullptr;
    QUrl m_fhirBase;
    QTreeWidget* m_scopes = nullptr;
    QPushButton* m_reveal = nullptr;
    QLineEdit* m_raw = nullptr;
};

} // namespace ccri
