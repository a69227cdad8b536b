#include "ui/signin/SessionKeeper.h"

#include "app/auth/Session.h"

namespace ccri {

SessionKeeper::SessionKeeper(QObject* parent)
    : QObject(parent)
{
}

void SessionKeeper::keep(auth::Session* session)
{
    if (m_session && m_session != session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        session->setParent(this);
        connect(session, &auth::Session::tokensChanged, this, &SessionKeeper::tokensChanged);
        connect(session, &auth::Session::signInRequired, this, [this, session](const QString& reason) {
            if (m_session != session)
                return;
            emit signInRequired(reason);
            end(session);
        });
    }
    emit changed(session);
}

void SessionKeeper::end(auth::Session* session)
{
    if (!session)
        session = m_session;
    if (!session)
        return;
    if (m_session == session)
        keep(nullptr);
    session->deleteLater();
}

} // namespace ccri
