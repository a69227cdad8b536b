#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ccri::test {

// A private HOME and XDG config/cache/data folder for one test process, set up before the
// QApplication exists, so that every file the app (and QtWebEngine) writes lands where the test
// can search it. filesContaining() lists the files that contain any of the given secrets.
class ScratchHome
{
public:
    ScratchHome();
    QString path() const { return m_dir.path(); }
    QString settingsFile() const;
    QStringList filesContaining(const QStringList& secrets) const;
    int fileCount() const;

private:
    QTemporaryDir m_dir;
};

} // namespace ccri::test
