// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/theme.h"

#include <optional>

namespace pc {

class RecordStore;

/// Themes of the scope and their key questions, in their user-chosen order.
class ScopeRepository
{
public:
    explicit ScopeRepository(RecordStore& records);

    /// Live themes in order, each with its live questions in order.
    [[nodiscard]] QList<Theme> themes() const;
    [[nodiscard]] std::optional<Theme> theme(const QUuid& id) const;

    /// Adds a theme (a new id when the given one is null; placed last when position is 0).
    QUuid addTheme(Theme theme);
    bool updateTheme(const Theme& theme);
    void removeTheme(const QUuid& id);

    QUuid addQuestion(KeyQuestion question);
    bool updateQuestion(const KeyQuestion& question);
    void removeQuestion(const QUuid& id);

private:
    RecordStore& m_records;
};

} // namespace pc
