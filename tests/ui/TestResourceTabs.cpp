// ResourceTabs on its own: tabs in policy order, enabled from decisions, descriptions for screen
// readers, replaceable pages.
#include "app/core/ScopePolicy.h"
#include "ui/browser/ResourceTablePage.h"
#include "ui/desktop/TranslationLoader.h"
#include "ui/main/ResourcePlaceholderPage.h"
#include "ui/main/ResourceTabs.h"

#include <QAccessible>
#include <QHash>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

using ccri::PolicyDecision;
using ccri::ResourceTabs;
using ccri::ScopePolicy;
using ccri::ScopeSet;

class TestResourceTabs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsThePolicyOrder();
    void describesShutTabsToScreenReaders();
    void reportsChangesToScreenReaders();
    void staysOnAnOpenTab();
    void nothingOpenShowsTheFirstTab();
    void placeholderSaysWhatTheTypeIsAndWhatOpensIt();
    void pagesAreReplaceable();
    void pageFactoryMakesEveryPage();
    void pagesHaveTheirDecisionWhenShownOrAsked();
    void partlyOpenTabSaysWhichPart_data();
    void partlyOpenTabSaysWhichPart();

private:
    QList<PolicyDecision> decide(const QString& policy, const QString& scopes) const;
    QString description(int index) const;
    ResourceTabs* m_tabs = nullptr;
};

namespace {
// Records what the widgets tell assistive technology.
QList<QAccessibleEvent*>* recorded = nullptr;
void recordEvent(QAccessibleEvent* event)
{
    if (!recorded || event->type() != QAccessible::DescriptionChanged)
        return;
    recorded->append(new QAccessibleEvent(event->object(), event->type()));
    recorded->last()->setChild(event->child());
}
} // namespace

void TestResourceTabs::partlyOpenTabSaysWhichPart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<QString>("partLine");
    const QString scope = QStringLiteral("patient/Observation.rs?category=vital-signs");
    QTest::newRow("English") << "en"
                             << "Observation (part)"
                             << QStringLiteral("Partly available — only vital signs (category=vital-signs), granted by "
                                               "%1 (SMART policy); user/Observation.read would open the rest")
                                    .arg(scope)
                             << "Showing vital signs only (your scopes)";
    QTest::newRow("Welsh") << "cy"
                           << "Observation (rhan)"
                           << QStringLiteral("Ar gael yn rhannol — dim ond arwyddion hanfodol (category=vital-signs), "
                                             "caniatawyd gan %1 (SMART policy); byddai user/Observation.read yn agor "
                                             "y gweddill")
                                  .arg(scope)
                           << "Yn dangos arwyddion hanfodol yn unig (eich cwmpasau)";
}

// SMART v2 granular scopes: a partly open tab is enabled, marked, and says which part and which scope
// would open the rest, in its tooltip, its accessible description and its table's part line.
void TestResourceTabs::partlyOpenTabSaysWhichPart()
{
    QFETCH(QString, language);
    QFETCH(QString, label);
    QFETCH(QString, explanation);
    QFETCH(QString, partLine);
    ccri::TranslationLoader loader;
    QString error;
    QVERIFY2(loader.install(qApp, language, &error), qPrintable(error));
    auto* table = new ccri::ResourceTablePage(nullptr, QStringLiteral("Observation"));
    m_tabs->setPageFactory([table](const QString& type, QWidget*) -> QWidget* {
        return type == QLatin1String("Observation") ? table : nullptr;
    });
    connect(m_tabs, &ResourceTabs::decisionChanged, table, &ccri::ResourceTablePage::setDecision);
    m_tabs->setDecisions(decide(QStringLiteral("smart"),
                                QStringLiteral("user/Patient.read patient/Observation.rs?category=vital-signs")));
    const int index = m_tabs->indexOf(QStringLiteral("Observation"));
    QVERIFY(m_tabs->isTabEnabled(QStringLiteral("Observation")));
    QCOMPARE(m_tabs->tabBar()->tabText(index), label);
    QCOMPARE(m_tabs->tabBar()->tabToolTip(index), explanation);
    QCOMPARE(description(index), explanation);
    QCOMPARE(table->partText(), partLine);
    // Opened whole: the plain label, no part line.
    m_tabs->setDecisions(decide(QStringLiteral("smart"), QStringLiteral("user/Patient.read user/Observation.read")));
    QCOMPARE(m_tabs->tabBar()->tabText(index), QStringLiteral("Observation"));
    QVERIFY(table->partText().isEmpty());
    QVERIFY(loader.install(qApp, QStringLiteral("en"), &error));
}

QList<PolicyDecision> TestResourceTabs::decide(const QString& policy, const QString& scopes) const
{
    return ScopePolicy::load(policy)->decideAll(ScopeSet::parse(scopes));
}

QString TestResourceTabs::description(int index) const
{
    return QAccessible::queryAccessibleInterface(m_tabs->tabBar())->child(index)->text(QAccessible::Description);
}

void TestResourceTabs::init()
{
    m_tabs = new ResourceTabs;
    m_tabs->resize(1200, 400);
    m_tabs->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tabs));
}

