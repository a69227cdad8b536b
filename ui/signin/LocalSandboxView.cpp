#include "ui/signin/LocalSandboxView.h"

#include "ui/signin/LocalSandboxLauncher.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccri {

LocalSandboxView::LocalSandboxView(LocalSandboxLauncher* launcher, QWidget* parent)
    : QWidget(parent)
    , m_launcher(launcher)
{
    setObjectName(QStringLiteral("localSandboxView"));
    // Both texts: read-only, fixed-width, unwrapped (the sandbox's own column layout).
    const auto fixedText = [this](const QString& name, const QString& accessibleName) {
        auto* text = new QPlainTextEdit(this);
        text->setObjectName(name);
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setAccessibleName(accessibleName);
        return text;
    };
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("localSandboxState"));
    m_state->setWordWrap(true);
    m_summary
        = fixedText(QStringLiteral("localSandboxSummary"), tr("Local sandbox: addresses, demo accounts and clients"));
    m_showSecrets = new QPushButton(tr("Show client secrets"), this);
    m_showSecrets->setObjectName(QStringLiteral("showSandboxSecrets"));
    m_showSecrets->setCheckable(true);
    m_showSecrets->setToolTip(tr("The secrets of the sandbox's confidential demo clients, for the client-credentials "
                                 "exercise. They change at every start."));
    auto* requests = new QLabel(tr("Requests the sandbox received:"), this);
    m_log = fixedText(QStringLiteral("localSandboxLog"), tr("Requests the sandbox received"));
    m_log->setMaximumBlockCount(1000);
    requests->setBuddy(m_log);
    auto* clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("clearSandboxLog"));
    connect(clear, &QPushButton::clicked, m_log, &QPlainTextEdit::clear);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showSecrets);
    buttons->addStretch(1);
    buttons->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_summary, 2);
    layout->addLayout(buttons);
    layout->addWidget(requests);
    layout->addWidget(m_log, 3);

    connect(m_showSecrets, &QPushButton::toggled, this, &LocalSandboxView::showSummary);
    if (m_launcher) {
        connect(m_launcher, &LocalSandboxLauncher::ready, this, &LocalSandboxView::showSummary);
        connect(m_launcher, &LocalSandboxLauncher::failed, this, &LocalSandboxView::showSummary);
        connect(m_launcher, &LocalSandboxLauncher::restarting, this, [this] {
            m_showSecrets->setChecked(false); // the new sandbox has new secrets: ask again
            showSummary();
        });
        connect(m_launcher, &LocalSandboxLauncher::requestLogged, this, &LocalSandboxView::appendLine);
    }
    showSummary();
}

QString LocalSandboxView::summaryText() const
{
    return m_summary->toPlainText();
}

QString LocalSandboxView::logText() const
{
    return m_log->toPlainText();
}

void LocalSandboxView::showSummary()
{
    const QString summary = m_launcher ? m_launcher->summary(m_showSecrets->isChecked()) : QString();
    m_showSecrets->setText(m_showSecrets->isChecked() ? tr("Hide client secrets") : tr("Show client secrets"));
    m_showSecrets->setEnabled(!summary.isEmpty());
    if (summary.isEmpty()) {
        m_state->setText(tr("The local sandbox is not running. It starts when you sign in with the "
                            "\"Local CCRI sandbox\" profile."));
        m_summary->clear();
        return;
    }
    m_state->setText(tr("The local sandbox runs inside this app, on this computer only."));
    m_summary->setPlainText(summary);
}

void LocalSandboxView::appendLine(const QString& line)
{
    m_log->appendPlainText(line);
}

} // namespace ccri
