// First run, preferences, high contrast, the training guide and the app's identity on the desktop.
#include "tests/support/ScratchShell.h"
#include "tests/support/TestPaths.h"
#include "ui/desktop/ApplicationMenus.h"
#include "ui/desktop/DesktopIdentity.h"
#include "ui/desktop/HighContrastPalette.h"
#include "ui/desktop/PreferencesDialog.h"
#include "ui/desktop/TrainingGuideWindow.h"
#include "ui/desktop/UserPreferences.h"
#include "ui/desktop/WelcomeDialog.h"
#include "ui/main/AccessColours.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/ExplorerShell.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void welcomeOnFirstStartOnly_data();
    void welcomeOnFirstStartOnly();
    void preferencesAreSaved();
    void preferencesCancelledChangeNothing();
    void highContrastPaletteIsHighContrast();
    void trainingGuideRendersWithItsScreenshots();
    void helpAndFileMenusGetTheirEntries();
    void desktopIdentity();

private:
    QTemporaryDir* m_scratch = nullptr;
    QSettings* m_settings = nullptr;
    ccri::UserPreferences* m_preferences = nullptr;
};

void TestDesktopIntegration::init()
{
    m_scratch = new QTemporaryDir;
    QVERIFY(m_scratch->isValid());
    m_settings = new QSettings(m_scratch->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_preferences = new ccri::UserPreferences(m_settings);
}

void TestDesktopIntegration::cleanup()
{
    delete m_preferences;
    delete m_settings;
    delete m_scratch;
}

void TestDesktopIntegration::welcomeOnFirstStartOnly_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("expected");
    QTest::newRow("sandbox") << QStringLiteral("welcomeSandboxButton")
                             << int(ccri::WelcomeDialog::Choice::LocalSandbox);
    QTest::newRow("add server") << QStringLiteral("welcomeAddServerButton")
                                << int(ccri::WelcomeDialog::Choice::AddServer);
    QTest::newRow("not now") << QStringLiteral("welcomeLaterButton") << int(ccri::WelcomeDialog::Choice::Later);
    QTest::newRow("Escape") << QString() << int(ccri::WelcomeDialog::Choice::Later);
}

void TestDesktopIntegration::welcomeOnFirstStartOnly()
{
    QFETCH(QString, button);
    QFETCH(int, expected);
    QVERIFY(ccri::WelcomeDialog::wanted(*m_preferences));
    ccri::WelcomeDialog welcome(m_preferences);
    QSignalSpy chosen(&welcome, &ccri::WelcomeDialog::chosen);
    welcome.open();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QVERIFY(welcome.sandboxButton()->isDefault());
    if (button.isEmpty())
        QTest::keyClick(&welcome, Qt::Key_Escape);
    else
        QTest::mouseClick(welcome.findChild<QPushButton*>(button), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(int(chosen.at(0).at(0).value<ccri::WelcomeDialog::Choice>()), expected);
    QVERIFY(!welcome.isVisible());
    m_settings->sync();
    // Remembered across runs (a new QSettings on the same file).
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    QVERIFY(!ccri::WelcomeDialog::wanted(ccri::UserPreferences(&again)));
}

void TestDesktopIntegration::preferencesAreSaved()
{
    QVERIFY(m_preferences->language().isEmpty());
    ccri::PreferencesDialog dialog(m_preferences);
    QSignalSpy contrast(&dialog, &ccri::PreferencesDialog::highContrastChanged);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.languageBox()->currentIndex(), 0); // follows the system
    QCOMPARE(dialog.languageBox()->count(), 3);
    const int welsh = dialog.languageBox()->findData(QStringLiteral("cy"));
    QVERIFY(welsh > 0);
    QCOMPARE(dialog.languageBox()->itemText(welsh), QStringLiteral("Cymraeg"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNote"));
    QVERIFY(note && note->text().contains(QLatin1String("next time")));
    dialog.languageBox()->setCurrentIndex(welsh);
    dialog.highContrastBox()->setChecked(true);
    dialog.accept();
    QCOMPARE(m_preferences->language(), QStringLiteral("cy"));
    QVERIFY(m_preferences->highContrast());
    QCOMPARE(contrast.count(), 1);
    QCOMPARE(contrast.at(0).at(0).toBool(), true);

    ccri::PreferencesDialog reopened(m_preferences);
    QCOMPARE(reopened.languageBox()->currentData().toString(), QStringLiteral("cy"));
    QVERIFY(reopened.highContrastBox()->isChecked());
    reopened.languageBox()->setCurrentIndex(0);
    reopened.accept();
    QVERIFY(m_preferences->language().isEmpty());
    ccri::HighContrastPalette::apply(false);
}

void TestDesktopIntegration::preferencesCancelledChangeNothing()
{
    ccri::PreferencesDialog dialog(m_preferences);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.highContrastBox()->setChecked(true);
    dialog.reject();
    QVERIFY(m_preferences->language().isEmpty());
    QVERIFY(!m_preferences->highContrast());
}

void TestDesktopIntegration::highContrastPaletteIsHighContrast()
{
    const auto contrast = &ccri::AccessColours::contrastRatio;
    const QPalette p = ccri::HighContrastPalette::palette();
    // WCAG AAA: 7:1 for text; disabled text still 4.5:1.
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
    QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
    QVERIFY(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 7.0);
    QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 7.0);
    QVERIFY(contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= 7.0);
    QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Disabled, QPalette::Base)) >= 4.5);

    ccri::HighContrastPalette::apply(true);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QWidget widget;
    QCOMPARE(widget.palette().color(QPalette::WindowText), QColor(Qt::white));
    ccri::HighContrastPalette::apply(false);
    QVERIFY(QApplication::palette().color(QPalette::Window) != QColor(Qt::black));
}

