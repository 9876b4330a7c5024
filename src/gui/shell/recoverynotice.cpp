// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/recoverynotice.h"

#include "widgets/wraplabel.h"

#include <QAccessible>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kollen::gui {

RecoveryNotice::RecoveryNotice(Recovery *recovery, QWidget *parent)
    : QFrame(parent)
    , m_recovery(recovery)
{
    setObjectName(QStringLiteral("recoveryNotice"));
    setFrameShape(QFrame::StyledPanel);
    // The colours of tooltips set it apart from the pages in light and dark themes alike; the words and the
    // icon carry the message.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);
    setAutoFillBackground(true);

    auto *layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recoveryNoticeTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    texts->addWidget(m_title);
    // Plain text: the folder's name is shown as it is, whatever characters it has. Selectable, so that the
    // folder can be copied to look at it.
    m_text = new WrapLabel(this);
    m_text->setObjectName(QStringLiteral("recoveryNoticeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_text);
    layout->addLayout(texts, 1);

    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("recoveryNoticeSave"));
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_save->setVisible(false);
    layout->addWidget(m_save, 0, Qt::AlignVCenter);

    if (recovery)
        connect(recovery, &Recovery::failureChanged, this, &RecoveryNotice::refresh);
    refresh();
}

void RecoveryNotice::setSaveAction(QAction *action)
{
    m_save->setDefaultAction(action);
    m_save->setVisible(action != nullptr);
}

QString RecoveryNotice::title() const
{
    return m_title->text();
}

QString RecoveryNotice::text() const
{
    return m_text->text();
}

QString RecoveryNotice::textFor(const Recovery::Failure &failure)
{
    QString reason;
    switch (failure.problem) {
    case WriteProblem::NoPermission:
        reason = tr("you do not have permission to write there");
        break;
    case WriteProblem::NoSpace:
        reason = tr("there is not enough space on the disk");
        break;
    case WriteProblem::ReadOnlyLocation:
        reason = tr("the disk is read-only");
        break;
    case WriteProblem::FolderMissing:
        reason = tr("the folder does not exist and could not be created");
        break;
    case WriteProblem::None:
        return QString();
    case WriteProblem::IsFolder:
    case WriteProblem::NotRegularFile:
    case WriteProblem::ReadOnlyFile:
    case WriteProblem::Other:
        // Windows ends its messages with a full stop and a line break; the sentence below has its own.
        reason = failure.systemMessage.trimmed();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        if (reason.isEmpty())
            reason = tr("the file could not be written");
        break;
    }
    return tr("The automatic recovery file could not be written to the folder “%1”: %2. Save the assessment to keep "
              "your work safe.")
        .arg(failure.folder, reason);
}

void RecoveryNotice::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void RecoveryNotice::refresh()
{
    const Recovery::Failure failure = m_recovery ? m_recovery->failure() : Recovery::Failure();
    const bool failing = failure.problem != WriteProblem::None;
    m_title->setText(failing ? tr("Unsaved changes are not being backed up") : QString());
    m_text->setText(textFor(failure));
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_text->text());
    const bool appears = failing && isHidden();
    setVisible(failing);
    if (appears) {
        // Screen readers announce it as they would a message box.
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

} // namespace kollen::gui
