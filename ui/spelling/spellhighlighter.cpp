// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellhighlighter.h"

#include "spellchecker.h"

#include <QRegularExpression>

namespace pc::ui {

namespace {

/// Letters, with apostrophes and hyphens inside a word ("council's", "well-led").
const QRegularExpression& wordPattern()
{
    static const QRegularExpression pattern(QStringLiteral("[\\p{L}\\d]+(?:['\u2019-][\\p{L}\\d]+)*"));
    return pattern;
}

} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker& checker, QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
}

std::pair<QString, int> SpellHighlighter::wordAt(const QString& text, int position)
{
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (position >= match.capturedStart() && position <= match.capturedEnd())
            return {match.captured(), int(match.capturedStart())};
    }
    return {QString(), -1};
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    if (!m_checker.isAvailable())
        return;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString word = match.captured();
        bool correct = m_checker.isCorrect(word);
        // "well-led": each part may be a word even when the whole is not listed.
        if (!correct && word.contains(QLatin1Char('-'))) {
            correct = true;
            for (const QString& part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                correct = correct && m_checker.isCorrect(part);
        }
        if (correct)
            continue;
        QTextCharFormat wrong = format(int(match.capturedStart()));
        wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        wrong.setUnderlineColor(Qt::red);
        setFormat(int(match.capturedStart()), int(match.capturedLength()), wrong);
    }
}

} // namespace pc::ui
