#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QWebEnginePage;

namespace ccri::test {

// Drives the sandbox's real login and consent pages in a real QWebEnginePage, as a user would:
// fills name="username" / name="password", presses name="login", unticks name="scope" boxes,
// presses name="authorize" or name="deny". Tests only: product code injects no script.
class WebFormDriver
{
public:
    explicit WebFormDriver(QWebEnginePage* page);

    QVariant evaluate(const QString& script, int timeoutMs = 10000) const;
    bool waitFor(const QString& selector, int timeoutMs = 30000) const;
    bool logIn(const QString& user, const QString& password = QStringLiteral("password")) const;
    bool consent(const QStringList& untickContaining = {}) const;
    bool deny() const;
    QStringList consentScopes() const; // the values of the ticked name="scope" boxes

private:
    QWebEnginePage* m_page;
};

} // namespace ccri::test
