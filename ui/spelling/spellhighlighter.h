// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace pc::ui {

class SpellChecker;

/// Underlines the words a spell checker does not know, with the platform's spelling squiggle.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellChecker& checker, QTextDocument* document);

    /// The word under a position of the document's plain text, with where it starts; empty when
    /// the position is not in a word.
    [[nodiscard]] static std::pair<QString, int> wordAt(const QString& text, int position);

protected:
    void highlightBlock(const QString& text) override;

private:
    SpellChecker& m_checker;
};

} // namespace pc::ui
