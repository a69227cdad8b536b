#pragma once

#include "app/auth/ServerProfile.h"
#include "app/probe/ProbeReport.h"

#include <QDialog>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTreeWidget;

namespace ccri {

namespace probe {
class ServerProbe;
}

// Account → Check this server…: runs the conformance probe on the current profile's server (its
// client id, redirect URI and TLS trust), over the explorer's network manager (so every request is
// in the request log), lists each finding as it comes (result, rule, what was seen, what to change;
// the source in the tooltip) and saves the report as HTML or JSON.
class ProbeDialog : public QDialog
{
    Q_OBJECT
public:
    ProbeDialog(QNetworkAccessManager* network, QWidget* parent = nullptr);

    void check(const auth::ServerProfile& profile);
    const probe::ProbeReport& report() const { return m_report; }

signals:
    void checked(const ccri::probe::ProbeReport& report);

private:
    void addFinding(const probe::ProbeFinding& finding);
    void onFinished(const probe::ProbeReport& report);
    void save(bool html);

    probe::ServerProbe* m_probe;
    QLabel* m_heading;
    QLabel* m_status;
    QTreeWidget* m_findings;
    QPushButton* m_again;
    QPushButton* m_saveHtml;
    QPushButton* m_saveJson;
    auth::ServerProfile m_profile;
    probe::ProbeReport m_report;
};

} // namespace ccri
