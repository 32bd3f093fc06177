// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "storage/reportrepository.h"

#include <QObject>

namespace pc::ui {

SetReportSection::SetReportSection(EngagementSession& session, ReportKind report, const QString& section,
                                   const QString& text)
    : Command(session, QObject::tr("Edit Report Text"))
    , m_report(report)
    , m_section(section)
    , m_new(text)
{
}

void SetReportSection::apply(RecordStore& records)
{
    ReportRepository reports(records);
    if (!m_read) {
        m_old = reports.section(m_report, m_section);
        m_read = true;
    }
    reports.setSection(m_report, m_section, m_new);
}

void SetReportSection::revert(RecordStore& records)
{
    ReportRepository(records).setSection(m_report, m_section, m_old);
}

QUuid AccuracyCommentTraits::add(RecordStore& records, const AccuracyComment& comment)
{
    return ReportRepository(records).addComment(comment);
}

void AccuracyCommentTraits::update(RecordStore& records, const AccuracyComment& comment)
{
    ReportRepository(records).updateComment(comment);
}

QList<RecordRef> AccuracyCommentTraits::remove(RecordStore& records, const QUuid& id)
{
    return ReportRepository(records).removeComment(id);
}

} // namespace pc::ui
