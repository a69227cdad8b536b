// The translations are complete: every tr() string of app/ and ui/ is in both .ts files (lupdate
// is run here on the current sources with the build's own options and must find nothing new and
// nothing gone), every Welsh message is finished, keeps its placeholders, accelerator and markup,
// and the embedded .qm files load and translate.
#include "tests/desktop/TsFile.h"
#include "tests/support/TestPaths.h"
#include "TranslationBuild.h"
#include "ui/desktop/QtStandardStrings.h"
#include "ui/desktop/TranslationLoader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using ccri::TranslationLoader;
using ccri::test::TsFile;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sourcesAndTranslationFilesAgree_data();
    void sourcesAndTranslationFilesAgree();
    void welshIsFinished();
    void welshKeepsPlaceholdersAcceleratorsAndMarkup();
    void englishPluralsAreWritten();
    void embeddedTranslationsLoad();
    void everyContextTheCodeAsksForExists();
    void qtsOwnButtonsAreWelshToo();
    void languageFollowsTheSystemUnlessChosen_data();
    void languageFollowsTheSystemUnlessChosen();

private:
    static TsFile read(const QString& path);
    bool run(const QString& program, const QStringList& arguments);

    QTemporaryDir m_scratch;
    TsFile m_english;
    TsFile m_welsh;
    TsFile m_freshEnglish;
    TsFile m_freshWelsh;
};

