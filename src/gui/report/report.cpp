// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"

#include "text/linkutil.h"
#include "text/presentationtext.h"
#include "widgets/radarchart.h"
#include "text/statustext.h"

#include <kollen/actionplan.h>
#include <kollen/scoring.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPolarChart>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <set>

namespace kollen::gui {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Look

constexpr const char *accentColor = "#0b3c5d";
constexpr const char *textColor = "#1a1a1a";
constexpr const char *mutedColor = "#56616b";
constexpr const char *ruleColor = "#c5cfd8";
constexpr const char *headerFill = "#e4ebf1";
constexpr const char *calloutFill = "#eef3f7";

/// A light tint per level (0–4). The level is always written out as well, so the tint only supports the text.
const char *levelFill(int level)
{
    static constexpr const char *fills[] = {"#f6d8d2", "#fbe5c6", "#fdf0bd", "#dcefd3", "#c7e6cb"};
    return fills[std::clamp(level, 0, levelCount)];
}

/// Page geometry in millimetres.
constexpr double marginLeftMm = 22.0;
constexpr double marginRightMm = 20.0;
constexpr double marginTopMm = 24.0;
constexpr double marginBottomMm = 24.0;
constexpr double headerBaselineMm = 13.0; ///< from the top edge
constexpr double footerBaselineMm = 13.0; ///< from the bottom edge

/// The anchor name of the paragraph that receives the radar chart. Anchor names never come from user text
/// (which is always escaped), so the slot cannot be spoofed.
constexpr const char *radarSlot = "kollen-radar-slot";
constexpr int radarObjectType = QTextFormat::UserObject + 1;

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString esc(const std::string &text)
{
    return str(text).toHtmlEscaped();
}

/// The report's font: DejaVu Sans where installed (it covers Swedish and Norwegian letters and prints well),
/// else the application font.
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

/// A link from the questionnaire: the title as a link, followed by the address in small print for paper readers.
QString linkHtml(const QString &title, const std::string &address)
{
    const QUrl url(str(address), QUrl::StrictMode);
    const QString shown = str(address);
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
        .arg(esc(url.toString(QUrl::FullyEncoded)), QLatin1String(accentColor),
             esc(title.isEmpty() ? visible : title), QLatin1String(mutedColor), esc(visible));
}

// ---------------------------------------------------------------------------------------------------------------
// The document: never loads anything

class ReportDocument final : public QTextDocument
{
public:
    ReportDocument()
    {
        // Defence in depth: user text is escaped, so the HTML has no images or style sheets to load; should one
        // slip through anyway, neither this document nor a global resource provider may fetch it.
        setResourceProvider([](const QUrl &) { return QVariant(); });
    }

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// ---------------------------------------------------------------------------------------------------------------
// The radar chart as a text object, painted as vector graphics

class RadarObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /// `sceneSize` is the chart's size in its scene (1/96 inch units); `deviceSize` the size it takes on the page.
    RadarObject(RadarChart *chart, QSizeF sceneSize, QSizeF deviceSize)
        : m_chart(chart)
        , m_sceneSize(sceneSize)
        , m_deviceSize(deviceSize)
    {
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override { return m_deviceSize; }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override
    {
        // The scene is painted item by item onto the page's painter: lines stay lines, labels stay text.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        m_chart->scene()->render(painter, rect, QRectF(QPointF(0, 0), m_sceneSize), Qt::KeepAspectRatio);
        painter->restore();
    }

private:
    RadarChart *m_chart;
    QSizeF m_sceneSize;
    QSizeF m_deviceSize;
};

/// The print palette for the chart, independent of the desktop's (possibly dark) theme.
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0xb0, 0xb8, 0xc0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x56, 0x61, 0x6b));
    return palette;
}

// ---------------------------------------------------------------------------------------------------------------
// Keeping headings with what follows them

struct TopItem
{
    QTextBlock block;             ///< valid for a paragraph
    QTextTable *table = nullptr;  ///< set for a table
};

std::vector<TopItem> topLevelItems(QTextDocument &doc)
{
    std::vector<TopItem> items;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame())
            items.push_back({QTextBlock(), qobject_cast<QTextTable *>(frame)});
        else
            items.push_back({it.currentBlock(), nullptr});
    }
    return items;
}

bool breaksBefore(const TopItem &item)
{
    if (item.table)
        return item.table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    return item.block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

/// The bottom of the part of an item that must stay with a heading: a paragraph entirely, a table up to its
/// first row below the header.
qreal keptBottom(QAbstractTextDocumentLayout *layout, const TopItem &item)
{
    if (!item.table)
        return layout->blockBoundingRect(item.block).bottom();
    const int row = std::min(item.table->format().headerRowCount(), item.table->rows() - 1);
    qreal bottom = 0;
    for (int column = 0; column < item.table->columns(); ++column) {
        const QTextTableCell cell = item.table->cellAt(row, column);
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (it.currentBlock().isValid())
                bottom = std::max(bottom, layout->blockBoundingRect(it.currentBlock()).bottom());
        }
    }
    return bottom;
}

