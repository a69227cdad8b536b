#pragma once

#include "AccessTokenProvider.h"

#include <QPointer>

namespace ccri {
class AccountController;
namespace auth {
class Session;
}
} // namespace ccri

namespace ccri::test {

// The tour's bridge from the signed-in auth::Session (AccountController) to the FHIR client's
// AccessTokenProvider, the way the explorer joins them.
class SessionTokens : public fhir::AccessTokenProvider
{
    Q_OBJECT

public:
    explicit SessionTokens(AccountController* account, QObject* parent = nullptr);

    QString accessToken() const override;
    void refreshAfterUnauthorized(const QString& rejectedToken, RefreshDone done) override;
    QString idToken() const override;
    QString grantedScope() const override;
    QString patientContext() const override;

private:
    void follow(auth::Session* session);

    QPointer<auth::Session> m_session;
};

} // namespace ccri::test
