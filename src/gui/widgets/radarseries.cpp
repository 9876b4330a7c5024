// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/radarseries.h"

#include "text/linkutil.h"

namespace kollen::gui {

RadarSeries RadarSeries::of(const Questionnaire &questionnaire, const Assessment &assessment, const ScoreResult &result,
    const QString &language, const Comparison *comparison, const BenchmarkGroup *group)
{
    RadarSeries series;
    bool anyTarget = false;
    for (const Area &area : questionnaire.areas) {
        series.areaNames << localized(questionnaire, area.title, language);
        const ScopeResult *scope = result.area(area.id);
        series.scores << (scope ? scope->score : 0.0);
        const auto target = assessment.targets.find(area.id);
        const int level = target == assessment.targets.end() ? 0 : target->second.level;
        series.targets << level;
        anyTarget = anyTarget || level > 0;
        if (comparison) {
            double before = 0.0;
            for (const AreaChange &change : comparison->areas) {
                if (change.areaId == area.id)
                    before = change.scoreBefore;
            }
            series.previous << before;
        }
        if (group) {
            const auto stats = group->areas.find(area.id);
            series.medians << (stats == group->areas.end() ? 0.0 : stats->second.median);
        }
    }
    if (!anyTarget)
        series.targets.clear();
    return series;
}

} // namespace kollen::gui