/// Keeps things together across page breaks, working in document order (a change only affects what follows):
/// - a heading stays on the same page as the start of its content (the next three paragraphs, or a table's
///   header and first row);
/// - a table that fits on a page is not split; it moves to the next page with the headings right before it.
/// Longer tables break between rows and repeat their header row. After every change the whole document is laid
/// out again, so that later positions are never stale.
void keepTogether(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const std::vector<TopItem> items = topLevelItems(doc);
    auto pageOf = [pageHeight](qreal y) { return static_cast<int>(std::floor(y / pageHeight)); };
    auto isHeading = [](const TopItem &item) { return !item.table && item.block.blockFormat().headingLevel() > 0; };
    auto topOf = [layout](const TopItem &item) {
        return item.table ? layout->frameBoundingRect(item.table).top() : layout->blockBoundingRect(item.block).top();
    };
    auto atPageTop = [&](const TopItem &item) {
        const qreal top = topOf(item);
        return top - pageOf(top) * pageHeight < 2.0;
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        const TopItem &item = items[i];
        if (breaksBefore(item) || (!item.table && !isHeading(item)) || atPageTop(item))
            continue;
        const qreal top = topOf(item);
        qreal bottom = top;
        if (item.table) {
            bottom = layout->frameBoundingRect(item.table).bottom();
            if (bottom - top > pageHeight * 0.8)
                continue;
        } else {
            bottom = layout->blockBoundingRect(item.block).bottom();
            int kept = 0;
            for (std::size_t j = i + 1; j < items.size() && kept < 3; ++j) {
                if (breaksBefore(items[j]))
                    break;
                bottom = keptBottom(layout, items[j]);
                if (!isHeading(items[j]))
                    ++kept;
                if (items[j].table)
                    break;
            }
            if (bottom - top > pageHeight * 0.5)
                continue;
        }
        if (pageOf(bottom - 1.0) == pageOf(top))
            continue;
        std::size_t first = i;
        while (first > 0 && isHeading(items[first - 1]) && !breaksBefore(items[first - 1])
               && !atPageTop(items[first - 1]))
            --first;
        if (first > 0 && isHeading(items[first - 1]))
            continue; // the heading before starts a page: moving the rest would leave it alone
        const TopItem &moved = items[first];
        if (moved.table) {
            QTextTableFormat format = moved.table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            moved.table->setFormat(format);
        } else {
            QTextCursor cursor(moved.block);
            QTextBlockFormat format = moved.block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
        doc.markContentsDirty(0, doc.characterCount());
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The report's content

class Builder
{
public:
    Builder(const Questionnaire &q, const Assessment &a, const ReportOptions &options, const QString &language,
            const QDateTime &generated)
        : m_q(q)
        , m_a(a)
        , m_options(options)
        , m_language(language)
        , m_locale(language)
        , m_generated(generated)
        , m_result(score(q, a))
        , m_plan(generateActionPlan(q, a))
    {
        for (const auto &[areaId, target] : a.targets) {
            if (target.level > 0 && q.findArea(areaId))
                m_anyTarget = true;
        }
    }

    QString build() const
    {
        QString html = QStringLiteral("<html><body>");
        html += cover();
        html += summary();
        html += results();
        if (m_options.trend && m_options.trend->points.size() >= 2)
            html += trend();
        if (m_options.includeActionPlan)
            html += actionPlan();
        html += feedback();
        html += method();
        if (m_options.includeAppendix)
            html += appendix();
        html += QStringLiteral("</body></html>");
        return html;
    }

    [[nodiscard]] const ScoreResult &result() const { return m_result; }

private:
    // The report's texts have one translation context, "ReportRenderer" (lupdate reads the macro's argument).
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)


    QString text(const LocalizedText &localizedText) const { return localized(m_q, localizedText, m_language); }

    QString number(double value, int decimals) const { return m_locale.toString(value, 'f', decimals); }

    QString percent(double share) const
    {
        return m_locale.toString(static_cast<int>(std::lround(share * 100))) + QStringLiteral("\u00a0%");
    }

    QString date(const std::string &isoDate) const
    {
        return isoDate.empty() ? QStringLiteral("–") : esc(isoDate);
    }

    QString organisationName() const
    {
        return m_a.organisation.name.empty() ? tr("Unnamed organisation") : str(m_a.organisation.name);
    }

    QString answerLabel(const std::string &questionId) const
    {
        const std::string &answerId = m_a.answer(questionId);
        if (answerId.empty())
            return tr("Not answered");
        const AnswerOption *option = m_q.findAnswer(answerId);
        return option ? text(option->label) : tr("Not answered");
    }

    QString areaTitle(const std::string &areaId) const
    {
        const Area *area = m_q.findArea(areaId);
        return area ? text(area->title) : str(areaId);
    }

    static QString heading2(const QString &title, bool newPage = true)
    {
        return QStringLiteral("<h2%1>%2</h2>")
            .arg(newPage ? QStringLiteral(" style=\"page-break-before:always\"")
                         : QStringLiteral(" style=\"margin-top:28px\""),
                 esc(title));
    }

    static QString tableStart(const QStringList &headers, const QList<int> &widths)
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

    static QString tableEnd() { return QStringLiteral("</tbody></table>"); }

    static QString cell(const QString &html, const QString &attributes = QString())
    {
        return QStringLiteral("<td class=\"c\" valign=\"top\"%1>%2</td>")
            .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, html);
    }

    static QString levelCell(int level)
    {
        return cell(esc(StatusText::levelShort(level)),
                    QStringLiteral("bgcolor=\"%1\"").arg(QLatin1String(levelFill(level))));
    }

    QString targetText(const std::string &areaId) const
    {
        const auto found = m_a.targets.find(areaId);
        if (found == m_a.targets.end() || found->second.level <= 0)
            return QStringLiteral("–");
        QString html = esc(StatusText::levelShort(found->second.level));
        if (!found->second.date.empty())
            html += QStringLiteral("<br><span class=\"small\">%1</span>")
                        .arg(esc(tr("by %1").arg(str(found->second.date))));
        return html;
    }

    QString gapText(const ScopeResult &scope) const
    {
        const auto found = m_a.targets.find(scope.id);
        if (found == m_a.targets.end() || found->second.level <= 0)
            return QStringLiteral("–");
        const int gap = found->second.level - scope.level;
        if (gap <= 0)
            return esc(tr("Reached"));
        return esc(gap == 1 ? tr("1 level") : tr("%1 levels").arg(gap));
    }

    /// The first level above the reached one that stands in the way: assessable and not met. 0 when none.
    static int blockingLevel(const ScopeResult &scope)
    {
        for (int level = scope.level + 1; level <= levelCount; ++level) {
            const LevelResult &result = scope.levelResult(level);
            if (result.hasApplicable() && !result.met)
                return level;
        }
        return 0;
    }

    struct Gap
    {
        std::string questionId;
        std::string areaId;
        int level = 0;
        const ActionInfo *action = nullptr;
    };

    /// The three to five highest-priority gaps: the action plan's order (open actions), or when there is no
    /// plan, the unmet questions of each area's next level, by level, then area and question order.
    std::vector<Gap> priorityGaps(bool &fromPlan) const
    {
        constexpr std::size_t shown = 5;
        std::vector<Gap> gaps;
        for (const ActionItem &item : m_plan) {
            if (item.info.status == ActionStatus::Done || item.info.status == ActionStatus::Dropped)
                continue;
            const auto action = m_a.actions.find(item.questionId);
            gaps.push_back({item.questionId, item.areaId, item.level,
                            action == m_a.actions.end() ? nullptr : &action->second});
            if (gaps.size() == shown)
                break;
        }
        fromPlan = !gaps.empty();
        if (fromPlan)
            return gaps;
        for (int level = 1; level <= levelCount && gaps.size() < shown; ++level) {
            for (const ScopeResult &scope : m_result.areas) {
                if (blockingLevel(scope) != level)
                    continue;
                for (const std::string &id : scope.levelResult(level).unmet) {
                    gaps.push_back({id, scope.id, level, nullptr});
                    if (gaps.size() == shown)
                        break;
                }
                if (gaps.size() == shown)
                    break;
            }
        }
        return gaps;
    }

    /// What carrying out the plan would do to the overall level.
    QString projection(const ScoreResult &projected) const
    {
        const int from = m_result.overall.level;
        const int to = projected.overall.level;
        if (to == from) {
            return tr("If every action that is not dropped is carried out, the overall level stays at %1.")
                .arg(StatusText::levelShort(from));
        }
        return tr("If every action that is not dropped is carried out, the overall level goes from %1 to %2.")
            .arg(StatusText::levelShort(from), StatusText::levelShort(to));
    }

    // --- Cover -------------------------------------------------------------------------------------------------

    QString cover() const
    {
        QString html;
        html += QStringLiteral("<p class=\"kicker\" style=\"margin-top:90px\">%1</p>")
                    .arg(esc(tr("Management report").toUpper()));
        html += QStringLiteral("<h1 class=\"cover\">%1</h1>").arg(esc(organisationName()));
        html += QStringLiteral("<p class=\"subtitle\">%1</p>")
                    .arg(esc(tr("Self-assessment of systematic information security work")));
        html += QStringLiteral("<p class=\"subtitle2\" style=\"margin-bottom:60px\">%1</p>").arg(esc(text(m_q.title)));

        auto row = [](const QString &label, const QString &valueHtml) -> QString {
            return QStringLiteral("<tr><td width=\"28%\" valign=\"top\" class=\"label\">%1</td>"
                                  "<td width=\"72%\" valign=\"top\" class=\"c\">%2</td></tr>")
                .arg(esc(label), valueHtml);
        };
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\" "
                               "style=\"border-collapse:collapse\">");
        QString organisation = QStringLiteral("<b>%1</b>").arg(esc(organisationName()));
        QStringList kind;
        if (m_a.organisation.type != OrganisationType::Unspecified)
            kind << PresentationText::organisationTypeLabel(m_a.organisation.type);
        if (!m_a.organisation.sizeBand.empty())
            kind << PresentationText::sizeBandLabel(str(m_a.organisation.sizeBand));
        if (!kind.isEmpty())
            organisation += QStringLiteral("<br>") + esc(kind.join(QStringLiteral(" · ")));
        html += row(tr("Organisation"), organisation);
        html += row(tr("Date of the assessment"), date(m_a.date));
        QStringList people;
        for (const Participant &participant : m_a.participants) {
            QString person = esc(participant.name);
            if (!participant.role.empty())
                person += QStringLiteral(" <span style=\"color:%1\">– %2</span>")
                              .arg(QLatin1String(mutedColor), esc(participant.role));
            people << person;
        }
        html += row(tr("Participants"),
                    people.isEmpty() ? esc(tr("None listed")) : people.join(QStringLiteral("<br>")));
        QString questionnaire = esc(text(m_q.title)) + QStringLiteral("<br><span class=\"small\">%1</span>")
                                                            .arg(esc(tr("Version %1, %2 · identifier “%3”")
                                                                         .arg(str(m_q.version),
                                                                              m_q.date.empty() ? QStringLiteral("–")
                                                                                               : str(m_q.date),
                                                                              str(m_q.id))));
        html += row(tr("Questionnaire"), questionnaire);
        html += row(tr("Report generated"), esc(m_generated.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        QStringList contents{tr("Summary"), tr("Results per work area")};
        if (m_options.includeActionPlan)
            contents << tr("Action plan");
        contents << tr("Feedback per work area") << tr("Method");
        if (m_options.includeAppendix)
            contents << tr("Appendix: all questions");
        html += row(tr("Contents"), esc(contents.join(QStringLiteral(" · "))));
        if (m_options.includeComments && !m_a.notes.empty())
            html += row(tr("Notes"), escapedMultiline(str(m_a.notes)));
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p class=\"small\" style=\"margin-top:14px\">%1</p>")
                    .arg(esc(m_options.includeComments
                                 ? tr("This report includes comments and notes from the assessment. They may contain "
                                      "sensitive information: share the report accordingly.")
                                 : tr("Comments and notes from the assessment are not included in this report.")));
        if (!m_q.source.empty()) {
            html += QStringLiteral("<h4 style=\"margin-top:40px\">%1</h4><p class=\"small\">%2</p>")
                        .arg(esc(tr("About the questionnaire")), escapedMultiline(text(m_q.source)));
        }
        return html;
    }

    // --- Summary -----------------------------------------------------------------------------------------------

    QString summary() const
    {
        const ScopeResult &overall = m_result.overall;
        QString html = heading2(tr("Summary"));

        // The overall level with its meaning.
        QString meaning;
        if (overall.level > 0) {
            meaning = text(m_q.level(overall.level).description);
        } else {
            meaning = tr("The basic elements that level 1 describes are not yet in place. Level 1 means: %1")
                          .arg(text(m_q.level(1).description));
        }
        QStringList metrics;
        metrics << tr("Score %1 of 4").arg(StatusText::score(overall.score, m_locale));
        metrics << tr("%1 answered (%2 of %3 questions)")
                       .arg(percent(overall.completeness))
                       .arg(overall.answered)
                       .arg(overall.questions);
        metrics << tr("%1 not applicable").arg(overall.excluded);
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" bgcolor=\"%1\" "
                               "style=\"border-collapse:collapse\"><tr><td>")
                    .arg(QLatin1String(calloutFill));
        html += QStringLiteral("<p class=\"kicker\">%1</p>").arg(esc(tr("Overall level").toUpper()));
        html += QStringLiteral("<p class=\"big\">%1</p>").arg(esc(StatusText::level(m_q, overall.level, m_language)));
        html += QStringLiteral("<p>%1</p>").arg(escapedMultiline(meaning));
        html += QStringLiteral("<p class=\"metrics\">%1</p>").arg(esc(metrics.join(QStringLiteral("  ·  "))));
        html += QStringLiteral("</td></tr></table>");

        // Distribution of the work areas over the levels.
        std::array<int, levelCount + 1> counts{};
        for (const ScopeResult &scope : m_result.areas)
            ++counts[static_cast<std::size_t>(std::clamp(scope.level, 0, levelCount))];
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Work areas by level")));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\" "
                               "style=\"border-collapse:collapse\"><tr>");
        for (int level = 0; level <= levelCount; ++level) {
            html += QStringLiteral("<td width=\"20%\" align=\"center\" class=\"box\" bgcolor=\"%1\">"
                                   "<span class=\"count\">%2</span><br>%3</td>")
                        .arg(QLatin1String(levelFill(level)))
                        .arg(counts[static_cast<std::size_t>(level)])
                        .arg(esc(StatusText::levelShort(level)));
        }
        html += QStringLiteral("</tr></table>");

        // Strongest and weakest areas.
        if (m_result.areas.size() > 1) {
            const auto [low, high] = std::minmax_element(m_result.areas.begin(), m_result.areas.end(),
                                                         [](const ScopeResult &x, const ScopeResult &y) {
                                                             return x.score < y.score;
                                                         });
            if (high->score > low->score) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("Strongest work area: %1 (%2, score %3). Weakest: %4 (%5, score %6).")
                                         .arg(areaTitle(high->id), StatusText::levelShort(high->level),
                                              StatusText::score(high->score, m_locale), areaTitle(low->id),
                                              StatusText::levelShort(low->level),
                                              StatusText::score(low->score, m_locale))));
            }
        }
        const std::size_t unanswered = overall.questions - overall.answered;
        if (unanswered > 0) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Questions unanswered or answered “Don't know”: %1. They count as measures not in "
                                    "place, so the result may rise when they are answered.")
                                     .arg(unanswered)));
        }

        // MSB's national reference figures.
        html += QStringLiteral("<p>%1 <span class=\"small\">%2</span></p>")
                    .arg(esc(StatusText::nationalComparison(overall.level)), esc(StatusText::nationalSource()));
        if (m_options.benchmark && m_options.benchmarkGroup) {
            const BenchmarkGroup &group = *m_options.benchmarkGroup;
            html += QStringLiteral("<p>%1%2</p>")
                        .arg(esc(tr("In the benchmark group “%1” (%n organisation(s)) the median overall score is %2; "
                                    "this organisation's score %3 is in quartile %4 (Q1 lowest, Q4 highest).",
                                    nullptr, static_cast<int>(group.n))
                                     .arg(PresentationText::groupLabel(group.id), number(group.overall.median, 2),
                                          StatusText::score(overall.score, m_locale))
                                     .arg(quartileOf(overall.score, group.overall))),
                             m_options.benchmark->fictitious
                                 ? QStringLiteral(" <b>%1</b>").arg(esc(tr("Fictitious example data, not real results.")))
                                 : QString());
        }

        // Targets and the projected level.
        if (m_anyTarget) {
            int withTarget = 0;
            int reached = 0;
            for (const ScopeResult &scope : m_result.areas) {
                const auto found = m_a.targets.find(scope.id);
                if (found == m_a.targets.end() || found->second.level <= 0)
                    continue;
                ++withTarget;
                if (scope.level >= found->second.level)
                    ++reached;
            }
            const ScoreResult projected = projectedResult(m_q, m_a);
            html += QStringLiteral("<p>%1 %2</p>")
                        .arg(esc(tr("Targets are set for %1 of %2 work areas; %3 of them are reached.")
                                     .arg(withTarget)
                                     .arg(m_result.areas.size())
                                     .arg(reached)),
                             esc(projection(projected)));
        }

        // The highest-priority gaps.
        bool fromPlan = false;
        const std::vector<Gap> gaps = priorityGaps(fromPlan);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Highest-priority gaps")));
        if (gaps.empty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("There are no gaps: every work area has reached the highest level.")));
            return html;
        }
        html += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(esc(fromPlan ? tr("The first open actions of the action plan, which lists the measures "
                                           "up to each work area's target, lowest level first.")
                                      : tr("No action plan applies, so these are the measures that stand between "
                                           "each work area and its next level, lowest level first.")));
        html += tableStart({tr("No."), tr("Measure not in place"), tr("Level"), tr("Owner")}, {6, 58, 13, 23});
        int index = 1;
        for (const Gap &gap : gaps) {
            const Question *question = m_q.findQuestion(gap.questionId);
            html += QStringLiteral("<tr>");
            html += cell(QString::number(index++));
            html += cell((question ? esc(text(question->text)) : esc(gap.questionId))
                         + QStringLiteral("<br><span class=\"small\">%1 · %2</span>")
                               .arg(esc(areaTitle(gap.areaId)),
                                    esc(tr("current answer: %1").arg(answerLabel(gap.questionId)))));
            html += cell(esc(StatusText::levelShort(gap.level)));
            html += cell(gap.action && !gap.action->owner.empty() ? esc(gap.action->owner) : QStringLiteral("–"));
            html += QStringLiteral("</tr>");
        }
        html += tableEnd();
        return html;
    }

    // --- Results -----------------------------------------------------------------------------------------------

    QString results() const
    {
        QString html = heading2(tr("Results per work area"));
        html += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(esc(m_anyTarget ? tr("The chart shows each work area's score from 0 to 4: the level reached "
                                              "plus the share of the next level that is in place. Squares mark the "
                                              "target levels.")
                                         : tr("The chart shows each work area's score from 0 to 4: the level reached "
                                              "plus the share of the next level that is in place.")));
        html += QStringLiteral("<p align=\"center\" style=\"margin-top:4px; margin-bottom:10px\">"
                               "<a name=\"%1\">&nbsp;</a></p>")
                    .arg(QLatin1String(radarSlot));
        const BenchmarkGroup *group = m_options.benchmark ? m_options.benchmarkGroup : nullptr;
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Level, score, completeness and target per work area")));
        if (group) {
            QString source = tr("Compared with the benchmark group “%1” (%n organisation(s)): the group's median score "
                                "and the quartile of this organisation's score within the group (Q1 lowest, Q4 "
                                "highest).",
                                nullptr, static_cast<int>(group->n))
                                 .arg(PresentationText::groupLabel(group->id));
            source += QLatin1Char(' ')
                + tr("Benchmark: %1, generated %2.")
                      .arg(str(m_options.benchmark->label), str(m_options.benchmark->generated));
            html += QStringLiteral("<p class=\"small\">%1%2</p>")
                        .arg(m_options.benchmark->fictitious
                                 ? QStringLiteral("<b>%1</b> ").arg(esc(tr("Fictitious example data, not real results.")))
                                 : QString(),
                             esc(source));
            html += tableStart({tr("Work area"), tr("Level"), tr("Score (0–4)"), tr("Answered"), tr("Target"),
                                tr("Gap"), tr("Group median"), tr("Quartile")},
                               {25, 13, 9, 13, 11, 10, 10, 9});
        } else {
            html += tableStart({tr("Work area"), tr("Level"), tr("Score (0–4)"), tr("Answered"), tr("Not applicable"),
                                tr("Target"), tr("Gap")},
                               {27, 14, 9, 14, 12, 12, 12});
        }
        auto scopeRow = [&](const ScopeResult &scope, const QString &title, bool total) -> QString {
            const QString open = total ? QStringLiteral("<b>") : QString();
            const QString close = total ? QStringLiteral("</b>") : QString();
            QString row = QStringLiteral("<tr>");
            row += cell(open + esc(title) + close);
            row += levelCell(scope.level);
            row += cell(open + StatusText::score(scope.score, m_locale) + close, QStringLiteral("align=\"right\""));
            row += cell(QStringLiteral("%1 <span class=\"small\">(%2/%3)</span>")
                            .arg(percent(scope.completeness))
                            .arg(scope.answered)
                            .arg(scope.questions));
            if (!group)
                row += cell(QString::number(scope.excluded), QStringLiteral("align=\"right\""));
            row += cell(total ? QStringLiteral("–") : targetText(scope.id));
            row += cell(total ? QStringLiteral("–") : gapText(scope));
            if (group) {
                const AreaStats *stats = nullptr;
                if (total) {
                    stats = &group->overall;
                } else if (const auto found = group->areas.find(scope.id); found != group->areas.end()) {
                    stats = &found->second;
                }
                row += cell(stats ? number(stats->median, 2) : QStringLiteral("–"), QStringLiteral("align=\"right\""));
                row += cell(stats ? esc(tr("Q%1").arg(quartileOf(scope.score, *stats))) : QStringLiteral("–"));
            }
            return row + QStringLiteral("</tr>");
        };
        for (const ScopeResult &scope : m_result.areas)
            html += scopeRow(scope, areaTitle(scope.id), false);
        html += scopeRow(m_result.overall, tr("Overall"), true);
        html += tableEnd();
        html += QStringLiteral("<p class=\"small\" style=\"margin-top:6px\">%1</p>")
                    .arg(esc(tr("Answered: questions with an answer that counts (“Don't know” does not). "
                                "Not applicable: answers left out of the scoring. Gap: levels from the level reached "
                                "to the target.")));
        return html;
    }

    // --- Trend -------------------------------------------------------------------------------------------------

    QString trend() const
    {
        const Trend &t = *m_options.trend;
        QString html = heading2(tr("Development over time"));
        const TrendPoint &first = t.points.front();
        const TrendPoint &last = t.points.back();
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Level and score per work area in %n assessment(s) of the organisation, oldest first. "
                                "Overall: %1 (score %2) on %3, %4 (score %5) on %6.",
                                nullptr, static_cast<int>(t.points.size()))
                                 .arg(StatusText::levelShort(first.overall.level),
                                      StatusText::score(first.overall.score, m_locale), pointDate(first),
                                      StatusText::levelShort(last.overall.level),
                                      StatusText::score(last.overall.score, m_locale), pointDate(last))));
        // At most five assessments fit across the page next to the area names: the most recent ones.
        const std::size_t shown = std::min<std::size_t>(t.points.size(), 5);
        const std::size_t from = t.points.size() - shown;
        QStringList headers{tr("Work area")};
        QList<int> widths{28};
        const int columnWidth = static_cast<int>(60 / shown);
        for (std::size_t i = from; i < t.points.size(); ++i) {
            headers << pointDate(t.points[i]);
            widths << columnWidth;
        }
        headers << tr("Change");
        widths << 100 - 28 - columnWidth * static_cast<int>(shown);
        html += tableStart(headers, widths);
        auto row = [&](const QString &title, bool total, auto scopeOf) -> QString {
            const QString open = total ? QStringLiteral("<b>") : QString();
            const QString close = total ? QStringLiteral("</b>") : QString();
            QString r = QStringLiteral("<tr>") + cell(open + esc(title) + close);
            for (std::size_t i = from; i < t.points.size(); ++i) {
                const ScopeResult &scope = scopeOf(t.points[i]);
                r += cell(esc(StatusText::levelShort(scope.level)) + QStringLiteral("<br><span class=\"small\">")
                              + esc(tr("score %1").arg(StatusText::score(scope.score, m_locale)))
                              + QStringLiteral("</span>"),
                          QStringLiteral("bgcolor=\"%1\"").arg(QLatin1String(levelFill(scope.level))));
            }
            const double delta = scopeOf(t.points[t.points.size() - 1]).score - scopeOf(t.points[from]).score;
            r += cell(open + esc(PresentationText::changeText(delta, m_locale)) + close);
            return r + QStringLiteral("</tr>");
        };
        for (std::size_t a = 0; a < m_q.areas.size(); ++a)
            html += row(text(m_q.areas[a].title), false,
                        [a](const TrendPoint &p) -> const ScopeResult & { return p.areas[a]; });
        html += row(tr("Overall"), true, [](const TrendPoint &p) -> const ScopeResult & { return p.overall; });
        html += tableEnd();

        QStringList notes;
        if (shown < t.points.size())
            notes << tr("Only the %1 most recent assessments are shown; the first is from %2.")
                         .arg(shown)
                         .arg(pointDate(first));
        notes << tr("Change: the difference in score between the first and the last assessment shown.");
        for (const TrendPoint &point : t.points) {
            if (point.migration.migrated)
                notes << tr("The assessment of %1 was made with version %2 of the questionnaire and was carried over "
                            "to version %3; %n item(s) could not be carried over.",
                            nullptr, static_cast<int>(point.migration.lost.size()))
                             .arg(pointDate(point), str(point.migration.fromVersion), str(m_q.version));
        }
        if (t.organisations.size() > 1) {
            QStringList names;
            for (const std::string &name : t.organisations)
                names << str(name);
            notes << tr("The assessments name different organisations: %1.").arg(names.join(QStringLiteral(", ")));
        }
        for (const QString &note : notes)
            html += QStringLiteral("<p class=\"small\" style=\"margin-top:4px\">%1</p>").arg(esc(note));
        return html;
    }

    QString pointDate(const TrendPoint &point) const
    {
        return point.date.empty() ? tr("no date") : str(point.date);
    }

    // --- Action plan -------------------------------------------------------------------------------------------

    QString actionPlan() const
    {
        // Without actions the section is a short note that follows the results on the same page.
        QString html = heading2(tr("Action plan"), !m_plan.empty());
        if (m_plan.empty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(m_anyTarget
                                     ? tr("Every work area has reached its target. There is nothing left to plan.")
                                     : tr("No targets are set, so there is no action plan. Set a target level per "
                                          "work area; the plan then lists every measure up to it.")));
            return html;
        }
        int open = 0;
        for (const ActionItem &item : m_plan) {
            if (item.info.status != ActionStatus::Done && item.info.status != ActionStatus::Dropped)
                ++open;
        }
        const ScoreResult projected = projectedResult(m_q, m_a);
        html += QStringLiteral("<p style=\"margin-bottom:10px\">%1 %2</p>")
                    .arg(esc(tr("The plan lists every measure that is not fully in place, up to each work area's "
                                "target level: %1 actions, %2 of them not yet done.")
                                 .arg(m_plan.size())
                                 .arg(open)),
                         esc(projection(projected)));
        html += tableStart({tr("No."), tr("Measure"), tr("Level"), tr("Owner"), tr("Due date"), tr("Status")},
                           {5, 38, 10, 24, 13, 10});
        int index = 1;
        for (const ActionItem &item : m_plan) {
            const Question *question = m_q.findQuestion(item.questionId);
            QString measure = question ? esc(text(question->text)) : esc(item.questionId);
            measure += QStringLiteral("<br><span class=\"small\">%1 · %2</span>")
                           .arg(esc(areaTitle(item.areaId)),
                                esc(tr("current answer: %1").arg(answerLabel(item.questionId))));
            if (m_options.includeComments && !item.info.note.empty())
                measure += QStringLiteral("<br><span class=\"note\">%1</span>")
                               .arg(esc(tr("Note: %1").arg(str(item.info.note))));
            html += QStringLiteral("<tr>");
            html += cell(QString::number(index++));
            html += cell(measure);
            html += cell(esc(StatusText::levelShort(item.level)));
            html += cell(item.info.owner.empty() ? QStringLiteral("–") : esc(item.info.owner));
            html += cell(date(item.info.dueDate));
            html += cell(esc(PresentationText::actionStatusText(item.info.status)));
            html += QStringLiteral("</tr>");
        }
        html += tableEnd();
        return html;
    }

    // --- Feedback per area -------------------------------------------------------------------------------------

    QString linksLine(const std::vector<Link> &links) const
    {
        QStringList items;
        for (const Link &link : links)
            items << linkHtml(text(link.title), link.url);
        return items.join(QStringLiteral("<br>"));
    }

    QString commentHtml(const std::string &questionId) const
    {
        if (!m_options.includeComments)
            return {};
        const Response &response = m_a.response(questionId);
        if (response.comment.empty())
            return {};
        return QStringLiteral("<br><span class=\"note\">%1 %2</span>")
            .arg(esc(tr("Comment:")), escapedMultiline(str(response.comment)));
    }

    QString feedback() const
    {
        QString html = heading2(tr("Feedback per work area"));
        html += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(esc(tr("For each work area: the level reached and what the next level requires, that is "
                                "the measures up to that level that are not fully in place, with advice and links to "
                                "guidance.")));
        int areaNumber = 1;
        for (const Area &area : m_q.areas) {
            const ScopeResult *scope = m_result.area(area.id);
            if (!scope)
                continue;
            html += QStringLiteral("<h3>%1. %2</h3>").arg(areaNumber++).arg(esc(text(area.title)));
            QStringList status;
            status << QStringLiteral("<b>%1</b>").arg(esc(StatusText::level(m_q, scope->level, m_language)));
            status << esc(StatusText::progress(*scope));
            const auto target = m_a.targets.find(area.id);
            if (target != m_a.targets.end() && target->second.level > 0)
                status << esc(tr("Target: %1").arg(StatusText::levelShort(target->second.level)));
            html += QStringLiteral("<p>%1</p>").arg(status.join(QStringLiteral(" &nbsp;·&nbsp; ")));

            const int next = scope->level >= levelCount ? 0 : scope->level + 1;
            std::set<std::string> listed;
            if (next == 0) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("The area has reached the highest level. Keep the work going and repeat "
                                        "the assessment to see that it stays there.")));
            } else {
                const int upTo = std::max(next, blockingLevel(*scope));
                QString items;
                for (int level = 1; level <= upTo; ++level) {
                    for (const std::string &id : scope->levelResult(level).unmet) {
                        const Question *question = m_q.findQuestion(id);
                        if (!question)
                            continue;
                        listed.insert(id);
                        QString item = QStringLiteral("<li>%1 <span class=\"small\">(%2 · %3)</span>")
                                           .arg(esc(text(question->text)), esc(StatusText::levelShort(level)),
                                                esc(tr("answer: %1").arg(answerLabel(id))));
                        if (!question->advice.empty())
                            item += QStringLiteral("<br><span class=\"advice\">%1</span>")
                                        .arg(escapedMultiline(text(question->advice)));
                        if (!question->guidance.empty())
                            item += QStringLiteral("<br><span class=\"advice\">%1 %2</span>")
                                        .arg(esc(tr("Guidance:")), linksLine(question->guidance));
                        item += commentHtml(id);
                        items += item + QStringLiteral("</li>");
                    }
                }
                html += QStringLiteral("<p><b>%1</b></p>")
                            .arg(esc(tr("To reach %1:").arg(StatusText::level(m_q, upTo, m_language))));
                if (items.isEmpty())
                    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Answer the remaining questions of this level.")));
                else
                    html += QStringLiteral("<ul>%1</ul>").arg(items);
            }
            if (m_options.includeComments && !m_options.includeAppendix) {
                // Comments on questions that are not listed above, so that no comment is lost without an appendix.
                QString others;
                for (const Question &question : area.questions) {
                    const std::string &comment = m_a.response(question.id).comment;
                    if (comment.empty() || listed.count(question.id))
                        continue;
                    others += QStringLiteral("<li>%1<br><span class=\"note\">%2</span></li>")
                                  .arg(esc(text(question.text)), escapedMultiline(str(comment)));
                }
                if (!others.isEmpty())
                    html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(esc(tr("Other comments:")), others);
            }
            if (!area.guidance.empty())
                html += QStringLiteral("<p class=\"advice\"><b>%1</b><br>%2</p>")
                            .arg(esc(tr("Guidance for the work area:")), linksLine(area.guidance));
        }
        return html;
    }

    // --- Method ------------------------------------------------------------------------------------------------

    QString method() const
    {
        QString html = heading2(tr("Method"));
        const QString rule = str(m_result.rule);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("The assessment was scored with the rule “%1” of the questionnaire “%2”, version %3.")
                                 .arg(rule, text(m_q.title), str(m_q.version))));
        if (m_result.rule == ScoringRule::cumulativeThreshold) {
            const QStringList steps{
                tr("Each answer has a value between 0 and 1 (see the answer scale below). An unanswered question "
                   "counts as 0: the measure is not in place."),
                tr("Answers that are excluded (Not applicable) leave the calculation: the question counts in neither "
                   "the numerator nor the denominator."),
                tr("For each level, the share met is the sum of weight × value divided by the sum of weights, over "
                   "the level's questions that are not excluded."),
                tr("A level is met when its share reaches the level's threshold. A level without such questions "
                   "cannot be assessed and does not block the levels above it."),
                tr("The levels are cumulative: the level reached is the highest level for which every assessable "
                   "level up to it is met."),
                tr("The score (0–4) is the level reached plus the share met of the next assessable level, so it "
                   "never suggests a level that is not reached."),
                tr("Completeness is the share of questions answered; “Don't know” does not count as answered, Not "
                   "applicable does."),
                tr("The rule is applied to each work area and to the questionnaire as a whole (the overall level)."),
            };
            html += QStringLiteral("<ol>");
            for (const QString &step : steps)
                html += QStringLiteral("<li class=\"step\">%1</li>").arg(esc(step));
            html += QStringLiteral("</ol>");
        }

        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Levels and thresholds")));
        html += tableStart({tr("Level"), tr("Meaning"), tr("Threshold")}, {24, 62, 14});
        for (int level = 1; level <= levelCount; ++level) {
            const LevelDefinition &definition = m_q.level(level);
            html += QStringLiteral("<tr>");
            html += cell(QStringLiteral("<b>%1</b>").arg(esc(text(definition.name))),
                         QStringLiteral("bgcolor=\"%1\"").arg(QLatin1String(levelFill(level))));
            html += cell(esc(text(definition.description)));
            html += cell(percent(m_result.thresholds[static_cast<std::size_t>(level - 1)]),
                         QStringLiteral("align=\"right\""));
            html += QStringLiteral("</tr>");
        }
        html += tableEnd();

        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Answer scale")));
        html += tableStart({tr("Answer"), tr("Value"), tr("Counts as answered"), tr("In the scoring")},
                           {30, 14, 24, 32});
        for (const AnswerOption &option : m_q.answerScale) {
            html += QStringLiteral("<tr>");
            html += cell(esc(text(option.label)));
            html += cell(option.excluded ? QStringLiteral("–") : m_locale.toString(option.value, 'g', 3),
                         QStringLiteral("align=\"right\""));
            html += cell(esc(option.countsAsAnswered ? tr("Yes") : tr("No")));
            html += cell(esc(option.excluded ? tr("Left out (not applicable)") : tr("Counted")));
            html += QStringLiteral("</tr>");
        }
        html += tableEnd();

        html += QStringLiteral("<p class=\"small\" style=\"margin-top:12px\">%1</p>")
                    .arg(esc(tr("The result is a self-assessment by the organisation. It shows how systematic the "
                                "information security work is according to the organisation's own answers; it is not "
                                "an audit.")));
        return html;
    }

    // --- Appendix ----------------------------------------------------------------------------------------------

    QString appendix() const
    {
        QString html = heading2(tr("Appendix: all questions"));
        int number = 1;
        for (const Area &area : m_q.areas) {
            html += QStringLiteral("<h3>%1</h3>").arg(esc(text(area.title)));
            QStringList headers{tr("No."), tr("Question"), tr("Level"), tr("Answer"), tr("Evidence")};
            QList<int> widths{6, 50, 10, 12, 22};
            if (m_options.includeComments) {
                headers << tr("Comment");
                widths = {5, 37, 9, 11, 18, 20};
            }
            html += tableStart(headers, widths);
            for (const Question &question : area.questions) {
                const Response &response = m_a.response(question.id);
                QString answer = esc(answerLabel(question.id));
                if (response.followUp)
                    answer += QStringLiteral("<br><span class=\"small\">%1</span>").arg(esc(tr("Follow-up")));
                html += QStringLiteral("<tr>");
                html += cell(QString::number(number++));
                html += cell(esc(text(question.text)));
                html += cell(esc(StatusText::levelShort(question.level)));
                html += cell(answer);
                html += cell(response.evidence.empty() ? QStringLiteral("–")
                                                       : escapedMultiline(str(response.evidence)));
                if (m_options.includeComments)
                    html += cell(response.comment.empty() ? QStringLiteral("–")
                                                          : escapedMultiline(str(response.comment)));
                html += QStringLiteral("</tr>");
            }
            html += tableEnd();
        }
        return html;
    }

    const Questionnaire &m_q;
    const Assessment &m_a;
    ReportOptions m_options;
    QString m_language;
    QLocale m_locale;
    QDateTime m_generated;
    ScoreResult m_result;
    std::vector<ActionItem> m_plan;
    bool m_anyTarget = false;
};

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

