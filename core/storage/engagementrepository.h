// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/engagement.h"

#include <QVariant>

namespace pc {

class RecordStore;

/// The engagement record: title, programme, host organisation, milestones.
class EngagementRepository
{
public:
    explicit EngagementRepository(RecordStore& records);

    [[nodiscard]] Engagement engagement() const;
    /// Writes the fields that differ from what is stored; returns whether anything changed.
    bool update(const Engagement& engagement);
    /// Writes one field by its registry name (the field-edit command's entry point).
    bool setField(const QString& field, const QVariant& value);
    [[nodiscard]] QVariant field(const QString& field) const;

private:
    RecordStore& m_records;
};

} // namespace pc
