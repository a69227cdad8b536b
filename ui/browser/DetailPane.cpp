#include "ui/browser/DetailPane.h"

#include "app/fhir/FhirJson.h"
#include "app/fhir/ResourceSummary.h"
#include "ui/browser/AttachmentViewer.h"
#include "ui/browser/FileSaver.h"
#include "ui/browser/JsonHighlighter.h"

#include <nlohmann/json.hpp>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccri {

namespace {

void addChildren(QTreeWidgetItem* parent, const nlohmann::json& value)
{
    const auto addOne = [parent](const QString& key, const nlohmann::json& child) {
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, key);
        if (child.is_object() || child.is_array()) {
            item->setText(
                1,
                child.is_array()
                    ? (child.size() == 1 ? QObject::tr("[1 item]") : QObject::tr("[%1 items]").arg(child.size()))
                    : (child.size() == 1 ? QObject::tr("{1 field}") : QObject::tr("{%1 fields}").arg(child.size())));
            addChildren(item, child);
        } else {
            item->setText(1, fhir::FhirJson::scalar(child));
        }
    };
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            addOne(fhir::FhirJson::fromStd(it.key()), it.value());
        }
    } else if (value.is_array()) {
        int index = 0;
        for (const auto& child : value) {
            addOne(QStringLiteral("[%1]").arg(index++), child);
        }
    }
}

} // namespace

DetailPane::DetailPane(fhir::FhirClient* client, QWidget* parent)
    : QWidget(parent)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setReadOnly(true);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("detailJson"));
    m_json->setAccessibleName(tr("JSON"));
    m_json->setReadOnly(true);
    m_json->setFont(fixed);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new JsonHighlighter(m_json);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("detailTree"));
    m_tree->setAccessibleName(tr("Tree"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_attachment = new AttachmentViewer(client, this);
    m_attachment->setObjectName(QStringLiteral("attachmentViewer"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    // As the resource tabs above it: no frame drawn round the pages (each page has its own). The
    // frame's one-pixel sides are as tall as the pane, and the raster engine hands lines that tall
    // to its thread pool: painting it took 0.4-0.8 ms at every sign-in (docs/performance.md).
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Resource details"));
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_json, tr("JSON"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_attachment, tr("Attachment"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_tree) {
            fillTree();
        }
    });

    m_copy = new QPushButton(tr("Copy JSON"), this);
    m_copy->setObjectName(QStringLiteral("copyJson"));
    connect(m_copy, &QPushButton::clicked, this, &DetailPane::copyJson);
    m_save = new QPushButton(tr("Save JSON…"), this);
    m_save->setObjectName(QStringLiteral("saveJson"));
    connect(m_save, &QPushButton::clicked, this, &DetailPane::saveJson);
    m_openAttachment = new QPushButton(tr("Open attachment"), this);
    m_openAttachment->setObjectName(QStringLiteral("openAttachment"));
    connect(m_openAttachment, &QPushButton::clicked, this, &DetailPane::openAttachment);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detailStatus"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_openAttachment);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    clear();
}

void DetailPane::clear()
{
    m_row = {};
    m_resource.reset();
    m_fullJson.clear();
    m_summary->setPlainText(tr("Select a row to see the resource."));
    m_json->clear();
    m_tree->clear();
    m_treeFilled = false;
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_openAttachment->setVisible(false);
    m_status->clear();
    m_attachment->clear();
}

void DetailPane::showResource(const fhir::ResourceRow& row)
{
    clear();
    if (!row.resource) {
        return;
    }
    m_row = row;
    // The table keeps each resource as compact text: parse the one shown (a few kB, well under a millisecond).
    m_resource = std::make_shared<const nlohmann::json>(row.resource.parse());
    m_summary->setPlainText(fhir::ResourceSummary::describe(*m_resource));
    m_fullJson = fhir::FhirJson::fromStd(m_resource->dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    // A Binary can hold megabytes of base64: show (and colour) only the start; copy and save take it all.
    constexpr qsizetype kShown = 256 * 1024;
    const bool tooBig = m_fullJson.size() > kShown;
    m_highlighter->setDocument(tooBig ? nullptr : m_json->document());
    m_json->setPlainText(tooBig ? m_fullJson.left(kShown) + QLatin1Char('\n')
                                 + tr("… (%1 in all: Copy JSON and Save JSON take everything)")
                                       .arg(fhir::ResourceSummary::formatSize(m_fullJson.toUtf8().size()))
                                : m_fullJson);
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    const bool hasAttachment = row.resourceType == QLatin1String("DocumentReference")
        && !fhir::ResourceSummary::attachment(*m_resource).url.isEmpty();
    m_openAttachment->setVisible(hasAttachment);
    if (m_tabs->currentWidget() == m_tree) {
        fillTree();
    } else if (m_tabs->currentWidget() == m_attachment) {
        m_tabs->setCurrentWidget(m_summary);
    }
}

void DetailPane::openAttachment()
{
    if (!m_resource) {
        return;
    }
    m_attachment->open(fhir::ResourceSummary::attachment(*m_resource));
    m_tabs->setCurrentWidget(m_attachment);
}

void DetailPane::fillTree()
{
    if (m_treeFilled || !m_resource) {
        return;
    }
    m_treeFilled = true;
    auto* root = new QTreeWidgetItem(m_tree);
    root->setText(0, m_row.resourceType);
    root->setText(1, m_row.id);
    addChildren(root, *m_resource);
    root->setExpanded(true);
}

QString DetailPane::summaryText() const
{
    return m_summary->toPlainText();
}

QString DetailPane::jsonText() const
{
    return m_fullJson;
}

void DetailPane::copyJson()
{
    QApplication::clipboard()->setText(jsonText());
    m_status->setText(tr("JSON copied."));
}

void DetailPane::saveJson()
{
    auto* saver
        = FileSaver::save(this, QStringLiteral("%1-%2.json").arg(m_row.resourceType, m_row.id), jsonText().toUtf8());
    connect(saver, &FileSaver::finished, m_status,
            [this](bool, const QString& message) { m_status->setText(message); });
}

} // namespace ccri
