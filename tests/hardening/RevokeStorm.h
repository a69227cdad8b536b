#pragma once

#include "app/core/ScopePolicy.h"
#include "tests/hardening/SimulatedTrainee.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace ccri::test {

// A revoke storm against one sandbox, over loopback and without browsers: `browsers` trainees
// browse without pause while `victims` trainees, once all of them are signed in, have their tokens
// revoked all at once — access and refresh tokens in turn, every third one twice. Afterwards each
// revoked token's session gets 401 at the FHIR API (a refresh token is revoked together with the
// access token issued beside it) and a revoked refresh token is refused at the token endpoint
// (invalid_grant), while every browser answer, before, during and after the storm, is what its
// scopes allow (Classroom::checkAnswer) and the browsers keep browsing after it.
class RevokeStorm : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int browsers = 20;
        int victims = 30;
        int requestsAfter = 10; // each browser's requests once the storm is over
    };
    struct Result
    {
        int signedIn = 0;
        int revocations = 0; // revocation requests answered 200, repeats included
        int browsingDuringStorm = 0; // browser answers that arrived while revocations were in flight
        int requests = 0; // FHIR answers, every trainee
        int finished = 0; // trainees done (or failed)
        QStringList errors; // one sentence per problem
    };

    RevokeStorm(const QUrl& fhirBase, const ccri::ScopePolicy& policy, const Options& options,
                QObject* parent = nullptr);
    ~RevokeStorm() override;

    void start(); // finished() when every trainee is done
    const Result& result() const { return m_result; }
    bool isFinished() const { return m_result.finished == m_options.browsers + m_options.victims; }
    int revocationsDue() const; // victims, plus one for every third of them (revoked twice)

    static QStringList victimUsers(); // the demo accounts granted offline_access: a refresh token to revoke

signals:
    void finished();

private:
    enum class Phase
    {
        SigningIn,
        Storm,
        After
    };
    void startBrowser(SimulatedTrainee* trainee, int index);
    void onBrowserReplied(SimulatedTrainee* trainee, int index, const SimulatedTrainee::Exchange& exchange);
    void startVictim(SimulatedTrainee* trainee);
    void onVictimReplied(SimulatedTrainee* trainee, const SimulatedTrainee::Exchange& exchange);
    void victimReady();
    void storm();
    void revocationAnswered(const QString& problem = QString());
    void done(SimulatedTrainee* trainee, const QString& problem = QString());

    QUrl m_fhirBase;
    ccri::ScopePolicy m_policy;
    Options m_options;
    Result m_result;
    Phase m_phase = Phase::SigningIn;
    int m_ready = 0; // victims signed in and checked (or failed)
    int m_pending = 0; // revocations in flight
    QList<SimulatedTrainee*> m_victims; // signed in, token checked: to revoke
    QHash<SimulatedTrainee*, SimulatedTrainee::TokenKind> m_revokedKind;
    QHash<SimulatedTrainee*, int> m_steps; // browser answers so far (after the storm: counted again)
};

} // namespace ccri::test
