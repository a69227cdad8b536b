#pragma once

#include <optional>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

// How a sandbox runs, from the ccri-sandbox command line (or set in code by the explorer's
// --sandbox and by tests):
//   --listen 127.0.0.1:8080  --policy ccri|smart|FILE  --users FILE  --clients FILE
//   --patients N  --seed S  --token-lifetime SECONDS  --tls-cert FILE --tls-key FILE  --big-patient N
//   --show-secrets  --signing-key FILE  --registration open|off  --write-demo-key FILE
//   --fault NAME[=VALUE] (repeatable)  --trainer-password PASSWORD  --threads N
class SandboxOptions
{
public:
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080; // 0: a free port, chosen at start
    QString policy = QStringLiteral("ccri");
    QString usersFile; // empty: the demo accounts
    QString clientsFile; // empty: the demo clients
    int patients = 100;
    quint64 seed = 1;
    int tokenLifetimeSeconds = 3599;
    QString tlsCertificateFile;
    QString tlsKeyFile;
    int bigPatientObservations = 0;
    // The banner shares stdout with the request log, so client secrets are printed only when asked for.
    bool showSecrets = false;
    // PEM file of the RS256 key that signs tokens (made 0600 when missing); empty: a new key per start.
    QString signingKeyFile;
    // A connection on which nothing moves this long is closed (ConnectionWatchdog); tests shorten it.
    int idleTimeoutMs = 30000;
    // RFC 7591 dynamic registration at /auth/register: Default is open on a loopback address only.
    enum class Registration
    {
        Default,
        Open,
        Off
    };
    Registration registration = Registration::Default;
    // --write-demo-key FILE: write the backend-demo client's private key there (0600) and exit.
    QString writeDemoKeyFile;
    // The trainer's faults switched on at start, each "NAME[=VALUE]" (sandbox/faults/Fault).
    QStringList faults;
    // Opens /auth/trainer (TrainerPage) with this password; empty: no trainer page.
    QString trainerPassword;
    // Serving threads, each with its own QHttpServer on the same port (SO_REUSEPORT); 1: the
    // sandbox's own thread only. ccri-sandbox's --threads defaults to the number of cores; the
    // explorer's in-process sandbox (one user) and ephemeral() keep 1.
    int serveThreads = 1;
    static constexpr int maxServeThreads = 64;

    bool registrationOpen() const
    {
        return registration == Registration::Open || (registration == Registration::Default && isLoopback());
    }

    // A sandbox on a free loopback port (what the explorer's --sandbox and the tests start).
    static SandboxOptions ephemeral(int patients = 100);
    // `arguments` as QCoreApplication::arguments() gives them (program name first). On failure:
    // nullopt and a sentence in *error. --help: nullopt and the help text in *error, *helpShown set.
    static std::optional<SandboxOptions> parse(const QStringList& arguments, QString* error, bool* helpShown = nullptr);

    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty(); }
    bool isLoopback() const { return address.isLoopback(); }
    QString listenText() const; // "127.0.0.1:8080", "[::1]:0"
};

} // namespace ccri::sandbox
