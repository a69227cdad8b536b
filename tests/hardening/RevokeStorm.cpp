#include "tests/hardening/RevokeStorm.h"

#include "tests/hardening/Classroom.h"

namespace ccri::test {

namespace {
using TokenKind = SimulatedTrainee::TokenKind;
const QString victimPath = QStringLiteral("Patient/1"); // every victim account may read it
} // namespace

RevokeStorm::RevokeStorm(const QUrl& fhirBase, const ccri::ScopePolicy& policy, const Options& options, QObject* parent)
    : QObject(parent)
    , m_fhirBase(fhirBase)
    , m_policy(policy)
    , m_options(options)
{
}

RevokeStorm::~RevokeStorm() = default;

QStringList RevokeStorm::victimUsers()
{
    return {QStringLiteral("clinician"), QStringLiteral("reception"), QStringLiteral("pharmacist"),
            QStringLiteral("gp")};
}

int RevokeStorm::revocationsDue() const
{
    return m_options.victims + (m_options.victims + 2) / 3;
}

void RevokeStorm::start()
{
    const QStringList users = Classroom::demoUsers();
    for (int i = 0; i < m_options.browsers; ++i)
        startBrowser(new SimulatedTrainee(m_fhirBase, users.at(i % users.size()), Classroom::requestedScope(), this),
                     i);
    const QStringList victims = victimUsers();
    for (int i = 0; i < m_options.victims; ++i)
        startVictim(
            new SimulatedTrainee(m_fhirBase, victims.at(i % victims.size()), Classroom::requestedScope(), this));
}

void RevokeStorm::startBrowser(SimulatedTrainee* trainee, int index)
{
    connect(trainee, &SimulatedTrainee::failed, this, [this, trainee](const QString& why) { done(trainee, why); });
    connect(trainee, &SimulatedTrainee::signedIn, this, [this, trainee, index] {
        ++m_result.signedIn;
        m_steps.insert(trainee, 0);
        trainee->get(Classroom::browsingPaths().at(index % Classroom::browsingPaths().size()));
    });
    connect(trainee, &SimulatedTrainee::replied, this,
            [this, trainee, index](const SimulatedTrainee::Exchange& exchange) {
                onBrowserReplied(trainee, index, exchange);
            });
    trainee->signIn();
}

void RevokeStorm::onBrowserReplied(SimulatedTrainee* trainee, int index, const SimulatedTrainee::Exchange& exchange)
{
    ++m_result.requests;
    if (m_phase == Phase::Storm)
        ++m_result.browsingDuringStorm;
    const QString problem = Classroom::checkAnswer(m_policy, *trainee, exchange);
    if (!problem.isEmpty())
        return done(trainee, problem);
    const int step = ++m_steps[trainee];
    if (m_phase == Phase::After && step >= m_options.requestsAfter)
        return done(trainee);
    // Browses without pause until the storm is over, then requestsAfter more.
    const QStringList paths = Classroom::browsingPaths();
    trainee->get(paths.at((index + step) % paths.size()));
}

void RevokeStorm::startVictim(SimulatedTrainee* trainee)
{
    connect(trainee, &SimulatedTrainee::failed, this, [this, trainee](const QString& why) {
        if (m_phase == Phase::Storm)
            return revocationAnswered(why);
        done(trainee, why);
        if (m_phase == Phase::SigningIn)
            victimReady();
    });
    connect(trainee, &SimulatedTrainee::signedIn, this, [this, trainee] {
        ++m_result.signedIn;
        if (trainee->refreshToken().isEmpty()) {
            done(trainee, QStringLiteral("%1 got no refresh token").arg(trainee->username()));
            return victimReady();
        }
        trainee->get(victimPath); // the token works before the storm
    });
    connect(trainee, &SimulatedTrainee::replied, this,
            [this, trainee](const SimulatedTrainee::Exchange& exchange) { onVictimReplied(trainee, exchange); });
    connect(trainee, &SimulatedTrainee::revoked, this, [this] { revocationAnswered(); });
    connect(trainee, &SimulatedTrainee::refreshAnswered, this, [this, trainee](int status, const QString& oauthError) {
        done(trainee,
             status == 400 && oauthError == QLatin1String("invalid_grant")
                 ? QString()
                 : QStringLiteral("%1's revoked refresh token was answered HTTP %2 %3")
                       .arg(trainee->username())
                       .arg(status)
                       .arg(oauthError));
    });
    trainee->signIn();
}

void RevokeStorm::onVictimReplied(SimulatedTrainee* trainee, const SimulatedTrainee::Exchange& exchange)
{
    ++m_result.requests;
    if (m_phase == Phase::SigningIn) {
        if (exchange.status != 200) {
            done(trainee,
                 QStringLiteral("%1, GET %2 before the storm: HTTP %3 %4")
                     .arg(trainee->username(), exchange.path)
                     .arg(exchange.status)
                     .arg(exchange.error));
            return victimReady();
        }
        m_victims.append(trainee);
        return victimReady();
    }
    if (exchange.status != 401)
        return done(trainee,
                    QStringLiteral("%1's session still answered HTTP %2 after its %3 token was revoked")
                        .arg(trainee->username())
                        .arg(exchange.status)
                        .arg(m_revokedKind.value(trainee) == TokenKind::Access ? QStringLiteral("access")
                                                                               : QStringLiteral("refresh")));
    if (m_revokedKind.value(trainee) == TokenKind::Refresh)
        return trainee->refresh(); // refused: refreshAnswered() ends it
    done(trainee);
}

void RevokeStorm::victimReady()
{
    if (++m_ready == m_options.victims)
        storm();
}

void RevokeStorm::storm()
{
    // Every revocation is sent before any is answered: one burst, while the browsers keep going.
    m_phase = Phase::Storm;
    for (int i = 0; i < m_victims.size(); ++i) {
        SimulatedTrainee* victim = m_victims.at(i);
        const TokenKind kind = i % 2 == 0 ? TokenKind::Access : TokenKind::Refresh;
        m_revokedKind.insert(victim, kind);
        const int times = i % 3 == 0 ? 2 : 1;
        for (int n = 0; n < times; ++n) {
            ++m_pending;
            victim->revoke(kind);
        }
    }
    if (m_pending == 0)
        revocationAnswered(QStringLiteral("no victim was left to revoke"));
}

void RevokeStorm::revocationAnswered(const QString& problem)
{
    if (problem.isEmpty())
        ++m_result.revocations;
    else
        m_result.errors.append(problem);
    if (--m_pending > 0)
        return;
    m_phase = Phase::After;
    for (SimulatedTrainee* victim : std::as_const(m_victims))
        victim->get(victimPath); // must be 401 now
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it)
        it.value() = 0; // the browsers count their requests after the storm afresh
}

void RevokeStorm::done(SimulatedTrainee* trainee, const QString& problem)
{
    trainee->disconnect(this);
    if (!problem.isEmpty())
        m_result.errors.append(problem);
    ++m_result.finished;
    if (isFinished())
        emit finished();
}

} // namespace ccri::test
