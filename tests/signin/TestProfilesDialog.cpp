// Server profiles: built-ins, QSettings round trip without secrets, and the dialog's add / edit /
// duplicate / remove, presets and picker, with a confidential client's secret going to the real
// keyring and never to the settings file.
#include "app/auth/BuiltinProfiles.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/ScopePresets.h"
#include "app/auth/TokenStore.h"
#include "tests/signin/ScratchHome.h"
#include "tests/signin/SignInTestSupport.h"
#include "ui/signin/ProfilesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace ccri;
using ccri::test::SignInTestSupport;

class TestProfilesDialog : public QObject
{
    Q_OBJECT
public:
    explicit TestProfilesDialog(test::ScratchHome* home)
        : m_home(home)
    {
    }

private slots:
    void builtinProfiles();
    void defaultScopesFollowThePolicy();
    void storeRoundTripsAndFindsByServer();
    void dialogAddsEditsDuplicatesAndRemoves();
    void duplicateOfTheLocalSandboxStaysAnInProcessSandbox();
    void duplicateOfTheR4SandboxKeepsItsRelease();
    void redirectTheEmbeddedBrowserCannotCatchIsRefused();
    void newPolicyForTheLocalSandboxIsExplained();
    void secretGoesToTheKeychainOnly();
    void cleanupTestCase();

private:
    QString settings() const { return m_home->path() + QStringLiteral("/config/profiles.ini"); }
    template<typename T> T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    test::ScratchHome* m_home;
    QStringList m_keys;
};

void TestProfilesDialog::builtinProfiles()
{
    const auth::ServerProfile sandbox = auth::BuiltinProfiles::localSandbox(QUrl("http://127.0.0.1:5555/fhir/STU3"));
    QCOMPARE(sandbox.displayName, QStringLiteral("Local CCRI sandbox"));
    QVERIFY(sandbox.inProcessSandbox);
    QCOMPARE(sandbox.clientId, QStringLiteral("ccri-explorer"));
    QCOMPARE(sandbox.fhirBase, QUrl("http://127.0.0.1:5555/fhir/STU3"));
    QVERIFY(sandbox.isValid());
    const auth::ServerProfile historical = auth::BuiltinProfiles::historicalCcri();
    QCOMPARE(historical.displayName, QStringLiteral("CCRI secured endpoint (historical)"));
    QCOMPARE(historical.fhirBase, QUrl("https://data.developer.nhs.uk/ccri-smartonfhir/STU3"));
    QVERIFY(historical.isValid());
}

void TestProfilesDialog::defaultScopesFollowThePolicy()
{
    QCOMPARE(auth::ServerProfile::defaultScopes(QStringLiteral("ccri")),
             QStringLiteral("user/Patient.read user/Observation.read user/Encounter.read user/Condition.read "
                            "user/AllergyIntolerance.read user/MedicationPrescription.read "
                            "user/MedicationStatement.read user/Immunization.read user/DocumentReference.read "
                            "user/Binary.read openid fhirUser profile offline_access"));
    QVERIFY(auth::ServerProfile::defaultScopes(QStringLiteral("smart")).contains(QLatin1String("Procedure.")));
    QVERIFY(auth::ScopePresets::forRole(QStringLiteral("reception")).startsWith(QLatin1String("user/Patient.read")));
    QVERIFY(auth::ScopePresets::pickable(QStringLiteral("ccri")).contains(QStringLiteral("launch/patient")));
}

void TestProfilesDialog::storeRoundTripsAndFindsByServer()
{
    QSettings storeFile(settings(), QSettings::IniFormat);
    auth::ProfileStore store(&storeFile);
    QCOMPARE(store.profiles().size(), auth::BuiltinProfiles::all().size());
    auth::ServerProfile profile;
    profile.id = QStringLiteral("round-trip");
    profile.displayName = QStringLiteral("Teaching server");
    profile.fhirBase = QUrl("https://teach.example/fhir/R4");
    profile.clientId = QStringLiteral("class-app");
    profile.clientType = auth::ServerProfile::ClientType::Confidential;
    profile.scopes = QStringLiteral("patient/*.rs openid");
    profile.policy = QStringLiteral("smart");
    profile.pkceMode = auth::ServerProfile::PkceMode::Off;
    profile.redirectUri = QUrl("http://127.0.0.1/callback");
    profile.signInMode = auth::ServerProfile::SignInMode::SystemBrowser;
    profile.trustedCaFile = QStringLiteral("/etc/teach-ca.pem");
    store.save(profile);
    store.sync();

    QSettings againFile(settings(), QSettings::IniFormat);
    auth::ProfileStore again(&againFile);
    const auto back = again.profile(QStringLiteral("round-trip"));
    QVERIFY(back);
    // Every field written comes back.
    const auto fields = [](const auth::ServerProfile& p) {
        return QVariantList {p.displayName,   p.fhirBase,        int(p.clientType), p.scopes,       p.policy,
                             int(p.pkceMode), int(p.signInMode), p.redirectUri,     p.trustedCaFile};
    };
    QCOMPARE(fields(*back), fields(profile));
    QVERIFY(again.findByServer(QUrl("https://teach.example/fhir/R4/"), QStringLiteral("class-app")));
    QVERIFY(!again.findByServer(QUrl("https://teach.example/fhir/R4"), QStringLiteral("other-app")));
    QString error;
    QVERIFY(!again.remove(auth::BuiltinProfiles::localSandboxId(), &error));
    QVERIFY(error.contains(QLatin1String("Built-in")));
    QVERIFY(again.remove(QStringLiteral("round-trip")));
    QVERIFY(!again.profile(QStringLiteral("round-trip")));
}

