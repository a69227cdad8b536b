#pragma once

#include <QString>
#include <QStringList>

namespace ccri::test {

// Scope strings and orders tests check against, written out from ccri-facts.md rather than asked
// of the code under test.
class DemoScopes
{
public:
    static QString patientAccess(); // the CCRI demo client "patient-access"
    static QString clinicalAccess(); // the CCRI demo client "clinical-access"
    static QString limitedAccess(); // the CCRI demo client "limited-access"
    static QStringList resourceTypes(); // the CCRI (and SMART) policy order
};

} // namespace ccri::test
