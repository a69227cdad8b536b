#include "sandbox/auth/JsonListFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccri::sandbox {

std::optional<QJsonArray> JsonListFile::read(const QString& path, const QString& key, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("JsonListFile", "Cannot read the %1 file %2: %3")
                         .arg(key, path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), key, error);
}

std::optional<QJsonArray> JsonListFile::parse(const QByteArray& json, const QString& key, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QString problem;
    if (parseError.error != QJsonParseError::NoError)
        problem = QCoreApplication::translate("JsonListFile", "The %1 file is not valid JSON: %2.")
                      .arg(key, parseError.errorString());
    const QJsonArray list = document.object().value(key).toArray();
    if (problem.isEmpty() && list.isEmpty())
        problem = QCoreApplication::translate("JsonListFile", "The %1 file has no \"%1\" array.").arg(key);
    if (problem.isEmpty())
        return list;
    if (error)
        *error = problem;
    return std::nullopt;
}

} // namespace ccri::sandbox
