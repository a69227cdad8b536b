#include "sandbox/faults/Fault.h"

#include <QCoreApplication>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Fault", text);
}
} // namespace

Fault::Fault(Id id, const char* name, const char* valueHint)
    : m_id(id)
    , m_name(QString::fromLatin1(name))
    , m_valueHint(QString::fromLatin1(valueHint))
{
}

const QList<Fault>& Fault::all()
{
    static const QList<Fault> faults {
        Fault(Id::ExpireTokens, "expire-tokens", ""),
        Fault(Id::RefreshExpired, "refresh-expired", ""),
        Fault(Id::TokenError, "token-error", "invalid_client|server_error|html"),
        Fault(Id::FhirDelay, "fhir-delay", "MS"),
        Fault(Id::FhirUnavailable, "fhir-unavailable", ""),
        Fault(Id::ClockSkew, "clock-skew", "SECONDS"),
        Fault(Id::NarrowConsent, "narrow-consent", ""),
        Fault(Id::PkceLenient, "pkce", "lenient"),
    };
    return faults;
}

std::optional<Fault> Fault::find(const QString& name)
{
    for (const Fault& fault : all()) {
        if (fault.name() == name)
            return fault;
    }
    return std::nullopt;
}

QString Fault::meaning() const
{
    switch (m_id) {
    case Id::ExpireTokens:
        return tr("Every access token, old or new, is refused as expired.");
    case Id::RefreshExpired:
        return tr("Every refresh token is refused with invalid_grant, as if it had expired.");
    case Id::TokenError:
        return tr("The token endpoint answers with this error (html: a broken proxy's HTML page).");
    case Id::FhirDelay:
        return tr("Every FHIR answer is held back this many milliseconds.");
    case Id::FhirUnavailable:
        return tr("Every FHIR request gets 503 Service Unavailable with an OperationOutcome.");
    case Id::ClockSkew:
        return tr("Tokens are issued with iat and nbf this many seconds in the future (negative: in the past).");
    case Id::NarrowConsent:
        return tr("The server grants one requested resource scope fewer than the user ticked.");
    case Id::PkceLenient:
        return tr("PKCE is not enforced: the plain method and a missing verifier are accepted. Only to show what "
                  "PKCE prevents.");
    }
    return {};
}

std::optional<QString> Fault::checkValue(const QString& value, QString* error) const
{
    auto fail = [error](const QString& message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    switch (m_id) {
    case Id::ExpireTokens:
    case Id::RefreshExpired:
    case Id::FhirUnavailable:
    case Id::NarrowConsent:
        if (!value.isEmpty())
            return fail(tr("The fault %1 takes no value; got \"%2\".").arg(m_name, value));
        return QString();
    case Id::TokenError:
        if (value != QLatin1String("invalid_client") && value != QLatin1String("server_error")
            && value != QLatin1String("html"))
            return fail(tr("The fault token-error needs invalid_client, server_error or html; got \"%1\".").arg(value));
        return value;
    case Id::FhirDelay: {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || ms < 1 || ms > maxDelayMs)
            return fail(
                tr("The fault fhir-delay needs milliseconds from 1 to %1; got \"%2\".").arg(maxDelayMs).arg(value));
        return QString::number(ms);
    }
    case Id::ClockSkew: {
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (!ok || seconds == 0 || seconds > maxSkewSeconds || seconds < -maxSkewSeconds)
            return fail(tr("The fault clock-skew needs a number of seconds other than 0, from -%1 to %1; got \"%2\".")
                            .arg(maxSkewSeconds)
                            .arg(value));
        return QString::number(seconds);
    }
    case Id::PkceLenient:
        if (value != QLatin1String("lenient"))
            return fail(tr("The fault pkce takes one value, lenient; got \"%1\".").arg(value));
        return value;
    }
    return fail(tr("Unknown fault."));
}

} // namespace ccri::sandbox
