// SPDX-License-Identifier: GPL-3.0-or-later
// One report document every writer test reads back: numbered headings at three levels, emphasis,
// lists, a table long enough to run over a page, text that must be escaped, and enough pages for
// a contents page to matter.
#pragma once

#include "report/reportdocument.h"

namespace pc::report::test {

/// The text of the finding that must come out as text, not markup.
inline const QString hostileText =
    QStringLiteral("Budgets & <script>alert('x')</script> \"reserves\" < 5% – café");

/// `sections` numbered level-1 sections, each with two level-2 parts, one level-3 part, paragraphs,
/// a bulleted and a numbered list; section 2 carries a table of `tableRows` rows.
inline Document sampleDocument(int sections = 6, int tableRows = 60)
{
    Document document;
    document.meta.kind = QStringLiteral("Corporate peer challenge");
    document.meta.title = QStringLiteral("Northmoor District Council");
    document.meta.subtitle = QStringLiteral("Feedback report");
    document.meta.dates = QStringLiteral("10–13 March 2026");
    document.meta.header = QStringLiteral("Northmoor District Council – Corporate peer challenge");
    document.meta.version = QStringLiteral("Draft 2 – 14 April 2026");
    document.meta.draft = true;

    const QString filler = QStringLiteral(
        "The peer team reflected on the information presented to them by people they met, things they "
        "saw and material that they read. The council has a clear sense of place and a committed "
        "workforce, and partners spoke warmly of the leadership's openness to challenge. ");
    for (int s = 1; s <= sections; ++s) {
        const QString n = QString::number(s);
        document.blocks.append(heading(1, n, QStringLiteral("Section %1 title").arg(s)));
        document.blocks.append(
            paragraph(Spans{Span{QStringLiteral("Opening words of section %1. ").arg(s)},
                            Span{QStringLiteral("A bold claim."), true}, Span{QStringLiteral(" "), false},
                            Span{QStringLiteral("An italic aside."), false, true}}));
        for (int p = 1; p <= 2; ++p) {
            document.blocks.append(heading(2, n + QLatin1Char('.') + QString::number(p),
                                           QStringLiteral("Part %1.%2 heading").arg(s).arg(p)));
            for (int k = 0; k < 3; ++k)
                document.blocks.append(paragraph(filler + filler));
        }
        document.blocks.append(heading(3, QString(), QStringLiteral("Strengths of section %1").arg(s)));
        document.blocks.append(
            bullets(QStringList{QStringLiteral("First strength"), hostileText,
                                QStringLiteral("Third strength, a longer one: ") + filler}));
        document.blocks.append(
            numbered(QStringList{QStringLiteral("Recommendation one"), QStringLiteral("Recommendation two")},
                     s * 2 - 1));
        if (s == 2) {
            QList<QStringList> rows;
            for (int r = 1; r <= tableRows; ++r)
                rows.append(QStringList{QStringLiteral("Member %1").arg(r), QStringLiteral("Role %1").arg(r),
                                        QStringLiteral("Organisation %1 Borough Council").arg(r)});
            document.blocks.append(table(
                QStringList{QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Organisation")},
                rows, {3, 2, 4}));
        }
    }
    return document;
}

} // namespace pc::report::test
