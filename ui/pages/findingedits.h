// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <memory>

namespace pc::ui {

class Command;
class FindingsData;

/// What a person does to findings and recommendations on the Findings page, each as one command
/// and so one undo step: adding, editing, deleting, reordering, linking evidence, choosing the key
/// recommendations. Every method refuses (returns false or a null id) on a read-only file.
class FindingEdits
{
    Q_DECLARE_TR_FUNCTIONS(FindingEdits)

public:
    explicit FindingEdits(FindingsData& data);

    /// Adds a finding after the theme's others of its kind; returns its id, null when refused.
    QUuid addFinding(const QUuid& theme, FindingKind kind, const QString& title,
                     const QList<QUuid>& evidence = {});
    /// Writes `after` over the finding with its id, as the undo step `text`.
    bool editFinding(const Finding& after, const QString& text);
    bool removeFinding(const QUuid& id);
    /// Moves a finding `step` places among its theme's findings of the same kind.
    bool moveFinding(const QUuid& id, int step);
    /// Adds notes to a finding's evidence (those already there are skipped): false when none is new.
    bool link(const QUuid& finding, const QList<QUuid>& notes);
    bool unlink(const QUuid& finding, const QList<QUuid>& notes);

    /// Adds a recommendation at the end of the report's numbering; returns its id.
    QUuid addRecommendation(const QUuid& theme, const QList<QUuid>& findings);
    bool editRecommendation(const Recommendation& after, const QString& text);
    bool removeRecommendation(const QUuid& id);
    /// Moves a recommendation `step` places in the report's numbering.
    bool moveRecommendation(const QUuid& id, int step);
    /// Makes a recommendation key (last of the key ones) or takes it out of them.
    bool setKey(const QUuid& id, bool key);
    /// Moves a key recommendation `step` places in the executive summary's order.
    bool moveKey(const QUuid& id, int step);

private:
    bool push(std::unique_ptr<Command> command);

    FindingsData& m_data;
};

} // namespace pc::ui
