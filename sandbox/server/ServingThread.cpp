#include "sandbox/server/ServingThread.h"

#include <QHttpServer>

namespace ccri::sandbox {

ServingThread::ServingThread(Make make, QObject* parent)
    : QThread(parent)
    , m_make(std::move(make))
{
    setObjectName(QStringLiteral("ccri-sandbox-serving"));
}

ServingThread::~ServingThread()
{
    stopServing();
}

bool ServingThread::startServing()
{
    start();
    m_made.acquire(); // released by run() once the server is made (or could not be)
    return m_serving;
}

void ServingThread::stopServing()
{
    // quit() before exec() has begun is kept: exec() then returns at once.
    quit();
    wait();
}

void ServingThread::run()
{
    std::unique_ptr<QHttpServer> server = m_make();
    m_serving = server != nullptr;
    m_made.release();
    if (server)
        exec();
    server.reset(); // its sockets and timers go with it, on this thread
}

} // namespace ccri::sandbox
