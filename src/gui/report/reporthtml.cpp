// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporthtml.h"

#include "report/report.h"

#include "text/linkutil.h"
#include "text/statustext.h"

#include <QApplication>
#include <QFontDatabase>
#include <QUrl>

#include <climits>

namespace kollen::gui::reportparts {

namespace {

/// Only https and mailto links from the questionnaire become links; anything else is printed as text.
bool isSafeLink(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("mailto") && !url.path().isEmpty();
}

} // namespace

const char *levelFill(int level)
{
    static constexpr const char *fills[] = { "#f6d8d2", "#fbe5c6", "#fdf0bd", "#dcefd3", "#c7e6cb" };
    return fills[std::clamp(level, 0, levelCount)];
}

QString str(const std::string &text)
{
    if (text.empty())
        return {};
    return isolated(shortened(QString::fromStdString(text), maxTextLength));
}

QString shortened(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    const int total = static_cast<int>(std::min<qsizetype>(text.size(), INT_MAX));
    return leftCharacters(text, maxLength)
        + ReportRenderer::tr(" … [shortened: %n characters in all; the whole text is in the assessment file]", nullptr,
                             total);
}

QString esc(const QString &text)
{
    return breakLongRuns(text).toHtmlEscaped();
}

QString esc(const std::string &text)
{
    return esc(str(text));
}

QFont reportFont(qreal pointSize)
{
    QFont font = QFontDatabase::hasFamily(QStringLiteral("DejaVu Sans")) ? QFont(QStringLiteral("DejaVu Sans"))
                                                                         : QApplication::font();
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferOutline);
    // Qt shapes text without ligatures when letter spacing is set: "fi" stays two letters, so the PDF's text
    // can be searched and copied as written. The spacing itself is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

QString linkHtml(const QString &title, const std::string &address)
{
    const QString shown = QString::fromStdString(address); // a link from the questionnaire, not isolated
    const QUrl url(shown, QUrl::StrictMode);
    if (!isSafeLink(url))
        return esc(title.isEmpty() ? shown : title);
    QString visible = shown;
    if (visible.startsWith(QLatin1String("https://")))
        visible = visible.mid(8);
    else if (visible.startsWith(QLatin1String("mailto:")))
        visible = visible.mid(7);
    if (visible.endsWith(QLatin1Char('/')))
        visible.chop(1);
    return QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:underline\">%3</a>"
                          " <span style=\"color:%4; font-size:7.5pt\">(%5)</span>")
        .arg(esc(url.toString(QUrl::FullyEncoded)), QLatin1String(accentColor), esc(title.isEmpty() ? visible : title),
            QLatin1String(mutedColor), esc(visible));
}

QString styleSheet()
{
    return QStringLiteral(
        "body { color: %1; }"
        "h1 { font-size: 24pt; font-weight: bold; color: %2; margin-top: 0px; margin-bottom: 10px; }"
        "h2 { font-size: 16pt; font-weight: bold; color: %2; margin-top: 0px; margin-bottom: 10px; }"
        "h3 { font-size: 11.5pt; font-weight: bold; color: %2; margin-top: 18px; margin-bottom: 6px; }"
        "p { margin-top: 0px; margin-bottom: 6px; }"
        "li { margin-bottom: 5px; }"
        "li.step { font-size: 8.5pt; margin-bottom: 3px; }"
        "h4 { font-size: 9pt; font-weight: bold; color: %2; margin-top: 8px; margin-bottom: 6px; }"
        "th { font-weight: bold; font-size: 8pt; border-bottom: 1px solid %2; }"
        "td { font-size: 8.5pt; }"
        "td.c { border-bottom: 1px solid %4; }"
        "td.box { border: 1px solid #ffffff; }"
        ".kicker { font-size: 8.5pt; font-weight: bold; color: %3; margin-bottom: 4px; }"
        ".subtitle { font-size: 13pt; color: %2; margin-bottom: 4px; }"
        ".subtitle2 { font-size: 10pt; color: %3; }"
        ".label { color: %3; }"
        ".big { font-size: 17pt; font-weight: bold; color: %2; margin-bottom: 8px; }"
        ".metrics { font-weight: bold; margin-top: 4px; margin-bottom: 0px; }"
        ".count { font-size: 16pt; font-weight: bold; }"
        ".small { font-size: 7.5pt; color: %3; }"
        ".advice { font-size: 8pt; color: %3; }"
        ".note { font-size: 8pt; font-style: italic; }")
        .arg(QLatin1String(textColor), QLatin1String(accentColor), QLatin1String(mutedColor), QLatin1String(ruleColor));
}

QString heading2(const QString &title, bool newPage)
{
    return QStringLiteral("<h2%1>%2</h2>")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before:always\"")
                     : QStringLiteral(" style=\"margin-top:28px\""),
            esc(title));
}

QString tableStart(const QStringList &headers, const QList<int> &widths)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\" "
                                  "style=\"border-collapse:collapse\"><thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        html += QStringLiteral("<th align=\"left\" width=\"%1%\" bgcolor=\"%2\">%3</th>")
                    .arg(widths.value(i))
                    .arg(QLatin1String(headerFill), esc(headers[i]));
    }
    return html + QStringLiteral("</tr></thead><tbody>");
}

QString tableEnd()
{
    return QStringLiteral("</tbody></table>");
}

QString cell(const QString &html, const QString &attributes)
{
    return QStringLiteral("<td class=\"c\" valign=\"top\"%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, html);
}

QString levelCell(int level)
{
    return cell(
        esc(StatusText::levelShort(level)), QStringLiteral("bgcolor=\"%1\"").arg(QLatin1String(levelFill(level))));
}

} // namespace kollen::gui::reportparts
