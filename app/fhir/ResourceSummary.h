#pragma once

#include <nlohmann/json_fwd.hpp>
#include <QString>
#include <QStringList>

namespace ccri::fhir {

// The summary columns fit for each resource type (Patient: name, NHS number, birth date, gender,
// address; Observation: date, code, value with unit, status, category; ...), and a readable
// description for the detail pane. Thread-safe: the bundle parser calls it on a worker thread.
class ResourceSummary
{
public:
    static QStringList headers(const QString& resourceType);
    static QStringList columns(const QString& resourceType, const nlohmann::json& resource);
    // "Label: value" lines of the summary plus id, profile and last update.
    static QString describe(const nlohmann::json& resource);
    // The first attachment of a DocumentReference (url, contentType, size, title), empty when none.
    struct Attachment
    {
        QString url;
        QString contentType;
        qint64 size = -1;
        QString title;
        QByteArray inlineData; // attachment.data, decoded
    };
    static Attachment attachment(const nlohmann::json& documentReference);
    static QString formatSize(qint64 bytes);
    // A FHIR administrative gender code in the reader's language ("female" -> "Female", "Benyw");
    // any other code as it is.
    static QString genderText(const QString& code);
};

} // namespace ccri::fhir
