#include "ui/browser/RequestLogModel.h"

#include "app/fhir/ResourceSummary.h"
#include "app/net/RequestLog.h"
#include "ui/main/AccessColours.h"

#include <QBrush>
#include <QColor>

namespace ccri {

RequestLogModel::RequestLogModel(net::RequestLog* log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(log, &net::RequestLog::aboutToAdd, this, [this](int index) { beginInsertRows({}, index, index); });
    connect(log, &net::RequestLog::added, this, [this] { endInsertRows(); });
    connect(log, &net::RequestLog::aboutToDropOldest, this, [this](int count) { beginRemoveRows({}, 0, count - 1); });
    connect(log, &net::RequestLog::oldestDropped, this, [this] { endRemoveRows(); });
    connect(log, &net::RequestLog::aboutToClear, this, [this] { beginResetModel(); });
    connect(log, &net::RequestLog::cleared, this, [this] { endResetModel(); });
}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->size();
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!m_log || !index.isValid() || index.row() >= m_log->size()) {
        return {};
    }
    const net::RequestLogEntry& entry = m_log->at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        return entry.httpStatus >= 200 && entry.httpStatus < 300 ? QVariant() : QBrush(AccessColours::shut());
    }
    if (role == Qt::ToolTipRole) {
        return entry.outcome;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return entry.started.time().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return QString::fromLatin1(entry.method);
    case UrlColumn:
        return entry.url.toDisplayString();
    case StatusColumn:
        return entry.httpStatus ? QVariant(entry.httpStatus) : QVariant(tr("failed"));
    case ElapsedColumn:
        return tr("%1 ms").arg(entry.elapsedMs);
    case SizeColumn:
        return fhir::ResourceSummary::formatSize(entry.responseSize);
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case ElapsedColumn:
        return tr("Time taken");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace ccri
