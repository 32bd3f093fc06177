// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

namespace pc {

class Database;
class Registry;

/// What a schema version adds beyond what the registry declares with `since` (new tables and
/// columns are created from the registry): data moves, backfills. Never edit a shipped step.
struct MigrationStep
{
    int toVersion = 0;
    std::function<void(Database&)> extra;
};

/// Runs the file forward one version at a time, each step in its own transaction that also sets
/// user_version, with foreign keys off before BEGIN and foreign_key_check before COMMIT. The
/// caller takes the backup copy first.
class Migrator
{
public:
    Migrator(const Registry& registry, QList<MigrationStep> steps);

    /// The steps of this version of PeerChallenge (none yet: version 1 is the first).
    [[nodiscard]] static QList<MigrationStep> standardSteps();

    void upgrade(Database& db, int fromVersion) const;

private:
    void runStep(Database& db, int toVersion) const;

    const Registry& m_registry;
    QList<MigrationStep> m_steps;
};

} // namespace pc
