#include "sandbox/auth/SignInExpiredPage.h"

#include "sandbox/auth/HtmlPage.h"

#include <QCoreApplication>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SignInExpiredPage", text);
}
} // namespace

QHttpServerResponse SignInExpiredPage::unknownRequest()
{
    return HtmlPage::error(tr("This sign-in has expired"),
                           tr("The sandbox does not know this sign-in request any more (it lasts 10 minutes, and only "
                              "in the browser that started it). Go back to the application and sign in again."));
}

QHttpServerResponse SignInExpiredPage::csrfRefused()
{
    return HtmlPage::error(tr("This form was refused"),
                           tr("The form did not come from this sandbox's own page (its security token is missing or "
                              "wrong), so nothing was done. Go back to the application and sign in again."),
                           QHttpServerResponse::StatusCode::Forbidden);
}

} // namespace ccri::sandbox
