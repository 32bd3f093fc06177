// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileheader.h"

#include "common/error.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QtEndian>

namespace pc {

FileHeader FileHeader::read(const QString& path)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            ErrorKind::Io,
            QObject::tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    header.fileSize = file.size();
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    header.isSqlite = true;
    const quint32 rawPageSize = qFromBigEndian<quint16>(data + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    header.pageCount = qFromBigEndian<quint32>(data + 28);
    // The in-header size is valid only when the change counter matches "version valid for".
    header.countValid =
        header.pageCount > 0 && qFromBigEndian<quint32>(data + 24) == qFromBigEndian<quint32>(data + 92);
    header.userVersion = qFromBigEndian<qint32>(data + 60);
    header.applicationId = qFromBigEndian<qint32>(data + 68);
    return header;
}

void checkHeader(const QString& path, const FileHeader& header, int newestVersion)
{
    const QString name = QDir::toNativeSeparators(path);
    if (header.fileSize == 0)
        throw Error(ErrorKind::NotOurFile,
                    QObject::tr("%1 is empty, so it is not a PeerChallenge engagement file.").arg(name));
    if (!header.isSqlite)
        throw Error(ErrorKind::NotOurFile,
                    QObject::tr("%1 is not a PeerChallenge engagement file.").arg(name));
    if (header.applicationId != schema::applicationId)
        throw Error(ErrorKind::NotOurFile,
                    QObject::tr("%1 is a database, but not a PeerChallenge engagement file.").arg(name));
    if (header.userVersion > newestVersion)
        throw Error(
            ErrorKind::NewerVersion,
            QObject::tr("%1 was made by a newer version of PeerChallenge (file format %2; this version "
                        "reads formats up to %3). Update PeerChallenge to open it.")
                .arg(name)
                .arg(header.userVersion)
                .arg(newestVersion));
    if (header.userVersion < 1)
        throw Error(ErrorKind::Corrupt,
                    QObject::tr("%1 is damaged: it has no file format version.").arg(name));
    const bool validPageSize =
        header.pageSize >= 512 && header.pageSize <= 65536 && (header.pageSize & (header.pageSize - 1)) == 0;
    if (!validPageSize)
        throw Error(ErrorKind::Corrupt, QObject::tr("%1 is damaged: its header is not valid.").arg(name));
    if (header.countValid && qint64(header.pageCount) * header.pageSize > header.fileSize)
        throw Error(
            ErrorKind::Corrupt,
            QObject::tr("%1 is incomplete: it should be %2 bytes long but is only %3 bytes. It may have been "
                        "cut short while copying; try the original or a backup.")
                .arg(name)
                .arg(qint64(header.pageCount) * header.pageSize)
                .arg(header.fileSize));
}

} // namespace pc
