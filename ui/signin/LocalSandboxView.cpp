#include "ui/signin/LocalSandboxView.h"

#include "ui/signin/LocalSandboxLauncher.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    if (QWidget* faults = makeFaultSwitches())
        layout->addWidget(faults);
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

QString LocalSandboxView::faultNotice() const
{
    return m_faultNotice ? m_faultNotice->text() : QString();
}

QWidget* LocalSandboxView::makeFaultSwitches()
{
    LocalSandbox* sandbox = m_launcher ? m_launcher->sandbox() : nullptr;
    if (!sandbox || sandbox->faultSwitches().isEmpty())
        return nullptr;
    auto* group = new QGroupBox(tr("Trainer's faults"), this);
    group->setObjectName(QStringLiteral("sandboxFaults"));
    auto* grid = new QGridLayout(group);
    auto* intro = new QLabel(tr("Switch a fault on to show the class a failure: it acts at once on every request to "
                                "this sandbox, and the request log shows when it acts."),
                             group);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    int row = 1;
    for (const LocalSandbox::FaultSwitch& fault : sandbox->faultSwitches()) {
        const QString meaningText = faultMeaning(fault.meaning);
        FaultRow faultRow;
        faultRow.box = new QCheckBox(fault.name, group);
        faultRow.box->setObjectName(QStringLiteral("fault-") + fault.name);
        faultRow.box->setToolTip(meaningText);
        faultRow.box->setAccessibleDescription(meaningText);
        grid->addWidget(faultRow.box, row, 0);
        if (!fault.valueHint.isEmpty()) {
            faultRow.value = new QLineEdit(group);
            faultRow.value->setObjectName(QStringLiteral("faultValue-") + fault.name);
            faultRow.value->setPlaceholderText(fault.valueHint);
            faultRow.value->setAccessibleName(tr("Value of %1 (%2)").arg(fault.name, fault.valueHint));
            // Enter on a fault that is on changes its value.
            connect(faultRow.value, &QLineEdit::returnPressed, this, [this, name = fault.name] {
                if (m_faultRows.value(name).box->isChecked())
                    switchFault(name, true);
            });
            grid->addWidget(faultRow.value, row, 1);
        }
        auto* meaning = new QLabel(meaningText, group);
        meaning->setWordWrap(true);
        meaning->setBuddy(faultRow.box);
        grid->addWidget(meaning, row, 2);
        grid->setColumnStretch(2, 1);
        connect(faultRow.box, &QCheckBox::clicked, this,
                [this, name = fault.name](bool checked) { switchFault(name, checked); });
        m_faultRows.insert(fault.name, faultRow);
        ++row;
    }
    m_faultNotice = new QLabel(group);
    m_faultNotice->setObjectName(QStringLiteral("sandboxFaultNotice"));
    m_faultNotice->setWordWrap(true);
    grid->addWidget(m_faultNotice, row, 0, 1, 3);
    connect(sandbox, &LocalSandbox::faultsChanged, this, &LocalSandboxView::showFaults);
    connect(sandbox, &LocalSandbox::faultRefused, this, [this, sandbox](const QString& message) {
        showFaults(sandbox->faultsOn());
        m_faultNotice->setText(message);
    });
    showFaults(sandbox->faultsOn());
    return group;
}

QString LocalSandboxView::faultMeaning(const QString& sandboxMeaning)
{
    // The context Fault.cpp marks its sentences with (QT_TRANSLATE_NOOP("Fault", ...)).
    return QCoreApplication::translate("Fault", sandboxMeaning.toUtf8().constData());
}

void LocalSandboxView::switchFault(const QString& name, bool on)
{
    LocalSandbox* sandbox = m_launcher ? m_launcher->sandbox() : nullptr;
    const FaultRow row = m_faultRows.value(name);
    if (!sandbox || !row.box)
        return;
    QString value = row.value ? row.value->text().trimmed() : QString();
    // A fault with one literal value (pkce=lenient) needs no typing; MS, SECONDS and choices do.
    const QString hint = row.value ? row.value->placeholderText() : QString();
    if (value.isEmpty() && !hint.contains(QLatin1Char('|')) && hint == hint.toLower())
        value = hint;
    row.box->setEnabled(false); // until the sandbox answers
    sandbox->switchFault(name, value, on);
}

void LocalSandboxView::showFaults(const QString& faultsOn)
{
    QHash<QString, QString> on; // name -> value
    for (const QString& spec : faultsOn.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        on.insert(eq < 0 ? spec : spec.left(eq), eq < 0 ? QString() : spec.mid(eq + 1));
    }
    for (auto it = m_faultRows.cbegin(); it != m_faultRows.cend(); ++it) {
        const QSignalBlocker blocker(it->box);
        it->box->setEnabled(true);
        it->box->setChecked(on.contains(it.key()));
        if (it->value && on.contains(it.key()))
            it->value->setText(on.value(it.key()));
    }
    // pkce=lenient is said loudly, as the sandbox's banner and login page do.
    m_faultNotice->setText(
        on.contains(QStringLiteral("pkce"))
            ? tr("Warning: the local sandbox is LENIENT about PKCE. It accepts the plain method and a missing "
                 "code_verifier, so a stolen authorization code can be redeemed by anyone. For a training "
                 "demonstration only.")
            : QString());
}

} // namespace ccri
