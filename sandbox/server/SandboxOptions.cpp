#include "sandbox/server/SandboxOptions.h"

#include "sandbox/faults/FaultSwitchboard.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxOptions", text);
}

bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    QString host = text;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":"))
            return false;
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return false;
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint value = portText.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QHostAddress parsed;
    if (host == QLatin1String("localhost"))
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = static_cast<quint16>(value);
    return true;
}
} // namespace

SandboxOptions SandboxOptions::ephemeral(int patients)
{
    SandboxOptions options;
    options.port = 0;
    options.patients = patients;
    return options;
}

QString SandboxOptions::listenText() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList& arguments, QString* error, bool* helpShown)
{
    if (helpShown)
        *helpShown = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local imitation of the CCRI secured FHIR STU3 endpoint: OAuth2 server with login and consent pages, "
           "demo users, and a scope-enforcing FHIR API over synthetic Care Connect data."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on; port 0 picks a free port (default "
                                       "127.0.0.1:8080)."),
                                    tr("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    tr("Scope policy: ccri (the CCRI's table), smart, or a JSON file (default ccri)."),
                                    tr("ccri|smart|FILE"), QStringLiteral("ccri"));
    const QCommandLineOption users(QStringLiteral("users"), tr("JSON file of login accounts (replaces the demo ones)."),
                                   tr("FILE"));
    const QCommandLineOption clients(QStringLiteral("clients"),
                                     tr("JSON file of OAuth2 clients (replaces the demo ones)."), tr("FILE"));
    const QCommandLineOption patients(QStringLiteral("patients"),
                                      tr("Number of generated patients besides the CCRI's three (default 100)."),
                                      tr("N"), QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the synthetic data (default 1)."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      tr("Access token lifetime in seconds (default 3599)."), tr("SECONDS"),
                                      QStringLiteral("3599"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), tr("PEM certificate: serve HTTPS."), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), tr("PEM private key of --tls-cert."), tr("FILE"));
    const QCommandLineOption big(QStringLiteral("big-patient"),
                                 tr("Add one patient with N observations (for large bundles)."), tr("N"),
                                 QStringLiteral("0"));
    const QCommandLineOption showSecrets(
        QStringLiteral("show-secrets"),
        tr("Print the confidential clients' secrets at start. Without it they are hidden, since the same output "
           "carries the request log."));
    const QCommandLineOption signingKey(
        QStringLiteral("signing-key"),
        tr("PEM file of the RS256 key that signs tokens, kept across restarts (created, mode 0600, when missing)."),
        tr("FILE"));
    const QCommandLineOption registration(
        QStringLiteral("registration"),
        tr("Dynamic client registration (RFC 7591) at /auth/register for private_key_jwt clients: open or off "
           "(default: open on a loopback address, off otherwise)."),
        QStringLiteral("open|off"));
    const QCommandLineOption writeDemoKey(
        QStringLiteral("write-demo-key"),
        tr("Write the private key of the demo backend service backend-demo (PEM, mode 0600) to FILE and exit; an "
           "existing file is never replaced."),
        tr("FILE"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        tr("Switch on a trainer's fault at start (repeatable): expire-tokens, refresh-expired, "
           "token-error=invalid_client|server_error|html, fhir-delay=MS, fhir-unavailable, clock-skew=SECONDS, "
           "narrow-consent, pkce=lenient. See docs/training.md."),
        tr("NAME[=VALUE]"));
    const QCommandLineOption trainerPassword(
        QStringLiteral("trainer-password"),
        tr("Open the trainer's page /auth/trainer, where faults are switched on and off, with this password."),
        tr("PASSWORD"));
    const int cores = std::max(1, QThread::idealThreadCount());
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        tr("Serving threads, each answering its own share of the connections on the same port (default: the number "
           "of cores, here %1).")
            .arg(cores),
        tr("N"), QString::number(cores));
    parser.addOptions({help, listen, policy, users, clients, patients, seed, lifetime, cert, key, big, showSecrets,
                       signingKey, registration, writeDemoKey, fault, trainerPassword, threads});

    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        if (helpShown)
            *helpShown = true;
        return fail(parser.helpText());
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    SandboxOptions options;
    if (!parseListen(parser.value(listen), &options.address, &options.port))
        return fail(tr("--listen needs host:port, for example 127.0.0.1:8080 or [::1]:0; got \"%1\".")
                        .arg(parser.value(listen)));
    options.policy = parser.value(policy);
    options.usersFile = parser.value(users);
    options.clientsFile = parser.value(clients);
    bool ok = false;
    options.patients = parser.value(patients).toInt(&ok);
    if (!ok || options.patients < 0 || options.patients > 100000)
        return fail(tr("--patients needs a number from 0 to 100000."));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed needs a whole number."));
    options.tokenLifetimeSeconds = parser.value(lifetime).toInt(&ok);
    if (!ok || options.tokenLifetimeSeconds < 1)
        return fail(tr("--token-lifetime needs a number of seconds above 0."));
    options.bigPatientObservations = parser.value(big).toInt(&ok);
    if (!ok || options.bigPatientObservations < 0)
        return fail(tr("--big-patient needs a number of observations (0 for none)."));
    options.serveThreads = parser.value(threads).toInt(&ok);
    if (!ok || options.serveThreads < 1 || options.serveThreads > maxServeThreads)
        return fail(tr("--threads needs a number from 1 to %1.").arg(maxServeThreads));
    options.tlsCertificateFile = parser.value(cert);
    options.tlsKeyFile = parser.value(key);
    options.showSecrets = parser.isSet(showSecrets);
    options.signingKeyFile = parser.value(signingKey);
    options.writeDemoKeyFile = parser.value(writeDemoKey);
    if (parser.isSet(registration)) {
        const QString value = parser.value(registration);
        if (value == QLatin1String("open"))
            options.registration = Registration::Open;
        else if (value == QLatin1String("off"))
            options.registration = Registration::Off;
        else
            return fail(tr("--registration needs open or off; got \"%1\".").arg(value));
    }
    for (const QString& spec : parser.values(fault)) {
        QString why;
        if (!FaultSwitchboard::parse(spec, &why))
            return fail(tr("--fault %1: %2").arg(spec, why));
        options.faults << spec;
    }
    options.trainerPassword = parser.value(trainerPassword);
    if (parser.isSet(trainerPassword) && options.trainerPassword.isEmpty())
        return fail(tr("--trainer-password needs a password."));
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return fail(tr("--tls-cert and --tls-key go together."));
    return options;
}

} // namespace ccri::sandbox
