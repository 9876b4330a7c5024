// SPDX-License-Identifier: GPL-3.0-or-later
// The report's cover, summary and results, and what the sections share.
#include "report/reportbuilder.h"

#include "report/reporthtml.h"
#include "text/presentationtext.h"
#include "text/statustext.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace kollen::gui::reportparts {

ReportBuilder::ReportBuilder(const Questionnaire &q, const Assessment &a, const ReportOptions &options,
    const QString &language, const QDateTime &generated)
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

QString ReportBuilder::build() const
{
    QString html = QStringLiteral("<html><body>");
    html += cover();
    html += summary();
    html += results();
    if (m_options.trend && m_options.trend->points.size() >= 2)
        html += trend();
    if (m_options.includeActionPlan)
        html += actionPlan();
    for (const RequirementSet *set : m_options.requirementSets)
        html += requirements(*set);
    html += feedback();
    html += method();
    if (m_options.includeAppendix)
        html += appendix();
    html += QStringLiteral("</body></html>");
    return html;
}

QString ReportBuilder::percent(double share) const
{
    return m_locale.toString(static_cast<int>(std::lround(share * 100))) + QStringLiteral("\u00a0%");
}

QString ReportBuilder::date(const std::string &isoDate) const
{
    return isoDate.empty() ? QStringLiteral("–") : esc(isoDate);
}

QString ReportBuilder::organisationName() const
{
    return m_a.organisation.name.empty() ? tr("Unnamed organisation")
                                         : isolated(shortened(QString::fromStdString(m_a.organisation.name),
                                                                              maxNameLength));
}

QString ReportBuilder::answerLabel(const std::string &questionId) const
{
    const std::string &answerId = m_a.answer(questionId);
    if (answerId.empty())
        return tr("Not answered");
    const AnswerOption *option = m_q.findAnswer(answerId);
    return option ? text(option->label) : tr("Not answered");
}

QString ReportBuilder::areaTitle(const std::string &areaId) const
{
    const Area *area = m_q.findArea(areaId);
    return area ? text(area->title) : str(areaId);
}

QString ReportBuilder::targetText(const std::string &areaId) const
{
    const auto found = m_a.targets.find(areaId);
    if (found == m_a.targets.end() || found->second.level <= 0)
        return QStringLiteral("–");
    QString html = esc(StatusText::levelShort(found->second.level));
    if (!found->second.date.empty())
        html
            += QStringLiteral("<br><span class=\"small\">%1</span>").arg(esc(tr("by %1").arg(str(found->second.date))));
    return html;
}

QString ReportBuilder::gapText(const ScopeResult &scope) const
{
    const auto found = m_a.targets.find(scope.id);
    if (found == m_a.targets.end() || found->second.level <= 0)
        return QStringLiteral("–");
    const int gap = found->second.level - scope.level;
    if (gap <= 0)
        return esc(tr("Reached"));
    return esc(gap == 1 ? tr("1 level") : tr("%1 levels").arg(gap));
}

std::vector<ReportBuilder::Gap> ReportBuilder::priorityGaps(bool &fromPlan, bool &fromWeakest) const
{
    constexpr std::size_t shown = 5;
    std::vector<Gap> gaps;
    auto listed = [&gaps](const std::string &questionId) {
        return std::any_of(gaps.begin(), gaps.end(), [&](const Gap &gap) { return gap.questionId == questionId; });
    };
    auto actionOf = [this](const std::string &questionId) -> const ActionInfo * {
        const auto action = m_a.actions.find(questionId);
        return action == m_a.actions.end() ? nullptr : &action->second;
    };
    // Where the overall level is the weakest work area's, what holds those areas back comes first, whether or not
    // the action plan has it (an area without a target has no actions in the plan).
    if (m_result.overallIsLowestArea() && m_result.overall.level < levelCount) {
        for (const std::string &areaId : m_result.weakestAreas) {
            const ScopeResult *scope = m_result.area(areaId);
            const int level = scope ? scope->blockingLevel() : 0;
            if (level == 0)
                continue;
            for (const std::string &id : scope->levelResult(level).unmet) {
                if (gaps.size() < shown && !listed(id))
                    gaps.push_back({id, areaId, level, actionOf(id)});
            }
        }
    }
    fromWeakest = !gaps.empty();
    for (const ActionItem &item : m_plan) {
        if (gaps.size() == shown)
            break;
        if (item.info.status == ActionStatus::Done || item.info.status == ActionStatus::Dropped || listed(item.questionId))
            continue;
        gaps.push_back({item.questionId, item.areaId, item.level, actionOf(item.questionId)});
        fromPlan = true;
    }
    if (fromPlan || fromWeakest)
        return gaps;
    for (int level = 1; level <= levelCount && gaps.size() < shown; ++level) {
        for (const ScopeResult &scope : m_result.areas) {
            if (scope.blockingLevel() != level)
                continue;
            for (const std::string &id : scope.levelResult(level).unmet) {
                gaps.push_back({ id, scope.id, level, nullptr });
                if (gaps.size() == shown)
                    break;
            }
            if (gaps.size() == shown)
                break;
        }
    }
    return gaps;
}

