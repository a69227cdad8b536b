#include "app/net/RequestLogEntry.h"

#include <cstring>
#include <nlohmann/json.hpp>
#include <QStringList>
#include <QUrlQuery>

namespace ccri::net {

namespace {

bool isAuthorization(const QByteArray& name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0;
}

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QByteArray redactSecret(const QByteArray& credential)
{
    const QByteArray tail = credential.size() > 8 ? credential.right(4) : QByteArray();
    return "\xE2\x80\xA6" + tail; // …
}

bool isRedacted(const QString& value)
{
    return value.startsWith(QChar(0x2026)) || value.contains(QStringLiteral(".\u2026"));
}

// A signed JWT sent as a credential (RFC 7523 client_assertion, assertion): its header and claims
// stay readable for the log, the signature — what makes it a credential — is cut like a token.
QByteArray redactSignedJwt(const QByteArray& jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return redactSecret(jwt);
    return parts[0] + '.' + parts[1] + '.' + redactSecret(parts[2]);
}

bool isSignedJwtField(const QString& name)
{
    return name.compare(QLatin1String("client_assertion"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("assertion"), Qt::CaseInsensitive) == 0;
}

// Redacts the secret members of a JSON object, at any depth; false when nothing needed it.
bool redactJson(nlohmann::json& node)
{
    bool changed = false;
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            // "code" in JSON is a FHIR or OAuth error code, never an authorization code.
            const QString name = QString::fromStdString(it.key());
            if (it->is_string() && name != QLatin1String("code") && RequestLogEntry::isSecretField(name)) {
                *it = redactSecret(QByteArray::fromStdString(it->get<std::string>())).toStdString();
                changed = true;
            } else {
                changed = redactJson(*it) || changed;
            }
        }
    } else if (node.is_array()) {
        for (nlohmann::json& element : node)
            changed = redactJson(element) || changed;
    }
    return changed;
}

} // namespace

namespace {

const QStringList& secretFields()
{
    static const QStringList secrets {QStringLiteral("code"),          QStringLiteral("code_verifier"),
                                      QStringLiteral("access_token"),  QStringLiteral("refresh_token"),
                                      QStringLiteral("id_token"),      QStringLiteral("token"),
                                      QStringLiteral("client_secret"), QStringLiteral("password"),
                                      QStringLiteral("assertion"),     QStringLiteral("client_assertion")};
    return secrets;
}

// Names whose mere presence keeps a body that is neither a form nor JSON out of the log.
constexpr const char* kBareSecretNames[]
    = {"access_token", "refresh_token", "id_token", "client_secret", "code_verifier"};

bool isJsonBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // RFC 8259 §2
}

// Whether redactBody() could change `body`, or keep it out: a member named as a secret field (any case;
// "code" is never one in JSON), a \u escape (a member's name could be spelt that way), or a bare secret
// name (for a body that is not JSON). One pass over the bytes, far cheaper than parsing: a FHIR Bundle
// or a CapabilityStatement (up to megabytes, each reply's on the GUI thread) has none, and is kept as it
// came.
bool mayHoldSecret(const QByteArray& body)
{
    static const QList<QByteArray> members = [] {
        QList<QByteArray> names;
        for (const QString& field : secretFields()) {
            if (field != QLatin1String("code"))
                names << field.toLatin1().toLower();
        }
        return names;
    }();
    const char* data = body.constData();
    const qsizetype size = body.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\\') {
            if (i + 1 < size && data[i + 1] == 'u')
                return true;
            ++i; // an escaped character is never a member's quote
        } else if (c == '"') {
            for (const QByteArray& name : members) {
                const qsizetype close = i + 1 + name.size();
                if (close >= size || data[close] != '"'
                    || qstrnicmp(data + i + 1, name.constData(), size_t(name.size())) != 0)
                    continue;
                qsizetype next = close + 1;
                while (next < size && isJsonBlank(data[next]))
                    ++next;
                if (next < size && data[next] == ':')
                    return true;
            }
        } else if (c == '_') {
            for (const char* name : kBareSecretNames) {
                const qsizetype length = qsizetype(qstrlen(name));
                const qsizetype start = i - qsizetype(std::strchr(name, '_') - name);
                if (start >= 0 && start + length <= size && qstrnicmp(data + start, name, size_t(length)) == 0)
                    return true;
            }
        }
    }
    return false;
}

} // namespace

