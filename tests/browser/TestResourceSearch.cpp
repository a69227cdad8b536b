#include "app/core/ScopePolicy.h"
#include "app/core/ScopeSet.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/ResourceListModel.h"
#include "app/fhir/ResourceSearch.h"
#include "app/net/FixedAccessTokenProvider.h"
#include "app/net/RequestLog.h"
#include "tests/browser/FixtureHttpServer.h"
#include "tests/browser/SandboxSession.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ccri;
using namespace ccri::fhir;
using ccri::net::FixedAccessTokenProvider;
using ccri::net::RequestLog;

// The search behind a resource table, without widgets, against the real sandbox over loopback with a real
// clinical-access token (client_credentials); FixtureHttpServer only for what the sandbox never does (silence,
// an HTML error page).
class TestResourceSearch : public QObject
{
    Q_OBJECT

private:
    SandboxSession m_sandbox;
    QNetworkAccessManager m_network;
    FixedAccessTokenProvider m_tokens;
    RequestLog m_log;
    std::unique_ptr<FhirClient> m_client;

    static PolicyDecision decision(const QString& type, const QString& scopes)
    {
        for (const PolicyDecision& d : ScopePolicy::load(QStringLiteral("ccri"))->decideAll(ScopeSet::parse(scopes))) {
            if (d.resourceType == type)
                return d;
        }
        return {};
    }

    static QString param(const QUrl& url, const QString& name)
    {
        return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(5, &error), qPrintable(error));
        const QByteArray token = m_sandbox.clientToken(QStringLiteral("clinical-access"), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        m_tokens.setTokenResponse(QString::fromLatin1(token), SandboxSession::scopeOf(token));
        m_client = std::make_unique<FhirClient>(&m_network, &m_tokens, &m_log);
        m_client->setBaseUrl(m_sandbox.fhirBase());
    }

