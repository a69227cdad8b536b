#include "sandbox/faults/Fault.h"

#include <QCoreApplication>

namespace ccri::sandbox {

namespace {
// The sandbox's own sentences (refusals of a value): English, as its pages and log are.
QString english(const char* text)
{
    return QString::fromUtf8(text);
}

// The one copy of each fault's meaning. The explorer's panel (View → Local sandbox) shows it in the reader's
// language: translations/ scans this file for these entries (context "Fault"), and LocalSandboxView looks the
// English sentence up in that context. The sandbox itself (trainer page, log) keeps the English.
const char* meaningSource(Fault::Id id)
{
    switch (id) {
    case Fault::Id::ExpireTokens:
        return QT_TRANSLATE_NOOP("Fault", "Every access token, old or new, is refused as expired.");
    case Fault::Id::RefreshExpired:
        return QT_TRANSLATE_NOOP("Fault", "Every refresh token is refused with invalid_grant, as if it had expired.");
    case Fault::Id::TokenError:
        return QT_TRANSLATE_NOOP("Fault",
                                 "The token endpoint answers with this error (html: a broken proxy's HTML page).");
    case Fault::Id::FhirDelay:
        return QT_TRANSLATE_NOOP("Fault", "Every FHIR answer is held back this many milliseconds.");
    case Fault::Id::FhirUnavailable:
        return QT_TRANSLATE_NOOP("Fault", "Every FHIR request gets 503 Service Unavailable with an OperationOutcome.");
    case Fault::Id::ClockSkew:
        return QT_TRANSLATE_NOOP(
            "Fault", "Tokens are issued with iat and nbf this many seconds in the future (negative: in the past).");
    case Fault::Id::NarrowConsent:
        return QT_TRANSLATE_NOOP("Fault", "The server grants one requested resource scope fewer than the user ticked.");
    case Fault::Id::PkceLenient:
        return QT_TRANSLATE_NOOP("Fault",
                                 "PKCE is not enforced: the plain method and a missing verifier are "
                                 "accepted. Only to show what PKCE prevents.");
    }
    return "";
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
    return QString::fromUtf8(meaningSource(m_id));
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
            return fail(english("The fault %1 takes no value; got \"%2\".").arg(m_name, value));
        return QString();
    case Id::TokenError:
        if (value != QLatin1String("invalid_client") && value != QLatin1String("server_error")
            && value != QLatin1String("html"))
            return fail(
                english("The fault token-error needs invalid_client, server_error or html; got \"%1\".").arg(value));
        return value;
    case Id::FhirDelay: {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || ms < 1 || ms > maxDelayMs)
            return fail(english("The fault fhir-delay needs milliseconds from 1 to %1; got \"%2\".")
                            .arg(maxDelayMs)
                            .arg(value));
        return QString::number(ms);
    }
    case Id::ClockSkew: {
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (!ok || seconds == 0 || seconds > maxSkewSeconds || seconds < -maxSkewSeconds)
            return fail(
                english("The fault clock-skew needs a number of seconds other than 0, from -%1 to %1; got \"%2\".")
                    .arg(maxSkewSeconds)
                    .arg(value));
        return QString::number(seconds);
    }
    case Id::PkceLenient:
        if (value != QLatin1String("lenient"))
            return fail(english("The fault pkce takes one value, lenient; got \"%1\".").arg(value));
        return value;
    }
    return fail(english("Unknown fault."));
}

} // namespace ccri::sandbox
