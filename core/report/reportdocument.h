// SPDX-License-Identifier: GPL-3.0-or-later
// A report as structure, not layout: what the feedback report, the progress review report and the
// team briefing pack are built into, and what every writer (PDF, DOCX, ODT, HTML, Markdown) reads.
// Writers decide how it looks; builders decide what it says. All text here is plain text (never
// markup): each writer escapes it for its own format.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pc::report {

/// A run of text with its emphasis.
struct Span
{
    QString text;
    bool bold = false;
    bool italic = false;

    friend bool operator==(const Span&, const Span&) = default;
};

/// A paragraph's (or a list item's, or a heading's) content: runs in order.
using Spans = QList<Span>;

/// A table of plain-text cells. The header row is repeated at the top of every page the table
/// runs onto (PDF) and marked as a header row (DOCX, ODT, HTML).
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> widths; // relative column widths (any unit); empty: equal columns

    friend bool operator==(const Table&, const Table&) = default;
};

struct Block
{
    enum class Kind {
        Heading,      // level 1-3, with an optional number ("3.2") printed before the text
        Paragraph,    // spans
        BulletList,   // items
        NumberedList, // items, numbered from `start`
        Table,        // table
        PageBreak     // the next block starts a new page (paged formats only)
    };
    Kind kind = Kind::Paragraph;
    int level = 1;
    QString number;
    Spans spans;
    QList<Spans> items;
    int start = 1;
    report::Table table;
    bool inContents = true; // a heading listed in the table of contents

    friend bool operator==(const Block&, const Block&) = default;
};

/// What the title page, the running header and footer and the document properties show.
struct DocumentMeta
{
    QString kind;         // "Corporate peer challenge", the line above the title
    QString title;        // "Northmoor District Council"
    QString subtitle;     // "Feedback report"
    QString dates;        // "10–13 March 2026"
    QString header;       // the running header: "Northmoor District Council – Corporate peer challenge"
    QString version;      // on every page: "Draft 2 – 14 April 2026" or "Final – 2 May 2026"
    bool draft = true;    // paged writers may mark draft pages ("DRAFT" in the header)
    bool contents = true; // a table of contents follows the title page
    QString language = QStringLiteral("en-GB");

    friend bool operator==(const DocumentMeta&, const DocumentMeta&) = default;
};

struct Document
{
    DocumentMeta meta;
    QList<Block> blocks;

    friend bool operator==(const Document&, const Document&) = default;
};

/// Called by long-running writers now and then with work done out of total; returns false to
/// cancel, and the writer then throws pc::Error(Cancelled) leaving no output file behind.
using Progress = std::function<bool(int done, int total)>;

/// Tells `progress` that `done` of `total` are written; throws pc::Error(Cancelled) naming `what`
/// ("the report", a file name) when it answers stop. The writers call it as they go.
void advance(const Progress& progress, int done, int total, const QString& what);

// --- building blocks ---
[[nodiscard]] Block heading(int level, const QString& number, const QString& text, bool inContents = true);
[[nodiscard]] Block paragraph(const QString& text);
[[nodiscard]] Block paragraph(const Spans& spans);
[[nodiscard]] Block bullets(const QStringList& items);
[[nodiscard]] Block bullets(const QList<Spans>& items);
[[nodiscard]] Block numbered(const QStringList& items, int start = 1);
[[nodiscard]] Block table(const QStringList& header, const QList<QStringList>& rows,
                          const QList<int>& widths = {});
[[nodiscard]] Block pageBreak();

/// The spans' text run together.
[[nodiscard]] QString plainText(const Spans& spans);
/// A heading's text as the contents and the writers show it: "3.2 Finance" or "Introduction".
[[nodiscard]] QString headingText(const Block& heading);

} // namespace pc::report
