// The Session dock's widget on its own, with a session made up in memory (no server): its one Sign in /
// Sign out button says and does what the session's state calls for, keeps the keyboard focus across
// a sign-in, and is held only while a sign-in is under way and no one is signed in. The scope
// comparison stays shown: signed out, one line in it says why it is empty.
#include "app/auth/ServerProfile.h"
#include "app/auth/Session.h"
#include "app/auth/SmartConfiguration.h"
#include "app/auth/TokenRecord.h"
#include "ui/signin/ScopeComparisonView.h"
#include "ui/signin/SessionStatusWidget.h"

#include <memory>
#include <QAccessible>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace ccri;

class TestSessionStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void oneButtonSignsInAndOut();
    void signInUnderWayHoldsOnlySignIn();
    void scopeComparisonSaysWhyItIsEmpty();

private:
    std::unique_ptr<auth::Session> makeSession();

    QNetworkAccessManager m_network;
};

std::unique_ptr<auth::Session> TestSessionStatusWidget::makeSession()
{
    auth::ServerProfile profile;
    profile.displayName = QStringLiteral("Example");
    profile.fhirBase = QUrl(QStringLiteral("https://fhir.example/r4"));
    profile.clientId = QStringLiteral("ccri-explorer");
    profile.scopes = QStringLiteral("openid fhirUser patient/*.read");
    auth::TokenRecord record;
    record.accessToken = QStringLiteral("access");
    record.issuedAt = QDateTime::currentDateTimeUtc();
    record.scope = QStringLiteral("openid patient/*.read");
    return std::make_unique<auth::Session>(profile, auth::SmartConfiguration(), record, QStringLiteral("alice"),
                                           &m_network, nullptr);
}

void TestSessionStatusWidget::oneButtonSignsInAndOut()
{
    SessionStatusWidget status;
    auto* button = status.findChild<QPushButton*>(QStringLiteral("sessionSignInOut"));
    QVERIFY(button);
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    QSignalSpy signInRequested(&status, &SessionStatusWidget::signInRequested);
    QSignalSpy signOutRequested(&status, &SessionStatusWidget::signOutRequested);

    QCOMPARE(button->text(), SessionStatusWidget::tr("Sign in…"));
    QVERIFY(button->isVisible() && button->isEnabled());
    QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name),
             SessionStatusWidget::tr("Sign in…"));
    button->setFocus();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(signInRequested.size(), 1);
    QCOMPARE(signOutRequested.size(), 0);

    const std::unique_ptr<auth::Session> session = makeSession();
    status.setSession(session.get());
    QCOMPARE(button->text(), SessionStatusWidget::tr("Sign out"));
    QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name),
             SessionStatusWidget::tr("Sign out"));
    QCOMPARE(status.focusWidget(), button); // where the user was: a hidden button would have lost it
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(signInRequested.size(), 1);
    QCOMPARE(signOutRequested.size(), 1);

    status.setSession(nullptr);
    QCOMPARE(button->text(), SessionStatusWidget::tr("Sign in…"));
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(signInRequested.size(), 2);
    QCOMPARE(signOutRequested.size(), 1);
}

void TestSessionStatusWidget::signInUnderWayHoldsOnlySignIn()
{
    SessionStatusWidget status;
    auto* button = status.findChild<QPushButton*>(QStringLiteral("sessionSignInOut"));
    QVERIFY(button);
    status.setSignInEnabled(false); // a sign-in under way
    QVERIFY(!button->isEnabled());

    // Signed in meanwhile (e.g. from the Account menu while another is under way): Sign out is not held.
    const std::unique_ptr<auth::Session> session = makeSession();
    status.setSession(session.get());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), SessionStatusWidget::tr("Sign out"));

    status.setSession(nullptr); // signed out with the sign-in still under way
    QVERIFY(!button->isEnabled());
    status.setSignInEnabled(true);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), SessionStatusWidget::tr("Sign in…"));
}

void TestSessionStatusWidget::scopeComparisonSaysWhyItIsEmpty()
{
    SessionStatusWidget status;
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    auto* tree = status.findChild<QTreeWidget*>(QStringLiteral("scopeComparisonTree"));
    QVERIFY(tree);
    const auto signedOutLine = [tree] {
        return tree->topLevelItemCount() == 1
            && tree->topLevelItem(0)->text(0) == ScopeComparisonView::tr("No scopes granted: not signed in")
            && !tree->topLevelItem(0)->toolTip(0).isEmpty() && tree->topLevelItem(0)->flags() == Qt::ItemIsEnabled;
    };
    QVERIFY(tree->isVisible());
    QVERIFY(signedOutLine());
    QVERIFY(status.comparison()->grantedScopes().isEmpty());

    const std::unique_ptr<auth::Session> session = makeSession();
    status.setSession(session.get());
    QVERIFY(tree->isVisible());
    QCOMPARE(status.comparison()->grantedScopes(), QStringList({"openid", "patient/*.read"}));
    QCOMPARE(tree->topLevelItemCount(), 3); // granted, narrowed away (fhirUser), added: no signed-out line
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("fhirUser"));

    status.setSession(nullptr);
    QVERIFY(tree->isVisible());
    QVERIFY(signedOutLine());
    QVERIFY(status.comparison()->narrowedAwayScopes().isEmpty());
}

QTEST_MAIN(TestSessionStatusWidget)
#include "TestSessionStatusWidget.moc"
