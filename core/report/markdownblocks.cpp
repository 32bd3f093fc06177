// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownblocks.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace pc::report {

namespace {

Spans spansOf(const QTextBlock& block)
{
    Spans spans;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        Span span{fragment.text(), format.fontWeight() >= QFont::DemiBold, format.fontItalic()};
        // QTextDocument keeps soft line breaks as U+2028; a report paragraph flows.
        span.text.replace(QChar(0x2028), QLatin1Char(' '));
        if (!spans.isEmpty() && spans.constLast().bold == span.bold
            && spans.constLast().italic == span.italic)
            spans.last().text += span.text;
        else
            spans.append(span);
    }
    return spans;
}

} // namespace

QList<Block> blocksFromMarkdown(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    QList<Block> blocks;
    QTextList* openList = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const Spans spans = spansOf(block);
        if (plainText(spans).trimmed().isEmpty())
            continue;
        if (QTextList* list = block.textList()) {
            const bool numberedList = list->format().style() == QTextListFormat::ListDecimal
                                      || list->format().style() == QTextListFormat::ListLowerAlpha
                                      || list->format().style() == QTextListFormat::ListUpperAlpha
                                      || list->format().style() == QTextListFormat::ListLowerRoman
                                      || list->format().style() == QTextListFormat::ListUpperRoman;
            if (list != openList || blocks.isEmpty()) {
                Block b = numberedList ? numbered(QStringList{}) : bullets(QStringList{});
                blocks.append(b);
                openList = list;
            }
            blocks.last().items.append(spans);
            continue;
        }
        openList = nullptr;
        if (block.blockFormat().headingLevel() > 0) {
            blocks.append(heading(3, QString(), plainText(spans).trimmed(), false));
            continue;
        }
        blocks.append(paragraph(spans));
    }
    return blocks;
}

} // namespace pc::report
