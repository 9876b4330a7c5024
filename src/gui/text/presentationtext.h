// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace kollen::gui
