#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

// An application/x-www-form-urlencoded body or query string (RFC 6749 Appendix B): '+' is a
// space, %XX is a byte, names may repeat (the consent form's `scope` checkboxes).
class FormBody
{
public:
    FormBody() = default;
    static FormBody parse(const QByteArray& encoded);

    bool has(const QString& name) const;
    QString value(const QString& name) const; // the first value, empty if absent
    QStringList values(const QString& name) const;
    // OAuth parameters must not repeat (RFC 6749 §3.1): the first name given more than once, or empty.
    QString repeatedName(const QStringList& names) const;
    const QList<QPair<QString, QString>>& items() const { return m_items; }

    static QString decodeComponent(QByteArray part); // '+' -> space, then %XX
    static QByteArray encode(const QList<QPair<QString, QString>>& items); // strict: '+' -> %2B

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace ccri::sandbox