void TestProfilesDialog::dialogAddsEditsDuplicatesAndRemoves()
{
    QSettings storeFile(settings(), QSettings::IniFormat);
    auth::ProfileStore store(&storeFile);
    auth::TokenStore tokens(SignInTestSupport::keychainService());
    ProfilesDialog dialog(&store, &tokens);
    dialog.show();
    auto* list = child<QListWidget>(&dialog, "profileList");
    const int builtins = int(auth::BuiltinProfiles::all().size()); // the local sandbox (STU3, R4), the CCRI
    QCOMPARE(list->count(), builtins);
    QVERIFY(!child<QPushButton>(&dialog, "profileRemove")->isEnabled()); // a built-in

    QTest::mouseClick(child<QPushButton>(&dialog, "profileAdd"), Qt::LeftButton);
    QCOMPARE(list->count(), builtins + 1);
    auto* name = child<QLineEdit>(&dialog, "profileName");
    auto* base = child<QLineEdit>(&dialog, "profileFhirBase");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Ward server"));
    base->clear();
    QTest::keyClicks(base, QStringLiteral("https://ward.example/fhir/STU3"));
    // A preset for the reception role, then one more scope from the picker.
    auto* preset = child<QComboBox>(&dialog, "profilePreset");
    preset->setCurrentIndex(preset->findText(QStringLiteral("reception")));
    emit preset->activated(preset->currentIndex());
    auto* picker = child<QComboBox>(&dialog, "profileScopePicker");
    const int launch = picker->findText(QStringLiteral("launch/patient"));
    QVERIFY(launch > 0);
    emit picker->activated(launch);
    QCOMPARE(child<QPlainTextEdit>(&dialog, "profileScopes")->toPlainText(),
             auth::ScopePresets::forRole(QStringLiteral("reception")) + QStringLiteral(" launch/patient"));
    QString error;
    QVERIFY2(dialog.saveCurrent(&error), qPrintable(error));
    const QString id = dialog.currentId();
    QCOMPARE(store.profile(id)->displayName, QStringLiteral("Ward server"));
    QVERIFY(store.profile(id)->scopes.endsWith(QLatin1String("launch/patient")));

    // A bad URL is refused in words.
    base->clear();
    QTest::keyClicks(base, QStringLiteral("ward.example"));
    QVERIFY(!dialog.saveCurrent(&error));
    QVERIFY(error.contains(QLatin1String("http:// or https://")));
    base->setText(QStringLiteral("https://ward.example/fhir/STU3"));

    QTest::mouseClick(child<QPushButton>(&dialog, "profileDuplicate"), Qt::LeftButton);
    QCOMPARE(list->count(), builtins + 2);
    QCOMPARE(name->text(), QStringLiteral("Ward server (copy)"));
    QVERIFY(dialog.currentId() != id);
    QVERIFY(child<QPushButton>(&dialog, "profileRemove")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, "profileRemove"), Qt::LeftButton);
    QCOMPARE(list->count(), builtins + 1);

    QSignalSpy chosen(&dialog, &ProfilesDialog::profileChosen);
    dialog.selectProfile(id);
    QTest::mouseClick(child<QPushButton>(&dialog, "profileUse"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), id);
}

