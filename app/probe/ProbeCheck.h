#pragma once

#include "app/probe/ProbeContext.h"
#include "app/probe/ProbeFinding.h"

#include <functional>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace ccri::probe {

// One step of the conformance probe, as an object with signals: start() sends its requests
// (asynchronously, through net::NetworkRequest on the context's network manager), each judgement
// comes out as finding(), and finished() ends it exactly once. Checks run one after another, so a
// later one may read what an earlier one left in the context.
class ProbeCheck : public QObject
{
    Q_OBJECT
public:
    explicit ProbeCheck(ProbeContext& context, QObject* parent = nullptr);
    ~ProbeCheck() override;

    virtual QString title() const = 0;
    virtual void start() = 0;
    void abort();

signals:
    void finding(const ccri::probe::ProbeFinding& finding);
    void finished();

protected:
    using ReplyHandler = std::function<void(QNetworkReply* reply, const QByteArray& body, int status)>;
    enum class Follow
    {
        Redirects, // anonymous GET, may follow https to another host (as discovery does)
        Nothing, // the first answer as it is
    };

    void get(const QUrl& url, const ReplyHandler& handler, Follow follow = Follow::Redirects);
    void postForm(const QUrl& url, const QByteArray& body, const ReplyHandler& handler);
    void report(const QString& id, ProbeFinding::Severity severity, const QString& rule, const QString& source,
                const QString& observed, const QString& remedy = QString());
    void pass(const QString& id, const QString& rule, const QString& source, const QString& observed);
    void done();

    // The reply in words when it is not a usable answer ("HTTP 404 ...", "connection refused ...").
    static QString describe(QNetworkReply* reply, const QByteArray& body);
    static bool isLoopback(const QUrl& url);

    ProbeContext& m_context;

private:
    void watch(QNetworkReply* reply, const ReplyHandler& handler);

    QList<QPointer<QNetworkReply>> m_replies;
    bool m_done = false;
};

} // namespace ccri::probe
