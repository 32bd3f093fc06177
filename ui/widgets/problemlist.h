// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

#include <QListWidget>

namespace pc::ui {

/// A list of readiness problems, each with its severity's icon; an item keeps the stage and the
/// record it is about, so a page can lead the user to what fixes it.
class ProblemList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int stageRole = Qt::UserRole;
    static constexpr int recordRole = Qt::UserRole + 1;

    explicit ProblemList(QWidget* parent = nullptr);

    /// Shows `problems`; with `withStage`, each message is preceded by its stage's name.
    void setProblems(const QList<Problem>& problems, bool withStage);
};

} // namespace pc::ui
