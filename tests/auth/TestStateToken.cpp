#include "app/auth/StateToken.h"

#include <QByteArray>
#include <QSet>
#include <QTest>

using ccri::auth::StateToken;

class TestStateToken : public QObject
{
    Q_OBJECT
private slots:
    void carriesAtLeast128RandomBits()
    {
        StateToken state;
        const auto decoded = QByteArray::fromBase64Encoding(
            state.value().toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(decoded);
        QVERIFY(decoded.decoded.size() * 8 >= 128);
    }

    void isNewForEveryAttempt()
    {
        QSet<QString> values;
        for (int i = 0; i < 1000; ++i)
            values.insert(StateToken().value());
        QCOMPARE(values.size(), 1000);
    }

    void matchesOnceOnly()
    {
        StateToken state;
        const QString value = state.value();
        QVERIFY(state.matchOnce(value));
        QVERIFY(state.isConsumed());
        QVERIFY(!state.matchOnce(value)); // replayed
        QVERIFY(state.value().isEmpty()); // forgotten
    }

    void wrongValueIsRefusedAndConsumesTheState()
    {
        StateToken state;
        const QString value = state.value();
        QString tampered = value;
        tampered[0] = tampered[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!state.matchOnce(tampered));
        QVERIFY(!state.matchOnce(value)); // no second try after a wrong answer
    }

    void emptyAndTruncatedAreRefused()
    {
        StateToken a;
        QVERIFY(!a.matchOnce(QString()));
        StateToken b;
        QVERIFY(!b.matchOnce(b.value().left(10)));
    }
};

QTEST_GUILESS_MAIN(TestStateToken)
#include "TestStateToken.moc"
