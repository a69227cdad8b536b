#pragma once

#include "app/core/ScopePolicy.h"
#include "tests/hardening/SimulatedTrainee.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace ccri::test {

// A classroom against one sandbox, over loopback and without browsers: `trainees` SimulatedTrainees
// (the demo accounts in turn) sign in at once, each browses `requestsEach` searches and reads, then
// revokes its token and checks that the token is dead — so revocations land while others browse.
// Every answer is checked against what that trainee's granted scopes allow under `policy` (200 or
// 403 with an OperationOutcome, the right resource type), the token's `sub` against the trainee,
// and the granted scopes against the account's permissions: a crossed or lost session is an error.
class Classroom : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int trainees = 50;
        int requestsEach = 20;
    };
    struct Result
    {
        int signedIn = 0;
        int requests = 0; // FHIR requests answered
        int finished = 0; // trainees done (or failed)
        QStringList errors; // one sentence per problem
        QList<qint64> signInMilliseconds;
        QList<qint64> requestMilliseconds;
        qint64 wallMilliseconds = 0;
    };

    Classroom(const QUrl& fhirBase, const ccri::ScopePolicy& policy, const Options& options, QObject* parent = nullptr);
    ~Classroom() override;

    void start(); // finished() when every trainee is done
    const Result& result() const { return m_result; }
    bool isFinished() const { return m_result.finished == m_options.trainees; }

    static QStringList demoUsers(); // clinician, reception, pharmacist, gp, limited
    static QString requestedScope();
    static QStringList browsingPaths(); // 20 searches and reads, relative to the FHIR base
    static qint64 percentile(QList<qint64> values, double fraction);
    // Empty when the answer is what the trainee's granted scopes allow under `policy` (200 with the
    // resource or a Bundle, or 403 with an OperationOutcome); otherwise a sentence.
    static QString checkAnswer(const ccri::ScopePolicy& policy, const SimulatedTrainee& trainee,
                               const SimulatedTrainee::Exchange& exchange);

signals:
    void finished();

private:
    void run(SimulatedTrainee* trainee, int index);
    void onReplied(SimulatedTrainee* trainee, int index, const SimulatedTrainee::Exchange& exchange);
    void done(const QString& problem = QString());
    QString checkGrant(const SimulatedTrainee& trainee) const;
    static QString pathFor(int index, int step);

    QUrl m_fhirBase;
    ccri::ScopePolicy m_policy;
    Options m_options;
    Result m_result;
    qint64 m_startedAt = 0;
    QHash<SimulatedTrainee*, int> m_steps; // FHIR requests answered so far, per trainee
    QSet<SimulatedTrainee*> m_revoked;
};

} // namespace ccri::test
