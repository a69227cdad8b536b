// ResourceTabs on its own: tabs in policy order, enabled from decisions, descriptions for screen
// readers, replaceable pages.
#include "app/core/ScopePolicy.h"
#include "ui/main/ResourcePlaceholderPage.h"
#include "ui/main/ResourceTabs.h"

#include <QAccessible>
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

QTEST_MAIN(TestResourceTabs)
#include "TestResourceTabs.moc"
