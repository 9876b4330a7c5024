// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/aggregation.h>
#include <kollen/assessment.h>
#include <kollen/comparison.h>
#include <kollen/questionnaire.h>
#include <kollen/scoring.h>

#include <QString>
#include <QStringList>
#include <QVector>

namespace kollen::gui {

/// What the radar chart shows, one value per work area in the questionnaire's order: the one place that makes the
/// series of the overview, workshop mode and the report. The callers name the series themselves.
struct RadarSeries
{
    QStringList areaNames; ///< the areas' titles in `language`
    QVector<double> scores; ///< each area's score (0–4)
    QVector<double> targets; ///< each area's target level (0 for none); empty when no area has a target
    QVector<double> previous; ///< each area's score in the earlier assessment; empty without a comparison
    QVector<double> medians; ///< the benchmark group's median per area (0 where it has none); empty without a group

    [[nodiscard]] static RadarSeries of(const Questionnaire &questionnaire, const Assessment &assessment,
        const ScoreResult &result, const QString &language, const Comparison *comparison = nullptr,
        const BenchmarkGroup *group = nullptr);
};

} // namespace kollen::gui
