#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ccri {

namespace net {
class RequestLog;
}

// The request log as a table: time, method, URL, status, milliseconds, size. Follows the log as
// entries are added and the oldest dropped.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        ElapsedColumn,
        SizeColumn,
        ColumnCount
    };

    explicit RequestLogModel(net::RequestLog* log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<net::RequestLog> m_log;
};

} // namespace ccri
