#include "ui/browser/TokenInspectorDock.h"

#include "app/core/ScopePolicy.h"
#include "app/net/AccessTokenProvider.h"
#include "app/net/JwtDecoder.h"
#include "ui/browser/TokenServers.h"
#include "ui/main/DeferredWhileHidden.h"
#include "ui/main/ScopeAccess.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccri {

namespace {

QPlainTextEdit* jsonBox(QWidget* parent, const QString& name)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setReadOnly(true);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setMinimumHeight(80);
    return box;
}

QString pretty(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes >= 60) {
        return TokenInspectorDock::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    if (minutes > 0) {
        return TokenInspectorDock::tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    }
    return TokenInspectorDock::tr("%1 s").arg(seconds);
}

} // namespace

QString TokenInspectorDock::accessTokenNote()
{
    return tr("Access token: decoded for display only (the server checks it).");
}

TokenInspectorDock::TokenInspectorDock(net::AccessTokenProvider* tokens, ScopeAccess* access, QWidget* parent)
    : QDockWidget(tr("Token inspector"), parent)
    , m_tokens(tokens)
    , m_access(access)
    , m_decoding(new DeferredWhileHidden(this, [this] { decode(); }))
{
    setObjectName(QStringLiteral("tokenInspectorDock"));
    auto* content = new QWidget(this);
    m_notVerified = new QLabel(accessTokenNote(), content);
    m_notVerified->setObjectName(QStringLiteral("notVerified"));
    m_notVerified->setWordWrap(true);
    QFont bold = m_notVerified->font();
    bold.setBold(true);
    m_notVerified->setFont(bold); // a font, not a style sheet, so that palette changes (high contrast) reach it
    m_expiryLabel = new QLabel(content);
    m_expiryLabel->setObjectName(QStringLiteral("tokenExpiry"));
    m_context = new QLabel(content);
    m_servers = new QLabel(content);
    m_servers->setObjectName(QStringLiteral("tokenServers"));
    m_servers->setAccessibleName(tr("Which server is which"));
    m_servers->setTextFormat(Qt::PlainText);
    m_servers->setWordWrap(true);
    m_context->setObjectName(QStringLiteral("tokenContext"));
    m_context->setWordWrap(true);
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header = jsonBox(content, QStringLiteral("accessTokenHeader"));
    m_header->setAccessibleName(tr("Access token header"));
    m_claims = jsonBox(content, QStringLiteral("accessTokenClaims"));
    m_claims->setAccessibleName(tr("Access token claims"));
    m_idHeader = jsonBox(content, QStringLiteral("idTokenHeader"));
    m_idHeader->setAccessibleName(tr("ID token header"));
    m_idToken = jsonBox(content, QStringLiteral("idTokenClaims"));
    m_idToken->setAccessibleName(tr("ID token claims"));
    m_assertion = jsonBox(content, QStringLiteral("clientAssertion"));
    m_assertion->setAccessibleName(tr("Last client assertion sent"));
    m_scopes = new QTreeWidget(content);
    m_scopes->setObjectName(QStringLiteral("grantedScopes"));
    m_scopes->setAccessibleName(tr("Granted scopes against the policy"));
    m_scopes->setHeaderLabels({tr("Tab"), tr("State"), tr("Granted by / needs")});
    m_scopes->setRootIsDecorated(false);
    m_scopes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scopes->setMinimumHeight(120);
    m_reveal = new QPushButton(tr("Reveal raw token"), content);
    m_reveal->setObjectName(QStringLiteral("revealToken"));
    m_reveal->setCheckable(true);
    m_raw = new QLineEdit(content);
    m_raw->setObjectName(QStringLiteral("rawToken"));
    m_raw->setReadOnly(true);
    m_raw->setVisible(false);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) { on ? reveal() : hideToken(); });

    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_notVerified);
    auto* form = new QFormLayout;
    form->addRow(tr("Expiry:"), m_expiryLabel);
    form->addRow(tr("Context:"), m_context);
    form->addRow(m_servers);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Access token header:"), content));
    layout->addWidget(m_header);
    layout->addWidget(new QLabel(tr("Access token claims:"), content));
    layout->addWidget(m_claims, 2);
    layout->addWidget(new QLabel(tr("ID token header:"), content));
    layout->addWidget(m_idHeader);
    layout->addWidget(new QLabel(tr("ID token claims:"), content));
    layout->addWidget(m_idToken, 1);
    layout->addWidget(new QLabel(tr("Last client assertion sent (RFC 7523; signature not shown):"), content));
    layout->addWidget(m_assertion, 1);
    layout->addWidget(new QLabel(tr("Granted scopes against the policy:"), content));
    layout->addWidget(m_scopes, 2);
    auto* revealRow = new QHBoxLayout;
    revealRow->addWidget(m_reveal);
    revealRow->addWidget(m_raw, 1);
    layout->addLayout(revealRow);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Token inspector"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    setWidget(scroll);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TokenInspectorDock::updateCountdown);
    if (tokens) {
        connect(tokens, &net::AccessTokenProvider::accessTokenChanged, this, &TokenInspectorDock::refresh);
    }
    if (access) {
        connect(access, &ScopeAccess::changed, this, &TokenInspectorDock::refresh);
    }
    refresh();
}

