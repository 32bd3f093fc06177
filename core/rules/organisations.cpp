// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisations.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace pc {

QString organisationCore(const QString& name)
{
    static const QSet<QString> shared{
        QStringLiteral("council"), QStringLiteral("district"), QStringLiteral("borough"),
        QStringLiteral("city"),    QStringLiteral("county"),   QStringLiteral("metropolitan"),
        QStringLiteral("of"),      QStringLiteral("the"),      QStringLiteral("and"),
        QStringLiteral("royal"),   QStringLiteral("dc"),       QStringLiteral("bc"),
        QStringLiteral("cc"),      QStringLiteral("mbc"),      QStringLiteral("authority"),
        QStringLiteral("local"),
    };
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString& word : name.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (!shared.contains(word))
            words.append(word);
    }
    return words.join(u' ');
}

bool sameOrganisation(const QString& a, const QString& b)
{
    const QString core = organisationCore(a);
    return !core.isEmpty() && core == organisationCore(b);
}

} // namespace pc
