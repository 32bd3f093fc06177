// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/theme.h"

#include <QDate>
#include <QList>

namespace pc {

class RecordStore;

/// The feedback report as the team has it a fortnight after the visit: the executive summary and
/// each theme's narrative written, the first draft sent to the council on `issued`, and the
/// council's factual-accuracy comments on it, two decided and one still open. No names: the
/// narrative passes the non-attribution check. Written in the caller's transaction.
void addDemoReport(RecordStore& records, const QList<Theme>& themes, const QString& hostName,
                   const QDate& issued);

} // namespace pc
