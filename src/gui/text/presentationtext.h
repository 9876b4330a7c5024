// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/aggregation.h>
#include <kollen/assessment.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <string>

namespace kollen::gui {

/// Translated labels of the assessment's details, of benchmark groups, of changes in score and of action statuses:
/// the texts that pages, dialogs, workshop mode and the report show alike.
class PresentationText
{
    Q_DECLARE_TR_FUNCTIONS(PresentationText)

public:
    /// "Municipality", "Region", … ("Not specified" for OrganisationType::Unspecified).
    [[nodiscard]] static QString organisationTypeLabel(OrganisationType type);
    /// "Fewer than 15 000 inhabitants", … for a size band id; "Not specified" for none, an unknown id as it is.
    [[nodiscard]] static QString sizeBandLabel(const QString &bandId);
    /// "All organisations", "Municipality", "Municipality, 15 000–49 999 inhabitants" for a benchmark group id.
    [[nodiscard]] static QString groupLabel(const std::string &groupId);
    /// "▲ +0.50", "▼ −1.00" or "= 0.00": the direction is shown by an arrow and a sign, not by colour. The
    /// number is written in `locale`'s format.
    [[nodiscard]] static QString changeText(double delta, const QLocale &locale = QLocale());
    /// "Planned", "In progress", "Done", "Dropped".
    [[nodiscard]] static QString actionStatusText(ActionStatus status);
    /// The organisation's standing under cybersäkerhetslagen, e.g. "Covered by the Cybersecurity Act (NIS2) –
    /// important entity"; empty when not known.
    [[nodiscard]] static QString actCoverageText(const Organisation &organisation);
    /// Where a score stands in a benchmark group, short: "Q1" … "Q4", or "below median", "at median", "above
    /// median" in a group too small for quartiles.
    [[nodiscard]] static QString standingText(Standing standing);
    /// What a benchmark is made of, for the line under it: "Round 2026, 298 submissions" (empty for a benchmark
    /// of format 1, which does not say).
    [[nodiscard]] static QString benchmarkSource(const BenchmarkFile &benchmark);
    /// A text from the assessment as a label shows it (not escaped): at most `maxLength` characters, with
    /// " … [shortened: N characters in all]" after a longer one, and long unbroken runs given break opportunities
    /// (breakLongRuns), so that a hostile file cannot make a page take seconds to lay out. The editors keep the
    /// whole text.
    [[nodiscard]] static QString userText(const std::string &text, qsizetype maxLength = 4000);
    /// Whether `text` has a run of more than 1,000 characters without a space: an editor showing it wraps
    /// anywhere, as wrapping at word boundaries is quadratic in such a run.
    [[nodiscard]] static bool hasLongRun(const QString &text);
};

} // namespace kollen::gui
