// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustext.h"

#include "linkutil.h"

namespace kollen::gui {

QString StatusText::level(const Questionnaire &questionnaire, int levelNumber, const QString &language)
{
    if (levelNumber <= 0)
        return tr("Level 1 not yet reached");
    return localized(questionnaire, questionnaire.level(levelNumber).name, language);
}

QString StatusText::levelShort(int levelNumber)
{
    return levelNumber <= 0 ? tr("Below level 1") : tr("Level %1").arg(levelNumber);
}

QString StatusText::progress(const ScopeResult &scope)
{
    return tr("%1 of %2 answered").arg(scope.answered).arg(scope.questions);
}

} // namespace kollen::gui
