#pragma once

#include <QDateTime>
#include <QString>

namespace ccri::sandbox {

// One browser talking to the login and consent pages (identified by an HttpOnly cookie).
struct BrowserSession
{
    QString id;
    QString csrfToken; // put in every form, checked on every POST
    QString username; // empty until signed in
    QDateTime authTime; // when the user last signed in with a password (OIDC auth_time)
    QDateTime expires;
};

} // namespace ccri::sandbox
