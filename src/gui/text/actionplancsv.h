// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/csv.h>

#include <QCoreApplication>

namespace kollen::gui {

/// The texts of the action plan's CSV export: the column headings and status names that actionPlanTable() in the
/// core writes, in the installed translation.
class ActionPlanCsv
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanCsv)

public:
    [[nodiscard]] static ActionPlanLabels labels();
};

} // namespace kollen::gui