struct PageGeometry
{
    QRectF paper;   ///< the sheet in device pixels, origin at its top-left corner
    QRectF content; ///< the text area on the sheet
    qreal mmX = 1;  ///< device pixels per millimetre
    qreal mmY = 1;
};

void drawPageFurniture(QPainter &painter, const PageGeometry &page, int index, int count, const QString &header,
                       const QString &fileName, const QString &generated)
{
    painter.save();
    const QColor muted{QLatin1String(mutedColor)};
    const QColor rule{QLatin1String(ruleColor)};
    painter.setFont(reportFont(7.5));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal left = page.content.left();
    const qreal right = page.content.right();

    if (index == 0) {
        // The cover: a band in the accent colour along the top edge.
        painter.fillRect(QRectF(0, 0, page.paper.width(), 9 * page.mmY), QColor(QLatin1String(accentColor)));
    } else {
        const qreal baseline = headerBaselineMm * page.mmY;
        painter.setPen(muted);
        painter.drawText(QPointF(left, baseline), metrics.elidedText(header, Qt::ElideRight, page.content.width()));
        painter.setPen(QPen(rule, 0.25 * page.mmY));
        const qreal y = baseline + 2.5 * page.mmY;
        painter.drawLine(QPointF(left, y), QPointF(right, y));
    }

    const qreal baseline = page.paper.height() - footerBaselineMm * page.mmY;
    painter.setPen(QPen(rule, 0.25 * page.mmY));
    const qreal lineY = baseline - metrics.ascent() - 2.5 * page.mmY;
    painter.drawLine(QPointF(left, lineY), QPointF(right, lineY));
    painter.setPen(muted);
    const QString pageText = ReportRenderer::tr("Page %1 of %2").arg(index + 1).arg(count);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    const QString middle = ReportRenderer::tr("Generated %1").arg(generated);
    const qreal middleWidth = metrics.horizontalAdvance(middle);
    const qreal nameSpace = page.content.width() / 2 - middleWidth / 2 - 4 * page.mmX;
    painter.drawText(QPointF(left, baseline), metrics.elidedText(fileName, Qt::ElideMiddle, nameSpace));
    painter.drawText(QPointF(left + (page.content.width() - middleWidth) / 2, baseline), middle);
    painter.drawText(QPointF(right - pageWidth, baseline), pageText);
    painter.restore();
}

} // namespace

