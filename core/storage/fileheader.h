// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pc {

/// What the first 100 bytes of a file say, read before SQLite ever sees it, so that a file that
/// is not ours, is truncated or is too new is refused with a precise reason.
struct FileHeader
{
    qint64 fileSize = 0;
    bool isSqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // trusted only when countValid
    bool countValid = false;
    qint32 applicationId = 0;
    qint32 userVersion = 0;

    [[nodiscard]] static FileHeader read(const QString& path);
};

/// Throws pc::Error when the header shows the file cannot be an engagement file of a version
/// this program reads: not SQLite, not ours, too new, or shorter than it says it is.
void checkHeader(const QString& path, const FileHeader& header, int newestVersion);

} // namespace pc