QString ReportBuilder::projection(const ScoreResult &projected) const
{
    const int from = m_result.overall.level;
    const int to = projected.overall.level;
    if (to == from) {
        QString text = tr("If every action that is not dropped is carried out, the overall level stays at %1.")
                           .arg(StatusText::levelShort(from));
        // The plan only reaches the targets; a weakest area without one holds the overall level where it is.
        QStringList untargeted;
        for (const std::string &areaId : projected.weakestAreas) {
            const auto target = m_a.targets.find(areaId);
            if (target == m_a.targets.end() || target->second.level <= 0)
                untargeted << areaTitle(areaId);
        }
        if (projected.overallIsLowestArea() && !untargeted.isEmpty())
            text += QLatin1Char(' ')
                + tr("The weakest work area(s) without a target hold it there: %1.", nullptr,
                     static_cast<int>(untargeted.size()))
                      .arg(untargeted.join(QStringLiteral(", ")));
        return text;
    }
    return tr("If every action that is not dropped is carried out, the overall level goes from %1 to %2.")
        .arg(StatusText::levelShort(from), StatusText::levelShort(to));
}

QString ReportBuilder::cover() const
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
    if (const QString act = PresentationText::actCoverageText(m_a.organisation); !act.isEmpty())
        organisation += QStringLiteral("<br>") + esc(act);
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
    html += row(tr("Participants"), people.isEmpty() ? esc(tr("None listed")) : people.join(QStringLiteral("<br>")));
    QString questionnaire = esc(text(m_q.title))
        + QStringLiteral("<br><span class=\"small\">%1</span>")
              .arg(
                  esc(tr("Version %1, %2 · identifier “%3”")
                          .arg(str(m_q.version), m_q.date.empty() ? QStringLiteral("–") : str(m_q.date), str(m_q.id))));
    html += row(tr("Questionnaire"), questionnaire);
    html += row(tr("Report generated"), esc(m_generated.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    QStringList contents { tr("Summary"), tr("Results per work area") };
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

QString ReportBuilder::summary() const
{
    const ScopeResult &overall = m_result.overall;
    QString html = heading2(tr("Summary"));

    // The overall level with its meaning.
    QString meaning;
    if (overall.notAssessed()) {
        meaning = tr("No level could be assessed: too few of the questions are applicable. Every Not applicable "
                     "answer needs checking.");
    } else if (overall.level > 0) {
        meaning = text(m_q.level(overall.level).description);
    } else if (m_result.overallIsLowestArea()) {
        meaning = tr("Level 1 is not yet in place in every work area. Level 1 means: %1")
                      .arg(text(m_q.level(1).description));
    } else {
        meaning = tr("The basic elements that level 1 describes are not yet in place. Level 1 means: %1")
                      .arg(text(m_q.level(1).description));
    }
    QStringList metrics;
    metrics << tr("Score %1 of 4").arg(StatusText::scopeScore(overall, m_locale));
    metrics << tr("%1 answered (%2 of %3 questions)")
                   .arg(percent(overall.completeness))
                   .arg(overall.answered)
                   .arg(overall.questions);
    metrics << tr("%1 not applicable").arg(overall.excluded);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" bgcolor=\"%1\" "
                           "style=\"border-collapse:collapse\"><tr><td>")
                .arg(QLatin1String(calloutFill));
    html += QStringLiteral("<p class=\"kicker\">%1</p>").arg(esc(tr("Overall level").toUpper()));
    html += QStringLiteral("<p class=\"big\">%1</p>").arg(esc(StatusText::scopeLevel(m_q, overall, m_language)));
    html += QStringLiteral("<p>%1</p>").arg(escapedMultiline(meaning));
    // What the level rests on (the weakest work area), next to the figures that are only information.
    if (const QString basis = StatusText::overallBasis(m_q, m_result, m_language); !basis.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(basis));
    html += QStringLiteral("<p class=\"metrics\">%1</p>").arg(esc(metrics.join(QStringLiteral("  ·  "))));
    QStringList notes;
    for (const QString &note : {StatusText::overallInformation(m_result, m_locale),
                                StatusText::notAssessedAreas(m_q, m_result, m_language),
                                StatusText::exclusionProblems(overall)}) {
        if (!note.isEmpty())
            notes << esc(note);
    }
    if (!notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(notes.join(QStringLiteral("<br>")));
    html += QStringLiteral("</td></tr></table>");

    // Distribution of the work areas over the levels.
    std::array<int, levelCount + 1> counts {};
    int notAssessed = 0;
    for (const ScopeResult &scope : m_result.areas) {
        if (scope.notAssessed())
            ++notAssessed;
        else
            ++counts[static_cast<std::size_t>(std::clamp(scope.level, 0, levelCount))];
    }
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
    if (notAssessed > 0)
        html += QStringLiteral("<td width=\"20%\" align=\"center\" class=\"box\" bgcolor=\"#ffffff\">"
                               "<span class=\"count\">%1</span><br>%2</td>")
                    .arg(notAssessed)
                    .arg(esc(tr("Not assessed")));
    html += QStringLiteral("</tr></table>");

    // Strongest and weakest areas: the weakest are the engine's (the overall level rests on them under
    // cumulative-coverage), the strongest the assessed area with the highest score.
    const ScopeResult *high = nullptr;
    for (const ScopeResult &scope : m_result.areas) {
        if (scope.assessed && (!high || scope.score > high->score))
            high = &scope;
    }
    const ScopeResult *low = m_result.weakestAreas.empty() ? nullptr : m_result.area(m_result.weakestAreas.front());
    if (m_result.areas.size() > 1 && high && low && high->level > low->level) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Strongest work area: %1 (%2, score %3). Weakest: %4 (%5).")
                                 .arg(areaTitle(high->id), StatusText::levelShort(high->level),
                                      StatusText::score(high->score, m_locale),
                                      StatusText::areaNames(m_q, m_result.weakestAreas, m_language),
                                      StatusText::levelShort(low->level))));
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
        const Standing standing = standingIn(overall.score, group.overall);
        const QString where = standing == Standing::BelowMedian ? tr("this organisation's score %1 is below it.")
            : standing == Standing::AtMedian                    ? tr("this organisation's score %1 is at it.")
            : standing == Standing::AboveMedian                 ? tr("this organisation's score %1 is above it.")
                                                                : tr("this organisation's score %1 is in quartile %2 "
                                                                     "(Q1 lowest, Q4 highest).");
        QString sentence = tr("In the benchmark group “%1” (%n organisation(s)) the median overall score is %2;",
                              nullptr, static_cast<int>(group.n))
                               .arg(PresentationText::groupLabel(group.id), number(group.overall.median, 2))
            + QLatin1Char(' ')
            + (group.overall.hasQuartiles() ? where.arg(StatusText::score(overall.score, m_locale))
                                                  .arg(quartileOf(overall.score, group.overall))
                                            : where.arg(StatusText::score(overall.score, m_locale)));
        if (!group.overall.hasQuartiles())
            sentence += QLatin1Char(' ')
                + tr("A group of fewer than %1 organisations has no quartiles: they would be single "
                     "organisations' scores.")
                      .arg(quartileMinGroupSize);
        html += QStringLiteral("<p>%1%2</p>")
                    .arg(esc(sentence),
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
    bool fromWeakest = false;
    const std::vector<Gap> gaps = priorityGaps(fromPlan, fromWeakest);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Highest-priority gaps")));
    if (gaps.empty()) {
        const bool allAtTop = std::all_of(m_result.areas.begin(), m_result.areas.end(),
                                          [](const ScopeResult &scope) { return scope.level >= levelCount; });
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(allAtTop ? tr("There are no gaps: every work area has reached the highest level.")
                                      : tr("No measure that is not in place stands in the way: the levels above "
                                           "are not assessed, because too few of their questions are "
                                           "applicable. Review the Not applicable answers.")));
        return html;
    }
    html += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(esc(fromWeakest && fromPlan
                             ? tr("First the measures that hold back the weakest work areas, on which the overall "
                                  "level rests; then the first open actions of the action plan.")
                             : fromWeakest
                             ? tr("The measures that hold back the weakest work areas, on which the overall level "
                                  "rests.")
                             : fromPlan ? tr("The first open actions of the action plan, which lists the measures "
                                             "up to each work area's target, lowest level first.")
                                        : tr("No action plan applies, so these are the measures that stand between "
                                             "each work area and its next level, lowest level first.")));
    html += tableStart({ tr("No."), tr("Measure not in place"), tr("Level"), tr("Owner") }, { 6, 58, 13, 23 });
    int index = 1;
    for (const Gap &gap : gaps) {
        const Question *question = m_q.findQuestion(gap.questionId);
        html += QStringLiteral("<tr>");
        html += cell(QString::number(index++));
        html += cell((question ? esc(text(question->text)) : esc(gap.questionId))
            + QStringLiteral("<br><span class=\"small\">%1 · %2</span>")
                  .arg(esc(areaTitle(gap.areaId)), esc(tr("current answer: %1").arg(answerLabel(gap.questionId)))));
        html += cell(esc(StatusText::levelShort(gap.level)));
        html += cell(gap.action && !gap.action->owner.empty() ? esc(gap.action->owner) : QStringLiteral("–"));
        html += QStringLiteral("</tr>");
    }
    html += tableEnd();
    return html;
}

