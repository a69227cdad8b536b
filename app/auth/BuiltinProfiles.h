#pragma once

#include "app/auth/ServerProfile.h"

#include <QList>

namespace ccri::auth {

// The profiles every installation has: the in-process sandbox on its Care Connect STU3 base and on
// its UK Core R4 base and, for reference, the CCRI secured endpoint as it was (offline since 2019).
class BuiltinProfiles
{
public:
    static QString localSandboxId() { return QStringLiteral("local-sandbox"); }
    static QString localSandboxR4Id() { return QStringLiteral("local-sandbox-r4"); }
    static QString historicalCcriId() { return QStringLiteral("ccri-historical"); }
    static bool isBuiltinId(const QString& id);

    // fhirBase is known once the in-process sandbox listens (it picks a free port).
    static ServerProfile localSandbox(const QUrl& fhirBase = QUrl());
    // The same in-process sandbox at its /fhir/R4 base (UK Core), under the smart policy.
    static ServerProfile localSandboxR4(const QUrl& fhirBase = QUrl());
    // The base an in-process sandbox profile reaches on the running sandbox whose STU3 base is
    // `running`: that base, or its R4 sibling for a profile whose base ends in /R4.
    static QUrl inProcessBase(const ServerProfile& profile, const QUrl& running);
    static ServerProfile historicalCcri();
    static QList<ServerProfile> all();
};

} // namespace ccri::auth
