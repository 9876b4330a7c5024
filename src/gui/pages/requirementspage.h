// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/requirementset.h>

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace kollen::gui {

class Document;

/// The requirements of a requirement set (cybersäkerhetslagen, MSBFS 2020:6, MSB's recommendations to
/// municipalities, …) with the questions that evidence them, each marked met / partly / not met / not applicable
/// / not answered / not covered with a symbol and a word. The set is chosen in a list (at first by the
/// organisation's type); activating a question opens it.
class RequirementsPage final : public QWidget
{
    Q_OBJECT

public:
    /// `sets`: those the user can choose from (the page keeps them); only sets with evidence for the
    /// questionnaire are offered.
    RequirementsPage(Document *document, std::vector<RequirementSet> sets, const QString &language,
                     QWidget *parent = nullptr);

    /// Whether any of `sets` has evidence for `questionnaire` (else the page would show nothing but "not covered").
    [[nodiscard]] static bool anyEvidenceFor(const std::vector<RequirementSet> &sets,
                                             const Questionnaire &questionnaire);

    /// The sets offered, in their order.
    [[nodiscard]] const std::vector<const RequirementSet *> &offeredSets() const { return m_sets; }
    /// The set shown, or nullptr when none is offered.
    [[nodiscard]] const RequirementSet *currentSet() const;
    /// The engine's status of every requirement of the set shown.
    [[nodiscard]] std::vector<RequirementStatus> statuses() const;
    void showSet(const std::string &setId);

Q_SIGNALS:
    void questionActivated(const QString &questionId);
    /// Another set is shown, or the statuses changed.
    void statusChanged();

private:
    void rebuild();
    [[nodiscard]] QString text(const LocalizedText &text) const;

    Document *m_document;
    std::vector<RequirementSet> m_owned;
    std::vector<const RequirementSet *> m_sets; ///< those of m_owned offered, in its order
    QString m_language;
    QComboBox *m_set = nullptr;
    QLabel *m_about = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace kollen::gui
