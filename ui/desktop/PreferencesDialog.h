#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace ccri {

class UserPreferences;

// File → Preferences: the interface language (applies at the next start; the dialog says so)
// and high-contrast colours (apply at once). Saves to UserPreferences when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(UserPreferences* preferences, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QCheckBox* highContrastBox() const { return m_highContrast; }

    void accept() override;

signals:
    void highContrastChanged(bool on);

private:
    UserPreferences* m_preferences = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_highContrast = nullptr;
};

} // namespace ccri
