#include "tests/support/WindowlessRun.h"

#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

namespace ccri::test {

WindowlessRun::Result WindowlessRun::explorer(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestPaths::executable(QStringLiteral("ccri-explorer")), arguments);
    if (!finished.wait(timeoutMs))
        qWarning("ccri-explorer did not finish: %s", qPrintable(process.errorString()));
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace ccri::test
