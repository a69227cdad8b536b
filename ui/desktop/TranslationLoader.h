#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace ccri {

// Chooses the interface language and installs the explorer's translation (embedded at :/i18n).
// The language follows the system unless the user chose one in Preferences. Qt itself has no
// Welsh translation; the few Qt strings users see (standard dialog buttons) are in ours.
class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject* parent = nullptr);

    struct Language
    {
        QString code; // "en", "cy"
        QString nativeName; // as its speakers write it: "English", "Cymraeg"
    };
    static QList<Language> languages();

    // The language to use: the preference if it is one we have, else the first of the system's
    // UI languages we have, else English.
    static QString resolve(const QString& preference, const QLocale& system);

    // Loads and installs the translation for `code` into `app` (replacing one this loader
    // installed before). When the user chose a language other than the system's, dates and
    // numbers follow it too (QLocale::setDefault), keeping the system's region.
    bool install(QCoreApplication* app, const QString& code, QString* error = nullptr);
    QString installedLanguage() const { return m_installed; }

    static QString resourcePath(const QString& code);

private:
    QTranslator* m_translator = nullptr;
    QString m_installed;
};

} // namespace ccri
