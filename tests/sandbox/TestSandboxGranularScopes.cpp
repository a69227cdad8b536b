// SMART v2 granular scopes on the sandbox, over loopback (SMART App Launch 2.2 §"Finer-grained
// resource constraints using search parameters"): the demo physiotherapist, granted vital-sign
// Observations and problem-list Conditions only, sees exactly those — in searches, pages, totals and
// _revinclude — and gets a 403 naming the category for anything else.
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <memory>
#include <QTest>
#include <QUrlQuery>

using namespace ccri::sandbox;
using nlohmann::json;

namespace {

QStringList categories(const json& resource)
{
    QStringList codes;
    for (const json& codeable : resource.value("category", json::array()))
        for (const json& coding : codeable.value("coding", json::array()))
            codes.append(QString::fromStdString(coding.value("code", "")));
    return codes;
}

const QString kAsked = QStringLiteral("launch/patient openid fhirUser user/Patient.read user/Observation.read "
                                      "user/Condition.read");

} // namespace

class TestSandboxGranularScopes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_http;
    QByteArray m_physio;
    QByteArray m_gp;

    QUrl fhir(const QString& pathAndQuery) const
    {
        return QUrl(m_server->urls().fhirBase().toString() + QLatin1Char('/') + pathAndQuery);
    }
    json getJson(const QString& pathAndQuery, const QByteArray& token)
    {
        const SandboxBrowser::Response reply = m_http->get(fhir(pathAndQuery), token);
        if (reply.status != 200)
            qWarning("%s: HTTP %d %s", qPrintable(pathAndQuery), reply.status, reply.body.left(300).constData());
        return reply.fhirJson();
    }
    // Signs in through the consent page, ticking whatever it offers (the narrowed scopes included).
    QByteArray signIn(SandboxBrowser& http, const QString& user, QString* granted)
    {
        const SandboxBrowser::Response consent = http.openConsent(http.authorizeUrl(kAsked), user);
        if (consent.status != 200)
            return {};
        const SandboxBrowser::Response done = http.submitConsent(consent, SandboxBrowser::checkboxValues(consent.body),
                                                                 QStringLiteral("authorize"), QStringLiteral("1"));
        const QString code = QUrlQuery(QUrl(done.location)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const SandboxBrowser::Response tokens = http.exchangeCode(code);
        *granted = tokens.json().value(QLatin1String("scope")).toString();
        return tokens.json().value(QLatin1String("access_token")).toString().toUtf8();
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options = SandboxOptions::ephemeral(10);
        options.policy = QStringLiteral("smart");
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_http = std::make_unique<SandboxBrowser>(*m_server);
        QString granted;
        m_physio = signIn(*m_http, QStringLiteral("physio"), &granted);
        QVERIFY(!m_physio.isEmpty());
        // Asked for whole types, granted the parts the physiotherapist may see.
        QVERIFY2(granted.contains(QStringLiteral("user/Observation.rs?category=http://terminology.hl7.org/CodeSystem/"
                                                 "observation-category|vital-signs")),
                 qPrintable(granted));
        QVERIFY2(granted.contains(QStringLiteral("user/Condition.rs?category=problem-list-item")), qPrintable(granted));
        QVERIFY2(!granted.contains(QStringLiteral("user/Observation.read")), qPrintable(granted));
        SandboxBrowser gpBrowser(*m_server);
        m_gp = signIn(gpBrowser, QStringLiteral("gp"), &granted);
        QVERIFY(!m_gp.isEmpty());
    }

    void consentDescribesQualifiedScopes()
    {
        SandboxBrowser http(*m_server);
        const SandboxBrowser::Response consent = http.openConsent(http.authorizeUrl(kAsked), QStringLiteral("physio"));
        QCOMPARE(consent.status, 200);
        const QString page = QString::fromUtf8(consent.body);
        QVERIFY2(page.contains(QStringLiteral("Read Observation of any patient you can see — vital signs only")),
                 qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("Read Condition of any patient you can see — problem list items only")));
        QVERIFY(page.contains(QStringLiteral("narrowed from user/Observation.read")));
    }

    void loginPageListsThePhysio()
    {
        SandboxBrowser http(*m_server);
        const SandboxBrowser::Response authorize = http.get(http.authorizeUrl(kAsked));
        QCOMPARE(authorize.status, 302);
        const SandboxBrowser::Response login = http.get(http.url(authorize.location));
        QCOMPARE(login.status, 200);
        QVERIFY2(login.body.contains("<code>physio</code>"), login.body.constData());
    }

    void searchShowsOnlyTheGrantedCategory()
    {
        const json all = getJson(QStringLiteral("Observation?_count=1000"), m_gp);
        const json vitals = getJson(QStringLiteral("Observation?category=vital-signs&_count=1000"), m_gp);
        const json seen = getJson(QStringLiteral("Observation?_count=1000"), m_physio);
        QVERIFY(!seen.is_discarded());
        const int total = seen.value("total", -1);
        QCOMPARE(total, vitals.value("total", -2)); // total counts only what may be seen
        QVERIFY(all.value("total", 0) > total); // the smoking-status (social-history) ones are hidden
        QCOMPARE(int(seen.value("entry", json::array()).size()), qMin(total, 100)); // the sandbox's largest page
        for (const json& entry : seen.at("entry"))
            QCOMPARE(categories(entry.at("resource")), QStringList {QStringLiteral("vital-signs")});
        const json conditions = getJson(QStringLiteral("Condition?_count=1000"), m_physio);
        QVERIFY(conditions.value("total", 0) > 0);
        for (const json& entry : conditions.at("entry"))
            QCOMPARE(categories(entry.at("resource")), QStringList {QStringLiteral("problem-list-item")});
    }

    void pagesObeyTheFilter()
    {
        const int total = getJson(QStringLiteral("Observation?_count=1000"), m_physio).value("total", -1);
        QVERIFY(total > 7);
        int seen = 0;
        QString next = QStringLiteral("Observation?_count=7");
        QUrl url = fhir(next);
        for (int page = 0; page < 100 && url.isValid(); ++page) {
            const SandboxBrowser::Response reply = m_http->get(url, m_physio);
            QCOMPARE(reply.status, 200);
            const json bundle = reply.fhirJson();
            QCOMPARE(bundle.value("total", -1), total);
            for (const json& entry : bundle.value("entry", json::array())) {
                QCOMPARE(categories(entry.at("resource")), QStringList {QStringLiteral("vital-signs")});
                ++seen;
            }
            url = QUrl();
            for (const json& link : bundle.value("link", json::array())) {
                if (link.value("relation", "") == "next")
                    url = QUrl(QString::fromStdString(link.value("url", "")));
            }
        }
        QCOMPARE(seen, total);
    }

    void revincludeObeysTheFilter()
    {
        const json bundle = getJson(QStringLiteral("Patient?_id=1&_revinclude=*:patient"), m_physio);
        int observations = 0;
        for (const json& entry : bundle.value("entry", json::array())) {
            const json& resource = entry.at("resource");
            if (resource.value("resourceType", "") == "Observation") {
                ++observations;
                QCOMPARE(categories(resource), QStringList {QStringLiteral("vital-signs")});
            } else if (resource.value("resourceType", "") == "Condition") {
                QCOMPARE(categories(resource), QStringList {QStringLiteral("problem-list-item")});
            }
        }
        QVERIFY(observations > 0);
    }

    void readOutsideTheGrantIs403NamingTheCategory()
    {
        const json social = getJson(QStringLiteral("Observation?category=social-history&_count=1"), m_gp);
        const std::string id = social.at("entry")[0].at("resource").value("id", "");
        const QString path = QStringLiteral("Observation/") + QString::fromStdString(id);
        QCOMPARE(m_http->get(fhir(path), m_gp).status, 200);
        const SandboxBrowser::Response refused = m_http->get(fhir(path), m_physio);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.diagnostics(),
                 QStringLiteral("Insufficient Access Rights to access %1: its category is social-history, and the "
                                "token's scopes grant only category vital-signs.")
                     .arg(path));
        QVERIFY(refused.header("WWW-Authenticate").contains("insufficient_scope"));
        // Its failing twin: a vital sign reads.
        const json vital = getJson(QStringLiteral("Observation?_count=1"), m_physio);
        const std::string vitalId = vital.at("entry")[0].at("resource").value("id", "");
        QCOMPARE(m_http->get(fhir(QStringLiteral("Observation/") + QString::fromStdString(vitalId)), m_physio).status,
                 200);
    }

    void searchingAHiddenCategoryIs403()
    {
        const SandboxBrowser::Response refused
            = m_http->get(fhir(QStringLiteral("Observation?category=social-history")), m_physio);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.diagnostics(),
                 QStringLiteral("Insufficient Access Rights to search Observation in category "
                                "social-history: the token's scopes grant only category "
                                "vital-signs."));
        QCOMPARE(m_http->get(fhir(QStringLiteral("Observation?category=vital-signs")), m_physio).status, 200);
        QCOMPARE(m_http
                     ->get(fhir(QStringLiteral("Observation?category=http://hl7.org/fhir/observation-category|"
                                               "vital-signs")),
                           m_physio)
                     .status,
                 200);
    }

    void ccriPolicyGrantsNothingForQualifiedScopes()
    {
        SandboxServer ccri(SandboxOptions::ephemeral(3)); // the default policy: the CCRI's table
        QString error;
        QVERIFY2(ccri.start(&error), qPrintable(error));
        SandboxBrowser http(ccri);
        QString granted;
        const QByteArray token = signIn(http, QStringLiteral("physio"), &granted);
        QVERIFY(!token.isEmpty());
        const SandboxBrowser::Response refused
            = http.get(QUrl(ccri.urls().fhirBase().toString() + QStringLiteral("/Observation")), token);
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.fhirJson().dump().find("not part of the CCRI policy") != std::string::npos,
                 refused.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxGranularScopes)
#include "TestSandboxGranularScopes.moc"
