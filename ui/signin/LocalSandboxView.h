#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
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
    QString faultNotice() const; // what the trainer's faults part says (a refusal, the PKCE warning)

private:
    void showSummary();
    void appendLine(const QString& line);
    // The trainer's faults: a check box per fault (and its value), switched through the LocalSandbox.
    QWidget* makeFaultSwitches();
    void showFaults(const QString& faultsOn);
    void switchFault(const QString& name, bool on);
    // The sandbox's sentence for a fault (English, its one copy in sandbox/faults/Fault.cpp) in the
    // explorer's language: translations/ holds it in the context "Fault"; untranslated, as sent.
    static QString faultMeaning(const QString& sandboxMeaning);

    struct FaultRow
    {
        QCheckBox* box = nullptr;
        QLineEdit* value = nullptr; // nullptr: a plain switch
    };
    QHash<QString, FaultRow> m_faultRows;
    QLabel* m_faultNotice = nullptr;

    QPointer<LocalSandboxLauncher> m_launcher;
    QLabel* m_state = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPushButton* m_showSecrets = nullptr;
    QPlainTextEdit* m_log = nullptr;
};

} // namespace ccri
