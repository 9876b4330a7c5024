// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/assessment.h>

#include <QUndoCommand>

namespace kollen::gui {

class Document;

/// Changes one question's response. Typing in a comment, evidence or views field merges into one command
/// per field and question, so one undo removes the whole edit.
class SetResponseCommand final : public QUndoCommand
{
public:
    enum MergeId { NoMerge = -1, CommentMerge = 1, EvidenceMerge = 2, ViewsMerge = 3 };

    SetResponseCommand(Document *document, std::string questionId, Response before, Response after, int mergeId,
                       const QString &text);
    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    std::string m_questionId;
    Response m_before;
    Response m_after;
    int m_mergeId;
};

/// Changes the assessment's details (organisation, date, participants, notes).
class SetDetailsCommand final : public QUndoCommand
{
public:
    SetDetailsCommand(Document *document, Assessment before, Assessment after);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Assessment m_before;
    Assessment m_after;
};

/// Changes one area's target.
class SetTargetCommand final : public QUndoCommand
{
public:
    SetTargetCommand(Document *document, std::string areaId, Target before, Target after);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    std::string m_areaId;
    Target m_before;
    Target m_after;
};

/// Changes the planned action (owner, due date, status, note) for one question.
class SetActionCommand final : public QUndoCommand
{
public:
    SetActionCommand(Document *document, std::string questionId, ActionInfo before, ActionInfo after);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    std::string m_questionId;
    ActionInfo m_before;
    ActionInfo m_after;
};

} // namespace kollen::gui
