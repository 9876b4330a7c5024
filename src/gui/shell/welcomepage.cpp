// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/welcomepage.h"
#include "text/pathutil.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace kollen::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    auto *outer = new QHBoxLayout(this);
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(16);
    m_title = new QLabel(column);
    m_intro = new QLabel(column);
    m_intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(column);
    m_open = new QPushButton(column);
    m_new->setDefault(true);
    for (auto *b : {m_new, m_open})
        b->setMinimumHeight(b->sizeHint().height() * 3 / 2);
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    m_recentLabel = new QLabel(column);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recentLabel->setBuddy(m_recent);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 2);
    layout->addStretch(1);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(QStringLiteral("<h1>%1</h1>").arg(tr("Infosäkkollen").toHtmlEscaped()));
    m_intro->setText(tr("Assess how systematic your organisation's information-security work is: answer the "
                        "questions of each work area alone or in a workshop, and see the maturity level per area "
                        "and overall on MSB's four-level scale, with links to MSB's guidance."));
    m_new->setText(tr("&New assessment…"));
    m_open->setText(tr("&Open assessment…"));
    m_recentLabel->setText(tr("&Recent assessments"));
    m_recent->setAccessibleName(tr("Recent assessments"));
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QString shown = displayPath(path);
        auto *item = new QListWidgetItem(QFileInfo(shown).fileName() + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(QFileInfo(shown).absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(Qt::convertFromPlainText(QDir::toNativeSeparators(shown))); // a path is not markup
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

} // namespace kollen::gui
