// FhirDirectServer, the sandbox's short path for FHIR reads (a GET with no body, its head parsed
// from the buffer in one pass) beside Qt HttpServer's routes, over raw loopback sockets against a
// real SandboxServer: every kind of answer is byte for byte what the routes send; pipelined
// requests are answered in order; a request it does not take (a POST, a body, an auth page) goes to
// the routes with everything after it on that connection; a head that arrives in pieces; Connection:
// close and HTTP/1.0 honoured; the request log and the per-thread count as on the routes; big
// answers to a reader that stops reading arrive whole and in order.
#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/server/HttpRequestHead.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <algorithm>
#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace ccri::sandbox;

namespace {

// Whole HTTP/1.1 responses (status line to the end of the Content-Length body) in `bytes`.
QList<QByteArray> responsesIn(const QByteArray& bytes)
{
    QList<QByteArray> responses;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            break;
        const QByteArray head = bytes.mid(at, headEnd - at);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        const qsizetype end = headEnd + 4 + length;
        if (end > bytes.size())
            break;
        responses.append(bytes.mid(at, end - at));
        at = end;
    }
    return responses;
}

int statusOf(const QByteArray& response)
{
    return response.mid(9, 3).toInt();
}

QByteArray bodyOf(const QByteArray& response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

// The status line, then the header lines sorted (RFC 9110 §5.3: the order of fields with different
// names carries no meaning, and Qt HttpServer 6.4 keeps them in a hash), then the body with what
// differs between any two answers (a searchset's new id, its lastUpdated second) masked.
QByteArrayList canonical(const QByteArray& response)
{
    QByteArrayList lines = response.left(response.indexOf("\r\n\r\n")).split('\n');
    const QByteArray statusLine = lines.takeFirst();
    std::sort(lines.begin(), lines.end());
    QString body = QString::fromUtf8(bodyOf(response));
    body.replace(QRegularExpression(QStringLiteral("\"id\":\"[0-9a-f-]{36}\"")), QStringLiteral("\"id\":\"?\""));
    body.replace(QRegularExpression(QStringLiteral("\"lastUpdated\":\"[^\"]*\"")),
                 QStringLiteral("\"lastUpdated\":\"?\""));
    return QByteArrayList {statusLine} + lines + QByteArrayList {body.toUtf8()};
}

} // namespace

