// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <utility>

namespace pc {

/// An enum's stable keys, as stored in files and the JSON form.
template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N>
[[nodiscard]] QString keyOf(const KeyTable<Enum, N>& keys, Enum value)
{
    for (const auto& [candidate, key] : keys) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

/// The value whose key is `key`, or `fallback` for an unknown key.
template <typename Enum, std::size_t N>
[[nodiscard]] Enum valueOf(const KeyTable<Enum, N>& keys, const QString& key, Enum fallback)
{
    for (const auto& [candidate, text] : keys) {
        if (key == QLatin1String(text))
            return candidate;
    }
    return fallback;
}

} // namespace pc
