#include "ui/desktop/TranslationLoader.h"

#include <algorithm>
#include <QCoreApplication>
#include <QTranslator>

namespace ccri {

TranslationLoader::TranslationLoader(QObject* parent)
    : QObject(parent)
{
}

QList<TranslationLoader::Language> TranslationLoader::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("cy"), QStringLiteral("Cymraeg")}};
}

QString TranslationLoader::resolve(const QString& preference, const QLocale& system)
{
    const QList<Language> known = languages();
    const auto have = [&known](const QString& code) {
        return std::any_of(known.cbegin(), known.cend(), [&code](const Language& l) { return l.code == code; });
    };
    if (have(preference))
        return preference;
    for (const QString& tag : system.uiLanguages()) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (have(code))
            return code;
    }
    return QStringLiteral("en");
}

QString TranslationLoader::resourcePath(const QString& code)
{
    return QStringLiteral(":/i18n/ccri-explorer_%1.qm").arg(code);
}

bool TranslationLoader::install(QCoreApplication* app, const QString& code, QString* error)
{
    auto* translator = new QTranslator(this);
    if (!translator->load(resourcePath(code))) {
        delete translator;
        if (error)
            *error = tr("The %1 translation is missing from this build, so the explorer stays in English.").arg(code);
        return false;
    }
    if (m_translator) {
        app->removeTranslator(m_translator);
        delete m_translator;
    }
    m_translator = translator;
    app->installTranslator(m_translator);
    m_installed = code;
    const QLocale system = QLocale::system();
    if (code == resolve(QString(), system))
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(QLocale(code).language(), system.territory()));
    return true;
}

} // namespace ccri
