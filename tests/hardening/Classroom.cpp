#include "tests/hardening/Classroom.h"

#include <algorithm>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccri::test {

namespace {

// The resource types each demo account may be granted (sandbox/auth/UserDirectory::demo()).
bool mayBeGranted(const QString& user, const QString& type)
{
    static const QHash<QString, QStringList> permitted {
        {QStringLiteral("clinician"),
         {QStringLiteral("Patient"), QStringLiteral("Observation"), QStringLiteral("Encounter"),
          QStringLiteral("Condition"), QStringLiteral("Immunization"), QStringLiteral("MedicationRequest"),
          QStringLiteral("MedicationStatement")}},
        {QStringLiteral("reception"), {QStringLiteral("Patient")}},
        {QStringLiteral("pharmacist"),
         {QStringLiteral("Patient"), QStringLiteral("MedicationPrescription"), QStringLiteral("MedicationStatement"),
          QStringLiteral("AllergyIntolerance"), QStringLiteral("Immunization")}},
        {QStringLiteral("limited"), {}}};
    if (user == QLatin1String("gp"))
        return true;
    return permitted.value(user).contains(type);
}

QString typeOf(const QString& path)
{
    // The type ends at the first '/' or '?' (no pattern compiled for each of the storm's answers).
    const auto end = std::find_if(path.cbegin(), path.cend(),
                                  [](QChar c) { return c == QLatin1Char('/') || c == QLatin1Char('?'); });
    return path.left(end - path.cbegin());
}

QJsonObject jwtClaims(const QString& token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

Classroom::Classroom(const QUrl& fhirBase, const ccri::ScopePolicy& policy, const Options& options, QObject* parent)
    : QObject(parent)
    , m_fhirBase(fhirBase)
    , m_policy(policy)
    , m_options(options)
{
}

Classroom::~Classroom() = default;

QStringList Classroom::demoUsers()
{
    return {QStringLiteral("clinician"), QStringLiteral("reception"), QStringLiteral("pharmacist"),
            QStringLiteral("gp"), QStringLiteral("limited")};
}

QString Classroom::requestedScope()
{
    return QStringLiteral("user/Patient.read user/Observation.read user/Encounter.read user/Condition.read "
                          "user/AllergyIntolerance.read user/MedicationPrescription.read "
                          "user/MedicationStatement.read user/Immunization.read openid fhirUser profile "
                          "offline_access");
}

QStringList Classroom::browsingPaths()
{
    return {QStringLiteral("Patient?_count=10"),
            QStringLiteral("Patient/1"),
            QStringLiteral("Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9876543210"),
            QStringLiteral("Observation?patient=1&_count=20"),
            QStringLiteral("Patient?family=Samson"),
            QStringLiteral("Encounter?patient=2"),
            QStringLiteral("Condition?patient=3"),
            QStringLiteral("MedicationStatement?patient=1"),
            QStringLiteral("Immunization?patient=2"),
            QStringLiteral("AllergyIntolerance?patient=1"),
            QStringLiteral("Observation?patient=2&date=ge2000-01-01&_count=50"),
            QStringLiteral("Procedure?patient=1"),
            QStringLiteral("MedicationRequest?patient=3"),
            QStringLiteral("Patient/2"),
            QStringLiteral("Patient/3"),
            QStringLiteral("Encounter?patient=1&_count=5"),
            QStringLiteral("Observation?patient=3&category=vital-signs"),
            QStringLiteral("Condition?patient=1"),
            QStringLiteral("Patient?gender=female&_count=20"),
            QStringLiteral("Immunization?patient=1")};
}

qint64 Classroom::percentile(QList<qint64> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(fraction * double(values.size())));
    return values.at(index);
}

void Classroom::start()
{
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    const QStringList users = demoUsers();
    for (int i = 0; i < m_options.trainees; ++i) {
        auto* trainee = new SimulatedTrainee(m_fhirBase, users.at(i % users.size()), requestedScope(), this);
        run(trainee, i);
    }
}

void Classroom::run(SimulatedTrainee* trainee, int index)
{
    connect(trainee, &SimulatedTrainee::failed, this, [this, trainee](const QString& why) {
        trainee->disconnect(this);
        done(why);
    });
    connect(trainee, &SimulatedTrainee::signedIn, this, [this, trainee, index] {
        ++m_result.signedIn;
        m_result.signInMilliseconds.append(trainee->signInMilliseconds());
        const QString problem = checkGrant(*trainee);
        if (!problem.isEmpty()) {
            trainee->disconnect(this);
            return done(problem);
        }
        m_steps.insert(trainee, 0);
        trainee->get(pathFor(index, 0));
    });
    connect(
        trainee, &SimulatedTrainee::replied, this,
        [this, trainee, index](const SimulatedTrainee::Exchange& exchange) { onReplied(trainee, index, exchange); });
    connect(trainee, &SimulatedTrainee::revoked, this, [this, trainee] {
        m_revoked.insert(trainee);
        trainee->get(QStringLiteral("Patient/1"));
    });
    trainee->signIn();
}

QString Classroom::pathFor(int index, int step)
{
    // Trainees start at different places in the list, so the server sees a mix at every moment.
    const QStringList paths = browsingPaths();
    return paths.at((index + step) % paths.size());
}

void Classroom::onReplied(SimulatedTrainee* trainee, int index, const SimulatedTrainee::Exchange& exchange)
{
    ++m_result.requests;
    if (m_revoked.contains(trainee)) {
        trainee->disconnect(this);
        return done(exchange.status == 401 ? QString()
                                           : QStringLiteral("%1's revoked token still answered HTTP %2")
                                                 .arg(trainee->username())
                                                 .arg(exchange.status));
    }
    m_result.requestMilliseconds.append(exchange.milliseconds);
    const QString problem = checkAnswer(m_policy, *trainee, exchange);
    if (!problem.isEmpty()) {
        trainee->disconnect(this);
        return done(problem);
    }
    const int step = ++m_steps[trainee];
    if (step == m_options.requestsEach)
        trainee->revoke();
    else
        trainee->get(pathFor(index, step));
}

QString Classroom::checkAnswer(const ccri::ScopePolicy& policy, const SimulatedTrainee& trainee,
                               const SimulatedTrainee::Exchange& exchange)
{
    const QString type = typeOf(exchange.path);
    const bool allowed = policy.decide(type, ccri::ScopeSet::parse(trainee.grantedScope())).granted;
    const QString resourceType
        = QJsonDocument::fromJson(exchange.body).object().value(QLatin1String("resourceType")).toString();
    const bool isRead = exchange.path.section(QLatin1Char('?'), 0, 0).contains(QLatin1Char('/'));
    QString problem;
    if (allowed && exchange.status != 200)
        problem = QStringLiteral("HTTP %1").arg(exchange.status);
    else if (!allowed && exchange.status != 403)
        problem = QStringLiteral("HTTP %1 where 403 was due").arg(exchange.status);
    else if (allowed && resourceType != (isRead ? type : QStringLiteral("Bundle")))
        problem = QStringLiteral("a %1 instead").arg(resourceType);
    else if (!allowed && resourceType != QLatin1String("OperationOutcome"))
        problem = QStringLiteral("403 without an OperationOutcome");
    if (problem.isEmpty())
        return problem;
    return QStringLiteral("%1 (granted \"%2\"), GET %3: %4 %5")
        .arg(trainee.username(), trainee.grantedScope(), exchange.path, problem, exchange.error);
}

QString Classroom::checkGrant(const SimulatedTrainee& trainee) const
{
    const QString user = trainee.username();
    const QJsonObject claims = jwtClaims(trainee.accessToken());
    if (claims.value(QLatin1String("sub")).toString() != user)
        return QStringLiteral("%1 got a token for \"%2\"").arg(user, claims.value(QLatin1String("sub")).toString());
    const ccri::ScopeSet granted = ccri::ScopeSet::parse(trainee.grantedScope());
    const auto comparison = ccri::ScopeSet::compare(ccri::ScopeSet::parse(requestedScope()), granted);
    if (!comparison.added.isEmpty())
        return QStringLiteral("%1 was granted scopes never asked for: %2").arg(user, trainee.grantedScope());
    for (const ccri::Scope& scope : granted.scopes()) {
        if (scope.isResource() && !mayBeGranted(user, scope.resourceType()))
            return QStringLiteral("%1 was granted %2, beyond the account's permissions").arg(user, scope.text());
    }
    return QString();
}

void Classroom::done(const QString& problem)
{
    if (!problem.isEmpty())
        m_result.errors.append(problem);
    ++m_result.finished;
    if (isFinished()) {
        m_result.wallMilliseconds = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
        emit finished();
    }
}

} // namespace ccri::test
