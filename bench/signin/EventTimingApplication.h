#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QStringList>

namespace ccri::bench {

// BenchSignIn's BENCH_EVENTS=1: the application, timing each event the GUI thread handles while on.
// Every top-level event over 20 µs is logged with its time from the round's start, its type and its
// receiver; inside one (an UpdateRequest paints the window), each widget's Paint event over 10 µs,
// indented, with the size of the region it painted. For finding what a sign-in's GUI work costs.
class EventTimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    void start(const QElapsedTimer* clock);
    QStringList stop(); // what was logged since start()

    bool notify(QObject* receiver, QEvent* event) override;

private:
    const QElapsedTimer* m_clock = nullptr; // not null while on
    QStringList m_log;
    int m_depth = 0;
};

} // namespace ccri::bench
