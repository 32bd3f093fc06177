// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pc {

/// Writes a whole file through QSaveFile: the old file stays until the new one is complete, and a
/// failure leaves nothing half-written. Throws pc::Error(Io) naming the file.
void saveFile(const QString& path, const QByteArray& bytes);

} // namespace pc
