#pragma once

#include "app/auth/ServerProfile.h"

#include <QList>

namespace ccri::auth {

// The profiles every installation has: the in-process sandbox and, for reference, the CCRI secured
// endpoint as it was (offline since 2019).
class BuiltinProfiles
{
public:
    static QString localSandboxId() { return QStringLiteral("local-sandbox"); }
    static QString historicalCcriId() { return QStringLiteral("ccri-historical"); }

    // fhirBase is known once the in-process sandbox listens (it picks a free port).
    static ServerProfile localSandbox(const QUrl& fhirBase = QUrl());
    static ServerProfile historicalCcri();
    static QList<ServerProfile> all();
};

} // namespace ccri::auth
