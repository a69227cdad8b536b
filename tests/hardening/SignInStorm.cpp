#include "tests/hardening/SignInStorm.h"

#include "tests/hardening/Classroom.h"

#ifdef Q_OS_LINUX
#    include <sys/resource.h>
#    include <unistd.h>
#endif

namespace ccri::test {

SignInStorm::SignInStorm(const QUrl& fhirBase, const ccri::ScopePolicy& policy, const Options& options, QObject* parent)
    : QObject(parent)
    , m_fhirBase(fhirBase)
    , m_policy(policy)
    , m_options(options)
{
}

SignInStorm::~SignInStorm()
{
    for (SimulatedTrainee* reader : std::as_const(m_readers))
        QMetaObject::invokeMethod(reader, &QObject::deleteLater); // on their thread, as it ends
    for (SimulatedTrainee* trainee : std::as_const(m_trainees))
        QMetaObject::invokeMethod(trainee, &QObject::deleteLater);
    m_readerThread.quit();
    m_traineeThread.quit();
    m_readerThread.wait();
    m_traineeThread.wait();
}

QString SignInStorm::readPath()
{
    return QStringLiteral("Observation?patient=1&_count=10");
}

void SignInStorm::start()
{
    m_readerThread.setObjectName(QStringLiteral("signin-storm-readers"));
    m_readerThread.start();
    m_traineeThread.setObjectName(QStringLiteral("signin-storm-trainees"));
    const int nice = m_options.traineeNice;
    connect(
        &m_traineeThread, &QThread::started, this,
        [nice] {
#ifdef Q_OS_LINUX
            // On the new thread itself (a direct connection): setpriority(2) on its own id; raising it
            // needs no privilege, and the network threads its managers start inherit it.
            if (nice != 0)
                setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), nice);
#else
            Q_UNUSED(nice);
#endif
        },
        Qt::DirectConnection);
    m_traineeThread.start();
    for (int i = 0; i < m_options.readers; ++i) {
        // The readers live on a thread of their own: their timings are the sandbox's, not the time
        // this thread spends on the storm trainees' pages.
        auto* reader = new SimulatedTrainee(m_fhirBase, QStringLiteral("clinician"), Classroom::requestedScope());
        reader->moveToThread(&m_readerThread);
        m_readers << reader;
        connect(reader, &SimulatedTrainee::failed, this, [this](const QString& why) {
            m_result.errors << QStringLiteral("reader: %1").arg(why);
            m_phase = Phase::Done; // the others stop after their answer under way
            readerStopped();
        });
        connect(reader, &SimulatedTrainee::signedIn, this, [this, reader] {
            if (++m_readersSignedIn == m_options.readers)
                m_phase = Phase::Alone;
            read(reader);
        });
        connect(reader, &SimulatedTrainee::replied, this, [this, reader](const SimulatedTrainee::Exchange& exchange) {
            const QString problem = Classroom::checkAnswer(m_policy, *reader, exchange);
            if (!problem.isEmpty())
                m_result.errors << problem;
            // Each answer counts for the phase its request was sent in.
            const Phase sentIn = m_sentIn.value(reader);
            if (sentIn == Phase::Alone)
                m_result.aloneMicroseconds << exchange.microseconds;
            else if (sentIn == Phase::Storm)
                m_result.stormMicroseconds << exchange.microseconds;
            if (m_phase == Phase::Alone && m_result.aloneMicroseconds.size() >= m_options.aloneRequests)
                startStorm();
            if (m_phase == Phase::Done || !problem.isEmpty())
                return readerStopped();
            read(reader);
        });
        QMetaObject::invokeMethod(reader, &SimulatedTrainee::signIn);
    }
}

void SignInStorm::read(SimulatedTrainee* reader)
{
    m_sentIn.insert(reader, m_phase);
    QMetaObject::invokeMethod(reader, [reader] { reader->get(readPath()); });
}

void SignInStorm::startStorm()
{
    m_phase = Phase::Storm;
    const QStringList users = Classroom::demoUsers();
    for (int i = 0; i < m_options.trainees; ++i) {
        auto* trainee = new SimulatedTrainee(m_fhirBase, users.at(i % users.size()), Classroom::requestedScope());
        trainee->moveToThread(&m_traineeThread);
        m_trainees << trainee;
        connect(trainee, &SimulatedTrainee::failed, this, [this, trainee](const QString& why) {
            trainee->disconnect(this);
            stormTraineeDone(QStringLiteral("%1: %2").arg(trainee->username(), why));
        });
        connect(trainee, &SimulatedTrainee::signedIn, this, [this, trainee] {
            ++m_result.signedIn;
            m_result.signInMilliseconds << trainee->signInMilliseconds();
            stormTraineeDone(trainee->accessToken().isEmpty()
                                 ? QStringLiteral("%1 signed in without an access token").arg(trainee->username())
                                 : QString());
        });
    }
    for (SimulatedTrainee* trainee : std::as_const(m_trainees))
        QMetaObject::invokeMethod(trainee, &SimulatedTrainee::signIn);
}

void SignInStorm::stormTraineeDone(const QString& problem)
{
    if (!problem.isEmpty())
        m_result.errors << problem;
    if (++m_stormDone == m_options.trainees)
        m_phase = Phase::Done;
}

void SignInStorm::readerStopped()
{
    if (++m_readersStopped == m_options.readers) {
        m_phase = Phase::Done;
        emit finished();
    }
}

} // namespace ccri::test
