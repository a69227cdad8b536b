// ccri-screenshots: takes the pictures of docs/training.md from the real explorer (see
// ScreenshotTour). scripts/screenshots runs it under a virtual display with a real keyring.
//   ccri-screenshots --out docs/screenshots [--variant scaled|high-contrast|welsh|faults]
#include "tests/screenshots/ScreenshotTour.h"
#include "ui/desktop/TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // as app/main.cpp, for QtWebEngine
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                 QStringLiteral("folder"), QStringLiteral("docs/screenshots"));
    const QCommandLineOption variant(
        QStringLiteral("variant"), QStringLiteral("scaled, high-contrast, welsh or faults: one picture of that kind."),
        QStringLiteral("variant"));
    parser.addOptions({out, variant});
    parser.process(app);

    ccri::TranslationLoader translations;
    translations.install(&app,
                         parser.value(variant) == QLatin1String("welsh") ? QStringLiteral("cy") : QStringLiteral("en"));
    QTemporaryDir scratch;
    ccri::test::ScreenshotTour tour(QDir(parser.value(out)), scratch.path());
    if (!tour.run(parser.value(variant))) {
        QTextStream(stderr) << "The screenshot tour stopped: " << tour.error() << Qt::endl;
        return 1;
    }
    return 0;
}
