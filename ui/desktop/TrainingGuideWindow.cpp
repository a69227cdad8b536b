#include "ui/desktop/TrainingGuideWindow.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFragment>
#include <QUrl>
#include <QVBoxLayout>

namespace ccri {

TrainingGuideWindow::TrainingGuideWindow(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("trainingGuideWindow"));
    setWindowTitle(tr("Training guide — CareConnect Explorer"));
    setModal(false);

    m_browser->setObjectName(QStringLiteral("trainingGuideText"));
    m_browser->setAccessibleName(tr("Training guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    if (m_browser->document()->isEmpty())
        m_browser->setPlainText(tr("The training guide is missing from this build (docs/training.md)."));
    fitImages(MaxImageWidth);
    nameHeadings();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 760);
}

// Screenshots are taken at full window size; shown at most maxWidth wide (the height follows).
void TrainingGuideWindow::fitImages(int maxWidth)
{
    QTextDocument* document = m_browser->document();
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage picture = document->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() / picture.devicePixelRatio() <= maxWidth)
                continue;
            image.setWidth(maxWidth);
            image.setHeight(maxWidth * double(picture.height()) / picture.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

// The guide's contents link to its headings the way GitHub names them ("#5-try-anyway-2833-minutes");
// Qt's Markdown reader names none, so each heading gets that name here.
void TrainingGuideWindow::nameHeadings()
{
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(anchor);
    }
}

QString TrainingGuideWindow::headingAnchor(const QString& heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

QUrl TrainingGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/docs/training.md"));
}

} // namespace ccri
