#include "ui/browser/ResourceTablePage.h"

#include "app/fhir/BundleParser.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/ResourceListModel.h"
#include "ui/browser/DetailPane.h"
#include "ui/main/ErrorLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ccri {

ResourceTablePage::ResourceTablePage(fhir::FhirClient* client, const QString& resourceType, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_resourceType(resourceType)
{
    setObjectName(QStringLiteral("page") + resourceType);
    m_parser = new fhir::BundleParser(this);
    m_parser->setChunkSize(200);
    connect(m_parser, &fhir::BundleParser::rowsReady, this, &ResourceTablePage::onRowsReady);
    connect(m_parser, &fhir::BundleParser::finished, this, &ResourceTablePage::onParsed);
    m_model = new fhir::ResourceListModel(resourceType, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(fhir::ResourceListModel::SortRole);

    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tryAnyway = new QPushButton(tr("Try anyway"), this);
    m_tryAnyway->setObjectName(QStringLiteral("tryAnyway"));
    m_tryAnyway->setToolTip(tr("Send the request although your scopes do not open this type, to see what the "
                               "server says."));
    m_tryAnyway->setVisible(false);
    connect(m_tryAnyway, &QPushButton::clicked, this, &ResourceTablePage::tryAnyway);

    m_pageSize = new QSpinBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setRange(10, 100);
    m_pageSize->setSingleStep(10);
    m_pageSize->setValue(20);
    m_pageSize->setSuffix(tr(" per page"));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setKeyboardTracking(false); // typed digits count once the field is left or Enter pressed
    // A new size reloads from the first page, once the arrows or the wheel have settled.
    m_pageSizeSettle.setSingleShot(true);
    m_pageSizeSettle.setInterval(400);
    connect(m_pageSize, &QSpinBox::valueChanged, &m_pageSizeSettle, qOverload<>(&QTimer::start));
    connect(&m_pageSizeSettle, &QTimer::timeout, this, &ResourceTablePage::pageSizeChanged);
    m_previous = new QPushButton(tr("Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_reload = new QPushButton(tr("Reload"), this);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pageStatus"));
    connect(m_previous, &QPushButton::clicked, this, &ResourceTablePage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &ResourceTablePage::nextPage);
    connect(m_reload, &QPushButton::clicked, this, &ResourceTablePage::load);
    connect(m_cancel, &QPushButton::clicked, this, &ResourceTablePage::cancel);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("resourceTable"));
    m_view->setModel(m_proxy);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    m_view->setAccessibleName(tr("%1 records").arg(resourceType));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(170);
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourceTablePage::onCurrentRowChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid()) {
            emit rowActivated(m_model->rowAt(source.row()));
        }
    });

    m_malformed = new QListWidget(this);
    m_malformed->setObjectName(QStringLiteral("malformedEntries"));
    m_malformed->setVisible(false);
    m_malformed->setMaximumHeight(90);

    m_detail = new DetailPane(client, this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_previous);
    controls->addWidget(m_next);
    controls->addWidget(m_pageSize);
    controls->addWidget(m_reload);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress);
    controls->addWidget(m_status, 1);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_tryAnyway, 0, Qt::AlignTop);

    auto* tableArea = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(messageRow);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_malformed);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableArea);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    showMessage({}, false);
    updateButtons();
}

ResourceTablePage::~ResourceTablePage()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ResourceTablePage::setQuery(const QUrlQuery& query)
{
    m_query = query;
    m_stale = true;
}

void ResourceTablePage::setServerSort(const QPair<QString, QString>& item)
{
    if (item != m_serverSort) {
        m_serverSort = item;
        m_stale = true;
    }
}

void ResourceTablePage::setPatientId(const QString& patientId)
{
    if (patientId == m_patientId) {
        return;
    }
    m_patientId = patientId;
    forgetRows();
}

void ResourceTablePage::forgetRows()
{
    cancel();
    m_model->clear();
    m_detail->clear();
    m_stale = true;
    showMessage(m_shut ? m_shutReason : QString(), false);
    m_status->clear();
    updateButtons();
}

void ResourceTablePage::setPageSize(int size)
{
    m_pageSize->setValue(size);
}

int ResourceTablePage::pageSize() const
{
    return m_pageSize->value();
}

bool ResourceTablePage::isLoading() const
{
    return m_reply || m_parser->isRunning();
}

