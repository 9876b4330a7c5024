// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kollen::gui {

/// Shown when no assessment is open: start a new one, open a file, or pick a recent file.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);
    void retranslate();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

private:
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
};

} // namespace kollen::gui
