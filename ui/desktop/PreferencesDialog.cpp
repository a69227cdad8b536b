#include "ui/desktop/PreferencesDialog.h"

#include "ui/desktop/TranslationLoader.h"
#include "ui/desktop/UserPreferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ccri {

PreferencesDialog::PreferencesDialog(UserPreferences* preferences, QWidget* parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_language(new QComboBox(this))
    , m_highContrast(new QCheckBox(tr("&High-contrast colours"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    const QString systemLanguage = TranslationLoader::resolve(QString(), QLocale::system());
    QString systemName;
    for (const TranslationLoader::Language& language : TranslationLoader::languages()) {
        if (language.code == systemLanguage)
            systemName = language.nativeName;
    }
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("As the system (%1)").arg(systemName), QString());
    for (const TranslationLoader::Language& language : TranslationLoader::languages())
        m_language->addItem(language.nativeName, language.code);
    const int current = m_language->findData(m_preferences->language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto* languageNote
        = new QLabel(tr("A new language is used from the next time you start CareConnect Explorer."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);

    m_highContrast->setObjectName(QStringLiteral("highContrastBox"));
    m_highContrast->setChecked(m_preferences->highContrast());
    auto* contrastNote = new QLabel(tr("White text on black with yellow selection and focus. Applies at once."), this);
    contrastNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), languageNote);
    form->addRow(QString(), m_highContrast);
    form->addRow(QString(), contrastNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void PreferencesDialog::accept()
{
    m_preferences->setLanguage(m_language->currentData().toString());
    const bool contrast = m_highContrast->isChecked();
    const bool changed = contrast != m_preferences->highContrast();
    m_preferences->setHighContrast(contrast);
    if (changed)
        emit highContrastChanged(contrast);
    QDialog::accept();
}

} // namespace ccri
