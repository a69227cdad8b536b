#pragma once

#include "app/auth/ServerProfile.h"
#include "app/crypto/SigningKey.h"

#include <optional>
#include <QDialog>

class QComboBox;
class QNetworkAccessManager;
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
// settings; so does a signed-JWT client's private key (generated here off the GUI thread, or
// imported from a PEM file), whose public JWK Set can be copied or saved to register the app, or
// sent to the server's registration endpoint (RFC 7591) when its discovery names one.
// Non-modal by default (open()); "Use this profile" emits profileChosen().
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(auth::ProfileStore* profiles, auth::TokenStore* tokens, QWidget* parent = nullptr);

    void selectProfile(const QString& id);
    QString currentId() const { return m_currentId; }
    bool saveCurrent(QString* error = nullptr); // the form into the store (and the secret into the keychain)
    void setNetwork(QNetworkAccessManager* network) { m_network = network; } // for registration; not owned
    std::optional<crypto::SigningKey> signingKey() const { return m_key; } // the form's key, if any

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
    void showClientType();
    void showKey();
    void generateKey();
    void importKey();
    QByteArray publicJwkSet() const;
    void copyJwkSet();
    void saveJwkSet();
    void registerWithServer();

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
    QPlainTextEdit* m_extraHeaders;
    QComboBox* m_signingAlg;
    QLabel* m_keyStatus;
    QPushButton* m_generateKey;
    QPushButton* m_importKey;
    QPushButton* m_copyJwks;
    QPushButton* m_saveJwks;
    QPushButton* m_register;
    QWidget* m_keyRow;
    std::optional<crypto::SigningKey> m_key;
    bool m_keyChanged = false; // written to the keychain at Save
    QNetworkAccessManager* m_network = nullptr;
    QPushButton* m_remove;
    QLabel* m_status;
};

} // namespace ccri
