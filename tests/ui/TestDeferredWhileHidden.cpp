// DeferredWhileHidden with real widgets: the work is put off while the widget is hidden (itself, its
// parent, or its tab behind another), done once when it is shown or asked (ensure()), at once while it
// is visible; and done on a show before the widget's own showEvent(), with the widget visible.
#include "ui/main/DeferredWhileHidden.h"

#include <memory>
#include <QStringList>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

using ccri::DeferredWhileHidden;

namespace {
// Notes its showEvent() in a log the work also writes to.
class LoggingWidget : public QWidget
{
public:
    explicit LoggingWidget(QStringList* log, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_log(log)
    {
    }

protected:
    void showEvent(QShowEvent* event) override
    {
        QWidget::showEvent(event);
        m_log->append(QStringLiteral("showEvent"));
    }

private:
    QStringList* m_log;
};
} // namespace

class TestDeferredWhileHidden : public QObject
{
    Q_OBJECT

private slots:
    void hiddenPutsOffTheWorkUntilShown();
    void ensureRunsPendingWorkOnce();
    void visibleRunsAtOnce();
    void hiddenParentPutsOffTheWork();
    void tabBehindAnotherPutsOffTheWork();
    void runsBeforeShowEventAndSeesTheWidgetVisible();
};

void TestDeferredWhileHidden::hiddenPutsOffTheWorkUntilShown()
{
    QWidget widget;
    int runs = 0;
    auto* deferred = new DeferredWhileHidden(&widget, [&runs] { ++runs; });
    QCOMPARE(deferred->parent(), &widget); // owned by the widget it watches
    QVERIFY(!deferred->isPending());

    deferred->request();
    deferred->request(); // two changes while hidden: one piece of work when shown
    QCOMPARE(runs, 0);
    QVERIFY(deferred->isPending());

    widget.show();
    QCOMPARE(runs, 1);
    QVERIFY(!deferred->isPending());

    // Hidden and shown again with nothing changed: nothing to do.
    widget.hide();
    widget.show();
    QCOMPARE(runs, 1);

    // A change while hidden again: done at the next show.
    widget.hide();
    deferred->request();
    QCOMPARE(runs, 1);
    widget.show();
    QCOMPARE(runs, 2);
}

void TestDeferredWhileHidden::ensureRunsPendingWorkOnce()
{
    QWidget widget;
    int runs = 0;
    auto* deferred = new DeferredWhileHidden(&widget, [&runs] { ++runs; });

    deferred->ensure(); // nothing pending: nothing to do
    QCOMPARE(runs, 0);

    deferred->request();
    deferred->ensure(); // asked while hidden
    QCOMPARE(runs, 1);
    QVERIFY(!deferred->isPending());
    deferred->ensure();
    QCOMPARE(runs, 1);
    QVERIFY(!widget.isVisible()); // asking does not show it

    widget.show(); // already done
    QCOMPARE(runs, 1);
}

void TestDeferredWhileHidden::visibleRunsAtOnce()
{
    QWidget widget;
    int runs = 0;
    auto* deferred = new DeferredWhileHidden(&widget, [&runs] { ++runs; });
    widget.show();
    QCOMPARE(runs, 0); // nothing was asked for

    deferred->request();
    QCOMPARE(runs, 1);
    QVERIFY(!deferred->isPending());
    deferred->request();
    QCOMPARE(runs, 2);
    deferred->ensure();
    QCOMPARE(runs, 2);
}

void TestDeferredWhileHidden::hiddenParentPutsOffTheWork()
{
    QWidget parent;
    auto* child = new QWidget(&parent); // not hidden itself: hidden with its parent
    int runs = 0;
    auto* deferred = new DeferredWhileHidden(child, [&runs] { ++runs; });

    deferred->request();
    QCOMPARE(runs, 0);
    parent.show();
    QVERIFY(child->isVisible());
    QCOMPARE(runs, 1);

    parent.hide();
    deferred->request();
    QCOMPARE(runs, 1);
    parent.show();
    QCOMPARE(runs, 2);
}

void TestDeferredWhileHidden::tabBehindAnotherPutsOffTheWork()
{
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("Front"));
    auto* behind = new QWidget;
    tabs.addTab(behind, QStringLiteral("Behind"));
    int runs = 0;
    auto* deferred = new DeferredWhileHidden(behind, [&runs] { ++runs; });
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(!behind->isVisible());

    deferred->request();
    QCOMPARE(runs, 0);
    tabs.setCurrentWidget(behind);
    QCOMPARE(runs, 1);
    deferred->request(); // in front now: at once
    QCOMPARE(runs, 2);

    tabs.setCurrentIndex(0);
    deferred->request();
    QCOMPARE(runs, 2);
    tabs.setCurrentWidget(behind);
    QCOMPARE(runs, 3);
}

// What the converted widgets rely on: the work runs with the widget already visible (so that work
// which checks isVisible(), such as starting a countdown, does so), before its showEvent().
void TestDeferredWhileHidden::runsBeforeShowEventAndSeesTheWidgetVisible()
{
    QStringList log;
    LoggingWidget widget(&log);
    auto* deferred = new DeferredWhileHidden(&widget, [&log, &widget] {
        log.append(widget.isVisible() ? QStringLiteral("work, visible") : QStringLiteral("work, hidden"));
    });
    deferred->request();
    QVERIFY(log.isEmpty());
    widget.show();
    QCOMPARE(log, QStringList({QStringLiteral("work, visible"), QStringLiteral("showEvent")}));
}

QTEST_MAIN(TestDeferredWhileHidden)
#include "TestDeferredWhileHidden.moc"
