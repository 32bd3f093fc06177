// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include "error.h"

#include <QDir>
#include <QObject>
#include <QSaveFile>

namespace pc {

void saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(
            ErrorKind::Io,
            QObject::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace pc
