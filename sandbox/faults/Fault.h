#pragma once

#include <optional>
#include <QList>
#include <QString>

namespace ccri::sandbox {

// One fault a trainer can switch on in the sandbox (ccri-sandbox --fault NAME[=VALUE], the trainer
// page, the explorer's View -> Local sandbox): its name, what value it takes, and what it does.
class Fault
{
public:
    enum class Id
    {
        ExpireTokens, // every access token is refused as expired
        RefreshExpired, // every refresh token is refused with invalid_grant
        TokenError, // the token endpoint answers invalid_client, server_error or an HTML page
        FhirDelay, // every FHIR answer is held back MS milliseconds
        FhirUnavailable, // every FHIR request gets 503 with an OperationOutcome
        ClockSkew, // tokens carry iat/nbf SECONDS ahead (or behind, negative)
        NarrowConsent, // one requested resource scope fewer than ticked is granted
        PkceLenient // plain and a missing verifier are accepted (only to show what PKCE prevents)
    };

    // Below the explorer's 30 s FHIR timeout and the sandbox's idle-connection limit.
    static constexpr int maxDelayMs = 20000;
    static constexpr qint64 maxSkewSeconds = 7 * 24 * 3600;

    static const QList<Fault>& all();
    static std::optional<Fault> find(const QString& name);

    Id id() const { return m_id; }
    QString name() const { return m_name; }
    // "" (a switch), or the values it takes: "invalid_client|server_error|html", "MS", "SECONDS", "lenient".
    QString valueHint() const { return m_valueHint; }
    bool takesValue() const { return !m_valueHint.isEmpty(); }
    QString meaning() const; // one sentence, translated
    // `value` checked for this fault: the value to keep, or nullopt and a sentence in *error.
    std::optional<QString> checkValue(const QString& value, QString* error) const;

private:
    Fault(Id id, const char* name, const char* valueHint);

    Id m_id;
    QString m_name;
    QString m_valueHint;
};

} // namespace ccri::sandbox
