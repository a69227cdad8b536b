#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ccri::auth {
class Session;
}

namespace ccri {

class ScopeComparisonView;

// Who is signed in (the id_token's name / fhirUser), to which server, the patient context if any,
// the time left on the access token, and the requested-vs-granted scopes. Follows the session.
class SessionStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SessionStatusWidget(QWidget* parent = nullptr);

    void setSession(auth::Session* session); // nullptr: signed out
    void setNotice(const QString& notice); // e.g. the keychain notice, a sign-in problem
    void setSelectedServer(const QString& server); // what "Sign in" would use, shown while signed out

    QString userText() const;
    QString serverText() const;
    QString patientText() const;
    QString timeLeftText() const;
    QString noticeText() const;
    ScopeComparisonView* comparison() const { return m_comparison; }
    void setSignInEnabled(bool enabled); // false while a sign-in is under way (Sign out stays as it is)

signals:
    void signInRequested();
    void signOutRequested();

private:
    void refresh();
    void fill(bool signedIn); // the texts and which parts show, with the layout off
    void updateTimeLeft();
    void signInOrOut();

    QPointer<auth::Session> m_session;
    QString m_selectedServer;
    QLabel* m_user;
    QLabel* m_server;
    QLabel* m_patient;
    QLabel* m_timeLeft;
    QLabel* m_notice;
    ScopeComparisonView* m_comparison;
    QPushButton* m_signInOut; // "Sign in…" while signed out, "Sign out" while signed in
    bool m_signedIn = false; // as last filled: what the button does
    bool m_signInEnabled = true;
    QTimer m_tick;
};

} // namespace ccri
