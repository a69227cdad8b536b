#include "ui/browser/AttachmentViewer.h"

#include "app/fhir/FhirClient.h"
#include "app/fhir/FhirJson.h"
#include "app/net/NetworkErrorText.h"
#include "ui/browser/FileSaver.h"

#include <nlohmann/json.hpp>
#include <QBuffer>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ccri {

AttachmentViewer::AttachmentViewer(fhir::FhirClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("attachmentTitle"));
    m_save = new QPushButton(tr("Save to file…"), this);
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &AttachmentViewer::saveToFile);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("attachmentText"));
    m_text->setReadOnly(true);
    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("attachmentImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea = new QScrollArea(this);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("attachmentPdf"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_pdfView);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    clear();
}

AttachmentViewer::~AttachmentViewer()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_pdf->close();
}

QString AttachmentViewer::message() const
{
    return m_message->text();
}

void AttachmentViewer::clear()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_pdf->close();
    m_data.clear();
    m_contentType.clear();
    m_title->clear();
    m_save->setEnabled(false);
    showMessage(tr("Choose a document, then press Open attachment below to show it here."), Kind::Nothing);
}

void AttachmentViewer::open(const fhir::ResourceSummary::Attachment& attachment)
{
    clear();
    m_attachment = attachment;
    m_title->setText(attachment.title.isEmpty() ? attachment.url : attachment.title);
    if (!attachment.inlineData.isEmpty()) {
        showData(attachment.inlineData, attachment.contentType);
        return;
    }
    if (attachment.url.isEmpty()) {
        showMessage(tr("This document has no attachment to show."), Kind::Error);
        return;
    }
    if (!m_client) {
        showMessage(tr("Not connected to a FHIR server."), Kind::Error);
        return;
    }
    QUrl url(attachment.url);
    if (url.isRelative()) {
        url = m_client->url(attachment.url);
    }
    // Ask for the raw bytes (no JSON to decode on this thread); without a content type, or from a
    // server that only speaks FHIR, a Binary resource comes instead and is decoded here.
    const QByteArray accept
        = attachment.contentType.isEmpty() ? QByteArray("application/fhir+json") : attachment.contentType.toLatin1();
    showMessage(tr("Loading the attachment…"), Kind::Loading);
    m_reply = m_client->get(url, accept);
    connect(m_reply, &fhir::FhirReply::finished, this, &AttachmentViewer::onFetched);
}

void AttachmentViewer::onFetched()
{
    const fhir::FhirResponse response = m_reply->response();
    m_reply = nullptr;
    if (!response.ok) {
        showMessage(response.error, Kind::Error);
        return;
    }
    const QString contentType = QString::fromLatin1(response.contentType).section(QLatin1Char(';'), 0, 0).trimmed();
    if (contentType.contains(QLatin1String("json"))) {
        const auto binary = nlohmann::json::parse(response.body.cbegin(), response.body.cend(), nullptr, false);
        if (binary.is_discarded() || fhir::FhirJson::string(binary, "resourceType") != QLatin1String("Binary")) {
            showMessage(net::NetworkErrorText::malformedJson(tr("the attachment is neither raw bytes nor a Binary.")),
                        Kind::Error);
            return;
        }
        QString content = fhir::FhirJson::string(binary, "content");
        if (content.isEmpty()) {
            content = fhir::FhirJson::string(binary, "data");
        }
        showData(QByteArray::fromBase64(content.toLatin1()), fhir::FhirJson::string(binary, "contentType"));
        return;
    }
    showData(response.body, contentType.isEmpty() ? m_attachment.contentType : contentType);
}

void AttachmentViewer::showData(const QByteArray& data, const QString& contentType)
{
    m_data = data;
    m_contentType = contentType.isEmpty() ? QMimeDatabase().mimeTypeForData(data).name() : contentType;
    m_save->setEnabled(!data.isEmpty());
    if (m_contentType.startsWith(QLatin1String("text/")) || m_contentType == QLatin1String("application/json")) {
        m_text->setPlainText(QString::fromUtf8(data));
        m_kind = Kind::Text;
        m_stack->setCurrentWidget(m_text);
    } else if (m_contentType.startsWith(QLatin1String("image/"))) {
        QImage image;
        if (!image.loadFromData(data)) {
            showMessage(tr("The image (%1) could not be read; you can save it to a file.").arg(m_contentType),
                        Kind::Error);
            return;
        }
        m_image->setPixmap(QPixmap::fromImage(image));
        m_kind = Kind::Image;
        m_stack->setCurrentWidget(m_imageArea);
    } else if (m_contentType == QLatin1String("application/pdf")) {
        delete m_pdfBuffer;
        m_pdfBuffer = new QBuffer(this);
        m_pdfBuffer->setData(data);
        m_pdfBuffer->open(QIODevice::ReadOnly);
        m_pdf->load(m_pdfBuffer);
        if (m_pdf->status() == QPdfDocument::Status::Error || m_pdf->pageCount() < 1) {
            showMessage(tr("The PDF could not be read; you can save it to a file."), Kind::Error);
            return;
        }
        m_kind = Kind::Pdf;
        m_stack->setCurrentWidget(m_pdfView);
    } else {
        showMessage(
            tr("The explorer cannot show %1 documents; save it to a file to open it elsewhere.").arg(m_contentType),
            Kind::Other);
        return;
    }
    emit shown(m_kind);
}

void AttachmentViewer::showMessage(const QString& message, Kind kind)
{
    m_message->setText(message);
    m_kind = kind;
    m_stack->setCurrentWidget(m_message);
    if (kind != Kind::Nothing && kind != Kind::Loading) {
        emit shown(kind);
    }
}

void AttachmentViewer::saveToFile()
{
    QString name = m_attachment.title;
    if (name.isEmpty()) {
        const QString suffix = QMimeDatabase().mimeTypeForName(m_contentType).preferredSuffix();
        name = tr("attachment") + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    auto* saver = FileSaver::save(this, name, m_data);
    connect(saver, &FileSaver::finished, this, [this](bool, const QString& message) {
        if (!message.isEmpty()) {
            m_title->setText(message);
        }
    });
}

} // namespace ccri
