// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/recovery.h"

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QToolButton;

namespace kollen::gui {

/// A bar above the pages that says, for as long as it lasts, that autosave fails: unsaved work is not being
/// backed up, where and why, and that the user should save. It asks nothing and never pops up: autosave runs
/// every few seconds, and a dialog each time would be in the way of the work it is meant to protect. It goes away
/// when a later autosave succeeds or the work is saved (Recovery::failureChanged()). The warning is said in
/// words, with an icon; its colours only help.
class RecoveryNotice final : public QFrame
{
    Q_OBJECT

public:
    explicit RecoveryNotice(Recovery *recovery, QWidget *parent = nullptr);

    /// The action of the Save button (the window's File ▸ Save).
    void setSaveAction(QAction *action);
    /// The headline and the explanation, in the user's language (empty while autosave works).
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;
    /// The explanation for a failure: the folder, the reason and what to do.
    [[nodiscard]] static QString textFor(const Recovery::Failure &failure);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<Recovery> m_recovery;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_save = nullptr;
};

} // namespace kollen::gui
