// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/assessment.h>
#include <kollen/catalog.h>

#include <QDialog>

class QListWidget;
class QLabel;

namespace kollen::gui {

class AssessmentDetailsWidget;

/// "New assessment": choose a questionnaire (bundled, or "Load from file…", which validates the file
/// and shows the loader's messages translated if it fails, and adds it to `catalog` and to
/// Settings::customQuestionnaires if it loads), then fill in the assessment details. Shows the chosen
/// questionnaire's title, version, date, description and number of areas/questions in `language`.
class NewAssessmentDialog final : public QDialog
{
    Q_OBJECT

public:
    NewAssessmentDialog(QuestionnaireCatalog &catalog, const QString &language, QWidget *parent = nullptr);

    /// The chosen questionnaire (owned by the catalog).
    [[nodiscard]] const Questionnaire *questionnaire() const;
    /// A new assessment with questionnaire id/version and the details filled in, no answers.
    [[nodiscard]] Assessment assessment() const;

private:
    QuestionnaireCatalog &m_catalog;
    QString m_language;
    QListWidget *m_questionnaires = nullptr;
    QLabel *m_summary = nullptr;
    AssessmentDetailsWidget *m_details = nullptr;
};

} // namespace kollen::gui
