#pragma once

#include "sandbox/auth/PatientDirectory.h"

namespace ccri::sandbox {

class ResourceStore;

// The consent page's patient picker, read from the sandbox's ResourceStore.
class StorePatientDirectory : public PatientDirectory
{
public:
    explicit StorePatientDirectory(const ResourceStore& store);
    QList<Choice> patients() const override;
    bool contains(const QString& id) const override;

private:
    const ResourceStore& m_store;
};

} // namespace ccri::sandbox
