#include "app/fhir/ResourceListModel.h"

#include "app/fhir/FhirDateText.h"
#include "app/fhir/ResourceSummary.h"

#include <QFont>
#include <QtConcurrent>
#include <utility>

namespace ccri::fhir {

ResourceListModel::ResourceListModel(const QString& resourceType, QObject* parent)
    : QAbstractTableModel(parent)
    , m_resourceType(resourceType)
    , m_headers(ResourceSummary::headers(resourceType))
{
}

void ResourceListModel::appendRows(const QList<ResourceRow>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

void ResourceListModel::clear()
{
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    // Thousands of resources take milliseconds to free: let a worker thread do it.
    (void)QtConcurrent::run([rows = std::exchange(m_rows, {})]() mutable { rows.clear(); });
    endResetModel();
}

int ResourceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ResourceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const ResourceRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (row.enteredInError && index.column() == 0) {
            // Marked in words (a screen reader hears it) and struck through (FontRole), not hidden.
            return tr("Entered in error: %1").arg(FhirDateText::display(row.columns.value(0)));
        }
        return FhirDateText::display(row.columns.value(index.column()));
    case Qt::FontRole:
        if (row.enteredInError) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: // a date's tooltip holds the value as sent
        if (row.enteredInError && index.column() == 0)
            return tr("This record was entered in error: %1").arg(row.columns.value(0));
        return row.columns.value(index.column());
    case SortRole:
        return row.columns.value(index.column());
    case IdRole:
        return row.id;
    case EntryIndexRole:
        return row.entryIndex;
    default:
        return {};
    }
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return m_headers.value(section);
    }
    return section + 1;
}

} // namespace ccri::fhir
