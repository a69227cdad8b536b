// The sandbox keeps serving a classroom while some clients misbehave: malformed HTTP, oversized
// headers and bodies, clients that trickle a request byte by byte, and 1,000 idle connections.
// After (and during) each, a trainee still signs in and reads, and the open endpoints answer.
#include "sandbox/server/InProcessSandbox.h"
#include "tests/hardening/SimulatedTrainee.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>
#include <sys/resource.h>
#include <vector>

using ccri::sandbox::InProcessSandbox;
using ccri::test::SimulatedTrainee;

class SandboxRobustnessTest : public QObject
{
    Q_OBJECT

private:
    InProcessSandbox* m_sandbox = nullptr;

    QUrl origin() const { return m_sandbox->fhirBase().adjusted(QUrl::RemovePath); }

    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, quint16(origin().port()));
        return socket;
    }

    // The metadata endpoint answers 200 within `ms`.
    bool metadataAnswers(int ms = 10000)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply
            = network.get(QNetworkRequest(m_sandbox->fhirBase().toString() + QStringLiteral("/metadata")));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool done = finished.wait(ms);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return done && status == 200;
    }

    // A trainee signs in (authorize, login, consent, token) and reads a patient.
    bool traineeWorks()
    {
        SimulatedTrainee trainee(m_sandbox->fhirBase(), QStringLiteral("clinician"),
                                 QStringLiteral("user/Patient.read openid"));
        QSignalSpy signedIn(&trainee, &SimulatedTrainee::signedIn);
        QSignalSpy failed(&trainee, &SimulatedTrainee::failed);
        trainee.signIn();
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000) || signedIn.isEmpty()) {
            qWarning() << "sign-in failed:" << failed;
            return false;
        }
        int status = 0;
        connect(&trainee, &SimulatedTrainee::replied, this,
                [&](const SimulatedTrainee::Exchange& exchange) { status = exchange.status; });
        trainee.get(QStringLiteral("Patient/1"));
        return QTest::qWaitFor([&] { return status != 0; }, 10000) && status == 200;
    }

    // What the server sends back on a raw connection within `ms` (empty if nothing, or closed).
    static QByteArray answerTo(QTcpSocket& socket, int ms = 5000)
    {
        QByteArray answer;
        const bool ended = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
        Q_UNUSED(ended); // silence and a closed connection are both acceptable answers
        return answer;
    }

private slots:
    void initTestCase()
    {
        // 1,000 client sockets and the server's 1,000 in one process: more than a default 1,024 limit.
        rlimit limit {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        if (limit.rlim_cur < 4096) {
            limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 4096);
            QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
        }
        QVERIFY2(limit.rlim_cur >= 2200, "the open-file limit is too low for 1,000 idle connections");
        m_sandbox = new InProcessSandbox(this);
        QSignalSpy ready(m_sandbox, &InProcessSandbox::ready);
        m_sandbox->start(ccri::sandbox::SandboxOptions::ephemeral(5));
        QVERIFY(ready.wait(60000));
    }

    void cleanupTestCase() { m_sandbox->stop(); }

    void malformedHttp_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n");
        QTest::newRow("binary noise") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 9);
        QTest::newRow("unknown version") << QByteArray("GET /fhir/STU3/metadata HTTP/9.9\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("GET /fhir/STU3/metadata HTTP/1.1\r\nHost\r\n\r\n");
        QTest::newRow("negative length") << QByteArray(
            "POST /auth/token HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\nabc");
        QTest::newRow("length bigger than the body")
            << QByteArray("POST /auth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");
        QTest::newRow("absurd length") << QByteArray(
            "POST /auth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n");
        QTest::newRow("bad chunked") << QByteArray("POST /auth/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                                   "chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");
        QTest::newRow("path traversal") << QByteArray("GET /fhir/STU3/../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("huge request line") << "GET /fhir/STU3/Patient?" + QByteArray(200000, 'a') + " HTTP/1.1\r\n\r\n";
    }
    void malformedHttp()
    {
        QFETCH(QByteArray, request);
        auto socket = connectRaw();
        QVERIFY(socket->waitForConnected(5000));
        socket->write(request);
        const QByteArray answer = answerTo(*socket, 3000);
        // Whatever it answers, never a success for a broken request, and the server stays up.
        QVERIFY2(!answer.startsWith("HTTP/1.1 200") || request.contains("HTTP/9.9") || request.contains("Host\r\n"),
                 answer.left(200).constData());
        QVERIFY(metadataAnswers());
    }

    void oversizedHeaders()
    {
        auto socket = connectRaw();
        QVERIFY(socket->waitForConnected(5000));
        socket->write("GET /fhir/STU3/metadata HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 64; ++i)
            socket->write("X-Padding-" + QByteArray::number(i) + ": " + QByteArray(32 * 1024, 'p') + "\r\n");
        socket->write("\r\n");
        (void)answerTo(*socket, 5000);
        QVERIFY(metadataAnswers());
        QVERIFY(traineeWorks());
    }

    void oversizedBodyWhileOthersAreServed()
    {
        auto socket = connectRaw();
        QVERIFY(socket->waitForConnected(5000));
        constexpr qint64 total = 64 * 1024 * 1024;
        socket->write("POST /auth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                      "Content-Length: "
                      + QByteArray::number(total) + "\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'a');
        qint64 sent = 0;
        // Half now, the rest while a trainee signs in: the sandbox must not stall on the big body.
        while (sent < total / 2 && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(chunk);
            sent += chunk.size();
            socket->waitForBytesWritten(2000);
        }
        QVERIFY(traineeWorks());
        while (sent < total && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(chunk);
            sent += chunk.size();
            socket->waitForBytesWritten(2000);
        }
        const QByteArray answer = answerTo(*socket, 10000);
        QVERIFY2(!answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        QVERIFY(metadataAnswers());
    }

    void slowClients()
    {
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 50; ++i) {
            slow.push_back(connectRaw());
            QVERIFY(slow.back()->waitForConnected(5000));
        }
        const QByteArray request = "GET /fhir/STU3/metadata HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        // Each slow client trickles its request one byte at a time, never finishing it, while a
        // trainee signs in and reads.
        QTimer trickle;
        int position = 0;
        connect(&trickle, &QTimer::timeout, this, [&] {
            for (auto& socket : slow)
                socket->write(request.mid(position % request.size(), 1));
            ++position;
        });
        trickle.start(50);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(traineeWorks());
        QVERIFY(metadataAnswers());
        qInfo("with 50 slow clients trickling, a sign-in and a read took %lld ms", timer.elapsed());
        trickle.stop();
    }

    void thousandIdleConnections()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        idle.reserve(1000);
        for (int i = 0; i < 1000; ++i)
            idle.push_back(connectRaw());
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(idle.begin(), idle.end(),
                        [](const auto& socket) { return socket->state() == QAbstractSocket::ConnectedState; }),
            30000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(metadataAnswers());
        QVERIFY(traineeWorks());
        qInfo("with 1,000 idle connections open, a sign-in and a read took %lld ms", timer.elapsed());
        // Still open: the server did not run out of anything and drop them all.
        const auto open = std::count_if(idle.begin(), idle.end(), [](const auto& socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        });
        qInfo("%lld of 1,000 idle connections still open", qint64(open));
    }
};

QTEST_GUILESS_MAIN(SandboxRobustnessTest)
#include "SandboxRobustnessTest.moc"
