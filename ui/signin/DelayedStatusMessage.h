#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QStatusBar;

namespace ccri {

// A step's message in the status bar, shown only if the step lasts: one that a later step replaces
// within the delay is never painted. A sign-in's quick steps (discovery, the token exchange) would
// otherwise each repaint the window while the sign-in's own requests are under way on the same
// cores, for words nobody can read in a few milliseconds; a slow step's message (a server that takes
// its time, the user at the browser) still shows, after the delay. Feedback at the click comes from
// the Sign in button, which is disabled at once.
class DelayedStatusMessage : public QObject
{
    Q_OBJECT

public:
    DelayedStatusMessage(QStatusBar* bar, int delayMs, QObject* parent = nullptr);

    // Shown after the delay (counted from the first message not yet shown), unless cancel() comes first;
    // a later message before then replaces it.
    void show(const QString& message, int timeoutMs = 0);
    void cancel(); // the steps are over: nothing pending is shown
    bool isPending() const { return m_timer.isActive(); }

private:
    QPointer<QStatusBar> m_bar;
    QTimer m_timer;
    QString m_message;
    int m_timeoutMs = 0;
};

} // namespace ccri
