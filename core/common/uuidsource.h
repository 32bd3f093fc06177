// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>

#include <random>

namespace pc {

/// Where new record ids come from; injected so that tests and `demo --seed` are deterministic.
class UuidSource
{
public:
    virtual ~UuidSource() = default;
    [[nodiscard]] virtual QUuid next() = 0;
};

class RandomUuidSource final : public UuidSource
{
public:
    [[nodiscard]] QUuid next() override { return QUuid::createUuid(); }
};

/// Version-4-shaped UUIDs from a seeded generator.
class SeededUuidSource final : public UuidSource
{
public:
    explicit SeededUuidSource(quint64 seed)
        : m_engine(seed)
    {
    }
    [[nodiscard]] QUuid next() override;

private:
    std::mt19937_64 m_engine;
};

/// The id of a link record, derived from the ids it links, so that two laptops that add the
/// same link create the same record (MERGE.md).
[[nodiscard]] QUuid linkId(const QUuid& a, const QUuid& b);

/// Formats an id the way the file and the JSON form store it: lower case, no braces.
[[nodiscard]] inline QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace pc
