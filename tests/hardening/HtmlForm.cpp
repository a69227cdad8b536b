#include "tests/hardening/HtmlForm.h"

#include <map>
#include <QRegularExpression>

namespace ccri::test {

namespace {

// Each pattern is compiled (and JIT-compiled at its first match) once per thread and kept: a
// simulated browser parses every page it is shown, and 50 of them at once in the sign-in storm
// spent more time compiling these patterns than matching them. One set per thread, so no
// QRegularExpression is shared between threads.
const QRegularExpression& cachedPattern(const QString& pattern, QRegularExpression::PatternOptions options)
{
    // std::map: a reference stays valid while more patterns are added (parse() holds one).
    thread_local std::map<QString, QRegularExpression> patterns;
    auto it = patterns.find(pattern);
    if (it == patterns.end())
        it = patterns.emplace(pattern, QRegularExpression(pattern, options)).first;
    return it->second;
}

QString attribute(const QString& tag, const QString& name)
{
    const QRegularExpression& pattern
        = cachedPattern(QStringLiteral("\\b%1\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").arg(name),
                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return QString();
    QString value = match.captured(2);
    if (value.isEmpty())
        value = match.captured(3);
    if (value.isEmpty())
        value = match.captured(4);
    // Undo the HTML escaping of attribute values (&amp; &quot; &#39; ...).
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&#39;"), QLatin1String("'"));
    value.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

bool hasFlag(const QString& tag, const QString& flag)
{
    return cachedPattern(QStringLiteral("\\s%1(\\s|=|/?>|/?$)").arg(flag), QRegularExpression::CaseInsensitiveOption)
        .match(tag)
        .hasMatch();
}

QString formEncode(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

HtmlForm HtmlForm::parse(const QByteArray& html, const QUrl& pageUrl)
{
    HtmlForm form;
    const QString page = QString::fromUtf8(html);
    const QRegularExpression& formPattern
        = cachedPattern(QStringLiteral("<form\\b([^>]*)>(.*?)</form>"),
                        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch formMatch = formPattern.match(page);
    if (!formMatch.hasMatch())
        return form;
    const QString formTag = formMatch.captured(1);
    const QString body = formMatch.captured(2);
    form.m_valid = true;
    form.m_action = pageUrl.resolved(QUrl(attribute(formTag, QStringLiteral("action"))));
    form.m_method = attribute(formTag, QStringLiteral("method")).toLower();
    if (form.m_method.isEmpty())
        form.m_method = QStringLiteral("get");

    const QRegularExpression& controlPattern
        = cachedPattern(QStringLiteral("<(input|button)\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = controlPattern.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString element = match.captured(1).toLower();
        const QString tag = match.captured(2);
        const QString name = attribute(tag, QStringLiteral("name"));
        if (name.isEmpty())
            continue;
        const QString type = attribute(tag, QStringLiteral("type")).toLower();
        const QString value = attribute(tag, QStringLiteral("value"));
        if (element == QLatin1String("button") || type == QLatin1String("submit")) {
            form.m_buttons.append(name);
            form.m_buttonValues.append({name, value});
        } else if (type == QLatin1String("checkbox") || type == QLatin1String("radio")) {
            if (hasFlag(tag, QStringLiteral("checked")) && !hasFlag(tag, QStringLiteral("disabled")))
                form.m_fields.append({name, value.isEmpty() ? QStringLiteral("on") : value});
        } else {
            form.m_fields.append({name, value});
        }
    }
    return form;
}

bool HtmlForm::hasField(const QString& name) const
{
    for (const auto& field : m_fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

void HtmlForm::set(const QString& name, const QString& value)
{
    m_fields.removeIf([&](const QPair<QString, QString>& field) { return field.first == name; });
    m_fields.append({name, value});
}

QByteArray HtmlForm::encode(const QString& button) const
{
    QStringList parts;
    for (const auto& field : m_fields)
        parts.append(formEncode(field.first) + QLatin1Char('=') + formEncode(field.second));
    for (const auto& pressed : m_buttonValues) {
        if (pressed.first == button) {
            parts.append(formEncode(pressed.first) + QLatin1Char('=') + formEncode(pressed.second));
            break;
        }
    }
    return parts.join(QLatin1Char('&')).toUtf8();
}

} // namespace ccri::test
