// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace pc::ui {

/// British English spelling for the report's narrative, from Hunspell and the en_GB dictionary
/// (Debian's hunspell-en-gb; on other systems a "dictionaries" folder beside the application, or
/// the folder named by PEERCHALLENGE_DICTIONARIES). Without a dictionary it says so and finds
/// nothing wrong. Words the user adds are remembered for the rest of the session.
class SpellChecker
{
public:
    /// The one checker of the application, loaded on first use.
    [[nodiscard]] static SpellChecker& britishEnglish();

    explicit SpellChecker(const QString& affixPath, const QString& dictionaryPath);
    ~SpellChecker();

    [[nodiscard]] bool isAvailable() const { return m_hunspell != nullptr; }
    /// Where the dictionary was looked for, for the message shown when it is missing.
    [[nodiscard]] static QStringList searchFolders();

    /// A word as typed ("organisation", "council's", "Northmoor"); numbers and words with digits
    /// pass, as do words the user added.
    [[nodiscard]] bool isCorrect(const QString& word) const;
    [[nodiscard]] QStringList suggestions(const QString& word) const;
    void addWord(const QString& word);

private:
    std::unique_ptr<Hunspell> m_hunspell;
    QSet<QString> m_added;
};

} // namespace pc::ui
