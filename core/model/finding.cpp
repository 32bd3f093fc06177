// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

#include <algorithm>

#include "keytable.h"

#include <QObject>

namespace pc {

namespace {

constexpr KeyTable<FindingKind, 2> kindKeys{{
    {FindingKind::Strength, "strength"},
    {FindingKind::Consideration, "consideration"},
}};

constexpr KeyTable<AgreementStatus, 2> statusKeys{{
    {AgreementStatus::Draft, "draft"},
    {AgreementStatus::Agreed, "agreed"},
}};

} // namespace

QString findingKindKey(FindingKind kind)
{
    return keyOf(kindKeys, kind);
}

FindingKind findingKindFromKey(const QString& key)
{
    return valueOf(kindKeys, key, FindingKind::Strength);
}

QString findingKindLabel(FindingKind kind)
{
    return kind == FindingKind::Strength ? QObject::tr("Strength") : QObject::tr("Area for consideration");
}

QString agreementStatusKey(AgreementStatus status)
{
    return keyOf(statusKeys, status);
}

AgreementStatus agreementStatusFromKey(const QString& key)
{
    return valueOf(statusKeys, key, AgreementStatus::Draft);
}

QString agreementStatusLabel(AgreementStatus status)
{
    return status == AgreementStatus::Agreed ? QObject::tr("Agreed") : QObject::tr("Draft");
}

QList<Recommendation> inReportOrder(QList<Recommendation> recommendations)
{
    std::stable_sort(recommendations.begin(), recommendations.end(),
                     [](const Recommendation& a, const Recommendation& b) {
                         if (a.position != b.position)
                             return a.position < b.position;
                         return a.id.toString() < b.id.toString();
                     });
    return recommendations;
}

} // namespace pc
