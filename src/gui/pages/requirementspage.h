// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/requirementview.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace kollen::gui {

class Document;

/// The questions grouped by requirement (e.g. MSBFS 2020:6 topics, MSB method steps), each requirement
/// and question marked met / partly / not met / not applicable / unanswered with a symbol and a word, so
/// a state agency sees where it falls short of the regulations. Filter by source; activating a question
/// opens it.
class RequirementsPage final : public QWidget
{
    Q_OBJECT

public:
    RequirementsPage(Document *document, const QString &language, QWidget *parent = nullptr);

    /// "✓ Met", "◐ Partly", "✗ Not met", "– Not applicable", "? Not answered".
    [[nodiscard]] static QString fulfilmentText(Fulfilment fulfilment);

Q_SIGNALS:
    void questionActivated(const QString &questionId);

private:
    void rebuild();

    Document *m_document;
    QString m_language;
    QComboBox *m_source = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace kollen::gui
