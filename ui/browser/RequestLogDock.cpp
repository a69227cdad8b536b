#include "ui/browser/RequestLogDock.h"

#include "app/net/JwtDecoder.h"
#include "app/net/RequestLog.h"
#include "ui/browser/RequestLogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ccri {

RequestLogDock::RequestLogDock(net::RequestLog* log, QWidget* parent)
    : QDockWidget(tr("Request log"), parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("requestLogDock"));
    m_model = new RequestLogModel(log, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("requestLogTable"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(RequestLogModel::UrlColumn, QHeaderView::Stretch);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("requestLogDetails"));
    m_details->setAccessibleName(tr("Headers and body of the selected exchange"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copyCurl = new QPushButton(tr("Copy as curl"), this);
    m_copyCurl->setObjectName(QStringLiteral("copyAsCurl"));
    m_copyCurl->setToolTip(tr("The token is written as $TOKEN; set it in your shell first."));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearLog"));
    m_status = new QLabel(this);
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestLogDock::copyAsCurl);
    connect(m_clear, &QPushButton::clicked, log, &net::RequestLog::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestLogDock::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestLogDock::showDetails);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_status, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setWidget(content);
    showDetails();
}

int RequestLogDock::currentEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RequestLogDock::selectEntry(int index)
{
    m_view->setCurrentIndex(m_model->index(index, 0));
}

QString RequestLogDock::detailsText() const
{
    return m_details->toPlainText();
}

QString RequestLogDock::curlCommand() const
{
    const int index = currentEntry();
    return m_log && index >= 0 && index < m_log->size() ? m_log->at(index).curlCommand() : QString();
}

void RequestLogDock::copyAsCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(command);
    m_status->setText(tr("Copied. The token is $TOKEN in the command."));
}

void RequestLogDock::showDetails()
{
    const int index = currentEntry();
    m_copyCurl->setEnabled(index >= 0);
    if (!m_log || index < 0 || index >= m_log->size()) {
        m_details->setPlainText(tr("Select an exchange to see its headers and body."));
        return;
    }
    const net::RequestLogEntry& entry = m_log->at(index);
    QString text;
    text += QStringLiteral("%1 %2\n").arg(QString::fromLatin1(entry.method), entry.url.toString());
    for (const auto& header : entry.requestHeaders) {
        text += QString::fromLatin1(header.first) + QStringLiteral(": ") + QString::fromUtf8(header.second)
            + QLatin1Char('\n');
    }
    if (!entry.requestBody.isEmpty()) {
        text += QLatin1Char('\n') + QString::fromUtf8(entry.requestBody) + QLatin1Char('\n');
        // RFC 7523 §2.2: a client assertion, shown decoded (the log kept no signature to misuse).
        const QString assertion = QUrlQuery(QString::fromUtf8(entry.requestBody))
                                      .queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded);
        net::JwtDecoder::Decoded decoded;
        if (!assertion.isEmpty() && net::JwtDecoder::decode(assertion, &decoded)) {
            text += QLatin1Char('\n') + tr("Client assertion (signature shortened):") + QLatin1Char('\n')
                + QString::fromUtf8(QJsonDocument(decoded.header).toJson(QJsonDocument::Indented))
                + QString::fromUtf8(QJsonDocument(decoded.claims).toJson(QJsonDocument::Indented));
        }
    }
    text += QLatin1Char('\n');
    text += entry.httpStatus ? tr("HTTP %1 — %2 ms\n").arg(entry.httpStatus).arg(entry.elapsedMs)
                             : tr("No HTTP answer — %1\n").arg(entry.outcome);
    for (const auto& header : entry.responseHeaders) {
        text += QString::fromLatin1(header.first) + QStringLiteral(": ") + QString::fromUtf8(header.second)
            + QLatin1Char('\n');
    }
    if (entry.outcome != QLatin1String("OK") && entry.httpStatus) {
        text += QLatin1Char('\n') + entry.outcome + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + QString::fromUtf8(entry.responseBody);
    if (entry.bodyTruncated) {
        text += QLatin1Char('\n')
            + tr("… (%1 bytes in all; the log keeps the first %2)")
                  .arg(entry.responseSize)
                  .arg(entry.responseBody.size());
    }
    m_details->setPlainText(text);
}

} // namespace ccri
