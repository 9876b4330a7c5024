// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/workshopview.h"

#include <QPointer>
#include <QWidget>

class QTreeWidget;

namespace kollen::gui {

class Document;
class WorkshopState;

/// Workshop mode (F5): full screen, one question at a time. With one screen it is a single view; with two,
/// the audience view goes full screen on the second screen and the facilitator keeps this window, with a
/// list of all questions (answered, flagged, not agreed) beside the interactive view. Everything answered
/// here goes through the Document, so it is in the assessment and in the undo history. Escape leaves.
class WorkshopWindow final : public QWidget
{
    Q_OBJECT

public:
    WorkshopWindow(Document *document, WorkshopState *state, const QString &language, QWidget *parent = nullptr);
    ~WorkshopWindow() override;

    /// Shows the window(s): full screen, or facilitator + audience when a second screen is present.
    void start();
    [[nodiscard]] WorkshopView *view() const { return m_view; }
    [[nodiscard]] WorkshopView *audienceView() const { return m_audience; }

Q_SIGNALS:
    void finished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showAreaMenu();
    void showList();
    void updateList();

    Document *m_document;
    WorkshopState *m_state;
    QString m_language;
    WorkshopView *m_view = nullptr;
    QPointer<WorkshopView> m_audience;
    QTreeWidget *m_list = nullptr;
};

} // namespace kollen::gui
