#include "sandbox/auth/HtmlPage.h"

namespace ccri::sandbox {

HtmlPage::HtmlPage(const QString& title)
    : m_title(title)
{
}

void HtmlPage::addHeading(const QString& text)
{
    m_body += QStringLiteral("<h1>%1</h1>\n").arg(escape(text));
}

void HtmlPage::addParagraph(const QString& text, const QString& role)
{
    if (role.isEmpty())
        m_body += QStringLiteral("<p>%1</p>\n").arg(escape(text));
    else
        m_body += QStringLiteral("<p role=\"%1\" class=\"%1\">%2</p>\n").arg(escape(role), escape(text));
}

void HtmlPage::addRaw(const QString& html)
{
    m_body += html;
}

void HtmlPage::addSignInForm(const QString& action, const QString& requestId, const QString& csrfToken,
                             const QString& fields)
{
    m_body += QStringLiteral("<form method=\"post\" action=\"%1\">\n"
                             "<input type=\"hidden\" name=\"request\" value=\"%2\">\n"
                             "<input type=\"hidden\" name=\"csrf\" value=\"%3\">\n"
                             "%4</form>\n")
                  .arg(action, escape(requestId), escape(csrfToken), fields);
}

QString HtmlPage::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QHttpServerResponse HtmlPage::response(QHttpServerResponse::StatusCode status) const
{
    const QString html
        = QStringLiteral(
              "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<title>%1 — CCRI sandbox</title>\n<style>\n"
              // Compact enough that the consent page's Authorize and Deny fit the sign-in window
              // (720 x 820) for a clinician's dozen scopes without scrolling.
              "body{font-family:sans-serif;max-width:40em;margin:.6em auto;padding:0 1em;line-height:1.3}\n"
              "h1{font-size:1.35em;margin:.3em 0}p{margin:.4em 0}\n"
              "label{display:block;margin:.15em "
              "0}input[type=text],input[type=password],select{font-size:1em;padding:.3em;width:100%;box-sizing:border-"
              "box}\n"
              "button{font-size:1em;padding:.4em 1.2em;margin:.6em .6em 0 0}.alert{color:#a00;font-weight:bold}\n"
              ".denied{color:#666}fieldset{margin:.5em 0;padding:.3em .8em}legend{padding:0 "
              ".3em}table{border-collapse:collapse}td,th{padding:.2em "
              ".8em;text-align:left}\n"
              "</style>\n</head>\n<body>\n<main>\n%2</main>\n</body>\n</html>\n")
              .arg(escape(m_title), m_body);
    QHttpServerResponse response("text/html; charset=utf-8", html.toUtf8(), status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return response;
}

QHttpServerResponse HtmlPage::error(const QString& title, const QString& message,
                                    QHttpServerResponse::StatusCode status)
{
    HtmlPage page(title);
    page.addHeading(title);
    page.addParagraph(message, QStringLiteral("alert"));
    return page.response(status);
}

} // namespace ccri::sandbox
