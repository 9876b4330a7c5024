// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/aggregation.h>
#include <kollen/assessment.h>
#include <kollen/atomicfile.h>
#include <kollen/comparison.h>
#include <kollen/questionnaire.h>
#include <kollen/requirementset.h>
#include <kollen/scoring.h>
#include <kollen/trend.h>

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace kollen::gui {

/// An open assessment: the answers, the questionnaire they belong to, the undo history, the file it
/// was loaded from and the current score. Every edit goes through an undo command; views listen to
/// the signals and never change the assessment directly.
class Document final : public QObject
{
    Q_OBJECT

public:
    /// `questionnaire` must outlive the document (it is owned by the catalog).
    Document(const Questionnaire &questionnaire, Assessment assessment, QObject *parent = nullptr);
    ~Document() override;

    [[nodiscard]] const Questionnaire &questionnaire() const { return m_questionnaire; }
    [[nodiscard]] const Assessment &assessment() const { return m_assessment; }
    [[nodiscard]] const ScoreResult &result() const { return m_result; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// Sets the file the document belongs to and remembers how that file is on disk now (see diskChange()).
    void setFilePath(const QString &path);

    /// How the file at filePath() compares with the one this document was opened from or last saved to.
    enum class DiskChange {
        Unchanged, ///< same contents (it may have been touched)
        Changed,   ///< another program changed or replaced it
        Missing,   ///< it was moved or deleted
    };
    /// Compares size and a SHA-256 hash of the contents with what was recorded at opening or saving. No file
    /// path: Unchanged.
    [[nodiscard]] DiskChange diskChange() const;
    /// When the file on disk was last modified; invalid when it does not exist.
    [[nodiscard]] QDateTime diskModified() const;
    /// File name for titles: the file's name, or "Untitled" translated.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isModified() const;
    /// Marks the document as changed although the undo stack is clean (a restored or migrated document).
    void setUnsavedChanges(bool unsaved);

    /// Edits; each pushes an undo command (no command when nothing changes).
    void setAnswer(const std::string &questionId, const std::string &answerId);
    void setComment(const std::string &questionId, const QString &text);
    void setEvidence(const std::string &questionId, const QString &text);
    void setFollowUp(const std::string &questionId, bool followUp);
    /// Workshop: the participants did not agree on the answer, and what the views were.
    void setDisputed(const std::string &questionId, bool disputed);
    void setViews(const std::string &questionId, const QString &views);
    void setDetails(const Assessment &details); ///< organisation, date, participants, notes
    void setTarget(const std::string &areaId, const Target &target);
    void setAction(const std::string &questionId, const ActionInfo &action);

    /// An earlier assessment to compare with (not saved, not undoable). `label` names it (file name).
    void setPrevious(std::optional<Assessment> previous, const QString &label = {});
    [[nodiscard]] const std::optional<Assessment> &previous() const { return m_previous; }
    [[nodiscard]] const QString &previousLabel() const { return m_previousLabel; }
    /// A benchmark (comparative statistics of many organisations) to compare with, and the chosen group id.
    void setBenchmark(std::optional<BenchmarkFile> benchmark, const QString &label = {});
    [[nodiscard]] const std::optional<BenchmarkFile> &benchmark() const { return m_benchmark; }
    /// The requirement sets the window offers for this assessment (bundled and loaded ones); the question cards
    /// name the requirements each question evidences. Set before the pages are built; no signal.
    void setRequirementSets(std::vector<RequirementSet> sets) { m_requirementSets = std::move(sets); }
    [[nodiscard]] const std::vector<RequirementSet> &requirementSets() const { return m_requirementSets; }
    [[nodiscard]] const QString &benchmarkLabel() const { return m_benchmarkLabel; }
    void setBenchmarkGroup(const std::string &groupId);
    /// The chosen group if it is published, else the most specific published group of the organisation.
    [[nodiscard]] const BenchmarkGroup *benchmarkGroup() const;

    /// The comparison of previous() with the current answers; nullopt without a previous assessment.
    [[nodiscard]] std::optional<Comparison> comparison() const;

    /// Earlier assessments of the same organisation for a trend over time (not saved, not undoable). Each has a
    /// label (its file name); they may be of older questionnaire versions (they are migrated when the trend is
    /// built).
    struct EarlierAssessment
    {
        QString label;
        Assessment assessment;
    };
    void setTrendAssessments(std::vector<EarlierAssessment> earlier);
    [[nodiscard]] const std::vector<EarlierAssessment> &trendAssessments() const { return m_trendAssessments; }
    /// The trend of the earlier assessments and the open one (labelled with displayName()), oldest first;
    /// nullopt without earlier assessments or when it cannot be built.
    [[nodiscard]] std::optional<Trend> trend() const;

    /// Saves atomically to `path` (keeps a .bak). On success the document is clean and has that path. On
    /// failure the file on disk is unchanged, the document stays modified, `error` says why in the user's
    /// language and `details` (optional) gives the system's own message.
    bool save(const QString &path, QString &error, QString *details = nullptr);

    /// Used by the undo commands: replace without pushing a command.
    void applyResponse(const std::string &questionId, const Response &response);
    void applyDetails(const Assessment &details);
    void applyTarget(const std::string &areaId, const Target &target);
    void applyAction(const std::string &questionId, const ActionInfo &action);

Q_SIGNALS:
    void responseChanged(const QString &questionId);
    void detailsChanged();
    void targetChanged(const QString &areaId);
    void actionChanged(const QString &questionId);
    void previousChanged();
    void benchmarkChanged();
    void trendChanged();
    /// The score may have changed (after any answer change).
    void resultChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    /// Emitted after every change, for autosave.
    void changed();

private:
    void pushResponse(const std::string &questionId, const Response &response, int mergeId);
    void rescore();

    const Questionnaire &m_questionnaire;
    Assessment m_assessment;
    ScoreResult m_result;
    QUndoStack *m_undoStack = nullptr;
    std::optional<Assessment> m_previous;
    QString m_previousLabel;
    std::optional<BenchmarkFile> m_benchmark;
    std::vector<RequirementSet> m_requirementSets;
    QString m_benchmarkLabel;
    std::vector<EarlierAssessment> m_trendAssessments;
    std::string m_benchmarkGroup;
    QString m_filePath;
    bool m_unsavedChanges = false;
    /// The file as it was when opened or last saved, to notice changes by other programs.
    struct DiskState
    {
        bool exists = false;
        qint64 size = -1;
        QByteArray hash;
    };
    static DiskState readDiskState(const QString &path);
    DiskState m_disk;
};

} // namespace kollen::gui
