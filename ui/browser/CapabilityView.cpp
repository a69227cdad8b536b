#include "ui/browser/CapabilityView.h"

#include "app/fhir/CapabilitySummary.h"
#include "app/fhir/FhirClient.h"
#include "ui/main/DeferredWhileHidden.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

namespace ccri {

CapabilityView::CapabilityView(fhir::FhirClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_filling(new DeferredWhileHidden(this, [this] {
        if (m_summary)
            fill(*m_summary);
    }))
{
    setObjectName(QStringLiteral("capabilityView"));
    m_headline = new QLabel(tr("Load the server's CapabilityStatement to see what it offers."), this);
    m_headline->setObjectName(QStringLiteral("capabilityHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_load = new QPushButton(tr("Load"), this);
    m_load->setObjectName(QStringLiteral("loadCapability"));
    connect(m_load, &QPushButton::clicked, this, &CapabilityView::load);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("capabilityTree"));
    m_tree->setAccessibleName(tr("Server capabilities"));
    m_tree->setHeaderLabels({tr("Item"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_load, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
}

QString CapabilityView::headline() const
{
    m_filling->ensure();
    return m_headline->text();
}

QTreeWidget* CapabilityView::tree() const
{
    m_filling->ensure();
    return m_tree;
}

void CapabilityView::load()
{
    if (!m_client || m_reply) {
        return;
    }
    m_filling->ensure(); // a statement not yet shown would otherwise come over "Loading…"
    dropPrepared(); // the server's answer is newer
    ++m_reading; // a statement still being read is overtaken by the server's answer
    m_headline->setText(tr("Loading…"));
    m_reply = m_client->get(m_client->url(QStringLiteral("metadata")));
    connect(m_reply, &fhir::FhirReply::finished, this, [this] {
        const fhir::FhirResponse response = m_reply->response();
        m_reply = nullptr;
        if (!response.ok) {
            showLoadFailure(response.error);
            return;
        }
        read(response.body, [this](const QString& error) { showLoadFailure(error); });
    });
}

void CapabilityView::useStatement(const QByteArray& statement)
{
    if (statement.isEmpty()) {
        load();
        return;
    }
    read(statement, [this](const QString&) { load(); });
}

void CapabilityView::prepare(const QByteArray& statement)
{
    m_preparedStatement = statement;
    m_prepared = statement.isEmpty() ? QFuture<Read>() : readOffThread(statement);
}

void CapabilityView::dropPrepared()
{
    m_preparedStatement.clear();
    m_prepared = QFuture<Read>();
}

bool CapabilityView::hasPrepared() const
{
    return !m_preparedStatement.isEmpty() && m_prepared.isFinished();
}

QFuture<CapabilityView::Read> CapabilityView::readOffThread(const QByteArray& statement)
{
    // Off the GUI thread: a server's statement can be hundreds of kilobytes (every resource type with
    // its search parameters), and a sign-in hands it over while the tabs open.
    return QtConcurrent::run([statement] {
        Read result;
        result.first = fhir::CapabilitySummary::fromBytes(statement, &result.second);
        return result;
    });
}

void CapabilityView::read(const QByteArray& statement, const std::function<void(const QString&)>& failed)
{
    const quint64 reading = ++m_reading;
    // The prepared read serves these bytes only (the same document the session carries), and once.
    const bool prepared = !m_preparedStatement.isEmpty() && m_preparedStatement == statement;
    const QFuture<Read> future = prepared ? m_prepared : readOffThread(statement);
    dropPrepared();
    // At once only for the prepared read (the bytes the sign-in's discovery read long before): a fresh
    // read always answers through the watcher, so that a newer statement overtakes it however fast it
    // ends (one loaded() for the newest, as before).
    if (prepared && future.isFinished()) {
        adopt(future.result(), failed);
        return;
    }
    auto* watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, reading, failed] {
        watcher->deleteLater();
        if (reading != m_reading)
            return; // a newer statement, or load(), came meanwhile
        adopt(watcher->result(), failed);
    });
    watcher->setFuture(future);
}

void CapabilityView::adopt(Read result, const std::function<void(const QString&)>& failed)
{
    if (!result.first) {
        failed(result.second);
        return;
    }
    m_summary = std::move(result.first);
    // Hidden (the Capabilities dock is shut at the explorer's start, and a sign-in hands it the
    // statement): the tree is filled when the view is shown, or when asked (headline(), tree()).
    m_filling->request();
    emit loaded(true);
}

void CapabilityView::showLoadFailure(const QString& error)
{
    m_filling->ensure(); // the last statement stays in the tree, under the error
    m_summary.reset();
    m_headline->setText(error);
    emit loaded(false);
}

void CapabilityView::fill(const fhir::CapabilitySummary& summary)
{
    m_tree->clear();
    const QString release = summary.release();
    m_headline->setText(tr("FHIR %1%2 — %3")
                            .arg(summary.fhirVersion(),
                                 release.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(release),
                                 summary.software().isEmpty() ? tr("software not named") : summary.software()));
    auto* security
        = new QTreeWidgetItem(m_tree, {tr("Security"), summary.securityServices().join(QStringLiteral(", "))});
    if (!summary.securityDescription().isEmpty()) {
        new QTreeWidgetItem(security, {tr("Description"), summary.securityDescription()});
    }
    for (auto it = summary.oauthUris().cbegin(); it != summary.oauthUris().cend(); ++it) {
        new QTreeWidgetItem(security, {it.key(), it.value()});
    }
    if (summary.oauthUris().isEmpty()) {
        new QTreeWidgetItem(security, {tr("OAuth URIs"), tr("none advertised")});
    }
    security->setExpanded(true);
    new QTreeWidgetItem(m_tree, {tr("Formats"), summary.formats().join(QStringLiteral(", "))});
    auto* types = new QTreeWidgetItem(m_tree, {tr("Resource types"), QString::number(summary.resources().size())});
    for (const auto& resource : summary.resources()) {
        auto* item = new QTreeWidgetItem(types, {resource.type, resource.interactions.join(QStringLiteral(", "))});
        if (!resource.searchParams.isEmpty()) {
            new QTreeWidgetItem(item, {tr("Search parameters"), resource.searchParams.join(QStringLiteral(", "))});
        }
    }
    types->setExpanded(true);
}

} // namespace ccri
