#pragma once

#include "app/net/ExtraHeaders.h"

#include <functional>
#include <QNetworkAccessManager>
#include <QPointer>

namespace ccri::net {

class RequestLog;

// A network manager that puts every exchange it makes in a RequestLog, redacted: the sign-in's
// discovery, token, refresh and revocation requests, which FhirClient does not see. Headers go
// through RequestLogEntry::record (Authorization redacted) and both bodies through redactBody,
// so no token, code, verifier or client secret reaches the log.
class LoggingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit LoggingNetworkAccessManager(QObject* parent = nullptr);

    void setLog(RequestLog* log);
    RequestLog* log() const;
    // The current profile's extra headers, asked for at each request (so a change in the profiles
    // dialog counts at once) and set on it before it is sent and logged.
    void setExtraHeaders(std::function<ExtraHeaders()> source) { m_extraHeaders = std::move(source); }

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    QPointer<RequestLog> m_log;
    std::function<ExtraHeaders()> m_extraHeaders;
};

} // namespace ccri::net
