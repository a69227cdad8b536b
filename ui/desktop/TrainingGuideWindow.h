#pragma once

#include <QDialog>

class QTextBrowser;

namespace ccri {

// Help → Training guide: docs/training.md (embedded at :/docs) rendered as Markdown, with its
// screenshots. Links to other pages open in the system browser. A modeless window; Escape closes.
class TrainingGuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit TrainingGuideWindow(QWidget* parent = nullptr);

    static QUrl guideUrl();
    static QString headingAnchor(const QString& heading); // as GitHub names a heading's anchor
    QTextBrowser* browser() const { return m_browser; }

private:
    static constexpr int MaxImageWidth = 820;
    void fitImages(int maxWidth);
    void nameHeadings();

    QTextBrowser* m_browser = nullptr;
};

} // namespace ccri
