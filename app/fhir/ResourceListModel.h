#pragma once

#include "app/fhir/ResourceRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace ccri::fhir {

// The rows of one page of one resource type, as summary columns (dates shown readably, FhirDateText). Rows arrive in
// chunks from the BundleParser (appendRows), so a view shows the first ones at once.
class ResourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EntryIndexRole,
        SortRole // the column as the server sent it: FHIR dates sort chronologically
    };

    explicit ResourceListModel(const QString& resourceType, QObject* parent = nullptr);

    QString resourceType() const { return m_resourceType; }
    void appendRows(const QList<ResourceRow>& rows);
    void clear();
    const ResourceRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_resourceType;
    QStringList m_headers;
    QList<ResourceRow> m_rows;
};

} // namespace ccri::fhir