TsFile TestTranslations::read(const QString& path)
{
    QString error;
    TsFile ts = TsFile::read(path, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return ts;
}

bool TestTranslations::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s %s failed:\n%s", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAll().constData());
        return false;
    }
    return true;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    const QStringList tsFiles = QStringLiteral(CCRI_TS_FILES).split(QLatin1Char('|'));
    QCOMPARE(tsFiles.size(), 2);
    m_english = read(tsFiles.at(0));
    m_welsh = read(tsFiles.at(1));
    QCOMPARE(m_english.language(), QStringLiteral("en_GB"));
    QCOMPARE(m_welsh.language(), QStringLiteral("cy_GB"));

    // The lupdate project of the build (its sources and include paths), pointed at copies of the .ts files.
    const QString json = m_scratch.filePath(QStringLiteral("project.json"));
    QVERIFY(run(QStringLiteral(CCRI_CMAKE_COMMAND),
                {QStringLiteral("-DIN_FILE=" CCRI_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + json,
                 QStringLiteral("-P"), QStringLiteral(CCRI_LUPDATE_PROJECT_SCRIPT)}));
    QFile projectFile(json);
    QVERIFY(projectFile.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(projectFile.readAll()).object();
    projectFile.close();
    QVERIFY2(project.value(QLatin1String("sources")).toArray().size() > 10, "the project lists no sources");
    QJsonArray copies;
    for (const QString& ts : tsFiles) {
        const QString copy = m_scratch.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        copies.append(copy);
    }
    project.insert(QLatin1String("translations"), copies);
    QVERIFY(projectFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    projectFile.write(QJsonDocument(project).toJson());
    projectFile.close();

    QStringList arguments = {QStringLiteral("-project"), json};
    arguments += QStringLiteral(CCRI_LUPDATE_OPTIONS).split(QLatin1Char('|'));
    QVERIFY(run(QStringLiteral(CCRI_LUPDATE), arguments));
    m_freshEnglish = read(copies.at(0).toString());
    m_freshWelsh = read(copies.at(1).toString());
    QVERIFY(m_freshWelsh.messages().size() > 100);
}

void TestTranslations::sourcesAndTranslationFilesAgree_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("cy") << QStringLiteral("cy");
}

void TestTranslations::sourcesAndTranslationFilesAgree()
{
    QFETCH(QString, language);
    const TsFile& committed = language == QLatin1String("en") ? m_english : m_welsh;
    const TsFile& fresh = language == QLatin1String("en") ? m_freshEnglish : m_freshWelsh;
    const QStringList now = fresh.keys();
    const QStringList stored = committed.keys();
    QStringList problems;
    for (const QString& key : now) {
        if (!stored.contains(key))
            problems.append(QStringLiteral("in the code but not in the .ts: ") + key);
    }
    for (const QString& key : stored) {
        if (!now.contains(key))
            problems.append(QStringLiteral("in the .ts but no longer in the code: ") + key);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Run `cmake --build build --target ccri_ui_lupdate` and translate:\n")
                        + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::welshIsFinished()
{
    QStringList problems;
    for (const TsFile::Message& message : m_welsh.messages()) {
        if (!message.finished())
            problems.append(message.type + QStringLiteral(": ") + message.key());
        else if (message.forms.isEmpty() || message.forms.contains(QString()))
            problems.append(QStringLiteral("empty translation: ") + message.key());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

namespace {

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

int accelerators(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QStringList tags(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("</?(a|b|i|em|strong|p|br|h[1-6]|ul|ol|li|tt|code|pre|span|small|table|tr|td|th)\\b[^>]*>"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).section(QLatin1Char(' '), 0, 0));
    found.sort();
    return found;
}

} // namespace

void TestTranslations::welshKeepsPlaceholdersAcceleratorsAndMarkup()
{
    QStringList problems;
    for (const TsFile::Message& message : m_welsh.messages()) {
        const QStringList wanted = placeholders(message.source);
        for (const QString& form : message.forms) {
            QStringList have = placeholders(form);
            // A plural form may say the number in words ("un", "dau") instead of %n.
            if (message.numerus && !have.contains(QLatin1String("%n")) && wanted.contains(QLatin1String("%n")))
                have.append(QStringLiteral("%n")), have.sort();
            if (have != wanted)
                problems.append(
                    QStringLiteral("placeholders %1 instead of %2: %3 → %4")
                        .arg(have.join(QLatin1Char(',')), wanted.join(QLatin1Char(',')), message.source, form));
            if (accelerators(form) != accelerators(message.source))
                problems.append(QStringLiteral("accelerator (&) lost or added: %1 → %2").arg(message.source, form));
            if (tags(form) != tags(message.source))
                problems.append(QStringLiteral("markup differs: %1 → %2").arg(message.source, form));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreWritten()
{
    QStringList problems;
    for (const TsFile::Message& message : m_english.messages()) {
        if (message.numerus && (!message.finished() || message.forms.size() != 2 || message.forms.contains(QString())))
            problems.append(message.key());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("English plural forms missing:\n") + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedTranslationsLoad()
{
    TranslationLoader loader;
    QString error;
    QVERIFY2(loader.install(qApp, QStringLiteral("cy"), &error), qPrintable(error));
    QCOMPARE(loader.installedLanguage(), QStringLiteral("cy"));
    QCOMPARE(QCoreApplication::translate("ccri::MainWindow", "&File"), QStringLiteral("&Ffeil"));
    QCOMPARE(QCoreApplication::translate("ccri::WelcomeDialog", "Welcome to CareConnect Explorer"),
             QStringLiteral("Croeso i CareConnect Explorer"));
    // Every Welsh message made it into the .qm.
    int different = 0;
    for (const TsFile::Message& message : m_welsh.messages()) {
        if (!message.numerus && message.forms.value(0) != message.source) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(),
                                                 message.comment.isEmpty() ? nullptr : comment.constData()),
                     message.forms.value(0));
            ++different;
        }
    }
    QVERIFY(different > 100);
    // Plurals pick the Welsh forms.
    for (const TsFile::Message& message : m_welsh.messages()) {
        if (message.numerus) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QString two = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 2);
            QStringList expected = message.forms;
            expected.replaceInStrings(QStringLiteral("%n"), QStringLiteral("2"));
            QVERIFY2(expected.contains(two), qPrintable(two));
        }
    }

    QVERIFY(loader.install(qApp, QStringLiteral("en"), &error));
    QCOMPARE(QCoreApplication::translate("ccri::MainWindow", "&File"), QStringLiteral("&File"));
    QVERIFY(!loader.install(qApp, QStringLiteral("fr"), &error));
    QVERIFY(error.contains(QLatin1String("fr")));
    QCOMPARE(loader.installedLanguage(), QStringLiteral("en"));
}

// A helper such as translate("BundleReader", text) inside ccri::fhir::BundleReader finds nothing at run time if
// lupdate filed the message under "ccri::fhir::BundleReader": every literal context the code passes must exist.
void TestTranslations::everyContextTheCodeAsksForExists()
{
    QSet<QString> contexts;
    for (const TsFile::Message& message : m_welsh.messages())
        contexts.insert(message.context);
    static const QRegularExpression literal(
        QStringLiteral("translate\\(\\s*\"([A-Za-z_:]+)\"|Q_DECLARE_TR_FUNCTIONS\\(\\s*([A-Za-z_:]+)\\s*\\)"));
    QStringList problems;
    int calls = 0;
    for (const QString& root : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(ccri::test::TestPaths::source(root), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = literal.globalMatch(text); match.hasNext();) {
                const QRegularExpressionMatch found = match.next();
                const QString context = found.captured(1).isEmpty() ? found.captured(2) : found.captured(1);
                ++calls;
                if (!contexts.contains(context))
                    problems.append(QStringLiteral("%1 asks for the context \"%2\", which no message has")
                                        .arg(QFileInfo(file.fileName()).fileName(), context));
            }
        }
    }
    QVERIFY(calls > 5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::qtsOwnButtonsAreWelshToo()
{
    TranslationLoader loader;
    QVERIFY(loader.install(qApp, QStringLiteral("cy")));
    for (const ccri::QtStandardStrings::Entry& entry : ccri::QtStandardStrings::all())
        QVERIFY2(QCoreApplication::translate(entry.context, entry.source) != QLatin1String(entry.source), entry.source);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Diddymu"));
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Iawn"));
    QVERIFY(loader.install(qApp, QStringLiteral("en")));
}

void TestTranslations::languageFollowsTheSystemUnlessChosen_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Welsh system") << QString() << QStringLiteral("cy_GB") << QStringLiteral("cy");
    QTest::newRow("English system") << QString() << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("US English") << QString() << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("French system: English") << QString() << QStringLiteral("fr_FR") << QStringLiteral("en");
    QTest::newRow("chose English on Welsh") << QStringLiteral("en") << QStringLiteral("cy_GB") << QStringLiteral("en");
    QTest::newRow("chose Welsh on English") << QStringLiteral("cy") << QStringLiteral("en_GB") << QStringLiteral("cy");
    QTest::newRow("unknown choice") << QStringLiteral("xx") << QStringLiteral("cy_GB") << QStringLiteral("cy");
}

void TestTranslations::languageFollowsTheSystemUnlessChosen()
{
    QFETCH(QString, preference);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(TranslationLoader::resolve(preference, QLocale(system)), expected);
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
