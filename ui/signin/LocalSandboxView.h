#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ccri {

class LocalSandboxLauncher;

// What the sandbox inside the app is and what reaches it, for a trainee with no terminal to watch:
// its addresses, demo accounts and clients (secrets only after "Show client secrets", which the
// client-credentials exercise needs), and its own one-line request log as requests arrive.
class LocalSandboxView : public QWidget
{
    Q_OBJECT

public:
    explicit LocalSandboxView(LocalSandboxLauncher* launcher, QWidget* parent = nullptr);

    QString summaryText() const;
    QString logText() const;

private:
    void showSummary();
    void appendLine(const QString& line);

    QPointer<LocalSandboxLauncher> m_launcher;
    QLabel* m_state = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPushButton* m_showSecrets = nullptr;
    QPlainTextEdit* m_log = nullptr;
};

} // namespace ccri
