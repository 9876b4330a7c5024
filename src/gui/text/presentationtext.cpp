// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/presentationtext.h"

#include "text/linkutil.h"

#include <climits>
#include <cmath>

namespace kollen::gui {

QString PresentationText::organisationTypeLabel(OrganisationType type)
{
    switch (type) {
    case OrganisationType::Kommun: return tr("Municipality");
    case OrganisationType::Region: return tr("Region");
    case OrganisationType::StatligMyndighet: return tr("State agency");
    case OrganisationType::Annan: return tr("Other organisation");
    case OrganisationType::Unspecified: break;
    }
    return tr("Not specified");
}

QString PresentationText::sizeBandLabel(const QString &bandId)
{
    struct Band
    {
        const char *id;
        const char *label;
    };
    static constexpr Band bands[] = {
        {"inv-0-15k", QT_TRANSLATE_NOOP("PresentationText", "Fewer than 15 000 inhabitants")},
        {"inv-15k-50k", QT_TRANSLATE_NOOP("PresentationText", "15 000–49 999 inhabitants")},
        {"inv-50k-100k", QT_TRANSLATE_NOOP("PresentationText", "50 000–99 999 inhabitants")},
        {"inv-100k-", QT_TRANSLATE_NOOP("PresentationText", "100 000 inhabitants or more")},
        {"inv-0-300k", QT_TRANSLATE_NOOP("PresentationText", "Fewer than 300 000 inhabitants")},
        {"inv-300k-1m", QT_TRANSLATE_NOOP("PresentationText", "300 000–999 999 inhabitants")},
        {"inv-1m-", QT_TRANSLATE_NOOP("PresentationText", "1 million inhabitants or more")},
        {"anst-0-50", QT_TRANSLATE_NOOP("PresentationText", "Fewer than 50 employees")},
        {"anst-50-250", QT_TRANSLATE_NOOP("PresentationText", "50–249 employees")},
        {"anst-250-1000", QT_TRANSLATE_NOOP("PresentationText", "250–999 employees")},
        {"anst-1000-", QT_TRANSLATE_NOOP("PresentationText", "1 000 employees or more")},
    };
    if (bandId.isEmpty())
        return tr("Not specified");
    for (const Band &band : bands) {
        if (bandId == QLatin1String(band.id))
            return QCoreApplication::translate("PresentationText", band.label);
    }
    return bandId;
}

QString PresentationText::groupLabel(const std::string &groupId)
{
    const QString id = QString::fromStdString(groupId);
    if (id == QLatin1String("all"))
        return tr("All organisations");
    OrganisationType type = OrganisationType::Unspecified;
    if (id.startsWith(QLatin1String("type:")) && organisationTypeFromId(groupId.substr(5), type))
        return organisationTypeLabel(type);
    if (id.startsWith(QLatin1String("band:"))) {
        const QString band = id.mid(5);
        const qsizetype slash = band.indexOf(QLatin1Char('/'));
        if (slash > 0 && organisationTypeFromId(band.left(slash).toStdString(), type))
            return organisationTypeLabel(type) + QStringLiteral(", ") + sizeBandLabel(band.mid(slash + 1));
        return sizeBandLabel(band);
    }
    return id;
}

QString PresentationText::changeText(double delta, const QLocale &locale)
{
    const QString number = locale.toString(std::abs(delta), 'f', 2);
    if (std::abs(delta) < 0.005)
        return QStringLiteral("= ") + number;
    return delta > 0 ? QStringLiteral("▲ +") + number : QStringLiteral("▼ −") + number;
}

QString PresentationText::actCoverageText(const Organisation &organisation)
{
    switch (organisation.cybersecurityAct) {
    case ActCoverage::Unknown: return {};
    case ActCoverage::NotCovered: return tr("Not covered by the Cybersecurity Act (NIS2)");
    case ActCoverage::Covered: break;
    }
    switch (organisation.entity) {
    case EntityKind::Essential: return tr("Covered by the Cybersecurity Act (NIS2) – essential entity");
    case EntityKind::Important: return tr("Covered by the Cybersecurity Act (NIS2) – important entity");
    case EntityKind::Unspecified: break;
    }
    return tr("Covered by the Cybersecurity Act (NIS2)");
}

QString PresentationText::standingText(Standing standing)
{
    switch (standing) {
    case Standing::LowestQuarter:
    case Standing::SecondQuarter:
    case Standing::ThirdQuarter:
    case Standing::HighestQuarter:
        return tr("Q%1").arg(static_cast<int>(standing));
    case Standing::BelowMedian:
        return tr("below median");
    case Standing::AtMedian:
        return tr("at median");
    case Standing::AboveMedian:
        return tr("above median");
    }
    return {};
}

QString PresentationText::benchmarkSource(const BenchmarkFile &benchmark)
{
    if (benchmark.round.empty())
        return {};
    return tr("Round %1, %n submission(s)", nullptr, static_cast<int>(benchmark.submissions))
        .arg(userText(benchmark.round, 100));
}

QString PresentationText::actionStatusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return tr("Planned");
    case ActionStatus::InProgress: return tr("In progress");
    case ActionStatus::Done: return tr("Done");
    case ActionStatus::Dropped: return tr("Dropped");
    }
    return {};
}

QString PresentationText::userText(const std::string &text, qsizetype maxLength)
{
    QString shown = QString::fromStdString(text);
    if (shown.size() > maxLength) {
        const int total = static_cast<int>(std::min<qsizetype>(shown.size(), INT_MAX));
        shown = leftCharacters(shown, maxLength) + tr(" … [shortened: %n characters in all]", nullptr, total);
    }
    return isolated(breakLongRuns(shown, 80, 40));
}

bool PresentationText::hasLongRun(const QString &text)
{
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > 1000)
            return true;
    }
    return false;
}

} // namespace kollen::gui
