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
    QDateTime expires;
};

} // namespace ccri::sandbox
