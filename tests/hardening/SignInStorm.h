#pragma once

#include "app/core/ScopePolicy.h"
#include "tests/hardening/SimulatedTrainee.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QUrl>

namespace ccri::test {

// A sign-in storm beside steady FHIR reading, over loopback and without browsers: `readers`
// signed-in trainees (clinician, on a thread of their own) read an Observation page without pause; first
// `aloneRequests` answers with nobody else about (the baseline), then `trainees` trainees (the demo accounts in turn,
// on another thread of their own) all sign in at once, and the readers go on until every one of them is signed in.
// Every answer is checked (Classroom::checkAnswer) and every storm trainee must end signed in; the FHIR latencies of
// both phases are kept for ccri-bench-classroom's ratio (the test asserts no time).
class SignInStorm : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int trainees = 50;
        int readers = 4;
        int aloneRequests = 400; // answers in the baseline phase, all readers together
        // The storm trainees' thread's nice value (Linux; 0 leaves it be). In a classroom the
        // browsers signing in run on the trainees' own machines; here they share the sandbox's
        // cores, and a positive value keeps their own page parsing from taking the cores the
        // sandbox and the readers would otherwise have (ccri-bench-classroom's fifth argument).
        int traineeNice = 0;
    };
    struct Result
    {
        QList<qint64> aloneMicroseconds; // FHIR answers with nobody signing in
        QList<qint64> stormMicroseconds; // FHIR answers sent while the storm was under way
        QList<qint64> signInMilliseconds;
        int signedIn = 0; // storm trainees
        QStringList errors; // one sentence per problem
    };

    SignInStorm(const QUrl& fhirBase, const ccri::ScopePolicy& policy, const Options& options,
                QObject* parent = nullptr);
    ~SignInStorm() override;

    void start(); // finished() when the storm is over and the readers have stopped
    const Result& result() const { return m_result; }

    static QString readPath(); // what the readers ask for, relative to the FHIR base

signals:
    void finished();

private:
    enum class Phase
    {
        SigningIn,
        Alone,
        Storm,
        Done
    };
    void read(SimulatedTrainee* reader);
    void startStorm();
    void stormTraineeDone(const QString& problem);
    void readerStopped();

    QUrl m_fhirBase;
    ccri::ScopePolicy m_policy;
    Options m_options;
    Result m_result;
    Phase m_phase = Phase::SigningIn;
    int m_readersSignedIn = 0;
    int m_readersStopped = 0;
    int m_stormDone = 0;
    QThread m_readerThread;
    QList<SimulatedTrainee*> m_readers; // on m_readerThread
    QThread m_traineeThread; // the storm trainees: neither the readers' thread nor the one that counts
    QList<SimulatedTrainee*> m_trainees; // on m_traineeThread
    QHash<SimulatedTrainee*, Phase> m_sentIn; // the phase each reader's request under way was sent in
};

} // namespace ccri::test
