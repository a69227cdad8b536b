#include "ui/desktop/UserPreferences.h"

#include <QSettings>

namespace ccri {

namespace {
constexpr QLatin1String LanguageKey("interface/language");
constexpr QLatin1String HighContrastKey("interface/highContrast");
constexpr QLatin1String WelcomeSeenKey("firstRun/welcomeSeen");
} // namespace

UserPreferences::UserPreferences(QSettings* settings)
    : m_settings(settings)
{
}

QString UserPreferences::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void UserPreferences::setLanguage(const QString& code)
{
    if (code.isEmpty())
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, code);
}

bool UserPreferences::highContrast() const
{
    return m_settings->value(HighContrastKey, false).toBool();
}

void UserPreferences::setHighContrast(bool on)
{
    m_settings->setValue(HighContrastKey, on);
}

bool UserPreferences::welcomeSeen() const
{
    return m_settings->value(WelcomeSeenKey, false).toBool();
}

void UserPreferences::setWelcomeSeen(bool seen)
{
    m_settings->setValue(WelcomeSeenKey, seen);
}

} // namespace ccri