void TestProfilesDialog::duplicateOfTheLocalSandboxStaysAnInProcessSandbox()
{
    // The built-in can't be removed; its copy is another way into the same in-process sandbox,
    // with its own policy and scopes, and reads back as one (no empty FHIR base).
    QSettings storeFile(settings(), QSettings::IniFormat);
    auth::ProfileStore store(&storeFile);
    auth::TokenStore tokens(SignInTestSupport::keychainService());
    ProfilesDialog dialog(&store, &tokens);
    dialog.show();
    dialog.selectProfile(auth::BuiltinProfiles::localSandboxId());
    QTest::mouseClick(child<QPushButton>(&dialog, "profileDuplicate"), Qt::LeftButton);
    const QString id = dialog.currentId();
    QVERIFY(id != auth::BuiltinProfiles::localSandboxId());
    QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("Local CCRI sandbox (copy)"));
    QVERIFY(child<QLineEdit>(&dialog, "profileFhirBase")->isReadOnly());
    QVERIFY(child<QPushButton>(&dialog, "profileRemove")->isEnabled());
    auto* policy = child<QComboBox>(&dialog, "profilePolicy");
    policy->setCurrentText(QStringLiteral("smart"));
    QString error;
    QVERIFY2(dialog.saveCurrent(&error), qPrintable(error));

    QSettings againFile(settings(), QSettings::IniFormat);
    auth::ProfileStore again(&againFile);
    const auto copy = again.profile(id);
    QVERIFY(copy);
    QVERIFY(copy->inProcessSandbox);
    QVERIFY(!copy->builtin);
    QCOMPARE(copy->fhirBase, auth::BuiltinProfiles::localSandbox().fhirBase);
    QVERIFY2(copy->isValid(&error), qPrintable(error));
    QCOMPARE(copy->policy, QStringLiteral("smart"));
    QCOMPARE(copy->clientId, QStringLiteral("ccri-explorer"));
    QVERIFY(!copy->keepsSessions());
    QVERIFY(!again.findByServer(copy->fhirBase, copy->clientId)); // never taken for a --server profile
    QCOMPARE(again.profile(auth::BuiltinProfiles::localSandboxId())->policy, QStringLiteral("ccri"));
    // A normal profile stays one.
    auth::ServerProfile normal = again.duplicate(auth::BuiltinProfiles::historicalCcri());
    again.save(normal);
    again.sync();
    QSettings reread(settings(), QSettings::IniFormat);
    QVERIFY(!auth::ProfileStore(&reread).profile(normal.id)->inProcessSandbox);
    QVERIFY(again.remove(id));
    QVERIFY(again.remove(normal.id));
}

void TestProfilesDialog::duplicateOfTheR4SandboxKeepsItsRelease()
{
    // Server profiles → Duplicate (ProfilesDialog::duplicateProfile: ProfileStore::duplicate, then save) of
    // "Local UK Core sandbox (R4)", as it is while the sandbox runs: a copy on the R4 base, read back as one
    // (the STU3 twin is duplicateOfTheLocalSandboxStaysAnInProcessSandbox).
    const QUrl running(QStringLiteral("http://127.0.0.1:4321/fhir/STU3"));
    const auth::ServerProfile r4 = auth::BuiltinProfiles::localSandboxR4(
        auth::BuiltinProfiles::inProcessBase(auth::BuiltinProfiles::localSandboxR4(), running));
    QCOMPARE(r4.fhirBase, QUrl(QStringLiteral("http://127.0.0.1:4321/fhir/R4")));
    QString id;
    {
        QSettings file(settings(), QSettings::IniFormat);
        auth::ProfileStore store(&file);
        const auth::ServerProfile copy = store.duplicate(r4);
        QCOMPARE(copy.fhirBase, auth::BuiltinProfiles::localSandboxR4().fhirBase);
        store.save(copy);
        store.sync();
        id = copy.id;
    }
    QSettings file(settings(), QSettings::IniFormat);
    auth::ProfileStore store(&file);
    const std::optional<auth::ServerProfile> saved = store.profile(id);
    QVERIFY(saved);
    QVERIFY(saved->inProcessSandbox);
    QCOMPARE(saved->fhirBase, auth::BuiltinProfiles::localSandboxR4().fhirBase);
    QCOMPARE(saved->policy, QStringLiteral("smart"));
    QCOMPARE(auth::BuiltinProfiles::inProcessBase(*saved, running), r4.fhirBase);
    QCOMPARE(store.duplicate(*saved).fhirBase, auth::BuiltinProfiles::localSandboxR4().fhirBase); // a copy of the copy
    QVERIFY(store.remove(saved->id));
}

