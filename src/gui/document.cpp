// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "undocommands.h"

#include "pathutil.h"

#include <kollen/assessmentio.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

namespace kollen::gui {

Document::Document(const Questionnaire &questionnaire, Assessment assessment, QObject *parent)
    : QObject(parent)
    , m_questionnaire(questionnaire)
    , m_assessment(std::move(assessment))
    , m_undoStack(new QUndoStack(this))
{
    m_result = score(m_questionnaire, m_assessment);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool) { Q_EMIT modifiedChanged(isModified()); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this](int) { Q_EMIT changed(); });
}

Document::~Document() = default;

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool Document::isModified() const
{
    return m_unsavedChanges || !m_undoStack->isClean();
}

void Document::setUnsavedChanges(bool unsaved)
{
    const bool before = isModified();
    m_unsavedChanges = unsaved;
    if (before != isModified())
        Q_EMIT modifiedChanged(isModified());
}

void Document::setAnswer(const std::string &questionId, const std::string &answerId)
{
    Response r = m_assessment.response(questionId);
    r.answer = answerId;
    pushResponse(questionId, r, SetResponseCommand::NoMerge);
}

void Document::setComment(const std::string &questionId, const QString &text)
{
    Response r = m_assessment.response(questionId);
    r.comment = text.toStdString();
    pushResponse(questionId, r, SetResponseCommand::CommentMerge);
}

void Document::setEvidence(const std::string &questionId, const QString &text)
{
    Response r = m_assessment.response(questionId);
    r.evidence = text.toStdString();
    pushResponse(questionId, r, SetResponseCommand::EvidenceMerge);
}

void Document::setFollowUp(const std::string &questionId, bool followUp)
{
    Response r = m_assessment.response(questionId);
    r.followUp = followUp;
    pushResponse(questionId, r, SetResponseCommand::NoMerge);
}

void Document::setDisputed(const std::string &questionId, bool disputed)
{
    Response r = m_assessment.response(questionId);
    r.disputed = disputed;
    pushResponse(questionId, r, SetResponseCommand::NoMerge);
}

void Document::setViews(const std::string &questionId, const QString &views)
{
    Response r = m_assessment.response(questionId);
    r.views = views.toStdString();
    pushResponse(questionId, r, SetResponseCommand::ViewsMerge);
}

void Document::pushResponse(const std::string &questionId, const Response &response, int mergeId)
{
    const Response &before = m_assessment.response(questionId);
    if (before == response)
        return;
    QString text;
    switch (mergeId) {
    case SetResponseCommand::CommentMerge: text = tr("Edit comment"); break;
    case SetResponseCommand::EvidenceMerge: text = tr("Edit evidence"); break;
    case SetResponseCommand::ViewsMerge: text = tr("Edit differing views"); break;
    default:
        text = before.followUp != response.followUp  ? tr("Change follow-up flag")
            : before.disputed != response.disputed ? tr("Mark as not agreed")
                                                   : tr("Answer question");
        break;
    }
    m_undoStack->push(new SetResponseCommand(this, questionId, before, response, mergeId, text));
}

void Document::setDetails(const Assessment &details)
{
    Assessment after = m_assessment;
    after.organisation = details.organisation;
    after.date = details.date;
    after.participants = details.participants;
    after.notes = details.notes;
    if (after == m_assessment)
        return;
    m_undoStack->push(new SetDetailsCommand(this, m_assessment, after));
}

void Document::setTarget(const std::string &areaId, const Target &target)
{
    Target before;
    if (auto it = m_assessment.targets.find(areaId); it != m_assessment.targets.end())
        before = it->second;
    if (before == target)
        return;
    m_undoStack->push(new SetTargetCommand(this, areaId, before, target));
}

void Document::setAction(const std::string &questionId, const ActionInfo &action)
{
    ActionInfo before;
    if (auto it = m_assessment.actions.find(questionId); it != m_assessment.actions.end())
        before = it->second;
    if (before == action)
        return;
    m_undoStack->push(new SetActionCommand(this, questionId, before, action));
}

void Document::applyAction(const std::string &questionId, const ActionInfo &action)
{
    if (action.isEmpty())
        m_assessment.actions.erase(questionId);
    else
        m_assessment.actions[questionId] = action;
    Q_EMIT actionChanged(QString::fromStdString(questionId));
}

void Document::setPrevious(std::optional<Assessment> previous, const QString &label)
{
    m_previous = std::move(previous);
    m_previousLabel = m_previous ? label : QString();
    Q_EMIT previousChanged();
}

void Document::setBenchmark(std::optional<BenchmarkFile> benchmark, const QString &label)
{
    m_benchmark = std::move(benchmark);
    m_benchmarkLabel = m_benchmark ? label : QString();
    m_benchmarkGroup.clear();
    Q_EMIT benchmarkChanged();
}

void Document::setBenchmarkGroup(const std::string &groupId)
{
    if (groupId == m_benchmarkGroup)
        return;
    m_benchmarkGroup = groupId;
    Q_EMIT benchmarkChanged();
}

const BenchmarkGroup *Document::benchmarkGroup() const
{
    if (!m_benchmark)
        return nullptr;
    if (const BenchmarkGroup *chosen = m_benchmark->group(m_benchmarkGroup); chosen && !chosen->suppressed())
        return chosen;
    for (const std::string &id : groupIdsFor(m_assessment.organisation.type, m_assessment.organisation.sizeBand)) {
        if (const BenchmarkGroup *group = m_benchmark->group(id); group && !group->suppressed())
            return group;
    }
    return nullptr;
}

std::optional<Comparison> Document::comparison() const
{
    if (!m_previous)
        return std::nullopt;
    Comparison comparison;
    std::string error;
    if (!compareAssessments(m_questionnaire, *m_previous, m_assessment, comparison, error))
        return std::nullopt;
    return comparison;
}

void Document::applyResponse(const std::string &questionId, const Response &response)
{
    const bool answerChanged = m_assessment.answer(questionId) != response.answer;
    if (response.isEmpty())
        m_assessment.responses.erase(questionId);
    else
        m_assessment.responses[questionId] = response;
    Q_EMIT responseChanged(QString::fromStdString(questionId));
    if (answerChanged)
        rescore();
}

void Document::applyDetails(const Assessment &details)
{
    m_assessment.organisation = details.organisation;
    m_assessment.date = details.date;
    m_assessment.participants = details.participants;
    m_assessment.notes = details.notes;
    Q_EMIT detailsChanged();
}

void Document::applyTarget(const std::string &areaId, const Target &target)
{
    if (target.level == 0 && target.date.empty())
        m_assessment.targets.erase(areaId);
    else
        m_assessment.targets[areaId] = target;
    Q_EMIT targetChanged(QString::fromStdString(areaId));
}

void Document::rescore()
{
    m_result = score(m_questionnaire, m_assessment);
    Q_EMIT resultChanged();
}

bool Document::save(const QString &path, QString &error)
{
    std::string message;
    if (!saveAssessmentFile(m_assessment, toPath(path), message)) {
        error = QString::fromStdString(message);
        return false;
    }
    setFilePath(path);
    m_undoStack->setClean();
    setUnsavedChanges(false);
    return true;
}

} // namespace kollen::gui
