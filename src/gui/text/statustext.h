// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/questionnaire.h>
#include <kollen/scoring.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace kollen::gui {

/// Short translated texts about results, shared by tabs, pages and the overview.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    /// "Level 2 – …name…" or "Level 1 not yet reached".
    static QString level(const Questionnaire &questionnaire, int level, const QString &language);
    /// "Level 2" / "Not yet level 1", short for tabs and tables.
    static QString levelShort(int level);
    /// A fractional score (0–4) with two decimals, cut and never rounded up (kollen::scoreForDisplay): 1.995 is
    /// "1,99", so a score never shows the number of a level that is not reached.
    static QString score(double score, const QLocale &locale = QLocale());
    /// "5 of 6 answered".
    static QString progress(const ScopeResult &scope);
    /// MSB's national figures (share of participants reaching at least level 1, per year) next to `level`.
    static QString nationalComparison(int level);
    /// Where the national figures come from.
    static QString nationalSource();
};

} // namespace kollen::gui