void TokenInspectorDock::refresh()
{
    hideToken();
    // Hidden (closed, or behind another dock's tab): nothing is decoded or laid out for a dock no one
    // sees; the first show, or a question asked of it, does it then. A sign-in changes the token and
    // the access twice, each a refresh, for a dock that is shut by default. Shown, decode() starts
    // the countdown (the dock is visible when its show is seen) before showEvent() looks at it.
    m_decoding->request();
    if (m_decoding->isPending())
        m_countdown.stop();
}

void TokenInspectorDock::decode()
{
    const QString token = m_tokens ? m_tokens->accessToken() : QString();
    m_reveal->setEnabled(!token.isEmpty());
    net::JwtDecoder::Decoded decoded;
    QString error;
    QString scopeText = m_tokens ? m_tokens->grantedScope() : QString();
    if (token.isEmpty()) {
        m_header->setPlainText(tr("Not signed in."));
        m_claims->clear();
        m_expiry = {};
    } else if (net::JwtDecoder::decode(token, &decoded, &error)) {
        m_header->setPlainText(pretty(decoded.header));
        m_claims->setPlainText(pretty(decoded.claims));
        m_expiry = net::JwtDecoder::expiry(decoded.claims);
        if (scopeText.isEmpty()) {
            scopeText = decoded.claims.value(QStringLiteral("scope")).toString();
        }
    } else {
        m_header->setPlainText(error);
        m_claims->clear();
        m_expiry = {};
    }

    QString patient = m_tokens ? m_tokens->patientContext() : QString();
    QString fhirUser;
    const QString idToken = m_tokens ? m_tokens->idToken() : QString();
    net::JwtDecoder::Decoded id;
    const QString idCheck = m_tokens ? m_tokens->idTokenCheck() : QString();
    m_notVerified->setText(
        idToken.isEmpty() ? accessTokenNote()
                          : accessTokenNote() + QLatin1Char('\n')
                + (idCheck.isEmpty() ? tr("ID token: decoded for display only, not checked.") : idCheck));
    if (idToken.isEmpty()) {
        m_idHeader->setPlainText(tr("No ID token (openid was not granted)."));
        m_idToken->clear();
    } else if (net::JwtDecoder::decode(idToken, &id, &error)) {
        m_idHeader->setPlainText(pretty(id.header));
        m_idToken->setPlainText(pretty(id.claims));
        fhirUser = id.claims.value(QStringLiteral("fhirUser")).toString();
        if (fhirUser.isEmpty()) {
            fhirUser = id.claims.value(QStringLiteral("profile")).toString();
        }
    } else {
        m_idHeader->setPlainText(error);
        m_idToken->clear();
    }
    const QString assertion = m_tokens ? m_tokens->clientAssertion() : QString();
    net::JwtDecoder::Decoded sent;
    if (assertion.isEmpty())
        m_assertion->setPlainText(tr("None: this client does not sign in with a signed JWT."));
    else if (net::JwtDecoder::decode(assertion, &sent, &error))
        m_assertion->setPlainText(pretty(sent.header) + QLatin1Char('\n') + pretty(sent.claims));
    else
        m_assertion->setPlainText(error);
    if (patient.isEmpty()) {
        patient = decoded.claims.value(QStringLiteral("patient")).toString();
    }
    m_context->setText(tr("Patient context: %1\nfhirUser: %2")
                           .arg(patient.isEmpty() ? tr("none") : patient, fhirUser.isEmpty() ? tr("none") : fhirUser));

    m_servers->setText(TokenServers::describe(decoded.claims, m_fhirBase));
    m_servers->setVisible(!m_servers->text().isEmpty());

    m_scopes->clear();
    if (m_access) {
        const ScopeSet granted = ScopeSet::parse(scopeText);
        for (const PolicyDecision& decision : m_access->policy().decideAll(granted)) {
            auto* item = new QTreeWidgetItem(m_scopes);
            item->setText(0, decision.resourceType);
            item->setText(1, decision.isPartial() ? tr("part") : decision.granted ? tr("open") : tr("shut"));
            item->setText(
                2, decision.granted ? decision.grantedBy.join(QLatin1Char(' ')) : tr("needs %1").arg(decision.needs));
            if (decision.isPartial())
                item->setText(2,
                              tr("only %1: %2").arg(decision.partWords(), decision.grantedBy.join(QLatin1Char(' '))));
            item->setToolTip(2, decision.explanation());
        }
    }
    updateCountdown();
    if (m_expiry.isValid() && isVisible()) {
        m_countdown.start();
    } else {
        m_countdown.stop();
    }
}

void TokenInspectorDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    if (m_expiry.isValid() && !m_countdown.isActive()) {
        updateCountdown();
        m_countdown.start();
    }
}

void TokenInspectorDock::freshen() const
{
    // Asked while hidden: decode now (as refresh() would have), then stay without a countdown; or the
    // time left as it is now, which no countdown keeps while hidden.
    if (m_decoding->isPending())
        m_decoding->ensure();
    else if (!isVisible())
        updateCountdown();
}

void TokenInspectorDock::updateCountdown() const
{
    if (!m_expiry.isValid()) {
        m_expiryLabel->setText(m_tokens && !m_tokens->accessToken().isEmpty() ? tr("unknown (no exp claim)")
                                                                              : tr("no token"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiry);
    const QString at = QLocale().toString(m_expiry.toLocalTime().time(), QLocale::LongFormat);
    m_expiryLabel->setText(left > 0 ? tr("expires in %1 (at %2)").arg(duration(left), at)
                                    : tr("expired %1 ago (at %2)").arg(duration(-left), at));
}

void TokenInspectorDock::reveal()
{
    if (!m_tokens) {
        return;
    }
    m_raw->setText(m_tokens->accessToken());
    m_raw->setVisible(true);
    m_reveal->setText(tr("Hide raw token"));
}

void TokenInspectorDock::hideToken()
{
    m_raw->clear();
    m_raw->setVisible(false);
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
    m_reveal->setText(tr("Reveal raw token"));
}

QTreeWidget* TokenInspectorDock::scopeTree() const
{
    freshen();
    return m_scopes;
}

bool TokenInspectorDock::isRevealed() const
{
    return m_raw->isVisibleTo(this) && !m_raw->text().isEmpty();
}

QString TokenInspectorDock::claimsText() const
{
    freshen();
    return m_claims->toPlainText();
}

QString TokenInspectorDock::idTokenHeaderText() const
{
    freshen();
    return m_idHeader->toPlainText();
}

QString TokenInspectorDock::verificationText() const
{
    freshen();
    return m_notVerified->text();
}

QString TokenInspectorDock::idTokenText() const
{
    freshen();
    return m_idToken->toPlainText();
}

QString TokenInspectorDock::expiryText() const
{
    freshen();
    return m_expiryLabel->text();
}

QString TokenInspectorDock::contextText() const
{
    freshen();
    return m_context->text();
}

QString TokenInspectorDock::serversText() const
{
    freshen();
    return m_servers->text();
}

void TokenInspectorDock::setFhirBase(const QUrl& base)
{
    m_fhirBase = base;
    refresh();
}

} // namespace ccri