bool RequestLogEntry::isSecretField(const QString& name)
{
    return secretFields().contains(name, Qt::CaseInsensitive);
}

QByteArray RequestLogEntry::redactAuthorization(const QByteArray& value)
{
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space < 0 ? QByteArray() : value.left(space);
    const QByteArray credential = space < 0 ? value : value.mid(space + 1).trimmed();
    return (scheme.isEmpty() ? QByteArray() : scheme + ' ') + redactSecret(credential);
}

QByteArray RequestLogEntry::redactBody(const QByteArray& contentType, const QByteArray& body)
{
    if (body.isEmpty())
        return body;
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        QUrlQuery form(QString::fromUtf8(body));
        QUrlQuery redacted;
        for (const auto& [name, value] : form.queryItems(QUrl::FullyDecoded)) {
            if (isSignedJwtField(name))
                redacted.addQueryItem(name, QString::fromUtf8(redactSignedJwt(value.toUtf8())));
            else
                redacted.addQueryItem(name,
                                      isSecretField(name) ? QString::fromUtf8(redactSecret(value.toUtf8())) : value);
        }
        return redacted.toString(QUrl::FullyEncoded).toUtf8();
    }
    if (!mayHoldSecret(body))
        return body;
    nlohmann::json parsed = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!parsed.is_discarded()) {
        return redactJson(parsed) ? QByteArray::fromStdString(parsed.dump(2)) : body;
    }
    // Not a form, not JSON: kept unless it might carry a secret under one of the names.
    for (const char* name : kBareSecretNames) {
        if (body.contains(name))
            return QByteArrayLiteral("(not kept: it may hold a secret)");
    }
    return body;
}

RequestLogEntry RequestLogEntry::record(const QByteArray& method, const QUrl& url, const Headers& requestHeaders,
                                        int httpStatus, const Headers& responseHeaders, const QByteArray& responseBody,
                                        qint64 responseSize, const QDateTime& started, qint64 elapsedMs,
                                        const QString& outcome, qsizetype maxBodyBytes)
{
    RequestLogEntry entry;
    entry.method = method;
    entry.url = url;
    for (const auto& header : requestHeaders) {
        entry.requestHeaders.append(
            {header.first, isAuthorization(header.first) ? redactAuthorization(header.second) : header.second});
    }
    entry.httpStatus = httpStatus;
    entry.responseHeaders = responseHeaders;
    entry.bodyTruncated = responseBody.size() > maxBodyBytes;
    entry.responseBody = entry.bodyTruncated ? responseBody.left(maxBodyBytes) : responseBody;
    entry.responseSize = responseSize;
    entry.started = started;
    entry.elapsedMs = elapsedMs;
    entry.outcome = outcome;
    return entry;
}

QString RequestLogEntry::curlCommand() const
{
    QStringList parts {QStringLiteral("curl"), QStringLiteral("-sS")};
    if (method != "GET") {
        parts << QStringLiteral("-X") << QString::fromLatin1(method);
    }
    for (const auto& header : requestHeaders) {
        if (isAuthorization(header.first) && header.second.startsWith("Basic ")) {
            parts << QStringLiteral("-u") << QStringLiteral("\"$CLIENT_ID:$CLIENT_SECRET\"");
        } else if (isAuthorization(header.first)) {
            // Double quotes so the shell substitutes the token from the environment.
            parts << QStringLiteral("-H") << QStringLiteral("\"Authorization: Bearer $TOKEN\"");
        } else {
            parts << QStringLiteral("-H")
                  << shellQuote(QString::fromLatin1(header.first) + QStringLiteral(": ")
                                + QString::fromLatin1(header.second));
        }
    }
    if (!requestBody.isEmpty()) {
        const QUrlQuery form(QString::fromUtf8(requestBody));
        const auto items = form.queryItems(QUrl::FullyDecoded);
        if (!items.isEmpty() && !requestBody.trimmed().startsWith('{')) {
            // Form fields one by one; a redacted one comes from the environment like the token.
            for (const auto& [name, value] : items) {
                parts << QStringLiteral("--data-urlencode");
                parts << (isRedacted(value) ? QStringLiteral("\"%1=$%2\"").arg(name, name.toUpper())
                                            : shellQuote(name + QLatin1Char('=') + value));
            }
        } else {
            parts << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(requestBody));
        }
    }
    parts << shellQuote(url.toString(QUrl::FullyEncoded));
    return parts.join(QLatin1Char(' '));
}

} // namespace ccri::net
