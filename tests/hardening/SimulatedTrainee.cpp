#include "tests/hardening/SimulatedTrainee.h"

#include "tests/hardening/HtmlForm.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace ccri::test {

namespace {

QString randomText(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray encodePairs(const QList<QPair<QString, QString>>& pairs)
{
    QByteArray out;
    for (const auto& pair : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second);
    }
    return out;
}

constexpr int maxSteps = 12;

} // namespace

SimulatedTrainee::SimulatedTrainee(const QUrl& fhirBase, const QString& username, const QString& scope, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_fhirBase(fhirBase)
    , m_username(username)
    , m_scope(scope)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply* reply) {
        if (m_signInTimer.isValid())
            m_timeline << QStringLiteral("%1 %2 at %3 ms")
                              .arg(reply->operation() == QNetworkAccessManager::PostOperation ? QStringLiteral("POST")
                                                                                              : QStringLiteral("GET"),
                                   reply->url().path())
                              .arg(double(m_signInTimer.nsecsElapsed()) / 1e6, 0, 'f', 2);
    });
}

SimulatedTrainee::~SimulatedTrainee() = default;

void SimulatedTrainee::setClient(const QString& clientId, const QString& redirectUri)
{
    m_clientId = clientId;
    m_redirectUri = redirectUri;
}

void SimulatedTrainee::signIn()
{
    m_timeline.clear();
    m_signInTimer.start();
    m_steps = 0;
    discover();
}

void SimulatedTrainee::authorizeAt(const QUrl& authorizeUrl, const QString& redirectUri)
{
    m_browserOnly = true;
    m_redirectUri = redirectUri;
    m_steps = 0;
    m_timeline.clear();
    m_signInTimer.start();
    QNetworkReply* reply = m_network->get(QNetworkRequest(authorizeUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { follow(reply); });
}

void SimulatedTrainee::discover()
{
    QUrl url = m_fhirBase;
    url.setPath(url.path() + QStringLiteral("/.well-known/smart-configuration"));
    QNetworkReply* reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject configuration = QJsonDocument::fromJson(reply->readAll()).object();
        m_authorizeEndpoint = QUrl(configuration.value(QLatin1String("authorization_endpoint")).toString());
        m_tokenEndpoint = QUrl(configuration.value(QLatin1String("token_endpoint")).toString());
        m_revokeEndpoint = QUrl(configuration.value(QLatin1String("revocation_endpoint")).toString());
        if (!m_authorizeEndpoint.isValid() || !m_tokenEndpoint.isValid())
            return fail(QStringLiteral("discovery gave no authorize/token endpoint (HTTP %1)")
                            .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
        authorize();
    });
}

void SimulatedTrainee::authorize()
{
    m_state = randomText(24);
    m_verifier = randomText(48);
    const QByteArray challenge = QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl url = m_authorizeEndpoint;
    url.setQuery(QString::fromLatin1(encodePairs({{QStringLiteral("response_type"), QStringLiteral("code")},
                                                  {QStringLiteral("client_id"), m_clientId},
                                                  {QStringLiteral("redirect_uri"), m_redirectUri},
                                                  {QStringLiteral("scope"), m_scope},
                                                  {QStringLiteral("state"), m_state},
                                                  {QStringLiteral("aud"), m_fhirBase.toString()},
                                                  {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
                                                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}})),
                 QUrl::StrictMode);
    QNetworkReply* reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { follow(reply); });
}

