#pragma once

#include <QString>

class QSettings;

namespace ccri {

// The explorer's own choices that outlive a run, kept in QSettings (the seam: tests pass a
// QSettings on a scratch file): the interface language, high-contrast colours, and whether the
// first-run welcome has been seen.
class UserPreferences
{
public:
    explicit UserPreferences(QSettings* settings);

    // "" follows the system; otherwise a language code of TranslationLoader::languages().
    QString language() const;
    void setLanguage(const QString& code);

    bool highContrast() const;
    void setHighContrast(bool on);

    bool welcomeSeen() const;
    void setWelcomeSeen(bool seen);

private:
    QSettings* m_settings = nullptr;
};

} // namespace ccri
