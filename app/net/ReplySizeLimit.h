#pragma once

#include <QtGlobal>

class QNetworkReply;

namespace ccri::net {

// Discovery documents and token responses are small. A reply that announces or sends more than
// the limit is aborted while it downloads, so a hostile or broken server cannot make the explorer
// read 50 MB into memory; exceeded() tells the handler why the reply ended.
class ReplySizeLimit
{
public:
    static constexpr qint64 defaultMaxBytes = 1024 * 1024;

    static void watch(QNetworkReply* reply, qint64 maxBytes = defaultMaxBytes);
    static bool exceeded(const QNetworkReply* reply);
    static qint64 maxBytes(const QNetworkReply* reply);
};

} // namespace ccri::net
