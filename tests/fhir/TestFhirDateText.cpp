#include "app/fhir/FhirDateText.h"

#include <QDateTime>
#include <QTest>

using ccri::fhir::FhirDateText;

class TestFhirDateText : public QObject
{
    Q_OBJECT

private:
    const QLocale m_english {QLocale::English, QLocale::UnitedKingdom};

    QString localMoment(const QDateTime& moment) const
    {
        return m_english.toString(moment.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
    }

private slots:
    void datesAndPartialDates_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("shown");
        QTest::newRow("date") << "2019-08-29"
                              << "29 Aug 2019";
        QTest::newRow("birth date") << "1998-03-19"
                                    << "19 Mar 1998";
        QTest::newRow("year and month") << "2019-08"
                                        << "Aug 2019";
        QTest::newRow("year alone stays") << "2019"
                                          << "2019";
        QTest::newRow("not a date") << "120 / 80 mmHg"
                                    << "120 / 80 mmHg";
        QTest::newRow("impossible date stays") << "2019-13-45"
                                               << "2019-13-45";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("date period") << "2019-01-02 – 2019-03-04"
                                     << "2 Jan 2019 – 4 Mar 2019";
        QTest::newRow("words with a dash stay") << "mild – moderate"
                                                << "mild – moderate";
    }

    void datesAndPartialDates()
    {
        QFETCH(QString, sent);
        QFETCH(QString, shown);
        QCOMPARE(FhirDateText::display(sent, m_english), shown);
    }

    void dateTimesInLocalTime()
    {
        const QDateTime utc(QDate(2019, 8, 29), QTime(8, 26), Qt::UTC);
        QCOMPARE(FhirDateText::display(QStringLiteral("2019-08-29T08:26:00+00:00"), m_english), localMoment(utc));
        QCOMPARE(FhirDateText::display(QStringLiteral("2019-08-29T08:26:00Z"), m_english), localMoment(utc));
        QCOMPARE(FhirDateText::display(QStringLiteral("2019-08-29T08:26:00.123Z"), m_english), localMoment(utc));
        // An offset is honoured: 09:26 at +01:00 is the same moment.
        QCOMPARE(FhirDateText::display(QStringLiteral("2019-08-29T09:26:00+01:00"), m_english), localMoment(utc));
        const QString shown = FhirDateText::display(QStringLiteral("2019-08-29T08:26:00+00:00"), m_english);
        QVERIFY2(!shown.contains(QLatin1Char('T')) && !shown.contains(QLatin1String("+00:00")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("2019")), qPrintable(shown));
    }

    void periodOfDateTimes()
    {
        const QDateTime start(QDate(2019, 8, 29), QTime(8, 0), Qt::UTC);
        const QDateTime end(QDate(2019, 8, 29), QTime(9, 30), Qt::UTC);
        QCOMPARE(FhirDateText::display(QStringLiteral("2019-08-29T08:00:00Z – 2019-08-29T09:30:00Z"), m_english),
                 localMoment(start) + QStringLiteral(" – ") + localMoment(end));
    }

    void recognisesFhirDates()
    {
        QVERIFY(FhirDateText::isDateValue(QStringLiteral("2019")));
        QVERIFY(FhirDateText::isDateValue(QStringLiteral("2019-08-29T08:26:00+00:00")));
        QVERIFY(!FhirDateText::isDateValue(QStringLiteral("29/08/2019")));
        QVERIFY(!FhirDateText::isDateValue(QStringLiteral("final")));
    }
};

QTEST_GUILESS_MAIN(TestFhirDateText)
#include "TestFhirDateText.moc"
