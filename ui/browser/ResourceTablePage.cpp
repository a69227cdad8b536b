#include "ui/browser/ResourceTablePage.h"

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
    , m_search(new fhir::ResourceSearch(client, resourceType, this)) // first made, first deleted: before the widgets
{
    setObjectName(QStringLiteral("page") + resourceType);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model());
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(fhir::ResourceListModel::SortRole);

    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accessNote = new QLabel(this);
    m_accessNote->setObjectName(QStringLiteral("accessNote"));
    m_accessNote->setWordWrap(true);
    m_accessNote->setVisible(false);
    m_tryAnyway = new QPushButton(tr("Try anyway"), this);
    m_tryAnyway->setObjectName(QStringLiteral("tryAnyway"));
    m_tryAnyway->setToolTip(tr("Send the request although your scopes do not open this type, to see what the "
                               "server says."));
    m_tryAnyway->setVisible(false);
    connect(m_tryAnyway, &QPushButton::clicked, m_search, &fhir::ResourceSearch::tryAnyway);

    m_pageSize = new QSpinBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setRange(10, 100);
    m_pageSize->setSingleStep(10);
    m_pageSize->setValue(20);
    m_pageSize->setSuffix(tr(" per page"));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setKeyboardTracking(false); // typed digits count once the field is left or Enter pressed
    m_search->setPageSize(m_pageSize->value());
    connect(m_pageSize, &QSpinBox::valueChanged, m_search, &fhir::ResourceSearch::setPageSize);
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
    m_part = new QLabel(this);
    m_part->setObjectName(QStringLiteral("pagePart"));
    m_part->setWordWrap(true);
    m_part->setVisible(false);
    connect(m_previous, &QPushButton::clicked, m_search, &fhir::ResourceSearch::previousPage);
    connect(m_next, &QPushButton::clicked, m_search, &fhir::ResourceSearch::nextPage);
    connect(m_reload, &QPushButton::clicked, m_search, &fhir::ResourceSearch::load);
    connect(m_cancel, &QPushButton::clicked, m_search, &fhir::ResourceSearch::cancel);

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
            emit rowActivated(model()->rowAt(source.row()));
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
    tableLayout->addWidget(m_part);
    tableLayout->addWidget(m_accessNote);
    tableLayout->addLayout(messageRow);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_malformed);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &fhir::ResourceSearch::stateChanged, this, &ResourceTablePage::showState);
    connect(m_search, &fhir::ResourceSearch::statusChanged, m_status, &QLabel::setText);
    connect(m_search, &fhir::ResourceSearch::messageChanged, this, &ResourceTablePage::showMessage);
    connect(m_search, &fhir::ResourceSearch::progressChanged, this, &ResourceTablePage::showProgress);
    connect(m_search, &fhir::ResourceSearch::rowsForgotten, m_detail, &DetailPane::clear);
    connect(model(), &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        if (first == 0) {
            fitColumns(); // the first rows of a page
        }
    });
    connect(m_search, &fhir::ResourceSearch::loadStarted, this, [this] {
        m_malformed->clear();
        m_malformed->setVisible(false);
    });
    connect(m_search, &fhir::ResourceSearch::loaded, this, &ResourceTablePage::showMalformed);
    // Passed on after the page has shown them.
    connect(m_search, &fhir::ResourceSearch::loadStarted, this, &ResourceTablePage::loadStarted);
    connect(m_search, &fhir::ResourceSearch::loaded, this, &ResourceTablePage::loaded);
    connect(m_search, &fhir::ResourceSearch::failed, this, &ResourceTablePage::failed);
    showMessage({}, false);
    showState();
}

ResourceTablePage::~ResourceTablePage() = default;

void ResourceTablePage::setPageSize(int size)
{
    m_pageSize->setValue(size);
}

void ResourceTablePage::setAccessNote(const QString& text)
{
    m_accessNote->setText(text);
    m_accessNote->setVisible(!text.isEmpty());
}

void ResourceTablePage::addSection(QWidget* section)
{
    m_splitter->insertWidget(0, section);
    m_splitter->setStretchFactor(0, 3);
}

QString ResourceTablePage::accessNote() const
{
    return m_accessNote->isVisibleTo(this) ? m_accessNote->text() : QString();
}

void ResourceTablePage::showState()
{
    const bool loading = m_search->isLoading();
    m_cancel->setEnabled(loading);
    m_next->setEnabled(m_search->canGoNext());
    m_previous->setEnabled(m_search->canGoPrevious());
    m_reload->setEnabled(!loading);
    m_progress->setVisible(loading);
    m_tryAnyway->setVisible(m_search->isShut());
}

void ResourceTablePage::setDecision(const PolicyDecision& decision)
{
    if (decision.resourceType != resourceType())
        return;
    m_search->setDecision(decision);
    // SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters": the server
    // sends only the granted part, so the table says so.
    const QString text
        = decision.isPartial() ? tr("Showing %1 only (your scopes)").arg(decision.partWords()) : QString();
    m_part->setText(text);
    m_part->setToolTip(decision.isPartial() ? decision.explanation() : QString());
    m_part->setAccessibleDescription(m_part->toolTip());
    m_part->setVisible(!text.isEmpty());
}

QString ResourceTablePage::partText() const
{
    return m_part->text();
}

void ResourceTablePage::showProgress(int perMille)
{
    if (perMille < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(perMille);
    }
}

void ResourceTablePage::showMalformed(const fhir::BundleInfo& info)
{
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
}

void ResourceTablePage::fitColumns()
{
    // Widths from the header and the first rows, measured directly: QTableView's
    // resizeColumnsToContents() took 20-30 ms on the GUI thread here (bench/browser).
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = m_view->horizontalHeader()->fontMetrics();
    const int rows = qMin(model()->rowCount(), 30);
    for (int column = 0; column + 1 < model()->columnCount(); ++column) {
        int width = headerMetrics.horizontalAdvance(model()->headerData(column, Qt::Horizontal).toString()) + 24;
        for (int row = 0; row < rows; ++row) {
            width = qMax(width, metrics.horizontalAdvance(model()->rowAt(row).columns.value(column)) + 16);
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

void ResourceTablePage::onCurrentRowChanged()
{
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    if (source.isValid()) {
        m_detail->showResource(model()->rowAt(source.row()));
    } else {
        m_detail->clear();
    }
}

} // namespace ccri