    void firstPageAsksForPatientNewestFirstAndPageSize()
    {
        ResourceSearch search(m_client.get(), QStringLiteral("Observation"));
        QSignalSpy started(&search, &ResourceSearch::loadStarted);
        QSignalSpy loaded(&search, &ResourceSearch::loaded);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_count"), QStringLiteral("99")); // the page size wins
        query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("code")); // and so does the server sort
        search.setQuery(query);
        search.setNeedsPatient(true);
        search.setPatientId(QStringLiteral("1"));
        search.setServerSort({QStringLiteral("_sort:desc"), QStringLiteral("date")});
        search.setPageSize(10);
        search.load();
        QVERIFY(search.isLoading());
        QVERIFY(!search.isSettlingPageSize()); // this load already asks for 10
        QCOMPARE(started.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 10000);
        QVERIFY(!search.isLoading());
        const QUrl sent = search.lastUrl();
        QCOMPARE(param(sent, QStringLiteral("patient")), QStringLiteral("1"));
        QCOMPARE(param(sent, QStringLiteral("_sort:desc")), QStringLiteral("date"));
        QVERIFY(!QUrlQuery(sent).hasQueryItem(QStringLiteral("_sort")));
        QCOMPARE(QUrlQuery(sent).allQueryItemValues(QStringLiteral("_count")), QStringList {QStringLiteral("10")});
        QCOMPARE(search.model()->rowCount(), 10);
        const qint64 total = search.lastInfo().total;
        QVERIFY(total >= 20);
        QCOMPARE(search.statusText(),
                 QStringLiteral("Rows 1–10 of %1, newest first — %2 more on later pages").arg(total).arg(total - 10));
        QVERIFY2(search.message().isEmpty(), qPrintable(search.message()));
        QVERIFY(search.canGoNext());
        QVERIFY(!search.canGoPrevious());
    }

    void pagingFollowsTheBundleLinks()
    {
        ResourceSearch search(m_client.get(), QStringLiteral("Observation"));
        search.setPatientId(QStringLiteral("2"));
        search.setPageSize(10);
        QSignalSpy loaded(&search, &ResourceSearch::loaded);
        search.load();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 10000);
        const qint64 total = search.lastInfo().total;
        QSet<QString> ids;
        int pages = 1;
        const auto collect = [&] {
            for (int row = 0; row < search.model()->rowCount(); ++row)
                ids.insert(search.model()->rowAt(row).id);
        };
        collect();
        while (search.canGoNext()) {
            search.nextPage();
            QVERIFY(!search.canGoNext()); // not while it loads
            ++pages;
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == pages, 10000);
            collect();
            QVERIFY(pages < 100);
        }
        QCOMPARE(ids.size(), int(total));
        const int lastStart = int((total - 1) / 10 * 10) + 1;
        QCOMPARE(search.statusText(), QStringLiteral("Rows %1–%2 of %2").arg(lastStart).arg(total));
        QVERIFY(search.canGoPrevious());
        search.previousPage();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == pages + 1, 10000);
        QCOMPARE(search.statusText(),
                 QStringLiteral("Rows %1–%2 of %3 — %4 more on later pages")
                     .arg(lastStart - 10)
                     .arg(lastStart - 1)
                     .arg(total)
                     .arg(total - lastStart + 1));
        // Shown already: nothing to load again, until the query changes.
        QSignalSpy started(&search, &ResourceSearch::loadStarted);
        search.loadIfStale();
        QCOMPARE(started.count(), 0);
        search.setServerSort({QStringLiteral("_sort:desc"), QStringLiteral("date")});
        search.loadIfStale();
        QCOMPARE(started.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == pages + 2, 10000);
        QVERIFY(search.statusText().startsWith(QStringLiteral("Rows 1–10 of")));
    }

    void aClinicalSearchWaitsForAPatient()
    {
        ResourceSearch search(m_client.get(), QStringLiteral("Condition"));
        search.setNeedsPatient(true);
        QSignalSpy started(&search, &ResourceSearch::loadStarted);
        const int before = m_log.size();
        search.load();
        QVERIFY(!search.isLoading());
        QCOMPARE(started.count(), 0);
        QCOMPARE(m_log.size(), before);
        QCOMPARE(search.message(),
                 QStringLiteral("Choose a patient on the Patient tab to see their Condition records."));
        QVERIFY(!search.messageIsError());
    }

    void emptyResultSaysSo()
    {
        ResourceSearch search(m_client.get(), QStringLiteral("Patient"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("family"), QStringLiteral("Nobodyhasthisname"));
        search.setQuery(query);
        QSignalSpy loaded(&search, &ResourceSearch::loaded);
        search.load();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 10000);
        QCOMPARE(search.model()->rowCount(), 0);
        QCOMPARE(search.message(), QStringLiteral("No Patient found."));
        QVERIFY(search.statusText().startsWith(QStringLiteral("No rows.")));
    }

    void aShutTypeSaysWhyAndTryAnywayShowsTheRefusal()
    {
        ResourceSearch search(m_client.get(), QStringLiteral("DocumentReference"));
        QSignalSpy state(&search, &ResourceSearch::stateChanged);
        search.setDecision(decision(QStringLiteral("Patient"), QString())); // another type's: not this one's
        QCOMPARE(state.count(), 0);
        search.setDecision(decision(QStringLiteral("DocumentReference"), m_tokens.grantedScope()));
        QVERIFY(search.isShut());
        QCOMPARE(state.count(), 1);
        const QString reason = search.message();
        QVERIFY2(reason.startsWith(QStringLiteral("Unavailable — needs user/DocumentReference")), qPrintable(reason));
        QSignalSpy failed(&search, &ResourceSearch::failed);
        search.tryAnyway();
        QCOMPARE(search.message(), reason + QStringLiteral("\nTrying anyway…"));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QVERIFY2(search.message().startsWith(QStringLiteral("The server refused, as your scopes said it would.")),
                 qPrintable(search.message()));
        QVERIFY(search.message().contains(QStringLiteral("403")));
        QVERIFY(search.messageIsError());
        QCOMPARE(failed.at(0).at(0).toString(), search.message());
        QVERIFY(search.statusText().isEmpty());
        // Opened (signed in with the scope): the old reason goes.
        search.setDecision(
            decision(QStringLiteral("DocumentReference"), QStringLiteral("user/DocumentReference.read")));
        QVERIFY(!search.isShut());
        search.forgetRows();
        search.setDecision(decision(QStringLiteral("DocumentReference"), QString()));
        QVERIFY(search.message().startsWith(QStringLiteral("Unavailable")));
        search.setDecision(
            decision(QStringLiteral("DocumentReference"), QStringLiteral("user/DocumentReference.read")));
        QVERIFY2(search.message().isEmpty(), qPrintable(search.message()));
    }

    void pageSizeSettlesThenReloadsTheFirstPage()
    {
        ResourceSearch search(m_client.get(), QStringLiteral("Observation"));
        search.setPatientId(QStringLiteral("1"));
        search.setPageSize(10);
        QSignalSpy started(&search, &ResourceSearch::loadStarted);
        QSignalSpy loaded(&search, &ResourceSearch::loaded);
        search.load();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 10000);
        search.nextPage();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2, 10000);
        // Two changes in a row: one request, for the first page in the last size.
        search.setPageSize(30);
        search.setPageSize(15);
        QVERIFY(search.isSettlingPageSize());
        QCOMPARE(started.count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 3, 10000);
        QCOMPARE(started.count(), 3);
        QCOMPARE(param(search.lastUrl(), QStringLiteral("_count")), QStringLiteral("15"));
        QVERIFY(search.statusText().startsWith(QStringLiteral("Rows 1–15 of")));

        // Nothing asked for yet (no patient, nothing loaded): a new size sends nothing.
        ResourceSearch idle(m_client.get(), QStringLiteral("Encounter"));
        idle.setNeedsPatient(true);
        QSignalSpy idleStarted(&idle, &ResourceSearch::loadStarted);
        idle.setPageSize(50);
        QVERIFY(idle.isSettlingPageSize());
        QTRY_VERIFY(!idle.isSettlingPageSize());
        QCOMPARE(idleStarted.count(), 0);
    }

    void forgettingEmptiesEverything()
    {
        ResourceSearch search(m_client.get(), QStringLiteral("Observation"));
        search.setPatientId(QStringLiteral("1"));
        QSignalSpy loaded(&search, &ResourceSearch::loaded);
        search.load();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 10000);
        QVERIFY(search.model()->rowCount() > 0);
        QSignalSpy forgotten(&search, &ResourceSearch::rowsForgotten);
        search.setPatientId(QStringLiteral("2")); // another patient: the rows go
        QCOMPARE(forgotten.count(), 1);
        QCOMPARE(search.model()->rowCount(), 0);
        QVERIFY(search.statusText().isEmpty());
        QVERIFY(search.message().isEmpty());
        search.setPatientId({});
        QCOMPARE(forgotten.count(), 2);
    }

    void aSavedBundleShowsItsGoodEntries()
    {
        ResourceSearch search(nullptr, QStringLiteral("Observation")); // no server at all
        const QByteArray good
            = "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"good-%1\",\"status\":\"final\"}}";
        const QByteArray bytes = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + QByteArray(good).replace("%1", "1") + ",{\"fullUrl\":\"urn:x\"}," + QByteArray(good).replace("%1", "2")
            + "]}";
        QSignalSpy loaded(&search, &ResourceSearch::loaded);
        search.loadBundle(bytes);
        QVERIFY(search.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 10000);
        QCOMPARE(search.model()->rowCount(), 2);
        QCOMPARE(search.lastInfo().malformed.size(), 1);
        QCOMPARE(search.statusText(), QStringLiteral("Rows 1–2"));
        QVERIFY(!search.lastUrl().isValid());
        // Without a client, load() sends nothing and says nothing new.
        search.load();
        QVERIFY(!search.isLoading());
    }

    void errorsInWordsAndCancel()
    {
        FixtureHttpServer fixture;
        QVERIFY(fixture.start());
        FhirClient client(&m_network, nullptr, nullptr);
        client.setBaseUrl(fixture.base());
        ResourceSearch search(&client, QStringLiteral("Observation"));
        QSignalSpy failed(&search, &ResourceSearch::failed);
        fixture.setAnswer(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        search.load();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QVERIFY2(search.message().contains(QStringLiteral("web page (HTML, HTTP 502)")), qPrintable(search.message()));
        QVERIFY(search.messageIsError());

        fixture.setAnswer(200, "application/fhir+json", "{\"resourceType\":\"Bundle\",\"entry\":[");
        search.load();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 2, 10000);
        QVERIFY2(search.message().contains(QStringLiteral("not valid JSON")), qPrintable(search.message()));

        fixture.setSilent(true);
        QSignalSpy progress(&search, &ResourceSearch::progressChanged);
        search.load();
        QVERIFY(search.isLoading());
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.at(0).at(0).toInt(), -1); // busy, size not known
        QCOMPARE(search.statusText(), QStringLiteral("Loading…"));
        search.cancel();
        QVERIFY(!search.isLoading());
        QCOMPARE(search.statusText(), QStringLiteral("Cancelled."));
        QCOMPARE(failed.count(), 2); // cancelling is not a failure
        // Stale again: loadIfStale() asks once more.
        fixture.setSilent(false);
        fixture.setAnswer(200, "application/fhir+json",
                          "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}");
        QSignalSpy loaded(&search, &ResourceSearch::loaded);
        search.loadIfStale();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 10000);
        QVERIFY2(search.statusText().startsWith(QStringLiteral("No rows.")), qPrintable(search.statusText()));
    }
};

QTEST_GUILESS_MAIN(TestResourceSearch)
#include "TestResourceSearch.moc"
