#pragma once

#include <QDialog>

class QPushButton;

namespace ccri {

class UserPreferences;

// The first-run welcome: what the explorer is for, and two ways to start — the local sandbox
// (practice server with demo accounts) or adding a server. Once closed, by any button, it is
// remembered in UserPreferences and not shown again. Opened with open(), never exec().
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        LocalSandbox,
        AddServer,
        Later
    };
    Q_ENUM(Choice)

    explicit WelcomeDialog(UserPreferences* preferences, QWidget* parent = nullptr);

    // Whether to show it: not after it has been seen once.
    static bool wanted(const UserPreferences& preferences);

    QPushButton* sandboxButton() const { return m_sandbox; }
    QPushButton* addServerButton() const { return m_addServer; }
    QPushButton* laterButton() const { return m_later; }

signals:
    void chosen(ccri::WelcomeDialog::Choice choice);

protected:
    void done(int result) override;

private:
    void choose(Choice choice);

    UserPreferences* m_preferences = nullptr;
    QPushButton* m_sandbox = nullptr;
    QPushButton* m_addServer = nullptr;
    QPushButton* m_later = nullptr;
    Choice m_choice = Choice::Later;
};

} // namespace ccri
