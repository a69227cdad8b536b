#pragma once

#include "app/fhir/ResourceRow.h"

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ccri {

class AttachmentViewer;
class JsonHighlighter;

namespace fhir {
class FhirClient;
}

// The selected resource: a readable summary, the pretty-printed, highlighted JSON, a collapsible
// tree, and for a DocumentReference its attachment. Copy and save the JSON.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(fhir::FhirClient* client, QWidget* parent = nullptr);

    void showResource(const fhir::ResourceRow& row);
    void clear();

    QString summaryText() const;
    QString jsonText() const; // the whole pretty-printed JSON (the view may show only its start)
    QTreeWidget* tree() const { return m_tree; }
    AttachmentViewer* attachmentViewer() const { return m_attachment; }
    QPushButton* openAttachmentButton() const { return m_openAttachment; }

public slots:
    void openAttachment();

private:
    void fillTree();
    void copyJson();
    void saveJson();

    fhir::ResourceRow m_row;
    std::shared_ptr<const nlohmann::json> m_resource; // m_row's resource, parsed when shown
    QString m_fullJson;
    bool m_treeFilled = false;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_json = nullptr;
    JsonHighlighter* m_highlighter = nullptr;
    QTreeWidget* m_tree = nullptr;
    AttachmentViewer* m_attachment = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_openAttachment = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ccri
