// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuidsource.h"

#include <QByteArray>

namespace pc {

QUuid SeededUuidSource::next()
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 hi = m_engine();
    const quint64 lo = m_engine();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((hi >> (8 * i)) & 0xff);
        bytes[8 + i] = char((lo >> (8 * i)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

QUuid linkId(const QUuid& a, const QUuid& b)
{
    // Namespace fixed forever: changing it would split every link record in existing files.
    static const QUuid linkNamespace(QStringLiteral("{6f1c8c2e-4a57-4d0b-9a8e-2f5d3c7b9e10}"));
    return QUuid::createUuidV5(linkNamespace, a.toRfc4122() + b.toRfc4122());
}

} // namespace pc
