#include "ui/signin/SessionStatusWidget.h"

#include "app/auth/Session.h"
#include "ui/signin/ScopeComparisonView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccri {

SessionStatusWidget::SessionStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_user(new QLabel(this))
    , m_server(new QLabel(this))
    , m_patient(new QLabel(this))
    , m_timeLeft(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_comparison(new ScopeComparisonView(this))
    , m_signInOut(new QPushButton(this))
{
    setObjectName(QStringLiteral("sessionStatus"));
    m_user->setObjectName(QStringLiteral("sessionUser"));
    m_server->setObjectName(QStringLiteral("sessionServer"));
    m_patient->setObjectName(QStringLiteral("sessionPatient"));
    m_timeLeft->setObjectName(QStringLiteral("sessionTimeLeft"));
    m_notice->setObjectName(QStringLiteral("sessionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #000000; border: 1px solid #c19c00; padding: 6px; }"));
    // Who, where and which patient can be selected and copied. The time left is plain: nobody copies it, it
    // changes every second, and a selectable label is measured through a text document at every layout
    // (a third of the dock's layout pass at a sign-in).
    for (QLabel* label : {m_user, m_server, m_patient}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_timeLeft->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Signed in as:"), m_user);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Patient context:"), m_patient);
    m_patient->setToolTip(tr("The patient the server tied this sign-in to (launch/patient), if any. "
                             "The patient you open in the browser is shown above the tabs."));
    form->addRow(tr("Token:"), m_timeLeft);
    // One button whose text (and so its accessible name) says what it does: two buttons, one shown and one
    // hidden, cost a show at every sign-in and sign-out, and a show while the pointer is over the window
    // asks the X server where it is (QApplicationPrivate::sendSyntheticEnterLeave). Keyboard focus stays
    // on it across the change, where a hidden button would have lost it.
    m_signInOut->setObjectName(QStringLiteral("sessionSignInOut"));
    connect(m_signInOut, &QPushButton::clicked, this, &SessionStatusWidget::signInOrOut);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signInOut);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_comparison, 1);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SessionStatusWidget::updateTimeLeft);
    refresh();
}

void SessionStatusWidget::setSession(auth::Session* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &auth::Session::tokensChanged, this, &SessionStatusWidget::refresh);
        connect(session, &QObject::destroyed, this, &SessionStatusWidget::refresh, Qt::QueuedConnection);
    }
    refresh();
}

void SessionStatusWidget::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void SessionStatusWidget::setSelectedServer(const QString& server)
{
    // Shown only while signed out (signed in, the session's server is): AccountController sets it at every
    // change of access, and a sign-in would otherwise fill every text and the scope comparison twice.
    if (server == m_selectedServer)
        return;
    m_selectedServer = server;
    if (!m_session || !m_session->isSignedIn())
        refresh();
}

void SessionStatusWidget::setSignInEnabled(bool enabled)
{
    m_signInEnabled = enabled;
    m_signInOut->setEnabled(m_signedIn || enabled);
}

void SessionStatusWidget::signInOrOut()
{
    if (m_signedIn)
        emit signOutRequested();
    else
        emit signInRequested();
}

void SessionStatusWidget::refresh()
{
    // One layout pass for the whole change, when the event loop comes back (before the paint): while
    // the layout is on, showing a child of a visible widget lays it and every ancestor up to the
    // window out at once, and a sign-in sets five texts and fills the scope comparison.
    QLayout* box = layout();
    box->setEnabled(false);
    fill(m_session && m_session->isSignedIn());
    box->setEnabled(true);
    box->invalidate();
}

void SessionStatusWidget::fill(bool signedIn)
{
    m_signedIn = signedIn;
    m_signInOut->setText(signedIn ? tr("Sign out") : tr("Sign in…"));
    m_signInOut->setEnabled(signedIn || m_signInEnabled);
    if (!signedIn) {
        m_user->setText(tr("Not signed in"));
        m_server->setText(m_selectedServer.isEmpty() ? tr("—") : m_selectedServer);
        m_patient->setText(tr("—"));
        m_timeLeft->setText(tr("—"));
        m_comparison->clear(); // which says why it is empty
        m_tick.stop();
        return;
    }
    const net::JwtDecoder::Identity identity = m_session->identity();
    // fhirUser may be absolute; on this server's base, the relative form says the same in less room.
    QString fhirUser = identity.fhirUser;
    const QString base = m_session->profile().fhirBase.toString() + QLatin1Char('/');
    if (fhirUser.startsWith(base))
        fhirUser = fhirUser.mid(base.size());
    m_user->setToolTip(identity.fhirUser);
    QString user;
    if (!identity.name.isEmpty() && !fhirUser.isEmpty())
        user = tr("%1 (%2)").arg(identity.name, fhirUser);
    else if (!identity.isEmpty())
        user = identity.displayName();
    else
        user = tr("%1 (system client, no user)").arg(m_session->user());
    m_user->setText(user);
    m_server->setText(tr("%1 — %2").arg(m_session->profile().displayName, m_session->profile().fhirBase.toString()));
    m_patient->setText(m_session->patient().isEmpty() ? tr("No patient context") : m_session->patient());
    m_comparison->setScopes(m_session->requestedScopes(), m_session->grantedScopes());
    updateTimeLeft();
    m_tick.start();
}

void SessionStatusWidget::updateTimeLeft()
{
    if (!m_session || !m_session->isSignedIn()) {
        m_timeLeft->setText(tr("—"));
        return;
    }
    const qint64 seconds = m_session->secondsLeft();
    if (seconds < 0)
        m_timeLeft->setText(tr("No expiry given by the server"));
    else if (seconds == 0)
        m_timeLeft->setText(tr("Expired"));
    else if (seconds < 120)
        m_timeLeft->setText(tr("%n second(s) left", nullptr, int(seconds)));
    else
        m_timeLeft->setText(tr("%n minute(s) left", nullptr, int(seconds / 60)));
}

QString SessionStatusWidget::userText() const
{
    return m_user->text();
}

QString SessionStatusWidget::serverText() const
{
    return m_server->text();
}

QString SessionStatusWidget::patientText() const
{
    return m_patient->text();
}

QString SessionStatusWidget::timeLeftText() const
{
    return m_timeLeft->text();
}

QString SessionStatusWidget::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

} // namespace ccri
