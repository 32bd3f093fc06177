// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/csvimport.h"
#include "exchange/csvreader.h"
#include "poolpeer.h"

#include <QByteArray>
#include <QList>

namespace pc {

class PoolStore;

/// The columns of a peer pool CSV, in export order. Only the name is required; each column also
/// answers to common aliases ("Full name", "E-mail", "Party", ...). Roles are labels or keys
/// separated by semicolons (or commas); previous organisations by semicolons; the accreditation
/// date is yyyy-MM-dd or dd/MM/yyyy.
[[nodiscard]] QList<csv::ColumnSpec> poolColumns();

/// Converts every row of a mapped CSV into a pool peer (without id or service). A row that cannot
/// be converted is reported with its line and a sentence saying why, and then nothing is returned.
[[nodiscard]] csv::ImportResult<PoolPeer> importPeers(const csv::CsvTable& table,
                                                      const csv::ColumnMapping& mapping);

struct PoolImportSummary
{
    int added = 0;
    int updated = 0;

    friend bool operator==(const PoolImportSummary&, const PoolImportSummary&) = default;
};

/// Puts imported peers into the pool (in memory; the caller saves). An imported peer with the same
/// email (ignoring case) as a pool peer, or else the same name and organisation, updates that
/// peer; any other is added. An update keeps the peer's id and service history and replaces the
/// values of the columns the file has (`mapping`, every column when null), empty cells included,
/// so a file of names and emails alone leaves the rest of what the pool knows alone.
PoolImportSummary mergeImported(PoolStore& store, const QList<PoolPeer>& imported,
                                const csv::ColumnMapping* mapping = nullptr);

/// The peers as a CSV with poolColumns()' labels as headers, which importPeers() reads back to
/// the same values (csv::write guards cells that a spreadsheet would run as formulas).
[[nodiscard]] QByteArray exportPeers(const QList<PoolPeer>& peers);

} // namespace pc
