// Usage: BenchColdStart   — milliseconds from main() to the main window (with the resource browser)
// first exposed, and whether the WebEngine libraries are mapped by then (they are: ccri_ui links
// QtWebEngineWidgets; Chromium starts only with a sign-in window, see docs/performance.md).
#include "app/net/FixedAccessTokenProvider.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    const qint64 appMs = clock.elapsed();
    ccri::MainWindow window;
    ccri::net::FixedAccessTokenProvider tokens;
    ccri::ResourceBrowser browser(&window, &tokens);
    window.show();
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (window.windowHandle() && window.windowHandle()->isExposed()) {
            poll.stop();
            app.quit();
        }
    });
    poll.start();
    app.exec();
    const qint64 shownMs = clock.elapsed();
    QFile maps(QStringLiteral("/proc/self/maps"));
    const bool webEngine = maps.open(QIODevice::ReadOnly) && maps.readAll().contains("WebEngineCore");
    QTextStream(stdout) << "QApplication: " << appMs << " ms; first window exposed: " << shownMs
                        << " ms after main(); WebEngine loaded: " << (webEngine ? "yes" : "no") << "\n";
    return 0;
}
