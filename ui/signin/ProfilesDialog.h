#pragma once

#include "app/auth/ServerProfile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace ccri::auth {
class ProfileStore;
class TokenStore;
} // namespace ccri::auth

namespace ccri {

// Add, edit, duplicate and remove server profiles. The scope picker offers the policy's scopes
// and presets per demo role. A confidential client's secret goes to the keychain, never to the
// settings. Non-modal by default (open()); "Use this profile" emits profileChosen().
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(auth::ProfileStore* profiles, auth::TokenStore* tokens, QWidget* parent = nullptr);

    void selectProfile(const QString& id);
    QString currentId() const { return m_currentId; }
    bool saveCurrent(QString* error = nullptr); // the form into the store (and the secret into the keychain)

signals:
    void profileChosen(const QString& id);

private:
    void reload(const QString& selectId);
    void showProfile(const auth::ServerProfile& profile);
    auth::ServerProfile formProfile() const;
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void applyPreset(int index);
    void pickScope(int index);
    void setStatus(const QString& text);

    auth::ProfileStore* m_profiles;
    auth::TokenStore* m_tokens;
    QString m_currentId;
    auth::ServerProfile m_loaded;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_fhirBase;
    QLineEdit* m_clientId;
    QComboBox* m_clientType;
    QLineEdit* m_secret;
    QComboBox* m_policy;
    QPlainTextEdit* m_scopes;
    QComboBox* m_preset;
    QComboBox* m_pick;
    QComboBox* m_pkce;
    QLineEdit* m_redirect;
    QComboBox* m_signInMode;
    QLineEdit* m_caFile;
    QPushButton* m_remove;
    QLabel* m_status;
};

} // namespace ccri
