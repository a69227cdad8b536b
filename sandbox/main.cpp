// ccri-sandbox: a local imitation of the CCRI secured FHIR endpoint (see docs/sandbox.md).
#include "sandbox/auth/DemoClientKey.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ccri-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCRI_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString error;
    bool helpShown = false;
    const auto options = ccri::sandbox::SandboxOptions::parse(QCoreApplication::arguments(), &error, &helpShown);
    if (!options) {
        (helpShown ? out : err) << error << Qt::endl;
        return helpShown ? 0 : 2;
    }

    if (!options->writeDemoKeyFile.isEmpty()) {
        if (!ccri::sandbox::DemoClientKey::write(options->writeDemoKeyFile, &error)) {
            err << QCoreApplication::translate("main", "ccri-sandbox could not write the demo key: %1").arg(error)
                << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate("main",
                                           "Wrote the private key of the demo client %1 to %2 (mode 0600). It is a "
                                           "demo key, the same in every copy of ccri-sandbox: never use it elsewhere.")
                   .arg(ccri::sandbox::DemoClientKey::clientId(), options->writeDemoKeyFile)
            << Qt::endl;
        return 0;
    }
    ccri::sandbox::SandboxServer server(*options);
    QObject::connect(&server, &ccri::sandbox::SandboxServer::requestLogged, &app,
                     [&out](const QString& line) { out << line << Qt::endl; });
    if (!server.start(&error)) {
        err << QCoreApplication::translate("main", "ccri-sandbox could not start: %1").arg(error) << Qt::endl;
        return 1;
    }
    for (const QString& warning : server.warnings())
        err << warning << Qt::endl;
    out << server.banner() << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("main",
                                       "Serving until stopped (Ctrl+C). Requests are logged below, one per line.")
        << Qt::endl;
    return app.exec();
}
