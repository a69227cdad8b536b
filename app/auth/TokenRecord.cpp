#include "app/auth/TokenRecord.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>

namespace ccri::auth {

namespace {

QString stringField(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return QString();
    return QString::fromStdString(it->get<std::string>());
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool TokenRecord::isExpired(const QDateTime& now) const
{
    return expiresAt.isValid() && now >= expiresAt;
}

qint64 TokenRecord::lifetimeSeconds() const
{
    if (!issuedAt.isValid() || !expiresAt.isValid())
        return -1;
    return issuedAt.secsTo(expiresAt);
}

QByteArray TokenRecord::toJson() const
{
    nlohmann::json object = {
        {"version", 1},
        {"access_token", accessToken.toStdString()},
        {"token_type", tokenType.toStdString()},
        {"scope", scope.toStdString()},
    };
    if (!refreshToken.isEmpty())
        object["refresh_token"] = refreshToken.toStdString();
    if (issuedAt.isValid())
        object["issued_at"] = issuedAt.toSecsSinceEpoch();
    if (expiresAt.isValid())
        object["expires_at"] = expiresAt.toSecsSinceEpoch();
    if (!patient.isEmpty())
        object["patient"] = patient.toStdString();
    if (!encounter.isEmpty())
        object["encounter"] = encounter.toStdString();
    if (!idToken.isEmpty())
        object["id_token"] = idToken.toStdString();
    return QByteArray::fromStdString(object.dump());
}

std::optional<TokenRecord> TokenRecord::fromJson(const QByteArray& json, QString* error)
{
    const nlohmann::json object = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (object.is_discarded() || !object.is_object()) {
        fail(error, QCoreApplication::translate("TokenRecord", "The saved session is damaged and can't be read."));
        return std::nullopt;
    }
    TokenRecord record;
    record.accessToken = stringField(object, "access_token");
    record.tokenType = stringField(object, "token_type");
    record.refreshToken = stringField(object, "refresh_token");
    record.scope = stringField(object, "scope");
    record.patient = stringField(object, "patient");
    record.encounter = stringField(object, "encounter");
    record.idToken = stringField(object, "id_token");
    if (object.contains("issued_at") && object["issued_at"].is_number_integer())
        record.issuedAt = QDateTime::fromSecsSinceEpoch(object["issued_at"].get<qint64>(), Qt::UTC);
    if (object.contains("expires_at") && object["expires_at"].is_number_integer())
        record.expiresAt = QDateTime::fromSecsSinceEpoch(object["expires_at"].get<qint64>(), Qt::UTC);
    if (record.accessToken.isEmpty() && record.refreshToken.isEmpty()) {
        fail(error, QCoreApplication::translate("TokenRecord", "The saved session holds no token."));
        return std::nullopt;
    }
    return record;
}

std::optional<TokenRecord> TokenRecord::fromTokenResponse(const QByteArray& body, const QDateTime& now,
                                                          const QString& requestedScope, QString* error,
                                                          const TokenRecord* previous)
{
    const nlohmann::json object = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (object.is_discarded() || !object.is_object()) {
        fail(error, QCoreApplication::translate("TokenRecord", "The token endpoint did not answer with JSON."));
        return std::nullopt;
    }
    TokenRecord record;
    record.accessToken = stringField(object, "access_token");
    if (record.accessToken.isEmpty()) {
        fail(error, QCoreApplication::translate("TokenRecord", "The token endpoint's answer has no access token."));
        return std::nullopt;
    }
    record.tokenType = stringField(object, "token_type");
    if (record.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        fail(error,
             QCoreApplication::translate("TokenRecord",
                                         "The server issued a \"%1\" token; only Bearer tokens are supported.")
                 .arg(record.tokenType.isEmpty() ? QStringLiteral("?") : record.tokenType));
        return std::nullopt;
    }
    record.tokenType = QStringLiteral("Bearer");
    record.issuedAt = now.toUTC();
    const auto expiresIn = object.find("expires_in");
    if (expiresIn != object.end()) {
        // Any number may come in (1e300, a string): beyond ten years it is no usable lifetime, and
        // converting it to an integer would be undefined behaviour.
        constexpr double maxSeconds = 10.0 * 366 * 24 * 3600;
        double seconds = -1;
        if (expiresIn->is_number())
            seconds = expiresIn->get<double>();
        else if (expiresIn->is_string())
            seconds = QString::fromStdString(expiresIn->get<std::string>()).toDouble();
        if (seconds > 0 && seconds <= maxSeconds)
            record.expiresAt = record.issuedAt.addSecs(qint64(seconds));
    }
    record.scope = object.contains("scope") ? stringField(object, "scope") : requestedScope;
    record.refreshToken = stringField(object, "refresh_token");
    record.patient = stringField(object, "patient");
    record.encounter = stringField(object, "encounter");
    record.idToken = stringField(object, "id_token");
    if (previous) {
        if (record.refreshToken.isEmpty())
            record.refreshToken = previous->refreshToken;
        if (record.idToken.isEmpty()) {
            record.idToken = previous->idToken;
            record.idTokenCheck = previous->idTokenCheck;
        }
        if (record.patient.isEmpty())
            record.patient = previous->patient;
        if (!object.contains("scope"))
            record.scope = previous->scope;
    }
    return record;
}

} // namespace ccri::auth