void SimulatedTrainee::follow(QNetworkReply* reply)
{
    reply->deleteLater();
    if (++m_steps > maxSteps)
        return fail(QStringLiteral("more than %1 steps between authorize and the redirect").arg(maxSteps));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status >= 300 && status < 400) {
        const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (location.toString().startsWith(m_redirectUri)) {
            if (m_browserOnly)
                return emit redirectReached(location);
            const QUrlQuery query(location);
            if (query.hasQueryItem(QStringLiteral("error")))
                return fail(QStringLiteral("authorization refused: %1 %2")
                                .arg(query.queryItemValue(QStringLiteral("error")),
                                     query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
            if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state)
                return fail(QStringLiteral("the redirect carried someone else's state"));
            return exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
        }
        QNetworkReply* next = m_network->get(QNetworkRequest(location));
        connect(next, &QNetworkReply::finished, this, [this, next] { follow(next); });
        return;
    }
    if (status != 200)
        return fail(QStringLiteral("HTTP %1 at %2: %3")
                        .arg(status)
                        .arg(reply->url().path(), QString::fromUtf8(body.left(300))));
    HtmlForm form = HtmlForm::parse(body, reply->url());
    if (!form.isValid())
        return fail(QStringLiteral("no form on the page at %1").arg(reply->url().path()));
    QString button;
    if (form.hasField(QStringLiteral("password"))) {
        form.set(QStringLiteral("username"), m_username);
        form.set(QStringLiteral("password"), m_password);
        button = QStringLiteral("login");
    } else if (form.buttons().contains(QStringLiteral("authorize"))) {
        button = QStringLiteral("authorize");
    } else {
        return fail(QStringLiteral("a form that is neither login nor consent at %1").arg(reply->url().path()));
    }
    QNetworkReply* next = form.method() == QLatin1String("post") ? post(form.action(), form.encode(button))
                                                                 : m_network->get(QNetworkRequest(form.action()));
    connect(next, &QNetworkReply::finished, this, [this, next] { follow(next); });
}

void SimulatedTrainee::exchangeCode(const QString& code)
{
    QNetworkReply* reply = post(m_tokenEndpoint,
                                encodePairs({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                             {QStringLiteral("code"), code},
                                             {QStringLiteral("redirect_uri"), m_redirectUri},
                                             {QStringLiteral("client_id"), m_clientId},
                                             {QStringLiteral("code_verifier"), m_verifier}}));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject token = QJsonDocument::fromJson(reply->readAll()).object();
        m_accessToken = token.value(QLatin1String("access_token")).toString();
        m_refreshToken = token.value(QLatin1String("refresh_token")).toString();
        m_grantedScope = token.value(QLatin1String("scope")).toString();
        m_patient = token.value(QLatin1String("patient")).toString();
        if (m_accessToken.isEmpty())
            return fail(QStringLiteral("no access token (HTTP %1)")
                            .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
        m_signInNanoseconds = m_signInTimer.nsecsElapsed();
        m_signInMilliseconds = m_signInNanoseconds / 1000000;
        emit signedIn();
    });
}

void SimulatedTrainee::get(const QString& path)
{
    QUrl url = m_fhirBase;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + QLatin1Char('/') + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    request.setRawHeader("Accept", "application/fhir+json");
    auto* timer = new QElapsedTimer;
    timer->start();
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, path] {
        reply->deleteLater();
        Exchange exchange;
        exchange.method = "GET";
        exchange.path = path;
        exchange.microseconds = timer->nsecsElapsed() / 1000;
        exchange.milliseconds = exchange.microseconds / 1000;
        delete timer;
        exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        exchange.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && exchange.status == 0)
            exchange.error = reply->errorString();
        emit replied(exchange);
    });
}

void SimulatedTrainee::revoke(TokenKind kind)
{
    if (!m_revokeEndpoint.isValid())
        return fail(QStringLiteral("the sandbox advertises no revocation endpoint"));
    const bool access = kind == TokenKind::Access;
    QNetworkReply* reply
        = post(m_revokeEndpoint,
               encodePairs({{QStringLiteral("token"), access ? m_accessToken : m_refreshToken},
                            {QStringLiteral("token_type_hint"),
                             access ? QStringLiteral("access_token") : QStringLiteral("refresh_token")},
                            {QStringLiteral("client_id"), m_clientId}}));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return fail(QStringLiteral("revocation answered HTTP %1").arg(status));
        emit revoked();
    });
}

void SimulatedTrainee::refresh()
{
    QNetworkReply* reply = post(m_tokenEndpoint,
                                encodePairs({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                             {QStringLiteral("refresh_token"), m_refreshToken},
                                             {QStringLiteral("client_id"), m_clientId}}));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            m_accessToken = answer.value(QLatin1String("access_token")).toString();
            m_refreshToken = answer.value(QLatin1String("refresh_token")).toString(m_refreshToken);
        }
        emit refreshAnswered(status, answer.value(QLatin1String("error")).toString());
    });
}

QNetworkReply* SimulatedTrainee::post(const QUrl& url, const QByteArray& form)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return m_network->post(request, form);
}

void SimulatedTrainee::fail(const QString& why)
{
    emit failed(m_username + QStringLiteral(": ") + why);
}

} // namespace ccri::test
