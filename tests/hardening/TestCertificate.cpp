#include "tests/hardening/TestCertificate.h"

#include <QFile>
#include <QProcess>

namespace ccri::test {

bool TestCertificate::generate(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder for the certificate");
        return false;
    }
    const QString keyFile = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), keyFile,
                   QStringLiteral("-out"), certificateFile()});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: %1 %2")
                     .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile());
    QFile key(keyFile);
    if (certificates.isEmpty() || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl's certificate or key cannot be read");
        return false;
    }
    m_certificate = certificates.constFirst();
    m_key = QSslKey(&key, QSsl::Rsa);
    return !m_key.isNull();
}

} // namespace ccri::test
