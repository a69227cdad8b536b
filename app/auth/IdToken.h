#pragma once

#include <QString>

namespace ccri::auth {

// The claims of an OpenID Connect id_token the explorer shows (who is signed in). Read for
// display only: the signature is not checked here, so nothing is granted on its strength.
class IdToken
{
public:
    IdToken() = default;
    static IdToken decode(const QString& jwt); // empty claims when it can't be read

    QString subject() const { return m_subject; }
    QString fhirUser() const { return m_fhirUser; } // relative ("Practitioner/1") or absolute; older servers: `profile`
    QString name() const { return m_name; }
    bool isEmpty() const { return m_subject.isEmpty() && m_fhirUser.isEmpty() && m_name.isEmpty(); }
    QString displayName() const; // name, else fhirUser, else subject

private:
    QString m_subject;
    QString m_fhirUser;
    QString m_name;
};

} // namespace ccri::auth
