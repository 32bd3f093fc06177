// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecommand.h"

#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "sync/filemerge.h"

#include <QFileInfo>

namespace pc::ui {

MergeCommand::MergeCommand(EngagementSession& session, const QString& sourcePath, bool acceptSkew)
    : Command(session, QObject::tr("Merge %1").arg(QFileInfo(sourcePath).fileName()))
    , m_sourcePath(sourcePath)
    , m_acceptSkew(acceptSkew)
{
}

void MergeCommand::apply(RecordStore&)
{
    EngagementFile& file = session().file();
    if (m_merged) {
        reapplyMerge(file, m_report);
        return;
    }
    const MergeSource source(file, m_sourcePath);
    MergeOptions options;
    options.acceptSkew = m_acceptSkew;
    options.keepImages = true;
    m_report = mergeRecords(file, source.file(), options);
    m_merged = true;
}

void MergeCommand::revert(RecordStore&)
{
    restoreBeforeMerge(session().file(), m_report);
}

} // namespace pc::ui
