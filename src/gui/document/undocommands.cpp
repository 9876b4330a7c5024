// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/undocommands.h"

#include "document/document.h"

#include <QCoreApplication>

namespace kollen::gui {

SetResponseCommand::SetResponseCommand(Document *document, std::string questionId, Response before, Response after,
                                       int mergeId, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_questionId(std::move(questionId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{
}

void SetResponseCommand::undo()
{
    m_document->applyResponse(m_questionId, m_before);
}

void SetResponseCommand::redo()
{
    m_document->applyResponse(m_questionId, m_after);
}

bool SetResponseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetResponseCommand *>(other);
    if (next->m_questionId != m_questionId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

SetDetailsCommand::SetDetailsCommand(Document *document, Assessment before, Assessment after)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit assessment details"))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetDetailsCommand::undo()
{
    m_document->applyDetails(m_before);
}

void SetDetailsCommand::redo()
{
    m_document->applyDetails(m_after);
}

SetTargetCommand::SetTargetCommand(Document *document, std::string areaId, Target before, Target after)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Set target"))
    , m_document(document)
    , m_areaId(std::move(areaId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetTargetCommand::undo()
{
    m_document->applyTarget(m_areaId, m_before);
}

void SetTargetCommand::redo()
{
    m_document->applyTarget(m_areaId, m_after);
}

SetActionCommand::SetActionCommand(Document *document, std::string questionId, ActionInfo before, ActionInfo after)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit action"))
    , m_document(document)
    , m_questionId(std::move(questionId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetActionCommand::undo()
{
    m_document->applyAction(m_questionId, m_before);
}

void SetActionCommand::redo()
{
    m_document->applyAction(m_questionId, m_after);
}

} // namespace kollen::gui