void TestDesktopIntegration::trainingGuideRendersWithItsScreenshots()
{
    QFile source(ccri::test::TestPaths::source(QStringLiteral("docs/training.md")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(source.readAll());

    ccri::TrainingGuideWindow guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QTextDocument* document = guide.browser()->document();
    QVERIFY(!document->isEmpty());
    // The embedded copy is the file in docs/ (rebuilt when it changes).
    QFile embedded(QStringLiteral(":/docs/training.md"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(embedded.readAll()), markdown);
    // Rendered as Markdown, not shown as source: headings become headings, no "# " left.
    const QString text = document->toPlainText();
    QVERIFY(text.contains(QLatin1String("45")));
    QVERIFY(!text.contains(QLatin1String("\n# ")) && !text.startsWith(QLatin1String("# ")));
    int headings = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        headings += block.blockFormat().headingLevel() > 0 ? 1 : 0;
    QVERIFY(headings >= 5);
    // Every screenshot the guide shows is embedded and loads.
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)\\s]+)"));
    int images = 0;
    for (auto it = image.globalMatch(markdown); it.hasNext(); ++images) {
        const QString path = it.next().captured(1);
        const QUrl url = ccri::TrainingGuideWindow::guideUrl().resolved(QUrl(path));
        const QVariant loaded = guide.browser()->loadResource(QTextDocument::ImageResource, url);
        QVERIFY2(loaded.isValid() && !loaded.toByteArray().isEmpty(), qPrintable(url.toString()));
    }
    QVERIFY(images >= 1);
    // The contents' links lead to headings in the window too.
    QStringList anchors;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
            anchors += fragment.fragment().charFormat().anchorNames();
    }
    static const QRegularExpression link(QStringLiteral("\\]\\(#([^)]+)\\)"));
    int links = 0;
    for (auto it = link.globalMatch(markdown); it.hasNext(); ++links) {
        const QString target = it.next().captured(1);
        QVERIFY2(anchors.contains(target), qPrintable(target + QStringLiteral(" not among ") + anchors.join(' ')));
    }
    QVERIFY(links >= 8);
}

void TestDesktopIntegration::helpAndFileMenusGetTheirEntries()
{
    const auto shell = ccri::test::ScratchShell::build(
        m_scratch->filePath(QStringLiteral("shell.ini")),
        QStringLiteral("ccri-explorer-desktop-%1").arg(QCoreApplication::applicationPid()));
    ccri::MainWindow& window = *shell->window();
    ccri::ApplicationMenus& menus = *shell->menus();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QList<QAction*> help = window.helpMenu()->actions();
    auto* guideAction = window.findChild<QAction*>(QStringLiteral("trainingGuideAction"));
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(guideAction && about);
    QVERIFY(help.indexOf(guideAction) >= 0 && help.indexOf(guideAction) < help.indexOf(about));
    QCOMPARE(guideAction->shortcut(), QKeySequence(Qt::Key_F1));

    const QList<QAction*> file = window.fileMenu()->actions();
    auto* preferences = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(preferences && quit);
    QVERIFY(file.indexOf(preferences) >= 0 && file.indexOf(preferences) < file.indexOf(quit));

    // F1 opens the guide beside the window (not modal), once however often it is pressed.
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(menus.trainingGuide() && menus.trainingGuide()->isVisible());
    QVERIFY(!menus.trainingGuide()->isModal());
    auto* first = menus.trainingGuide();
    guideAction->trigger();
    QCOMPARE(menus.trainingGuide(), first);
    QCOMPARE(window.findChildren<ccri::TrainingGuideWindow*>().size(), 1);

    preferences->trigger();
    QTRY_VERIFY(menus.preferencesDialog() && menus.preferencesDialog()->isVisible());
    menus.preferencesDialog()->reject();
    QTRY_VERIFY(!menus.preferencesDialog()); // deleted on close
}

void TestDesktopIntegration::desktopIdentity()
{
    ccri::DesktopIdentity::apply();
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("uk.nhs.ccri.Explorer"));
    QVERIFY(ccri::DesktopIdentity::iconAvailable());
    const QIcon icon = QGuiApplication::windowIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
    QVERIFY(icon.availableSizes().contains(QSize(16, 16)));
}

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
