#include "app/auth/AuthorizationStep.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace ccri::auth {

AuthorizationStep::AuthorizationStep(AuthorizationRequest request, bool usePkce, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    m_request.state = m_state.value();
    // OIDC Core §3.1.2.1: a fresh random nonce whenever an id_token is asked for.
    m_request.nonce = m_request.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("openid"))
        ? m_nonce.value()
        : QString();
    if (usePkce) {
        m_pkce.emplace();
        m_request.codeChallenge = m_pkce->challenge();
        m_request.codeChallengeMethod = Pkce::method();
    } else {
        m_request.codeChallenge.clear();
    }
}

bool AuthorizationStep::matchesRedirect(const QUrl& url, const QUrl& redirectUri)
{
    auto path = [](const QUrl& u) {
        return u.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : u.path(QUrl::FullyEncoded);
    };
    return url.scheme().compare(redirectUri.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(redirectUri.host(), Qt::CaseInsensitive) == 0 && url.port(-1) == redirectUri.port(-1)
        && path(url) == path(redirectUri);
}

void AuthorizationStep::setExpectedIssuer(const QUrl& issuer, bool required)
{
    m_issuer = issuer;
    m_issuerRequired = required;
}

QString AuthorizationStep::issuerProblem(const QUrlQuery& answer, const QUrl& issuer, bool required,
                                         const QUrl& fhirBase)
{
    const bool present = answer.hasQueryItem(QStringLiteral("iss"));
    if (!present) {
        // RFC 9207 §2.4: a server that advertises the parameter must send it in every answer.
        if (required)
            return tr("The server says it names itself in every sign-in answer (RFC 9207), but this answer did "
                      "not (no iss), so it was refused: it may not come from %1. Please sign in again.")
                .arg(issuer.toString());
        return QString();
    }
    // RFC 9207 §2.4: compared with the issuer from the server's metadata by simple string comparison.
    const QString iss = answer.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (issuer.isEmpty() || iss == issuer.toString(QUrl::FullyEncoded))
        return QString();
    QString message = tr("The sign-in answer names its issuer as %1, but this server's discovery names %2 (RFC "
                         "9207), so the answer was refused: it may come from another server (a mix-up attack).")
                          .arg(iss, issuer.toString());
    // The issuer is the authorization server, never the FHIR base: say so when that is the confusion.
    if (!fhirBase.isEmpty()
        && iss.section(QLatin1Char('?'), 0, 0).remove(QRegularExpression(QStringLiteral("/+$")))
            == fhirBase.adjusted(QUrl::StripTrailingSlash).toString())
        message += QLatin1Char(' ')
            + tr("%1 is the FHIR server's address, not the authorization server's: the server is configured to "
                 "name the wrong issuer.")
                  .arg(iss);
    return message + QLatin1Char(' ') + tr("Please sign in again; if this repeats, tell the server's administrator.");
}

bool AuthorizationStep::handleRedirect(const QUrl& url)
{
    const QUrlQuery query(url);
    // Query values arrive percent-encoded; decode fully (a '+' here is a literal plus).
    auto value = [&query](const QString& key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    const bool stateMatches = m_state.matchOnce(value(QStringLiteral("state")));
    if (m_done) {
        emit failed(tr("This sign-in answer was already used; a replayed answer is refused. Please sign in again."));
        return false;
    }
    m_done = true;
    if (!stateMatches) {
        emit failed(tr("The sign-in answer did not match this sign-in attempt (wrong or missing state), so it was "
                       "refused. Please sign in again."));
        return false;
    }
    // RFC 9207 §2.4: the issuer is checked before the answer is used, an error answer included.
    const QString issuerRefusal = issuerProblem(query, m_issuer, m_issuerRequired, m_request.audience);
    if (!issuerRefusal.isEmpty()) {
        emit failed(issuerRefusal);
        return false;
    }
    const QString error = value(QStringLiteral("error"));
    if (!error.isEmpty()) {
        // Servers often form-encode the description, with '+' for spaces.
        const QString description
            = value(QStringLiteral("error_description")).replace(QLatin1Char('+'), QLatin1Char(' '));
        QString message;
        if (error == QLatin1String("access_denied"))
            message = tr("You declined access.");
        else if (error == QLatin1String("invalid_scope"))
            message = tr("The server did not accept the scopes this profile asks for: your account may be allowed "
                         "none of them. Choose other scopes in Account → Server profiles…, or ask the server's "
                         "administrator for access.");
        else if (error == QLatin1String("unauthorized_client"))
            message = tr("The server does not let this client sign in this way.");
        else if (error == QLatin1String("invalid_request"))
            message = tr("The server found the sign-in request invalid.");
        else if (error == QLatin1String("server_error") || error == QLatin1String("temporarily_unavailable"))
            message = tr("The server could not complete the sign-in just now; try again later.");
        else
            message = tr("The server refused the sign-in (%1).").arg(error);
        if (!description.isEmpty() && error != QLatin1String("access_denied"))
            message += QLatin1Char(' ') + tr("It said: %1").arg(description);
        emit failed(message);
        return false;
    }
    const QString code = value(QStringLiteral("code"));
    if (code.isEmpty()) {
        emit failed(tr("The server came back without an authorization code."));
        return false;
    }
    emit codeReceived(code);
    return true;
}

} // namespace ccri::auth
