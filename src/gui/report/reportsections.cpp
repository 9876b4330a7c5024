// SPDX-License-Identifier: GPL-3.0-or-later
// The report's trend, action plan, feedback per area, method and appendix.
#include "report/reportbuilder.h"
#include "report/reporthtml.h"
#include "text/presentationtext.h"
#include "text/statustext.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace kollen::gui::reportparts {

QString ReportBuilder::trend() const
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
    QStringList headers { tr("Work area") };
    QList<int> widths { 28 };
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
                    + esc(tr("score %1").arg(StatusText::score(scope.score, m_locale))) + QStringLiteral("</span>"),
                QStringLiteral("bgcolor=\"%1\"").arg(QLatin1String(levelFill(scope.level))));
        }
        const double delta = scopeOf(t.points[t.points.size() - 1]).score - scopeOf(t.points[from]).score;
        r += cell(open + esc(PresentationText::changeText(delta, m_locale)) + close);
        return r + QStringLiteral("</tr>");
    };
    for (std::size_t a = 0; a < m_q.areas.size(); ++a)
        html += row(
            text(m_q.areas[a].title), false, [a](const TrendPoint &p) -> const ScopeResult & { return p.areas[a]; });
    html += row(tr("Overall"), true, [](const TrendPoint &p) -> const ScopeResult & { return p.overall; });
    html += tableEnd();

    QStringList notes;
    if (shown < t.points.size())
        notes << tr("Only the %1 most recent assessments are shown; the first is from %2.")
                     .arg(shown)
                     .arg(pointDate(first));
    notes << tr("Change: the difference in score between the first and the last assessment shown.");
    for (const TrendPoint &point : t.points) {
        if (point.migration.migrated) {
            QString note = tr("The assessment of %1 was made with version %2 of the questionnaire and was carried "
                              "over to version %3; %n item(s) could not be carried over.",
                              nullptr, static_cast<int>(point.migration.lost.size()))
                               .arg(pointDate(point), str(point.migration.fromVersion), str(m_q.version));
            if (const QString added = StatusText::addedQuestionsNote(point.migration); !added.isEmpty())
                note += QLatin1Char(' ') + added;
            notes << note;
        }
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

QString ReportBuilder::pointDate(const TrendPoint &point) const
{
    return point.date.empty() ? tr("no date") : str(point.date);
}

QString ReportBuilder::actionPlan() const
{
    // Without actions the section is a short note that follows the results on the same page.
    QString html = heading2(tr("Action plan"), !m_plan.empty());
    if (m_plan.empty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(m_anyTarget ? tr("Every work area has reached its target. There is nothing left to plan.")
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
    html += tableStart({ tr("No."), tr("Measure"), tr("Level"), tr("Owner"), tr("Due date"), tr("Status") },
        { 5, 38, 10, 24, 13, 10 });
    int index = 1;
    for (const ActionItem &item : m_plan) {
        const Question *question = m_q.findQuestion(item.questionId);
        QString measure = question ? esc(text(question->text)) : esc(item.questionId);
        measure
            += QStringLiteral("<br><span class=\"small\">%1 · %2</span>")
                   .arg(esc(areaTitle(item.areaId)), esc(tr("current answer: %1").arg(answerLabel(item.questionId))));
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

QString ReportBuilder::linksLine(const std::vector<Link> &links) const
{
    QStringList items;
    for (const Link &link : links)
        items << linkHtml(text(link.title), link.url);
    return items.join(QStringLiteral("<br>"));
}

QString ReportBuilder::commentHtml(const std::string &questionId) const
{
    if (!m_options.includeComments)
        return {};
    const Response &response = m_a.response(questionId);
    if (response.comment.empty())
        return {};
    return QStringLiteral("<br><span class=\"note\">%1 %2</span>")
        .arg(esc(tr("Comment:")), escapedMultiline(str(response.comment)));
}

QString ReportBuilder::exclusions() const
{
    QString rows;
    int count = 0;
    for (const Area &area : m_q.areas) {
        for (const Question &question : area.questions) {
            const Response &response = m_a.response(question.id);
            const AnswerOption *option = response.answer.empty() ? nullptr : m_q.findAnswer(response.answer);
            if (!option || !option->excluded)
                continue;
            ++count;
            QString reason;
            if (!question.allowNotApplicable)
                reason = QStringLiteral("<b>%1</b>").arg(
                    esc(tr("Not applicable is not allowed for this question; it counts as unanswered.")));
            else if (isBlankComment(response.comment))
                reason = QStringLiteral("<b>%1</b>").arg(esc(tr("No reason given.")));
            else
                reason = escapedMultiline(str(response.comment));
            rows += QStringLiteral("<tr>") + cell(esc(text(question.text)) + QStringLiteral("<br><span class=\"small\">%1</span>").arg(esc(text(area.title))))
                + cell(esc(StatusText::levelShort(question.level))) + cell(reason) + QStringLiteral("</tr>");
        }
    }
    if (count == 0)
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Not applicable answers and their reasons")));
    html += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(esc(tr("%n question(s) answered Not applicable. They are left out of the scoring, so the "
                            "result rests on these reasons; they are shown even when comments are left out of the "
                            "report.",
                            nullptr, count)));
    html += tableStart({tr("Question"), tr("Level"), tr("Reason")}, {48, 12, 40});
    html += rows;
    html += tableEnd();
    return html;
}

QString ReportBuilder::requirements(const RequirementSet &set) const
{
    // The set's texts in the report's language, falling back as the questionnaire's do.
    const auto setText = [this](const LocalizedText &localizedText) { return esc(text(localizedText)); };
    const std::vector<RequirementStatus> statuses = requirementSetStatus(set, m_q, m_a);
    const RequirementCounts counts = countStatuses(statuses);
    QString html = heading2(tr("Requirements: %1").arg(text(set.title)));
    html += QStringLiteral("<p class=\"small\">%1</p>").arg(setText(set.source));
    QStringList parts;
    auto part = [&parts](std::size_t count, const QString &words) {
        if (count > 0)
            parts << words;
    };
    part(counts.met, tr("%n met", nullptr, static_cast<int>(counts.met)));
    part(counts.partly, tr("%n partly", nullptr, static_cast<int>(counts.partly)));
    part(counts.notMet, tr("%n not met", nullptr, static_cast<int>(counts.notMet)));
    part(counts.notApplicable, tr("%n not applicable", nullptr, static_cast<int>(counts.notApplicable)));
    part(counts.unanswered, tr("%n not answered", nullptr, static_cast<int>(counts.unanswered)));
    part(counts.notCovered,
         tr("%n not covered by the questionnaire", nullptr, static_cast<int>(counts.notCovered)));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("%n requirement(s): %1.", nullptr, static_cast<int>(statuses.size()))
                             .arg(parts.join(QStringLiteral(" · ")))));
    html += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(esc(tr("The status comes from the answers to the questions that evidence each requirement: met "
                            "when all of them are in place. \"Not covered\" means that no question of this "
                            "questionnaire evidences the requirement, so the assessment says nothing about it; it is "
                            "never counted as met.")));
    html += tableStart({tr("Requirement"), tr("Reference"), tr("Status"), tr("In place")}, {48, 24, 16, 12});
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const SetRequirement &requirement = set.requirements[i];
        html += QStringLiteral("<tr>");
        html += cell(setText(requirement.title));
        html += cell(setText(requirement.reference));
        html += cell(esc(StatusText::fulfilment(statuses[i].overall)));
        html += cell(statuses[i].questions.empty() ? QStringLiteral("–") : percent(statuses[i].share),
                     QStringLiteral("align=\"right\""));
        html += QStringLiteral("</tr>");
    }
    html += tableEnd();

    // What is left to meet the set: each requirement not met, with the questions not in place.
    QString open;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const Fulfilment overall = statuses[i].overall;
        if (overall == Fulfilment::Met || overall == Fulfilment::NotApplicable || overall == Fulfilment::NotCovered)
            continue;
        const SetRequirement &requirement = set.requirements[i];
        QString item = QStringLiteral("<li><b>%1</b> <span class=\"small\">(%2 · %3)</span><br>%4")
                           .arg(setText(requirement.title), setText(requirement.reference),
                                esc(StatusText::fulfilment(overall)), setText(requirement.text));
        QString questions;
        for (const RequirementQuestion &rq : statuses[i].questions) {
            if (rq.fulfilment == Fulfilment::Met || rq.fulfilment == Fulfilment::NotApplicable)
                continue;
            const Question *question = m_q.findQuestion(rq.questionId);
            questions += QStringLiteral("<li>%1 <span class=\"small\">(%2)</span></li>")
                             .arg(question ? esc(text(question->text)) : esc(rq.questionId),
                                  esc(tr("answer: %1").arg(answerLabel(rq.questionId))));
        }
        if (!questions.isEmpty())
            item += QStringLiteral("<ul>%1</ul>").arg(questions);
        open += item + QStringLiteral("</li>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Not yet met")));
    html += open.isEmpty() ? QStringLiteral("<p>%1</p>")
                                 .arg(esc(tr("Every requirement that the questionnaire covers is met.")))
                           : QStringLiteral("<ul>%1</ul>").arg(open);

    QString uncovered;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        if (statuses[i].overall != Fulfilment::NotCovered)
            continue;
        const SetRequirement &requirement = set.requirements[i];
        uncovered += QStringLiteral("<li><b>%1</b> <span class=\"small\">(%2)</span><br>%3</li>")
                         .arg(setText(requirement.title), setText(requirement.reference), setText(requirement.text));
    }
    if (!uncovered.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Not covered by this assessment")));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("No question of the questionnaire evidences these requirements. Assess them "
                                "separately before concluding that the organisation meets the set.")));
        html += QStringLiteral("<ul>%1</ul>").arg(uncovered);
    }
    return html;
}

