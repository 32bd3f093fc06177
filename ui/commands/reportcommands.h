// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "model/reportrecords.h"
#include "valuecommands.h"

namespace pc::ui {

/// Writes a report's narrative section (its record is created the first time, with the id the
/// section's key gives it). Undo puts the text back as it was, empty when there was none: an
/// empty section shows the template's text again.
class SetReportSection : public Command
{
public:
    SetReportSection(EngagementSession& session, ReportKind report, const QString& section,
                     const QString& text);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    ReportKind m_report;
    QString m_section;
    QString m_old;
    QString m_new;
    bool m_read = false; // m_old holds the text before the first apply
};

struct AccuracyCommentTraits
{
    using Value = AccuracyComment;
    static QUuid add(RecordStore& records, const AccuracyComment& comment);
    static void update(RecordStore& records, const AccuracyComment& comment);
    static QList<RecordRef> remove(RecordStore& records, const QUuid& id);
};

/// A comment of the council's logged; undo takes it out.
using AddAccuracyComments = AddValues<AccuracyCommentTraits>;
/// A comment edited or decided (accepted with its change, declined with its reason).
using EditAccuracyComments = EditValues<AccuracyCommentTraits>;
using RemoveAccuracyComments = RemoveValues<AccuracyCommentTraits>;

} // namespace pc::ui