QString ResourceTablePage::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

QString ResourceTablePage::statusText() const
{
    return m_status->text();
}

void ResourceTablePage::setDecision(const PolicyDecision& decision)
{
    if (decision.resourceType != m_resourceType) {
        return;
    }
    const QString previousReason = m_shut ? m_shutReason : QString();
    m_shut = !decision.granted;
    m_shutReason = decision.explanation();
    m_tryAnyway->setVisible(m_shut);
    if (m_shut) {
        showMessage(m_shutReason, false);
    } else if (!previousReason.isEmpty() && m_message->text().startsWith(previousReason)) {
        showMessage({}, false); // opened (signed in): the old "Unavailable — needs ..." goes
    }
}

QUrl ResourceTablePage::firstPageUrl() const
{
    QUrlQuery query = m_query;
    if (!m_patientId.isEmpty()) {
        query.removeAllQueryItems(QStringLiteral("patient"));
        query.addQueryItem(QStringLiteral("patient"), m_patientId);
    }
    for (const char* sort : {"_sort", "_sort:asc", "_sort:desc"})
        query.removeAllQueryItems(QLatin1String(sort));
    if (!m_serverSort.first.isEmpty())
        query.addQueryItem(m_serverSort.first, m_serverSort.second);
    query.removeAllQueryItems(QStringLiteral("_count"));
    query.addQueryItem(QStringLiteral("_count"), QString::number(pageSize()));
    return m_client ? m_client->url(m_resourceType, query) : QUrl();
}

// Reloads from the first page when there is something to reload: rows from the server, or a
// patient whose records this page shows. Nothing when the page has not been asked for anything yet.
void ResourceTablePage::pageSizeChanged()
{
    const bool loadedFromServer = !m_stale && m_lastUrl.isValid();
    const bool patientWaiting = !m_patientId.isEmpty() && !m_shut;
    if (loadedFromServer || patientWaiting) {
        load();
    }
}

void ResourceTablePage::load()
{
    m_pageSizeSettle.stop(); // this load already asks for the current size
    if (m_needsPatient && m_patientId.isEmpty()) {
        cancel();
        m_model->clear();
        const QString choose = tr("Choose a patient on the Patient tab to see their %1 records.").arg(m_resourceType);
        showMessage(m_shut ? m_shutReason + QLatin1Char('\n') + choose : choose, false);
        return;
    }
    m_pendingStart = 0;
    loadUrl(firstPageUrl());
}

void ResourceTablePage::loadIfStale()
{
    if (m_stale && !isLoading()) {
        load();
    }
}

void ResourceTablePage::tryAnyway()
{
    load();
}

void ResourceTablePage::nextPage()
{
    if (m_info.next.isValid()) {
        m_pendingStart = m_pageStart + m_info.shownCount + int(m_info.malformed.size()) + m_info.skippedCount;
        loadUrl(m_info.next);
    }
}

void ResourceTablePage::previousPage()
{
    if (m_info.previous.isValid()) {
        m_pendingStart = qMax(0, m_pageStart - pageSize());
        loadUrl(m_info.previous);
    }
}

void ResourceTablePage::loadUrl(const QUrl& target)
{
    const QUrl url = target; // target may be m_info.next, which is reset below
    if (!m_client) {
        return;
    }
    startLoading(url, tr("Loading…"));
    showMessage(m_shut ? m_shutReason + QLatin1Char('\n') + tr("Trying anyway…") : QString(), false);
    m_reply = m_client->get(url);
    connect(m_reply, &fhir::FhirReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
        }
    });
    connect(m_reply, &fhir::FhirReply::finished, this, &ResourceTablePage::onReplyFinished);
    updateButtons();
    emit loadStarted();
}

void ResourceTablePage::loadBundle(const QByteArray& bytes)
{
    startLoading(QUrl(), tr("Reading the bundle…"));
    m_pendingStart = 0;
    showMessage({}, false);
    m_parser->start(bytes, m_resourceType);
    updateButtons();
    emit loadStarted();
}

// Clears what the last load showed and shows a busy bar: the common start of loadUrl() and loadBundle().
void ResourceTablePage::startLoading(const QUrl& url, const QString& status)
{
    cancel();
    m_stale = false;
    m_model->clear();
    m_detail->clear();
    m_malformed->clear();
    m_malformed->setVisible(false);
    m_info = {};
    m_lastUrl = url;
    m_status->setText(status);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
}

