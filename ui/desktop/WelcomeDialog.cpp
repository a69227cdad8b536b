#include "ui/desktop/WelcomeDialog.h"

#include "ui/desktop/UserPreferences.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccri {

WelcomeDialog::WelcomeDialog(UserPreferences* preferences, QWidget* parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_sandbox(new QPushButton(tr("Start the &local sandbox"), this))
    , m_addServer(new QPushButton(tr("&Add a server…"), this))
    , m_later(new QPushButton(tr("&Not now"), this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to CareConnect Explorer"));

    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Welcome to CareConnect Explorer")), this);
    auto* about = new QLabel(tr("Sign in to a SMART-on-FHIR secured FHIR server, such as the NHS Care Connect "
                                "Reference Implementation, browse the records your scopes allow, and see why "
                                "the rest stay shut."),
                             this);
    auto* sandbox
        = new QLabel(tr("<b>New to it?</b> Start the local sandbox: a practice server on this computer "
                        "with made-up patients and demo accounts (clinician, reception, pharmacist, gp, "
                        "physio and limited, each with the password “password”). Nothing leaves this computer."),
                     this);
    auto* server = new QLabel(tr("<b>Have a server to use?</b> Add it with its address; the explorer finds its "
                                 "sign-in page for you."),
                              this);
    auto* guide = new QLabel(tr("Help → Training guide (F1) walks you through a first session."), this);
    for (QLabel* label : {about, sandbox, server, guide})
        label->setWordWrap(true);

    m_sandbox->setObjectName(QStringLiteral("welcomeSandboxButton"));
    m_addServer->setObjectName(QStringLiteral("welcomeAddServerButton"));
    m_later->setObjectName(QStringLiteral("welcomeLaterButton"));
    m_sandbox->setDefault(true);
    connect(m_sandbox, &QPushButton::clicked, this, [this] { choose(Choice::LocalSandbox); });
    connect(m_addServer, &QPushButton::clicked, this, [this] { choose(Choice::AddServer); });
    connect(m_later, &QPushButton::clicked, this, [this] { choose(Choice::Later); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sandbox);
    buttons->addWidget(m_addServer);
    buttons->addStretch(1);
    buttons->addWidget(m_later);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addSpacing(8);
    layout->addWidget(sandbox);
    layout->addWidget(server);
    layout->addSpacing(8);
    layout->addWidget(guide);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(560);
}

bool WelcomeDialog::wanted(const UserPreferences& preferences)
{
    return !preferences.welcomeSeen();
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void WelcomeDialog::done(int result)
{
    m_preferences->setWelcomeSeen(true);
    QDialog::done(result);
    emit chosen(result == QDialog::Accepted ? m_choice : Choice::Later);
}

} // namespace ccri
