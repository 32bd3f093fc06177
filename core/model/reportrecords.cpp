// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrecords.h"

#include <QLocale>
#include <QObject>

namespace pc {

QString reportKindKey(ReportKind kind)
{
    return kind == ReportKind::ProgressReview ? QStringLiteral("progress-review")
                                              : QStringLiteral("feedback");
}

ReportKind reportKindFromKey(const QString& key)
{
    return key == QStringLiteral("progress-review") ? ReportKind::ProgressReview : ReportKind::Feedback;
}

QString reportStateKey(ReportState state)
{
    return state == ReportState::Final ? QStringLiteral("final") : QStringLiteral("draft");
}

ReportState reportStateFromKey(const QString& key)
{
    return key == QStringLiteral("final") ? ReportState::Final : ReportState::Draft;
}

QString versionLine(const ReportVersion& version)
{
    const QString date = version.issued.isValid()
                             ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                   .toString(version.issued, QStringLiteral("d MMMM yyyy"))
                             : QObject::tr("not yet issued");
    if (version.state == ReportState::Final)
        return QObject::tr("Final – %1").arg(date);
    return QObject::tr("Draft %1 – %2").arg(version.number).arg(date);
}

QString accuracyDecisionKey(AccuracyDecision decision)
{
    switch (decision) {
    case AccuracyDecision::Accepted:
        return QStringLiteral("accepted");
    case AccuracyDecision::Declined:
        return QStringLiteral("declined");
    case AccuracyDecision::Open:
        break;
    }
    return QStringLiteral("open");
}

AccuracyDecision accuracyDecisionFromKey(const QString& key)
{
    if (key == QStringLiteral("accepted"))
        return AccuracyDecision::Accepted;
    if (key == QStringLiteral("declined"))
        return AccuracyDecision::Declined;
    return AccuracyDecision::Open;
}

QString accuracyDecisionLabel(AccuracyDecision decision)
{
    switch (decision) {
    case AccuracyDecision::Accepted:
        return QObject::tr("Accepted");
    case AccuracyDecision::Declined:
        return QObject::tr("Declined");
    case AccuracyDecision::Open:
        break;
    }
    return QObject::tr("Open");
}

QString themeSectionKey(const QUuid& theme)
{
    return QStringLiteral("theme:") + theme.toString(QUuid::WithoutBraces);
}

QUuid reportSectionId(ReportKind report, const QString& section)
{
    // A fixed namespace of our own: the id depends on nothing but the pair.
    static const QUuid space = QUuid::fromString(QStringLiteral("{6f1c2d9e-4b7a-5e3f-9a1d-2c8b7e6f5a40}"));
    return QUuid::createUuidV5(space, reportKindKey(report) + QLatin1Char('/') + section);
}

} // namespace pc
