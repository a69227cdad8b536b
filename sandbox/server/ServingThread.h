#pragma once

#include <functional>
#include <memory>
#include <QSemaphore>
#include <QThread>

class QHttpServer;

namespace ccri::sandbox {

// One extra serving thread of a SandboxServer: its QHttpServer (and so its listening socket, its
// connections and their timers) is made, run and deleted on this thread, never touched from
// another. Owned by the SandboxServer on the sandbox's own thread.
//
//   ServingThread lane([&] { return makeServer(descriptor); });   // runs on the new thread
//   if (!lane.startServing()) ...;                                  // false: makeServer gave null
//   lane.stopServing();                                             // quit, join; server deleted there
class ServingThread : public QThread
{
    Q_OBJECT

public:
    using Make = std::function<std::unique_ptr<QHttpServer>()>;

    explicit ServingThread(Make make, QObject* parent = nullptr);
    ~ServingThread() override; // stopServing()

    // Starts the thread and returns once its server is made (before it serves anything).
    bool startServing();
    // Ends the thread's event loop and waits for it; the server is deleted on the thread first.
    void stopServing();

protected:
    void run() override;

private:
    Make m_make;
    QSemaphore m_made;
    bool m_serving = false;
};

} // namespace ccri::sandbox
