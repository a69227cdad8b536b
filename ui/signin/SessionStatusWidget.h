#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

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

    QString userText() const;
    QString serverText() const;
    QString patientText() const;
    QString timeLeftText() const;
    QString noticeText() const;
    ScopeComparisonView* comparison() const { return m_comparison; }

private:
    void refresh();
    void updateTimeLeft();

    QPointer<auth::Session> m_session;
    QLabel* m_user;
    QLabel* m_server;
    QLabel* m_patient;
    QLabel* m_timeLeft;
    QLabel* m_notice;
    ScopeComparisonView* m_comparison;
    QTimer m_tick;
};

} // namespace ccri
