// Fuzz target: the sandbox's endpoints over real HTTP on loopback, for what its parsers see only
// inside a QHttpServerRequest — the authorize query (AuthorizeEndpoint), the token form body
// (TokenEndpoint, client assertions included), the registration JSON (RegistrationEndpoint), FHIR search and read URLs
// (FhirApi, SearchQuery) and the Authorization header (JwtAccessTokenValidator). The first input byte picks the
// endpoint, the rest is the query, body, path or header value. The sandbox runs in-process on its own thread, as the
// explorer's
// --sandbox does; a 5xx answer, a hang or a sanitizer report is a finding.
#include "sandbox/server/InProcessSandbox.h"

#include <cstddef>
#include <cstdint>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

namespace {

const QByteArray secret = "fuzz-client-secret-0123456789";

struct Harness
{
    QTemporaryDir dir;
    ccri::sandbox::InProcessSandbox* sandbox = nullptr;
    quint16 port = 0;
    QByteArray bearer; // a valid access token (client_credentials) for the FHIR requests
};

QByteArray exchange(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        qFatal("the sandbox stopped accepting connections");
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    // Until the answer is complete (QHttpServer keeps the connection open despite "close").
    const auto complete = [&answer] {
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const qsizetype at = answer.toLower().indexOf("content-length:");
        if (at < 0 || at > headEnd)
            return true;
        const qint64 length = answer.mid(at + 15, answer.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        return answer.size() >= headEnd + 4 + length;
    };
    while (!complete() && socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer;
}

int statusOf(const QByteArray& answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

Harness& harness()
{
    static Harness* instance = [] {
        auto* h = new Harness;
        const QString clients = h->dir.filePath(QStringLiteral("clients.json"));
        QFile file(clients);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the clients file");
        file.write(
            "{\"clients\":[{\"client_id\":\"fuzz\",\"client_secret\":\"" + secret
            + "\",\"grant_types\":[\"client_credentials\"],\"scope\":\"user/*.read\"},"
              "{\"client_id\":\"ccri-explorer\",\"public\":true,\"redirect_uris\":[\"http://127.0.0.1/callback\"],"
              "\"scope\":\"openid fhirUser offline_access launch/patient user/*.* patient/*.*\"}]}");
        file.close();
        h->sandbox = new ccri::sandbox::InProcessSandbox;
        ccri::sandbox::SandboxOptions options = ccri::sandbox::SandboxOptions::ephemeral(3);
        options.clientsFile = clients;
        h->sandbox->start(options);
        for (int i = 0; i < 600 && !h->sandbox->isRunning(); ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
            QThread::msleep(50);
        }
        if (!h->sandbox->isRunning())
            qFatal("the sandbox did not start");
        h->port = quint16(h->sandbox->fhirBase().port());
        const QByteArray body = "grant_type=client_credentials&scope=user%2F*.read";
        const QByteArray answer
            = exchange(h->port,
                       "POST /auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: "
                       "application/x-www-form-urlencoded\r\nAuthorization: Basic "
                           + ("fuzz:" + secret).toBase64() + "\r\nContent-Length: " + QByteArray::number(body.size())
                           + "\r\n\r\n" + body);
        const QByteArray json = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        h->bearer = QJsonDocument::fromJson(json).object().value(QLatin1String("access_token")).toString().toLatin1();
        if (h->bearer.isEmpty())
            qFatal("no token for the fuzzer: %s", answer.constData());
        return h;
    }();
    return *instance;
}

// Keeps the request line and headers valid whatever the fuzzer sends: CR and LF would start new
// headers (that is Qt's HTTP parser's business, not ours), spaces would end the target.
QByteArray safeForRequestLine(const QByteArray& bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n' || c == ' ' || c == '\0' || c == '#')
            out += QByteArray("%") + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    (void)harness();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    Harness& h = harness();
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const QByteArray head = "Host: 127.0.0.1\r\nConnection: close\r\n";
    QByteArray request;
    switch (data[0] % 5) {
    case 0: // the authorize query
        request = "GET /auth/authorize?" + safeForRequestLine(rest) + " HTTP/1.1\r\n" + head + "\r\n";
        break;
    case 1: // the token form body, for a public client
        request = "POST /auth/token HTTP/1.1\r\n" + head
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(rest.size())
            + "\r\n\r\n" + rest;
        break;
    case 2: // FHIR search or read with a valid token
        request = "GET /fhir/STU3/" + safeForRequestLine(rest) + " HTTP/1.1\r\n" + head + "Authorization: Bearer "
            + h.bearer + "\r\nAccept: application/fhir+json\r\n\r\n";
        break;
    case 4: // a dynamic registration (RFC 7591) JSON body
        request = "POST /auth/register HTTP/1.1\r\n" + head + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(rest.size()) + "\r\n\r\n" + rest;
        break;
    default: // the Authorization header
        request = "GET /fhir/STU3/Patient/1 HTTP/1.1\r\n" + head
            + "Authorization: " + safeForRequestLine(rest).replace("%20", " ") + "\r\n\r\n";
        break;
    }
    const QByteArray answer = exchange(h.port, request);
    const int status = statusOf(answer);
    if (status >= 500)
        qFatal("HTTP %d for:\n%s\n---\n%s", status, request.left(2000).constData(), answer.left(2000).constData());
    return 0;
}
