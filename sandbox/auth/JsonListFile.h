#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace ccri::sandbox {

// The --users and --clients files: a JSON object holding one non-empty array under `key`
// ({"users": [...]}, {"clients": [...]}). Failures are sentences naming the file.
class JsonListFile
{
public:
    static std::optional<QJsonArray> read(const QString& path, const QString& key, QString* error);
    static std::optional<QJsonArray> parse(const QByteArray& json, const QString& key, QString* error);
};

} // namespace ccri::sandbox
