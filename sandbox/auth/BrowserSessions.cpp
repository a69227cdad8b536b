#include "sandbox/auth/BrowserSessions.h"

#include "app/core/SecretCompare.h"
#include "sandbox/auth/RandomToken.h"
#include "sandbox/server/SandboxClock.h"

#include <QHttpServerRequest>

namespace ccri::sandbox {

BrowserSessions::BrowserSessions(const SandboxClock& clock, int lifetimeSeconds)
    : m_clock(clock)
    , m_lifetimeSeconds(lifetimeSeconds)
{
}

BrowserSession* BrowserSessions::fromRequest(const QHttpServerRequest& request)
{
    const QList<QByteArray> cookies = request.value("cookie").split(';');
    const QByteArray prefix = cookieName().toLatin1() + '=';
    for (const QByteArray& raw : cookies) {
        const QByteArray cookie = raw.trimmed();
        if (!cookie.startsWith(prefix))
            continue;
        auto it = m_sessions.find(QString::fromLatin1(cookie.mid(prefix.size())));
        if (it == m_sessions.end())
            continue;
        if (it->expires <= m_clock.now()) {
            m_sessions.erase(it);
            return nullptr;
        }
        return &it.value();
    }
    return nullptr;
}

BrowserSession* BrowserSessions::find(const QString& id)
{
    auto it = m_sessions.find(id);
    if (it == m_sessions.end() || it->expires <= m_clock.now())
        return nullptr;
    return &it.value();
}

BrowserSession* BrowserSessions::create()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->expires <= now)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    BrowserSession session {RandomToken::generate(), RandomToken::generate(), QString(), QDateTime(),
                            now.addSecs(m_lifetimeSeconds)};
    return &m_sessions.insert(session.id, session).value();
}

BrowserSession* BrowserSessions::signIn(QString sessionId, const QString& username)
{
    m_sessions.remove(sessionId);
    BrowserSession* session = create();
    session->username = username;
    session->authTime = m_clock.now();
    return session;
}

int BrowserSessions::end(const QString& username)
{
    return static_cast<int>(m_sessions.removeIf(
        [&username](const auto& item) { return username.isEmpty() || item.value().username == username; }));
}

bool BrowserSessions::csrfMatches(const BrowserSession& session, const QString& formValue) const
{
    return !formValue.isEmpty() && SecretCompare::equal(session.csrfToken.toLatin1(), formValue.toLatin1());
}

QByteArray BrowserSessions::setCookieHeader(const BrowserSession& session, bool secure) const
{
    QByteArray header = cookieName().toLatin1() + '=' + session.id.toLatin1()
        + "; Path=/auth; HttpOnly; SameSite=Lax; Max-Age=" + QByteArray::number(m_lifetimeSeconds);
    if (secure)
        header += "; Secure";
    return header;
}

} // namespace ccri::sandbox
