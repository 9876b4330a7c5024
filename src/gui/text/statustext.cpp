// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/statustext.h"

#include "text/linkutil.h"

#include <kollen/reference.h>

#include <QLocale>
#include <QStringList>

namespace kollen::gui {

QString StatusText::level(const Questionnaire &questionnaire, int levelNumber, const QString &language)
{
    if (levelNumber <= 0)
        return tr("Level 1 not yet reached");
    return localized(questionnaire, questionnaire.level(levelNumber).name, language);
}

QString StatusText::score(double score, const QLocale &locale)
{
    return locale.toString(scoreForDisplay(score), 'f', 2);
}

QString StatusText::levelShort(int levelNumber)
{
    return levelNumber <= 0 ? tr("Below level 1") : tr("Level %1").arg(levelNumber);
}

QString StatusText::progress(const ScopeResult &scope)
{
    return tr("%1 of %2 answered").arg(scope.answered).arg(scope.questions);
}

QString StatusText::nationalComparison(int level)
{
    QStringList figures;
    for (const NationalFigure &figure : nationalFigures)
        figures << tr("%1%2 % in %3")
                       .arg(figure.approximate ? tr("about ") : QString())
                       .arg(QLocale().toString(figure.shareAtLeastLevel1 * 100.0, 'f', 0))
                       .arg(figure.year);
    return tr("National comparison: in MSB's follow-up of Infosäkkollen, %1 of the public organisations that took "
              "part reached at least level 1. This assessment: %2.")
        .arg(figures.join(tr(" and ")), levelShort(level));
}

QString StatusText::nationalSource()
{
    return tr("Source: %1. The figures describe all participants together; MSB published no breakdown by group or "
              "work area.")
        .arg(QString::fromUtf8(nationalFiguresSource.data(), static_cast<qsizetype>(nationalFiguresSource.size())));
}

} // namespace kollen::gui
