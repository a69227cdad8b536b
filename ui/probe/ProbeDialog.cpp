#include "ui/probe/ProbeDialog.h"

#include "app/probe/ServerProbe.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccri {

namespace {
enum Column
{
    ResultColumn,
    RuleColumn,
    ObservedColumn,
    RemedyColumn
};
} // namespace

ProbeDialog::ProbeDialog(QNetworkAccessManager* network, QWidget* parent)
    : QDialog(parent)
    , m_probe(new probe::ServerProbe(network, this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_again(new QPushButton(tr("Check &again"), this))
    , m_saveHtml(new QPushButton(tr("Save as &HTML…"), this))
    , m_saveJson(new QPushButton(tr("Save as &JSON…"), this))
{
    setObjectName(QStringLiteral("probeDialog"));
    setWindowTitle(tr("Check this server"));
    resize(980, 560);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_findings->setObjectName(QStringLiteral("probeFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setHeaderLabels({tr("Result"), tr("Rule"), tr("What we saw"), tr("What to change")});
    m_findings->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_findings->setColumnWidth(RuleColumn, 300);
    m_findings->setColumnWidth(ObservedColumn, 330);
    m_saveHtml->setObjectName(QStringLiteral("probeSaveHtml"));
    m_saveJson->setObjectName(QStringLiteral("probeSaveJson"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveHtml, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveJson, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, [this] { check(m_profile); });
    connect(m_saveHtml, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_saveJson, &QPushButton::clicked, this, [this] { save(false); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_probe, &probe::ServerProbe::checkStarted, this,
            [this](const QString& title) { m_status->setText(tr("Checking: %1…").arg(title)); });
    connect(m_probe, &probe::ServerProbe::findingAdded, this, &ProbeDialog::addFinding);
    connect(m_probe, &probe::ServerProbe::finished, this, &ProbeDialog::onFinished);
}

void ProbeDialog::check(const auth::ServerProfile& profile)
{
    m_profile = profile;
    m_findings->clear();
    m_report = probe::ProbeReport();
    m_saveHtml->setEnabled(false);
    m_saveJson->setEnabled(false);
    m_again->setEnabled(false);
    m_heading->setText(profile.clientId.isEmpty()
                           ? tr("Checking %1 (no client id: the authorization request is not checked).")
                                 .arg(profile.fhirBase.toString())
                           : tr("Checking %1 with client id %2 and redirect URI %3.")
                                 .arg(profile.fhirBase.toString(), profile.clientId, profile.redirectUri.toString()));
    QString tlsError;
    const QSslConfiguration ssl = profile.sslConfiguration(&tlsError);
    if (!tlsError.isEmpty()) {
        m_status->setText(tlsError);
        m_again->setEnabled(true);
        return;
    }
    m_probe->setSslConfiguration(ssl);
    const bool withClient
        = !profile.clientId.isEmpty() && profile.signInMode != auth::ServerProfile::SignInMode::ClientCredentials;
    m_probe->start(profile.fhirBase, withClient ? profile.clientId : QString(), profile.redirectUri);
}

void ProbeDialog::addFinding(const probe::ProbeFinding& finding)
{
    auto* item = new QTreeWidgetItem(m_findings);
    item->setText(ResultColumn, finding.severityText());
    item->setText(RuleColumn, finding.rule);
    item->setText(ObservedColumn, finding.observed);
    item->setText(RemedyColumn, finding.remedy);
    item->setToolTip(RuleColumn, tr("%1 (%2)").arg(finding.source, finding.id));
    item->setData(ResultColumn, Qt::UserRole, finding.id);
    const QColor tint = finding.severity == probe::ProbeFinding::Severity::Pass ? QColor(0xe6, 0xf4, 0xe6)
        : finding.severity == probe::ProbeFinding::Severity::Warning            ? QColor(0xff, 0xf4, 0xd6)
                                                                                : QColor(0xfb, 0xe1, 0xe1);
    item->setBackground(ResultColumn, tint);
    item->setForeground(ResultColumn, QColor(Qt::black));
}

void ProbeDialog::onFinished(const probe::ProbeReport& report)
{
    m_report = report;
    m_status->setText(tr("Done: %1.").arg(report.summary()));
    m_saveHtml->setEnabled(true);
    m_saveJson->setEnabled(true);
    m_again->setEnabled(true);
    emit checked(report);
}

void ProbeDialog::save(bool html)
{
    // open(), not exec(): no nested event loop.
    auto* chooser = new QFileDialog(this, html ? tr("Save the report as HTML") : tr("Save the report as JSON"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilter(html ? tr("HTML pages (*.html)") : tr("JSON files (*.json)"));
    chooser->setDefaultSuffix(html ? QStringLiteral("html") : QStringLiteral("json"));
    chooser->selectFile(html ? QStringLiteral("server-check.html") : QStringLiteral("server-check.json"));
    connect(chooser, &QFileDialog::fileSelected, this, [this, html](const QString& path) {
        QFile file(path);
        const QByteArray bytes = html ? m_report.toHtml().toUtf8() : m_report.toJsonBytes();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            m_status->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
        else
            m_status->setText(tr("Saved %1.").arg(path));
    });
    chooser->open();
}

} // namespace ccri