void TestResourceTabs::cleanup()
{
    delete m_tabs;
    m_tabs = nullptr;
}

void TestResourceTabs::followsThePolicyOrder()
{
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Patient.read")));
    QCOMPARE(m_tabs->count(), 11);
    QCOMPARE(m_tabs->resourceTypeAt(4), QStringLiteral("Procedure"));
    QCOMPARE(m_tabs->indexOf(QStringLiteral("Binary")), 10);
    QVERIFY(m_tabs->isTabEnabled(QStringLiteral("Patient")));
    QVERIFY(!m_tabs->isTabEnabled(QStringLiteral("Observation")));
    QCOMPARE(m_tabs->decision(QStringLiteral("MedicationRequest")).needs,
             QStringLiteral("user/MedicationPrescription.read"));
}

void TestResourceTabs::describesShutTabsToScreenReaders()
{
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Patient.read patient/Observation.rs")));
    QAccessibleInterface* bar = QAccessible::queryAccessibleInterface(m_tabs->tabBar());
    QVERIFY(bar);
    QVERIFY(bar->childCount() >= 11);
    QCOMPARE(bar->child(6)->role(), QAccessible::PageTab);
    QCOMPARE(bar->child(6)->text(QAccessible::Name), QStringLiteral("MedicationRequest"));
    QCOMPARE(description(6), QStringLiteral("Unavailable — needs user/MedicationPrescription.read (CCRI policy)"));
    QCOMPARE(description(4), QStringLiteral("Available — granted by patient/Observation.rs (CCRI policy)"));
    QCOMPARE(description(0), QStringLiteral("Available — granted by user/Patient.read (CCRI policy)"));
    // The page itself carries the same sentence, for readers that land on the page.
    QCOMPARE(QAccessible::queryAccessibleInterface(m_tabs->page(QStringLiteral("MedicationRequest")))
                 ->text(QAccessible::Description),
             description(6));
}

void TestResourceTabs::reportsChangesToScreenReaders()
{
    QList<QAccessibleEvent*> events;
    recorded = &events;
    QAccessible::installUpdateHandler(recordEvent);
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("profile")));
    // Switch accessibility on the way a screen reader does: AT-SPI's org.a11y.Status.IsEnabled.
    QProcess enable;
    enable.start(QStringLiteral("dbus-send"),
                 {"--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                  "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", "string:IsEnabled",
                  "variant:boolean:true"});
    QVERIFY2(enable.waitForFinished(10000) && enable.exitCode() == 0,
             qPrintable(QStringLiteral("cannot enable AT-SPI (needs a D-Bus session, as scripts/test gives): ")
                        + QString::fromLocal8Bit(enable.readAllStandardError())));
    QTRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 10000);
    events.clear();
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Condition.read")));
    QAccessible::installUpdateHandler(nullptr);
    recorded = nullptr;
    bool conditionChanged = false;
    for (QAccessibleEvent* event : std::as_const(events)) {
        if (event->type() == QAccessible::DescriptionChanged && event->object() == m_tabs->tabBar()
            && event->child() == 3)
            conditionChanged = true;
        delete event;
    }
    QVERIFY(conditionChanged);
}