QString ReportBuilder::results() const
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
                            "and where this organisation's score stands in the group, by quarter (Q1 lowest, Q4 "
                            "highest) or, in a group too small for quartiles, against the median.",
            nullptr, static_cast<int>(group->n))
                             .arg(PresentationText::groupLabel(group->id));
        source += QLatin1Char(' ')
            + tr("Benchmark: %1, generated %2.")
                  .arg(str(m_options.benchmark->label), str(m_options.benchmark->generated));
        if (const QString made = PresentationText::benchmarkSource(*m_options.benchmark); !made.isEmpty())
            source += QLatin1Char(' ') + made + QLatin1Char('.');
        html += QStringLiteral("<p class=\"small\">%1%2</p>")
                    .arg(m_options.benchmark->fictitious
                            ? QStringLiteral("<b>%1</b> ").arg(esc(tr("Fictitious example data, not real results.")))
                            : QString(),
                        esc(source));
        html += tableStart({ tr("Work area"), tr("Level"), tr("Score (0–4)"), tr("Answered"), tr("Target"), tr("Gap"),
                               tr("Group median"), tr("Position") },
            { 22, 12, 9, 13, 11, 9, 12, 12 });
    } else {
        html += tableStart({ tr("Work area"), tr("Level"), tr("Score (0–4)"), tr("Answered"), tr("Not applicable"),
                               tr("Target"), tr("Gap") },
            { 27, 14, 9, 14, 12, 12, 12 });
    }
    auto scopeRow = [&](const ScopeResult &scope, const QString &title, bool total) -> QString {
        const QString open = total ? QStringLiteral("<b>") : QString();
        const QString close = total ? QStringLiteral("</b>") : QString();
        QString row = QStringLiteral("<tr>");
        row += cell(open + esc(title) + close);
        if (scope.notAssessed())
            row += cell(esc(StatusText::scopeLevelShort(scope)));
        else
            row += levelCell(scope.level);
        row += cell(open + StatusText::scopeScore(scope, m_locale) + close, QStringLiteral("align=\"right\""));
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
            row += cell(stats ? esc(PresentationText::standingText(standingIn(scope.score, *stats)))
                              : QStringLiteral("–"));
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
                            "to the target. Not assessed: too little of the area is applicable for any level to "
                            "be assessed.")));
    html += exclusions();
    return html;
}

} // namespace kollen::gui::reportparts
