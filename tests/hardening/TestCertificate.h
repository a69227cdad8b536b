#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace ccri::test {

// A self-signed certificate for 127.0.0.1, made at test time with the openssl command line
// (nothing secret is committed, nothing expires in the repository). Its PEM file doubles as the
// "trusted CA file" a server profile can name.
class TestCertificate
{
public:
    TestCertificate() = default;
    bool generate(QString* error); // false and a sentence when openssl is missing or fails

    QSslCertificate certificate() const { return m_certificate; }
    QSslKey key() const { return m_key; }
    QString certificateFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace ccri::test
