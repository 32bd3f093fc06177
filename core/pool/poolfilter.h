// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poolpeer.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pc {

/// What the peer pool's search box and filters ask for; an empty field asks for nothing.
struct PoolFilter
{
    /// How recently a peer served.
    enum class Use {
        Any,
        NotForTwoYears, // never served, or last onsite more than two years ago
        Never,          // no engagement recorded
    };

    QString text;      // in the name, organisations, job title or expertise
    QString expertise; // part of one of the expertise tags
    std::optional<Sector> sector;
    QString party; // the political group, whole
    Use use = Use::Any;

    friend bool operator==(const PoolFilter&, const PoolFilter&) = default;
};

/// Text folded for searching: case folded, accents and other combining marks dropped, spaces
/// simplified, so "Zoë" finds "zoe" and "ZOE".
[[nodiscard]] QString searchKey(const QString& text);

/// Whether one peer passes the filter on `today`. Text and expertise compare by searchKey().
[[nodiscard]] bool matches(const PoolPeer& peer, const PoolFilter& filter, const QDate& today);

/// The peers that pass, in their order.
[[nodiscard]] QList<PoolPeer> filterPeers(const QList<PoolPeer>& peers, const PoolFilter& filter,
                                          const QDate& today);

} // namespace pc
