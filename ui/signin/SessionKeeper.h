#pragma once

#include <QObject>
#include <QPointer>

namespace ccri::auth {
class Session;
}

namespace ccri {

// Owns the explorer's signed-in auth::Session: keep() takes a new one, end() ends one — the one way
// a session ends, whether signed out, forgotten, made worthless by a restarted local sandbox, or
// asking to sign in again (which ends itself here). changed() follows every change.
class SessionKeeper : public QObject
{
    Q_OBJECT

public:
    explicit SessionKeeper(QObject* parent = nullptr);

    auth::Session* session() const { return m_session; }
    void keep(auth::Session* session); // owned from now on
    // Ends `session` (nullptr: the current one): deleted later, and no longer current if it was.
    void end(auth::Session* session = nullptr);

signals:
    void changed(ccri::auth::Session* session);
    void tokensChanged();
    void signInRequired(const QString& reason); // the current session ended for this reason

private:
    QPointer<auth::Session> m_session;
};

} // namespace ccri
