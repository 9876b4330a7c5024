// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/actionplancsv.h"

#include "text/presentationtext.h"

namespace kollen::gui {

ActionPlanLabels ActionPlanCsv::labels()
{
    ActionPlanLabels labels;
    labels.level = tr("Level").toStdString();
    labels.area = tr("Work area").toStdString();
    labels.questionId = tr("Question id").toStdString();
    labels.question = tr("Question").toStdString();
    labels.answer = tr("Current answer").toStdString();
    labels.owner = tr("Owner").toStdString();
    labels.dueDate = tr("Due date").toStdString();
    labels.status = tr("Status").toStdString();
    labels.note = tr("Note").toStdString();
    labels.requirements = tr("Requirements").toStdString();
    labels.guidance = tr("Guidance").toStdString();
    labels.planned = PresentationText::actionStatusText(ActionStatus::Planned).toStdString();
    labels.inProgress = PresentationText::actionStatusText(ActionStatus::InProgress).toStdString();
    labels.done = PresentationText::actionStatusText(ActionStatus::Done).toStdString();
    labels.dropped = PresentationText::actionStatusText(ActionStatus::Dropped).toStdString();
    return labels;
}

} // namespace kollen::gui
