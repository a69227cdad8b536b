#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ccri::test {

// The first <form> of an HTML page, read the way a browser without scripts submits it: hidden
// and text inputs with their values, checkboxes that are ticked, and one chosen submit button.
// Enough for the sandbox's plain login and consent pages; not a general HTML parser.
class HtmlForm
{
public:
    static HtmlForm parse(const QByteArray& html, const QUrl& pageUrl);

    bool isValid() const { return m_valid; }
    QUrl action() const { return m_action; }
    QString method() const { return m_method; } // "post" or "get", lower case
    bool hasField(const QString& name) const;
    QStringList buttons() const { return m_buttons; } // names of the submit buttons

    void set(const QString& name, const QString& value); // replaces every field of that name
    // application/x-www-form-urlencoded, with the named submit button pressed.
    QByteArray encode(const QString& button) const;

private:
    bool m_valid = false;
    QUrl m_action;
    QString m_method;
    QList<QPair<QString, QString>> m_fields;
    QList<QPair<QString, QString>> m_buttonValues;
    QStringList m_buttons;
};

} // namespace ccri::test
