// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the report (src/gui/report): the report's content as HTML, section by section. The sections are
// written in reportbuilder.cpp (cover, summary, results) and reportsections.cpp (trend, action plan, feedback per
// area, method, appendix); the pieces of HTML they share are in reporthtml.h.
#pragma once

#include "report/report.h"
#include "text/linkutil.h"

#include <kollen/actionplan.h>
#include <kollen/scoring.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <string>
#include <vector>

namespace kollen::gui::reportparts {

/// Makes the report's body (one HTML document) from a questionnaire, an assessment and the report's options.
class ReportBuilder
{
public:
    ReportBuilder(const Questionnaire &q, const Assessment &a, const ReportOptions &options, const QString &language,
        const QDateTime &generated);

    /// The whole body: cover, summary, results, then the optional sections, feedback, method and appendix.
    [[nodiscard]] QString build() const;

    [[nodiscard]] const ScoreResult &result() const { return m_result; }

private:
    // The report's texts have one translation context, "ReportRenderer" (lupdate reads the macro's argument).
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

    struct Gap
    {
        std::string questionId;
        std::string areaId;
        int level = 0;
        const ActionInfo *action = nullptr;
    };

    QString text(const LocalizedText &localizedText) const { return localized(m_q, localizedText, m_language); }
    QString number(double value, int decimals) const { return m_locale.toString(value, 'f', decimals); }
    QString percent(double share) const;
    QString date(const std::string &isoDate) const;
    QString organisationName() const;
    QString answerLabel(const std::string &questionId) const;
    QString areaTitle(const std::string &areaId) const;
    QString targetText(const std::string &areaId) const;
    QString gapText(const ScopeResult &scope) const;
    /// The three to five highest-priority gaps: the action plan's order (open actions), or when there is no
    /// plan, the unmet questions of each area's next level, by level, then area and question order.
    /// Under cumulative-coverage, the unmet questions of the weakest work areas' next level come first.
    std::vector<Gap> priorityGaps(bool &fromPlan, bool &fromWeakest) const;
    /// What carrying out the plan would do to the overall level.
    QString projection(const ScoreResult &projected) const;
    QString cover() const;
    QString summary() const;
    QString results() const;
    /// Every Not applicable answer with its reason (the comment), which the result rests on as much as on the
    /// other answers; empty when there is none.
    QString exclusions() const;
    QString trend() const;
    QString pointDate(const TrendPoint &point) const;
    QString actionPlan() const;
    QString linksLine(const std::vector<Link> &links) const;
    QString commentHtml(const std::string &questionId) const;
    /// One section per requirement set of the options: the status of each requirement, then those not met, and
    /// those the questionnaire does not cover.
    QString requirements(const RequirementSet &set) const;
    QString feedback() const;
    QString method() const;
    QString appendix() const;

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

} // namespace kollen::gui::reportparts