// -------------------------------------------------------------------------------------------------------------------

ReportRenderer::ReportRenderer(const Questionnaire &questionnaire, const Assessment &assessment,
                               const ReportOptions &options, const QString &language, const QString &fileName)
    : m_questionnaire(questionnaire)
    , m_assessment(assessment)
    , m_options(options)
    , m_language(language)
    , m_fileName(fileName)
    , m_generated(QDateTime::currentDateTime())
{
}

QString ReportRenderer::html() const
{
    return Builder(m_questionnaire, m_assessment, m_options, m_language, m_generated).build();
}

QString ReportRenderer::title() const
{
    const QString name = m_assessment.organisation.name.empty()
        ? tr("Unnamed organisation")
        : QString::fromStdString(m_assessment.organisation.name);
    return tr("Management report – %1").arg(name);
}

int ReportRenderer::paint(QPagedPaintDevice *device, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return 0;
    };
    if (!device)
        return fail(tr("There is nothing to print on."));

    // Geometry: the painter's origin is the top-left corner of the paintable area, which is the sheet's corner
    // for PDF files and printers in full-page mode.
    const int dpiX = device->logicalDpiX();
    const int dpiY = device->logicalDpiY();
    const QPageLayout pageLayout = device->pageLayout();
    PageGeometry page;
    page.mmX = dpiX / 25.4;
    page.mmY = dpiY / 25.4;
    const QRect full = pageLayout.fullRectPixels(dpiX);
    const QRect paintable = pageLayout.paintRectPixels(dpiX);
    page.paper = QRectF(0, 0, full.width(), full.height());
    page.content = QRectF(marginLeftMm * page.mmX, marginTopMm * page.mmY,
                          full.width() - (marginLeftMm + marginRightMm) * page.mmX,
                          full.height() - (marginTopMm + marginBottomMm) * page.mmY);
    const QPointF origin = paintable.topLeft() - full.topLeft();

    Builder builder(m_questionnaire, m_assessment, m_options, m_language, m_generated);

    // The radar chart, laid out in its own scene at 96 units per inch and scaled onto the page.
    RadarChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.setPalette(printPalette());
    chart.setFont(reportFont(8));
    QStringList names;
    QVector<double> scores;
    QVector<double> targets;
    bool anyTarget = false;
    for (const ScopeResult &scope : builder.result().areas) {
        const Area *area = m_questionnaire.findArea(scope.id);
        names << (area ? localized(m_questionnaire, area->title, m_language) : QString::fromStdString(scope.id));
        scores << scope.score;
        const auto target = m_assessment.targets.find(scope.id);
        const int level = target == m_assessment.targets.end() ? 0 : target->second.level;
        targets << level;
        anyTarget = anyTarget || level > 0;
    }
    chart.setAxes(names);
    chart.setSeries(RadarChart::Series::Current, tr("Score (0–4)"), scores);
    chart.setSeries(RadarChart::Series::Target, tr("Target level"), anyTarget ? targets : QVector<double>());
    if (m_options.benchmark && m_options.benchmarkGroup) {
        QVector<double> medians;
        for (const ScopeResult &scope : builder.result().areas) {
            const auto found = m_options.benchmarkGroup->areas.find(scope.id);
            medians << (found == m_options.benchmarkGroup->areas.end() ? 0.0 : found->second.median);
        }
        chart.setSeries(RadarChart::Series::Benchmark,
                        tr("Median: %1").arg(PresentationText::groupLabel(m_options.benchmarkGroup->id)), medians);
    }
    QPolarChart *polar = chart.polarChart();
    polar->setBackgroundVisible(false);
    for (QAbstractSeries *series : polar->series()) {
        if (series->type() == QAbstractSeries::SeriesTypeLine)
            static_cast<QLineSeries *>(series)->setMarkerSize(5);
    }
    polar->legend()->setFont(reportFont(8.5));
    const QSizeF deviceSize(page.content.width(), page.content.width() * 0.92);
    const QSizeF sceneSize(deviceSize.width() * 96.0 / dpiX, deviceSize.height() * 96.0 / dpiY);
    polar->setMinimumSize(sceneSize);
    polar->resize(sceneSize);
    polar->setPos(0, 0);
    if (polar->layout())
        polar->layout()->activate();
    RadarObject radar(&chart, sceneSize, deviceSize);

    ReportDocument doc;
    doc.setUndoRedoEnabled(false);
    doc.documentLayout()->setPaintDevice(device);
    doc.documentLayout()->registerHandler(radarObjectType, &radar);
    doc.setDocumentMargin(0);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDefaultFont(reportFont(9.5));
    doc.setDefaultStyleSheet(styleSheet());
    doc.setHtml(builder.build());

    // Put the chart into its slot (a radar needs at least three work areas).
    for (QTextBlock block = doc.begin(); names.size() >= 3 && block.isValid(); block = block.next()) {
        bool found = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(QLatin1String(radarSlot)))
                found = true;
        }
        if (!found)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(radarObjectType);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        break;
    }

    doc.setPageSize(page.content.size());
    keepTogether(doc, page.content.height());
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return fail(tr("The report could not be drawn on the output device."));
    const QString header = title();
    const QString generated = m_generated.toString(QStringLiteral("yyyy-MM-dd"));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(QLatin1String(textColor)));
    context.palette.setColor(QPalette::Link, QColor(QLatin1String(accentColor)));
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage()) {
            painter.end();
            return fail(tr("A new page could not be started."));
        }
        painter.save();
        painter.translate(-origin);
        drawPageFurniture(painter, page, index, pages, header, m_fileName, generated);
        const QRectF visible(0, index * page.content.height(), page.content.width(), page.content.height());
        painter.translate(page.content.left(), page.content.top() - visible.top());
        painter.setClipRect(visible);
        // The layout draws every block that touches the clip; one device pixel less keeps the first block of the
        // next page (which starts exactly at this page's end) out, so no hidden copy of its text is written.
        context.clip = visible.adjusted(0, 1, 0, -1);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return fail(tr("The report could not be completed."));
    return pages;
}

