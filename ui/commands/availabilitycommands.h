// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "model/availability.h"

#include <optional>

namespace pc::ui {

/// Sets a member's availability on one day. Undo puts back the day's previous record, or
/// removes the record when the day had none (available by default). Changes of the same day
/// that follow each other (arrowing through the choices) merge into one step.
class SetAvailability : public Command
{
public:
    SetAvailability(EngagementSession& session, const Availability& availability);

    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    Availability m_new;
    std::optional<Availability> m_old; // the live record before the first apply, if any
    bool m_first = true;
};

} // namespace pc::ui