QString ReportBuilder::feedback() const
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
        status << QStringLiteral("<b>%1</b>").arg(esc(StatusText::scopeLevel(m_q, *scope, m_language)));
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
            const int upTo = std::max(next, scope->blockingLevel());
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

QString ReportBuilder::method() const
{
    QString html = heading2(tr("Method"));
    const QString rule = str(m_result.rule);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The assessment was scored with the rule “%1” of the questionnaire “%2”, version %3.")
                             .arg(rule, text(m_q.title), str(m_q.version))));
    if (m_result.rule == ScoringRule::cumulativeCoverage) {
        const QString minimum = m_locale.toString(static_cast<int>(std::lround(m_result.minApplicable * 100.0)));
        QStringList steps {
            tr("Each answer has a value between 0 and 1 (see the answer scale below). An unanswered question "
               "counts as 0: the measure is not in place."),
            tr("Not applicable leaves a question out of the calculation. It needs a reason, and the basic "
               "questions of level 1 do not offer it: a public body cannot declare them not applicable."),
            tr("For each level of a work area, the share met is the sum of weight × value divided by the sum of "
               "weights, over the level's questions that are applicable."),
            tr("A level is assessed only when at least %1 % of its questions' weight is applicable. A level that "
               "is not assessed is not met, so Not applicable answers can never lift a work area to a level.")
                .arg(minimum),
            tr("A level is met when its share reaches the level's threshold. The levels are cumulative: a work "
               "area has reached the highest level for which every level up to it is met. A level without "
               "questions in the area is skipped."),
            tr("The overall level is that of the weakest work area: security is no stronger than its weakest "
               "link. The mean score of the work areas and the share met of all questions are shown for "
               "information only."),
            tr("The score (0–4) is the level reached plus the share met of the next level, cut to two decimals "
               "and never rounded up, so it never suggests a level that is not reached."),
            tr("Completeness is the share of questions answered; “Don't know” does not count as answered, Not "
               "applicable does."),
        };
        // A level with a floor (min_value) also needs every applicable question at that value: said after step 5.
        for (int level = levelCount; level >= 1; --level) {
            if (const double floor = m_result.minValues[static_cast<std::size_t>(level - 1)]; floor > 0.0)
                steps.insert(5, tr("Level %1 is met only when, besides its threshold, every applicable question of "
                                   "the level is at least “%2”: a single question below it keeps the work area "
                                   "below the level.")
                                    .arg(level)
                                    .arg(StatusText::answerAtValue(m_q, floor, m_language)));
        }
        html += QStringLiteral("<ol>");
        for (const QString &step : steps)
            html += QStringLiteral("<li class=\"step\">%1</li>").arg(esc(step));
        html += QStringLiteral("</ol>");
    } else if (m_result.rule == ScoringRule::cumulativeThreshold) {
        const QStringList steps {
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
    html += tableStart({ tr("Level"), tr("Meaning"), tr("Threshold") }, { 24, 62, 14 });
    for (int level = 1; level <= levelCount; ++level) {
        const LevelDefinition &definition = m_q.level(level);
        html += QStringLiteral("<tr>");
        html += cell(QStringLiteral("<b>%1</b>").arg(esc(text(definition.name))),
            QStringLiteral("bgcolor=\"%1\"").arg(QLatin1String(levelFill(level))));
        html += cell(esc(text(definition.description)));
        QString threshold = percent(m_result.thresholds[static_cast<std::size_t>(level - 1)]);
        if (const double floor = m_result.minValues[static_cast<std::size_t>(level - 1)]; floor > 0.0)
            threshold += QStringLiteral("<br>")
                + esc(tr("and every question at least “%1”").arg(StatusText::answerAtValue(m_q, floor, m_language)));
        html += cell(threshold, QStringLiteral("align=\"right\""));
        html += QStringLiteral("</tr>");
    }
    html += tableEnd();

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Answer scale")));
    html += tableStart(
        { tr("Answer"), tr("Value"), tr("Counts as answered"), tr("In the scoring") }, { 30, 14, 24, 32 });
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

QString ReportBuilder::appendix() const
{
    QString html = heading2(tr("Appendix: all questions"));
    int number = 1;
    for (const Area &area : m_q.areas) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(text(area.title)));
        QStringList headers { tr("No."), tr("Question"), tr("Level"), tr("Answer"), tr("Evidence") };
        QList<int> widths { 6, 50, 10, 12, 22 };
        if (m_options.includeComments) {
            headers << tr("Comment");
            widths = { 5, 37, 9, 11, 18, 20 };
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
            html += cell(response.evidence.empty() ? QStringLiteral("–") : escapedMultiline(str(response.evidence)));
            if (m_options.includeComments)
                html += cell(response.comment.empty() ? QStringLiteral("–") : escapedMultiline(str(response.comment)));
            html += QStringLiteral("</tr>");
        }
        html += tableEnd();
    }
    return html;
}

} // namespace kollen::gui::reportparts
