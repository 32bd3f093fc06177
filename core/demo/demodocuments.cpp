// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodocuments.h"

#include "demorandom.h"

#include <QHash>

#include <algorithm>

namespace pc {

namespace {

struct Paper
{
    const char* title;
    DocumentSource source;
    const char* themeKey; // a template key, "focus" for the first focus area, or "" for all
    const char* location;
};

// Every member reads the papers with no theme; the others go to the leads of their theme.
constexpr Paper papers[] = {
    {"Position statement", DocumentSource::Council, "", "Pre-reading/01 Position statement.pdf"},
    {"Council plan 2024-2028", DocumentSource::Council, "local-priorities-and-outcomes",
     "Pre-reading/02 Council plan.pdf"},
    {"Medium-term financial strategy", DocumentSource::Council, "financial-planning-and-management",
     "Pre-reading/03 MTFS.pdf"},
    {"LGA finance briefing", DocumentSource::FinanceBriefing, "financial-planning-and-management",
     "Pre-reading/04 Finance briefing.pdf"},
    {"LG Inform benchmarking report", DocumentSource::Benchmarking, "", "https://lginform.local.gov.uk/"},
    {"Annual governance statement", DocumentSource::Council, "governance-and-culture",
     "Pre-reading/06 Annual governance statement.pdf"},
    {"External auditor's annual report", DocumentSource::Council, "financial-planning-and-management",
     "Pre-reading/07 Auditor's annual report.pdf"},
    {"Budget report to full council", DocumentSource::Council, "financial-planning-and-management",
     "Pre-reading/08 Budget report.pdf"},
    {"Residents' survey results", DocumentSource::Council, "local-priorities-and-outcomes",
     "Pre-reading/09 Residents' survey.pdf"},
    {"Constitution (extract: scheme of delegation)", DocumentSource::Council, "governance-and-culture",
     "Pre-reading/10 Scheme of delegation.pdf"},
    {"Staff survey summary", DocumentSource::Council, "capacity-for-improvement",
     "Pre-reading/11 Staff survey.pdf"},
    {"Organisation chart", DocumentSource::Council, "", "Pre-reading/12 Organisation chart.pdf"},
    {"Scrutiny annual report", DocumentSource::Council, "governance-and-culture",
     "Pre-reading/13 Scrutiny annual report.pdf"},
    {"Previous peer challenge report and action plan", DocumentSource::Programme, "",
     "Pre-reading/14 Previous peer challenge.pdf"},
    {"Workforce strategy", DocumentSource::Council, "capacity-for-improvement",
     "Pre-reading/15 Workforce strategy.pdf"},
    {"Transformation programme update", DocumentSource::Council, "capacity-for-improvement",
     "Pre-reading/16 Transformation update.pdf"},
    {"Economic strategy", DocumentSource::Council, "organisational-and-place-leadership",
     "Pre-reading/17 Economic strategy.pdf"},
    {"Partnership board terms of reference", DocumentSource::Council, "organisational-and-place-leadership",
     "Pre-reading/18 Partnership board.pdf"},
    {"Focus area briefing from the lead officer", DocumentSource::Council, "focus",
     "Pre-reading/19 Focus area briefing.docx"},
    {"Corporate risk register", DocumentSource::Council, "governance-and-culture",
     "Pre-reading/20 Risk register.xlsx"},
    {"Performance report, quarter 2", DocumentSource::Council, "local-priorities-and-outcomes",
     "Pre-reading/21 Performance Q2.pdf"},
    {"Capital strategy", DocumentSource::Council, "financial-planning-and-management",
     "Pre-reading/22 Capital strategy.pdf"},
    {"Equality, diversity and inclusion plan", DocumentSource::Council, "organisational-and-place-leadership",
     "Pre-reading/23 EDI plan.pdf"},
    {"Member development programme", DocumentSource::Council, "governance-and-culture",
     "Pre-reading/24 Member development.pdf"},
};

QUuid themeFor(const char* key, const QList<Theme>& themes)
{
    const QString wanted = QString::fromLatin1(key);
    if (wanted.isEmpty()) // a paper for everyone, about no theme in particular
        return {};
    for (const Theme& theme : themes) {
        if (wanted == QStringLiteral("focus") ? theme.kind == ThemeKind::Focus : theme.templateKey == wanted)
            return theme.id;
    }
    return {};
}

} // namespace

QList<Document> demoDocuments(DemoRandom& random, const DemoLibrary& library, int count)
{
    QList<Document> documents;
    const int paperCount = int(std::size(papers));
    const bool readingStarted = library.preReadingSent.isValid() && library.today > library.preReadingSent;
    for (int i = 0; i < count; ++i) {
        const Paper& paper = papers[i % paperCount];
        Document d;
        d.title = QString::fromUtf8(paper.title);
        if (i >= paperCount) // the large demos repeat the list as later editions
            d.title += QStringLiteral(" (appendix %1)").arg(i / paperCount);
        d.source = paper.source;
        d.location = QString::fromUtf8(paper.location);
        d.position = double(i + 1);
        const bool late = i >= count - 2 && count > 4; // arrived after the pack went out
        if (library.preReadingSent.isValid()) {
            // Nothing is received or sent in the future of the demo's today.
            const QDate base = std::min(library.preReadingSent, library.today);
            d.received = late ? std::min(library.preReadingSent.addDays(2), library.today)
                              : base.addDays(-random.between(1, 20));
            if (!late && library.preReadingSent <= library.today)
                d.sent = library.preReadingSent;
        }
        const QUuid theme = themeFor(paper.themeKey, library.themes);
        if (!theme.isNull())
            d.themes.append(theme);
        d.readers = *paper.themeKey ? library.leadsOf.value(theme) : library.members;
        if (d.readers.isEmpty())
            d.readers = library.members;
        if (readingStarted && d.sent.isValid()) {
            for (const QUuid& reader : std::as_const(d.readers)) {
                if (random.below(3) != 0)
                    d.readBy.append(reader);
            }
        }
        if (late)
            d.notes = QStringLiteral("Arrived after the pack went out: send with the team call papers.");
        documents.append(d);
    }
    return documents;
}

} // namespace pc
