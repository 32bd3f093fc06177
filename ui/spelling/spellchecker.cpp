// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <hunspell/hunspell.hxx>

namespace pc::ui {

namespace {

/// Hunspell knows the typographic apostrophe only where the dictionary lists it: ask with '.
std::string forHunspell(const QString& word)
{
    QString plain = word;
    plain.replace(QChar(0x2019), QLatin1Char('\''));
    return plain.toStdString();
}

} // namespace

QStringList SpellChecker::searchFolders()
{
    QStringList folders;
    const QString own = qEnvironmentVariable("PEERCHALLENGE_DICTIONARIES");
    if (!own.isEmpty())
        folders.append(own);
    folders.append(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dictionaries")));
    folders.append(QStringLiteral("/usr/share/hunspell"));
    folders.append(QStringLiteral("/usr/share/myspell/dicts"));
    return folders;
}

SpellChecker& SpellChecker::britishEnglish()
{
    static SpellChecker checker = [] {
        for (const QString& folder : searchFolders()) {
            const QDir dir(folder);
            if (QFileInfo::exists(dir.filePath(QStringLiteral("en_GB.dic")))
                && QFileInfo::exists(dir.filePath(QStringLiteral("en_GB.aff"))))
                return SpellChecker(dir.filePath(QStringLiteral("en_GB.aff")),
                                    dir.filePath(QStringLiteral("en_GB.dic")));
        }
        return SpellChecker(QString(), QString());
    }();
    return checker;
}

SpellChecker::SpellChecker(const QString& affixPath, const QString& dictionaryPath)
{
    if (!affixPath.isEmpty() && QFileInfo::exists(affixPath) && QFileInfo::exists(dictionaryPath))
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affixPath).constData(),
                                                QFile::encodeName(dictionaryPath).constData());
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isCorrect(const QString& word) const
{
    if (!m_hunspell || word.isEmpty() || m_added.contains(word))
        return true;
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return m_hunspell->spell(forHunspell(word));
}

QStringList SpellChecker::suggestions(const QString& word) const
{
    QStringList found;
    if (!m_hunspell)
        return found;
    for (const std::string& s : m_hunspell->suggest(forHunspell(word)))
        found.append(QString::fromStdString(s));
    return found.mid(0, 6);
}

void SpellChecker::addWord(const QString& word)
{
    m_added.insert(word);
}

} // namespace pc::ui
