#include "app/core/NhsNumber.h"

#include <QTest>

using ccri::NhsNumber;

class TestNhsNumber : public QObject
{
    Q_OBJECT

private slots:
    void validity_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("Bernie Kanfeld") << "9876543210" << true << "";
        QTest::newRow("spaced") << "987 654 3210" << true << "";
        QTest::newRow("dashed") << "987-654-3210" << true << "";
        QTest::newRow("wrong check digit") << "9876543211" << false << "should be 0, not 1";
        QTest::newRow("no check digit fits") << "9876512345" << false << "no check digit fits";
        QTest::newRow("another valid") << "9434765919" << true << "";
        QTest::newRow("too short") << "12345" << false << "10 digits";
        QTest::newRow("letters") << "98765A3210" << false << "digits only";
        QTest::newRow("empty") << "" << false << "Enter an NHS number";
        QTest::newRow("valid with check digit 7") << "4010232137" << true << "";
    }

    void validity()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, errorContains);
        QString error;
        QCOMPARE(NhsNumber::isValid(input, &error), valid);
        if (!valid) {
            QVERIFY2(error.contains(errorContains), qPrintable(error));
        }
    }

    void formatting()
    {
        QCOMPARE(NhsNumber::format(QStringLiteral("9876543210")), QStringLiteral("987 654 3210"));
        QCOMPARE(NhsNumber::format(QStringLiteral("987 654 3210")), QStringLiteral("987 654 3210"));
        QCOMPARE(NhsNumber::format(QStringLiteral("12")), QStringLiteral("12"));
        QCOMPARE(NhsNumber::searchToken(QStringLiteral("987 654 3210")),
                 QStringLiteral("https://fhir.nhs.uk/Id/nhs-number|9876543210"));
    }
};

QTEST_GUILESS_MAIN(TestNhsNumber)
#include "TestNhsNumber.moc"
