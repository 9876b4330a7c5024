// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/workshopwindow.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "workshop/workshopstate.h"
#include "workshop/workshopview.h"

#include <kollen/questionnaire.h>

#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kollen::gui {

namespace {

/// Status marks of a question, in words and symbols (not colour): answered, return later, not agreed.
QString marks(const Document &document, const std::string &questionId)
{
    const Response &r = document.assessment().response(questionId);
    QStringList parts;
    parts << (r.answer.empty() ? WorkshopWindow::tr("○ open") : WorkshopWindow::tr("● answered"));
    if (r.followUp)
        parts << WorkshopWindow::tr("⚑ later");
    if (r.disputed)
        parts << WorkshopWindow::tr("⚠ not agreed");
    return parts.join(QStringLiteral("  "));
}

} // namespace

WorkshopWindow::WorkshopWindow(Document *document, WorkshopState *state, const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_state(state)
    , m_language(language)
{
    setObjectName(QStringLiteral("workshopWindow"));
    setWindowTitle(tr("Workshop – %1").arg(document->displayName()));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("workshopList"));
    m_list->setAccessibleName(tr("All questions"));
    m_list->setHeaderLabels({tr("Question"), tr("Status")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setMinimumWidth(360);
    m_list->setVisible(false);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_state->setPosition(item->data(0, Qt::UserRole).toInt());
        m_view->setFocus();
    });
    layout->addWidget(m_list);
    m_view = new WorkshopView(document, state, language, false, this);
    layout->addWidget(m_view, 1);
    connect(m_view, &WorkshopView::exitRequested, this, &QWidget::close);
    connect(m_view, &WorkshopView::areaMenuRequested, this, &WorkshopWindow::showAreaMenu);
    connect(m_view, &WorkshopView::listRequested, this, &WorkshopWindow::showList);
    connect(document, &Document::responseChanged, this, &WorkshopWindow::updateList);
    connect(state, &WorkshopState::positionChanged, this, &WorkshopWindow::updateList);
}

WorkshopWindow::~WorkshopWindow()
{
    delete m_audience;
}

void WorkshopWindow::start()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *primary = screen() ? screen() : QGuiApplication::primaryScreen();
    QScreen *other = nullptr;
    for (QScreen *candidate : screens) {
        if (candidate != primary) {
            other = candidate;
            break;
        }
    }
    if (other) {
        // Two screens: the audience sees the slide; the facilitator gets the question list beside it.
        m_audience = new WorkshopView(m_document, m_state, m_language, true);
        m_audience->setAttribute(Qt::WA_DeleteOnClose);
        m_audience->setWindowTitle(tr("Workshop – audience view"));
        m_audience->setGeometry(other->geometry());
        m_audience->showFullScreen();
        m_list->setVisible(true);
        updateList();
        showMaximized();
    } else {
        showFullScreen();
    }
    activateWindow();
    m_view->setFocus();
}

void WorkshopWindow::closeEvent(QCloseEvent *event)
{
    if (m_audience)
        m_audience->close();
    Q_EMIT finished();
    event->accept();
}

void WorkshopWindow::showAreaMenu()
{
    const Questionnaire &q = m_document->questionnaire();
    QMenu menu(this);
    for (int a = 0; a < static_cast<int>(q.areas.size()); ++a) {
        QAction *action = menu.addAction(QStringLiteral("&%1  %2").arg(a < 9 ? QString::number(a + 1) : QString(),
                                                                      localized(q, q.areas[static_cast<std::size_t>(a)].title, m_language)));
        connect(action, &QAction::triggered, this, [this, a] { m_state->goToArea(a); });
    }
    QFont font = menu.font();
    font.setPixelSize(std::max(14, height() / 40));
    menu.setFont(font);
    menu.exec(mapToGlobal(rect().center() - QPoint(menu.sizeHint().width() / 2, menu.sizeHint().height() / 2)));
    m_view->setFocus();
}

void WorkshopWindow::showList()
{
    // The questions still open, to return to or not agreed: the overview a facilitator needs before closing.
    const Questionnaire &q = m_document->questionnaire();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Open, flagged and not agreed questions"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("workshopOpenList"));
    QFont font = list->font();
    font.setPixelSize(std::max(14, height() / 42));
    list->setFont(font);
    const auto &slides = m_state->slides();
    for (int i = 0; i < static_cast<int>(slides.size()); ++i) {
        const auto &slide = slides[static_cast<std::size_t>(i)];
        if (slide.question < 0)
            continue;
        const Response &r = m_document->assessment().response(slide.questionId);
        if (!r.answer.empty() && !r.followUp && !r.disputed)
            continue;
        const Question &question = q.areas[static_cast<std::size_t>(slide.area)].questions[static_cast<std::size_t>(slide.question)];
        auto *item = new QListWidgetItem(marks(*m_document, slide.questionId) + QStringLiteral("   ")
                                             + localized(q, question.text, m_language),
                                         list);
        item->setData(Qt::UserRole, i);
    }
    if (list->count() == 0)
        list->addItem(tr("Every question is answered, and none is flagged or not agreed."));
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.resize(width() * 2 / 3, height() * 2 / 3);
    if (dialog.exec() == QDialog::Accepted && list->currentItem() && list->currentItem()->data(Qt::UserRole).isValid())
        m_state->setPosition(list->currentItem()->data(Qt::UserRole).toInt());
    m_view->setFocus();
}

void WorkshopWindow::updateList()
{
    if (m_list->isHidden()) // only shown to the facilitator when there are two screens
        return;
    const Questionnaire &q = m_document->questionnaire();
    m_list->clear();
    QTreeWidgetItem *areaItem = nullptr;
    const auto &slides = m_state->slides();
    for (int i = 0; i < static_cast<int>(slides.size()); ++i) {
        const auto &slide = slides[static_cast<std::size_t>(i)];
        const Area &area = q.areas[static_cast<std::size_t>(slide.area)];
        if (!areaItem || areaItem->data(0, Qt::UserRole + 1).toInt() != slide.area) {
            areaItem = new QTreeWidgetItem(m_list, {localized(q, area.title, m_language)});
            areaItem->setData(0, Qt::UserRole, i);
            areaItem->setData(0, Qt::UserRole + 1, slide.area);
            areaItem->setExpanded(true);
        }
        if (slide.question < 0)
            continue;
        const Question &question = area.questions[static_cast<std::size_t>(slide.question)];
        auto *item = new QTreeWidgetItem(areaItem, {localized(q, question.text, m_language),
                                                    marks(*m_document, slide.questionId)});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, item->text(0));
        if (i == m_state->position())
            m_list->setCurrentItem(item);
    }
}

} // namespace kollen::gui
