#include "app/core/PolicyDecision.h"

#include <QCoreApplication>

namespace ccri {

QString PolicyDecision::explanation() const
{
    if (granted) {
        if (needs.isEmpty())
            return QCoreApplication::translate("ccri::PolicyDecision", "Available — not restricted by %1")
                .arg(policyName);
        return QCoreApplication::translate("ccri::PolicyDecision", "Available — granted by %1 (%2)")
            .arg(grantedBy.join(QStringLiteral(" + ")), policyName);
    }
    return QCoreApplication::translate("ccri::PolicyDecision", "Unavailable — needs %1 (%2)").arg(needs, policyName);
}

} // namespace ccri
