// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace kollen::gui {

class Document;

/// Change since an earlier assessment: level and score per area (before, now, change) and every question
/// whose answer changed, with what could not be carried over from an older questionnaire version. Shown
/// while Document::previous() is set; updates live as answers change.
class ComparisonPage final : public QWidget
{
    Q_OBJECT

public:
    ComparisonPage(Document *document, const QString &language, QWidget *parent = nullptr);

Q_SIGNALS:
    void questionActivated(const QString &questionId);

private:
    void rebuild();

    Document *m_document;
    QString m_language;
    QLabel *m_summary = nullptr;
    QTableWidget *m_areas = nullptr;
    QTableWidget *m_answers = nullptr;
};

} // namespace kollen::gui
