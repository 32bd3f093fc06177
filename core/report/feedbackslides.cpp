// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackslides.h"

#include "rules/deadlines.h"

#include <QObject>

#include <algorithm>

namespace pc {

using report::Slide;

namespace {

constexpr int pointsPerSlide = 6;

/// A finding as a slide says it: its title, or its text's first words.
QString headline(const Finding& finding)
{
    const QString title = finding.title.simplified();
    if (!title.isEmpty())
        return title;
    const QStringList words = finding.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.mid(0, 12).join(QLatin1Char(' ')) + (words.size() > 12 ? QStringLiteral("…") : QString());
}

/// Points over as many slides as they need, "(2 of 2)" on the later ones.
void addPoints(QList<Slide>& slides, const QString& title, const QStringList& points)
{
    const int parts = int((points.size() + pointsPerSlide - 1) / pointsPerSlide);
    // Shared out evenly: 7 points make slides of 4 and 3, not 6 and a lonely 1.
    const int each = parts > 0 ? int((points.size() + parts - 1) / parts) : 0;
    for (int part = 0; part < parts; ++part) {
        Slide slide;
        slide.kind = Slide::Kind::Points;
        slide.title = parts == 1 ? title : QObject::tr("%1 (%2 of %3)").arg(title).arg(part + 1).arg(parts);
        slide.points = points.mid(part * each, each);
        slides.append(slide);
    }
}

QStringList agreedHeadlines(const FeedbackReportData& data, const QUuid& theme, FindingKind kind)
{
    QList<Finding> found;
    for (const Finding& f : data.findings) {
        if (f.theme == theme && f.kind == kind && f.status == AgreementStatus::Agreed)
            found.append(f);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Finding& a, const Finding& b) { return a.position < b.position; });
    QStringList points;
    for (const Finding& f : found)
        points.append(headline(f));
    return points;
}

} // namespace

report::SlideDeck buildFeedbackSlides(const FeedbackReportData& data)
{
    report::SlideDeck deck;
    const report::DocumentMeta meta = engagementMeta(data.engagement, data.programmeName,
                                                     QObject::tr("Feedback presentation"), data.version);
    deck.footer = meta.header;

    Slide title;
    title.kind = Slide::Kind::Title;
    title.title = meta.kind;
    title.subtitle = meta.title;
    title.points = {meta.dates.isEmpty() ? meta.subtitle : meta.dates};
    deck.slides.append(title);

    QStringList team;
    for (const Member& m : data.members) {
        if (m.role == MemberRole::SupportOfficer)
            continue;
        team.append(QStringLiteral("%1 – %2").arg(m.name, m.organisation.isEmpty() ? roleLabel(m.role)
                                                                                   : m.organisation));
    }
    if (!team.isEmpty())
        addPoints(deck.slides, QObject::tr("The peer team"), team);

    QStringList scope;
    for (const Theme& t : data.themes)
        scope.append(t.title);
    if (!scope.isEmpty())
        addPoints(deck.slides, QObject::tr("What we looked at"), scope);

    for (const Theme& t : data.themes) {
        const QStringList strengths = agreedHeadlines(data, t.id, FindingKind::Strength);
        const QStringList considerations = agreedHeadlines(data, t.id, FindingKind::Consideration);
        if (strengths.isEmpty() && considerations.isEmpty())
            continue;
        Slide divider;
        divider.kind = Slide::Kind::Section;
        divider.title = t.title;
        deck.slides.append(divider);
        if (!strengths.isEmpty())
            addPoints(deck.slides, QObject::tr("Strengths"), strengths);
        if (!considerations.isEmpty())
            addPoints(deck.slides, QObject::tr("Areas for consideration"), considerations);
    }

    QList<Recommendation> key;
    for (const Recommendation& r : data.recommendations) {
        if (r.isKey() && r.status == AgreementStatus::Agreed)
            key.append(r);
    }
    std::stable_sort(key.begin(), key.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.keyPosition < b.keyPosition;
    });
    QStringList keyPoints;
    for (const Recommendation& r : key)
        keyPoints.append(r.text.simplified());
    if (!keyPoints.isEmpty())
        addPoints(deck.slides, QObject::tr("Key recommendations"), keyPoints);

    QStringList next;
    next.append(QObject::tr("A written report follows, for the council to check for accuracy"));
    for (const Milestone m :
         {Milestone::ReportPublished, Milestone::ActionPlanPublished, Milestone::ProgressReview}) {
        const QDate planned = data.engagement.date(m);
        const auto window = dueWindow(m, data.engagement);
        if (planned.isValid())
            next.append(QStringLiteral("%1: %2").arg(milestoneLabel(m), formatLongDate(planned)));
        else if (window)
            next.append(QObject::tr("%1: by %2").arg(milestoneLabel(m), formatLongDate(window->latest)));
    }
    addPoints(deck.slides, QObject::tr("Next steps"), next);
    return deck;
}

} // namespace pc
