#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ccri::test {

// A Qt Linguist .ts file as the tests see it: its language and messages (context, source,
// disambiguation comment, plural flag, translation state and text or plural forms).
class TsFile
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type; // "", "unfinished", "vanished" or "obsolete"
        QStringList forms; // one text, or one per plural form

        QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
        bool finished() const { return type.isEmpty(); }
    };

    static TsFile read(const QString& path, QString* error);

    QString language() const { return m_language; }
    QList<Message> messages() const { return m_messages; }
    QStringList keys() const;

private:
    QString m_language;
    QList<Message> m_messages;
};

} // namespace ccri::test
