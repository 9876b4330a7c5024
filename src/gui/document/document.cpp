// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include "text/diagnostictext.h"

#include "document/undocommands.h"

#include "text/pathutil.h"

#include <kollen/assessmentio.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>

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
    m_disk = readDiskState(path);
    Q_EMIT filePathChanged(path);
}

Document::DiskState Document::readDiskState(const QString &path)
{
    DiskState state;
    if (path.isEmpty())
        return state;
    // std::ifstream and toPath(), not QFile: Qt cannot open a file whose name is not UTF-8 (text/pathutil.h).
    std::ifstream file(toPath(path), std::ios::binary);
    if (!file)
        return state;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::array<char, 65536> buffer{};
    qint64 size = 0;
    while (file) {
        file.read(buffer.data(), buffer.size());
        const std::streamsize got = file.gcount();
        hash.addData(QByteArrayView(buffer.data(), static_cast<qsizetype>(got)));
        size += got;
    }
    if (file.bad())
        return state;
    state.exists = true;
    state.size = size;
    state.hash = hash.result();
    return state;
}

Document::DiskChange Document::diskChange() const
{
    if (m_filePath.isEmpty())
        return DiskChange::Unchanged;
    std::error_code error;
    if (!std::filesystem::exists(toPath(m_filePath), error))
        return DiskChange::Missing;
    // The size decides quickly; otherwise the contents do. The time is not compared: a file that was only
    // touched, or copied back unchanged, is no conflict.
    const DiskState now = readDiskState(m_filePath);
    if (!now.exists || !m_disk.exists || now.size != m_disk.size || now.hash != m_disk.hash)
        return DiskChange::Changed;
    return DiskChange::Unchanged;
}

QDateTime Document::diskModified() const
{
    if (m_filePath.isEmpty())
        return QDateTime();
    std::error_code error;
    const auto written = std::filesystem::last_write_time(toPath(m_filePath), error);
    if (error)
        return QDateTime();
    const auto since1970 = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::file_clock::to_sys(written).time_since_epoch());
    return QDateTime::fromMSecsSinceEpoch(since1970.count());
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : displayPath(QFileInfo(m_filePath).fileName());
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
    return publishedGroupFor(*m_benchmark, m_assessment.organisation.type, m_assessment.organisation.sizeBand);
}

void Document::setTrendAssessments(std::vector<EarlierAssessment> earlier)
{
    m_trendAssessments = std::move(earlier);
    Q_EMIT trendChanged();
}

std::optional<Trend> Document::trend() const
{
    if (m_trendAssessments.empty())
        return std::nullopt;
    std::vector<TrendInput> inputs;
    inputs.reserve(m_trendAssessments.size() + 1);
    for (const EarlierAssessment &earlier : m_trendAssessments)
        inputs.push_back({earlier.label.toStdString(), earlier.assessment, false});
    inputs.push_back({displayName().toStdString(), m_assessment, true});
    Trend trend;
    Diagnostic error;
    if (!buildTrend(m_questionnaire, inputs, trend, error))
        return std::nullopt;
    return trend;
}

std::optional<Comparison> Document::comparison() const
{
    if (!m_previous)
        return std::nullopt;
    Comparison comparison;
    Diagnostic error;
    if (!compareAssessments(m_questionnaire, *m_previous, m_assessment, comparison, error))
        return std::nullopt;
    return comparison;
}

void Document::applyResponse(const std::string &questionId, const Response &response)
{
    const Response &before = m_assessment.response(questionId);
    // The result changes with the answer, and with whether a comment gives a reason (Not applicable without one
    // is counted); not with every keystroke of a comment.
    const bool resultChanges = before.answer != response.answer
        || isBlankComment(before.comment) != isBlankComment(response.comment);
    if (response.isEmpty())
        m_assessment.responses.erase(questionId);
    else
        m_assessment.responses[questionId] = response;
    if (resultChanges)
        rescore();
    Q_EMIT responseChanged(QString::fromStdString(questionId)); // after rescoring: listeners see the new result
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

bool Document::save(const QString &path, QString &error, QString *details)
{
    const std::string data = serializeAssessment(m_assessment);
    AtomicWriteError failure;
    AtomicWriteOptions options;
    options.ownerOnlyWhenNew = true; // an assessment lists the organisation's security gaps
    if (!writeFileAtomically(toPath(path), data, failure, options)) {
        error = DiagnosticText::writeError(failure);
        if (details)
            *details = QString::fromStdString(failure.message);
        return false;
    }
    setFilePath(path);
    // What this program wrote, not what is on disk a moment later: a change by another program in between
    // must still count as a change.
    m_disk.exists = true;
    m_disk.size = static_cast<qint64>(data.size());
    m_disk.hash = QCryptographicHash::hash(QByteArray::fromRawData(data.data(), static_cast<qsizetype>(data.size())),
                                           QCryptographicHash::Sha256);
    m_undoStack->setClean();
    setUnsavedChanges(false);
    return true;
}

} // namespace kollen::gui