class TestSandboxFhirDirect : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
    QByteArray m_token;

    // Writes `pieces` one after another on one new connection (each once the server had time to
    // read the one before) and collects `expected` responses; `closed` tells whether the server
    // then closed the connection.
    QList<QByteArray> exchange(const QList<QByteArray>& pieces, int expected, bool* closed = nullptr)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {};
        QByteArray received;
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { received += socket.readAll(); });
        for (const QByteArray& piece : pieces) {
            socket.write(piece);
            QTest::qWait(20);
        }
        (void)QTest::qWaitFor([&] { return responsesIn(received).size() >= expected; }, 10000);
        if (closed) {
            (void)QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::UnconnectedState; }, 1000);
            *closed = socket.state() == QAbstractSocket::UnconnectedState;
        }
        return responsesIn(received);
    }

    QByteArray get(const QByteArray& target, const QByteArray& extra = {}) const
    {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token + "\r\n" + extra
            + "\r\n";
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(5));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_browser = std::make_unique<SandboxBrowser>(*m_server);
        m_token = m_browser->clientCredentials(QStringLiteral("clinical-access"), QString(), &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    }

    void everyAnswerAsTheRoutesSendIt_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("search") << QByteArray("/fhir/STU3/Observation?patient=1&_count=3") << true << QString() << 200;
        QTest::newRow("read") << QByteArray("/fhir/STU3/Patient/1") << true << QString() << 200;
        QTest::newRow("R4 read") << QByteArray("/fhir/R4/Patient/1") << true << QString() << 200;
        QTest::newRow("metadata") << QByteArray("/fhir/STU3/metadata") << false << QString() << 200;
        QTest::newRow("no token") << QByteArray("/fhir/STU3/Patient/1") << false << QString() << 401;
        QTest::newRow("unknown type") << QByteArray("/fhir/STU3/Nothing/1") << true << QString() << 404;
        QTest::newRow("bad parameter") << QByteArray("/fhir/STU3/Patient/1?x=1") << true << QString() << 400;
        QTest::newRow("XML asked") << QByteArray("/fhir/STU3/Patient/1?_format=xml") << true << QString() << 406;
        QTest::newRow("fhir-unavailable")
            << QByteArray("/fhir/STU3/Patient/1") << true << QStringLiteral("fhir-unavailable") << 503;
    }

    void everyAnswerAsTheRoutesSendIt()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, withToken);
        QFETCH(QString, fault);
        QFETCH(int, status);
        if (!fault.isEmpty()) {
            QString error;
            QVERIFY2(m_server->faults().switchOn(fault, &error), qPrintable(error));
        }
        QByteArray direct = get(target);
        QByteArray routes = get(target, "Content-Length: 1\r\n") + "x"; // a body: not for the direct path
        if (!withToken) {
            direct.replace("Authorization: Bearer " + m_token + "\r\n", "");
            routes.replace("Authorization: Bearer " + m_token + "\r\n", "");
        }
        const QList<quint64> before = m_server->servedPerThread();
        const QList<QByteArray> fast = exchange({direct}, 1);
        const QList<QByteArray> slow = exchange({routes}, 1);
        if (!fault.isEmpty())
            m_server->faults().switchOffAll();
        QCOMPARE(fast.size(), 1);
        QCOMPARE(slow.size(), 1);
        QCOMPARE(statusOf(fast.first()), status);
        QCOMPARE(canonical(fast.first()), canonical(slow.first()));
        QCOMPARE(m_server->servedPerThread().first(), before.first() + 2);
    }

    void pipelinedThenHandedOver()
    {
        // Two reads in one write, then a POST (the routes' 405) and a read after it on the same connection.
        QSignalSpy logged(m_server.get(), &SandboxServer::requestLogged);
        const QByteArray post = "POST /fhir/STU3/Patient HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}";
        const QList<QByteArray> answers = exchange(
            {get("/fhir/STU3/Patient/1") + get("/fhir/STU3/Patient/2") + post + get("/fhir/STU3/Patient/3")}, 4);
        QCOMPARE(answers.size(), 4);
        QCOMPARE(statusOf(answers.at(0)), 200);
        QVERIFY(bodyOf(answers.at(0)).contains("\"id\":\"1\""));
        QVERIFY(bodyOf(answers.at(1)).contains("\"id\":\"2\""));
        QCOMPARE(statusOf(answers.at(2)), 405);
        QVERIFY(answers.at(2).contains("Allow: GET"));
        QCOMPARE(statusOf(answers.at(3)), 200);
        QVERIFY(bodyOf(answers.at(3)).contains("\"id\":\"3\""));
        QTRY_COMPARE(logged.size(), 4);
        QVERIFY2(logged.first().first().toString().contains(QStringLiteral("GET /fhir/STU3/Patient/1 200")),
                 qPrintable(logged.first().first().toString()));
        QVERIFY(logged.first().first().toString().contains(QStringLiteral("clinical-access")));
        QVERIFY(!logged.first().first().toString().contains(QString::fromLatin1(m_token)));
    }

    void authPageThenFhirOnOneConnection()
    {
        const QByteArray wellKnown = "GET /auth/.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QList<QByteArray> answers = exchange({wellKnown, get("/fhir/STU3/Patient/1")}, 2);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(statusOf(answers.at(0)), 200);
        QVERIFY(bodyOf(answers.at(0)).contains("token_endpoint"));
        QCOMPARE(statusOf(answers.at(1)), 200);
    }

    void headInPieces()
    {
        const QByteArray request = get("/fhir/STU3/Patient/1");
        const QList<QByteArray> answers = exchange({request.left(10), request.mid(10, 500), request.mid(510)}, 1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(statusOf(answers.first()), 200);
    }

    void bigAnswersToASlowReaderStayWholeAndInOrder()
    {
        // Pipelined searches with big answers to a client that stops reading: the kernel's buffers
        // fill, so an answer is sent only in part at once and the rest (and the answers after it)
        // wait in the socket until the client reads again. Each must arrive whole and in order.
        QTcpSocket socket;
        socket.setReadBufferSize(4096); // the socket leaves the rest in the kernel
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
        constexpr int kRequests = 80;
        QByteArray requests;
        for (int i = 0; i < kRequests; ++i)
            requests += get("/fhir/STU3/Observation?_count=500&_offset=" + QByteArray::number(i % 2));
        socket.write(requests);
        QTest::qWait(300); // the answers meanwhile meet full buffers
        QByteArray received = socket.readAll();
        socket.setReadBufferSize(0);
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { received += socket.readAll(); });
        QVERIFY(QTest::qWaitFor([&] { return responsesIn(received).size() >= kRequests; }, 20000));
        const QList<QByteArray> answers = responsesIn(received);
        QCOMPARE(answers.size(), kRequests);
        qsizetype smallest = answers.first().size();
        for (int i = 0; i < kRequests; ++i) {
            QCOMPARE(statusOf(answers.at(i)), 200);
            const QJsonObject bundle = QJsonDocument::fromJson(bodyOf(answers.at(i))).object();
            QCOMPARE(bundle.value(QLatin1String("resourceType")).toString(), QStringLiteral("Bundle"));
            const QString self = bundle.value(QLatin1String("link"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("url"))
                                     .toString();
            QCOMPARE(self.contains(QLatin1String("_offset=1")), i % 2 == 1);
            smallest = std::min(smallest, answers.at(i).size());
        }
        // More than the server's send buffer (Linux's default net.ipv4.tcp_wmem: 4 MB at most) and a
        // receive buffer that has not grown (it grows as its reader reads) hold together.
        QVERIFY2(smallest * kRequests > 6 * 1024 * 1024, "the answers did not outgrow the buffers");
    }

    void connectionCloseHonoured()
    {
        bool closed = false;
        QList<QByteArray> answers = exchange({get("/fhir/STU3/Patient/1", "Connection: close\r\n")}, 1, &closed);
        QCOMPARE(answers.size(), 1);
        QVERIFY(closed);
        // RFC 9112 §9.3: HTTP/1.0 closes unless it asks to keep the connection alive.
        QByteArray old = get("/fhir/STU3/Patient/1");
        old.replace("HTTP/1.1", "HTTP/1.0");
        answers = exchange({old}, 1, &closed);
        QCOMPARE(answers.size(), 1);
        QVERIFY(closed);
        answers = exchange({get("/fhir/STU3/Patient/1")}, 1, &closed);
        QCOMPARE(answers.size(), 1);
        QVERIFY(!closed);
    }

    void requestHeadParsed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("parse");
        QTest::addColumn<QByteArray>("authorization");
        const int complete = int(HttpRequestHead::Parse::Complete);
        const int incomplete = int(HttpRequestHead::Parse::Incomplete);
        const int malformed = int(HttpRequestHead::Parse::Malformed);
        QTest::newRow("CRLF") << QByteArray("GET /a HTTP/1.1\r\nAuthorization:  Bearer x \r\n\r\n") << complete
                              << QByteArray("Bearer x");
        QTest::newRow("bare LF") << QByteArray("GET /a HTTP/1.1\nauthorization: y\n\n") << complete << QByteArray("y");
        QTest::newRow("empty lines first") << QByteArray("\r\n\r\nGET /a HTTP/1.1\r\n\r\n") << complete << QByteArray();
        QTest::newRow("no empty line yet")
            << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n") << incomplete << QByteArray();
        QTest::newRow("space before colon")
            << QByteArray("GET /a HTTP/1.1\r\nHost : x\r\n\r\n") << malformed << QByteArray();
        QTest::newRow("folded line") << QByteArray("GET /a HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << malformed
                                     << QByteArray();
        QTest::newRow("HTTP/2") << QByteArray("GET /a HTTP/2.0\r\n\r\n") << malformed << QByteArray();
        QTest::newRow("no target") << QByteArray("GET  HTTP/1.1\r\n\r\n") << malformed << QByteArray();
        QTest::newRow("control in target") << QByteArray("GET /a\tb HTTP/1.1\r\n\r\n") << malformed << QByteArray();
    }

    void requestHeadParsed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, parse);
        QFETCH(QByteArray, authorization);
        HttpRequestHead head;
        QCOMPARE(int(HttpRequestHead::parse(bytes + "rest", &head)), parse);
        if (parse == int(HttpRequestHead::Parse::Complete)) {
            QCOMPARE(head.method(), QByteArray("GET"));
            QCOMPARE(head.target(), QByteArray("/a"));
            QCOMPARE(head.size(), bytes.size());
            QCOMPARE(head.field("AUTHORIZATION"), authorization);
            QVERIFY(head.keepsAlive());
            QVERIFY(!head.hasBody());
        }
    }

    void cleanupTestCase()
    {
        m_browser.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestSandboxFhirDirect)
#include "TestSandboxFhirDirect.moc"