void TestProfilesDialog::redirectTheEmbeddedBrowserCannotCatchIsRefused()
{
    QSettings storeFile(settings(), QSettings::IniFormat);
    auth::ProfileStore store(&storeFile);
    auth::TokenStore tokens(SignInTestSupport::keychainService());
    ProfilesDialog dialog(&store, &tokens);
    dialog.show();
    dialog.selectProfile(auth::BuiltinProfiles::localSandboxId());
    auto* redirect = child<QLineEdit>(&dialog, "profileRedirectUri");
    auto* status = child<QLabel>(&dialog, "profileStatus");
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    redirect->setText(QStringLiteral("uk.nhs.ccri.explorer:/callback"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(status->text().startsWith(
                 QStringLiteral("The embedded browser can't catch a redirect to “uk.nhs.ccri.explorer:/callback”")),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("http://127.0.0.1/callback")));
    QCOMPARE(store.profile(auth::BuiltinProfiles::localSandboxId())->redirectUri,
             QUrl(QStringLiteral("http://127.0.0.1/callback"))); // nothing saved
    // "Use this profile" refuses it too.
    QSignalSpy chosen(&dialog, &ProfilesDialog::profileChosen);
    QTest::mouseClick(child<QPushButton>(&dialog, "profileUse"), Qt::LeftButton);
    QVERIFY(chosen.isEmpty());
    QVERIFY(status->text().contains(QLatin1String("can't catch")));

    // Loopback forms are kept.
    for (const QString& uri : {QStringLiteral("http://127.0.0.1:8765/callback"), QStringLiteral("http://localhost/cb"),
                               QStringLiteral("http://127.0.0.1/callback")}) {
        redirect->setText(uri);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(status->text(), QStringLiteral("Saved."));
        QCOMPARE(store.profile(auth::BuiltinProfiles::localSandboxId())->redirectUri, QUrl(uri));
    }
    // The system browser's listener uses its own loopback address: only the path counts there.
    auth::ServerProfile system = auth::BuiltinProfiles::localSandbox();
    system.signInMode = auth::ServerProfile::SignInMode::SystemBrowser;
    system.redirectUri = QUrl(QStringLiteral("uk.nhs.ccri.explorer:/callback"));
    QVERIFY(system.isValid());
}

void TestProfilesDialog::newPolicyForTheLocalSandboxIsExplained()
{
    // The running in-process sandbox enforces the policy it started with: saying so on Save.
    QSettings storeFile(settings(), QSettings::IniFormat);
    auth::ProfileStore store(&storeFile);
    auth::TokenStore tokens(SignInTestSupport::keychainService());
    ProfilesDialog dialog(&store, &tokens);
    dialog.show();
    dialog.selectProfile(auth::BuiltinProfiles::localSandboxId());
    auto* status = child<QLabel>(&dialog, "profileStatus");
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    child<QComboBox>(&dialog, "profilePolicy")->setCurrentText(QStringLiteral("smart"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(status->text(),
             QStringLiteral("Saved. The local sandbox takes the new policy at the next sign-in: it "
                            "restarts then, and a session with it ends."));
    QCOMPARE(store.profile(auth::BuiltinProfiles::localSandboxId())->policy, QStringLiteral("smart"));
    QTest::mouseClick(save, Qt::LeftButton); // unchanged: nothing to explain
    QCOMPARE(status->text(), QStringLiteral("Saved."));
    child<QComboBox>(&dialog, "profilePolicy")->setCurrentText(QStringLiteral("ccri"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(store.profile(auth::BuiltinProfiles::localSandboxId())->policy, QStringLiteral("ccri"));
}

void TestProfilesDialog::secretGoesToTheKeychainOnly()
{
    QSettings storeFile(settings(), QSettings::IniFormat);
    auth::ProfileStore store(&storeFile);
    auth::TokenStore tokens(SignInTestSupport::keychainService());
    ProfilesDialog dialog(&store, &tokens);
    dialog.selectProfile(auth::BuiltinProfiles::historicalCcriId());
    const QString secret = QStringLiteral("s3cr3t-%1").arg(QCoreApplication::applicationPid());
    QTest::keyClicks(child<QLineEdit>(&dialog, "profileSecret"), secret);
    QString error;
    QVERIFY2(dialog.saveCurrent(&error), qPrintable(error));
    QVERIFY(child<QLineEdit>(&dialog, "profileSecret")->text().isEmpty());
    const QString key = store.profile(auth::BuiltinProfiles::historicalCcriId())->secretKey();
    m_keys << key;
    QString stored;
    bool done = false;
    tokens.loadText(key, [&](auth::TokenStore::Result result, const QString& text, const QString&) {
        QCOMPARE(result, auth::TokenStore::Result::Ok);
        stored = text;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(stored, secret);
    store.sync();
    QFile file(settings());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
    QVERIFY(m_home->filesContaining({secret}).isEmpty());
}

void TestProfilesDialog::cleanupTestCase()
{
    QVERIFY(SignInTestSupport::removeKeychainEntries(SignInTestSupport::keychainService(), m_keys));
}

int main(int argc, char** argv)
{
    ccri::test::ScratchHome home;
    QApplication app(argc, argv);
    TestProfilesDialog test(&home);
    return QTest::qExec(&test, argc, argv);
}

#include "TestProfilesDialog.moc"
