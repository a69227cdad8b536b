#include "sandbox/server/InProcessSandbox.h"

#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/server/SandboxServer.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace ccri::sandbox {

InProcessSandbox::InProcessSandbox(QObject* parent)
    : QObject(parent)
{
}

InProcessSandbox::~InProcessSandbox()
{
    stop();
}

void InProcessSandbox::start(const SandboxOptions& options)
{
    if (m_thread) {
        emit failed(QCoreApplication::translate("InProcessSandbox", "The sandbox is already started."));
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ccri-sandbox"));
    // The server is made, run and destroyed on the sandbox thread.
    auto* host = new QObject;
    host->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, host, &QObject::deleteLater);
    m_thread->start();

    // `this` outlives the thread: stop() (and so the destructor) waits for it to finish. Results
    // come back as queued calls with `this` as context, so they run on this object's thread.
    const quint64 run = ++m_run;
    QMetaObject::invokeMethod(host, [this, host, options, run] {
        auto* server = new SandboxServer(options, host);
        QString error;
        const bool started = server->start(&error);
        if (!started) {
            delete server;
            QMetaObject::invokeMethod(
                this,
                [this, run, error] {
                    if (run == m_run)
                        emit failed(error);
                },
                Qt::QueuedConnection);
            return;
        }
        connect(server, &SandboxServer::requestLogged, this, &InProcessSandbox::requestLogged, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            this,
            [this, run, server, fhirBase = server->fhirBase(), banner = server->banner(),
             summary = server->summary(false), summaryWithSecrets = server->summary(true)] {
                if (run != m_run)
                    return; // stopped meanwhile
                m_server = server;
                m_fhirBase = fhirBase;
                m_banner = banner;
                m_summary = summary;
                m_summaryWithSecrets = summaryWithSecrets;
                emit ready(fhirBase);
            },
            Qt::QueuedConnection);
    });
}

void InProcessSandbox::switchFault(const QString& spec, bool on)
{
    if (!m_server) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit faultRefused(QCoreApplication::translate("InProcessSandbox", "The sandbox is not running."));
            },
            Qt::QueuedConnection);
        return;
    }
    // The server is deleted only after retire() has cleared m_server and its thread has ended.
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        m_server,
        [this, server = m_server, spec, on, run] {
            QString error;
            const bool ok = on ? server->faults().switchOn(spec, &error) : server->faults().switchOff(spec, &error);
            QMetaObject::invokeMethod(
                this,
                [this, run, ok, error, summary = server->faults().summary()] {
                    if (run != m_run)
                        return;
                    if (ok)
                        emit faultsChanged(summary);
                    else
                        emit faultRefused(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void InProcessSandbox::retire()
{
    if (!m_thread)
        return;
    ++m_run; // answers of the retired run are dropped
    QThread* thread = m_thread;
    m_thread = nullptr;
    m_server = nullptr;
    m_fhirBase = QUrl();
    m_banner.clear();
    m_summary.clear();
    m_summaryWithSecrets.clear();
    m_retiring.append(thread);
    connect(thread, &QThread::finished, this, [this, guard = QPointer<QThread>(thread)] {
        if (guard && m_retiring.removeOne(guard.data()))
            guard->deleteLater();
    });
    thread->quit(); // after the start under way, if any: the thread's event loop then ends
}

void InProcessSandbox::stop()
{
    retire();
    for (QThread* thread : std::as_const(m_retiring)) {
        thread->wait();
        delete thread;
    }
    m_retiring.clear();
}

} // namespace ccri::sandbox
