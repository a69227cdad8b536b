// DelayedStatusMessage: a step's words reach the status bar only if the step lasts.
#include "ui/signin/DelayedStatusMessage.h"

#include <QStatusBar>
#include <QTest>

using namespace ccri;

class TestDelayedStatusMessage : public QObject
{
    Q_OBJECT

private slots:
    void aQuickStepIsNeverShown()
    {
        QStatusBar bar;
        DelayedStatusMessage progress(&bar, 50);
        progress.show(QStringLiteral("Finding how to sign in…"));
        QVERIFY(bar.currentMessage().isEmpty()); // not at once
        progress.show(QStringLiteral("Exchanging the code for tokens…"));
        progress.cancel(); // signed in within the delay
        bar.showMessage(QStringLiteral("Signed in."));
        QTest::qWait(150);
        QCOMPARE(bar.currentMessage(), QStringLiteral("Signed in."));
    }

    void aLastingStepIsShownWithTheLatestWords()
    {
        QStatusBar bar;
        DelayedStatusMessage progress(&bar, 50);
        progress.show(QStringLiteral("Finding how to sign in…"));
        progress.show(QStringLiteral("Waiting for you to sign in…"), 5000);
        QVERIFY(progress.isPending());
        QTRY_COMPARE(bar.currentMessage(), QStringLiteral("Waiting for you to sign in…"));
        QVERIFY(!progress.isPending());
        // Steps that keep coming faster than the delay still show: the latest, once the delay is up.
        for (int i = 0; i < 6; ++i) {
            progress.show(QStringLiteral("step %1").arg(i));
            QTest::qWait(20);
        }
        QVERIFY(bar.currentMessage().startsWith(QStringLiteral("step ")));
    }
};

QTEST_MAIN(TestDelayedStatusMessage)
#include "TestDelayedStatusMessage.moc"
