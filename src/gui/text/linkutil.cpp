// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/linkutil.h"

#include <QDesktopServices>
#include <QUrl>

namespace kollen::gui {

QString localized(const Questionnaire &questionnaire, const LocalizedText &text, const QString &language)
{
    return QString::fromStdString(questionnaire.tr(text, language.toStdString()));
}

QString breakLongRuns(const QString &text, qsizetype longRun, qsizetype every)
{
    QString out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            run = 0;
        } else if (++run > longRun && (run - longRun) % every == 1 && !c.isLowSurrogate()) {
            if (out.isEmpty())
                out = text.left(i);
            out += QChar(0x200B);
        }
        if (!out.isEmpty())
            out += c;
    }
    return out.isEmpty() ? text : out;
}

QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString leftCharacters(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    return text.left(text.at(maxLength).isLowSurrogate() ? maxLength - 1 : maxLength);
}

QString escapedMultiline(const QString &text)
{
    QString escaped = breakLongRuns(text).toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString linksHtml(const std::vector<Link> &links, const Questionnaire &questionnaire, const QString &language)
{
    QStringList items;
    for (const auto &link : links) {
        const QString url = QString::fromStdString(link.url);
        // The host is shown beside the title, so that where a link leads is visible before it is opened (the
        // loader has made sure it is a plain ASCII name).
        const QString host = QUrl(url, QUrl::StrictMode).host();
        items << QStringLiteral("<a href=\"%1\">%2</a>%3")
                     .arg(url.toHtmlEscaped(), localized(questionnaire, link.title, language).toHtmlEscaped(),
                          host.isEmpty() ? QString()
                                         : QStringLiteral(" <small>(%1)</small>").arg(host.toHtmlEscaped()));
    }
    return items.join(QStringLiteral(" · "));
}

bool openSafeLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QStringLiteral("https") && scheme != QStringLiteral("mailto")))
        return false;
    return QDesktopServices::openUrl(parsed);
}

} // namespace kollen::gui
