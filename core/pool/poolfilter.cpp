// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolfilter.h"

#include <algorithm>

namespace pc {

namespace {

bool textMatches(const PoolPeer& peer, const QString& key)
{
    if (key.isEmpty())
        return true;
    QStringList haystack{peer.name, peer.organisation, peer.jobTitle, peer.expertise};
    haystack += peer.previousOrganisations;
    return std::any_of(haystack.cbegin(), haystack.cend(),
                       [&key](const QString& text) { return searchKey(text).contains(key); });
}

bool expertiseMatches(const PoolPeer& peer, const QString& key)
{
    if (key.isEmpty())
        return true;
    const QStringList tags = splitTags(peer.expertise);
    return std::any_of(tags.cbegin(), tags.cend(),
                       [&key](const QString& tag) { return searchKey(tag).contains(key); });
}

bool useMatches(const PoolPeer& peer, PoolFilter::Use use, const QDate& today)
{
    switch (use) {
    case PoolFilter::Use::Any:
        return true;
    case PoolFilter::Use::Never:
        return peer.service.isEmpty();
    case PoolFilter::Use::NotForTwoYears: {
        const QDate last = lastServed(peer);
        return !last.isValid() || last < today.addYears(-2);
    }
    }
    return true;
}

} // namespace

QString searchKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            key.append(c);
    }
    return key.toCaseFolded().simplified();
}

bool matches(const PoolPeer& peer, const PoolFilter& filter, const QDate& today)
{
    if (filter.sector && peer.sector != *filter.sector)
        return false;
    if (!filter.party.trimmed().isEmpty() && searchKey(peer.politicalGroup) != searchKey(filter.party))
        return false;
    return useMatches(peer, filter.use, today) && textMatches(peer, searchKey(filter.text))
           && expertiseMatches(peer, searchKey(filter.expertise));
}

QList<PoolPeer> filterPeers(const QList<PoolPeer>& peers, const PoolFilter& filter, const QDate& today)
{
    QList<PoolPeer> result;
    for (const PoolPeer& peer : peers) {
        if (matches(peer, filter, today))
            result.append(peer);
    }
    return result;
}

} // namespace pc
