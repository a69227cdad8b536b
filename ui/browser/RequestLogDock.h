#pragma once

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ccri {

class RequestLogModel;

namespace net {
class RequestLog;
}

// For developers: every HTTP exchange (method, URL, status, time, size), its request and response
// headers and body (Authorization redacted), and "Copy as curl" with the token as $TOKEN.
class RequestLogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RequestLogDock(net::RequestLog* log, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    int currentEntry() const; // index in the log, -1 when none
    QString detailsText() const;
    QString curlCommand() const; // of the selected exchange

public slots:
    void selectEntry(int index);
    void copyAsCurl();

private:
    void showDetails();

    QPointer<net::RequestLog> m_log;
    RequestLogModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_copyCurl = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ccri
