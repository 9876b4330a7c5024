// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QLabel;
class QTableWidget;

namespace kollen::gui {

class Document;

/// The first tab: who is assessed and with what, the overall level with its meaning, and a table of
/// the work areas (progress, level, score); activating a row opens that area.
class OverviewPage final : public QScrollArea
{
    Q_OBJECT

public:
    OverviewPage(Document *document, const QString &language, QWidget *parent = nullptr);

Q_SIGNALS:
    void areaActivated(int areaIndex);
    void editDetailsRequested();

private:
    void updateDetails();
    void updateResults();

    Document *m_document;
    QString m_language;
    QLabel *m_details = nullptr;
    QLabel *m_overall = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_followUps = nullptr;
};

} // namespace kollen::gui