void TestResourceTabs::staysOnAnOpenTab()
{
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("profile")));
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Condition.read user/Immunization.read")));
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Condition")); // the first open one
    m_tabs->tabBar()->setCurrentIndex(m_tabs->indexOf(QStringLiteral("Immunization")));
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/*.read")));
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Immunization")); // still open: stay
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("patient/Encounter.read")));
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Encounter"));
}

void TestResourceTabs::nothingOpenShowsTheFirstTab()
{
    // Not signed in: every tab shut. A newcomer sees Patient, not the last tab QTabBar drifted to.
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QString()));
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Patient"));
    QCOMPARE(m_tabs->tabBar()->currentIndex(), 0);
    // New pages (the resource browser's) are put in without moving off it.
    m_tabs->setPageFactory([](const QString& type, QWidget* parent) { return new QLabel(type, parent); });
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Patient"));
    // Signed out again while on an open tab: stay there, shut.
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Condition.read")));
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Condition"));
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QString()));
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Condition"));
}

void TestResourceTabs::placeholderSaysWhatTheTypeIsAndWhatOpensIt()
{
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Patient.read")));
    QWidget* page = m_tabs->page(QStringLiteral("MedicationRequest"));
    QVERIFY(qobject_cast<ccri::ResourcePlaceholderPage*>(page));
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("typeDescription"))->text().contains(QStringLiteral("Prescriptions")));
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("scopeLabel"))->text(),
             QStringLiteral("Scope that opens it: user/MedicationPrescription.read (CCRI policy)"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("stateLabel"))->text().contains(QStringLiteral("Shut.")));

    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/MedicationPrescription.read")));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("stateLabel"))->text().contains(QStringLiteral("Open.")));
}

void TestResourceTabs::pagesAreReplaceable()
{
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Observation.read")));
    auto* table = new QLabel(QStringLiteral("Observation table"));
    QPointer<QWidget> old = m_tabs->page(QStringLiteral("Observation"));
    m_tabs->setPage(QStringLiteral("Observation"), table);
    QVERIFY(old.isNull()); // the placeholder is gone
    QCOMPARE(m_tabs->page(QStringLiteral("Observation")), table);
    QCOMPARE(m_tabs->indexOf(QStringLiteral("Observation")), 1);
    QCOMPARE(m_tabs->tabBar()->tabText(1), QStringLiteral("Observation"));
    QVERIFY(m_tabs->isTabEnabled(QStringLiteral("Observation")));
    QCOMPARE(description(1), QStringLiteral("Available — granted by user/Observation.read (CCRI policy)"));

    // The replaced page keeps following the scopes.
    QSignalSpy spy(m_tabs, &ResourceTabs::decisionChanged);
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("profile")));
    QVERIFY(!m_tabs->isTabEnabled(QStringLiteral("Observation")));
    QCOMPARE(description(1), QStringLiteral("Unavailable — needs user/Observation.read (CCRI policy)"));
    QCOMPARE(spy.count(), 11);
    QCOMPARE(m_tabs->page(QStringLiteral("Observation")), table);
}

void TestResourceTabs::pageFactoryMakesEveryPage()
{
    m_tabs->setDecisions(decide(QStringLiteral("smart"), QStringLiteral("user/Patient.read")));
    QStringList made;
    m_tabs->setPageFactory([&made](const QString& type, QWidget* parent) {
        made.append(type);
        return new QLabel(type + QStringLiteral(" records"), parent);
    });
    QCOMPARE(made.size(), 11);
    QCOMPARE(qobject_cast<QLabel*>(m_tabs->page(QStringLiteral("Binary")))->text(), QStringLiteral("Binary records"));
    QVERIFY(m_tabs->isTabEnabled(QStringLiteral("Patient")));
    QVERIFY(!m_tabs->isTabEnabled(QStringLiteral("Binary")));
    // A policy with other types asks the factory again.
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Patient.read")));
    QCOMPARE(made.size(), 11); // same types, same pages
}

// A page gets its type's decision when it is shown or asked for (page()), not while it is hidden and
// unasked; pageAsIs() does not ask. Everything else still hears every decision (decisionChanged).
void TestResourceTabs::pagesHaveTheirDecisionWhenShownOrAsked()
{
    QHash<QString, QList<bool>> given; // per type, the decisions its page was given (granted or not)
    m_tabs->setPageFactory([](const QString& type, QWidget* parent) { return new QLabel(type, parent); });
    connect(m_tabs, &ResourceTabs::pageDecisionChanged, this,
            [&given](const PolicyDecision& decision) { given[decision.resourceType].append(decision.granted); });
    QSignalSpy every(m_tabs, &ResourceTabs::decisionChanged);
    given.clear();

    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Patient.read user/Observation.read")));
    QCOMPARE(every.count(), 11); // every type, as before
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Patient"));
    QCOMPARE(given.value(QStringLiteral("Patient")), QList<bool>({true})); // shown: at once
    QVERIFY(!given.contains(QStringLiteral("Observation"))); // hidden and unasked: not yet
    QVERIFY(m_tabs->pageAsIs(QStringLiteral("Observation")));
    QVERIFY(!given.contains(QStringLiteral("Observation"))); // as it is: still not

    // Asked for: the decision in force now, once.
    QVERIFY(m_tabs->page(QStringLiteral("Observation")));
    QCOMPARE(given.value(QStringLiteral("Observation")), QList<bool>({true}));
    QVERIFY(m_tabs->page(QStringLiteral("Observation")));
    QCOMPARE(given.value(QStringLiteral("Observation")), QList<bool>({true}));

    // Shown: the decision in force when it becomes current (the later one, not every one on the way).
    QVERIFY(m_tabs->page(QStringLiteral("Encounter")));
    given.clear();
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Patient.read")));
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Patient.read user/Encounter.read")));
    QVERIFY(!given.contains(QStringLiteral("Encounter")));
    m_tabs->tabBar()->setCurrentIndex(m_tabs->indexOf(QStringLiteral("Encounter")));
    QCOMPARE(given.value(QStringLiteral("Encounter")), QList<bool>({true}));
    QVERIFY(m_tabs->page(QStringLiteral("Encounter"))->isEnabled());

    // A page that shuts while in front is shut at once (disabled), and left for an open tab; its
    // decision, now that it is hidden, when it is asked for. The page in front hears every update.
    given.clear();
    m_tabs->setDecisions(decide(QStringLiteral("ccri"), QStringLiteral("user/Patient.read")));
    QCOMPARE(m_tabs->currentResourceType(), QStringLiteral("Patient"));
    QVERIFY(!m_tabs->pageAsIs(QStringLiteral("Encounter"))->isEnabled());
    QCOMPARE(given.value(QStringLiteral("Patient")), QList<bool>({true}));
    QVERIFY(!given.contains(QStringLiteral("Encounter")));
    QVERIFY(!m_tabs->page(QStringLiteral("Encounter"))->isEnabled());
    QCOMPARE(given.value(QStringLiteral("Encounter")), QList<bool>({false}));
}

QTEST_MAIN(TestResourceTabs)
#include "TestResourceTabs.moc"
