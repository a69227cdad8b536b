#include "TrainingGuideWindow.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 760);
}

QUrl TrainingGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/docs/training.md"));
}

} // namespace ccri
