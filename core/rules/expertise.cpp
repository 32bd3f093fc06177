// SPDX-License-Identifier: GPL-3.0-or-later
#include "expertise.h"

#include <QRegularExpression>
#include <QSet>

namespace pc {

namespace {

constexpr qsizetype stemLength = 6;

QString stem(const QString& word)
{
    return word.left(stemLength);
}

} // namespace

QStringList subjectWords(const QString& text)
{
    static const QSet<QString> common{
        QStringLiteral("services"),   QStringLiteral("service"),  QStringLiteral("council"),
        QStringLiteral("councils"),   QStringLiteral("strategy"), QStringLiteral("management"),
        QStringLiteral("local"),      QStringLiteral("public"),   QStringLiteral("with"),
        QStringLiteral("from"),       QStringLiteral("into"),     QStringLiteral("their"),
        QStringLiteral("delivery"),   QStringLiteral("planning"), QStringLiteral("improvement"),
        QStringLiteral("leadership"), QStringLiteral("working"),  QStringLiteral("development"),
    };
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString& word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 4 && !common.contains(word))
            words.append(word);
    }
    return words;
}

bool expertiseCovers(const QStringList& tags, const QString& themeTitle)
{
    QSet<QString> themeStems;
    for (const QString& word : subjectWords(themeTitle))
        themeStems.insert(stem(word));
    for (const QString& tag : tags) {
        for (const QString& word : subjectWords(tag)) {
            if (themeStems.contains(stem(word)))
                return true;
        }
    }
    return false;
}

} // namespace pc