void ResourceTablePage::cancel()
{
    const bool wasLoading = isLoading();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_parser->cancel();
    if (wasLoading) {
        m_progress->setVisible(false);
        m_status->setText(tr("Cancelled."));
        m_stale = true;
    }
    updateButtons();
}

void ResourceTablePage::onReplyFinished()
{
    const fhir::FhirResponse response = m_reply->response();
    m_reply = nullptr;
    if (!response.ok) {
        m_progress->setVisible(false);
        m_status->clear();
        m_stale = true;
        QString text = response.error;
        if (m_shut) {
            text = tr("The server refused, as your scopes said it would. %1").arg(response.error);
        }
        showMessage(text, true);
        updateButtons();
        emit failed(text);
        return;
    }
    m_status->setText(tr("Reading the answer…"));
    m_progress->setRange(0, 0);
    m_parser->start(response.body, m_resourceType);
    updateButtons();
}

void ResourceTablePage::onRowsReady(const QList<fhir::ResourceRow>& rows)
{
    m_model->appendRows(rows);
    m_status->setText(tr("Loading… %1 rows").arg(m_model->rowCount()));
    if (m_model->rowCount() == rows.size()) {
        fitColumns();
    }
}

void ResourceTablePage::onParsed(const fhir::BundleInfo& info)
{
    m_info = info;
    m_progress->setVisible(false);
    if (!info.error.isEmpty()) {
        m_status->clear();
        showMessage(info.error, true);
        m_stale = true;
        updateButtons();
        emit failed(info.error);
        return;
    }
    m_pageStart = m_pendingStart;
    const int rows = m_model->rowCount();
    QString status;
    if (rows == 0) {
        status = tr("No rows.");
    } else {
        status = tr("Rows %1–%2").arg(m_pageStart + 1).arg(m_pageStart + rows);
    }
    if (info.total >= 0) {
        status += QLatin1Char(' ') + tr("of %1").arg(info.total);
    }
    if (rows > 0 && !m_serverSort.first.isEmpty()) {
        status += tr(", newest first");
    }
    m_status->setText(status);
    if (rows == 0 && info.malformed.isEmpty()) {
        showMessage(m_patientId.isEmpty() ? tr("No %1 found.").arg(m_resourceType)
                                          : tr("No %1 found for this patient.").arg(m_resourceType),
                    false);
    } else if (m_shut) {
        showMessage(tr("The server answered although your scopes shut this type: it does not enforce them."), true);
    } else {
        showMessage({}, false);
    }
    if (!info.malformed.isEmpty()) {
        m_malformed->addItem(info.malformed.size() == 1
                                 ? tr("1 entry could not be shown:")
                                 : tr("%1 entries could not be shown:").arg(info.malformed.size()));
        for (const fhir::MalformedEntry& bad : info.malformed) {
            auto* item = new QListWidgetItem(tr("Entry %1: %2").arg(bad.entryIndex + 1).arg(bad.reason), m_malformed);
            item->setToolTip(bad.excerpt);
        }
        m_malformed->setVisible(true);
    }
    updateButtons();
    emit loaded(info);
}

void ResourceTablePage::fitColumns()
{
    // Widths from the header and the first rows, measured directly: QTableView's
    // resizeColumnsToContents() took 20-30 ms on the GUI thread here (bench/browser).
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = m_view->horizontalHeader()->fontMetrics();
    const int rows = qMin(m_model->rowCount(), 30);
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (int row = 0; row < rows; ++row) {
            width = qMax(width, metrics.horizontalAdvance(m_model->rowAt(row).columns.value(column)) + 16);
        }
        m_view->setColumnWidth(column, qMin(width, 360));
    }
}

void ResourceTablePage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setError(error);
}

void ResourceTablePage::updateButtons()
{
    const bool loading = isLoading();
    m_cancel->setEnabled(loading);
    m_next->setEnabled(!loading && m_info.next.isValid());
    m_previous->setEnabled(!loading && m_info.previous.isValid());
    m_reload->setEnabled(!loading);
    if (!loading) {
        m_progress->setVisible(false);
    }
}

void ResourceTablePage::onCurrentRowChanged()
{
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    if (source.isValid()) {
        m_detail->showResource(m_model->rowAt(source.row()));
    } else {
        m_detail->clear();
    }
}

} // namespace ccri
