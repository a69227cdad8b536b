#pragma once

#include "app/fhir/ResourceSummary.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QBuffer;

namespace ccri {

namespace fhir {
class FhirClient;
class FhirReply;
} // namespace fhir

// Shows a DocumentReference's attachment inside the app: plain text, images, PDF (QtPdf);
// anything else can be saved to a file. Fetches the Binary through the FhirClient (so it is
// logged and carries the token), or uses inline attachment data.
class AttachmentViewer : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Nothing,
        Loading,
        Text,
        Image,
        Pdf,
        Other,
        Error
    };
    Q_ENUM(Kind)

    explicit AttachmentViewer(fhir::FhirClient* client, QWidget* parent = nullptr);
    ~AttachmentViewer() override;

    void open(const fhir::ResourceSummary::Attachment& attachment);
    void clear();

    Kind kind() const { return m_kind; }
    QString message() const;
    QByteArray data() const { return m_data; }
    QString contentType() const { return m_contentType; }
    QPdfDocument* pdfDocument() const { return m_pdf; }

signals:
    void shown(ccri::AttachmentViewer::Kind kind);

private:
    void onFetched();
    void showData(const QByteArray& data, const QString& contentType);
    void showMessage(const QString& message, Kind kind);
    void saveToFile();

    QPointer<fhir::FhirClient> m_client;
    QPointer<fhir::FhirReply> m_reply;
    fhir::ResourceSummary::Attachment m_attachment;
    Kind m_kind = Kind::Nothing;
    QByteArray m_data;
    QString m_contentType;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QScrollArea* m_imageArea = nullptr;
    QLabel* m_image = nullptr;
    QPdfView* m_pdfView = nullptr;
    QPdfDocument* m_pdf = nullptr;
    QBuffer* m_pdfBuffer = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace ccri
