#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace ccri::sandbox {

// A plain, accessible HTML page of the auth server (no scripts), served with no-store and a
// Content-Security-Policy that allows no script and no framing.
class HtmlPage
{
public:
    explicit HtmlPage(const QString& title);

    void addHeading(const QString& text);
    void addParagraph(const QString& text, const QString& role = QString()); // role="alert" for errors
    void addRaw(const QString& html); // already escaped markup
    QHttpServerResponse response(QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok) const;

    static QString escape(const QString& text);
    // A page for an error that cannot go back to the client (unknown client, bad redirect_uri...).
    static QHttpServerResponse error(const QString& title, const QString& message,
                                     QHttpServerResponse::StatusCode status
                                     = QHttpServerResponse::StatusCode::BadRequest);

private:
    QString m_title;
    QString m_body;
};

} // namespace ccri::sandbox
