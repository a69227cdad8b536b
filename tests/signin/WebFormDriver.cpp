#include "tests/signin/WebFormDriver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>

namespace ccri::test {

namespace {
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

WebFormDriver::WebFormDriver(QWebEnginePage* page)
    : m_page(page)
{
}

QVariant WebFormDriver::evaluate(const QString& script, int timeoutMs) const
{
    QPointer<QWebEnginePage> page = m_page;
    if (!page)
        return QVariant();
    QEventLoop loop; // tests only
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant& value) {
        result = value;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    return result;
}

bool WebFormDriver::waitFor(const QString& selector, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    const QString script = QStringLiteral("document.readyState === 'complete' && document.querySelector(%1) !== null")
                               .arg(quoted(selector));
    while (!deadline.hasExpired()) {
        if (!m_page)
            return false;
        if (evaluate(script, 2000).toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
}

bool WebFormDriver::logIn(const QString& user, const QString& password) const
{
    if (!waitFor(QStringLiteral("input[name=username]")))
        return false;
    evaluate(QStringLiteral("document.querySelector('input[name=username]').value = %1;"
                            "document.querySelector('input[name=password]').value = %2;"
                            "document.querySelector('button[name=login]').click(); true")
                 .arg(quoted(user), quoted(password)));
    return true;
}

bool WebFormDriver::consent(const QStringList& untickContaining) const
{
    if (!waitFor(QStringLiteral("button[name=authorize]")))
        return false;
    for (const QString& part : untickContaining) {
        evaluate(QStringLiteral("document.querySelectorAll('input[name=scope]').forEach(function (box) {"
                                "  if (box.value.indexOf(%1) >= 0) box.checked = false; }); true")
                     .arg(quoted(part)));
    }
    evaluate(QStringLiteral("document.querySelector('button[name=authorize]').click(); true"));
    return true;
}

bool WebFormDriver::deny() const
{
    if (!waitFor(QStringLiteral("button[name=authorize]"))) // the consent page's deny, not the login page's
        return false;
    evaluate(QStringLiteral("document.querySelector('button[name=deny]').click(); true"));
    return true;
}

QStringList WebFormDriver::consentScopes() const
{
    return evaluate(QStringLiteral("Array.prototype.map.call(document.querySelectorAll('input[name=scope]:checked'),"
                                   " function (box) { return box.value; })"))
        .toStringList();
}

} // namespace ccri::test
