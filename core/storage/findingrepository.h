// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"
#include "recordstore.h"
#include "searchindex.h"

#include <QList>

#include <optional>

namespace pc {

/// The findings per theme with the notes that evidence them, and the recommendations with the
/// findings they answer.
class FindingRepository
{
public:
    explicit FindingRepository(RecordStore& records);

    /// Every live finding in position order, its evidence holding only live notes.
    [[nodiscard]] QList<Finding> findings() const;
    [[nodiscard]] std::optional<Finding> finding(const QUuid& id) const;
    /// Adds a finding with its evidence (a new id when null; after the others when its position
    /// is 0). Returns the id.
    QUuid addFinding(Finding finding);
    /// Writes a finding's fields and makes its evidence exactly the given notes. Revives a
    /// removed finding. Returns whether anything changed.
    bool updateFinding(const Finding& finding);
    /// Removes a finding with its evidence and recommendation links, for restoreAll() to undo.
    QList<RecordRef> removeFinding(const QUuid& id);
    /// Links a note to a finding as evidence, or unlinks it.
    void setEvidence(const QUuid& finding, const QUuid& note, bool linked);

    /// Every live recommendation in position order (their numbers in the report).
    [[nodiscard]] QList<Recommendation> recommendations() const;
    [[nodiscard]] std::optional<Recommendation> recommendation(const QUuid& id) const;
    QUuid addRecommendation(Recommendation recommendation);
    bool updateRecommendation(const Recommendation& recommendation);
    QList<RecordRef> removeRecommendation(const QUuid& id);

    /// The live findings whose title or text hold every word of `userText`, best first.
    [[nodiscard]] QList<SearchHit> searchFindings(const QString& userText, int limit = -1) const;

private:
    [[nodiscard]] QList<Finding> loadFindings(const QList<Record>& records) const;
    [[nodiscard]] QList<Recommendation> loadRecommendations(const QList<Record>& records) const;

    RecordStore& m_records;
};

} // namespace pc
