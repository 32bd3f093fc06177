// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlwriter.h"

#include <QObject>

namespace pc::report {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString spansHtml(const Spans& spans)
{
    QString html;
    for (const Span& span : spans) {
        QString text = escaped(span.text);
        if (span.italic)
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        if (span.bold)
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        html += text;
    }
    return html;
}

/// The id a heading's link in the contents points at.
QString anchor(int index)
{
    return QStringLiteral("section-%1").arg(index);
}

const char* const styleSheet = R"(
body { font-family: Carlito, Calibri, "Segoe UI", Arial, sans-serif; font-size: 1.05rem; line-height: 1.5;
       color: #1f2933; max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
a { color: #1d4e89; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header { border-bottom: 4px solid #1d4e89; padding: 2rem 0 1rem; margin-bottom: 1.5rem; }
header .kind { text-transform: uppercase; letter-spacing: .08em; color: #5f6b76; margin: 0; }
h1 { font-size: 2.2rem; margin: .2rem 0; color: #1d4e89; }
header .subtitle { font-size: 1.4rem; margin: .2rem 0; }
header .facts { color: #5f6b76; margin: .2rem 0; }
.draft { color: #a31d1d; font-weight: bold; }
h2 { color: #1d4e89; font-size: 1.6rem; margin-top: 2.5rem; border-bottom: 1px solid #d3d9e0; }
h3 { color: #1d4e89; font-size: 1.25rem; margin-top: 1.8rem; }
h4 { font-size: 1.05rem; margin-top: 1.4rem; }
nav ol { list-style: none; padding-left: 0; }
nav ol ol { padding-left: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #d3d9e0; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #ecf1f7; }
footer { margin-top: 3rem; border-top: 1px solid #d3d9e0; color: #5f6b76; font-size: .9rem; }
@media print { .skip, nav { display: none; } h2 { break-before: page; } h2, h3, h4 { break-after: avoid; }
               thead { display: table-header-group; } tr { break-inside: avoid; } }
)";

} // namespace

QByteArray toHtml(const Document& document, bool preview)
{
    const DocumentMeta& meta = document.meta;
    QString title = meta.title;
    if (!meta.subtitle.isEmpty())
        title += QStringLiteral(" – ") + meta.subtitle;

    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(escaped(meta.language));
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<meta name=\"generator\" content=\"PeerChallenge\">\n");
    QString style = QString::fromUtf8(styleSheet);
    if (preview) // Qt's rich text takes line-height as extra space between lines
        style.remove(QStringLiteral(" line-height: 1.5;"));
    html +=
        QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n").arg(escaped(title), style);
    if (!preview)
        html += QStringLiteral("<a class=\"skip\" href=\"#main\">%1</a>\n")
                    .arg(escaped(QObject::tr("Skip to the report")));

    html += QStringLiteral("<header>\n");
    if (!meta.kind.isEmpty())
        html += QStringLiteral("<p class=\"kind\">%1</p>\n").arg(escaped(meta.kind));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(meta.title));
    if (!meta.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(escaped(meta.subtitle));
    QStringList facts;
    for (const QString& fact : {meta.dates, meta.version}) {
        if (!fact.isEmpty())
            facts.append(escaped(fact));
    }
    if (!facts.isEmpty())
        html += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(facts.join(QStringLiteral(" · ")));
    if (meta.draft)
        html += QStringLiteral("<p class=\"draft\">%1</p>\n")
                    .arg(escaped(QObject::tr("Draft – not for publication")));
    html += QStringLiteral("</header>\n");

    if (meta.contents && !preview) {
        html += QStringLiteral(
                    "<nav aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">%1</h2>\n<ol>\n")
                    .arg(escaped(QObject::tr("Contents")));
        bool inSub = false;
        bool open = false;
        for (int i = 0; i < document.blocks.size(); ++i) {
            const Block& b = document.blocks.at(i);
            if (b.kind != Block::Kind::Heading || !b.inContents || b.level > 2)
                continue;
            const QString link =
                QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor(i), escaped(headingText(b)));
            if (b.level == 1) {
                if (inSub)
                    html += QStringLiteral("</ol>");
                inSub = false;
                if (open)
                    html += QStringLiteral("</li>\n");
                html += QStringLiteral("<li>") + link;
                open = true;
            } else {
                if (!inSub)
                    html += QStringLiteral("\n<ol>\n");
                inSub = true;
                html += QStringLiteral("<li>") + link + QStringLiteral("</li>\n");
            }
        }
        if (inSub)
            html += QStringLiteral("</ol>");
        if (open)
            html += QStringLiteral("</li>\n");
        html += QStringLiteral("</ol>\n</nav>\n");
    }

    html += QStringLiteral("<main id=\"main\">\n");
    for (int i = 0; i < document.blocks.size(); ++i) {
        const Block& b = document.blocks.at(i);
        switch (b.kind) {
        case Block::Kind::Heading: {
            const int level = qBound(1, b.level, 3) + 1;
            html += QStringLiteral("<h%1 id=\"%2\">%3</h%1>\n")
                        .arg(level)
                        .arg(anchor(i), escaped(headingText(b)));
            break;
        }
        case Block::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>\n").arg(spansHtml(b.spans));
            break;
        case Block::Kind::BulletList:
        case Block::Kind::NumberedList: {
            const bool numbers = b.kind == Block::Kind::NumberedList;
            html += numbers ? (b.start == 1 ? QStringLiteral("<ol>\n")
                                            : QStringLiteral("<ol start=\"%1\">\n").arg(b.start))
                            : QStringLiteral("<ul>\n");
            for (const Spans& item : b.items)
                html += QStringLiteral("<li>%1</li>\n").arg(spansHtml(item));
            html += numbers ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n");
            break;
        }
        case Block::Kind::Table: {
            html += QStringLiteral("<table>\n<thead>\n<tr>");
            for (const QString& cell : b.table.header)
                html += QStringLiteral("<th scope=\"col\">%1</th>").arg(escaped(cell));
            html += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
            for (const QStringList& row : b.table.rows) {
                html += QStringLiteral("<tr>");
                for (const QString& cell : row)
                    html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</tbody>\n</table>\n");
            break;
        }
        case Block::Kind::PageBreak:
            break;
        }
    }
    html += QStringLiteral("</main>\n");
    html += QStringLiteral("<footer>\n<p>%1</p>\n</footer>\n</body>\n</html>\n")
                .arg(escaped(QStringList{meta.header, meta.version}.join(QStringLiteral(" · "))));
    return html.toUtf8();
}

} // namespace pc::report