bool writeReportPdf(const Questionnaire &questionnaire, const Assessment &assessment, const ReportOptions &options,
                    const QString &language, const QString &fileName, const QString &outPath, QString &error)
{
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        error = ReportRenderer::tr("“%1” could not be opened for writing: %2")
                    .arg(QFileInfo(outPath).fileName(), file.errorString());
        return false;
    }
    const ReportRenderer renderer(questionnaire, assessment, options, language, fileName);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(renderer.title());
        writer.setCreator(QCoreApplication::applicationName().isEmpty()
                              ? QStringLiteral("Infosäkkollen Desktop")
                              : QStringLiteral("Infosäkkollen Desktop (%1 %2)")
                                    .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        QString paintError;
        if (renderer.paint(&writer, &paintError) == 0) {
            file.cancelWriting();
            error = paintError;
            return false;
        }
    }
    if (!file.commit()) {
        error = ReportRenderer::tr("“%1” could not be written: %2")
                    .arg(QFileInfo(outPath).fileName(), file.errorString());
        return false;
    }
    return true;
}

void printReport(QPrinter *printer, const Questionnaire &questionnaire, const Assessment &assessment,
                 const ReportOptions &options, const QString &language, const QString &fileName)
{
    if (!printer)
        return;
    printer->setFullPage(true);
    const ReportRenderer renderer(questionnaire, assessment, options, language, fileName);
    printer->setDocName(renderer.title());
    renderer.paint(printer);
}

} // namespace kollen::gui

#include "report.moc"
